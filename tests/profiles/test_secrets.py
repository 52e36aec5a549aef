"""The keyring layer with the in-memory backend and with backends that fail the way real ones do."""

from __future__ import annotations

from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest

from leadeditor import secrets
from leadeditor.secrets import (
    KeyringInitFailed,
    KeyringLockedError,
    NoKeyringAvailable,
    PasswordNotSaved,
    PasswordVault,
    PlaintextKeyringRefused,
    SecretStoreError,
)
from leadeditor.ui.texts import keyring_problem_text

PASSWORD = "Kx7-secret_pw"


def test_set_get_delete_under_service_and_account(memory_keyring: Any) -> None:
    secrets.set_password("6666@dialer.example.com", PASSWORD)
    assert memory_keyring.store == {("Lead Editor", "6666@dialer.example.com"): PASSWORD}
    assert secrets.get_password("6666@dialer.example.com") == PASSWORD
    assert secrets.get_password("6666@other.example.com") is None
    assert secrets.delete_password("6666@dialer.example.com") is True
    assert secrets.delete_password("6666@dialer.example.com") is False
    assert memory_keyring.store == {}


@pytest.mark.parametrize(
    ("exc", "read_error", "write_error"),
    [
        (keyring.errors.NoKeyringError("no backend"), NoKeyringAvailable, NoKeyringAvailable),
        (keyring.errors.KeyringLocked("locked"), KeyringLockedError, KeyringLockedError),
        (keyring.errors.InitError("Prompt dismissed"), KeyringInitFailed, KeyringInitFailed),
        (keyring.errors.PasswordSetError("refused"), PasswordNotSaved, PasswordNotSaved),
        (RuntimeError("dbus went away"), KeyringInitFailed, PasswordNotSaved),
    ],
)
def test_keyring_failures_become_plain_typed_errors(
    exc: Exception,
    read_error: type,
    write_error: type,
    caplog: pytest.LogCaptureFixture,
    failing_keyring: Any,
) -> None:
    failing_keyring(exc)
    with pytest.raises(read_error) as info:
        secrets.get_password("u@h")
    assert isinstance(info.value, SecretStoreError) and info.value.session_only_possible
    assert "keyring" in keyring_problem_text(info.value).lower()
    with pytest.raises(write_error) as info2:
        secrets.set_password("u@h", PASSWORD)
    assert PASSWORD not in str(info2.value) and PASSWORD not in caplog.text
    said, said2 = keyring_problem_text(info.value), keyring_problem_text(info2.value)
    assert "this session only" in said and "this session only" in said2
    assert PASSWORD not in said2


def _fake_backend(module: str) -> Any:
    cls = type(
        "Keyring",
        (keyring.backend.KeyringBackend,),
        {
            "priority": 1,
            "get_password": lambda self, s, u: "from-a-file",
            "set_password": lambda self, s, u, p: None,
            "delete_password": lambda self, s, u: None,
            "__module__": module,
        },
    )
    return cls()


@pytest.mark.parametrize("module", ["keyrings.alt.file", "keyring.backends.fail", "keyring.backends.null"])
def test_file_and_fail_backends_are_refused(module: str) -> None:
    keyring.set_keyring(_fake_backend(module))
    with pytest.raises(NoKeyringAvailable) as info:
        secrets.get_password("u@h")
    if module.startswith("keyrings.alt"):
        assert isinstance(info.value, PlaintextKeyringRefused)
    with pytest.raises(NoKeyringAvailable):
        secrets.set_password("u@h", PASSWORD)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("keyring.backends.SecretService", "GNOME Keyring (Secret Service)"),
        ("keyring.backends.kwallet", "KWallet"),
        ("keyring.backends.macOS", "macOS Keychain"),
        ("keyring.backends.Windows", "Windows Credential Manager"),
    ],
)
def test_friendly_backend_names(module: str, name: str) -> None:
    assert secrets.friendly_backend_name(_fake_backend(module)) == name


def test_expected_store_names_per_platform() -> None:
    assert secrets.expected_store_name("darwin") == "macOS Keychain"
    assert secrets.expected_store_name("win32") == "Windows Credential Manager"
    assert "GNOME Keyring" in secrets.expected_store_name("linux")


def test_vault_runs_off_thread_and_keeps_session_only_passwords(
    memory_keyring: Any, arun: Any, failing_keyring: Any
) -> None:
    import threading

    seen: list[str] = []
    original = memory_keyring.get_password

    def spy(service: str, username: str) -> str | None:
        seen.append(threading.current_thread().name)
        return original(service, username)

    memory_keyring.get_password = spy
    vault = PasswordVault()
    arun(vault.store("u@h", PASSWORD))
    assert arun(vault.get("u@h")) == PASSWORD
    assert seen and threading.main_thread().name not in seen  # the keyring never ran on the GUI thread

    failing_keyring(keyring.errors.PasswordSetError("no"))
    with pytest.raises(PasswordNotSaved):
        arun(vault.store("v@h", PASSWORD))
    vault.keep_for_session("v@h", PASSWORD)
    assert arun(vault.get("v@h")) == PASSWORD  # no keyring call needed
    assert PASSWORD not in repr(vault)
