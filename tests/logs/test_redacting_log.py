"""The app's log file never holds a password, whatever is logged and however."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from leadeditor.logs import redact, register_secret, setup_logging


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_registered_secrets_login_echo_and_pass_params_are_scrubbed(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "leadeditor.log")
    assert path == tmp_path / "leadeditor.log"
    register_secret("Sup3rSecretPw")
    log = logging.getLogger("leadeditor.test")
    log.warning("answer: %s", "ERROR: Login incorrect, please try again: |6666|Sup3rSecretPw|BAD|")
    log.info("sent user=6666&pass=other-secret&function=version")
    try:
        raise RuntimeError("boom with Sup3rSecretPw inside")
    except RuntimeError:
        log.exception("failed for %s", "Sup3rSecretPw")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "Sup3rSecretPw" not in text
    assert "other-secret" not in text
    assert text.count("***") >= 4
    assert "RuntimeError" in text  # the traceback is kept, only the secret is gone


def test_the_client_registers_its_password(tmp_path: Path) -> None:
    from leadeditor.vicidial import VicidialClient

    VicidialClient("http://127.0.0.1:9", "6666", "ClientPw-0042")
    assert redact("the value ClientPw-0042 leaked") == "the value *** leaked"
