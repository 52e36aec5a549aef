"""The results table: every lead that matches, the one the server would update marked in words and an icon."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadeditor.ui import glossary
from leadeditor.ui.column_widths import ColumnWidths
from leadeditor.ui.texts import lead_note_text, tr
from leadeditor.ui.theme import Tone, styled, text_style

if TYPE_CHECKING:
    from leadeditor.editing.lead import Candidate  # annotations only: keeps the field catalogue off start-up
    from leadeditor.editing.workflow import SearchOutcome

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 2
PICK_TEXT = "Would update"  # the source text of `pick_text()`, for scripts run without a translation


def _stale_style() -> str:
    return text_style(Tone.MUTED) + " font-style: italic;"


def pick_text() -> str:
    return tr("Would update")


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]  # called when shown, so the title follows the language
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("lead_id", lambda: tr("Lead"), numeric=True),
    Column("pick", lambda: tr("Server")),
    Column("name", lambda: tr("Name")),
    Column("status", lambda: tr("Status")),
    Column("list_id", lambda: tr("List"), numeric=True),
    Column("entry_list_id", lambda: tr("Custom fields"), numeric=True),  # VICIdial's "entry list"
    Column("phone_number", lambda: tr("Phone")),
    Column("vendor_lead_code", lambda: tr("Vendor code")),
    Column("city", lambda: tr("City")),
    Column("called_count", lambda: tr("Called"), numeric=True),
    Column("problem", lambda: tr("Note")),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
_CAPS = {"name": 220, "problem": 360, "city": 160}  # the widest a fitted column gets (the rest scrolls)

Index = QModelIndex | QPersistentModelIndex

# roles as plain ints: comparing with the enum members costs more than the rest of `data`
_R = Qt.ItemDataRole
_DISPLAY, _ALIGN, _DECORATION, _FONT = (
    int(r.value) for r in (_R.DisplayRole, _R.TextAlignmentRole, _R.DecorationRole, _R.FontRole)
)
_BACKGROUND, _FOREGROUND, _TOOLTIP = (
    int(r.value) for r in (_R.BackgroundRole, _R.ForegroundRole, _R.ToolTipRole)
)
_ACCESSIBLE, _DESCRIPTION = int(_R.AccessibleTextRole.value), int(_R.AccessibleDescriptionRole.value)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_SORT, _CANDIDATE = int(SORT_ROLE), int(CANDIDATE_ROLE)
# the roles `data` answers; the delegate asks each cell for more (check state, size hint...) on every paint
_ANSWERED = frozenset(
    {_DISPLAY, _ALIGN, _DECORATION, _FONT, _BACKGROUND, _FOREGROUND, _TOOLTIP, _ACCESSIBLE, _DESCRIPTION}
    | {_SORT, _CANDIDATE}
)


class ResultsModel(QAbstractTableModel):
    """Candidates as rows, named columns; `CANDIDATE_ROLE` gives the row's `Candidate`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Candidate] = []
        self._pick_icon: QIcon | None = None
        self._warn_icon: QIcon | None = None
        self._matched: tuple[str, str] | None = None  # (column key, tooltip) of the key that found the pick
        self._order: tuple[int, Qt.SortOrder] | None = None  # the table's sort, kept while rows arrive
        self._texts: dict[int, tuple[str, ...]] = {}  # each lead's cell texts, by lead ID
        self._ids: set[int] = set()  # the lead IDs in `_rows`: a slice of arriving rows checked in O(slice)
        self._keys: dict[int, dict[int, tuple[Any, int]]] = {}  # sort keys by column, then lead ID
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # the order `_rows` is known to be in

    def set_candidates(self, candidates: list[Candidate]) -> None:
        self.beginResetModel()
        self._rows = list(candidates)
        self._ids = {c.lead_id for c in self._rows}
        self._texts = {}
        self._keys = {}
        self._sorted = None
        self.endResetModel()
        if self._order is not None:
            self.sort(*self._order)

    def add_candidates(self, candidates: list[Candidate]) -> None:
        """Add rows as they arrive (a search still filling the table); a lead already shown is skipped.

        In a sorted table a slice that sorts after every row shown (the usual case: the server's pick first,
        then the newest, as the rows arrive) is appended with one row insertion; only a slice that interleaves
        re-sorts the table (one layout change). Either way the view repaints only what moved."""
        new = [c for c in candidates if c.lead_id not in self._ids]
        if not new:
            return
        for c in new:
            self._cells(c)  # the texts now, a slice at a time: a first sort or paint then finds them ready
        interleaved = False
        if self._order is not None:
            column, order = self._order
            descending = order == Qt.SortOrder.DescendingOrder
            new.sort(key=lambda c: self._sort_key(c, column), reverse=descending)
            interleaved = self._sorted != self._order or (
                bool(self._rows) and not self._before(self._rows[-1], new[0], column, descending)
            )
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self._ids.update(c.lead_id for c in new)
        self.endInsertRows()
        if interleaved and self._order is not None:
            self._sorted = None
            self.sort(*self._order)  # one layout change; the keys are cached, the two runs pre-sorted

    def _before(self, a: Candidate, b: Candidate, column: int, descending: bool) -> bool:
        """Whether `a` sorts before `b` in the table's order (keys are unique: they end with the lead ID)."""
        ka, kb = self._sort_key(a, column), self._sort_key(b, column)
        return ka > kb if descending else ka < kb

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, each key computed once per row and kept: a sorting proxy asked Python
        for two values per comparison, which stalled the window for half a second with a thousand rows."""
        self._order = (column, order)
        if len(self._rows) < 2:
            self._sorted = self._order
            return
        if self._sorted == self._order:
            return  # QTableView.sortByColumn sorts twice (the indicator, then itself): the second is free
        old = self._rows
        cached = self._keys.setdefault(column, {})
        for c in old:
            if c.lead_id not in cached:
                cached[c.lead_id] = self._compute_key(c, column)
        keys = [cached[c.lead_id] for c in old]
        ranks = sorted(range(len(old)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._sorted = self._order
        if ranks == list(range(len(old))):
            return  # already in this order: nothing moves, nothing to repaint
        self.layoutAboutToBeChanged.emit()
        self._rows = [old[i] for i in ranks]
        new_row = {before: after for after, before in enumerate(ranks)}
        persistent = self.persistentIndexList()  # the selection and the current row follow their leads
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _sort_key(self, c: Candidate, column: int) -> tuple[Any, int]:
        cached = self._keys.setdefault(column, {})
        found = cached.get(c.lead_id)
        if found is None:
            found = cached[c.lead_id] = self._compute_key(c, column)
        return found

    def _compute_key(self, c: Candidate, column: int) -> tuple[Any, int]:
        key = COLUMNS[column].key
        if key == "pick":
            return (0 if c.server_pick else 1, -c.lead_id)  # the pick, then the newest
        text = self._cells(c)[column]
        if COLUMNS[column].numeric:
            return (int(text) if text.lstrip("-").isdigit() else -1, -c.lead_id)
        return (text.casefold(), -c.lead_id)

    def _forget(self, lead_id: int) -> None:
        """Drop a lead's cached texts and sort keys (its details changed)."""
        self._texts.pop(lead_id, None)
        for keys in self._keys.values():
            keys.pop(lead_id, None)

    def mark_matched(self, column: str | None, tooltip: str = "") -> None:
        """Mark the pick's cell of the key that found it (lead ID, vendor code or phone)."""
        self._matched = (column, tooltip) if column else None
        for row, c in enumerate(self._rows):
            if c.server_pick:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def candidates(self) -> list[Candidate]:
        return list(self._rows)

    def replace(self, candidate: Candidate) -> None:
        """Show fresh details for one lead (after a save or a reload)."""
        for row, old in enumerate(self._rows):
            if old.lead_id == candidate.lead_id:
                self._rows[row] = candidate
                self._forget(candidate.lead_id)
                self._sorted = None  # its new values may sort elsewhere (at the next sort)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, lead_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.lead_id == lead_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        tooltip = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
        if tooltip and COLUMNS[section].key == "pick":
            return tr("The lead the server itself would update for this search")
        if tooltip and COLUMNS[section].key == "entry_list_id":
            return glossary.entry_list_meaning()
        return None

    def _text(self, c: Candidate, key: str) -> str:
        if key == "lead_id":
            return str(c.lead_id)
        if key == "pick":
            return pick_text() if c.server_pick else ""
        if key == "name":
            return c.lead.full_name if c.lead else tr("(details unavailable)")
        if key == "problem":
            return lead_note_text(c.problem) if c.problem else ""  # most rows: no note, no translation
        if key == "entry_list_id" and c.value(key) in ("0", ""):
            return glossary.no_entry_list() if c.lead else ""  # entry list 0: the lead has no custom fields
        return c.value(key)

    def _cells(self, c: Candidate) -> tuple[str, ...]:
        """The row's texts, computed once per lead (painting asks for each cell many times)."""
        cells = self._texts.get(c.lead_id)
        if cells is None:
            cells = self._texts[c.lead_id] = tuple(self._text(c, col.key) for col in COLUMNS)
        return cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # plain ints and the commonest roles first: a thousand rows are painted and sorted from here
        if role not in _ANSWERED:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        c = self._rows[row]
        if role == _DISPLAY:
            return self._cells(c)[column]
        if role == _ALIGN:
            return _RIGHT if COLUMNS[column].numeric else None
        if role == CANDIDATE_ROLE:
            return c
        key = COLUMNS[column].key
        if role == SORT_ROLE:
            return self._sort_key(c, column)[0]
        if role == _ACCESSIBLE and key == "pick":
            return tr("Server would update this lead") if c.server_pick else tr("Not the server's pick")
        if not c.server_pick and not c.problem:
            return None  # an ordinary row: no icon, font, colour or tooltip
        if role == _DECORATION:
            if key == "pick" and c.server_pick:
                return self._icon("pick")
            if key == "problem" and c.problem:
                return self._icon("warn")
        matched = self._matched is not None and c.server_pick and key == self._matched[0]
        if matched and role == _BACKGROUND:
            return QBrush(QColor("#fff1b8"))  # pale yellow: the key's cell, readable in both colour schemes
        if matched and role == _FOREGROUND:
            return QBrush(QColor("#1f1f1f"))
        if matched and role in (_TOOLTIP, _DESCRIPTION):
            return self._matched[1] if self._matched else None
        if role == _FONT and c.server_pick:
            font = QFont()
            font.setBold(True)
            return font
        if role == _TOOLTIP:
            if key == "pick" and c.server_pick:
                return tr("The server would update this lead: it is the one update_lead finds first.")
            if c.problem:
                return lead_note_text(c.problem)
        return None

    def _icon(self, which: str) -> QIcon:
        from PySide6.QtWidgets import QApplication

        style = QApplication.style()
        if which == "pick":
            if self._pick_icon is None:
                self._pick_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
            return self._pick_icon
        if self._warn_icon is None:
            self._warn_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warn_icon


class ResultsPanel(QWidget):
    """The table with its summary line. Emits `currentLeadChanged(Candidate | None)`."""

    currentLeadChanged = Signal(object)
    selectedLeadsChanged = Signal(list)  # every selected Candidate, in table order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.summary = QLabel(tr("Search for a lead by phone number, vendor code or lead ID."), self)
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.summary.setFont(font)
        layout.addWidget(self.summary)

        self.model = ResultsModel(self)
        self.proxy = self.model  # the model sorts itself (see ResultsModel.sort); rows are the view's rows
        self.table = QTableView(self)
        self.table.setObjectName("resultsTable")
        self.table.setAccessibleName(tr("Matching leads"))
        self.table.setAccessibleDescription(
            tr(
                "Every lead that matches the search, one per row; the column "
                "“Server” says which one the server itself would update."
            )
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN_INDEX["pick"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # one fixed row height: the view never asks the rows for their heights while it fills or scrolls
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the form (arrow keys move between rows); cell-by-cell Tab trapped the focus
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # empty table: columns as wide as their headings (not 100 px each, which hid most of them)
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        # a width the user sets survives the next search (and a restart: the main window keeps the set)
        self.widths = ColumnWidths(self.table, {COLUMN_INDEX[k]: cap for k, cap in _CAPS.items()})
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selectedLeadsChanged.emit(self.selected_candidates())
        )
        layout.addWidget(self.table, 1)
        self.addLeadButton = QPushButton(tr("Add as new lead…"), self)
        self.addLeadButton.setObjectName("addLeadButton")
        self.addLeadButton.setToolTip(tr("No lead has this phone number: add one (insert_if_not_found)"))
        self.addLeadButton.hide()
        layout.addWidget(self.addLeadButton, 0, Qt.AlignmentFlag.AlignLeft)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection)
        self._outcome: SearchOutcome | None = None
        self._sized = False
        # a row deleted (or the table replaced) after the search: the header's count follows the table
        self.model.rowsRemoved.connect(self._recount)
        self.model.modelReset.connect(self._recount)

    def set_results(self, candidates: list[Candidate], summary: str) -> None:
        self._outcome = None
        self.model.mark_matched(None)
        self.model.set_candidates(candidates)
        self.summary.setText(summary)
        self._fit_columns()

    # -- a search that streams in ----------------------------------------------------------------------
    def begin_search(self, text: str) -> None:
        """A new search: empty table, the header says what is being looked for."""
        self._outcome = None
        self._sized = False
        self.addLeadButton.hide()
        self.model.mark_matched(None)
        self.model.set_candidates([])
        self.summary.setText(text)
        self._set_stale(False)

    def add_candidates(self, candidates: list[Candidate]) -> None:
        self.model.add_candidates(candidates)
        if not self._sized:  # once, on the first rows: fitting a thousand rows would stall the window
            self._sized = True
            self._fit_columns()

    def finish_search(self, outcome: SearchOutcome) -> None:
        """The search is complete: every candidate shown, the header and the matched cell say how."""
        from leadeditor.editing.search import SearchMethod
        from leadeditor.ui.texts import matched_key_tip

        self.add_candidates(list(outcome.candidates))
        self._outcome = outcome
        by = outcome.matched_by
        column = (
            {
                SearchMethod.LEAD_ID: "lead_id",
                SearchMethod.VENDOR_LEAD_CODE: "vendor_lead_code",
                SearchMethod.PHONE_NUMBER: "phone_number",
            }.get(by)
            if by is not None
            else None
        )
        self.model.mark_matched(column, matched_key_tip(outcome.request, by) if by is not None else "")
        # "Add as new lead" only when nothing matched: never beside leads that have this phone number
        self.addLeadButton.setVisible(not outcome.candidates and bool(outcome.request.phone_digits))
        self._recount()

    def mark_previous(self, *, failed: bool = False) -> None:
        """A new search was refused (or failed): say that the table still shows the previous one."""
        from leadeditor.ui.texts import previous_search

        if self.model.rowCount() == 0 and self._outcome is None:
            return
        if not self.summary.property("stale"):
            self.summary.setText(previous_search(self.summary.text(), failed=failed))
        self._set_stale(True)

    def _set_stale(self, stale: bool) -> None:
        self.summary.setProperty("stale", stale)
        # muted in the scheme's own colour (a fixed grey was unreadable on a dark window)
        styled(self.summary, _stale_style if stale else str)

    def _recount(self, *_args: object) -> None:
        from leadeditor.ui.texts import search_summary

        outcome = self._outcome
        if outcome is not None:
            gone = outcome.pick is not None and self.model.row_of(outcome.pick) < 0
            self.summary.setText(search_summary(outcome, self.model.rowCount(), pick_gone=gone))
            self._set_stale(False)

    def _fit_columns(self) -> None:
        self.widths.fit()

    def clear(self, summary: str) -> None:
        self.set_results([], summary)

    def candidate_at(self, proxy_row: int) -> Candidate | None:
        from leadeditor.editing.lead import Candidate

        value = self.proxy.index(proxy_row, 0).data(CANDIDATE_ROLE)
        return value if isinstance(value, Candidate) else None

    def current(self) -> Candidate | None:
        index = self.table.currentIndex()
        return self.candidate_at(index.row()) if index.isValid() else None

    def selected_candidates(self) -> list[Candidate]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [c for c in (self.candidate_at(r) for r in rows) if c is not None]

    def select_leads(self, lead_ids: list[int]) -> None:
        """Select several rows (as Ctrl+click would)."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for lead_id in lead_ids:
            row = self.model.row_of(lead_id)
            if row >= 0:
                index = self.model.index(row, 0)
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)

    def select_lead(self, lead_id: int) -> None:
        row = self.model.row_of(lead_id)
        if row < 0:
            return
        proxy_index = self.model.index(row, 0)
        self.table.selectRow(proxy_index.row())
        self.table.setCurrentIndex(proxy_index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentLeadChanged.emit(self.candidate_at(current.row()) if current.isValid() else None)

    def copy_selection(self) -> None:
        """Copy the selected rows as tab-separated text (for a ticket or a spreadsheet)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        lines = ["\t".join(c.title() for c in COLUMNS)]
        for r in rows:
            lines.append("\t".join(str(self.proxy.index(r, col).data() or "") for col in range(len(COLUMNS))))
        QGuiApplication.clipboard().setText("\n".join(lines))
