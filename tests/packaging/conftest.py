"""Fixtures for the packaging tests: a scratch HOME for child processes."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit.children import child_environment


@pytest.fixture
def child_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a child `leadeditor`: its own HOME and XDG folders, no session bus, no keyring
    override, offscreen Qt, this checkout first on the path."""
    home = tmp_path / "home"
    home.mkdir()
    return child_environment(home)
