"""The glossary is what the windows say: VICIdial's terms in plain words in the reset confirmation, the
results, the profiles dialog, the value notes and Help → Words used here; every count through Qt's plural
forms (%n), never a number pasted before a plural noun."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit
from ui_helpers import search, select

from leadeditor.ui import glossary
from leadeditor.ui.results import COLUMN_INDEX

ROOT = Path(__file__).resolve().parents[2]
# a count pasted before a plural noun ("{0} leads") says "1 leads": such texts take %n
PASTED_COUNT = re.compile(
    r"\{[^{}]*\}\s+(leads|entries|fields|rows|changes|times|characters|digits|requests|minutes|seconds|"
    r"cells|columns|writes|matches|values)\b"
)


BOUND = re.compile(r"(\d|\})\s+to\s*$")  # "1 to {length} digits": the upper bound of a range
# a count that is a constant of the server: the lock-out lasts LOCK_MINUTES (15), never 1
CONSTANT_COUNTS = ("{m} minutes",)


def _tr_literals(path: Path) -> list[str]:
    return [
        node.args[0].value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


def _pasted(text: str) -> list[str]:
    """The counts pasted before a plural noun, leaving out bounds ("1 to {length} digits") and constants."""
    return [
        m.group(0)
        for m in PASTED_COUNT.finditer(text)
        if m.group(0) not in CONSTANT_COUNTS
        and ":." not in m.group(0)  # a rate ("{rate:.1f} rows a second") is no count: 1.0 rows is right
        and not BOUND.search(text[: m.start()])
    ]


def test_no_window_pastes_a_count_before_a_plural_noun() -> None:
    pasted = {
        f"{path.name}: {text}"
        for path in sorted((ROOT / "leadeditor" / "ui").glob("*.py"))
        for text in _tr_literals(path)
        if _pasted(text)
    }
    assert pasted == set()
    assert _pasted("Apply to {0} leads") and not _pasted("Apply to %n leads")  # the check can fail


def test_the_counts_go_through_qt_plural_forms(qapp: Any, tmp_path: Path) -> None:
    """A language with its own plural forms gets them: the glossary's counts are numerus messages."""
    ts = tmp_path / "plural.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name></name>"
        '<message numerus="yes"><source>%n leads</source><translation>'
        "<numerusform>%n lead (one)</numerusform><numerusform>%n leads (other)</numerusform>"
        "</translation></message>"
        '<message numerus="yes"><source>called %n times</source><translation>'
        "<numerusform>called %n time (one)</numerusform><numerusform>called %n times (other)</numerusform>"
        "</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "plural.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert glossary.leads(21) == "21 leads (other)"  # English: 21 is plural
        assert glossary.times_called(3) == "called 3 times (other)"
        assert glossary.leads(1) == "1 lead" and glossary.times_called("1") == "called once"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert glossary.times_called("0") == "never called" and glossary.times_called("") == "never called"


def test_the_reset_confirmation_says_what_a_reset_does(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 5)
    window._update_advanced()
    window.actionResetLead.trigger()
    qtbot.waitUntil(
        lambda: window.typedConfirmDialog is not None and window.typedConfirmDialog.isVisible(), timeout=10000
    )
    said = " ".join(label.text() for label in window.typedConfirmDialog.findChildren(QLabel))
    assert glossary.called_since_last_reset("N") in said
    assert "= N" not in said and "last reset =" not in said
    window.typedConfirmDialog.cancelButton.click()


def test_the_results_say_which_custom_fields_a_lead_has(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    model = window.results.model
    column = COLUMN_INDEX["entry_list_id"]
    from PySide6.QtCore import Qt

    assert model.headerData(column, Qt.Orientation.Horizontal) == "Custom fields"
    assert "custom fields" in model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    cells = {model.index(r, column).data() for r in range(model.rowCount())}
    assert "0" not in cells and glossary.no_entry_list() in cells, cells  # "entry list 0" is not shown


def test_a_dropped_accent_is_explained_in_plain_words(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    row = window.form.rows["last_name"]
    row.editor.widget.setText("Muñoz")
    qtbot.waitUntil(row.preview.isVisible, timeout=5000)
    assert "accents" in row.preview.text() and "non-latin mode" not in row.preview.text()


def test_the_profiles_dialog_says_what_source_and_the_non_latin_setting_are(qtbot: Any, qloop: Any) -> None:
    from leadeditor.profiles import ProfileStore
    from leadeditor.secrets import PasswordVault
    from leadeditor.settings import Settings
    from leadeditor.ui.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog(
        None, ProfileStore(Settings.load(Path("/nonexistent/settings.json"))), PasswordVault()
    )
    qtbot.addWidget(dialog)
    source = dialog.findChild(QLineEdit, "apiSource")
    assert glossary.source()[1:] in source.toolTip()  # (its first letter made a capital)
    assert glossary.non_latin_mode(False)[1:] in dialog.non_latin_combo.toolTip()


def test_help_has_the_words_used_here(qtbot: Any, window: Any) -> None:
    helps = [a.text() for a in window.findChild(type(window.advancedMenu), "helpMenu").actions()]
    assert "&Words used here" in helps
    window.actionGlossary.trigger()
    qtbot.waitUntil(lambda: window.glossaryDialog.isVisible(), timeout=5000)
    table = window.glossaryDialog.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown == dict(glossary.terms())
    assert glossary.source()[1:] in shown["Source"]
    assert glossary.called_since_last_reset("Y3") in shown["Called since last reset"]
    assert glossary.empty() in shown
    window.glossaryDialog.close()


def test_the_several_leads_summary_counts_each_outcome_with_its_plural(qtbot: Any) -> None:
    from leadeditor.ui.outcome_dialog import MultiLeadOutcomeWidget

    widget = MultiLeadOutcomeWidget()
    qtbot.addWidget(widget)
    widget.start([1, 2, 3, 4], "")
    for lead_id, outcome in ((1, "saved"), (2, "conflict"), (3, "conflict"), (4, "skipped")):
        widget.set_outcome(lead_id, outcome, "")
    widget.finish()
    assert widget.summary.text() == "Done. 2 conflicts, 1 saved, 1 skipped."  # not "2 conflict"
