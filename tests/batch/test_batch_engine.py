"""The batch engine against the sandbox: each outcome of the dry run, the apply through the one write
path, conflicts, pause and cancel, the lock-out stop, and the requests each row costs (the sandbox's request
log)."""

from __future__ import annotations

import threading
import time

import requests
from batch_kit import by_row, engine_for, plans_of, write_csv

from leadeditor.editing.batch.key import KeyKind
from leadeditor.editing.batch.ledger import BatchState
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_result import RowReason
from leadeditor.vicidial import errors

FIXES = (
    "phone_number,city,date_of_birth\n"
    "3125550102,Springfield,\n"  # lead 3 alone: would update
    "3125550103,Peoria,\n"  # leads 4 and 5: ambiguous
    "3125550999,Nowhere,\n"  # no lead
    "3125550104,Naperville,\n"  # lead 6 already there
    "3125550101,,05/17/1980\n"  # refused by the client: invalid
)


def test_the_dry_run_gives_each_outcome_and_writes_nothing(tmp_path, sandbox, client, journal) -> None:
    plans = plans_of(
        write_csv(tmp_path, FIXES), KeyKind.PHONE_NUMBER, assignments=["phone_number=phone_number"]
    )
    mark = len(sandbox.request_log)
    results = by_row(engine_for(client, journal).dry_run(plans))
    assert {row: r.outcome for row, r in results.items()} == {
        2: Outcome.WOULD_UPDATE,
        3: Outcome.AMBIGUOUS,
        4: Outcome.NOT_FOUND,
        5: Outcome.UNCHANGED,
        6: Outcome.INVALID,
    }
    assert results[2].lead_id == 3
    (city,) = [c for c in results[2].changes if c.field == "city"]
    assert (city.before, city.after, city.sends) == ("Evanston", "Springfield", True)
    assert results[3].data["leads"] == (5, 4)  # listed, never guessed
    assert results[6].data["issues"][0].data["field"] == "date_of_birth"
    sent = sandbox.request_log.since(mark)
    assert [e for e in sent if e.is_write] == []
    assert len(sent) <= 2 * len(results)
    assert all(r.requests <= 2 for r in results.values())
    assert sandbox.lead(3)["city"] == "Evanston"


def test_an_invalid_row_names_the_field_by_its_label_in_the_window_and_the_cli(
    tmp_path, sandbox, client, journal
) -> None:
    from leadeditor.cli_texts import row_message
    from leadeditor.ui.texts import batch_row_text

    plans = plans_of(write_csv(tmp_path, FIXES), KeyKind.PHONE_NUMBER)
    invalid = by_row(engine_for(client, journal).dry_run(plans))[6]
    assert invalid.outcome is Outcome.INVALID
    window, cli = batch_row_text(invalid), row_message(invalid)
    assert window.startswith("Date of birth: “05/17/1980” is not sent.") and "YYYY-MM-DD" in window
    assert "date_of_birth" not in window
    assert cli == window  # one wording, shared


def test_the_apply_writes_once_by_lead_id_and_reads_back(tmp_path, sandbox, client, journal) -> None:
    plans = plans_of(write_csv(tmp_path, "lead_id,city,comments\n3,Springfield,fixed\n6,Naperville,\n"))
    engine = engine_for(client, journal)
    dry = list(engine.dry_run(plans))
    assert [r.outcome for r in dry] == [Outcome.WOULD_UPDATE, Outcome.UNCHANGED]
    batch = engine.start(dry, source="fixes.csv", fields=["city", "comments"])
    mark = len(sandbox.request_log)
    (done,) = list(engine.run(batch))
    assert (done.outcome, done.lead_id) == (Outcome.UPDATED, 3)
    assert {c.field: c.after for c in done.changes} == {"city": "Springfield", "comments": "fixed"}
    sent = sandbox.request_log.since(mark)
    assert [e.params.get("lead_id") for e in sent if e.is_write] == ["3"]
    assert len(sent) <= 4 and done.requests == len(sent)
    assert sandbox.lead(3)["city"] == "Springfield"
    entry = engine.ledger.entry_of(batch, 3)
    assert entry is not None and entry.batch_id == batch and entry.completed
    assert engine.ledger.get(batch).state is BatchState.FINISHED


def test_a_lead_changed_since_the_dry_run_is_a_conflict(tmp_path, sandbox, client, journal) -> None:
    plans = plans_of(write_csv(tmp_path, "lead_id,city\n3,Springfield\n"))
    engine = engine_for(client, journal)
    batch = engine.start(engine.dry_run(plans))
    sandbox.set_lead_field(3, "city", "Elgin")  # someone else, between the dry run and the apply
    mark = len(sandbox.request_log)
    (done,) = list(engine.run(batch))
    assert done.outcome is Outcome.CONFLICT and "city" in done.data["fields"]
    assert sandbox.request_log.since(mark) and not [e for e in sandbox.request_log.since(mark) if e.is_write]
    assert sandbox.lead(3)["city"] == "Elgin"


def test_two_rows_that_find_one_lead_are_not_both_written(tmp_path, sandbox, client, journal) -> None:
    plans = plans_of(write_csv(tmp_path, "lead_id,city\n3,Joliet\n03,Aurora\n"))
    first, second = engine_for(client, journal).dry_run(plans)
    assert first.outcome is Outcome.WOULD_UPDATE
    assert (second.outcome, second.reason, second.data) == (
        Outcome.INVALID,
        RowReason.SAME_LEAD,
        {"first_row": 2},
    )


def _rows(n: int, first: int = 1000) -> str:
    return "lead_id,city\n" + "".join(f"{first + i},Town{i}\n" for i in range(n))


def test_pause_resume_and_cancel_never_cut_a_row(tmp_path, sandbox_factory, make_client, journal) -> None:
    server = sandbox_factory(generate=40, latency_ms=20)
    with make_client(server) as client:
        engine = engine_for(client, journal, rate=50)
        batch = engine.start(engine.dry_run(plans_of(write_csv(tmp_path, _rows(30)))))
        results = []
        it = engine.run(batch)
        results.append(next(it))
        engine.controls.pause()
        assert engine.controls.wait_idle(timeout=30)  # rows already started finish
        writes = len(server.request_log.writes())
        time.sleep(0.5)
        assert len(server.request_log.writes()) == writes  # nothing more while paused
        engine.controls.resume()
        results.append(next(it))
        engine.controls.cancel()
        results += list(it)
        updated = [r for r in results if r.outcome is Outcome.UPDATED]
        skipped = [r for r in results if r.outcome is Outcome.SKIPPED]
        assert skipped and all(r.reason is RowReason.CANCELLED for r in skipped)
        assert len(server.request_log.writes()) == len(updated)
        assert engine.ledger.get(batch).state is BatchState.RUNNING  # offered for resume
        assert engine.unfinished()[0].done == len(updated)
        rest = list(engine_for(client, journal, rate=50).run(batch))
        assert {r.outcome for r in rest} == {Outcome.UPDATED} and len(rest) == 30 - len(updated)
        written = [e.params["lead_id"] for e in server.request_log.writes()]
        assert len(written) == len(set(written)) == 30  # none twice, none lost


def test_a_lock_out_stops_every_worker(tmp_path, sandbox_factory, make_client, journal) -> None:
    server = sandbox_factory(generate=40, latency_ms=10)
    with make_client(server) as client:
        engine = engine_for(client, journal, rate=20)
        batch = engine.start(engine.dry_run(plans_of(write_csv(tmp_path, _rows(30)))))
        it = engine.run(batch)
        first = [next(it), next(it)]
        engine.controls.pause()  # a good login in between would reset the count of failures
        assert engine.controls.wait_idle(timeout=30)  # the rows already started have finished
        bad = {"user": "6666", "pass": "wrong", "source": "test", "function": "lead_field_info"}
        for _ in range(10):
            requests.post(server.url, data={**bad, "lead_id": "1", "field_name": "city"}, timeout=5)
        engine.controls.resume()
        mark = len(server.request_log)
        rest = list(it)
        assert isinstance(engine.controls.stop_error, errors.LockedOut)
        assert len(server.request_log.since(mark)) <= 2  # at most the one each worker had started
        assert [r.outcome for r in first] == [Outcome.UPDATED] * 2
        stopped = [r for r in rest if r.reason is RowReason.STOPPED]
        assert len(stopped) >= 25
        assert engine.ledger.get(batch).state is BatchState.RUNNING


def test_the_pace_holds_requests_per_second(tmp_path, sandbox_factory, make_client, journal) -> None:
    server = sandbox_factory(generate=20)
    with make_client(server) as client:
        engine = engine_for(client, journal, rate=10)
        batch = engine.start(engine.dry_run(plans_of(write_csv(tmp_path, _rows(6)))))
        mark = len(server.request_log)
        started = time.monotonic()
        assert {r.outcome for r in engine.run(batch)} == {Outcome.UPDATED}
        elapsed = time.monotonic() - started
        sent = server.request_log.since(mark)
        assert len(sent) <= 4 * 6
        assert elapsed >= (len(sent) - 1) / 10 * 0.95  # at most 10 a second
        assert server.request_log.max_in_flight() <= 2


def test_controls_wake_a_paused_worker_on_cancel() -> None:
    from leadeditor.editing.batch.controls import BatchControls

    controls = BatchControls()
    controls.pause()
    answer: list[bool] = []
    worker = threading.Thread(target=lambda: answer.append(controls.wait_turn()))
    worker.start()
    time.sleep(0.1)
    assert answer == []  # still waiting
    controls.cancel()
    worker.join(2)
    assert answer == [False]


def test_a_value_holding_the_passwords_text_is_no_false_conflict_on_resume(
    tmp_path, sandbox, client, journal
) -> None:
    sandbox.set_lead_field(3, "postal_code", "11234")  # the journal hides "1234" (the password) wherever
    sandbox.set_lead_field(6, "city", "Oak")
    plans = plans_of(write_csv(tmp_path, "lead_id,city,comments\n3,Springfield,\n6,,x1234\n"))
    batch = engine_for(client, journal).start(engine_for(client, journal).dry_run(plans))
    resumed = by_row(engine_for(client, journal).run(batch))  # another process: only the journal's copy
    assert resumed[2].outcome is Outcome.UPDATED  # postal_code was left out of the check, not corrupted
    assert (resumed[3].outcome, resumed[3].reason) == (Outcome.SKIPPED, RowReason.WITHHELD)
    assert sandbox.lead(6)["comments"] != "x1234"  # never written from a redacted copy
    assert [e.params["lead_id"] for e in sandbox.request_log.writes()] == ["3"]


def test_a_lost_answer_is_read_back_and_never_sent_again(tmp_path, sandbox_factory, make_client, journal):
    from leadeditor.sandbox import Fault

    server = sandbox_factory(faults=[(Fault.DROP_AFTER_WRITE, {"function": "write"})])
    with make_client(server) as client:
        engine = engine_for(client, journal)
        batch = engine.start(engine.dry_run(plans_of(write_csv(tmp_path, "lead_id,city\n3,Springfield\n"))))
        (done,) = list(engine.run(batch))
        assert done.outcome is Outcome.UPDATED  # applied, known by reading back
        assert len(server.request_log.writes()) == 1
        entry = engine.ledger.entry_of(batch, 3)
        assert entry is not None and entry.completed and any("read back" in line for line in entry.answer)


def test_a_write_that_never_arrived_is_not_applied_and_not_resent(
    tmp_path, sandbox_factory, make_client, journal
):
    from leadeditor.sandbox import Fault

    server = sandbox_factory(faults=[(Fault.DROP_BEFORE_WRITE, {"function": "write"})])
    with make_client(server) as client:
        engine = engine_for(client, journal)
        batch = engine.start(engine.dry_run(plans_of(write_csv(tmp_path, "lead_id,city\n3,Springfield\n"))))
        (done,) = list(engine.run(batch))
        assert (done.outcome, done.reason) == (Outcome.FAILED, RowReason.NOT_APPLIED)
        assert len(server.request_log.writes()) == 1 and server.lead(3)["city"] == "Evanston"


def test_a_caller_that_stops_listening_stops_the_queued_rows(tmp_path, sandbox_factory, make_client, journal):
    server = sandbox_factory(generate=40, latency_ms=10)
    with make_client(server) as client:
        engine = engine_for(client, journal, rate=50)
        batch = engine.start(engine.dry_run(plans_of(write_csv(tmp_path, _rows(30)))))
        it = engine.run(batch)
        next(it)
        it.close()  # what Ctrl+C in the command line does to the loop over the results
        time.sleep(0.3)
        writes = len(server.request_log.writes())
        assert writes <= 4 and engine.controls.cancelled
        time.sleep(0.3)
        assert len(server.request_log.writes()) == writes
        assert engine.ledger.get(batch).state is BatchState.RUNNING
        rest = list(engine.run(batch))  # Resume, on the same engine
        assert {r.outcome for r in rest} == {Outcome.UPDATED}
        written = [e.params["lead_id"] for e in server.request_log.writes()]
        assert len(written) == len(set(written)) == 30


def test_a_custom_field_is_predicted_written_and_read_back(tmp_path, sandbox, client, journal) -> None:
    path = write_csv(tmp_path, "lead_id,favorite_color\n1,teal\n")
    plans = plans_of(path, assignments=["favorite_color=custom:favorite_color"])
    engine = engine_for(client, journal, custom_fields=True)
    (dry,) = engine.dry_run(plans)
    assert dry.outcome is Outcome.WOULD_UPDATE and dry.requests <= 2
    assert [(c.field, c.before, c.after) for c in dry.changes] == [("custom:favorite_color", "blue", "teal")]
    batch = engine.start([dry])
    mark = len(sandbox.request_log)
    (done,) = list(engine.run(batch))
    assert done.outcome is Outcome.UPDATED, done
    assert [(c.field, c.after) for c in done.changes] == [("custom:favorite_color", "teal")]
    assert sandbox.custom_value(1, "favorite_color") == "teal"
    # the dry run read the lead's custom table: the apply asks for it at once (docs/batch.md, "Custom fields")
    sent = [e.function for e in sandbox.request_log.since(mark)]
    assert sent.count("update_lead") == 1 and len(sent) <= 3
