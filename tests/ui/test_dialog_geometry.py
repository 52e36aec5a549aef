"""Every dialog comes back at the size and place the user left it, inside the screen it opens on."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import Lead
from leadeditor.editing.safety import detect_conflicts, resolve_unknown_outcome
from leadeditor.settings import Settings
from leadeditor.ui.geometry import RememberedDialog, available_area

LEAD = Lead(1, {"last_name": "Smith", "first_name": "John", "phone_number": "3125550100", "city": "Chicago"})


def _confirm() -> QDialog:
    from leadeditor.ui.confirm_dialog import ConfirmDialog

    changes = ChangeSet(LEAD)
    changes.set("last_name", "Smyth")
    changes.set("city", "Evanston")
    return ConfirmDialog(changes, server="sandbox")


def _conflict() -> QDialog:
    from leadeditor.ui.conflict_dialog import ConflictDialog

    conflicts = detect_conflicts({"last_name": "Smith"}, {"last_name": "Smith-Jones"}, {"last_name": "Smyth"})
    return ConflictDialog(1, conflicts)


def _outcome() -> QDialog:
    from leadeditor.ui.outcome_dialog import UnknownOutcomeDialog

    res = resolve_unknown_outcome({"last_name": "Smyth"}, {"last_name": "Smith"}, {"last_name": "Smyth"})
    return UnknownOutcomeDialog(1, res)


def _typed() -> QDialog:
    from leadeditor.ui.typed_confirm import TypedConfirmDialog

    return TypedConfirmDialog(1, "Delete lead 1", "gone", "Delete lead")


def _about() -> QDialog:
    from leadeditor.ui.about_dialog import AboutDialog

    return AboutDialog(None)


def _several_confirm() -> QDialog:
    from leadeditor.editing.multi_lead import LeadPreview
    from leadeditor.ui.several_confirm import SeveralConfirmDialog

    previews = []
    for lead_id in (1, 8):
        lead = Lead(lead_id, {"owner": "", "city": "Chicago"})
        changes = ChangeSet(lead)
        changes.set("owner", "TEAM-B")
        previews.append(LeadPreview(lead_id, lead, tuple(changes.rows())))
    return SeveralConfirmDialog(previews, server="sandbox")


def _multi_lead() -> QDialog:
    # built as write_actions builds the several-leads progress dialog: a RememberedDialog named per instance
    dialog = RememberedDialog()
    dialog.geometry_key = "multiLead"
    dialog.remember(QSize(760, 420))
    return dialog


DIALOGS: dict[str, Callable[[], QDialog]] = {
    "multiLead": _multi_lead,
    "severalConfirm": _several_confirm,
    "confirm": _confirm,
    "conflict": _conflict,
    "outcome": _outcome,
    "typedConfirm": _typed,
    "about": _about,
}


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_a_dialog_reopens_at_the_size_and_place_it_was_left(qtbot: Any, qloop: Any, key: str) -> None:
    first = DIALOGS[key]()
    qtbot.addWidget(first)
    assert isinstance(first, RememberedDialog) and first.geometry_key == key
    first.show()
    qtbot.waitUntil(first.isVisible)
    area = available_area(first)
    wanted_w = max(first.minimumSizeHint().width(), min(area.width() - 60, first.width() + 37))
    wanted_h = max(first.minimumSizeHint().height(), min(area.height() - 60, first.height() + 23))
    first.resize(wanted_w, wanted_h)
    first.move(area.left() + 11, area.top() + 13)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == (wanted_w, wanted_h))
    first.reject()  # Escape, Cancel and the close button all end here
    assert Settings.load().get("geometry")[key]["rect"] == [
        area.left() + 11,
        area.top() + 13,
        wanted_w,
        wanted_h,
    ]

    again = DIALOGS[key]()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (wanted_w, wanted_h)
    assert again.frameGeometry().topLeft() == first.frameGeometry().topLeft()
    again.reject()


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_a_dialog_left_larger_than_this_screen_is_clamped_to_it(qtbot: Any, qloop: Any, key: str) -> None:
    # as if it was left on a big monitor, and the app now runs on a laptop's smaller screen
    settings = Settings.load()
    settings.section("geometry")[key] = {"rect": [2400, 1500, 3000, 2000]}
    settings.save()
    dialog = DIALOGS[key]()
    qtbot.addWidget(dialog)
    area = available_area(dialog)
    assert area.contains(dialog.frameGeometry()), (area, dialog.frameGeometry())
    assert (dialog.width(), dialog.height()) == (area.width(), area.height())
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    assert QRect(area).contains(dialog.frameGeometry())
    dialog.reject()


def test_the_profiles_dialog_keeps_its_geometry_in_the_profile_store_settings(
    qtbot: Any, qloop: Any, tmp_path: Any
) -> None:
    from leadeditor.profiles import ProfileStore
    from leadeditor.secrets import PasswordVault
    from leadeditor.ui.profiles_dialog import ProfilesDialog

    store = ProfileStore(Settings.load(tmp_path / "settings.json"))
    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    area = available_area(dialog)
    dialog.resize(min(area.width(), 900), min(area.height(), 600))
    dialog.move(area.topLeft())
    size = (dialog.width(), dialog.height())
    dialog.reject()
    again = ProfilesDialog(None, ProfileStore(Settings.load(tmp_path / "settings.json")), PasswordVault())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size


_SMALL_SCREEN_PROBE = textwrap.dedent("""
    from leadeditor.app import application
    from leadeditor.editing.changes import ChangeSet
    from leadeditor.editing.lead import Lead
    from leadeditor.settings import Settings
    from leadeditor.ui.confirm_dialog import ConfirmDialog
    app = application()
    settings = Settings.load()
    settings.section("geometry")["confirm"] = {"rect": [500, 300, 1400, 900]}  # left on a big monitor
    settings.save()
    changes = ChangeSet(Lead(1, {"last_name": "Smith"}))
    changes.set("last_name", "Smyth")
    dialog = ConfirmDialog(changes)
    dialog.show()
    for _ in range(20):
        app.processEvents()
    area, frame = app.primaryScreen().availableGeometry(), dialog.frameGeometry()
    print("area", area.width(), area.height(), "frame", frame.x(), frame.y(), frame.width(), frame.height())
""")


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb")
def test_a_dialog_left_on_a_big_monitor_opens_inside_a_small_screen_under_xvfb(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=os.getcwd(), LEADEDITOR_CONFIG_DIR=str(tmp_path))
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1024x700x24", sys.executable, "-c", _SMALL_SCREEN_PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    words = done.stdout.split("area", 1)[1].split()
    aw, ah = int(words[0]), int(words[1])
    x, y, w, h = (int(v) for v in words[3:7])
    assert (aw, ah) == (1024, 700)
    assert x >= 0 and y >= 0 and x + w <= aw and y + h <= ah, (aw, ah, x, y, w, h)
