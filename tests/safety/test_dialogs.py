"""The conflict view and the outcome views (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from leadeditor.editing.safety import ResolutionState, detect_conflicts, resolve_unknown_outcome
from leadeditor.ui.conflict_dialog import YOURS_MARK, ConflictDialog
from leadeditor.ui.outcome_dialog import MultiLeadOutcomeWidget, UnknownOutcomeDialog
from leadeditor.vicidial.fields import BLANK

LOADED = {"last_name": "Smith", "address2": "Apt 3", "status": "NEW", "city": "Chicago"}
FRESH = {"last_name": "Smith-Jones", "address2": "Apt 3", "status": "SALE", "city": "Chicago"}


def _row(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_conflict_dialog_shows_the_four_columns(qtbot) -> None:
    conflicts = detect_conflicts(LOADED, FRESH, {"last_name": "Smyth", "address2": BLANK})
    d = ConflictDialog(14, conflicts)
    qtbot.addWidget(d)
    headers = [d.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Field", "When you opened it", "Now", "Your change"]
    assert _row(d.table, 0) == [YOURS_MARK + "Last name", "Smith", "Smith-Jones", "Smyth"]
    assert _row(d.table, 1) == ["Status", "NEW", "SALE", "—"]
    assert "1 of them" in d.findChild(QLabel, "conflictExplanation").text()
    assert d.reapply_button.text().replace("&", "") == "Re-apply my changes on the current values"
    assert d.cancel_button.isDefault()


def test_conflict_dialog_reapply_and_cancel_signals(qtbot) -> None:
    conflicts = detect_conflicts(LOADED, FRESH, {"last_name": "Smyth"})
    d = ConflictDialog(14, conflicts)
    qtbot.addWidget(d)
    d.open()
    with qtbot.waitSignal(d.reapplyRequested), qtbot.assertNotEmitted(d.cancelled):
        qtbot.mouseClick(d.reapply_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible()
    d2 = ConflictDialog(14, conflicts)
    qtbot.addWidget(d2)
    d2.open()
    with qtbot.waitSignal(d2.cancelled), qtbot.assertNotEmitted(d2.reapplyRequested):
        qtbot.mouseClick(d2.cancel_button, Qt.MouseButton.LeftButton)
    d3 = ConflictDialog(14, conflicts)
    qtbot.addWidget(d3)
    d3.open()
    with qtbot.waitSignal(d3.cancelled):
        qtbot.keyClick(d3, Qt.Key.Key_Escape)


def test_unknown_outcome_dialog_states_and_check_again(qtbot) -> None:
    before = {"last_name": "Smith", "city": "Chicago"}
    changes = {"last_name": "Smyth", "city": "Chicago"}
    d = UnknownOutcomeDialog(14)
    qtbot.addWidget(d)
    d.open()
    assert "Reading lead 14 back" in d.headline.text() and not d.check_again_button.isEnabled()
    d.set_check_failed("the server did not answer within 30 seconds.")
    assert "still unknown" in d.headline.text() and d.check_again_button.isEnabled()
    unknown = resolve_unknown_outcome(changes, before, {"last_name": "Jones", "city": "Chicago"})
    assert unknown.state is ResolutionState.UNKNOWN
    d.set_resolution(unknown)
    assert d.check_again_button.isEnabled()
    with qtbot.waitSignal(d.checkAgainRequested):
        qtbot.mouseClick(d.check_again_button, Qt.MouseButton.LeftButton)
    assert not d.check_again_button.isEnabled()  # checking
    applied = resolve_unknown_outcome(changes, before, {"last_name": "Smyth", "city": "Chicago"})
    d.set_resolution(applied)
    assert "was applied" in d.headline.text()
    assert not d.check_again_button.isEnabled()  # final: another read tells nothing more
    assert _row(d.table, 0) == ["Last name", "Smith", "Smyth", "Smyth", "holds your value"]
    assert _row(d.table, 1)[4] == "cannot tell (same before and after)"
    not_applied = resolve_unknown_outcome(changes, before, before)
    d.set_resolution(not_applied)
    assert "not applied" in d.headline.text() and "save it again" in d.explanation.text()


def test_unknown_outcome_dialog_shows_the_predicted_stored_value(qtbot) -> None:
    res = resolve_unknown_outcome(
        {"first_name": "Mary+Ann"}, {"first_name": "Mary"}, {"first_name": "Mary Ann"}
    )
    d = UnknownOutcomeDialog(3, res)
    qtbot.addWidget(d)
    assert _row(d.table, 0)[2] == "Mary+Ann (stored as Mary Ann)"


def test_multi_lead_widget_progress_outcomes_and_cancel(qtbot) -> None:
    w = MultiLeadOutcomeWidget()
    qtbot.addWidget(w)
    w.start([14, 8, 1])
    assert w.progress.maximum() == 3 and w.progress.value() == 0
    w.set_working(14)
    assert w.table.item(0, 1).text() == "Working…"
    w.set_outcome(14, "saved", "Status: NEW → DNC")
    w.set_outcome(8, "conflict", "Changed by someone else since it was loaded")
    assert w.progress.value() == 2
    with qtbot.waitSignal(w.cancelRequested):
        qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
    assert not w.cancel_button.isEnabled()
    w.finish(cancelled=True)
    assert w.outcome(1) == "skipped"
    assert w.progress.value() == 3
    assert w.summary.text().startswith("Cancelled.")
    assert "1 saved" in w.summary.text() and "1 conflict" in w.summary.text()
    assert _row(w.table, 0) == ["14", "✔ Saved", "Status: NEW → DNC"]
