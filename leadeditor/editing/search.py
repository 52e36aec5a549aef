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
from leadeditor.phrases import QT_TR_NOOP, say

__all__ = ["SearchMethod", "SearchRequest", "SearchScope"]

# The client's own enums: one definition of how a lead is matched and where.
SearchMethod = MatchMethod
SearchScope = Scope


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

    def problems(self) -> list[str]:
        """Why this search must not be sent, in plain words (empty when it is fine)."""
        out: list[str] = []
        if not self.methods:
            out.append(
                say(QT_TR_NOOP("Tick at least one way to match: lead ID, vendor code or phone number."))
            )
        lead_problem = lead_id_problem(self.lead_id)
        if SearchMethod.LEAD_ID in self.methods and lead_problem not in (None, KeyProblem.EMPTY):
            out.append(
                say(QT_TR_NOOP("A lead ID is made of digits only (0-9)."))
                if lead_problem is KeyProblem.NOT_DIGITS
                else say(QT_TR_NOOP("A lead ID is a positive number of at most 11 digits."))
            )
        typed_phone = SearchMethod.PHONE_NUMBER in self.methods and self.phone_number.strip()
        phone = phone_problem(self.phone_number)
        if typed_phone and phone is KeyProblem.NOT_DIGITS:
            out.append(
                say(
                    QT_TR_NOOP(
                        "A phone number may contain only the digits 0-9 (spaces, dashes, dots, "
                        "brackets and commas are ignored)."
                    )
                )
            )
        elif typed_phone and phone is not None:
            out.append(say(QT_TR_NOOP("A phone number needs 6 to 18 digits.")))
        if self.methods and not out and not self.active_methods():
            out.append(say(QT_TR_NOOP("Type a value for at least one of the ticked ways to match.")))
        if self.scope is not SearchScope.SYSTEM:
            list_id = self.list_id.strip()
            if not list_id and self.scope is SearchScope.LIST:
                out.append(
                    say(
                        QT_TR_NOOP(
                            "Searching one list needs a list ID; without one the server would "
                            "silently search the whole system."
                        )
                    )
                )
            elif not list_id:
                out.append(
                    say(
                        QT_TR_NOOP(
                            "Searching the campaign of a list needs a list ID; without one the "
                            "server would silently search the whole system."
                        )
                    )
                )
            elif list_id_problem(list_id) is not None:
                out.append(
                    say(
                        QT_TR_NOOP(
                            "“{list_id}” is not a valid list ID (3 or more digits, no leading "
                            "zero, so 100 or above); the server would silently search the "
                            "whole system instead."
                        ),
                        list_id=list_id,
                    )
                )
        return out

    @property
    def valid(self) -> bool:
        return not self.problems()

    def describe(self) -> str:
        """A short phrase for status lines: "phone 3125550100 in the whole system"."""
        keys = []
        for method in self.active_methods():
            if method is SearchMethod.LEAD_ID:
                keys.append(say(QT_TR_NOOP("lead {value}"), value=self.lead_id.strip()))
            elif method is SearchMethod.VENDOR_LEAD_CODE:
                keys.append(say(QT_TR_NOOP("vendor code {value}"), value=self.vendor_lead_code.strip()))
            else:
                keys.append(say(QT_TR_NOOP("phone {value}"), value=self.phone_digits))
        list_id = self.list_id.strip()
        where = {
            SearchScope.SYSTEM: say(QT_TR_NOOP("in the whole system")),
            SearchScope.CAMPAIGN: say(QT_TR_NOOP("in the campaign of list {list}"), list=list_id),
            SearchScope.LIST: say(QT_TR_NOOP("in list {list}"), list=list_id),
        }[self.scope]
        keys_text = say(QT_TR_NOOP(", then ")).join(keys) or say(QT_TR_NOOP("nothing"))
        return f"{keys_text} {where}"

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
