"""The Journal window: every change Lead Editor made, filterable, exportable, with Undo.

The window only reads the journal and asks for an undo by signal (`undoRequested(entry_id)`); the correction
workflow does the undo through the same safe path as any other write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.journal import Action, Journal, JournalEntry, Outcome
from leadeditor.editing.safety import label_of
from leadeditor.ui.texts import tr
from leadeditor.vicidial.fields import Blank

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("time", "lead", "action", "outcome", "changes", "api_user", "profile")
COL_TIME, COL_LEAD, COL_ACTION, COL_OUTCOME, COL_CHANGES, COL_USER, COL_PROFILE = range(len(COLUMNS))

# Undo is offered only for writes that may have changed field values.
UNDOABLE_ACTIONS = frozenset({Action.UPDATE, Action.UNDO})
UNDOABLE_OUTCOMES = frozenset({Outcome.SAVED, Outcome.SAVED_WITH_DIFFERENCES, Outcome.UNKNOWN})

def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.SAVED: tr("Saved"),
        Outcome.SAVED_WITH_DIFFERENCES: tr("Saved with differences"),
        Outcome.NOT_APPLIED: tr("Not applied"),
        Outcome.UNKNOWN: tr("Unknown"),
        Outcome.FAILED: tr("Failed"),
    }[outcome]


def action_text(action: Action) -> str:
    return {
        Action.UPDATE: tr("Correction"),
        Action.UNDO: tr("Undo"),
        Action.RESET: tr("Reset"),
        Action.DELETE: tr("Deletion"),
        Action.INSERT: tr("New lead"),
    }[action]


def column_titles() -> tuple[str, ...]:
    """The headers, in the order of `COLUMNS`."""
    return (tr("Time"), tr("Lead"), tr("Action"), tr("Outcome"), tr("Changes"), tr("API user"), tr("Profile"))



def _value_text(value: str | Blank | None) -> str:
    if value is None:
        return tr("unknown")
    if isinstance(value, Blank):
        return tr("(blank)")
    return value.replace("\n", " ⏎ ") if value != "" else tr("(empty)")


def _local(when: datetime) -> datetime:
    return when.astimezone()


def summarize(entry: JournalEntry) -> str:
    """One line: "Last name: Smith → Smyth; Address line 2: Apt 3 → (blank)"."""
    if entry.action is Action.DELETE:
        return tr("Lead deleted (full record kept)")
    parts = [
        f"{label_of(f.column)}: {_value_text(f.before)} → {_value_text(f.requested)}"
        for f in entry.fields
        if f.requested is not None
    ]
    return "; ".join(parts) if parts else tr("(no field)")


def undo_block_reason(entry: JournalEntry) -> str:
    """Why this entry cannot be undone ('' when it can)."""
    if entry.action not in UNDOABLE_ACTIONS:
        return tr("Only corrections and undos can be undone.")
    if entry.outcome not in UNDOABLE_OUTCOMES:
        return tr("Nothing was changed on the server, so there is nothing to undo.")
    return ""


class JournalModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []

    def set_entries(self, entries: list[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> JournalEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == SORT_ROLE:
            if col == COL_TIME:
                return e.time.timestamp()
            if col == COL_LEAD:
                return e.lead_id
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TIME:
                return _local(e.time).strftime("%Y-%m-%d %H:%M:%S")
            if col == COL_LEAD:
                return str(e.lead_id) if e.lead_id else "—"
            if col == COL_ACTION:
                text = action_text(e.action)
                return f"{text} of #{e.undo_of}" if e.undo_of is not None else text
            if col == COL_OUTCOME:
                text = outcome_text(e.outcome)
                return text if e.completed else tr("Unknown (app stopped before the answer)")
            if col == COL_CHANGES:
                return summarize(e)
            if col == COL_USER:
                return e.api_user
            if col == COL_PROFILE:
                return e.profile
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_PROFILE:
                return e.server
            if col == COL_CHANGES:
                return summarize(e).replace("; ", "\n")
        if role == Qt.ItemDataRole.FontRole and col == COL_OUTCOME and e.outcome is not Outcome.SAVED:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_LEAD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class JournalFilter(QSortFilterProxyModel):
    """Filters by lead ID, a date range (local days, inclusive) and API user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lead: int | None = None
        self._since: datetime | None = None
        self._until: datetime | None = None
        self._user: str | None = None
        self.setSortRole(SORT_ROLE)

    @contextmanager
    def _filter_change(self) -> Iterator[None]:
        """Re-filter after the body (Qt 6.9+ wants begin/endFilterChange, older Qt invalidateFilter)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            yield
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            yield
            self.invalidateFilter()

    def set_lead(self, lead_id: int | None) -> None:
        with self._filter_change():
            self._lead = lead_id

    def set_dates(self, first: QDate | None, last: QDate | None) -> None:
        def start_of(day: QDate) -> datetime:
            return datetime(day.year(), day.month(), day.day()).astimezone()  # local midnight

        with self._filter_change():
            self._since = start_of(first) if first is not None else None
            self._until = start_of(last.addDays(1)) if last is not None else None

    def set_user(self, user: str | None) -> None:
        with self._filter_change():
            self._user = user

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, JournalModel)
        e = model.entry(source_row)
        if self._lead is not None and e.lead_id != self._lead:
            return False
        if self._since is not None and e.time < self._since.astimezone(UTC):
            return False
        if self._until is not None and e.time >= self._until.astimezone(UTC):
            return False
        return not (self._user is not None and e.api_user != self._user)


class JournalWindow(QWidget):
    """Browse the journal. Emits `undoRequested(entry_id)`; the workflow performs the undo."""

    undoRequested = Signal(int)
    exported = Signal(str, int)  # path, rows

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setObjectName("journalWindow")
        self.setWindowTitle(tr("Change journal"))
        self.resize(1100, 640)

        self.model = JournalModel(self)
        self.proxy = JournalFilter(self)
        self.proxy.setSourceModel(self.model)

        self.lead_filter = QLineEdit()
        self.lead_filter.setObjectName("journalLeadFilter")
        self.lead_filter.setPlaceholderText(tr("Any lead"))
        self.lead_filter.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.lead_filter.setClearButtonEnabled(True)
        self.lead_filter.setAccessibleName(tr("Filter by lead ID"))
        self.lead_filter.setMaximumWidth(130)

        self.from_date = self._date_edit("journalFromDate", tr("From date"))
        self.to_date = self._date_edit("journalToDate", tr("To date"))

        self.user_filter = QComboBox()
        self.user_filter.setObjectName("journalUserFilter")
        self.user_filter.setAccessibleName(tr("Filter by API user"))
        self.user_filter.setMinimumWidth(120)

        self.clear_button = QPushButton(tr("Clear filters"))
        self.clear_button.setObjectName("journalClearFilters")

        filters = QHBoxLayout()
        for text, widget in (
            (tr("&Lead:"), self.lead_filter),
            (tr("&From:"), self.from_date),
            (tr("&To:"), self.to_date),
            (tr("&User:"), self.user_filter),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("journalCount")
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("journalTable")
        self.table.setAccessibleName(tr("Journal entries"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_TIME, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_TIME, 150),
            (COL_LEAD, 60),
            (COL_ACTION, 110),
            (COL_OUTCOME, 185),
            (COL_USER, 80),
            (COL_PROFILE, 110),
        ):
            self.table.setColumnWidth(col, width)

        # details of the selected entry
        self.details = QTableWidget(0, 4)
        self.details.setObjectName("journalDetails")
        self.details.setAccessibleName(tr("Fields of the selected entry"))
        self.details.setHorizontalHeaderLabels([tr("Field"), tr("Before"), tr("Requested"), tr("Stored")])
        self.details.verticalHeader().setVisible(False)
        self.details.setWordWrap(False)
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("journalAnswer")
        self.answer.setAccessibleName(tr("The server's answer"))
        self.answer.setReadOnly(True)
        self.answer.setMaximumBlockCount(200)
        self.entry_info = QLabel()
        self.entry_info.setObjectName("journalEntryInfo")
        self.entry_info.setWordWrap(True)
        self.entry_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        detail_box = QGroupBox(tr("Selected entry"))
        detail_layout = QHBoxLayout(detail_box)
        left = QVBoxLayout()
        left.addWidget(self.entry_info)
        left.addWidget(self.details, 1)
        right = QFormLayout()
        right.addRow(QLabel(tr("Server's answer:")))
        right.addRow(self.answer)
        detail_layout.addLayout(left, 2)
        detail_layout.addLayout(right, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.setObjectName("journalRefresh")
        self.export_button = QPushButton(tr("&Export CSV…"))
        self.export_button.setObjectName("journalExportButton")
        self.undo_button = QPushButton(tr("U&ndo this change…"))
        self.undo_button.setObjectName("journalUndoButton")
        self.undo_button.setEnabled(False)
        self.undo_hint = QLabel()
        self.undo_hint.setObjectName("journalUndoHint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_hint)
        buttons.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.lead_filter.textChanged.connect(self._apply_filters)
        self.from_date.dateChanged.connect(self._apply_filters)
        self.to_date.dateChanged.connect(self._apply_filters)
        self.user_filter.currentIndexChanged.connect(self._apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._choose_export_file)
        self.undo_button.clicked.connect(self._request_undo)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        self.setTabOrder(self.lead_filter, self.from_date)
        self.setTabOrder(self.from_date, self.to_date)
        self.setTabOrder(self.to_date, self.user_filter)
        self.setTabOrder(self.user_filter, self.table)
        self.refresh()

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(tr("any"))  # shown at the minimum date: no limit
        edit.setDate(edit.minimumDate())
        return edit

    # -- data

    def refresh(self) -> None:
        """Reload from the journal, keeping filters and the selected entry."""
        selected = self.selected_entry()
        self.model.set_entries(self.journal.query(limit=20000))
        current_user = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(tr("All users"), None)
        for user in self.journal.api_users():
            self.user_filter.addItem(user, user)
        index = self.user_filter.findData(current_user) if current_user else 0
        self.user_filter.setCurrentIndex(max(index, 0))
        self.user_filter.blockSignals(False)
        self._apply_filters()
        if selected is not None:
            self.select_entry(selected.id)

    def visible_entries(self) -> list[JournalEntry]:
        return [self.proxy.data(self.proxy.index(r, 0), ENTRY_ROLE) for r in range(self.proxy.rowCount())]

    def selected_entry(self) -> JournalEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        entry = self.proxy.data(rows[0], ENTRY_ROLE)
        return entry if isinstance(entry, JournalEntry) else None

    def select_entry(self, entry_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if self.proxy.data(index, ENTRY_ROLE).id == entry_id:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return True
        return False

    # -- filters

    def set_filters(
        self,
        *,
        lead_id: int | None = None,
        first: QDate | None = None,
        last: QDate | None = None,
        api_user: str | None = None,
    ) -> None:
        self.lead_filter.setText("" if lead_id is None else str(lead_id))
        self.from_date.setDate(first or self.from_date.minimumDate())
        self.to_date.setDate(last or self.to_date.minimumDate())
        index = self.user_filter.findData(api_user) if api_user else 0
        self.user_filter.setCurrentIndex(max(index, 0))

    def clear_filters(self) -> None:
        self.set_filters()

    def _apply_filters(self) -> None:
        text = self.lead_filter.text().strip()
        self.proxy.set_lead(int(text) if text.isdigit() else None)
        first = self.from_date.date()
        last = self.to_date.date()
        self.proxy.set_dates(
            None if first == self.from_date.minimumDate() else first,
            None if last == self.to_date.minimumDate() else last,
        )
        self.proxy.set_user(self.user_filter.currentData())
        self._update_count()
        self._show_selected()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            tr("{0} of {1} entries").format(shown, total)
            if shown != total
            else tr("{0} entries").format(total)
        )

    # -- details and undo

    def _show_selected(self) -> None:
        entry = self.selected_entry()
        self.details.setRowCount(0)
        if entry is None:
            self.entry_info.setText(tr("Select an entry to see each field and the server's answer."))
            self.answer.setPlainText("")
            self.undo_button.setEnabled(False)
            self.undo_hint.setText("")
            return
        when = _local(entry.time).strftime("%Y-%m-%d %H:%M:%S")
        info = tr("#{0} · {1} · lead {2} · {3} on {4} ({5}) as {6}").format(
            entry.id,
            when,
            entry.lead_id or "—",
            action_text(entry.action),
            entry.profile,
            entry.server,
            entry.api_user,
        )
        if entry.note:
            info += "\n" + entry.note
        self.entry_info.setText(info)
        if entry.action is Action.DELETE and entry.record:
            table = [
                (label_of(c), _value_text(v), tr("(deleted)"), "", False) for c, v in entry.record.items()
            ]
        else:
            table = []
            for f in entry.fields:
                differs = f.stored is not None and isinstance(f.requested, str) and f.stored != f.requested
                stored = _value_text(f.stored) if f.stored is not None else tr("not read back")
                requested = "" if f.requested is None else _value_text(f.requested)
                # marked in words and weight, not by colour alone
                table.append(
                    (
                        label_of(f.column),
                        _value_text(f.before),
                        requested,
                        ("≠ " + stored) if differs else stored,
                        differs,
                    )
                )
        self.details.setRowCount(len(table))
        for r, (*cells, differs) in enumerate(table):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 3 and differs:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(tr("The server stored something other than what was requested."))
                self.details.setItem(r, c, item)
        self.answer.setPlainText("\n".join(entry.answer) or tr("(no answer recorded)"))
        reason = undo_block_reason(entry)
        self.undo_button.setEnabled(not reason)
        self.undo_button.setToolTip(
            reason or tr("Write the values before back, through the same safe checks.")
        )
        self.undo_hint.setText(reason)

    def _request_undo(self) -> None:
        entry = self.selected_entry()
        if entry is not None and not undo_block_reason(entry):
            self.undoRequested.emit(entry.id)

    # -- export

    def _choose_export_file(self) -> None:
        dialog = QFileDialog(self, tr("Export journal as CSV"))
        dialog.setObjectName("journalExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(f"lead-editor-journal-{datetime.now().strftime('%Y%m%d')}.csv")
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def export_to(self, path: str) -> int:
        """Write the entries shown (after filters) to `path` as CSV. Returns the number of rows."""
        rows = self.journal.export_csv(path, self.visible_entries())
        self.exported.emit(path, rows)
        return rows
