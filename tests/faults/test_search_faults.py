"""Faults during a search, through the real window: the user reads a plain sentence, the pane stays usable,
and a search never writes (its check-first `update_lead` carries `no_update=Y`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fault_drive import PHONE, close_dialogs, search, seen
from fault_matrix import Observed, expect, record, resent_text

from leadeditor.sandbox import Fault, SandboxServer

Arm = Callable[[SandboxServer], None]


def everywhere(fault: Fault, seconds: float | None = None) -> Arm:
    return lambda s: s.inject(fault, count=100, seconds=seconds)


# (arm, a pattern the user must read, results expected: the three leads of the phone, or none)
CASES: dict[str, tuple[Arm, str, bool]] = {
    expect("search_latency", "search: 0.5 s latency on every request"): (
        everywhere(Fault.LATENCY, 0.5),
        r"^Search finished",
        True,
    ),
    expect("search_hang", "search: every request hangs past the read timeout"): (
        everywhere(Fault.HANG, 3.0),
        r"did not answer|timed out|not answer",
        False,
    ),
    expect("search_500", "search: HTML 500 page for every request"): (
        everywhere(Fault.HTTP_500),
        r"server",
        False,
    ),
    expect("search_502", "search: HTML 502 page for every request"): (
        everywhere(Fault.HTTP_502),
        r"server",
        False,
    ),
    expect("search_random", "search: random bytes for every answer"): (
        everywhere(Fault.RANDOM_BYTES),
        r"server",
        False,
    ),
    expect("search_empty", "search: empty body for every answer"): (
        everywhere(Fault.EMPTY_BEFORE_WRITE),
        r"server",
        False,
    ),
    expect("search_truncated", "search: truncated answers"): (
        everywhere(Fault.TRUNCATED_BODY),
        r"cut off",
        False,
    ),
    expect("search_php_warnings", "search: PHP 8 warnings before every answer"): (
        everywhere(Fault.PHP_WARNINGS),
        r"^Search finished",
        True,
    ),
    expect("search_refused", "search: connection refused (server down)"): (
        lambda s: s.stop(),
        r"connect|reach|answer",
        False,
    ),
    expect("search_lock_out", "search: user locked out"): (lambda s: s.lock_out("6666"), r"locked", False),
}


@pytest.mark.parametrize("case_id", list(CASES))
def test_a_fault_during_a_search(qtbot: Any, fault_window: Any, sandbox: SandboxServer, case_id: str) -> None:
    from fault_matrix import EXPECTED

    arm, pattern, finds = CASES[case_id]
    window = fault_window
    arm(sandbox)
    search(qtbot, window, PHONE)
    sees, writes = seen(window), len(sandbox.request_log.writes())
    if case_id == "search_random":  # the server's words are random bytes: the same row on every run
        sees = re.sub(r"The server said: “.*?”(?= // |$)", "The server said: “(random bytes)”", sees)
    found = sorted(c.lead_id for c in window.results.model.candidates())
    record(
        Observed(case_id, EXPECTED[case_id], "n/a", sees, "n/a (no edit)", resent_text(writes, saving=False))
    )
    close_dialogs()
    assert writes == 0
    assert re.search(pattern, sees, re.IGNORECASE), sees
    assert "Traceback" not in sees and "1234" not in sees
    assert found == ([4, 5] if finds else [])
    assert window.searchPane.searchButton.isEnabled()  # still usable
