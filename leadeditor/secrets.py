"""Passwords in the operating system's keyring, and nowhere else.

- Service name "Lead Editor"; user name `<api user>@<host[:port]>` (`Profile.keyring_account`).
- `keyring` is imported lazily, inside the calls, which run in a worker thread (`asyncio.to_thread`): its
  import and backend discovery (~150 ms) never touch start-up or the GUI thread.
- Every keyring failure becomes a `SecretStoreError` subclass with its `KeyringProblem` (`ui.texts` words
  it); the caller may then keep the password for this session only (`PasswordVault.keep_for_session`),
  in memory.
- The backend is named per OS at start-up (`keyring_choice`), never discovered in the real app.
- Never a file fallback: plaintext backends (keyrings.alt and friends), "fail" and "null" are refused.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import sys
import threading
from typing import Any, ClassVar

from leadeditor import APP_NAME

log = logging.getLogger(__name__)

SERVICE = APP_NAME  # "Lead Editor"


# -- typed errors ----------------------------------------------------------------------------------
class KeyringProblem(enum.Enum):
    """What went wrong with the keyring; `ui.texts.keyring_problem_text` words it."""

    FAILED = "failed"  # read or save failed, no more is known
    NO_KEYRING = "no_keyring"
    LOCKED = "locked"
    INIT_FAILED = "init_failed"  # the unlock prompt was dismissed, or the keyring service failed
    NOT_SAVED = "not_saved"
    NOT_DELETED = "not_deleted"
    PLAINTEXT_REFUSED = "plaintext_refused"  # the only keyring found keeps passwords in a plain file


class SecretStoreError(Exception):
    """A keyring problem: its `problem` (the UI words it) and `detail`; it never contains the password."""

    problem: ClassVar[KeyringProblem] = KeyringProblem.FAILED
    session_only_possible = True  # the UI may offer "use the password for this session only"

    def __init__(self, *, detail: str = "") -> None:
        self.detail = detail  # exception class names only, for the log
        super().__init__(f"keyring: {self.problem.value}" + (f" ({detail})" if detail else ""))


class NoKeyringAvailable(SecretStoreError):
    problem = KeyringProblem.NO_KEYRING


class KeyringLockedError(SecretStoreError):
    problem = KeyringProblem.LOCKED


class KeyringInitFailed(SecretStoreError):
    problem = KeyringProblem.INIT_FAILED


class PasswordNotSaved(SecretStoreError):
    problem = KeyringProblem.NOT_SAVED


class PasswordNotDeleted(SecretStoreError):
    problem = KeyringProblem.NOT_DELETED


class PlaintextKeyringRefused(NoKeyringAvailable):
    problem = KeyringProblem.PLAINTEXT_REFUSED


# -- friendly names --------------------------------------------------------------------------------
def expected_store_name(platform: str | None = None) -> str:
    """Where passwords will go on this operating system, without importing keyring (for dialogs at once)."""
    platform = platform or sys.platform
    if platform == "darwin":
        return "macOS Keychain"
    if platform.startswith("win"):
        return "Windows Credential Manager"
    return "the desktop keyring (GNOME Keyring or KWallet)"


def friendly_backend_name(backend: Any) -> str:
    """A plain name for a keyring backend object: GNOME Keyring, KWallet, macOS Keychain, Windows Credential
    Manager; the class name for anything else."""
    module = type(backend).__module__ or ""
    name = type(backend).__name__
    if "chainer" in module:
        inner = getattr(backend, "backends", [])
        return friendly_backend_name(inner[0]) if inner else "no keyring"
    if "SecretService" in module or "libsecret" in module:
        return "GNOME Keyring (Secret Service)"
    if "kwallet" in module.lower():
        return "KWallet"
    if "macOS" in module or "OS_X" in module:
        return "macOS Keychain"
    if "Windows" in module:
        return "Windows Credential Manager"
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return "no keyring"
    return name


def _refused(backend: Any) -> bool:
    """True for backends that are no real keyring: plaintext files (keyrings.alt), fail and null."""
    module = type(backend).__module__ or ""
    if "chainer" in module:
        inner = list(getattr(backend, "backends", []))
        return not inner or any(_refused(b) for b in inner)
    return module.startswith(("keyrings.alt", "keyring.backends.fail", "keyring.backends.null"))


# -- blocking calls (run them off the GUI thread) --------------------------------------------------
_lock = threading.Lock()  # keyring backends are not documented thread-safe; one call at a time


def _backend() -> Any:
    import keyring  # lazy: ~45 ms import and ~100 ms discovery stay off start-up

    from leadeditor.keyring_choice import apply_once

    try:
        apply_once()  # the backend named for this OS (keyring_choice.py), not discovered
    except ImportError as exc:
        raise NoKeyringAvailable(detail=f"{type(exc).__name__}") from None
    backend = keyring.get_keyring()
    if _refused(backend):
        name = type(backend).__module__
        if name.startswith("keyrings.alt"):
            raise PlaintextKeyringRefused(detail=name)
        raise NoKeyringAvailable(detail=name)
    return backend


def _translate(exc: BaseException) -> SecretStoreError:
    """Map keyring's exceptions to ours. Only class names go into `detail`: backend messages are not ours to
    vouch for."""
    from keyring import errors

    detail = f"{type(exc).__module__}.{type(exc).__name__}"
    if isinstance(exc, SecretStoreError):
        return exc
    if isinstance(exc, errors.NoKeyringError):
        return NoKeyringAvailable(detail=detail)
    if isinstance(exc, errors.KeyringLocked):
        return KeyringLockedError(detail=detail)
    if isinstance(exc, errors.InitError):
        return KeyringInitFailed(detail=detail)
    if isinstance(exc, errors.PasswordSetError):
        return PasswordNotSaved(detail=detail)
    if isinstance(exc, errors.PasswordDeleteError):
        return PasswordNotDeleted(detail=detail)
    return KeyringInitFailed(detail=detail)  # D-Bus errors and the like: the store did not work


def get_password(account: str) -> str | None:
    """The saved password of `account`, or None. Blocking."""
    with _lock:
        try:
            return _backend().get_password(SERVICE, account)
        except Exception as exc:
            err = _translate(exc)
            log.warning("keyring read failed: %s", err.detail)
            raise err from None


def set_password(account: str, password: str) -> None:
    """Save the password of `account`. Blocking."""
    with _lock:
        try:
            _backend().set_password(SERVICE, account, password)
        except Exception as exc:
            from keyring.errors import KeyringError

            err = _translate(exc)
            if not isinstance(exc, KeyringError | SecretStoreError):  # D-Bus and the like: not saved
                err = PasswordNotSaved(detail=err.detail)
            log.warning("keyring write failed: %s", err.detail)
            raise err from None


def delete_password(account: str) -> bool:
    """Remove the saved password of `account`. False when there was none. Blocking."""
    from keyring import errors

    with _lock:
        try:
            backend = _backend()
            if backend.get_password(SERVICE, account) is None:
                return False
            backend.delete_password(SERVICE, account)
            return True
        except errors.PasswordDeleteError:
            return False  # already gone
        except Exception as exc:
            err = _translate(exc)
            log.warning("keyring delete failed: %s", err.detail)
            raise err from None


def backend_name() -> str:
    """The friendly name of the keyring in use (blocking: it may discover the backend)."""
    with _lock:
        try:
            return friendly_backend_name(_backend())
        except SecretStoreError:
            return "no keyring"
        except Exception:
            return "no keyring"


# -- async front door ------------------------------------------------------------------------------
class PasswordVault:
    """Keyring plus an in-memory "this session only" store. Its coroutines run the keyring in a worker thread.

    The session store is a plain dict in this process: what the user chose when the keyring failed; it is
    forgotten at exit.
    """

    def __init__(self) -> None:
        self._session: dict[str, str] = {}

    def __repr__(self) -> str:  # never show the session passwords
        return f"<PasswordVault session_accounts={len(self._session)}>"

    def keep_for_session(self, account: str, password: str) -> None:
        self._session[account] = password

    def forget_session(self, account: str) -> None:
        self._session.pop(account, None)

    def session_password(self, account: str) -> str | None:
        return self._session.get(account)

    async def get(self, account: str) -> str | None:
        """The session password, else the keyring's. Raises SecretStoreError when the keyring fails."""
        if account in self._session:
            return self._session[account]
        return await asyncio.to_thread(get_password, account)

    async def store(self, account: str, password: str) -> None:
        """Save in the keyring. On failure the caller decides about `keep_for_session`."""
        await asyncio.to_thread(set_password, account, password)
        self._session.pop(account, None)

    async def delete(self, account: str) -> bool:
        self._session.pop(account, None)
        return await asyncio.to_thread(delete_password, account)

    async def backend_name(self) -> str:
        return await asyncio.to_thread(backend_name)
