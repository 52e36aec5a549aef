"""The client `editing/` depends on: the calls it makes, typed, and nothing about how they travel.

`vicidial.VicidialClient` implements it (mypy checks that where the session factory builds one); tests and
the demo use that same client against the sandbox. `editing/` never imports the client class itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Protocol

from leadeditor.vicidial.fields import Blank
from leadeditor.vicidial.live_agents import AgentOnLead
from leadeditor.vicidial.models import FindResult, LeadRecord, Match, UpdateResult

__all__ = ["LeadClient"]


class LeadClient(Protocol):
    """One signed-in API user on one server. Writes are sent once and raise `UnknownOutcome` when their
    answer is lost; reads may be retried by the client."""

    @property
    def url(self) -> str: ...

    @property
    def user(self) -> str: ...

    def check_access(self) -> None: ...

    def find(self, match: Match) -> FindResult | None: ...

    def search(self, match: Match, *, records: int | None = None) -> list[int]: ...

    def read_leads_by_phone(self, phone: str, *, fallback: bool = False) -> list[LeadRecord]: ...

    def read_lead(
        self,
        lead_id: int,
        *,
        custom_fields: bool = False,
        fallback: bool = False,
        custom_table: int | None = None,
    ) -> LeadRecord: ...

    def read_lead_fields(self, lead_id: int, columns: Iterable[str] | None = None) -> dict[str, str]: ...

    def update(
        self,
        lead_id: int,
        changes: Mapping[str, str | Blank],
        *,
        update_phone_number: bool = False,
        custom_fields: bool = False,
    ) -> UpdateResult: ...

    def reset_lead(self, lead_id: int) -> UpdateResult: ...

    def delete_lead(self, lead_id: int, *, custom_fields: bool = False) -> UpdateResult: ...

    def insert_lead(
        self, phone_code: str, phone_number: str, list_id: int, values: Mapping[str, str] | None = None
    ) -> UpdateResult: ...

    def agents_on_lead(self, lead_id: int) -> tuple[AgentOnLead, ...] | None: ...

    def redaction_secrets(self) -> tuple[str, ...]:
        """Every form of the password the server may echo, for the journal's and the log's redaction."""
        ...

    def time_budget(self, seconds: float | None = None) -> AbstractContextManager[None]:
        """The reads this thread sends inside the block share one time budget (default: the client's
        `read_budget`); the write path holds the reads before a write to it. Writes are never cut short."""
        ...
