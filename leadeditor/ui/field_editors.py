"""One editor per field kind, behind a small common interface (get/set text, lock, change signal).

Editors fit the server's column: digits-only where it keeps only digits, M/F/U or empty for gender, a date
with "none", spin boxes with the column's range, a decimal for the GMT offset, and the column length as limit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from leadeditor.ui.texts import tr
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import FIELDS, FieldKind, FieldSpec

NO_DATE = QDate(1900, 1, 1)  # the date editor's "none"


def _genders() -> tuple[tuple[str, str], ...]:
    return (("", tr("(empty)")), ("M", tr("M – male")), ("F", tr("F – female")), ("U", tr("U – unknown")))


# Integer columns whose writable range fits a QSpinBox (a C int); the API writes digits only: no negative
# rank (§5.7). List IDs are far larger and get a line edit.
_SPIN_RANGES = {
    f.column: col.column(f.column).api_range
    for f in FIELDS
    if col.column(f.column).sql is col.SqlType.INTEGER and col.column(f.column).maximum <= 2**31 - 1
}


class Editor:
    """Adapter over a Qt editor so the form treats every kind alike."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def get(self) -> str:
        raise NotImplementedError

    def set(self, value: str) -> None:
        raise NotImplementedError

    def on_change(self, callback: Callable[[], None]) -> None:
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        """Locked by the Blank toggle: empty-looking and not editable."""
        self.widget.setEnabled(not locked)

    def same(self, a: str, b: str) -> bool:
        """Whether two texts mean the same stored value for this editor."""
        return a == b

    def show_different(self, on: bool) -> None:
        """Several leads hold different values here: show "(different values)" as a placeholder (never as a
        value that would be saved); the editor then reads as its empty value until the user types."""


def different_text() -> str:
    return tr("(different values)")


def _fit_different(widget: QWidget, on: bool, extra: int) -> None:
    """A short editor is widened while it says "(different values)", so the words are never cut; back to
    its own width after."""
    normal = widget.property("normalWidths")
    if normal is None:
        normal = (widget.minimumWidth(), widget.maximumWidth())
        widget.setProperty("normalWidths", normal)
    least, most = normal
    if on:
        wanted = widget.fontMetrics().horizontalAdvance(different_text()) + extra
        widget.setMinimumWidth(max(least, min(wanted, 400)))
        widget.setMaximumWidth(max(most, widget.minimumWidth()))
    else:
        widget.setMinimumWidth(least)
        widget.setMaximumWidth(most)


class LineEditor(Editor):
    widget: QLineEdit

    def __init__(self, widget: QLineEdit) -> None:
        super().__init__(widget)
        self._saved = ""
        self._placeholder = ""  # what the empty field says when it is not blanked

    def get(self) -> str:
        return self.widget.text()

    def show_different(self, on: bool) -> None:
        self._placeholder = different_text() if on else ""
        if self.widget.isEnabled():
            self.widget.setPlaceholderText(self._placeholder)
        if self.widget.maximumWidth() < 5000 or self.widget.property("normalWidths") is not None:
            _fit_different(self.widget, on, 16)

    def set(self, value: str) -> None:
        self.widget.setText(value)
        self.widget.setCursorPosition(0)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(lambda _t: callback())

    def set_locked(self, locked: bool) -> None:
        if locked:
            self._saved = self.widget.text()
            self.widget.blockSignals(True)
            self.widget.clear()
            self.widget.blockSignals(False)
            self.widget.setPlaceholderText(tr("(will be emptied)"))
        else:
            self.widget.setPlaceholderText(self._placeholder)
            if not self.widget.text():
                self.widget.blockSignals(True)
                self.widget.setText(self._saved)
                self.widget.blockSignals(False)
        self.widget.setEnabled(not locked)


class TextAreaEditor(Editor):
    """Multi-line free text (comments), with the column length enforced as the user types."""

    widget: QPlainTextEdit

    def __init__(self, widget: QPlainTextEdit, max_len: int) -> None:
        super().__init__(widget)
        self.max_len = max_len
        self._saved = ""
        self._placeholder = ""
        widget.textChanged.connect(self._enforce)

    def show_different(self, on: bool) -> None:
        self._placeholder = different_text() if on else ""
        if self.widget.isEnabled():
            self.widget.setPlaceholderText(self._placeholder)

    def _enforce(self) -> None:
        text = self.widget.toPlainText()
        if self.max_len and len(text) > self.max_len:
            cursor = self.widget.textCursor()
            self.widget.setPlainText(text[: self.max_len])
            cursor.setPosition(min(cursor.position(), self.max_len))
            self.widget.setTextCursor(cursor)

    def get(self) -> str:
        return self.widget.toPlainText()

    def set(self, value: str) -> None:
        self.widget.setPlainText(value)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(callback)

    def set_locked(self, locked: bool) -> None:
        self.widget.blockSignals(True)
        if locked:
            self._saved = self.widget.toPlainText()
            self.widget.clear()
            self.widget.setPlaceholderText(tr("(will be emptied)"))
        else:
            self.widget.setPlaceholderText(self._placeholder)
            if not self.widget.toPlainText():
                self.widget.setPlainText(self._saved)
        self.widget.blockSignals(False)
        self.widget.setEnabled(not locked)


class SpinEditor(Editor):
    widget: QSpinBox

    def get(self) -> str:
        return str(self.widget.value())

    def set(self, value: str) -> None:
        self.widget.setValue(int(value) if value.strip().isdigit() else 0)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(lambda _v: callback())

    def same(self, a: str, b: str) -> bool:
        return (a.strip() or "0") == (b.strip() or "0")

    def show_different(self, on: bool) -> None:
        # the lowest value says "(different values)" until the user picks a number
        self.widget.setSpecialValueText(different_text() if on else "")
        _fit_different(self.widget, on, 40)
        if on:
            self.widget.setValue(self.widget.minimum())


class DecimalEditor(Editor):
    widget: QDoubleSpinBox

    def get(self) -> str:
        return f"{self.widget.value():.2f}"

    def set(self, value: str) -> None:
        try:
            self.widget.setValue(float(value))
        except ValueError:
            self.widget.setValue(0.0)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(lambda _v: callback())

    def same(self, a: str, b: str) -> bool:
        try:
            return round(float(a or 0), 2) == round(float(b or 0), 2)
        except ValueError:
            return a == b

    def show_different(self, on: bool) -> None:
        self.widget.setSpecialValueText(different_text() if on else "")
        _fit_different(self.widget, on, 40)
        if on:
            self.widget.setValue(self.widget.minimum())


class DateEditor(Editor):
    widget: QDateEdit

    def get(self) -> str:
        date = self.widget.date()
        return "" if date == NO_DATE else date.toString("yyyy-MM-dd")

    def set(self, value: str) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd")
        self.widget.setDate(date if date.isValid() and date > NO_DATE else NO_DATE)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.dateChanged.connect(lambda _d: callback())

    def same(self, a: str, b: str) -> bool:
        def norm(v: str) -> str:
            return "" if v in ("", "0000-00-00") else v

        return norm(a) == norm(b)

    def show_different(self, on: bool) -> None:
        # "none" is the editor's lowest date; while the leads differ it says so instead
        self.widget.setSpecialValueText(different_text() if on else tr("none"))
        _fit_different(self.widget, on, 44)
        if on:
            self.widget.setDate(NO_DATE)


class ChoiceEditor(Editor):
    widget: QComboBox

    def get(self) -> str:
        return str(self.widget.currentData() or "")

    def set(self, value: str) -> None:
        index = self.widget.findData(value)
        if index < 0:  # a value outside the list: show it rather than hide it
            self.widget.addItem(value, value)
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(index)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(lambda _i: callback())

    def show_different(self, on: bool) -> None:
        self.widget.setPlaceholderText(different_text() if on else "")
        _fit_different(self.widget, on, 44)
        if on:
            self.widget.setCurrentIndex(-1)  # no choice shown: the placeholder says why


def make_editor(spec: FieldSpec, parent: QWidget) -> Editor:
    """The editor that fits a field's kind and column."""
    length = col.column(spec.column).length
    if spec.column in _SPIN_RANGES:
        spin = QSpinBox(parent)
        spin.setRange(*_SPIN_RANGES[spec.column])
        spin.setMaximumWidth(140)
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        return SpinEditor(spin)
    if spec.kind is FieldKind.DECIMAL:
        dec = QDoubleSpinBox(parent)
        dec.setRange(-99.99, 99.99)
        dec.setDecimals(2)
        dec.setSingleStep(0.5)
        dec.setMaximumWidth(140)
        return DecimalEditor(dec)
    if spec.kind is FieldKind.DATE:
        date = QDateEdit(parent)
        date.setDisplayFormat("yyyy-MM-dd")
        date.setMinimumDate(NO_DATE)
        date.setMaximumDate(QDate(9999, 12, 31))
        date.setSpecialValueText(tr("none"))
        date.setCalendarPopup(True)
        date.setMaximumWidth(160)
        date.setDate(NO_DATE)
        return DateEditor(date)
    if spec.kind is FieldKind.ENUM:
        combo = QComboBox(parent)
        for value, text in _genders():
            combo.addItem(text, value)
        combo.setMaximumWidth(180)
        return ChoiceEditor(combo)
    if spec.column == col.COMMENTS:
        area = QPlainTextEdit(parent)
        area.setTabChangesFocus(True)
        area.setFixedHeight(area.fontMetrics().lineSpacing() * 4 + 12)
        return TextAreaEditor(area, length)
    line = QLineEdit(parent)
    if length:
        line.setMaxLength(length)
    if spec.kind is FieldKind.DIGITS:
        line.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), line))
    if length and length <= 6:
        line.setMaximumWidth(line.fontMetrics().horizontalAdvance("W") * max(length, 3) + 36)
    line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return LineEditor(line)


def make_custom_editor(parent: QWidget) -> Editor:
    line = QLineEdit(parent)
    return LineEditor(line)
