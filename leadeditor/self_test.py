"""`leadeditor --self-test`: is everything the app needs really there? Run from source or from the bundle.

PyInstaller only sees imports at module level; the app imports much of itself and its libraries lazily
(DESIGN.md, "Start-up is a feature"), so a module the bundle missed would fail in a user's hands. Here every
lazily imported module is imported, the window is opened offscreen, the keyring backend is named and tried
with a throw-away secret, and the sandbox is started and stopped. Prints one line per check; exit 0 or 1.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

# Every module imported inside a function somewhere in leadeditor/ (tests/test_self_test.py keeps this list
# complete by reading the sources), plus what libraries load on their own at run time.
LAZY_MODULES: tuple[str, ...] = (
    "asyncio",
    "os",
    "pathlib",
    "tempfile",
    "time",
    "urllib.parse",
    "sqlite3",
    "ssl",
    "csv",
    "json",
    "importlib",
    "secrets",
    "platform",
    "http.server",
    "platformdirs",
    "qasync",
    "requests",
    "keyring",
    "keyring.errors",
    "openpyxl",  # batch files: workbooks (with defusedxml, which openpyxl finds on its own)
    # ... and the read-only sheet's size read only up to its data (editing/batch/xlsx.py)
    "openpyxl.worksheet._read_only",
    "openpyxl.worksheet._reader",
    "openpyxl.worksheet.dimensions",
    "openpyxl.xml.functions",
    "defusedxml",
    "charset_normalizer",  # batch files: the encoding of a non-UTF-8 text file
    "unicodedata",  # the confirm dialog's suggested fix ("José" -> "Jose")
    "phonenumbers",  # the time zones of a new phone number (its GMT offset)
    "phonenumbers.timezone",
    "keyring.backend",
    "PySide6",
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtSvg",
    # the batch problems' sentences (`ui/texts.py`) load the batch modules that define them
    "leadeditor.editing.batch.errors",
    "leadeditor.editing.batch.mapping",
    "leadeditor.editing.batch.plan",
    "leadeditor.editing.batch.table",
    "concurrent.futures",  # the app's worker threads (app._event_loop)
    "gc",
    "re",
    "weakref",
)
PACKAGES = (
    "leadeditor",
    "leadeditor.ui",
    "leadeditor.editing",
    "leadeditor.editing.batch",  # the batch engine: `leadeditor batch` imports it inside functions
    "leadeditor.vicidial",
    "leadeditor.sandbox",
)
PROBE_ACCOUNT = "self-test@leadeditor.invalid"  # a made-up account; removed again at once


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def _modules() -> list[str]:
    """The app's own modules (walked from the bundle or the source tree) and the lazy ones."""
    from leadeditor.keyring_choice import backend_modules

    names: list[str] = []
    for package in PACKAGES:
        names.append(package)
        module = importlib.import_module(package)
        names += [info.name for info in pkgutil.iter_modules(module.__path__, package + ".")]
    if sys.platform.startswith("linux"):
        names += ["secretstorage", "jeepney"]  # the Secret Service backend's D-Bus client
    elif sys.platform.startswith("win"):
        names += ["win32ctypes.pywin32.win32cred"]  # the Credential Manager backend's calls
    return list(dict.fromkeys([*names, *LAZY_MODULES, *backend_modules()]))


def check_imports() -> Check:
    missing = []
    names = _modules()
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # ImportError, or a module that fails while loading: both are "missing"
            missing.append(f"{name} ({type(exc).__name__}: {exc})")
    if missing:
        return Check("imports", False, "cannot import " + "; ".join(missing))
    return Check("imports", True, f"{len(names)} modules")


def check_window() -> Check:
    """The real main window, built completely and painted (offscreen unless a platform was asked for)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from leadeditor.app import application
    from leadeditor.ui.main_window import MainWindow

    app = application()
    window = MainWindow(None, sandbox=True, deferred=True)
    window.show()
    app.processEvents()
    window.finish_building()
    app.processEvents()
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QPushButton

    visible = window.isVisible() and window.findChild(QPushButton, "searchButton") is not None

    platform = app.platformName()
    window.close()
    window.deleteLater()
    app.processEvents()
    return Check("window", visible, f"opened on the '{platform}' platform, Qt {qVersion()}")


def check_keyring() -> Check:
    """The backend that will be used, and whether it stores, returns and deletes a throw-away secret.

    A backend module missing from the bundle fails; a keyring daemon that is not running on this computer
    does not (the app then asks for the password each session, and says why)."""
    import secrets as random_secrets

    from leadeditor import secrets
    from leadeditor.keyring_choice import explicit_backend, request_explicit

    request_explicit()
    if not os.environ.get("PYTHON_KEYRING_BACKEND"):
        explicit_backend()  # ImportError here: the bundle lacks the backend for this OS
    name = secrets.backend_name()
    probe = "self-test-" + random_secrets.token_hex(8)  # random, so no real password is ever used here
    try:
        secrets.set_password(PROBE_ACCOUNT, probe)
        same = secrets.get_password(PROBE_ACCOUNT) == probe
        secrets.delete_password(PROBE_ACCOUNT)
    except secrets.SecretStoreError as exc:
        if exc.detail.startswith("builtins."):  # a Python error, not the keyring's answer: a bug
            return Check("keyring", False, f"{name}: {exc.detail}")
        why = exc.detail or str(exc)
        return Check("keyring", True, f"{name}: cannot store a secret on this computer now ({why})")
    if not same:
        return Check("keyring", False, f"{name}: the secret read back differs from the one stored")
    return Check("keyring", True, f"{name}: stores a secret and reads it back")


def check_keyring_sign_in() -> Check:
    """`--keyring-sign-in`: the sandbox password goes into the keyring, comes back out through the app's
    vault and signs in to the sandbox; then it is removed. Fails when the keyring cannot do it."""
    import asyncio

    from leadeditor.editing.sign_in import default_client_factory
    from leadeditor.keyring_choice import request_explicit
    from leadeditor.profiles import Profile
    from leadeditor.sandbox import SandboxServer
    from leadeditor.secrets import PasswordVault, backend_name

    request_explicit()
    server = SandboxServer().start()
    try:
        profile = Profile(name="Sandbox", url=server.url, user="6666")
        vault = PasswordVault()

        async def round_trip() -> str | None:
            await vault.store(profile.keyring_account, "1234")  # the sandbox's published demo login
            return await vault.get(profile.keyring_account)

        password = asyncio.run(round_trip())
        if password is None:
            return Check("keyring sign-in", False, "the keyring returned no password")
        default_client_factory(profile, password).check_access()
        asyncio.run(vault.delete(profile.keyring_account))
    finally:
        server.stop()
    return Check("keyring sign-in", True, f"{backend_name()}: stored, read back, signed in to the sandbox")


def check_sandbox() -> Check:
    """Start the built-in sandbox, ask it for its version over HTTP, stop it."""
    from leadeditor.sandbox import SandboxServer
    from leadeditor.vicidial import VicidialClient

    server = SandboxServer().start()
    try:
        client = VicidialClient(server.url, "6666", "1234")  # the sandbox's published demo login
        version = client.version()
    finally:
        server.stop()
    return Check("sandbox", True, f"started on {server.url}, answered version {version.version}, stopped")


CHECKS: tuple[Callable[[], Check], ...] = (check_imports, check_window, check_keyring, check_sandbox)


def run(out: Callable[[str], object] = sys.stdout.write, *, keyring_sign_in: bool = False) -> int:
    """Run every check (one failing does not hide the others); 0 when all passed."""
    from leadeditor import __version__

    frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
    out(f"Lead Editor {__version__}{frozen} self-test\n")
    failed = 0
    for check in (*CHECKS, check_keyring_sign_in) if keyring_sign_in else CHECKS:
        started = time.monotonic()
        try:
            result = check()
        except Exception as exc:
            result = Check(check.__name__.removeprefix("check_"), False, f"{type(exc).__name__}: {exc}")
        failed += not result.ok
        took = time.monotonic() - started
        out(f"{'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail} ({took:.1f} s)\n")
    out("self-test passed\n" if not failed else f"self-test failed: {failed} check(s)\n")
    return 1 if failed else 0
