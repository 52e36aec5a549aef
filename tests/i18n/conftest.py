"""Translation tests: the .qm files are built once per session from resources/translations (as the build
does), into the package folder the app loads them from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_qm() -> Path:
    """The folder holding the freshly built .qm files."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build-translations")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return ROOT / "leadeditor" / "i18n"
