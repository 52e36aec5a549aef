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
from leadeditor.lead_keys import MatchMethod
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

    def scope_problems(self) -> list[SearchIssue]:
        """Why the scope is refused (`ui.texts` words it), empty when it is fine."""
        return self.request(_SAMPLE[self.kind]).problems()
