"""Drafts: unsaved edits on disk, offered back after a restart; never the password; damage never fatal."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from leadeditor import damaged_files
from leadeditor.damaged_files import FileKind
from leadeditor.editing.drafts import MAX_DRAFTS, DraftKey, DraftStore
from leadeditor.vicidial.fields import BLANK

KEY = DraftKey("127.0.0.1:8080", "6666", 4)
PASSWORD = "Zq7-secret_Pw9"


def test_a_draft_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "drafts.json"
    store = DraftStore(path)
    store.put(KEY, {"last_name": "Smyth", "address2": "Apt 2"}, {"last_name": "Smith", "address2": BLANK})
    again = DraftStore(path)
    (draft,) = again.for_server("127.0.0.1:8080", "6666")
    assert draft.key == KEY
    assert draft.edits == {"last_name": "Smith", "address2": BLANK}
    assert draft.loaded == {"last_name": "Smyth", "address2": "Apt 2"}
    assert again.for_server("127.0.0.1:8080", "other") == []
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_saving_or_discarding_removes_the_draft(tmp_path: Path) -> None:
    path = tmp_path / "drafts.json"
    store = DraftStore(path)
    store.put(KEY, {}, {"last_name": "Smith"})
    store.put(KEY, {}, {})  # no edits left: nothing to keep
    assert DraftStore(path).all() == []
    store.put(KEY, {}, {"last_name": "Smith"})
    store.remove(KEY)
    assert DraftStore(path).all() == []


def test_no_password_ever_reaches_the_file(tmp_path: Path) -> None:
    path = tmp_path / "drafts.json"
    store = DraftStore(path, secrets=[PASSWORD])
    store.put(KEY, {"comments": f"pw {PASSWORD}"}, {"comments": f"call {PASSWORD}", "city": "Boston"})
    text = path.read_text()
    assert PASSWORD not in text
    assert DraftStore(path).get(KEY).edits == {"city": "Boston"}  # type: ignore[union-attr]


def test_the_oldest_drafts_beyond_the_limit_are_dropped(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts.json")
    for lead in range(1, MAX_DRAFTS + 6):
        store.put(DraftKey("s", "u", lead), {}, {"city": "X"})
    kept = DraftStore(tmp_path / "drafts.json").all()
    assert len(kept) == MAX_DRAFTS and kept[0].key.lead_id == 6


@pytest.mark.parametrize("content", [b"{", b"[]", b'{"drafts": 3}', b"\xff\xfe"], ids=str)
def test_a_damaged_drafts_file_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "drafts.json"
    path.write_bytes(content)
    store = DraftStore(path)
    assert store.all() == []
    (notice,) = damaged_files.take_notices()
    assert notice.kind is FileKind.DRAFTS and notice.moved_to is not None
    assert notice.moved_to.read_bytes() == content
    store.put(KEY, {}, {"city": "Boston"})
    assert [d.key for d in DraftStore(path).all()] == [KEY]


def test_entries_of_the_wrong_shape_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "drafts.json"
    good = {
        "server": "s",
        "api_user": "u",
        "lead": 7,
        "saved_at": "2026-12-01T10:00:00+00:00",
        "loaded": {},
        "edits": {"city": "Boston", "state": {"blank": True}, "bad": 5},
    }
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "drafts": [
                    good,
                    dict(good, lead="7"),
                    dict(good, lead=True),
                    dict(good, saved_at="yesterday"),
                    dict(good, edits={"x": 1}),
                    17,
                    None,
                ],
            }
        )
    )
    (draft,) = DraftStore(path).all()
    assert draft.edits == {"city": "Boston", "state": BLANK}
    assert not damaged_files.pending_notices()
