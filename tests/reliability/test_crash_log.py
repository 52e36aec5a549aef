"""The crash report: scrubbed of every password the app holds, written to the log folder, bounded."""

from __future__ import annotations

import sys
from pathlib import Path

from leadeditor import logs
from leadeditor.crash_log import MAX_CRASH_LOGS, write_crash_report

PASSWORD = "Zq7-crash_Pw9"


def _fail_with_password() -> None:
    password = PASSWORD  # a frame variable: locals must never reach the report
    raise RuntimeError(f"server said: Login incorrect, please try again: |6666|{password}|BAD|")


def test_report_is_scrubbed_and_written(tmp_path: Path) -> None:
    logs.register_secret(PASSWORD)
    try:
        _fail_with_password()
    except RuntimeError:
        report = write_crash_report(*sys.exc_info(), where="saving lead 4", folder=tmp_path)  # type: ignore[misc]
    assert report.path is not None and report.path.parent == tmp_path
    written = report.path.read_text(encoding="utf-8")
    for text in (written, report.details, report.summary):
        assert PASSWORD not in text
    assert "RuntimeError" in report.summary and "saving lead 4" in written
    assert "_fail_with_password" in written  # the stack is there, so the report is useful
    assert "Lead Editor" in written.splitlines()[0]


def test_old_reports_are_removed(tmp_path: Path) -> None:
    for n in range(MAX_CRASH_LOGS + 5):
        try:
            raise ValueError(n)
        except ValueError:
            write_crash_report(*sys.exc_info(), folder=tmp_path)  # type: ignore[misc]
    assert len(list(tmp_path.glob("crash-*.log"))) == MAX_CRASH_LOGS


def test_an_unwritable_folder_still_gives_a_report(tmp_path: Path) -> None:
    blocker = tmp_path / "log"
    blocker.write_text("a file where the folder should be")
    try:
        raise KeyError("x")
    except KeyError:
        report = write_crash_report(*sys.exc_info(), folder=blocker)  # type: ignore[misc]
    assert report.path is None and "KeyError" in report.details
