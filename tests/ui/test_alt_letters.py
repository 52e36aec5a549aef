"""In English and in Spanish, no two items of one menu and no two controls of one window or dialog share an
Alt letter; the menus come in the usual order (File, Edit, View, ..., Help), each with its letter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMenu, QWidget
from testkit.alt_letters import count, letters, menu_clashes, menu_titles, window_clashes
from ui_helpers import search, select

from leadeditor.crash_log import CrashReport
from leadeditor.editing.safety import detect_conflicts
from leadeditor.editing.sign_in import SignInFlow
from leadeditor.profiles import Profile, ProfileStore
from leadeditor.secrets import PasswordVault
from leadeditor.settings import Settings


@pytest.fixture(autouse=True, params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """Every check in English, then in Spanish (its translation installed before any widget is built)."""
    if request.param == "en":
        yield "en"
        return
    translator = QTranslator()
    assert translator.load(str(request.getfixturevalue("built_qm") / "leadeditor_es.qm"))
    QCoreApplication.installTranslator(translator)
    yield "es"
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    profiles = ProfileStore(Settings.load(tmp_path / "config" / "settings.json"))
    profiles.add(Profile(name="Sandbox", url="https://dialer.example.com", user="6666"))
    return profiles


def _no_clash(widget: QWidget, at_least: int) -> None:
    assert count(widget) >= at_least, "the check found too few Alt letters to mean anything"
    assert window_clashes(widget) == {}
    assert menu_clashes(widget) == {}


def test_the_menus_come_in_the_usual_order_each_with_its_letter(window: Any, language: str) -> None:
    menus = [a.menu().objectName() for a in window.menuBar().actions()]
    assert menus == ["fileMenu", "editMenu", "viewMenu", "advancedMenu", "settingsMenu", "helpMenu"]
    assert all(len(letters(title)) == 1 for title in menu_titles(window)), menu_titles(window)
    if language == "en":
        assert menu_titles(window) == ["&File", "&Edit", "&View", "&Advanced", "Se&ttings", "&Help"]


def test_the_main_window_and_every_menu_with_a_lead_shown(
    qtbot: Any, window: Any, request: pytest.FixtureRequest, language: str
) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    _no_clash(window, 12)
    languages = window.findChild(QMenu, "languageMenu")
    assert languages is not None and len(languages.actions()) == 4


def test_the_confirm_dialog(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "3125550100")
    select(qtbot, window, 1)
    field = window.form.rows["last_name"].editor.widget
    field.setText("Smyth")
    window.actionSave.trigger()
    qtbot.waitUntil(
        lambda: window.confirmDialog is not None and window.confirmDialog.isVisible(), timeout=10000
    )
    _no_clash(window.confirmDialog, 0)
    window.confirmDialog.reject()  # (its buttons have no Alt letter: Enter and Esc answer it)


def test_the_profiles_dialog(
    qtbot: Any, qloop: Any, store: ProfileStore, request: pytest.FixtureRequest, language: str
) -> None:
    from leadeditor.ui.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    _no_clash(dialog, 12)  # "&Add"/"Server &address:", "API &user:"/"D&uplicate", "&Source:"/"&Save profile"


def test_the_sign_in_dialog(qtbot: Any, qloop: Any, store: ProfileStore) -> None:
    from leadeditor.ui.sign_in_dialog import SignInDialog

    dialog = SignInDialog(None, store, SignInFlow(store), PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    _no_clash(dialog, 4)


def test_the_journal_window(
    qtbot: Any, tmp_path: Path, request: pytest.FixtureRequest, language: str
) -> None:
    from leadeditor.editing.journal import Journal
    from leadeditor.ui.journal_window import JournalWindow

    with Journal(tmp_path / "j.sqlite3") as journal:
        journal_window = JournalWindow(journal)
        qtbot.addWidget(journal_window)
        _no_clash(journal_window, 6)


def test_the_add_lead_dialog(qtbot: Any) -> None:
    from leadeditor.ui.add_lead_dialog import AddLeadDialog

    dialog = AddLeadDialog("3125559999", "", None, lists=[101, 102])
    qtbot.addWidget(dialog)
    _no_clash(dialog, 3)


@pytest.mark.parametrize("name", ["conflict", "outcome", "crash", "about"])
def test_the_other_dialogs(qtbot: Any, window: Any, name: str) -> None:
    from leadeditor.ui.about_dialog import AboutDialog
    from leadeditor.ui.conflict_dialog import ConflictDialog
    from leadeditor.ui.crash_dialog import CrashDialog
    from leadeditor.ui.outcome_dialog import UnknownOutcomeDialog

    conflicts = detect_conflicts({"last_name": "Smith"}, {"last_name": "Smith-Jones"}, {"last_name": "Smyth"})
    build = {
        "conflict": lambda: ConflictDialog(14, conflicts),
        "outcome": lambda: UnknownOutcomeDialog(14),
        "crash": lambda: CrashDialog(CrashReport("ValueError: x", "details", None)),
        "about": lambda: AboutDialog(None),
    }
    dialog = build[name]()
    if dialog.parent() is None:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    _no_clash(dialog, 1)
    dialog.close()
