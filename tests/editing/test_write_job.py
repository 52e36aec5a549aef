"""The one write path (`write_job.run_write`) against the sandbox: the steps run in their fixed order, a stop
before sending journals and sends nothing, a lost answer is journaled "unknown" before it is resolved by
reading, and it is never sent again. `sandbox`, `journal` and `wf` (from the session factory) come from
the root conftest."""

from __future__ import annotations

from typing import Any

from leadeditor.editing.journal import Action, FieldRecord, Journal, JournalContext, Outcome
from leadeditor.editing.journaling import JournalRecorder
from leadeditor.editing.lead_client import LeadClient
from leadeditor.editing.session import open_client
from leadeditor.editing.workflow import CorrectionWorkflow
from leadeditor.editing.write_job import (
    CancelToken,
    Intent,
    LeadReader,
    SaveAborted,
    Settled,
    WriteJob,
    answer_lines,
    recheck_write,
    run_write,
)
from leadeditor.sandbox import Fault
from leadeditor.vicidial import errors
from leadeditor.vicidial.models import UpdateResult


class CityJob(WriteJob[list[str]]):
    """Sets one lead's city, recording each step it is asked to do (and what the journal held then)."""

    def __init__(self, lead_id: int, city: str, journal: Journal, *, stop: bool = False) -> None:
        self.lead_id, self.city, self.journal, self.stop = lead_id, city, journal, stop
        self.steps: list[str] = []
        self.before: str | None = None

    def read_before(self, reader: LeadReader) -> None:
        self.steps.append("read")
        self.before = (reader.read_fields(self.lead_id, ["city"]) or {}).get("city")

    def check(self) -> None:
        self.steps.append("check")
        if self.stop:
            raise SaveAborted("stopped by the check")

    def intent(self) -> Intent:
        self.steps.append("intent")
        return Intent(self.lead_id, Action.UPDATE, [FieldRecord("city", self.before, self.city)])

    def send(self, client: LeadClient) -> UpdateResult:
        self.steps.append("send")
        return client.update(self.lead_id, {"city": self.city})

    def verify(self, reader: LeadReader, answer: UpdateResult) -> Settled:
        self.steps.append("verify")
        now = (reader.read_fields(self.lead_id, ["city"]) or {}).get("city")
        return Settled(
            Outcome.SAVED if now == self.city else Outcome.UNKNOWN,
            stored={"city": now},
            answer=answer_lines(answer),
        )

    def resolve(self, reader: LeadReader, error: errors.UnknownOutcome | None) -> Settled:
        assert self.entry_id is not None
        self.steps.append(f"resolve (journal: {self.journal.get(self.entry_id).outcome.value})")
        now = (reader.read_fields(self.lead_id, ["city"]) or {}).get("city")
        return Settled(Outcome.SAVED if now == self.city else Outcome.NOT_APPLIED, stored={"city": now})

    def refused(self, error: Exception) -> Settled:
        self.steps.append("refused")
        return Settled(Outcome.FAILED, answer=[str(error)])

    def stopped(self, error: SaveAborted | None) -> list[str]:
        self.steps.append(f"stopped ({error or 'cancelled'})")
        return self.steps

    def result(self) -> list[str]:
        return self.steps


def updates(sandbox: Any) -> int:
    return sum(1 for r in sandbox.request_log if r.params.get("function") == "update_lead")


def test_the_steps_run_in_order_and_the_outcome_is_journaled(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    assert wf.journal is not None
    steps = run_write(CityJob(3, "Aurora", journal), wf.client, wf, wf.journal)
    assert steps == ["read", "check", "intent", "send", "verify"]
    assert sandbox.lead(3)["city"] == "Aurora"
    (entry,) = journal.query()
    assert entry.outcome is Outcome.SAVED and entry.fields[0].stored == "Aurora"
    assert entry.fields[0].before not in (None, "Aurora")


def test_a_stop_before_sending_sends_and_journals_nothing(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    city = sandbox.lead(3)["city"]
    steps = run_write(CityJob(3, "Aurora", journal, stop=True), wf.client, wf, wf.journal)
    assert steps == ["read", "check", "stopped (stopped by the check)"]
    assert updates(sandbox) == 0 and journal.query() == [] and sandbox.lead(3)["city"] == city
    token = CancelToken()
    token.cancel()
    assert run_write(CityJob(3, "Aurora", journal), wf.client, wf, wf.journal, cancel=token) == [
        "stopped (cancelled)"
    ]
    assert updates(sandbox) == 0


def test_a_lost_answer_is_journaled_unknown_first_then_resolved_by_reading_never_resent(
    wf: CorrectionWorkflow, sandbox: Any, journal: Journal
) -> None:
    sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    job = CityJob(3, "Aurora", journal)
    steps = run_write(job, wf.client, wf, wf.journal)
    assert steps == ["read", "check", "intent", "send", "resolve (journal: unknown)"]
    assert updates(sandbox) == 1 and sandbox.lead(3)["city"] == "Aurora"
    assert journal.query()[0].outcome is Outcome.SAVED
    # "Check again" repeats steps 5 and 6 by reading only
    recheck_write(job, wf, wf.journal)
    assert updates(sandbox) == 1 and journal.query()[0].outcome is Outcome.SAVED


def test_a_refusal_is_journaled_as_failed(sandbox: Any, journal: Journal) -> None:
    client = open_client(sandbox.url, "6666", "1234", timeout=(2, 3))
    wf = CorrectionWorkflow(
        client, journal=JournalRecorder(journal, JournalContext("S", sandbox.url, "6666"))
    )
    steps = run_write(CityJob(999999, "Aurora", journal), client, wf, wf.journal)  # no such lead
    assert steps == ["read", "check", "intent", "send", "refused"]
    (entry,) = journal.query()
    assert entry.outcome is Outcome.FAILED and "999999" in entry.answer[-1]


def test_a_hanging_pre_write_read_is_tried_twice_at_most_and_nothing_is_sent(
    sandbox: Any, journal: Journal, make_client: Any
) -> None:
    from leadeditor.editing.changes import ChangeSet
    from leadeditor.editing.session import open_session
    from leadeditor.editing.update_job import UncheckedLead

    with make_client(sandbox, timeout=(2, 0.5)) as fast:
        wf = open_session(fast, journal=journal, profile="Sandbox").workflow
        lead = wf.load(4)
        changes = ChangeSet(lead)
        changes.set("city", "Evanston")
        sandbox.inject(Fault.HANG, count=10, function="lead_all_info", seconds=2)
        mark = len(sandbox.request_log)
        outcome = wf.save(changes)
    sent = sandbox.request_log.since(mark)
    assert isinstance(outcome.error, UncheckedLead)
    assert isinstance(outcome.error.cause, errors.TimedOut)
    assert [e.function for e in sent] == ["lead_all_info", "lead_all_info"]  # the read and its one retry
    assert sandbox.request_log.writes() == []
    assert list(journal.query()) == []
