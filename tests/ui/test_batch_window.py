"""The batch window against the sandbox: a file made in the test, its preview, mapping, key and scope, the
dry run (counts, each row, a lead picked by hand), the apply with pause, resume and cancel, the export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from batch_window_kit import apply, bom_crlf_csv, click, dry_run, load, open_batch, outcomes

from leadeditor.editing.batch.key import KeyKind
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.search import SearchScope


def test_a_bom_crlf_file_goes_from_preview_to_verified_results(
    qtbot: Any, window: Any, sandbox: Any, tmp_path: Path
) -> None:
    batch = open_batch(window)
    load(qtbot, batch, bom_crlf_csv(tmp_path))
    page = batch.filePage
    assert page.encodingSelector.currentText() == "utf-8-sig"  # the BOM decided, and it is shown
    assert page.encodingSelector.isEnabled() and page.delimiterSelector.currentData() == ","
    assert page.previewTable.rowCount() == 4
    assert page.previewTable.verticalHeaderItem(0).text() == "2"  # the spreadsheet's row numbers
    assert page.previewTable.item(0, 1).text() == "Springfield"
    assert batch.keyPage.key().kind is KeyKind.PHONE_NUMBER  # the header names the key
    assert batch.mappingPage.selectors["City"].currentData() == "city"

    mark = len(sandbox.request_log)
    dry_run(qtbot, batch)
    assert not sandbox.request_log.since(mark) or not [
        e for e in sandbox.request_log.since(mark) if e.is_write
    ]
    model = batch.reviewPage.rows.model
    assert outcomes(model) == {
        2: Outcome.WOULD_UPDATE,
        3: Outcome.AMBIGUOUS,
        4: Outcome.NOT_FOUND,
        5: Outcome.UNCHANGED,
    }
    counts = batch.reviewPage.countsLabel.text()
    assert "1 would update" in counts and "1 with several leads" in counts and "1 not found" in counts

    problems = batch.reviewPage.problemsLabel.text().replace("1 rows", "1 row").splitlines()
    assert problems == ["Several leads match (pick one by hand): 1 row (3)", "No lead matches: 1 row (4)"]
    rows = batch.reviewPage.rows
    rows.set_filter(Outcome.AMBIGUOUS)
    assert model.rowCount() == 1
    assert rows.select_row(3)
    assert rows.pickArea.isVisibleTo(rows) and rows.leadChoice.count() == 2
    rows.leadChoice.setCurrentIndex(rows.leadChoice.findData(4))
    click(qtbot, rows.useLeadButton)
    qtbot.waitUntil(lambda: outcomes(model)[3] is Outcome.WOULD_UPDATE, timeout=30000)
    assert next(r for r in model.results if r.row == 3).lead_id == 4
    assert batch.reviewPage.problemsLabel.text().replace("1 rows", "1 row") == "No lead matches: 1 row (4)"
    rows.set_filter(None)
    assert rows.select_row(2)
    fields = rows.fieldsTable
    assert [fields.item(0, c).text() for c in range(3)] == ["City", "“Evanston”", "“Springfield”"]
    assert not [e for e in sandbox.request_log.since(mark) if e.is_write]  # still nothing written

    apply(qtbot, batch)
    assert batch.runPage.confirmLabel.text().startswith("2 leads will be written by lead ID")
    assert sandbox.lead(3)["city"] == "Springfield" and sandbox.lead(4)["city"] == "Peoria"
    assert sandbox.lead(5)["city"] != "Peoria"  # the other lead of the ambiguous key: never guessed
    written = [e.params["lead_id"] for e in sandbox.request_log.writes()]
    assert sorted(written) == ["3", "4"]
    results = outcomes(batch.runPage.rows.model)
    assert results == {2: Outcome.UPDATED, 3: Outcome.UPDATED, 4: Outcome.NOT_FOUND, 5: Outcome.UNCHANGED}
    assert batch.runPage.progressBar.value() == batch.runPage.progressBar.maximum() == 2
    assert "2 updated" in batch.runPage.countsLabel.text()

    target = tmp_path / "out.csv"
    qtbot.waitUntil(lambda: batch.runPage.exportButton.isEnabled())
    task_done: list[Any] = []
    from leadeditor.ui import tasks

    tasks.spawn(batch.export_to(target), task_done.append)
    qtbot.waitUntil(
        lambda: (
            (tmp_path / "out-errors.csv").exists() and "out-errors.csv" in batch.runPage.exportLabel.text()
        ),
        timeout=30000,
    )
    assert not task_done
    with target.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert [(r["row"], r["outcome"]) for r in table] == [
        ("2", "updated"),
        ("3", "updated"),
        ("4", "not_found"),
        ("5", "unchanged"),
    ]
    assert table[0]["city:before"] == "Evanston" and table[0]["city:after"] == "Springfield"
    with (tmp_path / "out-errors.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert [r["row"] for r in csv.DictReader(fh)] == ["4"]
    assert "1234" not in target.read_text(encoding="utf-8-sig")  # the sandbox's password


def test_a_list_scope_without_a_list_id_is_refused_like_the_main_window(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    batch = open_batch(window)
    load(qtbot, batch, bom_crlf_csv(tmp_path))
    click(qtbot, batch.nextButton)
    click(qtbot, batch.nextButton)
    key = batch.keyPage
    key.scopeSelector.setCurrentIndex(key.scopeSelector.findData(SearchScope.LIST))
    key.scopeSelector.activated.emit(key.scopeSelector.currentIndex())
    assert not batch.nextButton.isEnabled()
    assert "list" in key.problemsLabel.text().lower()
    window.searchPane.set_scope(SearchScope.LIST)  # the main window's own sentence for the same mistake
    window.searchPane.phoneInput.setText("3125550102")
    from leadeditor.ui.texts import search_problem_text

    said = [search_problem_text(issue) for issue in window.searchPane.request().problems()]
    assert said and all(sentence in key.problemsLabel.text() for sentence in said)
    key.listIdInput.setText("101")
    key.listIdInput.textEdited.emit("101")
    assert batch.nextButton.isEnabled() and key.problemsLabel.text() == ""


def test_a_workbook_reads_as_shown_a_numeric_phone_and_a_leading_zero_zip(
    qtbot: Any, window: Any, sandbox: Any, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Lead ID", "Postal Code", "Alt Phone"])
    sheet.append([3, 2134, 7185559999])
    sheet["B2"].number_format = "00000"  # how Excel keeps a ZIP's zero
    sheet["C2"].number_format = "0"
    path = tmp_path / "fixes.xlsx"
    book.save(path)

    batch = open_batch(window)
    load(qtbot, batch, path)
    page = batch.filePage
    assert not page.encodingSelector.isEnabled() and not page.delimiterSelector.isEnabled()  # a workbook
    assert [page.previewTable.item(0, c).text() for c in range(3)] == ["3", "02134", "7185559999"]
    assert batch.keyPage.key().kind is KeyKind.LEAD_ID
    dry_run(qtbot, batch)
    model = batch.reviewPage.rows.model
    assert outcomes(model) == {2: Outcome.WOULD_UPDATE}
    (result,) = model.results
    assert {c.field: c.after for c in result.changes if c.sends} == {
        "postal_code": "02134",
        "alt_phone": "7185559999",
    }
    apply(qtbot, batch)
    assert sandbox.lead(3)["postal_code"] == "02134" and sandbox.lead(3)["alt_phone"] == "7185559999"


def test_pause_resume_and_cancel_in_the_window(
    qtbot: Any, qloop: Any, sandbox_factory: Any, tmp_path: Path
) -> None:
    from leadeditor.app import open_main_window
    from leadeditor.ui import tasks

    server = sandbox_factory(generate=60, latency_ms=20)
    win = open_main_window(server.url, "6666", "1234", sandbox=True, label="Sandbox")
    qtbot.addWidget(win)
    try:
        path = tmp_path / "towns.csv"
        path.write_text(
            "lead_id,city\n" + "".join(f"{1000 + i},Town{i}\n" for i in range(40)), encoding="utf-8"
        )
        batch = open_batch(win)
        batch.rate = 15  # paced (the dry run is not): the apply takes seconds, time to pause it
        load(qtbot, batch, path)
        dry_run(qtbot, batch)
        assert outcomes(batch.reviewPage.rows.model) == {r: Outcome.WOULD_UPDATE for r in range(2, 42)}
        click(qtbot, batch.nextButton)
        click(qtbot, batch.runPage.applyButton)
        qtbot.waitUntil(lambda: batch.running and batch._done >= 2, timeout=60000)
        assert not batch.backButton.isEnabled()  # the window answers meanwhile: never frozen
        click(qtbot, batch.runPage.pauseButton)
        assert batch.runPage.pauseButton.text().replace("&", "") == "Resume"
        assert batch.engine.controls.paused
        qtbot.waitUntil(lambda: batch.engine.controls.rows_in_progress == 0, timeout=30000)
        paused_at = len([e for e in server.request_log.writes() if "lead_id" in e.params])
        assert paused_at < 40 and batch.running
        qtbot.waitUntil(lambda: batch._done == paused_at, timeout=30000)  # each row sent has finished
        assert len([e for e in server.request_log.writes() if "lead_id" in e.params]) == paused_at
        click(qtbot, batch.runPage.pauseButton)  # resume
        qtbot.waitUntil(lambda: batch._done >= paused_at + 2, timeout=60000)
        click(qtbot, batch.runPage.cancelButton)
        qtbot.waitUntil(lambda: not batch.running, timeout=60000)
        results = batch.runPage.rows.model.results
        updated = [r for r in results if r.outcome is Outcome.UPDATED]
        skipped = [r for r in results if r.outcome is Outcome.SKIPPED]
        assert len(updated) + len(skipped) == 40 and skipped and len(updated) > paused_at
        written = [e.params["lead_id"] for e in server.request_log.writes() if "lead_id" in e.params]
        assert sorted(written) == sorted(str(r.lead_id) for r in updated)  # nothing cut, nothing lost
        assert "skipped" in batch.runPage.countsLabel.text()
        assert batch.engine.unfinished()[0].id == batch.batch_id  # left open for a resume
    finally:
        tasks.cancel_all()
        win._close_confirmed = True


def test_the_batch_window_is_described_and_usable_by_keyboard_alone(
    qtbot: Any, window: Any, sandbox: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from test_accessibility import _lonely_labels, _unnamed

    from leadeditor.ui import accessibility

    def press(key: Qt.Key) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is batch  # the keys go where the focus is
        qtbot.keyClick(focus, key)

    def tab_to(button: Any) -> None:
        """Tab until the button has the focus (as a keyboard user does), then press Space."""
        for _ in range(40):
            if button.hasFocus():
                break
            press(Qt.Key.Key_Tab)
        assert button.hasFocus(), button.objectName()
        press(Qt.Key.Key_Space)

    batch = open_batch(window)
    batch.activateWindow()
    qtbot.waitUntil(batch.isActiveWindow, timeout=5000)
    assert batch.filePage.pathInput.hasFocus()  # the first step starts at the file's path
    qtbot.keyClicks(batch.filePage.pathInput, str(bom_crlf_csv(tmp_path)))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: batch.filePage.table is not None, timeout=30000)
    assert len(accessibility.inputs(batch)) >= 10
    assert _unnamed(batch) == [] and _lonely_labels(batch) == []
    tab_to(batch.nextButton)  # Next: the mapping
    assert batch.pages.currentIndex() == 1
    tab_to(batch.nextButton)  # Next: key and scope
    assert batch.pages.currentIndex() == 2
    tab_to(batch.nextButton)  # Dry run
    qtbot.waitUntil(
        lambda: (
            batch.pages.currentIndex() == 3
            and not batch.running
            and len(batch.reviewPage.rows.model.results) == 4
        ),
        timeout=60000,
    )
    assert _unnamed(batch) == []
    tab_to(batch.nextButton)  # Review and confirm
    assert batch.pages.currentIndex() == 4 and batch.runPage.applyButton.hasFocus()
    press(Qt.Key.Key_Space)  # Write
    qtbot.waitUntil(lambda: batch.batch_id is not None and not batch.running, timeout=60000)
    assert sandbox.lead(3)["city"] == "Springfield"
    assert batch.runPage.exportButton.hasFocus()
    assert _unnamed(batch) == [] and _lonely_labels(batch) == []


def test_the_alt_letters_of_each_step_do_not_clash(window: Any) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    batch = open_batch(window)
    bar = [tr_text for tr_text in (batch.backButton.text(), batch.closeButton.text())]
    bar += ["&Next >", "&Dry run >", "&Review and confirm >"]  # the step button's texts
    for page in (batch.filePage, batch.mappingPage, batch.keyPage, batch.reviewPage, batch.runPage):
        texts = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
        texts += [button.text() for button in page.findChildren(QAbstractButton)] + bar
        keys = [k.lower() for text in texts for k in re.findall(r"&(\w)", text.replace("&&", ""))]
        assert len(keys) >= 4
        assert sorted(keys) == sorted(set(keys)), (page.objectName(), keys)


def test_the_encoding_is_shown_and_changeable_and_a_template_keeps_the_mapping(
    qtbot: Any, window: Any, sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("lead_id;Ciudad;city\r\n3;x;Muñoz\r\n".encode("cp1252"))  # Windows-1252, semicolons
    batch = open_batch(window)
    load(qtbot, batch, path)
    page = batch.filePage
    assert page.encodingSelector.currentText() == "cp1252" and page.delimiterSelector.currentData() == ";"
    assert page.encodingNote.text().startswith("Guessed")
    assert page.previewTable.item(0, 2).text() == "Muñoz"
    page.encodingSelector.setCurrentText("utf-8")  # the user's choice, wrong on purpose
    page.encodingSelector.activated.emit(0)
    qtbot.waitUntil(
        lambda: page.table is None and "does not read as utf-8" in page.problemLabel.text(), timeout=30000
    )
    assert not batch.nextButton.isEnabled()  # nothing can go on from an unreadable file
    page.encodingSelector.setCurrentText("cp1252")
    page.encodingSelector.activated.emit(0)
    qtbot.waitUntil(lambda: page.table is not None, timeout=30000)
    assert page.previewTable.item(0, 2).text() == "Muñoz"

    click(qtbot, batch.nextButton)
    mapping = batch.mappingPage
    assert "B “Ciudad”" in mapping.unmatchedLabel.text()
    box = mapping.selectors["Ciudad"]  # map the Spanish header by hand, and ignore the other one
    box.setCurrentIndex(box.findData("city"))
    box.activated.emit(box.currentIndex())
    other = mapping.selectors["city"]
    other.setCurrentIndex(other.findData(""))
    other.activated.emit(other.currentIndex())
    assert batch.column_map is not None and [str(t) for _, t in batch.column_map.targets] == ["city"]
    assert batch.column_map.targets[0][0].header == "Ciudad"
    mapping.templateSelector.setEditText("Spanish export")
    click(qtbot, mapping.saveTemplateButton)
    assert "saved" in mapping.unmatchedLabel.text()
    batch.close()

    again = open_batch(window)
    load(qtbot, again, path)
    assert [t.header for t, _ in again.column_map.targets] == ["city"]  # by name again, before the template
    click(qtbot, again.nextButton)
    again.mappingPage.templateSelector.setCurrentText("Spanish export")
    click(qtbot, again.mappingPage.loadTemplateButton)
    assert [c.header for c, _ in again.column_map.targets] == ["Ciudad"]
    assert again.mappingPage.selectors["city"].currentData() == ""


def test_a_custom_field_is_offered_by_its_label_and_written(
    qtbot: Any, window: Any, sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "colors.csv"
    path.write_text("lead_id,favorite_color,City\n1,teal,\n", encoding="utf-8")
    batch = open_batch(window)
    load(qtbot, batch, path)
    click(qtbot, batch.nextButton)  # to the mapping
    mapping = batch.mappingPage
    assert mapping.selectors["City"].findData("custom:City") < 0  # a standard field's name is not offered
    box = mapping.selectors["favorite_color"]
    assert box.currentData() == ""  # nothing matched it by itself
    choice = box.findData("custom:favorite_color")
    assert box.itemText(choice) == "Custom field “favorite_color”"
    box.setCurrentIndex(choice)
    box.activated.emit(choice)
    assert [str(t) for _, t in batch.column_map.targets] == ["custom:favorite_color", "city"]
    click(qtbot, batch.nextButton)  # to the key and scope
    click(qtbot, batch.nextButton)  # the dry run
    qtbot.waitUntil(
        lambda: batch.pages.currentIndex() == 3 and not batch.running and batch.engine is not None,
        timeout=60000,
    )
    model = batch.reviewPage.rows.model
    assert outcomes(model) == {2: Outcome.WOULD_UPDATE}
    (planned,) = model.results
    assert [(c.field, c.before, c.after) for c in planned.changes] == [
        ("custom:favorite_color", "blue", "teal")
    ]
    mark = len(sandbox.request_log)
    apply(qtbot, batch)
    assert sandbox.custom_value(1, "favorite_color") == "teal"
    (write,) = [e for e in sandbox.request_log.since(mark) if e.is_write]
    assert write.params["favorite_color"] == "teal" and write.params["custom_fields"] == "Y"


def test_a_template_s_custom_field_is_shown_on_a_column_named_otherwise(qtbot: Any) -> None:
    from leadeditor.editing.batch.key import BatchKey, KeyKind
    from leadeditor.editing.batch.table import Column
    from leadeditor.ui.batch_mapping_page import MappingPage, mapped

    page = MappingPage()
    qtbot.addWidget(page)
    columns = (Column(0, "lead_id", "lead_id"), Column(1, "Color", "Color"))
    key = BatchKey(KeyKind.LEAD_ID)
    page.set_choices([("Color", "custom:favorite_color")])  # as a loaded template sets them
    page.show_map(columns, mapped(columns, key, page.assignments()))
    box = page.selectors["Color"]
    assert box.currentData() == "custom:favorite_color"
    assert box.currentText() == "Custom field “favorite_color”"
    assert box.findData("custom:Color") >= 0  # its own header is still offered


def test_the_notes_column_of_a_row_s_fields_fills_the_table(
    qtbot: Any, window: Any, sandbox: Any, tmp_path: Path
) -> None:
    """Sizing the other columns to their contents must not shrink the stretched Notes column (the
    screenshots showed the fields squeezed into the table's left quarter)."""
    batch = open_batch(window)
    load(qtbot, batch, bom_crlf_csv(tmp_path))
    dry_run(qtbot, batch)
    rows = batch.reviewPage.rows
    assert rows.select_row(2)
    fields = rows.fieldsTable
    header = fields.horizontalHeader()
    assert fields.item(0, 0).text() == "City"
    qtbot.waitUntil(
        lambda: header.sectionViewportPosition(3) + header.sectionSize(3) >= fields.viewport().width() - 1
    )
