"""Lost updates and reverts, detected after a verified save.

The API has no compare-and-set, and the agent screen's disposition rewrites every standard field from the
agent's form, so a correction can be silently undone after it was verified. After a verified save the window
re-reads the lead once more after a settle delay, and compares again when the lead is next shown; a field
that no longer holds what the save stored is an `Overwrite`, the journal entry's outcome becomes
`Outcome.OVERWRITTEN` ("overwritten later": the save did store it, the lead no longer holds it), and the
user may re-apply the change through the normal safe path (`CorrectionWorkflow.save`).

Qt-free and synchronous: the window schedules it and runs the read in a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadeditor.editing.journal import Outcome
from leadeditor.editing.journal_codes import overwritten_note
from leadeditor.editing.outcomes import SaveStatus
from leadeditor.editing.write_job import JournalSink, LeadReader, Settled

if TYPE_CHECKING:
    from leadeditor.editing.changes import ChangeSet
    from leadeditor.editing.update_job import SaveOutcome

__all__ = ["Overwrite", "SavedWatch", "overwrites", "recheck_saved", "watch_after"]


@dataclass(frozen=True)
class SavedWatch:
    """What a verified save stored, kept to compare later reads with."""

    lead_id: int
    entry_id: int | None
    outcome: Outcome  # the journal outcome of the save, before anything overwrote it
    stored: Mapping[str, str]  # column or custom label -> the value the read-back showed
    labels: Mapping[str, str]
    changeset: ChangeSet  # the change, to re-apply on the lead's values of then


@dataclass(frozen=True)
class Overwrite:
    """A field that held what the save stored and now holds something else."""

    key: str
    label: str
    stored: str
    now: str


def watch_after(outcome: SaveOutcome) -> SavedWatch | None:
    """The watch of a save that was read back and stored (None for anything else: nothing to guard)."""
    verification = outcome.verification
    if outcome.status is not SaveStatus.SAVED or verification is None:
        return None
    stored = {
        f.column: f.stored for f in verification.fields if f.stored is not None and f.column in outcome.sent
    }
    if not stored:
        return None
    journaled = Outcome.SAVED if verification.ok else Outcome.SAVED_WITH_DIFFERENCES
    labels = {f.column: f.label for f in verification.fields}
    return SavedWatch(outcome.lead_id, outcome.entry_id, journaled, stored, labels, outcome.changeset)


def overwrites(watch: SavedWatch, values: Mapping[str, str]) -> list[Overwrite]:
    """The fields of `values` (a fresh read) that no longer hold what the save stored."""
    return [
        Overwrite(key, watch.labels.get(key, key), stored, values[key])
        for key, stored in watch.stored.items()
        if key in values and values[key] != stored
    ]


def recheck_saved(
    watch: SavedWatch, reader: LeadReader, journal: JournalSink | None = None
) -> list[Overwrite]:
    """Read the lead once and compare (raises the read's error: the caller says it could not check)."""
    lead = reader.load(watch.lead_id, entry_list_id=watch.changeset.lead.entry_list_id)
    found = overwrites(watch, {**dict(lead.custom), **dict(lead.values)})
    mark_overwritten(watch, found, journal)
    return found


def mark_overwritten(watch: SavedWatch, found: list[Overwrite], journal: JournalSink | None) -> None:
    """Give the save's journal entry the outcome "overwritten later", with what each field holds now (its
    fields keep what the save stored)."""
    if not found or journal is None or watch.entry_id is None:
        return
    what = "; ".join(f"{o.key} now {o.now!r} (saved {o.stored!r})" for o in found)
    journal.settle(
        watch.entry_id,
        Settled(
            Outcome.OVERWRITTEN,
            answer=[f"(read again later: overwritten: {what})"],
            note=overwritten_note([o.key for o in found]),
        ),
    )
