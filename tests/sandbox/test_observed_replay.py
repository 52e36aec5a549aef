"""Replay every exchange of observed.md (tests/fixtures/observed/observed.json) against a fresh sandbox.

Each section runs in order on its own sandbox in the section's mode; status and body must be identical byte
for byte (the clock fields of `version` aside), and the MySQL checks must hold."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import requests
from sandbox_clock import FakeClock

from leadeditor.sandbox import SandboxServer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "observed"
DATA = json.loads((FIXTURES / "observed.json").read_text("utf-8"))
_CLOCK_FIELDS = re.compile(rb"DATE: [0-9: -]+\|EPOCH: \d+\|DST: \d\|TZ: [-0-9.]+\|TZNOW: [-0-9.]+\|")


def _mask(body: bytes) -> bytes:
    return _CLOCK_FIELDS.sub(b"DATE: *|EPOCH: *|DST: *|TZ: *|TZNOW: *|", body)


def _send(srv: SandboxServer, step: dict[str, Any]) -> requests.Response:
    url = srv.url + ("?" + step["query"] if step["query"] else "")
    if step["form"]:
        return requests.request(
            step["method"], url, files=[(k, (None, v)) for k, v in step["form"]], timeout=10
        )
    headers = {"Content-Type": step["content_type"]} if step["content_type"] else {}
    data = step["body"].encode("utf-8") if step["body"] is not None else None
    return requests.request(step["method"], url, data=data, headers=headers, timeout=10)


def test_fixture_is_the_conversion_of_observed_md() -> None:
    """The JSON is exactly what convert.py makes of observed.md: no hand-tweaked expectation."""
    result = subprocess.run(
        [sys.executable, str(FIXTURES / "convert.py"), str(FIXTURES / "observed.md")],
        capture_output=True,
        check=True,
        text=True,
        encoding="utf-8",
    )
    assert json.loads(result.stdout) == DATA


def test_fixture_copy_of_observed_md_is_current() -> None:
    shared = Path("/work/shared/vicidial/observed.md")
    if not shared.exists():
        pytest.skip("no shared copy of observed.md on this machine")
    assert (FIXTURES / "observed.md").read_bytes() == shared.read_bytes()


@pytest.mark.parametrize("section", DATA["sections"], ids=[s["title"][:1] for s in DATA["sections"]])
def test_replay_section(section: dict[str, Any]) -> None:
    clock = FakeClock()
    srv = SandboxServer(clock=clock, **section["mode"])
    checked = 0
    with srv:
        for number, step in enumerate(section["steps"]):
            where = f"step {number} ({step.get('heading', '')}): {step.get('query') or step.get('column')}"
            kind = step["kind"]
            if kind == "mode":
                srv.non_latin = step["non_latin"]
            elif kind == "advance_clock":
                clock.advance(step["seconds"])
            elif kind == "http":
                clock.advance(1)
                response = _send(srv, step)
                if step.get("setup"):
                    continue
                assert response.status_code == step["expect_status"], where
                if "expect_body" in step:
                    assert _mask(response.content) == _mask(step["expect_body"].encode("utf-8")), where
                if "expect_body_bytes" in step:
                    # observed.md's "body_bytes" counts characters: "Renée" gives 120 where "Rene" gives 119.
                    assert len(response.content.decode("utf-8", "replace")) == step["expect_body_bytes"], (
                        where
                    )
                    column, value = step["expect_column"]
                    fields = response.content.decode("utf-8").split("|")
                    assert (fields[column - 1] if response.content else "") == value, where
                checked += 1
            elif kind == "db":
                stored = srv.lead(step["lead_id"])
                assert stored is not None, where
                value = stored[step["column"]]
                assert ("NULL" if value is None else value) == step["value"], where
                checked += 1
            elif kind == "hex":
                stored = srv.lead(step["lead_id"])
                assert stored is not None, where
                raw = (stored[step["column"]] or "").encode("utf-8", "surrogateescape")
                assert raw.hex().upper() == step["hex"], where
                assert raw.decode("utf-8", "replace") == step["value"], where
                checked += 1
            elif kind == "api_log":
                # the row of the last call; api_id depends on all earlier logging and is not compared
                last = srv.api_log()[-1]
                for row in step["rows"]:
                    for column, value in row.items():
                        if column != "api_id":
                            assert last[column] == value, where
                checked += 1
            else:
                raise AssertionError(f"unknown step kind {kind}")
    srv.close()
    assert checked > 0
