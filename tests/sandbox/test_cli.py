"""``python -m leadeditor.sandbox``: the URL line, clean SIGTERM/Ctrl-C exit, --db persistence, --fault."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests


@contextmanager
def _sandbox(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "leadeditor.sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        yield proc, url
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


def _stop(proc: subprocess.Popen[str], sig: int = signal.SIGTERM) -> tuple[int, str]:
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=10)
    return proc.returncode, err


def test_first_line_is_the_url_and_sigterm_exits_0() -> None:
    with _sandbox() as (proc, url):
        assert url.startswith("http://127.0.0.1:") and url.endswith("/vicidial/non_agent_api.php")
        response = requests.post(
            url,
            data={
                "pass": "1234",
                "user": "6666",
                "source": "cli",
                "function": "lead_field_info",
                "lead_id": "3",
                "field_name": "last_name",
            },
            timeout=10,
        )
        assert response.content == "Muñoz".encode()
        code, err = _stop(proc)
    assert code == 0
    assert "lead_field_info" in err and "1234" not in err  # requests are logged, the password redacted


def test_ctrl_c_exits_0() -> None:
    with _sandbox("--quiet") as (proc, url):
        assert requests.get(url + "?function=version", timeout=10).status_code == 200
        code, _ = _stop(proc, signal.SIGINT)
    assert code == 0


def test_db_file_persists_between_runs(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.sqlite")
    with _sandbox("--quiet", "--db", db) as (proc, url):
        answer = requests.get(
            url + "?user=6666&pass=1234&source=cli&function=update_lead&lead_id=9&city=Kept", timeout=10
        )
        assert answer.content == b"SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|9|1|||\n"
        assert _stop(proc)[0] == 0
    with _sandbox("--quiet", "--db", db) as (proc, url):
        answer = requests.get(
            url + "?user=6666&pass=1234&source=cli&function=lead_field_info&lead_id=9&field_name=city",
            timeout=10,
        )
        assert answer.content == b"Kept"
        assert _stop(proc)[0] == 0


def test_fault_option_and_modes(tmp_path: Path) -> None:
    with _sandbox("--quiet", "--fault", "HTTP_503:1", "--php8-errors", "off", "--non-latin") as (proc, url):
        assert requests.get(url + "?function=version", timeout=10).status_code == 503
        answer = requests.get(
            url + "?user=6666&pass=1234&source=cli&function=lead_all_info&lead_id=2", timeout=10
        )
        assert answer.status_code == 200 and b"|O'Brien|" in answer.content  # PHP 8.0: api_log fails quietly
        assert _stop(proc)[0] == 0


def test_leads_option_replaces_the_sample(tmp_path: Path) -> None:
    leads = tmp_path / "leads.csv"
    leads.write_text(
        "lead_id,entry_date,status,list_id,phone_number,first_name,last_name\n"
        "500,2024-02-02 10:00:00,NEW,102,5105550100,Zed,Zulu\n",
        encoding="utf-8",
    )
    with _sandbox("--quiet", "--leads", str(leads)) as (proc, url):
        base = url + "?user=6666&pass=1234&source=cli&function=lead_field_info&field_name=last_name&lead_id="
        assert requests.get(base + "500", timeout=10).content == b"Zulu"
        assert (
            requests.get(base + "1", timeout=10).content == b"ERROR: lead_field_info LEAD NOT FOUND: 6666|1\n"
        )
        assert _stop(proc)[0] == 0
