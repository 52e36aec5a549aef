"""The one redaction routine behind the client's errors, the journal and the log."""

from __future__ import annotations

from leadeditor.redaction import redact


def test_login_echo_is_scrubbed_even_when_the_line_is_cut_off() -> None:
    full = "ERROR: Login incorrect, please try again: |6666|Pw0rd|BAD|"
    assert redact(full) == "ERROR: Login incorrect, please try again: |6666|***|BAD|"
    assert (
        redact("ERROR: Login incorrect, please try again: |6666|Pw0rd")
        == "ERROR: Login incorrect, please try again: |6666|***"
    )


def test_form_fields_urls_and_secrets() -> None:
    assert redact("user=6666&pass=Pw0rd&function=version") == "user=6666&pass=***&function=version"
    assert redact("https://6666:Pw0rd@dialer.example.com/x") == "https://6666:***@dialer.example.com/x"
    # the longer secret goes whole even when a shorter one is inside it
    assert (
        redact("abc-secret and secret", ["secret", "abc-secret"], marker="[redacted]")
        == "[redacted] and [redacted]"
    )


def test_the_three_users_agree() -> None:
    from leadeditor.editing.journal import REDACTED as JOURNAL_MARK
    from leadeditor.editing.journal import _Redactor
    from leadeditor.logs import redact as log_redact
    from leadeditor.vicidial.errors import redact as error_redact

    cut = "ERROR: Login incorrect, please try again: |6666|Pw0rd"
    journal = _Redactor()
    assert "Pw0rd" not in error_redact(cut)
    assert "Pw0rd" not in log_redact(cut)
    assert journal.text(cut).endswith("|6666|" + JOURNAL_MARK)
