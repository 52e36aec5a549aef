"""The journal's fixed vocabularies: what was done and how it ended (stored as their text values).

Apart from `journal` so that `journal_pages`, which `journal` imports, can use them without an import cycle.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Action", "Outcome"]


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
