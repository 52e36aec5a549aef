"""The match key of a batch: which column finds each row's lead, and where to look.

The rules are the window's own (`editing.search.SearchRequest`), applied to each row's key value: a list or
campaign scope without a valid list ID is refused (the server would silently search the whole system), a
phone number needs 6 to 18 digits, a lead ID digits only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from leadeditor.editing.search import SearchIssue, SearchRequest, SearchScope
from leadeditor.lead_keys import KeyProblem, MatchMethod, lead_id_problem, phone_problem
from leadeditor.vicidial import columns as col

__all__ = ["BatchKey", "KeyKind"]


class KeyKind(Enum):
    LEAD_ID = col.LEAD_ID
    VENDOR_LEAD_CODE = col.VENDOR_LEAD_CODE
    PHONE_NUMBER = col.PHONE_NUMBER

    @property
    def method(self) -> MatchMethod:
        return MatchMethod[self.name]


# a value each rule accepts, to ask the window's rules about the scope alone
_SAMPLE: dict[KeyKind, str] = {
    KeyKind.LEAD_ID: "1",
    KeyKind.VENDOR_LEAD_CODE: "V",
    KeyKind.PHONE_NUMBER: "3125550100",
}


@dataclass(frozen=True)
class BatchKey:
    kind: KeyKind
    scope: SearchScope = SearchScope.SYSTEM
    list_id: str = ""

    @cached_property
    def _methods(self) -> frozenset[MatchMethod]:
        return frozenset({self.kind.method})

    def request(self, value: str) -> SearchRequest:
        """The window's search for one row's key value."""
        value, list_id = value.strip(), self.list_id.strip()
        methods, scope = self._methods, self.scope
        if self.kind is KeyKind.LEAD_ID:
            return SearchRequest(lead_id=value, methods=methods, scope=scope, list_id=list_id)
        if self.kind is KeyKind.VENDOR_LEAD_CODE:
            return SearchRequest(vendor_lead_code=value, methods=methods, scope=scope, list_id=list_id)
        return SearchRequest(phone_number=value, methods=methods, scope=scope, list_id=list_id)

    @cached_property
    def _problems_by_kind(self) -> dict[tuple[KeyProblem | None, bool], tuple[SearchIssue, ...]]:
        return {}

    def problems(self, request: SearchRequest) -> tuple[SearchIssue, ...]:
        """``request.problems()`` for a request of this key (`request`), asked once per kind of value.

        With one method ticked and this key's scope fixed, the window's rules depend on the value only
        through what is wrong with it (its `KeyProblem`, None when nothing is) and whether anything was
        typed: a 100,000-row file has a handful of those, so each is asked once
        (`tests/batch/test_batch_plan.py` checks the equality)."""
        problem: KeyProblem | None
        if self.kind is KeyKind.LEAD_ID:
            value = request.lead_id
            problem = lead_id_problem(value)
        elif self.kind is KeyKind.PHONE_NUMBER:
            value = request.phone_number
            problem = phone_problem(value)
        else:
            value = request.vendor_lead_code
            problem = None if value.strip() else KeyProblem.EMPTY
        kind = (problem, bool(value.strip()))
        known = self._problems_by_kind.get(kind)
        if known is None:
            known = self._problems_by_kind[kind] = tuple(request.problems())
        return known

    def scope_problems(self) -> list[SearchIssue]:
        """Why the scope is refused (`ui.texts` words it), empty when it is fine."""
        return self.request(_SAMPLE[self.kind]).problems()
