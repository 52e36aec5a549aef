"""The keyring backend is named per operating system by the real start-up, never discovered; tests and an
administrator's PYTHON_KEYRING_BACKEND keep their own choice."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest
from testkit.keyrings import MemoryKeyring

from leadeditor import keyring_choice, secrets


@pytest.fixture
def fresh_choice(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """A keyring set by "someone else" (the root conftest's in-memory one) and a not-yet-applied choice."""
    monkeypatch.setattr(keyring_choice, "_state", {"requested": False, "applied": False})
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    return memory_keyring


@pytest.mark.parametrize(
    ("platform", "family", "first"),
    [
        ("linux", "linux", "keyring.backends.SecretService"),
        ("freebsd14", "linux", "keyring.backends.SecretService"),
        ("darwin", "darwin", "keyring.backends.macOS"),
        ("win32", "win32", "keyring.backends.Windows"),
    ],
)
def test_each_os_has_its_own_backend(platform: str, family: str, first: str) -> None:
    assert keyring_choice.family(platform) == family
    assert keyring_choice.backend_modules(platform)[0] == first


def test_linux_names_the_secret_service_even_when_it_is_not_running() -> None:
    backend = keyring_choice.explicit_backend("linux")
    # no session bus in this test process: still the Secret Service (whose calls then fail plainly),
    # never keyring's "fail" backend or a plaintext file
    assert type(backend).__module__ in ("keyring.backends.SecretService", "keyring.backends.kwallet")
    assert not secrets._refused(backend)


def test_without_the_start_up_request_the_keyring_set_by_others_stays(fresh_choice: MemoryKeyring) -> None:
    secrets.set_password("u@h", "pw-A")
    assert keyring.get_keyring() is fresh_choice
    assert fresh_choice.store == {(secrets.SERVICE, "u@h"): "pw-A"}


def test_the_start_up_request_names_the_os_backend_once(fresh_choice: MemoryKeyring) -> None:
    keyring_choice.request_explicit()
    keyring_choice.apply_once()
    chosen = keyring.get_keyring()
    assert chosen is not fresh_choice
    assert type(chosen).__module__ in keyring_choice.backend_modules()
    keyring.set_keyring(fresh_choice)
    keyring_choice.apply_once()  # applied already: a later set_keyring is not undone
    assert keyring.get_keyring() is fresh_choice


def test_python_keyring_backend_is_left_to_keyring(
    fresh_choice: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    keyring_choice.request_explicit()
    keyring_choice.apply_once()
    assert keyring.get_keyring() is fresh_choice
