"""The one session factory: the client, the workflow on it and the journal of its writes.

The demo, a server profile (`sign_in`) and the tests all open their session here. The password goes into the
client (which keeps it out of its repr and registers it with the log's scrubber) and nowhere else: the
journal learns what to redact from `LeadClient.redaction_secrets`, the window never sees it.
Blocking (the journal opens SQLite, the client imports `requests`): the window calls it in a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from leadeditor.editing.journal import Journal, JournalContext, open_journal
from leadeditor.editing.journaling import JournalRecorder
from leadeditor.editing.lead_client import LeadClient
from leadeditor.editing.workflow import CorrectionWorkflow

if TYPE_CHECKING:
    from leadeditor.vicidial.client import VicidialClient

__all__ = ["EditingSession", "open_client", "open_session"]


def open_client(
    url: str,
    user: str,
    password: str,
    *,
    source: str = "leadeditor",
    timeout: float | tuple[float, float] = (5, 30),
    verify: bool | str = True,
) -> VicidialClient:
    """A client for `url` as `user`; nothing is sent yet (`check_access` proves the sign-in). It is the one
    `LeadClient` implementation (mypy checks that at `_as_lead_client`)."""
    from leadeditor.vicidial.client import VicidialClient

    return VicidialClient(url, user, password, source=source, timeout=timeout, verify=verify)


def _as_lead_client(client: VicidialClient) -> LeadClient:
    return client  # a type check only: fails in mypy the day VicidialClient stops implementing LeadClient


@dataclass
class EditingSession:
    """One signed-in server: every write of `workflow` is journaled in `journal` (when there is one)."""

    client: LeadClient
    workflow: CorrectionWorkflow
    journal: Journal | None = None

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()


def open_session(
    client: LeadClient,
    *,
    journal_path: Path | None = None,
    journal: Journal | None = None,
    profile: str = "",
    non_latin: bool = False,
) -> EditingSession:
    """The workflow on `client`, journaling every write into `journal` or a journal opened at `journal_path`
    (neither: no journal, as for a read-only look)."""
    secrets = client.redaction_secrets()
    if journal is None and journal_path is not None:
        journal = open_journal(journal_path, secrets=secrets)  # a damaged file never locks anyone out
    elif journal is not None:
        for secret in secrets:
            journal.add_secret(secret)
    workflow = CorrectionWorkflow(client, non_latin=non_latin)
    if journal is not None:
        workflow.journal = JournalRecorder(journal, JournalContext(profile, client.url, client.user))
    return EditingSession(client, workflow, journal)
