"""The dispatcher's table: every API function the sandbox emulates, by its ``function=`` name.

The functions import ``script`` for its types and helpers; only this table imports the functions, so the
script and its functions never import each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from leadeditor.sandbox.fn_agents import logged_in_agents
from leadeditor.sandbox.fn_read import lead_all_info, lead_field_info, lead_search
from leadeditor.sandbox.script import ApiFunction
from leadeditor.sandbox.update_lead import update_lead

__all__ = ["FUNCTIONS", "ROW_FUNCTIONS"]

FUNCTIONS: Mapping[str, ApiFunction] = MappingProxyType(
    {
        "update_lead": update_lead,
        "lead_all_info": lead_all_info,
        "lead_field_info": lead_field_info,
        "lead_search": lead_search,
        "logged_in_agents": logged_in_agents,
    }
)
# The functions whose answers cost time per returned line (``--row-latency-ms``).
ROW_FUNCTIONS = frozenset({"lead_all_info", "lead_search"})
