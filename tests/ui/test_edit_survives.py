"""Issue 11 through the main window: an unsaved edit survives every outcome that did not store it, and the
read-back, not an empty answer, decides what the user is told and what the journal records."""

from __future__ import annotations

import contextlib
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit
from test_safe_writes import _visible, confirm, edit_and_confirm, journal_entries, wait_idle
from testkit.local_http import serve_http
from ui_helpers import search, select

from leadeditor.editing.journal import Outcome
from leadeditor.sandbox import Fault
from leadeditor.ui.lead_form import EDIT_MARK


def _field(window: Any, name: str) -> QLineEdit:
    field = window.findChild(QLineEdit, f"field_{name}")
    assert field is not None
    return field


def _still_unsaved(window: Any, column: str, typed: str) -> None:
    """The form shows what the user typed, marked as an edit the server does not hold."""
    assert _field(window, column).text() == typed
    assert window.form.edit_count() == 1
    assert window.form.rows[column].label.text().startswith(EDIT_MARK)
    assert window.form.saveButton.isEnabled()


@pytest.mark.parametrize(
    "fault", [Fault.DROP_BEFORE_WRITE, Fault.HTTP_500, Fault.HTTP_502, Fault.HTTP_503, Fault.HANG]
)
def test_a_write_that_was_not_applied_keeps_the_edit_in_the_form(
    qtbot: Any, window: Any, sandbox: Any, arun: Any, fault: Fault
) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"last_name": "Johnston"})
    # a hang shorter than the client's timeout: the server closes the connection without applying
    sandbox.inject(fault, function="write", seconds=0.3 if fault is Fault.HANG else None)
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _visible(window, "outcomeDialog"), timeout=30000)
    assert "not applied" in window.outcomeDialog.headline.text()
    assert sandbox.lead(4)["last_name"] == "Johnson"
    _still_unsaved(window, "last_name", "Johnston")
    assert len(sandbox.request_log.writes()) == 1  # resolved by reading back, never re-sent
    assert journal_entries(window, arun)[0].outcome is Outcome.NOT_APPLIED


def test_a_refused_write_keeps_the_edit_in_the_form(qtbot: Any, window: Any, sandbox: Any) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"last_name": "Johnston"})
    # the permission is revoked after the form loaded: the write is refused
    sandbox._world.execute("UPDATE vicidial_users SET modify_leads = '0' WHERE user = '6666'")
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    _still_unsaved(window, "last_name", "Johnston")


def test_a_stored_write_clears_the_edit_marks(qtbot: Any, window: Any, sandbox: Any) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    edit_and_confirm(qtbot, window, {"last_name": "Johnston"})
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    assert sandbox.lead(4)["last_name"] == "Johnston"
    assert window.form.edit_count() == 0 and _field(window, "last_name").text() == "Johnston"


class _EmptyAnswerProxy(BaseHTTPRequestHandler):
    """Forwards every request to the sandbox; a real update_lead write is applied there, but its answer is
    replaced with an empty body (what a proxy or a PHP crash after the UPDATE can do)."""

    upstream: ClassVar[str] = ""
    swallow: ClassVar[bool] = False  # True: the write never reaches the sandbox; a success line answers

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        params = parse_qs(body.decode("utf-8", "replace"))
        writes = params.get("function") == ["update_lead"] and params.get("no_update") != ["Y"]
        if writes and self.swallow:
            lead = params.get("lead_id", ["0"])[0]
            self._answer(f"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|{lead}|1|||\n".encode())
            return
        request = urllib.request.Request(
            self.upstream + self.path,
            data=body,
            method="POST",
            headers={"Content-Type": self.headers.get("Content-Type", "")},
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            text = answer.read()
        self._answer(b"" if writes else text)

    def _answer(self, out: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def _empty_answers(sandbox: Any, *, swallow: bool = False) -> Iterator[str]:
    parts = urlsplit(sandbox.url)
    handler = type(
        "Proxy", (_EmptyAnswerProxy,), {"upstream": f"{parts.scheme}://{parts.netloc}", "swallow": swallow}
    )
    with serve_http(handler) as url:
        yield url + parts.path


def test_the_read_back_beats_an_empty_answer(qtbot: Any, qloop: Any, sandbox: Any, arun: Any) -> None:
    from leadeditor.app import open_main_window
    from leadeditor.ui import tasks

    with _empty_answers(sandbox) as url:
        window = open_main_window(url, "6666", "1234", sandbox=True, label="Sandbox")
        qtbot.addWidget(window)
        try:
            search(qtbot, window, "3125550103")
            select(qtbot, window, 4)
            edit_and_confirm(qtbot, window, {"last_name": "Johnston"})
            confirm(qtbot, window)
            wait_idle(qtbot, window)
            assert sandbox.lead(4)["last_name"] == "Johnston"  # the write landed
            status = window.statusMessage.text()
            assert "Saved lead 4" in status and "nothing was changed" not in status
            assert "empty" in status  # the user is told the answer said otherwise
            assert journal_entries(window, arun)[0].outcome is Outcome.SAVED
            assert window.form.edit_count() == 0
        finally:
            tasks.cancel_all()
            window._close_confirmed = True
            window.close()


def test_repeated_save_clicks_open_one_review_and_send_one_write(
    qtbot: Any, window: Any, sandbox: Any
) -> None:
    search(qtbot, window, "3125550103")
    select(qtbot, window, 4)
    _field(window, "city").setText("Evanston")
    for _ in range(3):
        window.form.saveButton.click()
    qtbot.waitUntil(lambda: _visible(window, "confirmDialog"), timeout=5000)
    qtbot.wait(200)
    reviews = [d for d in window.findChildren(QDialog, "confirmDialog") if d.isVisible()]
    assert len(reviews) == 1  # one review, not one per click
    confirm(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.wait(300)
    assert not _visible(window, "confirmDialog")
    assert len(sandbox.request_log.writes()) == 1 and sandbox.lead(4)["city"] == "Evanston"


def test_the_read_back_beats_an_answer_that_says_saved(
    qtbot: Any, qloop: Any, sandbox: Any, arun: Any
) -> None:
    from leadeditor.app import open_main_window
    from leadeditor.ui import tasks

    with _empty_answers(sandbox, swallow=True) as url:
        window = open_main_window(url, "6666", "1234", sandbox=True, label="Sandbox")
        qtbot.addWidget(window)
        try:
            search(qtbot, window, "3125550103")
            select(qtbot, window, 4)
            edit_and_confirm(qtbot, window, {"last_name": "Johnston"})
            confirm(qtbot, window)
            wait_idle(qtbot, window)
            assert sandbox.lead(4)["last_name"] == "Johnson"  # the write never landed
            status = window.statusMessage.text()
            assert "did not apply" in status and "reading the lead back shows it was not" in status
            assert journal_entries(window, arun)[0].outcome is Outcome.NOT_APPLIED
            _still_unsaved(window, "last_name", "Johnston")
        finally:
            tasks.cancel_all()
            window._close_confirmed = True
            window.close()
