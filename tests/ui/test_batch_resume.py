"""A batch killed mid-run (kill -9 of the engine's process) is offered at the next start beside the other
leftovers: Resume reads back the rows whose outcome is unknown, writes the rest, and no lead is written
twice; Review shows the rows so far; Discard stops the offer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from testkit.children import child_environment

from leadeditor.editing.batch.ledger import BatchLedger, BatchState
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.journal import Journal

ROWS = 40


def lead_writes(server: Any) -> list[str]:
    """The writes to a lead (the sign-in's permission check writes to none)."""
    return [e.params["lead_id"] for e in server.request_log.writes() if "lead_id" in e.params]


def _killed_batch(tmp_path: Path, server: Any, journal: Path) -> int:
    """`leadeditor batch --apply` on the journal, killed with SIGKILL after some of its writes."""
    path = tmp_path / "fixes.csv"
    path.write_text(
        "lead_id,city\n" + "".join(f"{1000 + i},Town{i}\n" for i in range(ROWS)), encoding="utf-8"
    )
    args = ["--url", server.url, "--user", "6666", "--password-stdin", "--journal", str(journal)]
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "leadeditor",
            "batch",
            str(path),
            *args,
            "--key",
            "lead_id",
            "--apply",
            "--rate",
            "40",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_environment(tmp_path / "home"),
        text=True,
    )
    try:
        assert child.stdin is not None
        child.stdin.write("1234\n")
        child.stdin.close()
        deadline = time.monotonic() + 60
        while len(lead_writes(server)) < 8 and time.monotonic() < deadline:
            assert child.poll() is None, "the batch ended before it was killed"
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    written = len(lead_writes(server))
    assert 8 <= written < ROWS
    return written


def _signed_in(qtbot: Any, arun: Any, server: Any, journal: Path) -> Any:
    from leadeditor.app import open_main_window

    window = open_main_window(server.url, "6666", "1234", label="Sandbox")
    qtbot.addWidget(window)
    window.journal_path = journal
    assert arun(window.check_access())
    qtbot.waitUntil(
        lambda: window.recoveryDialog is not None and window.recoveryDialog.isVisible(), timeout=30000
    )
    return window


def test_a_killed_batch_is_offered_and_resumed_without_writing_a_lead_twice(
    qtbot: Any, arun: Any, qloop: Any, sandbox_factory: Any, tmp_path: Path
) -> None:
    server = sandbox_factory(generate=60, latency_ms=25)
    journal = tmp_path / "journal.sqlite3"
    _killed_batch(tmp_path, server, journal)
    with Journal(journal) as j:
        (info,) = BatchLedger(j).batches(unfinished_only=True)

    window = _signed_in(qtbot, arun, server, journal)
    dialog = window.recoveryDialog
    line = dialog.lines[f"batch_{info.id}"].text()
    assert f"Batch {info.id} (fixes.csv) did not finish" in line and f"of {ROWS} rows done" in line
    resume = dialog.buttons[f"resumeBatch_{info.id}"]
    assert resume.text().replace("&", "") == f"Resume ({info.done} of {ROWS} done)"
    assert dialog.buttons[f"reviewBatch_{info.id}"].isEnabled()
    assert dialog.buttons[f"discardBatch_{info.id}"].isEnabled()

    resume.click()
    qtbot.waitUntil(
        lambda: window.batchWindow is not None and window.batchWindow.batch_id == info.id, timeout=30000
    )
    batch = window.batchWindow
    qtbot.waitUntil(lambda: not batch.running and batch.runPage.exportButton.isEnabled(), timeout=90000)
    written = lead_writes(server)
    assert len(written) == len(set(written))  # no lead written twice
    results = {r.lead_id: r.outcome for r in batch.runPage.rows.model.results}
    not_sent = {lead for lead, outcome in results.items() if outcome is Outcome.SKIPPED}
    assert {int(w) for w in written} | not_sent == {1000 + i for i in range(ROWS)}  # none lost
    assert len(not_sent) <= 2  # at most the row each worker had begun when it was killed
    assert not resume.isEnabled()
    with Journal(journal) as j:
        done = BatchLedger(j).get(info.id)
    assert done.state is BatchState.FINISHED and done.done == ROWS


def test_review_and_discard_of_an_unfinished_batch(
    qtbot: Any, arun: Any, qloop: Any, sandbox_factory: Any, tmp_path: Path
) -> None:
    server = sandbox_factory(generate=60, latency_ms=25)
    journal = tmp_path / "journal.sqlite3"
    sent = _killed_batch(tmp_path, server, journal)
    window = _signed_in(qtbot, arun, server, journal)
    dialog = window.recoveryDialog
    (batch_id,) = [int(name.split("_")[1]) for name in dialog.buttons if name.startswith("reviewBatch_")]
    dialog.buttons[f"reviewBatch_{batch_id}"].click()
    qtbot.waitUntil(
        lambda: window.batchWindow is not None and bool(window.batchWindow.runPage.rows.model.results),
        timeout=30000,
    )
    review = window.batchWindow.runPage.rows.model
    counts = review.counts()
    assert sum(counts.values()) == ROWS
    assert counts.get(Outcome.UPDATED, 0) + counts.get(Outcome.UNKNOWN, 0) >= sent - 2
    assert len(lead_writes(server)) == sent  # a review sends nothing
    dialog.buttons[f"discardBatch_{batch_id}"].click()
    assert "discarded" in dialog.lines[f"batch_{batch_id}"].text()
    with Journal(journal) as j:
        assert BatchLedger(j).get(batch_id).state is BatchState.DISCARDED
