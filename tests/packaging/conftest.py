"""Fixtures for the packaging tests: a scratch HOME for child processes, and "skip, but never in CI"."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def require(*tools: str) -> None:
    """Skip when a tool is missing, except with CI=true: CI must run every packaging check."""
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI must run this check: " + message)
    pytest.skip(message)


@pytest.fixture
def child_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a child `leadeditor`: its own HOME and XDG folders, no session bus, no keyring
    override, offscreen Qt, this checkout first on the path."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "LEADEDITOR_CONFIG_DIR")
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]),
    )
    return env
