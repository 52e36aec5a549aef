"""Which keyring backend the app uses, named per operating system instead of discovered.

A frozen app discovers backends through package metadata that PyInstaller may not carry, and keyring then
falls back silently to its "fail" backend (or, with keyrings.alt around, to a plaintext file). So the app
names the backend itself: Secret Service on Linux (GNOME Keyring, KWallet 5.97+, KeePassXC...), KWallet's own
D-Bus interface when only that answers, the Keychain on macOS, the Credential Manager on Windows.

This module imports nothing heavy: `__main__` asks for the explicit choice (`request_explicit`) before the
first paint, and `secrets` applies it on the first keyring call, in a worker thread. Tests that never go
through `__main__` keep the keyring they set themselves.
"""

from __future__ import annotations

import os
import sys
from typing import Any

# (module, class) in order of preference for each platform family
BACKENDS: dict[str, tuple[tuple[str, str], ...]] = {
    "linux": (("keyring.backends.SecretService", "Keyring"), ("keyring.backends.kwallet", "DBusKeyring")),
    "darwin": (("keyring.backends.macOS", "Keyring"),),
    "win32": (("keyring.backends.Windows", "WinVaultKeyring"),),
}
ENV_OVERRIDE = "PYTHON_KEYRING_BACKEND"  # keyring's own variable: an administrator's explicit choice wins

_state = {"requested": False, "applied": False}


def family(platform: str | None = None) -> str:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    return "linux"  # the BSDs use the Secret Service too


def backend_modules(platform: str | None = None) -> list[str]:
    """The modules the chosen backends live in (PyInstaller must bundle them; the self-test imports them)."""
    return [module for module, _ in BACKENDS[family(platform)]]


def request_explicit() -> None:
    """Called by the real start-up: the first keyring call will name the backend instead of discovering it."""
    _state["requested"] = True


def requested() -> bool:
    return _state["requested"]


def explicit_backend(platform: str | None = None) -> Any:
    """An instance of the first backend of this platform that says it is usable, else the first one (whose
    calls then fail with a plain error: never a silent fallback to a fake backend)."""
    import importlib

    from keyring.errors import KeyringError

    candidates = []
    for module, name in BACKENDS[family(platform)]:
        try:
            cls = getattr(importlib.import_module(module), name)
        except ImportError:
            continue  # e.g. the Windows backend's pywin32 parts on another OS
        candidates.append(cls)
        try:
            if cls.priority > 0:  # keyring's viability check (D-Bus reachable, service present...)
                return cls()
        except (KeyringError, RuntimeError, OSError, ValueError, AttributeError):
            continue
    if not candidates:
        raise ImportError(f"no keyring backend module for {family(platform)}")
    return candidates[0]()


def apply_once() -> None:
    """Name the backend on the first keyring call after `request_explicit` (blocking: run it off the GUI
    thread). PYTHON_KEYRING_BACKEND, when set, is keyring's own choice and is left to keyring."""
    if not _state["requested"] or _state["applied"]:
        return
    _state["applied"] = True
    if os.environ.get(ENV_OVERRIDE):
        return
    import keyring

    keyring.set_keyring(explicit_backend())
