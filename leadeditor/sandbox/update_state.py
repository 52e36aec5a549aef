"""What lives across update_lead's per-lead loop, and the small writes several of its sections share."""

from __future__ import annotations

from leadeditor.sandbox.schema import store
from leadeditor.sandbox.script import Script

__all__ = ["UpdateState", "archive_callbacks", "no_custom_table", "set_entry_list_id"]


class UpdateState:
    """Variables the PHP script keeps between sections of one update_lead request."""

    def __init__(self, s: Script, table: str) -> None:
        self.s = s
        self.table = table
        self.vcba = ""  # $VCBAaffected_rows: not initialised for plain updates
        self.inserted_lead: int | None = None


def set_entry_list_id(state: UpdateState, lead_id: int, value: str) -> int:
    """``UPDATE vicidial_list SET entry_list_id=...``: the affected rows (0 when it already held it)."""
    s = state.s
    row = s.world.lead(lead_id, state.table)
    if row is None:
        return 0
    stored = store("entry_list_id", value)
    if row.get("entry_list_id") == stored:
        return 0
    s.world.write_lead(lead_id, {"entry_list_id": stored, "modify_date": s.now_text}, state.table)
    return 1


def archive_callbacks(state: UpdateState, lead_id: int) -> int:
    return state.s.world.execute(
        "INSERT INTO vicidial_callbacks_archive SELECT * FROM vicidial_callbacks WHERE lead_id=?",
        [lead_id],
    ).rowcount


def no_custom_table(state: UpdateState, data: str) -> None:
    """L17631-L17635 and L17863-L17866: the same notice on the update and the insert path."""
    message = "update_lead CUSTOM FIELDS NOT ADDED, NO CUSTOM FIELDS DEFINED FOR THIS LIST"
    state.s.echo(f"NOTICE: {message} - {data}\n")
    state.s.api_log("NOTICE", message, data)
