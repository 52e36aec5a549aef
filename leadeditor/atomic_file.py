"""Writing a small private file so that a crash at any moment leaves either the old or the new file whole."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["write_private_text"]


def write_private_text(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically: a temporary file beside it, fsync, rename; mode 0600 and a
    0700 folder, because these files (settings, drafts) hold server addresses and lead values."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
