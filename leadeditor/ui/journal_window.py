"""The Journal window: every change Lead Editor made, filterable, exportable, with Undo.

The window only reads the journal and asks for an undo by signal (`undoRequested(entry_id)`); the correction
workflow does the undo through the same safe path as any other write.
The table holds summaries fetched a page at a time (`Journal.page`); a filter or a sort asks SQL again, and
the full entry is read only for the selected row: the window opens as fast with 100,000 entries as with ten.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.journal import (
    NEWEST_FIRST,
    Action,
    EntryFilter,
    EntryOrder,
    EntrySummary,
    FieldRecord,
    Journal,
    JournalEntry,
    Outcome,
    SortKey,
)
from leadeditor.editing.journal_pages import FieldBrief
from leadeditor.ui import accessibility
from leadeditor.ui.glossary import empty
from leadeditor.ui.language import shown_datetime
from leadeditor.ui.texts import field_label, journal_note_text, tr
from leadeditor.vicidial.fields import Blank

Index = QModelIndex | QPersistentModelIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's EntrySummary
PAGE_ROWS = 200  # rows fetched at a time: a few screens, a few milliseconds
FILTER_PAUSE_MS = 150  # typing in a filter: the first change applies at once, a burst once it pauses

COLUMNS = ("time", "lead", "action", "outcome", "changes", "api_user", "profile")
COL_TIME, COL_LEAD, COL_ACTION, COL_OUTCOME, COL_CHANGES, COL_USER, COL_PROFILE = range(len(COLUMNS))
# the columns sorted in SQL (the changes are a text made from several rows: not sortable)
SORT_KEYS = {
    COL_TIME: SortKey.TIME,
    COL_LEAD: SortKey.LEAD,
    COL_ACTION: SortKey.ACTION,
    COL_OUTCOME: SortKey.OUTCOME,
    COL_USER: SortKey.API_USER,
    COL_PROFILE: SortKey.PROFILE,
}

# Undo is offered only for writes that may have changed field values.
UNDOABLE_ACTIONS = frozenset({Action.UPDATE, Action.UNDO})
UNDOABLE_OUTCOMES = frozenset(
    {Outcome.SAVED, Outcome.SAVED_WITH_DIFFERENCES, Outcome.OVERWRITTEN, Outcome.UNKNOWN}
)


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.SAVED: tr("Saved"),
        Outcome.SAVED_WITH_DIFFERENCES: tr("Saved with differences"),
        Outcome.NOT_APPLIED: tr("Not applied"),
        Outcome.UNKNOWN: tr("Unknown"),
        Outcome.FAILED: tr("Failed"),
        Outcome.OVERWRITTEN: tr("Overwritten later"),
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
        return empty()
    return value.replace("\n", " ⏎ ") if value != "" else empty()


def _local(when: datetime) -> datetime:
    return when.astimezone()


def _start_of(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day()).astimezone()  # local midnight


def stored_differs(requested: str | Blank | None, stored: str | None) -> bool:
    """True when the read-back found something other than what was requested (a blank request stores '')."""
    if stored is None or requested is None:
        return False
    return stored != ("" if isinstance(requested, Blank) else requested)


def _field_summary(f: FieldRecord | FieldBrief) -> str:
    """One field: what the server stored, not what was asked for; a difference is marked in words ("≠")."""
    before = _value_text(f.before)
    if f.stored is None:  # never read back (unknown, unreadable lead): only the request is known
        return tr("{0}: {1} → {2} (requested, not read back)").format(
            field_label(f.column), before, _value_text(f.requested)
        )
    if stored_differs(f.requested, f.stored):
        return tr("{0}: {1} → ≠ {2} (requested {3})").format(
            field_label(f.column), before, _value_text(f.stored), _value_text(f.requested)
        )
    # stored as requested: the request's words (`empty` for a blanked field too) name the stored value
    return f"{field_label(f.column)}: {before} → {_value_text(f.requested)}"


def summarize(entry: JournalEntry | EntrySummary) -> str:
    """One line of what the server stored: "Last name: Smith → Smyth; First name: Ann → ≠ Jos (requested
    José)"."""
    if entry.action is Action.DELETE:
        return tr("Lead deleted (full record kept)")
    parts = [_field_summary(f) for f in entry.fields if f.requested is not None]
    return "; ".join(parts) if parts else tr("(no field)")


def batch_mark(entry: EntrySummary) -> str:
    """Which batch from a file, and which row of it, made this write ('' for a write made by hand)."""
    if entry.batch_id is None:
        return ""
    if entry.batch_row is None:
        return tr("Batch {0}").format(entry.batch_id)
    return tr("Batch {0}, row {1}").format(entry.batch_id, entry.batch_row)


def changes_text(entry: EntrySummary) -> str:
    """The Changes column: the batch's mark first, so the writes of one batch read as one."""
    mark = batch_mark(entry)
    return f"{mark} · {summarize(entry)}" if mark else summarize(entry)


def undo_block_reason(entry: JournalEntry | EntrySummary, undone_by: int | None = None) -> str:
    """Why this entry cannot be undone ('' when it can); `undone_by`: the undo entry that already put it back
    (a summary knows it itself)."""
    if isinstance(entry, EntrySummary):
        undone_by = entry.undone_by
    if undone_by is not None:
        return tr("Undone by #{0}.").format(undone_by)
    if entry.action not in UNDOABLE_ACTIONS:
        return tr("Only corrections and undos can be undone.")
    if entry.outcome not in UNDOABLE_OUTCOMES:
        return tr("Nothing was changed on the server, so there is nothing to undo.")
    return ""


class JournalModel(QAbstractTableModel):
    """The entries a filter selects, in SQL's order, fetched `PAGE_ROWS` at a time as the view scrolls."""

    def __init__(self, journal: Journal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.where = EntryFilter()
        self.order = NEWEST_FIRST
        self.matching = 0  # entries the filter selects; rowCount() is how many are fetched so far
        self._entries: list[EntrySummary] = []
        self._more = False

    def set_filter(self, where: EntryFilter) -> None:
        self.where = where
        self.reload()

    def reload(self) -> None:
        """Ask the journal again from the first page (a filter, a sort, or new entries)."""
        self.beginResetModel()
        if self.journal is None:
            self._entries, self.matching = [], 0
        else:
            self.matching = self.journal.count(self.where)
            self._entries = self.journal.page(self.where, self.order, limit=PAGE_ROWS)
        self._more = len(self._entries) == PAGE_ROWS
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.journal is None:
            return
        rows = self.journal.page(self.where, self.order, after=self._entries[-1], limit=PAGE_ROWS)
        self._more = len(rows) == PAGE_ROWS
        if rows:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._entries.extend(rows)
            self.endInsertRows()

    def fetch_through(self, row: int) -> bool:
        """Fetch pages until `row` exists; False when the filter has fewer rows."""
        while len(self._entries) <= row and self.canFetchMore():
            self.fetchMore()
        return row < len(self._entries)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        wanted = EntryOrder(key, descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.reload()

    def entry(self, row: int) -> EntrySummary:
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
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TIME:
                return shown_datetime(e.time)
            if col == COL_LEAD:
                return str(e.lead_id) if e.lead_id else "—"
            if col == COL_ACTION:
                text = action_text(e.action)
                return tr("{0} of #{1}").format(text, e.undo_of) if e.undo_of is not None else text
            if col == COL_OUTCOME:
                text = outcome_text(e.outcome)
                text = text if e.completed else tr("Unknown (app stopped before the answer)")
                if e.undone_by is not None:
                    text = tr("{0} · undone by #{1}").format(text, e.undone_by)
                return text
            if col == COL_CHANGES:
                return changes_text(e)
            if col == COL_USER:
                return e.api_user
            if col == COL_PROFILE:
                return e.profile
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_PROFILE:
                return e.server
            if col == COL_ACTION and e.undone_by is not None:
                return tr("Undone by #{0}").format(e.undone_by)
            if col == COL_CHANGES:
                return "\n".join(t for t in (batch_mark(e), *summarize(e).split("; ")) if t)
            if col == COL_OUTCOME:  # the whole text, "undone by #N" included, whatever the column's width
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.FontRole and col == COL_OUTCOME and e.outcome is not Outcome.SAVED:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_LEAD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class JournalWindow(QWidget):
    """Browse the journal. Emits `undoRequested(entry_id)`; the workflow performs the undo."""

    undoRequested = Signal(int)
    exported = Signal(str, int)  # path, rows

    def showEvent(self, event):
        accessibility.complete(
            self,
            {  # every input described, by its shown help or here
                "journalLeadFilter": tr("Shows only the entries of this lead ID; empty shows every lead."),
                "journalFromDate": tr("Shows only entries from this day on; “any” sets no limit."),
                "journalToDate": tr("Shows only entries up to this day; “any” sets no limit."),
                "journalUserFilter": tr("Shows only the changes made as this API user."),
                "journalProfileFilter": tr("Shows only the changes made through this server profile."),
                "journalOutcomeFilter": tr(
                    "Shows only the changes with this outcome, for example the saves overwritten later."
                ),
                "journalTable": tr(
                    "Every change made from this computer, newest first; select one to see its fields."
                ),
                "journalDetails": tr("Each field of the selected entry: before, requested and stored."),
                "journalAnswer": tr("The server's own answer to the selected change."),
            },
        )
        super().showEvent(event)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setObjectName("journalWindow")
        self.setWindowTitle(tr("Change journal"))
        self.resize(1100, 640)

        self.model = JournalModel(journal, self)
        self.proxy = self.model  # the model the table shows (filters and sorting are the model's own SQL)
        self._total = 0  # every entry, counted on refresh
        self._selected: JournalEntry | None = None  # the full entry of the selected row, read once
        self._last_edit = float("-inf")
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(FILTER_PAUSE_MS)
        self._pause.timeout.connect(self._apply_filters)

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

        self.profile_filter = QComboBox()
        self.profile_filter.setObjectName("journalProfileFilter")
        self.profile_filter.setAccessibleName(tr("Filter by profile"))
        self.profile_filter.setMinimumWidth(120)

        self.outcome_filter = QComboBox()
        self.outcome_filter.setObjectName("journalOutcomeFilter")
        self.outcome_filter.setAccessibleName(tr("Filter by outcome"))
        self.outcome_filter.addItem(tr("All outcomes"), None)
        for outcome in Outcome:
            self.outcome_filter.addItem(outcome_text(outcome), outcome.value)  # plain text: Qt keeps it as is

        self.clear_button = QPushButton(tr("Clear filters"))
        self.clear_button.setObjectName("journalClearFilters")

        # two rows: in one, the filters alone needed 880 px, wider than a laptop at 150 % (910 px, frame
        # included)
        when_row, who_row = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in (
            (when_row, tr("&Lead:"), self.lead_filter),
            (when_row, tr("&From:"), self.from_date),
            (when_row, tr("&To:"), self.to_date),
            (who_row, tr("&User:"), self.user_filter),
            (who_row, tr("&Profile:"), self.profile_filter),
            (who_row, tr("&Outcome:"), self.outcome_filter),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(8)
        when_row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("journalCount")
        when_row.addWidget(self.count_label)
        who_row.addWidget(self.clear_button)
        who_row.addStretch(1)
        filters = QVBoxLayout()
        filters.addLayout(when_row)
        filters.addLayout(who_row)

        self.table = QTableView()
        self.table.setObjectName("journalTable")
        self.table.setAccessibleName(tr("Journal entries"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(COL_TIME, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # the model's order is already newest first: no query here
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
        self.batch_button = QPushButton(tr("&Show its batch"))
        self.batch_button.setObjectName("journalShowBatchButton")
        self.batch_button.setToolTip(tr("Open the batch from a file that made this change, with its rows."))
        self.batch_button.setEnabled(False)
        self.undo_hint = QLabel()
        self.undo_hint.setObjectName("journalUndoHint")
        self.undo_hint.setWordWrap(True)  # a long reason wraps instead of widening the window
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_hint)
        buttons.addWidget(self.batch_button)
        buttons.addWidget(self.undo_button)

        # each write is an entry on the first tab; a batch from a file is one entry with its rows on the next
        from leadeditor.ui.journal_batches import BatchesPanel

        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_layout.addLayout(filters)
        changes_layout.addWidget(splitter, 1)
        changes_layout.addLayout(buttons)
        self.batches = BatchesPanel(journal, self)
        self.undoBatchRequested = self.batches.undoRequested
        self.tabs = QTabWidget()
        self.tabs.setObjectName("journalTabs")
        self.tabs.addTab(changes, tr("&Changes"))
        self.tabs.addTab(self.batches, tr("Batc&hes from files"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)

        self.lead_filter.textChanged.connect(self._filters_edited)
        self.from_date.dateChanged.connect(self._filters_edited)
        self.to_date.dateChanged.connect(self._filters_edited)
        self.user_filter.currentIndexChanged.connect(self._filters_edited)
        self.profile_filter.currentIndexChanged.connect(self._filters_edited)
        self.outcome_filter.currentIndexChanged.connect(self._filters_edited)
        self.clear_button.clicked.connect(self.clear_filters)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._choose_export_file)
        self.undo_button.clicked.connect(self._request_undo)
        self.batch_button.clicked.connect(self.show_batch_of_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.model.modelReset.connect(self._update_count)

        self.setTabOrder(self.lead_filter, self.from_date)
        self.setTabOrder(self.from_date, self.to_date)
        self.setTabOrder(self.to_date, self.user_filter)
        self.setTabOrder(self.user_filter, self.profile_filter)
        self.setTabOrder(self.profile_filter, self.outcome_filter)
        self.setTabOrder(self.outcome_filter, self.table)
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
        """Read the journal again, keeping filters and the selected entry."""
        selected = self.selected_entry()
        fetched = self.model.rowCount()
        self._total = self.journal.count()
        self._fill_choices(self.user_filter, tr("All users"), self.journal.api_users())
        self._fill_choices(self.profile_filter, tr("All profiles"), self.journal.profiles())
        self._selected = None  # its outcome may have changed since it was read
        self._apply_filters(keep=selected.id if selected is not None else None, within=fetched)
        self.batches.refresh()

    @staticmethod
    def _fill_choices(box: QComboBox, everything: str, choices: list[str]) -> None:
        """Refill a filter's choices, keeping the one chosen, without applying the filter."""
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for choice in choices:
            box.addItem(choice, choice)
        box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
        box.blockSignals(False)

    def visible_entries(self) -> list[JournalEntry]:
        """Every entry the filters select, in full, newest first (the export: not only the rows fetched)."""
        where = self.model.where
        return self.journal.query(
            lead_id=where.lead_id,
            since=where.since,
            until=where.until,
            api_user=where.api_user,
            profile=where.profile,
        )

    def selected_entry(self) -> JournalEntry | None:
        """The full entry of the selected row (read from the journal once per selection)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        entry_id = self.model.entry(rows[0].row()).id
        if self._selected is None or self._selected.id != entry_id:
            try:
                self._selected = self.journal.get(entry_id)
            except KeyError:
                return None
        return self._selected

    def select_entry(self, entry_id: int) -> bool:
        """Select `entry_id` if the filters show it, fetching the pages down to it."""
        row = self.journal.position(entry_id, self.model.where, self.model.order)
        if row is None or not self.model.fetch_through(row) or self.model.entry(row).id != entry_id:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # -- filters

    def set_filters(
        self,
        *,
        lead_id: int | None = None,
        first: QDate | None = None,
        last: QDate | None = None,
        api_user: str | None = None,
        profile: str | None = None,
        outcome: Outcome | None = None,
    ) -> None:
        """Set every filter at once and apply them with one query."""
        widgets = (
            self.lead_filter,
            self.from_date,
            self.to_date,
            self.user_filter,
            self.profile_filter,
            self.outcome_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.lead_filter.setText("" if lead_id is None else str(lead_id))
            self.from_date.setDate(first or self.from_date.minimumDate())
            self.to_date.setDate(last or self.to_date.minimumDate())
            index = self.user_filter.findData(api_user) if api_user else 0
            self.user_filter.setCurrentIndex(max(index, 0))
            index = self.profile_filter.findData(profile) if profile else 0
            self.profile_filter.setCurrentIndex(max(index, 0))
            index = self.outcome_filter.findData(Outcome(outcome).value) if outcome else 0
            self.outcome_filter.setCurrentIndex(max(index, 0))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._apply_filters()

    def clear_filters(self) -> None:
        self.set_filters()

    def current_filter(self) -> EntryFilter:
        """The filter the widgets show (dates are local days, both inclusive)."""
        text = self.lead_filter.text().strip()
        first = self.from_date.date()
        last = self.to_date.date()
        return EntryFilter(
            lead_id=int(text) if text.isdigit() else None,
            since=None if first == self.from_date.minimumDate() else _start_of(first),
            until=None if last == self.to_date.minimumDate() else _start_of(last.addDays(1)),
            api_user=self.user_filter.currentData(),
            profile=self.profile_filter.currentData(),
            outcome=Outcome(chosen) if (chosen := self.outcome_filter.currentData()) else None,
        )

    def _filters_edited(self) -> None:
        """A widget changed: apply at once, unless it is part of a burst (typing), then once it pauses."""
        now = time.monotonic()
        if self._pause.isActive() or now - self._last_edit < FILTER_PAUSE_MS / 1000:
            self._pause.start()
        else:
            self._apply_filters()
        self._last_edit = now

    def _apply_filters(self, keep: int | None = None, within: int = 0) -> None:
        """Query again; the selected entry (or `keep`) stays selected if it is still within the rows that
        were fetched (`within`), so re-selecting never fetches more than the user had scrolled through."""
        self._pause.stop()
        if keep is None:
            selected = self.selected_entry()
            keep = selected.id if selected is not None else None
            within = self.model.rowCount()
        self.model.set_filter(self.current_filter())
        if keep is not None:
            row = self.journal.position(keep, self.model.where, self.model.order)
            if row is not None and row < max(within, PAGE_ROWS):
                self.select_entry(keep)
        self._show_selected()

    def _keep_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column that is not sorted puts the indicator back where the order really is."""
        if column in SORT_KEYS:
            return
        key_column = next(c for c, k in SORT_KEYS.items() if k is self.model.order.key)
        real = Qt.SortOrder.DescendingOrder if self.model.order.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(key_column, real)

    def _update_count(self) -> None:
        shown, total = self.model.matching, self._total
        self.count_label.setText(
            tr("{0} of %n entries", None, total).format(shown)
            if shown != total
            else tr("%n entries", None, total)
        )

    # -- details and undo

    def _show_selected(self) -> None:
        entry = self.selected_entry()
        self.details.setRowCount(0)
        if entry is None:
            self.entry_info.setText(tr("Select an entry to see each field and the server's answer."))
            self.answer.setPlainText("")
            self.undo_button.setEnabled(False)
            self.batch_button.setEnabled(False)
            self.undo_hint.setText("")
            return
        when = shown_datetime(entry.time)
        info = tr("#{0} · {1} · lead {2} · {3} on {4} ({5}) as {6}").format(
            entry.id,
            when,
            entry.lead_id or "—",
            action_text(entry.action),
            entry.profile,
            entry.server,
            entry.api_user,
        )
        summary = self._selected_summary()
        mark = batch_mark(summary) if summary is not None else ""
        if mark:
            info += " · " + mark
        self.batch_button.setEnabled(bool(mark))
        if entry.note:
            info += "\n" + journal_note_text(entry.note)
        self.entry_info.setText(info)
        if entry.action is Action.DELETE and entry.record:
            table = [
                (field_label(c), _value_text(v), tr("(deleted)"), "", False) for c, v in entry.record.items()
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
                        field_label(f.column),
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
        reason = undo_block_reason(entry, self._selected_summary_undone_by())
        self.undo_button.setEnabled(not reason)
        self.undo_button.setToolTip(
            reason or tr("Write the values before back, through the same safe checks.")
        )
        self.undo_hint.setText(reason)

    def _selected_summary(self) -> EntrySummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.entry(rows[0].row()) if rows else None

    def _selected_summary_undone_by(self) -> int | None:
        """The undo entry that already put the selected entry back (from its row's summary)."""
        summary = self._selected_summary()
        return summary.undone_by if summary is not None else None

    def show_batch_of_selected(self) -> bool:
        """Go to the Batches tab with the selected change's batch selected (its rows load below)."""
        summary = self._selected_summary()
        if summary is None or summary.batch_id is None:
            return False
        self.batches.refresh()
        if not self.batches.select_batch(summary.batch_id):
            return False
        self.tabs.setCurrentWidget(self.batches)
        self.batches.batchTable.setFocus()
        return True

    def _request_undo(self) -> None:
        entry = self.selected_entry()
        if entry is not None and not undo_block_reason(entry, self._selected_summary_undone_by()):
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
        rows = self.journal.export_csv(path, self.journal.entries(self.model.where))
        self.exported.emit(path, rows)
        return rows
