"""The app's log: a rotating file in the user's log folder, with every password redacted on the way out.

Redaction is a property of the handler, not the callers' care: each password the app holds in memory is
registered here (`register_secret`), and every record is scrubbed of it, of the server's login echo
(`Login incorrect ... |user|pass|BAD|`) and of `pass=` shapes before it is formatted into the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

from leadeditor.redaction import redact as redact_text

__all__ = ["REDACTED", "RedactingFilter", "log_path", "redact", "register_secret", "setup_logging"]

REDACTED = "***"

_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(secret: str) -> None:
    """Scrub this value from every log record from now on (passwords held in memory)."""
    if secret:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """`text` with every registered secret and every password shape replaced by ``***``."""
    with _lock:
        secrets = set(_secrets)
    return redact_text(text, secrets, marker=REDACTED)


class RedactingFilter(logging.Filter):
    """Formats the record's message (and traceback) now, redacted, so no handler sees the raw values."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        if record.stack_info:
            message += "\n" + record.stack_info
            record.stack_info = None
        record.msg = redact(message)
        record.args = None
        return True


def log_path() -> Path:
    """`leadeditor.log` in the user's log folder."""
    import platformdirs  # lazily: not needed to paint the first window

    return Path(platformdirs.user_log_path("leadeditor", appauthor=False)) / "leadeditor.log"


def setup_logging(path: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send the app's log to a rotating file (1 MB × 3); returns its path, or None when it cannot be opened.

    Also redacts what reaches the last-resort handler on stderr.
    """
    root = logging.getLogger()
    root.setLevel(level)
    target: Path | None = path or log_path()
    assert target is not None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only home must not stop the app: log to stderr, still redacted
        handler = logging.StreamHandler()
        target = None
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if getattr(h, "_leadeditor", False)]:
        root.removeHandler(old)
        old.close()
    handler._leadeditor = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if logging.lastResort is not None:
        logging.lastResort.addFilter(RedactingFilter())
    return target
