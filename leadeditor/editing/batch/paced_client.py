"""The client a batch talks through: every call waits for the pace, is timed, is counted, and an
authentication, lock-out or permission answer stops every worker of the batch at once.

It is a `LeadClient` itself, so the one write path and the workflow's reads use it unchanged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from typing import TypeVar

from leadeditor.editing.batch.controls import BatchControls, stops_batch
from leadeditor.editing.batch.pace import Pace
from leadeditor.editing.lead_client import LeadClient
from leadeditor.vicidial.fields import Blank
from leadeditor.vicidial.live_agents import AgentOnLead
from leadeditor.vicidial.models import FindResult, LeadRecord, Match, UpdateResult

__all__ = ["PacedClient"]

T = TypeVar("T")


class PacedClient:
    def __init__(self, client: LeadClient, pace: Pace, controls: BatchControls) -> None:
        self.inner = client
        self.pace = pace
        self.controls = controls
        self._lock = threading.Lock()
        self._here = threading.local()  # per worker thread: what one row cost
        self.calls = 0
        self.writes = 0  # update_lead requests sent (what a stop mid-batch must report exactly)

    def _call(self, send: Callable[[], T]) -> T:
        stopped = self.controls.stop_error
        if stopped is not None:  # after a refused login nothing more is sent: ten of them lock the user out
            raise stopped
        if getattr(self._here, "prepaid", False):
            self._here.prepaid = False
        else:
            self.pace.wait()
        started = time.monotonic()
        try:
            return send()
        except Exception as exc:
            if stops_batch(exc):
                self.controls.stop(exc)
            raise
        finally:
            self.pace.observe(time.monotonic() - started)
            with self._lock:
                self.calls += 1
            self._here.calls = self.calls_in_thread() + 1

    def prepay(self) -> None:
        """Wait for the pace now, for this thread's next call: the write path journals its intent right
        after, so the write then leaves at once (a kill between the two leaves as little as possible
        begun and unsent)."""
        self.pace.wait()
        self._here.prepaid = True

    def calls_in_thread(self) -> int:
        """The calls this thread made so far (a row's cost is the difference across it)."""
        return int(getattr(self._here, "calls", 0))

    @property
    def url(self) -> str:
        return self.inner.url

    @property
    def user(self) -> str:
        return self.inner.user

    def check_access(self) -> None:
        self._call(self.inner.check_access)

    def find(self, match: Match) -> FindResult | None:
        return self._call(lambda: self.inner.find(match))

    def search(self, match: Match, *, records: int | None = None) -> list[int]:
        return self._call(lambda: self.inner.search(match, records=records))

    def read_leads_by_phone(self, phone: str, *, fallback: bool = False) -> list[LeadRecord]:
        return self._call(lambda: self.inner.read_leads_by_phone(phone, fallback=fallback))

    def read_lead(
        self,
        lead_id: int,
        *,
        custom_fields: bool = False,
        fallback: bool = False,
        custom_table: int | None = None,
    ) -> LeadRecord:
        return self._call(
            lambda: self.inner.read_lead(
                lead_id, custom_fields=custom_fields, fallback=fallback, custom_table=custom_table
            )
        )

    def read_lead_fields(self, lead_id: int, columns: Iterable[str] | None = None) -> dict[str, str]:
        return self._call(lambda: self.inner.read_lead_fields(lead_id, columns))

    def update(
        self,
        lead_id: int,
        changes: Mapping[str, str | Blank],
        *,
        update_phone_number: bool = False,
        custom_fields: bool = False,
    ) -> UpdateResult:

        def send() -> UpdateResult:
            with self._lock:
                self.writes += 1
            return self.inner.update(
                lead_id, changes, update_phone_number=update_phone_number, custom_fields=custom_fields
            )

        return self._call(send)

    def reset_lead(self, lead_id: int) -> UpdateResult:
        return self._call(lambda: self.inner.reset_lead(lead_id))

    def delete_lead(self, lead_id: int, *, custom_fields: bool = False) -> UpdateResult:
        return self._call(lambda: self.inner.delete_lead(lead_id, custom_fields=custom_fields))

    def insert_lead(
        self, phone_code: str, phone_number: str, list_id: int, values: Mapping[str, str] | None = None
    ) -> UpdateResult:
        return self._call(lambda: self.inner.insert_lead(phone_code, phone_number, list_id, values))

    def agents_on_lead(self, lead_id: int) -> tuple[AgentOnLead, ...] | None:
        return self._call(lambda: self.inner.agents_on_lead(lead_id))

    def redaction_secrets(self) -> tuple[str, ...]:
        return self.inner.redaction_secrets()

    def time_budget(self, seconds: float | None = None) -> AbstractContextManager[None]:
        return self.inner.time_budget(seconds)


def _typed(client: PacedClient) -> LeadClient:
    return client  # a type check only: mypy fails here the day PacedClient stops being a LeadClient
