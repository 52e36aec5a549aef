"""The damaged-file tests: no notice left over from another test, before or after each one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from leadeditor import damaged_files


@pytest.fixture(autouse=True)
def no_leftover_notices() -> Iterator[None]:
    damaged_files.take_notices()
    yield
    damaged_files.take_notices()
