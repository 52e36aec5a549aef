"""Fixtures for the profiles / keyring / sign-in tests (the keyring, the loop and the sandboxes come from the
root conftest)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from leadeditor.profiles import Profile, ProfileStore
from leadeditor.sandbox import SandboxServer
from leadeditor.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(tmp_path / "config" / "settings.json")


@pytest.fixture
def store(settings: Settings) -> ProfileStore:
    return ProfileStore(settings)


def _make_profile(url: str, *, name: str = "Sandbox", user: str = "6666", **kw: Any) -> Profile:
    kw.setdefault("connect_timeout", 2.0)
    kw.setdefault("read_timeout", 5.0)
    return Profile(name=name, url=url, user=user, **kw)


@pytest.fixture
def make_profile() -> Any:
    return _make_profile


@pytest.fixture
def secret(sandbox: SandboxServer) -> str:
    """A password distinctive enough to search for (the stock "1234" could be part of a port number): it
    becomes user 6666's password on the sandbox."""
    password = "Lq7vZ-Xn4_pW9tRk"
    world = sandbox._world  # the sandbox has no public way to change a password
    with world.lock:
        world.conn.execute("UPDATE vicidial_users SET pass=? WHERE user='6666'", (password,))
    return password
