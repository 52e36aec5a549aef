"""`predict_stored` against what the sandbox really stores, for tricky values in every field and fuzzed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from testkit.sandboxes import SandboxFactory

from leadeditor.sandbox import SandboxServer
from leadeditor.vicidial import BLANK, Blank, VicidialClient
from leadeditor.vicidial.fields import FIELDS, predict_custom_stored, predict_stored, refusal
from leadeditor.vicidial.responses import decode_lenient

LEAD = 10  # no custom data, no apostrophes
TRICKY: list[str | Blank] = [
    "O'Neil",
    'Say"Hi"',
    "Smith&Wesson",
    "A+B",
    "No#One;x",
    "Renée Ölçer",
    "José中文",
    "e\u0301",
    "😀 ok",
    "x" * 300,
    "line1\nline2\r\nline3",
    "tab\there",
    "C:\\temp\\",
    "back\\nslash",
    "a|b,c",
    "  padded  ",
    "--BLANK--",
    "%41%",
    "<b>",
    "user@example.com",
    "a+b@x.com",
    "Illinois",
    "-12.345",
    "123",
    "99999999",
    "1980-02-29",
    "1981-02-29",
    "19800517",
    "Female",
    "m",
    "M",
    "F",
    "-5",
    "0",
    "nul\x00",
    "ÿ",
    "caf\udce9",
    "ab\\",
    "\\",
    "'",
    BLANK,
]
WRITABLE = [f for f in FIELDS if f.column not in ("phone_number", "list_id")]


def _stored(server: SandboxServer, column: str) -> str:
    lead = server.lead(LEAD)
    assert lead is not None
    return (lead[column] or "").replace("!N", "\n")


def _as_read(stored: str) -> str:
    """How the client shows a stored value: bytes that are not UTF-8 are decoded as cp1252."""
    return decode_lenient(stored.encode("utf-8", "surrogateescape"))


def _check(
    server: SandboxServer, client: VicidialClient, changes: dict[str, str | Blank], *, read_back: bool
) -> None:
    """Write every change in one request; each field must then hold exactly its prediction."""
    writable = {c: v for c, v in changes.items() if refusal(c, v) is None}
    for column in set(changes) - set(writable):
        # refused before sending: nothing reaches the server
        sent = len(server.request_log)
        with pytest.raises(ValueError):
            client.update(LEAD, {column: changes[column]})
        assert len(server.request_log) == sent
    if not writable:
        return
    before = {c: _stored(server, c) for c in writable}
    predicted = {c: predict_stored(c, v, non_latin=server.non_latin) for c, v in writable.items()}
    expected = {c: before[c] if predicted[c] is None else predicted[c] for c in writable}
    result = client.update(LEAD, writable)
    for column, value in writable.items():
        assert _stored(server, column) == expected[column], (column, value, server.non_latin)
    assert result.applied is any(p is not None for p in predicted.values()), writable
    if read_back and result.applied:
        lead = client.read_lead(LEAD, fallback=True)
        for column, value in writable.items():
            assert str(lead[column]) == _as_read(expected[column] or ""), (column, value)


def test_prediction_matches_what_every_field_stores_for_tricky_values(mode_sandbox: SandboxServer) -> None:
    client = VicidialClient(mode_sandbox.url, "6666", "1234")
    for value in TRICKY:
        _check(mode_sandbox, client, {spec.column: value for spec in WRITABLE}, read_back=True)


def test_custom_field_prediction_matches_what_is_stored(mode_sandbox: SandboxServer) -> None:
    client = VicidialClient(mode_sandbox.url, "6666", "1234")
    for value in TRICKY:
        if isinstance(value, str) and (len(value) > 100 or value == ""):
            continue  # the client cannot know a custom column's length
        if isinstance(value, str) and "\udce9" in value:
            with pytest.raises(ValueError):  # invalid UTF-8 is refused
                client.update(6, {"favorite_color": value}, custom_fields=True)
            continue
        client.update(6, {"favorite_color": value}, custom_fields=True)
        stored = mode_sandbox.custom_value(6, "favorite_color")
        assert stored == predict_custom_stored(value, non_latin=mode_sandbox.non_latin), value


def test_a_new_phone_number_is_stored_as_predicted(mode_sandbox: SandboxServer) -> None:
    client = VicidialClient(mode_sandbox.url, "6666", "1234")
    for typed in ("(312) 555-0177", "3125550178", "1" * 18):
        client.update(LEAD, {"phone_number": typed}, update_phone_number=True)
        assert _stored(mode_sandbox, "phone_number") == predict_stored(
            "phone_number", typed.replace("(", "").replace(")", "").replace(" ", "").replace("-", "")
        )


FUZZED = [
    "comments",
    "last_name",
    "email",
    "state",
    "address1",
    "vendor_lead_code",
    "title",
    "postal_code",
    "gender",
    "date_of_birth",
    "gmt_offset_now",
    "rank",
    "middle_initial",
    "alt_phone",
]
_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("aZ09 '\"&+#;,.:/@%_-|\\\n\r\téñß中😀\u0301!N"),
        st.characters(codec="utf-8"),
    ),
    min_size=1,
    max_size=40,
)


@pytest.mark.parametrize("non_latin", [False, True], ids=["latin", "nonlatin"])
def test_fuzzed_values_are_stored_as_predicted(sandbox_factory: SandboxFactory, non_latin: bool) -> None:
    server = sandbox_factory(non_latin=non_latin, php8_errors=True)
    client = VicidialClient(server.url, "6666", "1234")

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.dictionaries(st.sampled_from(FUZZED), _TEXT, min_size=1, max_size=4))
    def run(changes: dict[str, str]) -> None:
        _check(server, client, dict(changes), read_back=False)

    run()
