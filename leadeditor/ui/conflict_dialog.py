"""The conflict view: the lead changed on the server since the form loaded it; nothing has been written.

Field | When you opened it | Now | Your change. The user re-applies the changes on the current values or
cancels. Open it with `open()`; the answer comes as `reapplyRequested` or `cancelled`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.lead import Lead
from leadeditor.editing.safety import Conflict
from leadeditor.ui import accessibility, glossary
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.glossary import shown_value
from leadeditor.ui.texts import field_label, tr
from leadeditor.vicidial import columns as cols

YOURS_MARK = "✎ "  # marks the fields you changed as well (not by colour or weight alone)


def _cell(value: str) -> str:
    return shown_value(value)


def when_changed(fresh: Lead) -> str:
    """What the server tells about when and how the lead changed: its last change (where the read returns
    it), the dialer's status, called count and last call (empty when the server told nothing)."""
    parts = []
    if fresh.value(cols.MODIFY_DATE):
        parts.append(tr("last changed on the server at {0}").format(fresh.value(cols.MODIFY_DATE)))
    if fresh.value(cols.STATUS):
        parts.append(tr("dialer status now {0}").format(fresh.value(cols.STATUS)))
    if fresh.value(cols.CALLED_COUNT):
        parts.append(glossary.times_called_in_all(fresh.value(cols.CALLED_COUNT)))
    if fresh.value(cols.CALLED_COUNT) not in ("", "0") and fresh.value(cols.LAST_LOCAL_CALL_TIME):
        parts.append(tr("last called at {0}").format(fresh.value(cols.LAST_LOCAL_CALL_TIME)))
    return (tr("The server says: {0}.").format(", ".join(parts))) if parts else ""


class ConflictDialog(RememberedDialog):
    """Accepted: re-apply mine on theirs; `RELOAD`: show theirs and drop my edits; rejected: keep my edits on
    the server's fresh values (nothing sent in either case but the first)."""

    reapplyRequested = Signal()
    cancelled = Signal()
    RELOAD = 2
    geometry_key = "conflict"

    def showEvent(self, event):
        accessibility.complete(self)  # every input gets the help text it shows as its description
        super().showEvent(event)

    def __init__(
        self,
        lead_id: int,
        conflicts: Sequence[Conflict],
        parent: QWidget | None = None,
        *,
        fresh: Lead | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Lead {0} was changed meanwhile").format(lead_id))
        self.setModal(True)
        self.conflicts = list(conflicts)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        mine = sum(1 for c in self.conflicts if c.yours)
        headline = QLabel(
            tr("<b>Someone changed lead {0} on the server after you opened it.</b>").format(lead_id)
        )
        headline.setObjectName("conflictHeadline")
        text = tr(
            "Nothing has been saved. The fields below differ from what the form showed when you opened "
            "the lead."
        )
        if mine:
            text += " " + tr(
                "{0} of them (marked ✎) are fields you changed too: re-applying would replace "
                "their new value with yours."
            ).format(mine)
        else:
            text += " " + tr("None of them is a field you changed: re-applying keeps their new values.")
        if fresh is not None and when_changed(fresh):
            text += " " + when_changed(fresh)
        explanation = QLabel(text)
        explanation.setObjectName("conflictExplanation")
        explanation.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        words = QVBoxLayout()
        words.addWidget(headline)
        words.addWidget(explanation)
        top.addLayout(words, 1)

        self.table = QTableWidget(len(self.conflicts), 4)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(tr("Fields changed on the server"))
        self.table.setHorizontalHeaderLabels(
            [tr("Field"), tr("When you opened it"), tr("Now"), tr("Your change")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for row, c in enumerate(self.conflicts):
            label = (YOURS_MARK if c.yours else "") + field_label(c.column, c.label)
            cells = (
                label,
                _cell(c.when_opened),
                _cell(c.now),
                shown_value(c.your_change) if c.your_change is not None else tr("—"),
            )
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value.replace("\n", " ⏎ "))
                item.setToolTip(value)
                if c.yours:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if col == 0 and c.dialer_activity:
                    item.setToolTip(tr("The dialer changes this field itself when the lead is called."))
                self.table.setItem(row, col, item)
        self.table.verticalHeader().setMinimumSectionSize(24)
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # breathing room around wrapped values
            self.table.setRowHeight(row, self.table.rowHeight(row) + 6)
        self.table.setCurrentCell(-1, -1)
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(360, rows_height + self.table.horizontalHeader().height() + 6))

        self.reapply_button = QPushButton(tr("&Re-apply my changes on the current values"))
        self.reapply_button.setObjectName("conflictReapplyButton")
        self.reapply_button.setToolTip(
            tr(
                "Your changes are checked and previewed again against the values "
                "the server holds now before anything is written."
            )
        )
        self.reload_button = QPushButton(tr("Re&load theirs"))
        self.reload_button.setObjectName("conflictReloadButton")
        self.reload_button.setToolTip(tr("Show the values the server holds now and drop your edits"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(lambda: self.done(self.RELOAD))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(
            tr("Keep your edits in the form, on top of the values the server holds now; nothing is sent")
        )
        self.cancel_button.setObjectName("conflictCancelButton")
        self.cancel_button.setDefault(True)  # the safe choice is the one Enter takes
        self.reapply_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reapply_button)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.remember(QSize(780, self.sizeHint().height()))

        self.reapply_button.clicked.connect(self._reapply)
        self.cancel_button.clicked.connect(self.reject)
        self.rejected.connect(self.cancelled)

    def _reapply(self) -> None:
        self.reapplyRequested.emit()
        self.accept()
