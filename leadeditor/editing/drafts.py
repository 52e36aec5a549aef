"""Unsaved edits kept on disk, so a crash, a power cut or a killed process never loses a correction.

The form saves its edits here a moment after each change (`DraftStore.put`) and removes them once they are
saved or discarded (`remove`). At the next start the window offers every draft of the server it signed in to.

The file is small JSON in the user's data folder, written atomically (temporary file, fsync, rename; mode
0600). It holds lead values only: never the password (a value that contains a password the app holds is left
out, as the journal does). A file that cannot be read is moved aside (`leadeditor.damaged_files`) and a fresh
one started; an entry that does not have the expected shape is skipped, never fatal.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from leadeditor.atomic_file import write_private_text
from leadeditor.damaged_files import FileKind, move_aside
from leadeditor.vicidial.fields import BLANK, Blank

__all__ = ["DRAFTS_FILE", "MAX_DRAFTS", "Draft", "DraftKey", "DraftStore", "default_drafts_path"]

DRAFTS_FILE: Final = "drafts.json"
MAX_DRAFTS: Final = 200
"""Oldest drafts beyond this many are dropped: a draft is a safety net, not an archive."""
_VERSION: Final = 1
_BLANK_MARK: Final = {"blank": True}

Value = str | Blank


@dataclass(frozen=True)
class DraftKey:
    """Which lead on which server, as which API user (a draft is offered back only to the same)."""

    server: str
    user: str
    lead_id: int


@dataclass(frozen=True)
class Draft:
    key: DraftKey
    saved_at: datetime
    loaded: dict[str, str]
    """The values the form showed when editing began (to tell, on restore, whether the lead changed since)."""
    edits: dict[str, Value]
    """Field -> the value typed, or BLANK for "blank this field"."""


def default_drafts_path() -> Path:
    import platformdirs  # lazily: not needed to paint the first window

    return Path(platformdirs.user_data_path("leadeditor", appauthor=False)) / DRAFTS_FILE


def _encode(value: Value) -> Any:
    return dict(_BLANK_MARK) if isinstance(value, Blank) else value


def _decode(value: Any) -> Value | None:
    if isinstance(value, str):
        return value
    if value == _BLANK_MARK:
        return BLANK
    return None


def _text_map(raw: Any) -> dict[str, str] | None:
    if not isinstance(raw, dict):
        return None
    return {str(k): v for k, v in raw.items() if isinstance(v, str)}


def _draft_of(raw: Any) -> Draft | None:
    """One entry of the file, or None when it does not have the expected shape."""
    if not isinstance(raw, dict):
        return None
    server, user, lead_id = raw.get("server"), raw.get("api_user"), raw.get("lead")
    if not (isinstance(server, str) and isinstance(user, str) and type(lead_id) is int and lead_id > 0):
        return None
    try:
        saved_at = datetime.fromisoformat(str(raw.get("saved_at")))
    except ValueError:
        return None
    if saved_at.tzinfo is None:
        saved_at = saved_at.replace(tzinfo=UTC)
    loaded = _text_map(raw.get("loaded"))
    edits_raw = raw.get("edits")
    if loaded is None or not isinstance(edits_raw, dict):
        return None
    edits = {str(k): v for k, v in ((k, _decode(v)) for k, v in edits_raw.items()) if v is not None}
    if not edits:
        return None
    return Draft(DraftKey(server, user, lead_id), saved_at, loaded, edits)


class DraftStore:
    """The drafts file. Thread-safe; every change is written at once (drafts are small)."""

    def __init__(self, path: Path | None = None, *, secrets: Iterable[str] = ()) -> None:
        self.path = path or default_drafts_path()
        self._secrets = {s for s in secrets if s}
        self._lock = threading.Lock()
        self._drafts: dict[DraftKey, Draft] = {}
        self._read()

    def add_secret(self, secret: str) -> None:
        if secret:
            self._secrets.add(secret)

    # -- reading

    def _read(self) -> None:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            move_aside(FileKind.DRAFTS, self.path, type(exc).__name__)
            return
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            move_aside(FileKind.DRAFTS, self.path, str(exc)[:200])
            return
        entries = data.get("drafts") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            move_aside(FileKind.DRAFTS, self.path, "not a drafts file")
            return
        for entry in entries:
            draft = _draft_of(entry)
            if draft is not None:
                self._drafts[draft.key] = draft

    # -- access

    def all(self) -> list[Draft]:
        with self._lock:
            return sorted(self._drafts.values(), key=lambda d: d.saved_at)

    def for_server(self, server: str, user: str) -> list[Draft]:
        return [d for d in self.all() if d.key.server == server and d.key.user == user]

    def get(self, key: DraftKey) -> Draft | None:
        with self._lock:
            return self._drafts.get(key)

    def put(self, key: DraftKey, loaded: Mapping[str, str], edits: Mapping[str, Value]) -> Draft | None:
        """Keep these edits (replacing the lead's earlier draft); no edits left = the draft is removed.
        Values holding a password the app knows are never written."""
        clean = {k: v for k, v in edits.items() if not self._holds_secret(v)}
        if not clean:
            self.remove(key)
            return None
        draft = Draft(
            key,
            datetime.now(UTC),
            {k: v for k, v in loaded.items() if not self._holds_secret(v)},
            dict(clean),
        )
        with self._lock:
            self._drafts[key] = draft
            while len(self._drafts) > MAX_DRAFTS:
                oldest = min(self._drafts.values(), key=lambda d: d.saved_at)
                del self._drafts[oldest.key]
            self._write_locked()
        return draft

    def remove(self, key: DraftKey) -> None:
        with self._lock:
            if self._drafts.pop(key, None) is not None:
                self._write_locked()

    def _holds_secret(self, value: Value) -> bool:
        return isinstance(value, str) and any(s in value for s in self._secrets)

    # -- writing

    def _write_locked(self) -> None:
        entries = [
            {
                "server": d.key.server,
                "api_user": d.key.user,
                "lead": d.key.lead_id,
                "saved_at": d.saved_at.isoformat(),
                "loaded": d.loaded,
                "edits": {k: _encode(v) for k, v in d.edits.items()},
            }
            for d in sorted(self._drafts.values(), key=lambda d: d.saved_at)
        ]
        text = json.dumps({"version": _VERSION, "drafts": entries}, ensure_ascii=False, indent=1)
        write_private_text(self.path, text)
