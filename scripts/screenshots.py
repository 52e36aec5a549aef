"""Render the main window's states into docs/screenshots/ (run under Xvfb).

    xvfb-run -a -s "-screen 0 1280x800x24" /work/venv/bin/python scripts/screenshots.py [--several]

States: empty, results, form with edits and warnings, confirm dialog, saved, a lead the server fails to send
whole (PHP 8 and an apostrophe); at 100 % on a 1280x800 screen, then every window again at 150 %
(QT_SCALE_FACTOR=1.5 on a 1600x1000 screen, suffix @150) and on a 1024x700 screen (suffix @1024x700),
each in a child process under its own Xvfb so the scale and the screen apply from start-up.

Then the safe writes of issue 6, each reached through the window as a user would: the conflict view (a lead
changed by someone else meanwhile), the outcome of a write whose answer was lost (applied, then still
unknown), one change applied to several leads, a save whose read-back differs from the prediction, and the
change journal.

Then the batch window of issue 14 (batch-*.png): the file and its preview, the mapping, the key and scope
(also refused without a list ID), the dry run with a row of several leads, the confirmation, the apply paused
mid-way, the results, the offer to resume an unfinished batch, the batch in the journal and its undo's dry
run. `--batch` renders only these (at 100 % and 150 %).

In another language or scheme (docs/screenshots/<variant>/, no 150 % pass):

    LEADEDITOR_LANGUAGE=es xvfb-run -a -s "-screen 0 1280x800x24" python scripts/screenshots.py
    LEADEDITOR_LANGUAGE=pseudo ...    LEADEDITOR_COLOR_SCHEME=dark ...
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# another language or the dark scheme: its own folder (docs/screenshots/es, .../es-dark)
VARIANT = "-".join(part for part in (os.environ.get("LEADEDITOR_LANGUAGE", "").removeprefix("en"),
                                      "dark" if os.environ.get("LEADEDITOR_COLOR_SCHEME") == "dark" else "")
                   if part)
# English and light unless told otherwise, through the translators as the app runs: the English .qm
# holds the singulars of the %n texts ("1 row", not "1 rows")
os.environ.setdefault("LEADEDITOR_LANGUAGE", "en")
os.environ.setdefault("LEADEDITOR_COLOR_SCHEME", "light")
if VARIANT:
    OUT = OUT / VARIANT
# --several: only the several-leads shots (the mode, its confirmation, its outcome), at every scale
ONLY_SEVERAL = "--several" in sys.argv


async def until(condition: Any, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        if loop.time() > end:
            raise TimeoutError("the window did not reach the expected state")
        await asyncio.sleep(0.05)


def settle(app: Any, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


async def scenario(app: Any, window: Any, sandbox: Any, suffix: str, only_form: bool) -> list[Path]:
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    saved: list[Path] = []

    def shoot(name: str, widget: Any = None) -> None:
        settle(app)
        path = OUT / f"{name}{suffix}.png"
        (widget or window).grab().save(str(path))
        saved.append(path)

    await until(lambda: not window.busy)
    if ONLY_SEVERAL:
        async def find(phone: str) -> None:
            window.searchPane.phoneInput.setText(phone)
            before = window.completed_searches
            window.searchPane.searchButton.click()
            await until(lambda: window.completed_searches > before and not window.busy)

        await several(app, window, sandbox, shoot, find)
        return saved
    if not only_form:
        shoot("01-empty")
    pane = window.searchPane
    pane.phoneInput.setText("3125550100")
    before = window.completed_searches
    pane.searchButton.click()
    await until(lambda: window.completed_searches > before and not window.busy)
    if not only_form:
        shoot("02-results")
    window.results.select_lead(1)
    await until(lambda: window.form.lead is not None and window.form.lead.lead_id == 1 and not window.busy)
    window.findChild(QLineEdit, "field_last_name").setText("Jones")
    window.findChild(QLineEdit, "field_email").setText("john+sales@example.com")
    window.findChild(QLineEdit, "field_first_name").setText("José")
    window.findChild(QCheckBox, "blank_address2").click()
    form_body = window.form.scrollArea
    form_body.verticalScrollBar().setValue(0)
    shoot("03-form-edits")
    if only_form:
        return saved
    window.findChild(QLineEdit, "field_first_name").setText("John")
    window.form.saveButton.click()
    await until(lambda: getattr(window, "confirmDialog", None) is not None
                and window.confirmDialog.isVisible())
    shoot("04-confirm", window.confirmDialog)
    window.confirmDialog.saveButton.click()
    await until(lambda: window.last_outcome is not None and not window.busy)
    shoot("05-saved")
    pane.phoneInput.setText("3125550101")  # lead 2, O'Brien: the PHP 8 failure on apostrophes
    before = window.completed_searches
    pane.searchButton.click()
    await until(lambda: window.completed_searches > before and not window.busy)
    window.results.select_lead(2)
    await until(lambda: window.form.lead is not None and window.form.lead.lead_id == 2 and not window.busy)
    shoot("06-php8-apostrophe")
    saved += await safe_writes(app, window, sandbox, shoot)
    return saved


def modal_box() -> Any:
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = QApplication.activeModalWidget()
    return w if isinstance(w, QMessageBox) and w.isVisible() else None


def visible(window: Any, name: str) -> bool:
    dialog = getattr(window, name, None)
    try:
        return dialog is not None and dialog.isVisible()
    except RuntimeError:
        return False


async def safe_writes(app: Any, window: Any, sandbox: Any, shoot: Any) -> list[Path]:
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    from leadeditor.sandbox import Fault
    from leadeditor.ui.texts import tr

    async def find(phone: str) -> None:
        window.searchPane.phoneInput.setText(phone)
        before = window.completed_searches
        window.searchPane.searchButton.click()
        await until(lambda: window.completed_searches > before and not window.busy)

    async def open_lead(lead_id: int) -> None:
        window.results.select_lead(lead_id)
        await until(lambda: window.form.lead is not None and window.form.lead.lead_id == lead_id
                    and not window.busy)

    async def edit_and_confirm(fields: dict[str, str]) -> None:
        for name, value in fields.items():
            window.findChild(QLineEdit, f"field_{name}").setText(value)
        window.form.saveButton.click()
        await until(lambda: visible(window, "confirmDialog"))

    async def save() -> None:
        previous = window.last_outcome
        window.confirmDialog.saveButton.click()
        await until(lambda: window.last_outcome is not previous and not window.busy)

    # the conflict view: an agent dispositions lead 8 and edits its name while it is open here
    await find("3125550100")
    await open_lead(8)
    await edit_and_confirm({"last_name": "Smith Jr", "address2": "Apt 2B"})
    sandbox.set_lead_field(8, "last_name", "Smith-Jones")
    sandbox.set_lead_field(8, "status", "CALLBK")
    sandbox.set_lead_field(8, "called_count", "1")
    sandbox.set_lead_field(8, "comments", "Customer asked for a callback tomorrow")
    window.confirmDialog.saveButton.click()
    await until(lambda: visible(window, "conflictDialog"))
    shoot("conflict", window.conflictDialog)
    window.conflictDialog.reapply_button.click()
    await until(lambda: visible(window, "confirmDialog"))
    await save()

    # a lost answer: applied (read back), then one that reading back cannot decide
    await find("3125550103")
    await open_lead(4)
    await edit_and_confirm({"last_name": "Johnston", "email": "alice+home@example.com"})
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    await save()
    await until(lambda: visible(window, "outcomeDialog"))
    shoot("outcome", window.outcomeDialog)
    window.outcomeDialog.close_button.click()
    await until(lambda: not visible(window, "outcomeDialog"))
    await open_lead(5)
    wf = await window.workflow()

    def unreadable(_ctx: object) -> None:
        sandbox.inject(Fault.HTTP_503, count=400, function="lead_all_info")
        sandbox.inject(Fault.HTTP_503, count=400, function="lead_field_info")

    wf.before_write.append(unreadable)
    await edit_and_confirm({"city": "Evanston"})
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    await save()
    wf.before_write.remove(unreadable)
    await until(lambda: visible(window, "outcomeDialog"))
    shoot("outcome-unknown", window.outcomeDialog)
    sandbox.clear_faults()
    window.outcomeDialog.check_again_button.click()
    await until(lambda: tr("Your change was applied.") in window.outcomeDialog.headline.text())
    window.outcomeDialog.close_button.click()

    await several(app, window, sandbox, shoot, find)

    # a lead the server cannot send at all: written only after acknowledging that it cannot be checked
    sandbox.inject(Fault.HTTP_503, count=400, function="lead_all_info")
    sandbox.inject(Fault.HTTP_503, count=400, function="lead_field_info")
    await find("3035550204")
    window.results.select_lead(13)
    await until(lambda: window.form.editUnknownButton.isVisible() and not window.busy)
    shoot("08-unreadable-lead")
    window.form.editUnknownButton.click()
    await edit_and_confirm({"city": "Boulder"})
    window.confirmDialog.acknowledge.setChecked(True)
    shoot("unreadable-confirm", window.confirmDialog)
    await save()
    sandbox.clear_faults()

    # Advanced → Delete lead, with the lead ID typed to confirm
    await find("4155550203")
    await open_lead(12)
    window.actionDeleteLead.trigger()
    await until(lambda: visible(window, "typedConfirmDialog"))
    window.typedConfirmDialog.input.setText("12")
    shoot("typed-confirm", window.typedConfirmDialog)
    window.typedConfirmDialog.confirmButton.click()
    deleted = tr("Lead {0} was deleted. Its full record is kept in the journal.").format(12)
    await until(lambda: deleted in window.statusMessage.text())

    # the journal: every write above; undo the correction of lead 8 from it
    journal = await window.show_journal()
    from PySide6.QtCore import QSize

    from leadeditor.ui.geometry import fit_on_screen

    fit_on_screen(journal, QSize(1180, 640))  # wide enough for the long entries, never beyond the screen
    entry = next(e for e in journal.visible_entries() if e.lead_id == 4)
    journal.select_entry(entry.id)
    journal.undo_button.click()
    await until(lambda: visible(window, "confirmDialog"))
    shoot("undo-confirm", window.confirmDialog)
    await save()
    await until(lambda: journal.model.rowCount() >= 8)
    journal.select_entry(entry.id)
    shoot("journal", journal)
    journal.set_filters(lead_id=4)
    journal.table.selectRow(0)
    shoot("journal-filtered", journal)
    journal.close()
    return []


async def several(app: Any, window: Any, sandbox: Any, shoot: Any, find: Any) -> None:
    """Several leads edited together: Ctrl+A only selects; "Edit 3 selected leads together" enters the mode
    (banner, shared values, "(different values)", "leave as is"); the per-lead confirmation read fresh, with
    lead 8 changed meanwhile; the outcome lead by lead; Leave."""
    from PySide6.QtWidgets import QLineEdit

    await find("3125550100")
    window.results.select_lead(1)
    await until(lambda: window.form.lead is not None and window.form.lead.lead_id == 1 and not window.busy)
    window.results.table.selectAll()  # Ctrl+A: every lead selected, the form still shows lead 1
    await until(lambda: window.actionEditSeveral.isEnabled())
    shoot("07-select-all")
    window.results.select_leads([14, 8, 1])
    await until(lambda: window.actionEditSeveral.isEnabled())
    window.editSeveralButton.click()
    await until(lambda: window.form.is_common and not window.busy)
    window.findChild(QLineEdit, "field_owner").setText("TEAM-B")
    window.findChild(QLineEdit, "field_city").setText("Skokie")
    window.form.scrollArea.verticalScrollBar().setValue(0)
    shoot("07-common-change")
    window.form.scrollArea.ensureWidgetVisible(window.findChild(QLineEdit, "field_owner"))
    shoot("07-common-change-owner")
    sandbox.set_lead_field(8, "status", "SALE")  # an agent dispositions lead 8 meanwhile
    window.form.saveButton.click()
    writes = window.writes()
    await until(lambda: visible(writes, "several_confirm"))
    shoot("multi-confirm", writes.several_confirm)
    writes.several_confirm.applyButton.click()
    await until(lambda: writes.multi_dialog is not None and not window.busy
                and writes.multi_dialog.findChild(object, "multiLeadSummary").text() != "")
    shoot("outcome-multi", writes.multi_dialog)
    writes.multi_dialog.accept()
    window.form.revert_all()
    window.severalBanner.leaveButton.click()
    await until(lambda: not window.form.is_common and not window.busy)
    settle(app)


async def differences(app: Any, sandbox: Any) -> list[Path]:
    """A profile that wrongly says the server is in non-latin mode: the read-back shows what was stored."""
    from PySide6.QtWidgets import QLineEdit

    from leadeditor.app import open_main_window

    window = open_main_window(sandbox.url, "6666", "1234", sandbox=True, label="Sandbox", non_latin=True)
    # the window's own size, clamped to the screen (ui/geometry.fit_on_screen), as a user first sees it
    window.searchPane.phoneInput.setText("7185550201")
    before = window.completed_searches
    window.searchPane.searchButton.click()
    await until(lambda: window.completed_searches > before and not window.busy)
    window.results.select_lead(10)
    await until(lambda: window.form.lead is not None and window.form.lead.lead_id == 10 and not window.busy)
    window.findChild(QLineEdit, "field_first_name").setText("Évan")
    window.findChild(QLineEdit, "field_city").setText("Brooklyn Heights")
    window.form.saveButton.click()
    await until(lambda: visible(window, "confirmDialog"))
    previous = window.last_outcome
    window.confirmDialog.saveButton.click()
    await until(lambda: window.last_outcome is not previous and not window.busy
                and visible(window, "differencesDialog"))
    settle(app)
    path = OUT / "verify-differences.png"
    window.differencesDialog.grab().save(str(path))
    path2 = OUT / "verify-differences-status.png"
    window.grab().save(str(path2))
    window.differencesDialog.accept()
    window._close_confirmed = True
    window.close()
    return [path, path2]


async def profiles(app: Any, sandbox: Any, suffix: str) -> list[Path]:
    """The profiles dialog: "Test connection" with the right password, then with a wrong one."""
    import tempfile

    from leadeditor.profiles import Profile, ProfileStore
    from leadeditor.secrets import PasswordVault
    from leadeditor.settings import Settings
    from leadeditor.ui.profiles_dialog import ProfilesDialog

    store = ProfileStore(Settings.load(Path(tempfile.mkdtemp()) / "settings.json"))
    store.add(Profile(name="Sandbox", url=sandbox.url, user="6666"))
    dialog = ProfilesDialog(None, store, PasswordVault(), select="Sandbox")
    dialog.show()
    paths = []
    for name, password in (("profiles-test-ok", "1234"), ("profiles-test-wrong", "not-the-password")):
        dialog.password_edit.setText(password)
        dialog.test_button.click()
        await until(lambda: dialog.test_button.isEnabled() and not dialog._tasks)
        settle(app)
        path = OUT / f"{name}{suffix}.png"
        dialog.grab().save(str(path))
        paths.append(path)
    dialog.reject()
    return paths


async def batch_steps(app: Any, sandbox: Any, suffix: str) -> list[Path]:
    """File → Correct many leads from a file…, each step as a user reaches it."""
    import tempfile

    from leadeditor.app import open_main_window
    from leadeditor.editing.search import SearchScope

    saved: list[Path] = []
    folder = Path(tempfile.mkdtemp(prefix="leadeditor-shots-"))
    window = open_main_window(sandbox.url, "6666", "1234", sandbox=True, label="Sandbox")
    window.show()

    def shoot(name: str, widget: Any) -> None:
        settle(app)
        path = OUT / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        saved.append(path)

    text = (
        "Phone Number,City,Date of Birth,Notes\r\n"
        "3125550102,Springfield,,from QA\r\n"  # lead 3 alone: would update
        "3125550103,Peoria,,from QA\r\n"  # leads 4 and 5: several leads
        "3125550999,Nowhere,,from QA\r\n"  # no lead
        "3125550104,Naperville,,from QA\r\n"  # lead 6 holds it already
        "3125550100,,05/17/1980,from QA\r\n"  # a date the server would refuse: invalid
        "7185550200,Queens,,from QA\r\n"
        "4155550202,Palo Alto,,from QA\r\n"
        "4155550203,Berkeley,,from QA\r\n"
        "3035550204,Boulder,,from QA\r\n"
        "6175550302,Somerville,,from QA\r\n"
    )
    path = folder / "qa-corrections.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    batch = window.open_batch_window()
    batch.rate = 1.5  # slow on purpose: the progress is caught mid-way
    await batch.open_file(path)
    shoot("batch-01-file", batch)
    batch.nextButton.click()
    shoot("batch-02-mapping", batch)
    batch.nextButton.click()
    key = batch.keyPage
    key.scopeSelector.setCurrentIndex(key.scopeSelector.findData(SearchScope.LIST))
    key.scopeSelector.activated.emit(key.scopeSelector.currentIndex())
    shoot("batch-03-key-refused", batch)
    key.scopeSelector.setCurrentIndex(key.scopeSelector.findData(SearchScope.SYSTEM))
    key.scopeSelector.activated.emit(key.scopeSelector.currentIndex())
    shoot("batch-03-key", batch)
    batch.nextButton.click()
    await until(lambda: batch.pages.currentIndex() == 3 and not batch.running and batch.engine is not None)
    batch.reviewPage.rows.select_row(3)  # several leads: pick one by hand
    shoot("batch-04-dry-run", batch)
    rows = batch.reviewPage.rows
    rows.leadChoice.setCurrentIndex(rows.leadChoice.findData(4))
    rows.useLeadButton.click()
    await until(lambda: not batch.running and rows.current() is not None and rows.current().lead_id == 4)
    batch.reviewPage.rows.select_row(2)
    shoot("batch-04-dry-run-picked", batch)
    batch.nextButton.click()
    shoot("batch-05-confirm", batch)
    batch.runPage.applyButton.click()
    await until(lambda: batch.running and batch._done >= 1)
    batch.runPage.pauseButton.click()
    await until(lambda: batch.engine.controls.rows_in_progress == 0)
    shoot("batch-06-progress-paused", batch)
    batch.runPage.pauseButton.click()
    await until(lambda: not batch.running)
    await batch.export_to(folder / "qa-corrections-results.csv")
    batch.runPage.rows.select_row(2)
    shoot("batch-07-results", batch)
    batch.close()

    # a batch left unfinished (as after a kill): offered at the next start, beside the other leftovers
    more = folder / "postal-codes.csv"
    more.write_text("lead_id,postal_code\n7,60601\n8,60602\n9,60603\n", encoding="utf-8")
    second = window.open_batch_window()
    await second.open_file(more)
    second.nextButton.click()
    second.nextButton.click()
    second.nextButton.click()
    await until(lambda: second.pages.currentIndex() == 3 and not second.running and second.engine is not None)
    engine = second.engine
    engine.start([r for r in second.reviewPage.rows.model.results if r.record], source=more.name,
                 fields=second.fields)  # kept in the journal, never run: like a process killed at once
    second.close()
    await window._recover()
    await until(lambda: visible(window, "recoveryDialog"))
    shoot("batch-08-resume-offer", window.recoveryDialog)
    window.recoveryDialog.close()

    await window.show_journal()
    journal = window.writes().journal_window
    journal.refresh()
    journal.table.selectRow(0)  # the newest write: one of the first batch's, marked with its batch and row
    shoot("batch-09-journal-changes", journal)
    journal.tabs.setCurrentWidget(journal.batches)
    journal.batches.refresh()
    first_id = batch.batch_id
    journal.batches.select_batch(first_id)
    await until(lambda: len(journal.batches.rows.model.results) > 0)
    journal.batches.rows.select_row(2)
    shoot("batch-09-journal", journal)
    sandbox.set_lead_field(4, "city", "Joliet")  # a later edit: the undo keeps it
    journal.batches.undoButton.click()
    undo = window.batchWindow
    await until(lambda: undo.undo_of == first_id and not undo.running
                and len(undo.reviewPage.rows.model.results) > 0)
    undo.reviewPage.rows.select_row(3)
    shoot("batch-10-undo-dry-run", undo)
    undo.close()
    journal.close()
    window._close_confirmed = True
    window.close()
    return saved


def main() -> int:
    os.environ.setdefault("QT_API", "pyside6")
    only_form = "--form-only" in sys.argv
    only_batch = "--batch" in sys.argv
    suffix = os.environ.get("LEADEDITOR_SHOT_SUFFIX", "")
    OUT.mkdir(parents=True, exist_ok=True)
    import tempfile

    # settings of their own for each pass: every window opens as it does the first time (no geometry
    # remembered from the developer's own use, or from the pass at another scale)
    os.environ["LEADEDITOR_CONFIG_DIR"] = tempfile.mkdtemp(prefix="leadeditor-shots-")

    import qasync

    from leadeditor.app import application, open_main_window
    from leadeditor.sandbox import SandboxServer

    app = application(translate=True)
    sandbox = SandboxServer().start()
    sandbox.set_lead_field(1, "address2", "Apt 9")
    window = open_main_window(sandbox.url, "6666", "1234", sandbox=True, label="Sandbox")
    # the window's own size, clamped to the screen (ui/geometry.fit_on_screen), as a user first sees it
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            if only_batch:
                window._close_confirmed = True
                window.close()
                paths = loop.run_until_complete(batch_steps(app, sandbox, suffix))
            else:
                paths = loop.run_until_complete(scenario(app, window, sandbox, suffix, only_form))
            if not only_form and not only_batch and not ONLY_SEVERAL:
                paths += loop.run_until_complete(differences(app, sandbox))
                paths += loop.run_until_complete(profiles(app, sandbox, suffix))
                paths += loop.run_until_complete(batch_steps(app, sandbox, suffix))
    finally:
        sandbox.stop()
    for path in paths:
        print(path)
    if suffix or VARIANT:  # a variant (another language) renders at 100 % only
        return 0
    # every window again at 150 % and on a small screen, each in a fresh process
    flags = ["--several"] if ONLY_SEVERAL else ["--batch"] if only_batch else []
    big = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__, *flags]  # 150 %
    code = subprocess.call(big, env=dict(os.environ, QT_SCALE_FACTOR="1.5", LEADEDITOR_SHOT_SUFFIX="@150"))
    if only_batch:
        return code
    small = ["xvfb-run", "-a", "-s", "-screen 0 1024x700x24", sys.executable, __file__, *flags]
    return code or subprocess.call(small, env=dict(os.environ, LEADEDITOR_SHOT_SUFFIX="@1024x700"))


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # The images are written. Skip interpreter teardown: PySide's can crash at exit (a shiboken refcount
    # error during final garbage collection), which would turn a good run into a failed one.
    os._exit(code)
