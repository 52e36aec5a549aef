"""Outcome views: a write whose answer never came, and one correction applied to several leads.

`UnknownOutcomeDialog` shows whether the change was applied, not applied or is still unknown, judged by
reading the lead back (`safety.resolve_unknown_outcome`); "Check again" asks the workflow for another read by
signal, and nothing is ever re-sent from here. `MultiLeadOutcomeWidget`
shows one row per lead with a progress bar and Cancel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.safety import FieldEvidence, Resolution, ResolutionState
from leadeditor.ui import accessibility
from leadeditor.ui.announce import announce
from leadeditor.ui.geometry import RememberedDialog, fit_on_screen
from leadeditor.ui.glossary import empty
from leadeditor.ui.texts import field_label, resolution_text, tr
from leadeditor.vicidial.fields import Blank


def _value(value: str | Blank | None) -> str:
    if value is None:
        return tr("unknown")
    if isinstance(value, Blank):
        return empty()
    return value.replace("\n", " ⏎ ") if value != "" else empty()


def state_text(state: ResolutionState) -> tuple[str, QStyle.StandardPixmap]:
    return {
        ResolutionState.APPLIED: (tr("Your change was applied."), QStyle.StandardPixmap.SP_DialogApplyButton),
        ResolutionState.NOT_APPLIED: (
            tr("Your change was not applied."),
            QStyle.StandardPixmap.SP_MessageBoxWarning,
        ),
        ResolutionState.UNKNOWN: (
            tr("Whether your change was applied is still unknown."),
            QStyle.StandardPixmap.SP_MessageBoxQuestion,
        ),
        ResolutionState.AS_REQUESTED: (
            tr("The lead holds the values you asked for."),
            QStyle.StandardPixmap.SP_DialogApplyButton,
        ),
    }[state]


def evidence_text(evidence: FieldEvidence) -> str:
    return {
        FieldEvidence.APPLIED: tr("holds your value"),
        FieldEvidence.NOT_APPLIED: tr("still the old value"),
        FieldEvidence.CANNOT_TELL: tr("cannot tell (same before and after)"),
        FieldEvidence.OTHER_VALUE: tr("changed by someone else"),
        FieldEvidence.NOT_READ: tr("could not be read"),
    }[evidence]


class UnknownOutcomeDialog(RememberedDialog):
    """Applied / not applied / still unknown, field by field. Open with `open()`."""

    checkAgainRequested = Signal()
    geometry_key = "outcome"

    def showEvent(self, event):
        accessibility.complete(self)  # every input gets the help text it shows as its description
        super().showEvent(event)

    def __init__(
        self, lead_id: int, resolution: Resolution | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(tr("Lead {0}: the server's answer was lost").format(lead_id))
        self.lead_id = lead_id
        self.resolution: Resolution | None = None

        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel()
        self.headline.setObjectName("outcomeHeadline")
        self.headline.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("outcomeExplanation")
        self.explanation.setWordWrap(True)
        intro = QLabel(
            tr(
                "The connection failed after your change to lead {0} was sent, so the server's answer "
                "never arrived. Lead Editor does not send a change twice blindly: it reads the lead "
                "back to find out what happened."
            ).format(lead_id)
        )
        intro.setObjectName("outcomeIntro")
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text, from the palette
        top = QHBoxLayout()
        top.addWidget(self.icon)
        words = QVBoxLayout()
        words.addWidget(self.headline)
        words.addWidget(self.explanation)
        top.addLayout(words, 1)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("outcomeTable")
        self.table.setAccessibleName(tr("What each changed field holds now"))
        self.table.setHorizontalHeaderLabels(
            [tr("Field"), tr("Before"), tr("You asked for"), tr("Now on the server"), tr("Verdict")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        self.check_again_button = QPushButton(tr("Check &again"))
        self.check_again_button.setObjectName("outcomeCheckAgainButton")
        self.check_again_button.setToolTip(tr("Read the lead again. Nothing is sent to change it."))
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setObjectName("outcomeCloseButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_again_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(120)
        layout.setSpacing(10)
        self.remember(QSize(860, 300))

        self.check_again_button.clicked.connect(self._check_again)
        self.close_button.clicked.connect(self.accept)
        if resolution is None:
            self.set_checking(True)
        else:
            self.set_resolution(resolution)

    def _set_icon(self, pixmap: QStyle.StandardPixmap) -> None:
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(40, 40))

    def set_checking(self, checking: bool) -> None:
        """While a read-back runs: say so and disable "Check again"."""
        self.check_again_button.setEnabled(not checking)
        if checking:
            self._set_icon(QStyle.StandardPixmap.SP_BrowserReload)
            self.headline.setText(tr("<b>Reading lead {0} back…</b>").format(self.lead_id))
            self.explanation.setText(tr("Checking what the server holds now."))

    def set_check_failed(self, message: str) -> None:
        """The read-back itself failed (the server is still unreachable): still unknown."""
        self._set_icon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
        self.headline.setText("<b>" + state_text(ResolutionState.UNKNOWN)[0] + "</b>")
        self.explanation.setText(
            tr(
                "The lead could not be read: {0} Try “Check again” in a moment; do not "
                "send the change again before you know."
            ).format(message)
        )
        self.check_again_button.setEnabled(True)

    def set_resolution(self, resolution: Resolution) -> None:
        self.resolution = resolution
        text, pixmap = state_text(resolution.state)
        self._set_icon(pixmap)
        self.headline.setText("<b>" + text + "</b>")
        explanation = resolution_text(resolution)
        if resolution.state is ResolutionState.NOT_APPLIED:
            explanation += " " + tr("You can save it again from the form; it will be checked first.")
        elif not resolution.final:
            explanation += " " + tr("Use “Check again” in a moment.")
        self.explanation.setText(explanation)
        self.table.setRowCount(len(resolution.fields))
        for row, f in enumerate(resolution.fields):
            asked = _value(f.requested)
            if f.predicted is not None and not isinstance(f.requested, Blank) and f.predicted != f.requested:
                asked += " " + tr("(stored as {0})").format(_value(f.predicted))
            cells = (
                field_label(f.column, f.label),
                _value(f.before),
                asked,
                _value(f.now),
                evidence_text(f.evidence),
            )
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(-1, -1)  # no focus frame on the first cell: nothing is selected here
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + 6)
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(320, rows_height + self.table.horizontalHeader().height() + 6))
        fit_on_screen(self, QSize(self.width(), max(self.height(), self.sizeHint().height())))
        self.check_again_button.setEnabled(not resolution.final)

    def _check_again(self) -> None:
        self.set_checking(True)
        self.checkAgainRequested.emit()


# --- several leads --------------------------------------------------------------------------------------

GOOD_OUTCOMES = frozenset({"saved", "as requested"})


def outcome_count(outcome: str, n: int) -> str:
    """How many leads ended one way ("3 saved", "1 conflict", "2 conflicts"), with Qt's plural forms."""
    one = {
        "saved": tr("1 saved"),
        "saved-with-differences": tr("1 saved with differences"),
        "not applied": tr("1 not applied"),
        "unknown": tr("1 unknown"),
        "failed": tr("1 failed"),
        "conflict": tr("1 conflict"),
        "skipped": tr("1 skipped"),
        "as requested": tr("1 as requested"),
    }
    if n == 1 and outcome in one:
        return one[outcome]
    many = {
        "saved": tr("%n saved", None, n),
        "saved-with-differences": tr("%n saved with differences", None, n),
        "not applied": tr("%n not applied", None, n),
        "unknown": tr("%n unknown", None, n),
        "failed": tr("%n failed", None, n),
        "conflict": tr("%n conflicts", None, n),
        "skipped": tr("%n skipped", None, n),
        "as requested": tr("%n as requested", None, n),
    }
    return many.get(outcome) or f"{n} {outcome_word(outcome)}"


def outcome_word(outcome: str, *, capital: bool = False) -> str:
    """A lead's outcome in a multi-lead run ("saved", "not applied", "conflict", ...), in words."""
    words = {
        "saved": (tr("saved"), tr("Saved")),
        "saved-with-differences": (tr("saved with differences"), tr("Saved with differences")),
        "not applied": (tr("not applied"), tr("Not applied")),
        "unknown": (tr("unknown"), tr("Unknown")),
        "failed": (tr("failed"), tr("Failed")),
        "conflict": (tr("conflict"), tr("Conflict")),
        "skipped": (tr("skipped"), tr("Skipped")),
        "as requested": (tr("as requested"), tr("As requested")),
    }.get(outcome, (outcome, outcome.capitalize()))
    return words[1] if capital else words[0]


class MultiLeadOutcomeWidget(QWidget):
    """One correction applied lead by lead: progress, Cancel, and a per-lead outcome table."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("multiLeadOutcome")
        self._rows: dict[int, int] = {}
        self._outcomes: dict[int, str] = {}

        self.title = QLabel()
        self.title.setObjectName("multiLeadTitle")
        self.title.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("multiLeadProgress")
        self.progress.setAccessibleName(tr("Leads done"))
        self.progress.setFormat(tr("%v of %m leads"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("multiLeadCancelButton")
        self.cancel_button.setToolTip(
            tr("Stop after the lead being written now; leads not started are skipped.")
        )
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("multiLeadTable")
        self.table.setAccessibleName(tr("Outcome per lead"))
        self.table.setHorizontalHeaderLabels([tr("Lead"), tr("Outcome"), tr("Details")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.summary = QLabel()
        self.summary.setObjectName("multiLeadSummary")
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(progress_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.cancel_button.clicked.connect(self._cancel)

    def start(self, lead_ids: Sequence[int], description: str = "") -> None:
        self._rows = {}
        self._outcomes = {}
        self.table.setRowCount(len(lead_ids))
        for row, lead_id in enumerate(lead_ids):
            self._rows[lead_id] = row
            lead_item = QTableWidgetItem(str(lead_id))
            lead_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, lead_item)
            self.table.setItem(row, 1, QTableWidgetItem(tr("Waiting")))
            self.table.setItem(row, 2, QTableWidgetItem(""))
        self.progress.setRange(0, len(lead_ids))
        self.progress.setValue(0)
        self.title.setText(
            description or tr("Applying one change to %n leads, each by its lead ID.", None, len(lead_ids))
        )
        self.summary.setText("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(tr("Cancel"))

    def set_working(self, lead_id: int) -> None:
        row = self._rows[lead_id]
        self.table.setCurrentCell(-1, -1)
        self.table.setItem(row, 1, QTableWidgetItem(tr("Working…")))
        self.table.scrollTo(self.table.model().index(row, 0))

    def set_outcome(self, lead_id: int, outcome: str, detail: str = "") -> None:
        """Record a lead's outcome: a journal outcome value ("saved", "not applied", ...), "conflict",
        "skipped" or "as requested"."""
        row = self._rows[lead_id]
        self._outcomes[lead_id] = outcome
        marker = "✔ " if outcome in GOOD_OUTCOMES else "✖ " if outcome in ("failed", "not applied") else "• "
        item = QTableWidgetItem(marker + outcome_word(outcome, capital=True))
        if outcome not in GOOD_OUTCOMES:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, 1, item)
        detail_item = QTableWidgetItem(detail)
        detail_item.setToolTip(detail)
        self.table.setItem(row, 2, detail_item)
        self.progress.setValue(len(self._outcomes))
        announce(
            self.progress,
            tr("Lead {0}: {1}").format(lead_id, outcome_word(outcome)) + " · " + self.progress.text(),
            assertive=outcome not in GOOD_OUTCOMES,
        )

    def outcome(self, lead_id: int) -> str | None:
        return self._outcomes.get(lead_id)

    def finish(self, *, cancelled: bool = False) -> None:
        for lead_id in self._rows:
            if lead_id not in self._outcomes:
                self.set_outcome(
                    lead_id, "skipped", tr("Cancelled before this lead was started.") if cancelled else ""
                )
        counts = Counter(self._outcomes.values())
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        parts = [outcome_count(outcome, n) for outcome, n in ranked]
        prefix = tr("Cancelled. ") if cancelled else tr("Done. ")
        self.summary.setText(prefix + ", ".join(parts) + ".")
        announce(self.summary, self.summary.text())
        self.cancel_button.setEnabled(False)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(tr("Cancelling…"))
        self.cancelRequested.emit()
