"""At the first edit, the modules of the first save, undo and journal load in a worker thread, never on the
GUI thread at the Save click; a window that only searches never loads them."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys, threading
from PySide6.QtWidgets import QApplication
from leadeditor.ui.preload import MODULES
from leadeditor.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(None, sandbox=True)
window.show()
app.processEvents()
early = [m for m in MODULES if m in sys.modules]
window.form.editsChanged.emit(0)  # edits undone: nothing to prepare
idle = [t.name for t in threading.enumerate() if t.name == "leadeditor-preload"]
window.form.editsChanged.emit(1)
worker = next(t for t in threading.enumerate() if t.name == "leadeditor-preload")
worker.join(60)
window.form.editsChanged.emit(2)  # once per process
again = [t for t in threading.enumerate() if t.name == "leadeditor-preload"]
print(early, idle, sorted(m for m in MODULES if m not in sys.modules), again)
sys.stdout.flush()
import os; os._exit(0)
"""


def test_the_first_edit_loads_what_save_needs_in_a_worker() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "[]", "[]", "[]"]
