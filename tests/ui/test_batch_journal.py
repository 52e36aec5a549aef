"""A batch in the journal window: one entry with its rows on the Batches tab, and its undo from there (its
own dry run first), which keeps a later edit and says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from batch_window_kit import apply, click, dry_run, load, open_batch, outcomes

from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_result import RowReason


def test_the_batch_is_one_journal_entry_and_its_undo_keeps_a_later_edit(
    qtbot: Any, arun: Any, window: Any, sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "fixes.csv"
    path.write_text("lead_id,city\n3,Springfield\n6,Aurora\n", encoding="utf-8")
    before = {lead: sandbox.lead(lead)["city"] for lead in (3, 6)}
    batch = open_batch(window)
    load(qtbot, batch, path)
    dry_run(qtbot, batch)
    apply(qtbot, batch)
    assert sandbox.lead(3)["city"] == "Springfield" and sandbox.lead(6)["city"] == "Aurora"
    batch_id = batch.batch_id
    batch.close()
    sandbox.set_lead_field(6, "city", "Joliet")  # a later edit by someone else, after the batch

    arun(window.show_journal())
    journal = window.writes().journal_window
    journal.tabs.setCurrentWidget(journal.batches)
    panel = journal.batches
    assert panel.batchTable.rowCount() == 1  # the batch is one entry, whatever its rows
    assert panel.batchTable.item(0, 2).text() == "fixes.csv"
    assert panel.batchTable.item(0, 5).text() == "2 of 2"
    assert panel.select_batch(batch_id)
    qtbot.waitUntil(lambda: len(panel.rows.model.results) == 2, timeout=30000)
    assert outcomes(panel.rows.model) == {2: Outcome.UPDATED, 3: Outcome.UPDATED}
    assert panel.rows.select_row(2)
    fields = panel.rows.fieldsTable
    assert [fields.item(0, c).text() for c in range(3)] == ["City", f"“{before[3]}”", "“Springfield”"]

    mark = len(sandbox.request_log)
    click(qtbot, panel.undoButton)
    undo = window.batchWindow
    qtbot.waitUntil(
        lambda: undo.pages.currentIndex() == 3 and undo.engine is not None and not undo.running, timeout=30000
    )
    qtbot.waitUntil(lambda: len(undo.reviewPage.rows.model.results) == 2, timeout=30000)
    assert undo.undo_of == batch_id
    assert not [e for e in sandbox.request_log.since(mark) if e.is_write]  # its dry run wrote nothing
    planned = {r.row: r for r in undo.reviewPage.rows.model.results}
    assert planned[2].outcome is Outcome.WOULD_UPDATE
    assert planned[3].reason is RowReason.KEPT_LATER_EDIT and planned[3].outcome is Outcome.UNCHANGED
    assert "left as it is now" in undo.reviewPage.rows.model.data(undo.reviewPage.rows.model.index(1, 3))
    click(qtbot, undo.nextButton)
    click(qtbot, undo.runPage.applyButton)
    qtbot.waitUntil(lambda: undo.batch_id is not None and not undo.running, timeout=60000)
    assert sandbox.lead(3)["city"] == before[3]  # put back
    assert sandbox.lead(6)["city"] == "Joliet"  # the later edit survives
    assert [e.params["lead_id"] for e in sandbox.request_log.since(mark) if e.is_write] == ["3"]

    journal.refresh()
    assert panel.batchTable.rowCount() == 2
    assert panel.batchTable.item(0, 3).text() == f"Undo of batch {batch_id}"
    assert panel.select_batch(batch_id)
    assert not panel.undoButton.isEnabled() and str(undo.batch_id) in panel.undoHint.text()


def test_each_write_of_a_batch_names_its_batch_and_row_and_leads_to_it(
    qtbot: Any, arun: Any, window: Any, sandbox: Any, tmp_path: Path
) -> None:
    from leadeditor.ui.journal_window import COL_CHANGES

    path = tmp_path / "fixes.csv"
    path.write_text("lead_id,city\n3,Springfield\n6,Aurora\n", encoding="utf-8")
    batch = open_batch(window)
    load(qtbot, batch, path)
    dry_run(qtbot, batch)
    apply(qtbot, batch)
    batch_id = batch.batch_id
    batch.close()

    arun(window.show_journal())
    journal = window.writes().journal_window
    journal.refresh()
    model = journal.model
    changes = {
        model.entry(y).lead_id: model.data(model.index(y, COL_CHANGES)) for y in range(model.rowCount())
    }
    assert changes[3].startswith(f"Batch {batch_id}, row 2 · City:")
    assert changes[6].startswith(f"Batch {batch_id}, row 3 · City:")
    row = next(y for y in range(model.rowCount()) if model.entry(y).lead_id == 6)
    journal.table.selectRow(row)
    assert f"Batch {batch_id}, row 3" in journal.entry_info.text()
    click(qtbot, journal.batch_button)
    assert journal.tabs.currentWidget() is journal.batches
    panel = journal.batches
    assert panel.selected() is not None and panel.selected().id == batch_id
    qtbot.waitUntil(lambda: len(panel.rows.model.results) == 2, timeout=30000)
