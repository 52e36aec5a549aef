"""A table's column widths: fitted to what the rows hold, except the columns the user sized by hand.

A search used to refit every column, so a width the user dragged was lost at the next search; and a save
that lengthened a name left the Name column too narrow for it. Here a column the user resized keeps that
width (the main window keeps the set across restarts, with the header's own state), and every other column
is fitted when the rows change and widened, never narrowed, when one row changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QTableView

_MANY_ROWS = 50  # a change to more rows than this is a refresh, not one lead's new values: no widening


class ColumnWidths(QObject):
    """Watches `table`'s header. `caps`: the widest a fitted column may get (by logical column)."""

    def __init__(self, table: QTableView, caps: Mapping[int, int]) -> None:
        super().__init__(table)
        self.table = table
        self.caps = dict(caps)
        self.user: set[int] = set()  # logical columns the user sized
        self._quiet = 0
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.model().dataChanged.connect(self._widen)

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Resizes made inside are the app's own, never taken for the user's."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _stretched(self, column: int) -> bool:
        # the last section follows the table's width: its size says nothing about the user's wish
        header = self.table.horizontalHeader()
        return header.stretchLastSection() and header.visualIndex(column) == header.count() - 1

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._quiet and not self._stretched(column):
            self.user.add(column)

    def _fits(self, column: int) -> bool:
        return column not in self.user and not self._stretched(column)

    def _capped(self, column: int, width: int) -> int:
        return min(width, self.caps.get(column, width))

    def fit(self) -> None:
        """Every column the user did not size, as wide as its heading and its rows (within its cap)."""
        with self.quietly():
            for column in range(self.table.horizontalHeader().count()):
                if self._fits(column):
                    self.table.resizeColumnToContents(column)
                    self.table.setColumnWidth(column, self._capped(column, self.table.columnWidth(column)))

    def set_width(self, column: int, width: int) -> None:
        with self.quietly():
            self.table.setColumnWidth(column, width)

    def _widen(self, top: QModelIndex, bottom: QModelIndex, *_roles: Any) -> None:
        """Rows got new values (a save, a reload): a column too narrow for them grows, up to its cap."""
        if bottom.row() - top.row() >= _MANY_ROWS:
            return
        model = self.table.model()
        grid = 1 if self.table.showGrid() else 0
        for column in range(top.column(), bottom.column() + 1):
            if not self._fits(column):
                continue
            needed = max(
                self.table.sizeHintForIndex(model.index(row, column)).width() + grid
                for row in range(top.row(), bottom.row() + 1)
            )
            needed = self._capped(column, needed)
            if needed > self.table.columnWidth(column):
                self.set_width(column, needed)

    # -- kept with the window's geometry -------------------------------------------------------------
    def state(self) -> list[int]:
        return sorted(self.user)

    def restore(self, columns: Any) -> None:
        if isinstance(columns, list):
            count = self.table.horizontalHeader().count()
            self.user = {c for c in columns if type(c) is int and 0 <= c < count}
