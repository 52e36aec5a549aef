"""`leadeditor batch` against the sandbox: exit codes, the results file and its errors-only file, the
password only on standard input and in no output, a kill -9 mid-batch then resume (the sandbox's request log
shows no lead written twice and every row accounted for), and the batch undo that keeps a later edit."""

from __future__ import annotations

import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from batch_kit import write_csv
from testkit.children import REPO

from leadeditor.batch_cli import main
from leadeditor.editing.batch.ledger import BatchLedger
from leadeditor.editing.journal import Journal

PASSWORD = "1234"


def run(args: list[str], capsys: pytest.CaptureFixture[str], password: str = PASSWORD) -> tuple[int, str]:
    code = main(args, stdin=io.StringIO(password + "\n"))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def connection(server, journal: Path) -> list[str]:
    return ["--url", server.url, "--user", "6666", "--password-stdin", "--journal", str(journal)]


def read_results(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_dry_run_exits_1_when_a_row_has_a_problem_and_writes_the_results(tmp_path, sandbox, capsys):
    path = write_csv(tmp_path, "lead_id,city,comments\n3,Springfield,=cmd()\n999999,Nowhere,\n")
    results = tmp_path / "out.csv"
    code, output = run(
        [
            str(path),
            *connection(sandbox, tmp_path / "j.sqlite3"),
            "--key",
            "lead_id",
            "--dry-run",
            "--results",
            str(results),
        ],
        capsys,
    )
    assert code == 1
    rows = read_results(results)
    assert [(r["row"], r["outcome"]) for r in rows] == [("2", "would_update"), ("3", "not_found")]
    assert rows[0]["city:before"] == "Evanston" and rows[0]["city:after"] == "Springfield"
    assert rows[0]["comments:after"] == "'=cmd()"  # never run as a formula
    errors = read_results(tmp_path / "out-errors.csv")
    assert [r["row"] for r in errors] == ["3"]
    assert sandbox.request_log.writes() == [] and sandbox.lead(3)["city"] == "Evanston"
    assert "not_found: rows 3" in output
    assert PASSWORD not in output and PASSWORD not in results.read_text(encoding="utf-8-sig")


def test_an_apply_exits_0_when_every_row_is_updated_or_unchanged(tmp_path, sandbox, capsys):
    path = write_csv(tmp_path, "lead_id,city\n3,Springfield\n6,Naperville\n")
    code, output = run(
        [str(path), *connection(sandbox, tmp_path / "j.sqlite3"), "--key", "lead_id", "--apply"], capsys
    )
    assert code == 0, output
    rows = read_results(tmp_path / "fixes-results.csv")
    assert sorted((r["row"], r["outcome"]) for r in rows) == [("2", "updated"), ("3", "unchanged")]
    assert [e.params["lead_id"] for e in sandbox.request_log.writes()] == ["3"]
    assert sandbox.lead(3)["city"] == "Springfield"


@pytest.mark.parametrize(
    "args",
    [
        ["--key", "lead_id", "--dry-run"],  # no server
        ["--url", "http://127.0.0.1:9", "--user", "6666", "--key", "lead_id", "--dry-run"],  # no stdin flag
        ["--url", "http://127.0.0.1:9", "--user", "6666", "--password-stdin", "--key", "lead_id"],  # no mode
        ["--url", "http://127.0.0.1:9", "--user", "6666", "--password-stdin", "--dry-run"],  # no key
        [
            "--url",
            "http://127.0.0.1:9",
            "--user",
            "6666",
            "--password",
            "1234",
            "--key",
            "lead_id",
            "--apply",
        ],
    ],
)
def test_usage_errors_exit_2(tmp_path, capsys, args):
    path = write_csv(tmp_path, "lead_id,city\n3,Springfield\n")
    code, _ = run([str(path), *args], capsys)
    assert code == 2


def test_file_and_mapping_problems_exit_2_and_send_nothing(tmp_path, sandbox, capsys):
    link = connection(sandbox, tmp_path / "j.sqlite3")
    code, output = run([str(tmp_path / "missing.csv"), *link, "--key", "lead_id", "--apply"], capsys)
    assert code == 2 and "does not exist" in output
    path = write_csv(tmp_path, "lead_id,city\n3,Springfield\n")
    code, output = run([str(path), *link, "--key", "phone_number", "--apply"], capsys)
    assert code == 2 and "match key" in output
    code, output = run([str(path), *link, "--key", "lead_id", "--scope", "list", "--apply"], capsys)
    assert code == 2
    assert len(sandbox.request_log) == 0


def test_a_wrong_password_stops_at_once_and_is_never_printed(tmp_path, sandbox, capsys):
    secret = "s3cr3t-Pw"
    path = write_csv(tmp_path, "lead_id,city\n" + "".join(f"{i},Town\n" for i in range(1, 12)))
    results = tmp_path / "out.csv"
    code, output = run(
        [
            str(path),
            *connection(sandbox, tmp_path / "j.sqlite3"),
            "--key",
            "lead_id",
            "--apply",
            "--results",
            str(results),
        ],
        capsys,
        password=secret,
    )
    assert code == 1
    assert len(sandbox.request_log) <= 2  # the first refusal stops every worker
    rows = read_results(results)
    assert {r["outcome"] for r in rows} <= {"failed", "skipped"}
    for text in (output, results.read_text(encoding="utf-8-sig"), (tmp_path / "out-errors.csv").read_text()):
        assert secret not in text


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "leadeditor", "batch", *args]


def test_kill_9_mid_batch_then_resume(tmp_path, sandbox_factory, capsys):
    server = sandbox_factory(generate=80, latency_ms=25)
    journal = tmp_path / "j.sqlite3"
    rows = 60
    path = write_csv(tmp_path, "lead_id,city\n" + "".join(f"{1000 + i},Town{i}\n" for i in range(rows)))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        _cli(str(path), *connection(server, journal), "--key", "lead_id", "--apply", "--rate", "40"),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert child.stdin is not None
    child.stdin.write(PASSWORD + "\n")
    child.stdin.close()
    deadline = time.monotonic() + 60
    while len(server.request_log.writes()) < 15 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    before = len(server.request_log.writes())
    assert 15 <= before < rows

    code, output = run(
        ["--resume", *connection(server, journal), "--results", str(tmp_path / "r.csv")], capsys
    )
    assert code in (0, 1), output
    written = [e.params["lead_id"] for e in server.request_log.writes()]
    assert len(written) == len(set(written))  # no lead written twice
    resumed = read_results(tmp_path / "r.csv")
    not_sent = {r["lead_id"] for r in resumed if r["outcome"] == "skipped"}
    assert set(written) | not_sent == {str(1000 + i) for i in range(rows)}  # every row accounted for
    assert len(not_sent) <= 2  # at most the row each worker had begun when it was killed
    with Journal(journal) as j:
        (info,) = BatchLedger(j).batches()
        assert info.done == rows and not info.unfinished
    for i in range(rows):
        if str(1000 + i) not in not_sent:
            assert server.lead(1000 + i)["city"] == f"Town{i}"


def test_an_unfinished_batch_is_offered_before_a_new_apply(tmp_path, sandbox, capsys):
    journal = tmp_path / "j.sqlite3"
    path = write_csv(tmp_path, "lead_id,city\n3,Springfield\n")
    with Journal(journal) as j:
        from leadeditor.editing.batch.ledger import BatchKind, RowPlanRecord
        from leadeditor.editing.journal import JournalContext

        BatchLedger(j).create(
            JournalContext("", sandbox.url, "6666"),
            BatchKind.APPLY,
            [(2, 3, RowPlanRecord({}, {}))],
            source="old.csv",
        )
    code, output = run([str(path), *connection(sandbox, journal), "--key", "lead_id", "--apply"], capsys)
    assert code == 2 and "Resume it with --resume 1" in output and "0 of 1 done" in output
    assert sandbox.request_log.writes() == []
    code, _ = run(["--discard", "1", *connection(sandbox, journal)], capsys)
    assert code == 0
    code, output = run([str(path), *connection(sandbox, journal), "--key", "lead_id", "--apply"], capsys)
    assert code == 0, output


def test_batch_undo_keeps_a_later_edit(tmp_path, sandbox, capsys):
    journal = tmp_path / "j.sqlite3"
    link = connection(sandbox, journal)
    path = write_csv(tmp_path, "lead_id,city,comments\n3,Springfield,fixed\n6,Joliet,\n")
    assert run([str(path), *link, "--key", "lead_id", "--apply"], capsys)[0] == 0
    assert (sandbox.lead(3)["city"], sandbox.lead(6)["city"]) == ("Springfield", "Joliet")
    sandbox.set_lead_field(3, "city", "Rockford")  # a person corrects it again, by hand
    mark = len(sandbox.request_log)
    code, output = run(["--undo", "1", *link, "--dry-run", "--results", str(tmp_path / "u.csv")], capsys)
    assert code == 0, output
    assert [e for e in sandbox.request_log.since(mark) if e.is_write] == []
    dry = {r["lead_id"]: r for r in read_results(tmp_path / "u.csv")}
    assert dry["3"]["outcome"] == "would_update" and "city" in dry["3"]["message"]
    assert dry["3"]["comments:after"] == "first lead" or dry["3"]["comments:before"] == "fixed"
    code, output = run(["--undo", "1", *link, "--apply", "--results", str(tmp_path / "u2.csv")], capsys)
    assert code == 0, output
    assert sandbox.lead(3)["city"] == "Rockford"  # the later edit survives
    assert sandbox.lead(3)["comments"] != "fixed"  # the batch's own change is put back
    assert sandbox.lead(6)["city"] == "Naperville"
    with Journal(journal) as j:
        undo = BatchLedger(j).get(2)
        assert undo.undo_of == 1 and undo.done == 2
        assert {e.action.value for e in j.query() if e.batch_id == 2} == {"undo"}


def test_a_profile_takes_its_password_from_the_keyring(tmp_path, sandbox, capsys):
    from leadeditor.profiles import Profile, ProfileStore
    from leadeditor.secrets import set_password
    from leadeditor.settings import Settings

    profile = Profile(name="Dialer", url=sandbox.url, user="6666")
    ProfileStore(Settings.load()).add(profile)
    path = write_csv(tmp_path, "lead_id,city\n3,Springfield\n")
    args = [
        str(path),
        "--profile",
        "Dialer",
        "--key",
        "lead_id",
        "--dry-run",
        "--journal",
        str(tmp_path / "j"),
    ]
    code, output = run(args, capsys, password="")
    assert code == 2 and "No password is remembered" in output and len(sandbox.request_log) == 0
    set_password(profile.keyring_account, PASSWORD)
    code, output = run(args, capsys, password="")
    assert code == 0, output
    assert PASSWORD not in output


def test_a_journal_that_refuses_writes_mid_apply_says_how_many_rows_were_written(
    tmp_path, sandbox_factory, capsys
):
    server = sandbox_factory(generate=40, latency_ms=10)
    journal = tmp_path / "j.sqlite3"
    rows = 30
    path = write_csv(tmp_path, "lead_id,city\n" + "".join(f"{1000 + i},Town{i}\n" for i in range(rows)))
    results = tmp_path / "out.csv"
    locked = threading.Event()

    def lock_the_journal_after_a_few_writes() -> None:
        # another process taking the journal for itself: every later write of the batch is refused
        while len(server.request_log.writes()) < 4:
            time.sleep(0.01)
        holder = sqlite3.connect(journal, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        locked.set()
        done.wait()
        holder.execute("ROLLBACK")
        holder.close()

    done = threading.Event()
    locker = threading.Thread(target=lock_the_journal_after_a_few_writes)
    locker.start()
    try:
        args = [str(path), *connection(server, journal), "--key", "lead_id", "--apply", "--rate", "20"]
        code, output = run([*args, "--results", str(results)], capsys)
    finally:
        done.set()
        locker.join()
    assert locked.is_set()
    written = len(server.request_log.writes())
    assert 4 <= written < rows
    assert code == 1, output
    assert "nothing was sent" not in output
    assert f"stopped after {written} of its {rows} rows were sent" in output
    assert str(results) in output
    finished = read_results(results)
    assert 1 <= len(finished) <= written
    assert all(r["outcome"] == "updated" for r in finished)

    resume = ["--resume", *connection(server, journal), "--rate", "40", "--results", str(tmp_path / "r.csv")]
    code, output = run(resume, capsys)
    assert code == 0, output
    sent = [e.params["lead_id"] for e in server.request_log.writes()]
    assert (
        len(sent) == len(set(sent)) == rows
    )  # the rows whose outcome was not kept were read back, not re-sent


def test_leadeditor_batch_is_a_console_script_of_the_same_command_line(qapp, monkeypatch, capsys):
    # `qapp` first: the console program makes a QCoreApplication of its own when none exists, and in this
    # process a later QWidget would then find no QApplication (a fault-matrix window aborted that way)
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["leadeditor-batch"] == "leadeditor.batch_cli:console_main"
    assert project["gui-scripts"]["leadeditor"] == "leadeditor.__main__:main"  # the window stays windowed
    from leadeditor.batch_cli import console_main

    monkeypatch.setattr(sys, "argv", ["leadeditor-batch", "--dry-run"])  # its arguments follow its name
    assert console_main() == 2
    assert "Name the correction file" in capsys.readouterr().err
