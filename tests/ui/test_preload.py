"""Once signed in, the modules of the first save, undo and journal load in a worker thread, never on the
GUI thread at the first click; then start-up's objects are frozen (gc_policy)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import gc, sys, threading
from leadeditor.ui.preload import MODULES
assert not [m for m in MODULES if m in sys.modules], "already imported before the preload"
from leadeditor.app import settle_in_background
settle_in_background()
worker = next(t for t in threading.enumerate() if t.name == "leadeditor-preload")
worker.join(60)
print(sorted(m for m in MODULES if m not in sys.modules), gc.get_freeze_count() > 0)
"""


def test_the_first_save_undo_and_journal_modules_load_in_a_worker() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "True"]
