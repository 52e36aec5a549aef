"""Hypothesis: the settings, journal and drafts readers take any bytes or any JSON without crashing."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadeditor import damaged_files
from leadeditor.editing.drafts import DraftKey, DraftStore
from leadeditor.editing.journal import Action, FieldRecord, JournalContext, Outcome, open_journal
from leadeditor.profiles import ProfileStore
from leadeditor.settings import Settings

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=30,
)
# shapes close to the real files, so the fuzzing reaches past the first type check
settings_like = st.fixed_dictionaries(
    {"version": json_values | st.integers(0, 2)},
    optional={
        "profiles": st.lists(
            json_values
            | st.dictionaries(
                st.sampled_from(
                    [
                        "name",
                        "url",
                        "user",
                        "source",
                        "read_timeout",
                        "verify_tls",
                        "non_latin",
                        "ca_bundle",
                        "remember_password",
                    ]
                ),
                json_values,
            ),
            max_size=4,
        ),
        "sign_in": st.dictionaries(
            st.text(max_size=5),
            json_values
            | st.dictionaries(
                st.sampled_from(["failures", "locked_until", "stored_password_rejected", "extra"]),
                json_values,
            ),
        ),
        "last_profile": json_values,
    },
)
drafts_like = st.fixed_dictionaries(
    {
        "version": json_values,
        "drafts": st.lists(
            json_values
            | st.dictionaries(
                st.sampled_from(["server", "api_user", "lead", "saved_at", "loaded", "edits"]), json_values
            ),
            max_size=5,
        ),
    }
)
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="le-fuzz-"))


@FUZZ
@given(
    st.binary(max_size=300)
    | json_values.map(lambda v: json.dumps(v).encode())
    | settings_like.map(lambda v: json.dumps(v).encode())
)
def test_settings_reader(content: bytes) -> None:
    path = _folder() / "settings.json"
    path.write_bytes(content)
    store = ProfileStore(Settings.load(path))
    for profile in store.all():
        profile.problems()
        store.sign_in_state(profile.name)
    store.settings.save()
    damaged_files.take_notices()


@FUZZ
@given(st.binary(max_size=300) | drafts_like.map(lambda v: json.dumps(v).encode()))
def test_drafts_reader(content: bytes) -> None:
    path = _folder() / "drafts.json"
    path.write_bytes(content)
    store = DraftStore(path)
    for draft in store.all():
        assert draft.edits and draft.key.lead_id > 0
    store.put(DraftKey("s", "u", 1), {}, {"city": "X"})
    damaged_files.take_notices()


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_journal_reader(content: bytes) -> None:
    path = _folder() / "journal.sqlite3"
    path.write_bytes(content)
    journal = open_journal(path)
    try:
        journal.query()
        if journal.problem is None:
            ctx = JournalContext("p", "http://h", "u", "pw")
            journal.record(ctx, 1, Action.UPDATE, [FieldRecord("city", "a", "b")], Outcome.SAVED)
            assert len(journal.query()) >= 1
    finally:
        journal.close()
    damaged_files.take_notices()
