"""The one settings object of the whole app: a small JSON file in the user's configuration folder.

Why JSON and not QSettings: this module is read by Qt-free code (profiles, the sign-in flow) and by tests,
and a readable file is easy to support. Writes are atomic (temporary file, then rename) and private
(mode 0600).

Never a secret in it: `save()` refuses any key named like a password, so a mistake fails loudly instead of
writing a password to disk. Passwords live in the OS keyring (`leadeditor.secrets`).
"""

from __future__ import annotations

import copy
import json
import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from leadeditor.atomic_file import write_private_text
from leadeditor.damaged_files import FileKind, move_aside

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
CONFIG_DIR_ENV = "LEADEDITOR_CONFIG_DIR"
"""Overrides the configuration folder (portable installs, tests)."""

# Key names that must never reach the file, at any depth (exact names, so "remember_password" is allowed).
DEFAULT_SETTLE_SECONDS = 20.0
"""The default delay before a verified save is read once more (`writes.settle_seconds` in the file)."""

FORBIDDEN_KEYS = frozenset({"pass", "password", "passwd", "pwd", "secret", "api_password", "token"})


class SecretInSettingsError(ValueError):
    """Raised when code tries to store a secret-looking key in the settings."""


def default_config_dir() -> Path:
    """The user's configuration folder for the app (platformdirs), or $LEADEDITOR_CONFIG_DIR."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # small; imported here so tests can set the environment first

    return platformdirs.user_config_path("leadeditor", appauthor=False, roaming=True)


def _upgrade_0_to_1(data: dict[str, Any]) -> None:
    """Version 0 = a file without a version (early development builds): give it the version-1 sections."""
    data.setdefault("profiles", [])
    data.setdefault("last_profile", None)
    data.setdefault("sign_in", {})


# from-version -> hook that turns data of that version into the next one, in place.
UPGRADES: dict[int, Callable[[dict[str, Any]], None]] = {0: _upgrade_0_to_1}


Hook = Callable[[dict[str, Any]], None]


def schema_version(data: Mapping[str, Any]) -> int:
    """The file's schema version; ValueError when it is not a whole number >= 0 (a damaged file)."""
    version = data.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ValueError(f"version is {version!r}")
    return version


def upgrade(data: dict[str, Any], hooks: Mapping[int, Hook] | None = None) -> bool:
    """Run every hook from the data's version up to SCHEMA_VERSION. Returns True when something changed."""
    hooks = UPGRADES if hooks is None else hooks
    version = schema_version(data)
    changed = False
    while version < SCHEMA_VERSION:
        hooks[version](data)
        version += 1
        data["version"] = version
        changed = True
    return changed


def _check_no_secret(obj: Any, where: str = "") -> None:
    if isinstance(obj, dict):
        for key, value in obj.items():
            if str(key).lower() in FORBIDDEN_KEYS:
                raise SecretInSettingsError(f"refusing to store secret-like key {where}{key!r}")
            _check_no_secret(value, f"{where}{key}.")
    elif isinstance(obj, list | tuple):
        for item in obj:
            _check_no_secret(item, where)


def _strip_secrets(obj: Any) -> int:
    """Remove secret-like keys at any depth, in place (a hand-edited file); returns how many were removed."""
    removed = 0
    if isinstance(obj, dict):
        for key in [k for k in obj if str(k).lower() in FORBIDDEN_KEYS]:
            del obj[key]
            removed += 1
        for value in obj.values():
            removed += _strip_secrets(value)
    elif isinstance(obj, list):
        for item in obj:
            removed += _strip_secrets(item)
    return removed


class Settings:
    """Settings of the whole app. Use `Settings.load()`; sections are plain JSON values."""

    def __init__(self, path: Path, data: dict[str, Any] | None = None) -> None:
        self.path = path
        self.data: dict[str, Any] = data if data is not None else {}
        upgrade(self.data)
        # A file written by a newer Lead Editor is read but never overwritten, so a downgrade loses nothing.
        self.read_only = schema_version(self.data) > SCHEMA_VERSION

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or default_config_dir() / FILE_NAME
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as exc:
            # unreadable (permissions, a directory, bytes that are not UTF-8): keep it, start afresh
            move_aside(FileKind.SETTINGS, path, type(exc).__name__)
            return cls(path)
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            schema_version(data)
        except (ValueError, RecursionError) as exc:
            # Keep the damaged file for support, start afresh rather than refusing to start; the window
            # tells the user where the old file went (leadeditor.damaged_files).
            move_aside(FileKind.SETTINGS, path, str(exc)[:200])
            return cls(path)
        had = schema_version(data)
        stripped = _strip_secrets(data)
        settings = cls(path, data)
        if stripped and not settings.read_only:
            # a password written into the file by hand: it must not stay on disk
            log.warning("removed %d secret-like key(s) from the settings file", stripped)
            settings.save()
        if had < SCHEMA_VERSION and not settings.read_only:
            log.info("settings upgraded from version %d to %d", had, SCHEMA_VERSION)
            settings.save()
        return settings

    # -- access ------------------------------------------------------------------------------------
    def get(self, key: str, default: Any = None) -> Any:
        return copy.deepcopy(self.data.get(key, default))

    def set(self, key: str, value: Any) -> None:
        _check_no_secret({key: value})
        self.data[key] = copy.deepcopy(value)

    def section(self, key: str) -> dict[str, Any]:
        """A mutable dict stored under `key` (created when missing). Call `save()` after changing it."""
        value = self.data.get(key)
        if not isinstance(value, dict):
            value = {}
            self.data[key] = value
        return value

    def settle_seconds(self) -> float:
        """How long after a verified save the lead is read again to catch a lost update or a revert."""
        writes = self.data.get("writes")
        value = writes.get("settle_seconds", DEFAULT_SETTLE_SECONDS) if isinstance(writes, dict) else None
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 3600:
            return float(value)
        return DEFAULT_SETTLE_SECONDS

    # -- persistence -------------------------------------------------------------------------------
    def save(self) -> None:
        _check_no_secret(self.data)
        if self.read_only:
            log.warning("settings file %s comes from a newer version; not overwritten", self.path)
            return
        text = json.dumps(self.data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        write_private_text(self.path, text)
