"""The names of the Non-Agent API's request parameters that are not a column's own parameter (PROTOCOL §1.4).

A custom field label equal to one of them would be read by `update_lead` as that parameter (think
`delete_lead`), so such labels are refused; the column parameters come from `columns.py`.
"""

from __future__ import annotations

from typing import Final

from leadeditor.vicidial import columns as col

__all__ = ["API_PARAMETERS", "LOGIN_PASS", "LOGIN_USER"]

# The login's user name; the `user` column is written through `user_field` because of this clash.
LOGIN_USER: Final = "user"
LOGIN_PASS: Final = "pass"

_OTHERS: Final = frozenset(
    {
        LOGIN_USER,
        LOGIN_PASS,
        "function",
        "source",
        "format",
        "DB",
        "search_method",
        "search_location",
        "records",
        "no_update",
        "update_phone_number",
        "reset_lead",
        "force_entry_list_id",
        "custom_fields",
        "delete_lead",
        "delete_cf_data",
        "callback",
        "callback_status",
        "callback_datetime",
        "callback_type",
        "callback_user",
        "callback_comments",
        "campaign_id",
        "insert_if_not_found",
        "multi_alt_phones",
        "tz_method",
        "add_to_hopper",
        "remove_from_hopper",
        "hopper_priority",
        "hopper_local_call_time_check",
        "list_exists_check",
        "archived_lead",
        "stage",
        "header",
        "field_name",
        "lead_ids",
    }
)

# Every name the API reads as a parameter: the others, each column's own parameter, and the column names
# themselves (the search keys `lead_id`, `list_id`, ... are named after their columns).
API_PARAMETERS: Final[frozenset[str]] = _OTHERS | frozenset(col.EDITABLE) | frozenset(col.STANDARD)
