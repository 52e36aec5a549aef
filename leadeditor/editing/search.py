"""What the user asked to find, checked before anything is sent.

Kept apart from the client's `Match` so that the window can be built without importing the network layer
(start-up), and so the rules that protect the user live in one place:
- the server tries lead ID, then vendor code, then phone, never "all of them" (PROTOCOL §2.3);
- a list or campaign search with a list ID under 99 or fewer than 3 digits is silently widened to the whole
  system by the server (§2.2 step 3), so it is refused here;
- a phone number is searched only when it has 6 to 18 digits (§2.2 step 4).
The methods, scopes and key rules themselves are `leadeditor.lead_keys`, shared with the client.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from leadeditor.lead_keys import (
    KeyProblem,
    MatchMethod,
    Scope,
    lead_id_problem,
    list_id_problem,
    phone_digits,
    phone_problem,
)

__all__ = ["SearchIssue", "SearchMethod", "SearchProblem", "SearchRequest", "SearchScope"]

# The client's own enums: one definition of how a lead is matched and where.
SearchMethod = MatchMethod
SearchScope = Scope


class SearchProblem(Enum):
    """Why a search must not be sent; `ui.texts.search_problem_text` words each."""

    NO_METHOD = "no_method"  # no way to match is ticked
    LEAD_ID_NOT_DIGITS = "lead_id_not_digits"
    LEAD_ID_RANGE = "lead_id_range"  # not a positive number of at most 11 digits
    PHONE_NOT_DIGITS = "phone_not_digits"
    PHONE_LENGTH = "phone_length"  # not 6 to 18 digits
    NO_VALUE = "no_value"  # no ticked way to match has a value
    LIST_NEEDS_ID = "list_needs_id"  # the server would silently search the whole system
    CAMPAIGN_NEEDS_ID = "campaign_needs_id"
    BAD_LIST_ID = "bad_list_id"  # data: list_id (under 100 or a leading zero: widened to the system)


@dataclass(frozen=True)
class SearchIssue:
    problem: SearchProblem
    list_id: str = ""  # the list ID as typed (BAD_LIST_ID)


@dataclass(frozen=True)
class SearchRequest:
    lead_id: str = ""
    vendor_lead_code: str = ""
    phone_number: str = ""
    methods: frozenset[SearchMethod] = frozenset({SearchMethod.PHONE_NUMBER})
    scope: SearchScope = SearchScope.SYSTEM
    list_id: str = ""

    @property
    def phone_digits(self) -> str:
        return phone_digits(self.phone_number)

    def active_methods(self) -> list[SearchMethod]:
        """The ticked methods that have a usable value, in the server's order."""
        active = []
        for method in SearchMethod:
            if method not in self.methods:
                continue
            usable = {
                SearchMethod.LEAD_ID: lead_id_problem(self.lead_id) is None,
                SearchMethod.VENDOR_LEAD_CODE: bool(self.vendor_lead_code.strip()),
                SearchMethod.PHONE_NUMBER: phone_problem(self.phone_number) is None,
            }[method]
            if usable:
                active.append(method)
        return active

    def problems(self) -> list[SearchIssue]:
        """Why this search must not be sent (empty when fine); `ui.texts` words each."""
        out: list[SearchIssue] = []
        if not self.methods:
            out.append(SearchIssue(SearchProblem.NO_METHOD))
        lead_problem = lead_id_problem(self.lead_id)
        if SearchMethod.LEAD_ID in self.methods and lead_problem not in (None, KeyProblem.EMPTY):
            not_digits = lead_problem is KeyProblem.NOT_DIGITS
            out.append(
                SearchIssue(SearchProblem.LEAD_ID_NOT_DIGITS if not_digits else SearchProblem.LEAD_ID_RANGE)
            )
        typed_phone = SearchMethod.PHONE_NUMBER in self.methods and self.phone_number.strip()
        phone = phone_problem(self.phone_number)
        if typed_phone and phone is KeyProblem.NOT_DIGITS:
            out.append(SearchIssue(SearchProblem.PHONE_NOT_DIGITS))
        elif typed_phone and phone is not None:
            out.append(SearchIssue(SearchProblem.PHONE_LENGTH))
        if self.methods and not out and not self.active_methods():
            out.append(SearchIssue(SearchProblem.NO_VALUE))
        if self.scope is not SearchScope.SYSTEM:
            list_id = self.list_id.strip()
            if not list_id and self.scope is SearchScope.LIST:
                out.append(SearchIssue(SearchProblem.LIST_NEEDS_ID))
            elif not list_id:
                out.append(SearchIssue(SearchProblem.CAMPAIGN_NEEDS_ID))
            elif list_id_problem(list_id) is not None:
                out.append(SearchIssue(SearchProblem.BAD_LIST_ID, list_id))
        return out

    @property
    def valid(self) -> bool:
        return not self.problems()

    def only(self, method: SearchMethod) -> SearchRequest:
        """The same search restricted to one way of matching (to list every lead that matches that key)."""
        return SearchRequest(
            self.lead_id,
            self.vendor_lead_code,
            self.phone_number,
            frozenset({method}),
            self.scope,
            self.list_id,
        )

    def to_match(self) -> Any:
        """The client's `Match` (imported here, lazily, to keep the network layer off the start-up path)."""
        from leadeditor.vicidial import models as vc

        active = self.active_methods()
        return vc.Match(
            lead_id=int(self.lead_id.strip()) if SearchMethod.LEAD_ID in active else None,
            vendor_lead_code=(
                self.vendor_lead_code.strip() if SearchMethod.VENDOR_LEAD_CODE in active else None
            ),
            phone_number=self.phone_digits if SearchMethod.PHONE_NUMBER in active else None,
            methods=frozenset(active),
            scope=self.scope,
            list_id=int(self.list_id) if self.scope is not SearchScope.SYSTEM else None,
        )
