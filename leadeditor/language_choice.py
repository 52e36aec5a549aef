"""The user's language choice (Settings → Language), readable before the first paint.

The choice is stored as ``"language"`` in the one settings file (`leadeditor.settings`), but the window must
be translated before it is painted, when neither `leadeditor.settings` nor `platformdirs` may load (DESIGN.md,
"Start-up is a feature"). So this module finds the same file with the standard library only; a test checks
that it agrees with `settings.default_config_dir`. Any problem reading it means "follow the system".
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

SYSTEM = "system"
CHOICES = (SYSTEM, "en", "es", "pseudo")  # pseudo: the test locale (longer texts with accents)
KEY = "language"
ENV = "LEADEDITOR_LANGUAGE"
"""Overrides the saved choice for one run (tests, screenshots): one of CHOICES."""


def config_dir() -> Path:
    """Where `leadeditor.settings` keeps its file: $LEADEDITOR_CONFIG_DIR, else platformdirs' roaming
    user config folder for "leadeditor", computed the way platformdirs does it."""
    override = os.environ.get("LEADEDITOR_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "leadeditor"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "leadeditor"
    xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return Path(xdg or Path.home() / ".config") / "leadeditor"


def chosen() -> str:
    """The language to start in: $LEADEDITOR_LANGUAGE, else the saved choice, else "system"."""
    env = os.environ.get(ENV, "").strip().lower()
    if env in CHOICES:
        return env
    try:
        data = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return SYSTEM
    value = data.get(KEY) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in CHOICES else SYSTEM
