"""The app's own files that cannot be read are moved aside, never deleted, and never allowed to stop the app.

The settings file, the change journal and the drafts file are each opened by Qt-free code long before a window
can say anything. When one of them is damaged, that code calls `move_aside`: the file is renamed with a
timestamp beside the original (kept for support and for a manual rescue), a fresh one is started, and a
`MovedAside` notice is queued. The window takes the queued notices after it has painted (`take_notices`) and
tells the user, in plain words, where the old file is and what was kept or lost.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

__all__ = ["FileKind", "MovedAside", "move_aside", "pending_notices", "take_notices"]

log = logging.getLogger(__name__)


class FileKind(StrEnum):
    SETTINGS = "settings"
    JOURNAL = "journal"
    DRAFTS = "drafts"


@dataclass(frozen=True)
class MovedAside:
    """A damaged file the app set aside. `moved_to` is None when even the rename failed (the file stays)."""

    kind: FileKind
    original: Path
    moved_to: Path | None
    detail: str
    """What the reader said (for the log and the "details" of the notice); never user data or a secret."""


_lock = threading.Lock()
_notices: list[MovedAside] = []


def move_aside(kind: FileKind, path: Path, detail: str, *, companions: tuple[str, ...] = ()) -> MovedAside:
    """Rename `path` to `<name>.broken-<YYYYmmdd-HHMMSS>` (plus each companion suffix, e.g. SQLite's `-wal`),
    queue a notice and return it. Never raises: a file that cannot be moved is reported as such."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    moved: Path | None = target
    try:
        path.replace(target)
    except FileNotFoundError:
        moved = None
    except OSError as exc:
        log.warning("could not move the damaged %s file %s aside: %s", kind, path, exc)
        moved = None
    if moved is not None:
        for suffix in companions:
            extra = path.with_name(path.name + suffix)
            with contextlib.suppress(OSError):
                if extra.exists():
                    extra.replace(target.with_name(target.name + suffix))
    notice = MovedAside(kind, path, moved, detail)
    log.warning("the %s file %s could not be read (%s); moved to %s", kind, path, detail, moved)
    with _lock:
        _notices.append(notice)
    return notice


def take_notices() -> list[MovedAside]:
    """The notices queued since the last call (the window shows each once)."""
    with _lock:
        taken = list(_notices)
        _notices.clear()
    return taken


def pending_notices() -> list[MovedAside]:
    """The queued notices, without taking them (diagnostics and tests)."""
    with _lock:
        return list(_notices)
