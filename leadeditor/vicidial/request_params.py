"""Building the request parameters of the client's calls, and refusing before sending what the server would
not apply as asked (PROTOCOL §2). No I/O here: `client.py` sends what these functions build."""

from __future__ import annotations

import re
from collections.abc import Mapping

from leadeditor.lead_keys import (
    LIST_ID_MIN,
    KeyProblem,
    MatchMethod,
    Scope,
    ascii_digits,
    lead_id_problem,
    list_id_problem,
    phone_digits,
    phone_problem,
)
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.errors import InvalidSearch, Reason
from leadeditor.vicidial.fields import BLANK_TOKEN, FIELDS, Blank, custom_to_wire, refusal, to_wire
from leadeditor.vicidial.filters import param_filter
from leadeditor.vicidial.models import Match
from leadeditor.vicidial.parameters import API_PARAMETERS
from leadeditor.vicidial.value_notes import NoteReason, ValueNote, ValueRefused

__all__ = [
    "LABEL",
    "by_lead_id",
    "change_params",
    "check_lead_id",
    "insert_params",
    "phone_key",
    "scope_params",
    "search_plan",
]

_EDITABLE = {f.column: f for f in FIELDS}
LABEL = re.compile(r"[A-Za-z0-9_]{1,50}")  # a column name or custom field label
_QUERY_LIKE = re.compile(r"[&?][A-Za-z0-9_]+=")
_SEARCH_PHONE_LONGEST = col.column(col.PHONE_NUMBER).length
# Values a new lead cannot be given among its other values (they are the insert's own keys or the server's).
_INSERT_KEYS = (col.PHONE_NUMBER, col.PHONE_CODE, col.LIST_ID, col.USER, col.CALLED_COUNT)


def check_lead_id(lead_id: object, *, search: bool = False) -> int:
    """A lead ID as the positive number the server accepts, never converted from other digits; InvalidSearch
    for a search key (``search``), else ValueError (a caller bug)."""
    text = str(lead_id).strip() if isinstance(lead_id, int | str) and not isinstance(lead_id, bool) else ""
    if lead_id_problem(text) is not None:
        if search:
            raise InvalidSearch(Reason.BAD_LEAD_ID, field=col.LEAD_ID)
        raise ValueError("A lead ID must be a positive whole number.")
    return int(text)


def phone_key(value: str, *, longest: int) -> str:
    """The digits of a phone number to search or read by; InvalidSearch before sending anything else."""
    problem = phone_problem(str(value), longest=longest)
    if problem in (KeyProblem.EMPTY, KeyProblem.NOT_DIGITS):
        # spaces, dashes, dots, brackets and commas are left out first
        raise InvalidSearch(Reason.PHONE_NOT_DIGITS, field=col.PHONE_NUMBER, longest=longest)
    if problem is not None:
        raise InvalidSearch(Reason.PHONE_LENGTH, field=col.PHONE_NUMBER, longest=longest)
    return phone_digits(str(value))


def by_lead_id(lead_id: int) -> list[tuple[str, str]]:
    """The parameters that make `update_lead` act on exactly this lead."""
    return [(col.LEAD_ID, str(lead_id)), ("search_method", MatchMethod.LEAD_ID.value)]


def _scope_check(match: Match) -> None:
    if match.scope is Scope.SYSTEM:
        return
    list_id = match.list_id
    if isinstance(list_id, bool) or not isinstance(list_id, int) or list_id_problem(str(list_id)) is not None:
        # the server quietly searches the whole system for a list ID below 99 or of fewer than 3 digits
        raise InvalidSearch(Reason.SCOPE_NEEDS_LIST, scope=match.scope.value)


def search_plan(match: Match) -> list[tuple[MatchMethod, str, str]]:
    """(method, parameter, value) per chosen method, in priority order; InvalidSearch before sending."""
    _scope_check(match)
    plan: list[tuple[MatchMethod, str, str]] = []
    for method in match.ordered_methods:
        if method is MatchMethod.LEAD_ID and match.lead_id is not None:
            plan.append((method, col.LEAD_ID, str(check_lead_id(match.lead_id, search=True))))
        elif method is MatchMethod.VENDOR_LEAD_CODE and match.vendor_lead_code:
            code = match.vendor_lead_code
            if any(ch in code for ch in ';#"') or code.strip() == "":
                # the server strips them, so no stored code has them
                raise InvalidSearch(Reason.BAD_VENDOR_CODE, field=col.VENDOR_LEAD_CODE)
            plan.append((method, col.VENDOR_LEAD_CODE, code))
        elif method is MatchMethod.PHONE_NUMBER and match.phone_number:
            plan.append(
                (method, col.PHONE_NUMBER, phone_key(match.phone_number, longest=_SEARCH_PHONE_LONGEST))
            )
    if not plan:
        raise InvalidSearch(Reason.NO_SEARCH_KEY)
    return plan


def scope_params(match: Match) -> list[tuple[str, str]]:
    if match.scope is Scope.SYSTEM:
        return []
    return [("search_location", match.scope.value), (col.LIST_ID, str(match.list_id))]


def change_params(
    changes: Mapping[str, str | Blank], update_phone_number: bool, custom_fields: bool
) -> list[tuple[str, str]]:
    """The request parameters for ``changes``; ValueError for anything the server would not apply as asked."""
    flags: list[tuple[str, str]] = []
    values: list[tuple[str, str]] = []
    if update_phone_number:
        if col.PHONE_NUMBER not in changes:
            raise ValueRefused(ValueNote(NoteReason.NEEDS_PHONE, col.PHONE_NUMBER))
        flags.append(("update_phone_number", "Y"))
    if custom_fields and any(name not in _EDITABLE for name in changes):
        flags.append(("custom_fields", "Y"))
    for name, value in changes.items():
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str | Blank):
            raise ValueRefused(ValueNote(NoteReason.NOT_TEXT, name))
        spec = _EDITABLE.get(name)
        if spec is None:
            values.append(_custom_param(name, value, custom_fields))
            continue
        if name == col.PHONE_NUMBER and not update_phone_number:
            raise ValueRefused(ValueNote(NoteReason.PHONE_NEEDS_FLAG, name, spec.label))
        refused = refusal(spec, value)
        if refused is not None:
            # the same test makes `predict_stored` answer None: what is predicted is what happens
            raise ValueRefused(refused)
        if name == col.LIST_ID:
            flags.append(("list_exists_check", "Y"))  # refuse a move to a list that does not exist
        values.append((spec.param, to_wire(spec, value)))
    if ("custom_fields", "Y") in flags:
        for param, value in values:
            if _QUERY_LIKE.search(value):
                # the server finds custom labels by searching the request text for `&label=` (PROTOCOL §2.9)
                raise ValueRefused(ValueNote(NoteReason.QUERY_LIKE, param))
    return flags + values


def _custom_param(label: str, value: str | Blank, custom_fields: bool) -> tuple[str, str]:
    if not custom_fields:
        raise ValueRefused(ValueNote(NoteReason.NOT_A_COLUMN, label))
    if not LABEL.fullmatch(label) or label in API_PARAMETERS or param_filter(label) is not None:
        raise ValueRefused(ValueNote(NoteReason.NOT_CUSTOM, label))
    if isinstance(value, str) and re.search("[\ud800-\udfff]", value):
        raise ValueRefused(ValueNote(NoteReason.INVALID_UTF8, label, label))
    # `predict_custom_stored` says what the server keeps of them
    return label, custom_to_wire(value)


def insert_params(
    phone_code: str, phone_number: str, list_id: int, values: Mapping[str, str] | None
) -> tuple[int, list[tuple[str, str]]]:
    """(the target list, the parameters) of a new lead; ValueError before sending anything unusable.

    Sent with ``records=0`` so that the search can never match: an existing lead with this phone number is
    never updated instead (PROTOCOL §2.3, §2.10).
    """
    code = str(phone_code).strip()
    digits = phone_digits(str(phone_number))
    if not ascii_digits(code):
        raise ValueRefused(ValueNote(NoteReason.NEW_PHONE_CODE, col.PHONE_CODE))
    if not (ascii_digits(digits) and 6 <= len(digits) <= 18):
        raise ValueRefused(ValueNote(NoteReason.NEW_PHONE_NUMBER, col.PHONE_NUMBER, lowest="6", highest="18"))
    target = check_lead_id(list_id)
    if target < LIST_ID_MIN:
        raise ValueRefused(ValueNote(NoteReason.NEW_LIST_ID, col.LIST_ID, lowest=str(LIST_ID_MIN)))
    extra = dict(values or {})
    for name in _INSERT_KEYS:
        if name in extra:
            raise ValueRefused(ValueNote(NoteReason.NEW_KEY_GIVEN, name))
    if any(isinstance(v, Blank) or v == BLANK_TOKEN for v in extra.values()):
        raise ValueRefused(ValueNote(NoteReason.NEW_BLANK))
    changes = {k: v for k, v in extra.items() if v != ""}
    pairs = [
        ("search_method", MatchMethod.PHONE_NUMBER.value),
        ("records", "0"),
        ("insert_if_not_found", "Y"),
        (col.PHONE_NUMBER, digits),
        (col.PHONE_CODE, code),
        (col.LIST_ID, str(target)),
        *change_params(changes, False, False),
    ]
    return target, pairs
