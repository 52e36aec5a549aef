"""The banner shown while several leads are edited together: the mode in words, how many, and Leave (Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from leadeditor.ui.texts import tr
from leadeditor.ui.theme import Tone, styled, swatch


def _banner_style() -> str:
    s = swatch(Tone.EDITED)
    return (
        f"QFrame#severalBanner {{ background: {s.background}; border: 1px solid {s.border};"
        f" border-radius: 3px; }} QFrame#severalBanner QLabel {{ color: {s.text}; }}"
    )


class SeveralBanner(QFrame):
    """Hidden until the user chooses "Edit N selected leads together"; `leaveRequested` on Leave."""

    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("severalBanner")
        styled(self, _banner_style)  # follows a live light/dark switch
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.setSpacing(10)
        self.text = QLabel(self)
        self.text.setObjectName("severalBannerText")
        self.text.setWordWrap(True)  # a long translation wraps; it never sets the window's width
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.leaveButton = QPushButton(tr("Leave"), self)
        self.leaveButton.setObjectName("leaveSeveralButton")
        self.leaveButton.setToolTip(tr("Stop editing these leads together and edit one lead again (Esc)"))
        self.leaveButton.setAccessibleDescription(self.leaveButton.toolTip())
        self.leaveButton.clicked.connect(self.leaveRequested)
        row.addWidget(self.text, 1)
        row.addWidget(self.leaveButton, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(tr("Editing several leads together"))
        self.setToolTip(
            tr(
                "Fields marked “leave as is” stay as they are on each lead. Each lead is read again "
                "before anything is sent, you confirm lead by lead, and each is written by its own lead ID."
            )
        )
        self.text.setToolTip(self.toolTip())
        self.hide()

    def show_count(self, count: int) -> None:
        """Show the banner for `count` leads, or hide it when 0."""
        self.text.setText(
            tr(
                "Editing %n leads together: only the fields you change are written, to each lead.",
                None,
                count,
            )
        )
        self.setVisible(count > 0)


def mode_status(count: int) -> str:
    """The status line while several leads are edited together."""
    return tr(
        "%n leads are edited together. Change only what must be the same on all of them; "
        "Leave (Esc) to edit one lead.",
        None,
        count,
    )


def action_text(count: int) -> str:
    """The action's text: how many leads it would edit together."""
    if count < 2:
        return tr("Edit the selected leads together")
    return tr("Edit %n selected leads together", None, count)


__all__ = ["SeveralBanner", "action_text", "mode_status"]
