"""The confirmation of one change to several leads: lead by lead, Field | Now | Will be stored, each lead read
fresh just before; nothing is sent before "Apply"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.multi_lead import LeadPreview
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.glossary import display
from leadeditor.ui.messages import error_text
from leadeditor.ui.texts import field_label, note_texts, skip_text, tr
from leadeditor.ui.theme import Tone, box_style, styled


def _who(preview: LeadPreview) -> str:
    lead = preview.fresh
    name = lead.full_name if lead is not None else ""
    return f"{preview.lead_id} · {name}" if name else str(preview.lead_id)


def _not_written(preview: LeadPreview) -> str:
    """Why this lead will not be written, or "" when it will."""
    if preview.skipped is not None:
        return tr("Not written: {0}").format(skip_text(preview.skipped))
    if preview.read_error is not None:
        return tr("Could not be read now ({0}); it is read again just before writing").format(
            error_text(preview.read_error)
        )
    if preview.changed:
        fields = ", ".join(field_label(c.column, c.label) for c in preview.changed[:3])
        changed = tr("Changed on the server since it was listed ({0}): stopped as a conflict, not written")
        return changed.format(fields)
    return ""


class SeveralConfirmDialog(RememberedDialog):
    """Accepted means: apply the change to the leads, each through the one write path. Open with open()."""

    geometry_key = "severalConfirm"

    def __init__(
        self,
        previews: Sequence[LeadPreview],
        *,
        server: str = "",
        ignored: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("severalConfirmDialog")
        self.previews = list(previews)
        # a lead that could not be read now is still tried: the write path reads it again first
        writing = [p for p in self.previews if p.sends or p.read_error is not None]
        self.setWindowTitle(tr("Confirm one change to %n leads", None, len(self.previews)))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        from leadeditor.ui.theme import heading

        title = heading(tr("Apply this change to %n leads?", None, len(writing)), self)
        title.setObjectName("severalConfirmHeading")
        layout.addWidget(title)
        where = tr(" on {0}").format(server) if server else ""
        intro = QLabel(
            tr(
                "Nothing has been sent yet. “Now” is each lead as the server holds it, read just "
                "now. Only the fields below are written{0}, to each lead by its lead ID; each lead "
                "is read again just before writing, stopped if anyone changed it, and read back after."
            ).format(where),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("severalConfirmTable")
        self.table.setAccessibleName(tr("Changes to be saved, lead by lead"))
        self.table.setHorizontalHeaderLabels([tr("Lead"), tr("Field"), tr("Now"), tr("Will be stored")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # fields the server would not apply to several leads at once (multi_lead_plan): said, not sent
        warnings: list[str] = [f"{field_label(c)}: {why}" for c, why in (ignored or {}).items()]
        self.stored_differently = 0
        for preview in self.previews:
            warnings += self._add_lead(preview)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(-1, -1)
        layout.addWidget(self.table, 1)

        self.warnings = QLabel(self)
        self.warnings.setObjectName("severalConfirmWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        styled(self.warnings, lambda: box_style(Tone.WARNING, padding="6px 8px"))
        if warnings:
            shown = warnings[:8]
            if len(warnings) > 8:
                shown.append(tr("… and %n more", None, len(warnings) - 8))
            head = tr("⚠ Before you apply, note:")
            self.warnings.setText(head + "\n" + "\n".join(f"•  {w}" for w in shown))
        self.warnings.setVisible(bool(warnings))
        layout.addWidget(self.warnings)

        self.buttons = QDialogButtonBox(self)
        self.applyButton = self.buttons.addButton(
            tr("Apply to %n leads", None, len(writing)), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.applyButton.setObjectName("severalConfirmApply")
        self.applyButton.setEnabled(bool(writing))
        self.backButton = self.buttons.addButton(tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.backButton.setObjectName("severalConfirmBack")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # as the single confirm: Enter applies only when every value is stored as typed and every lead is
        # written; otherwise Enter goes back
        careful = bool(warnings) or len(writing) < len(self.previews)
        safe = self.backButton if careful else self.applyButton
        self.applyButton.setAutoDefault(not careful)
        self.backButton.setAutoDefault(careful)
        safe.setDefault(True)
        safe.setFocus()
        layout.addWidget(self.buttons)
        rows = self.table.rowCount()
        self.remember(QSize(860, min(680, 230 + 30 * max(rows, 3) + 22 * min(len(warnings), 9))))

    def _add_lead(self, preview: LeadPreview) -> list[str]:
        """The rows of one lead; the notes to list under the table."""
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        who = _who(preview)
        notes: list[str] = []
        stop = _not_written(preview)
        first = self.table.rowCount()
        for row in preview.rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            lead = QTableWidgetItem(who if r == first else "")
            label = QTableWidgetItem(field_label(row.key, row.label))
            now_known = preview.fresh is not None
            now = QTableWidgetItem(display(row.now) if now_known else tr("unknown (not read)"))
            if stop:
                will = QTableWidgetItem(tr("(not written)"))
            elif row.sends:
                will = QTableWidgetItem(display(row.will_store))
            else:
                will = QTableWidgetItem(tr("(not sent: no change)"))
            bold = QFont(will.font())
            bold.setBold(row.sends and not stop)
            bold.setItalic(not row.sends or bool(stop))
            will.setFont(bold)
            if row.warnings and not stop:
                will.setIcon(warn_icon)
                will.setToolTip(" ".join(note_texts(row.warnings)))
                notes += [
                    tr("Lead {0}, {1}: {2}").format(preview.lead_id, label.text(), w)
                    for w in note_texts(row.warnings)
                ]
            if row.sends and row.differs_from_typed and not stop:
                self.stored_differently += 1
            for c, item in enumerate((lead, label, now, will)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if stop:
            r = self.table.rowCount()
            self.table.insertRow(r)
            self.table.setItem(r, 0, QTableWidgetItem(who if r == first else ""))
            reason = QTableWidgetItem(stop)
            reason.setIcon(warn_icon)
            self.table.setItem(r, 1, reason)
            self.table.setSpan(r, 1, 1, 3)
            notes.append(tr("Lead {0}: {1}").format(preview.lead_id, stop))
        return notes

    def lead_rows(self, lead_id: int) -> list[tuple[str, str, str]]:
        """(field, now, will be stored) as shown for one lead (for tests and automation)."""
        out: list[tuple[str, str, str]] = []
        current = ""
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(4)]
            if cells[0] is not None and cells[0].text():
                current = cells[0].text().split(" · ")[0]
            if current == str(lead_id) and cells[2] is not None and cells[3] is not None:
                out.append((cells[1].text() if cells[1] else "", cells[2].text(), cells[3].text()))
        return out


__all__ = ["SeveralConfirmDialog"]
