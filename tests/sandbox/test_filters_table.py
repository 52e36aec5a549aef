"""PROTOCOL.md §1.4: the "quick answers" table, sent through the sandbox and read back from its database."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from sandbox_http import get

from leadeditor.sandbox import SandboxServer
from leadeditor.vicidial.filters import apply_input_filter
from leadeditor.vicidial.storage import store

# column -> parameter used for it; table columns of the quick-answers table
FIELDS = ("last_name", "address1", "email", "comments", "title", "state", "postal_code")
K, R, S = "kept", "removed", "space"
# character: verdict per field, in FIELDS order (nl=0), straight from the table
TABLE = {
    "'": (K, K, K, K, K, R, K),
    '"': (R, R, R, R, R, R, R),
    "&": (R, R, R, K, R, R, R),
    "+": (S, S, S, S, R, R, S),
    "#": (R, R, R, R, R, R, R),
    ";": (R, R, R, R, R, R, R),
    ",": (R, R, R, K, R, R, R),
    ".": (K, K, K, K, K, R, R),
    "@": (R, K, K, K, R, R, R),
    ":": (R, K, K, K, R, R, R),
    "/": (R, K, K, K, R, R, R),
    "%": (R, R, K, K, R, R, R),
    "(": (R, R, R, K, R, R, R),
    "!": (R, R, R, K, R, R, R),
    "|": (R, R, R, K, R, R, R),
    "~": (R, R, R, K, R, R, R),
    "`": (R, R, R, K, R, R, R),
    "\t": (R, R, R, K, R, R, R),
    "é": (R, R, R, K, R, R, R),  # nl=0; with nl=1 every column keeps it
}
CASES = [
    (ch, field, verdict)
    for ch, verdicts in TABLE.items()
    for field, verdict in zip(FIELDS, verdicts, strict=True)
]


def _expected(field: str, ch: str, verdict: str, non_latin: bool) -> str:
    if ch == "é" and non_latin:
        verdict = K
    middle = {K: ch, R: "", S: " "}[verdict]
    return store(field, "A" + middle + "B", non_latin=non_latin)


@pytest.mark.parametrize(("ch", "field", "verdict"), CASES, ids=[f"{f}-{ord(c):x}" for c, f, _ in CASES])
def test_quick_answers_nl0(server: SandboxServer, ch: str, field: str, verdict: str) -> None:
    response = get(
        server,
        f"user=6666&pass=1234&source=test&function=update_lead&lead_id=13&{field}="
        + quote("A" + ch + "B", safe=""),
    )
    assert response.status_code in (200, 500)
    stored = server.lead(13)
    assert stored is not None
    assert stored[field] == _expected(field, ch, verdict, False)
    assert apply_input_filter(field, "A" + ch + "B") == {K: "A" + ch + "B", R: "AB", S: "A B"}[verdict]


@pytest.mark.parametrize("field", FIELDS)
def test_accented_letters_kept_with_non_latin(nl_server: SandboxServer, field: str) -> None:
    get(nl_server, f"user=6666&pass=1234&source=test&function=update_lead&lead_id=13&{field}=A%C3%A9B")
    stored = nl_server.lead(13)
    assert stored is not None
    assert stored[field] == store(field, "AéB", non_latin=True)


def test_invalid_utf8_wipes_a_letter_field_with_non_latin(nl_server: SandboxServer) -> None:
    response = get(
        nl_server, "user=6666&pass=1234&source=test&function=update_lead&lead_id=13&last_name=Ren%E9e"
    )
    assert response.status_code == 200
    assert response.content == b""  # the only field was lost, so nothing was left to update
    assert nl_server.lead(13)["last_name"] == "Blue"  # type: ignore[index]


def test_invalid_utf8_bytes_survive_in_comments(server: SandboxServer) -> None:
    get(server, "user=6666&pass=1234&source=test&function=update_lead&lead_id=13&comments=caf%E9")
    response = get(
        server, "user=6666&pass=1234&source=test&function=lead_field_info&lead_id=13&field_name=comments"
    )
    assert response.content == b"caf\xe9"


def test_newline_in_comments_is_stored_as_bang_n(server: SandboxServer) -> None:
    get(server, "user=6666&pass=1234&source=test&function=update_lead&lead_id=13&comments=a%0Ab%0D%0Ac")
    assert server.lead(13)["comments"] == "a!Nb\r!Nc"  # type: ignore[index]


def test_emoji_becomes_question_mark(server: SandboxServer, nl_server: SandboxServer) -> None:
    for srv, mark in ((server, "?"), (nl_server, "????")):
        get(srv, "user=6666&pass=1234&source=test&function=update_lead&lead_id=13&comments=hi%F0%9F%98%80")
        assert srv.lead(13)["comments"] == "hi" + mark  # type: ignore[index]


def test_backslash_escapes_in_comments(server: SandboxServer) -> None:
    get(server, "user=6666&pass=1234&source=test&function=update_lead&lead_id=13&comments=a%5C%5Cb%5Ctc")
    assert server.lead(13)["comments"] == "a\\b\tc"  # type: ignore[index]
