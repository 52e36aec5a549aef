"""`leadeditor --version`, refused option mixes, and `--demo --smoke-test` in a real process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from leadeditor import __version__
from leadeditor.__main__ import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"leadeditor {__version__}"


def test_demo_and_a_profile_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo", "--profile", "Production"]) == 2
    assert "either --demo or --profile" in capsys.readouterr().err


def test_smoke_test_without_demo_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--smoke-test"]) == 2


def test_demo_smoke_test_passes_offscreen() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    done = subprocess.run(
        [sys.executable, "-m", "leadeditor", "--demo", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=150,
    )
    assert done.returncode == 0, done.stderr
    assert "passed" in done.stdout
    assert "1234" not in done.stdout + done.stderr  # the demo password is never printed
