"""The journal's fixed vocabularies: what was done and how it ended (stored as their text values).

Apart from `journal` so that `journal_pages`, which `journal` imports, can use them without an import cycle.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Action", "JournalNote", "Outcome", "overwritten_note"]


class Action(StrEnum):
    UPDATE = "update"
    UNDO = "undo"
    RESET = "reset"
    DELETE = "delete"
    INSERT = "insert"


class Outcome(StrEnum):
    SAVED = "saved"
    SAVED_WITH_DIFFERENCES = "saved-with-differences"
    NOT_APPLIED = "not applied"
    UNKNOWN = "unknown"
    FAILED = "failed"
    # a verified save whose field was changed again afterwards (another user, the agent's screen): the save
    # did store it, the lead no longer holds it (`after_save`); set only on a saved entry
    OVERWRITTEN = "overwritten later"


class JournalNote(StrEnum):
    """The notes the write path stores on an entry (the journal window words them through `ui.texts`); a
    note written by the window itself (an undo's warnings) is stored as its text."""

    BEFORE_UNREAD = "before-unread"  # the lead's values before the change could not be read
    SAVED_UNCHECKED = "saved-unchecked"  # saved on the server's word: not read back
    DELETE_UNREAD = "delete-unread"  # the lead could not be read before deleting it
    # a later read found other values: stored as "overwritten-later:COLUMN,COLUMN" (`overwritten_note`)
    OVERWRITTEN = "overwritten-later"


def overwritten_note(columns: list[str]) -> str:
    """The note of a save whose fields were overwritten later, with which fields (the values are in the
    entry's answer)."""
    return f"{JournalNote.OVERWRITTEN}:{','.join(columns)}"
