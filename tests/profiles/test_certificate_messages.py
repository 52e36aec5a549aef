"""A certificate failure is named as one, with what to do, wherever it happens: at sign-in, in a search, at
saving, and when another error wraps it. Real HTTPS to the sandbox with private CAs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from leadeditor.sandbox import SandboxServer
from leadeditor.sandbox.faults import Fault
from leadeditor.ui.messages import describe_error
from leadeditor.vicidial import TlsError, UnknownOutcome, VicidialClient


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _certificate_box(qtbot: Any) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.windowTitle() == "Certificate problem" for b in _boxes()), timeout=30000)
    return next(b for b in _boxes() if b.windowTitle() == "Certificate problem")


def _close_boxes() -> None:
    for box in _boxes():
        box.close()


def _assert_says_what_to_do(text: str, server: SandboxServer) -> None:
    host = server.url.split("//", 1)[1].split("/", 1)[0]
    assert host in text and "certificate" in text and "CA certificate file" in text
    assert "Something went wrong" not in text and "TlsError" not in text and "1234" not in text


def test_an_untrusted_certificate_at_sign_in_is_named(
    qtbot: Any, qloop: Any, arun: Any, https_sandbox: Any
) -> None:
    from leadeditor.app import open_main_window

    window = open_main_window(https_sandbox.url, "6666", "1234", label="Sandbox")  # system CAs only
    qtbot.addWidget(window)
    assert arun(window.check_access()) is False
    box = _certificate_box(qtbot)
    _assert_says_what_to_do(box.text(), https_sandbox)
    assert "Certificate problem" in window.statusMessage.text()
    _close_boxes()


def test_a_certificate_that_changes_after_sign_in_is_named_at_search_and_save(
    qtbot: Any, qloop: Any, arun: Any, tls_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leadeditor.app import open_main_window
    from leadeditor.ui import tasks

    trusted_ca, cert, key = tls_factory(tmp_path / "trusted")
    _other_ca, other_cert, other_key = tls_factory(tmp_path / "other")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(trusted_ca))  # what the window's client trusts
    first = SandboxServer(certfile=str(cert), keyfile=str(key)).start()
    port = int(first.url.split(":")[2].split("/")[0])
    window = open_main_window(first.url, "6666", "1234", label="Sandbox")
    qtbot.addWidget(window)
    second: SandboxServer | None = None
    try:
        assert arun(window.check_access()) is True
        pane = window.searchPane
        pane.matchPhone.setChecked(True)
        pane.phoneInput.setText("3125550100")
        before = window.completed_searches
        pane.searchButton.click()
        qtbot.waitUntil(lambda: window.completed_searches > before and not window.busy, timeout=30000)
        window.results.select_lead(1)
        qtbot.waitUntil(
            lambda: window.form.lead is not None and window.form.lead.lead_id == 1 and not window.busy,
            timeout=30000,
        )
        # the server now presents a certificate from a CA this computer does not trust; the connection kept
        # alive to the old one breaks, so the client connects anew and meets the new certificate
        first.stop()
        first.inject(Fault.DROP_BEFORE_WRITE, count=100)
        second = SandboxServer(port=port, certfile=str(other_cert), keyfile=str(other_key)).start()
        pane.searchButton.click()  # the same search again
        _assert_says_what_to_do(_certificate_box(qtbot).text(), second)
        _close_boxes()
        qtbot.waitUntil(lambda: not window.busy, timeout=30000)
        window.findChild(QLineEdit, "field_last_name").setText("Jones")
        window.form.saveButton.click()
        qtbot.waitUntil(
            lambda: window.confirmDialog is not None and window.confirmDialog.isVisible(), timeout=5000
        )
        window.confirmDialog.saveButton.click()
        _assert_says_what_to_do(_certificate_box(qtbot).text(), second)
        qtbot.waitUntil(lambda: not window.busy, timeout=30000)
        assert second.lead(1)["last_name"] == first.lead(1)["last_name"] == "Smith"  # nothing was sent
        _close_boxes()
    finally:
        tasks.cancel_all()
        window._close_confirmed = True
        first.stop()
        if second is not None:
            second.stop()


def test_a_wrapped_certificate_failure_is_still_named(https_sandbox: Any) -> None:
    client = VicidialClient(https_sandbox.url, "6666", "1234", timeout=10)
    with pytest.raises(TlsError) as info:
        client.check_access()
    try:
        raise UnknownOutcome(lead_id=1) from info.value  # as a layer above might re-raise it
    except UnknownOutcome as wrapped:
        title, text = describe_error(wrapped)
    assert title == "Certificate problem"
    _assert_says_what_to_do(text, https_sandbox)
