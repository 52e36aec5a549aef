"""Child processes of the tests (the app, a keyring probe): a scratch home, and "skip, but never in CI"."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# What would let a child reach the developer's own desktop session, keyring or settings.
_DROPPED = (
    "DBUS_SESSION_BUS_ADDRESS",
    "PYTHON_KEYRING_BACKEND",
    "GNOME_KEYRING_CONTROL",
    "LEADEDITOR_CONFIG_DIR",
)


def require(*tools: str) -> None:
    """Skip when a tool is missing, except with CI=true: CI must run every check that needs it."""
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI must run this check: " + message)
    pytest.skip(message)


def child_environment(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process: `home` as HOME with the XDG folders in it, no session bus, no
    keyring or settings override, offscreen Qt, this checkout first on the path; `extra` on top."""
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]),
        **extra,
    )
    return env
