"""How a lead is looked up, and the rules for its keys, written once for the search form and the client.

The match methods and scopes of `update_lead`'s search (PROTOCOL §2.2, §2.3), and what makes a phone
number, a lead ID or a list ID acceptable. A key is ASCII digits only: ``str.isdigit`` also accepts "²",
"٣" and "１４", which `int()` would convert or reject with a raw ValueError, and which the server's digit
filters would remove; such keys are refused with a reason, never converted. This module sits outside
`leadeditor.vicidial` on purpose: the search form checks what the user typed before the window's first
paint, when the network package is not loaded yet.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Final

__all__ = [
    "LEAD_ID_MAX_DIGITS",
    "LIST_ID_MIN",
    "PHONE_SEARCH_DIGITS",
    "PHONE_SEPARATORS",
    "KeyProblem",
    "MatchMethod",
    "Scope",
    "ascii_digits",
    "lead_id_problem",
    "list_id_problem",
    "phone_digits",
    "phone_problem",
]


class MatchMethod(Enum):
    """How `update_lead` looks a lead up; several are tried in this fixed order (PROTOCOL §2.3)."""

    LEAD_ID = "LEAD_ID"
    VENDOR_LEAD_CODE = "VENDOR_LEAD_CODE"
    PHONE_NUMBER = "PHONE_NUMBER"


class Scope(Enum):
    """Where to look: the whole system, the campaign of ``list_id``, or that list alone."""

    SYSTEM = "SYSTEM"
    CAMPAIGN = "CAMPAIGN"
    LIST = "LIST"


class KeyProblem(Enum):
    """Why a typed key cannot be used."""

    EMPTY = "empty"
    NOT_DIGITS = "not_digits"  # anything but ASCII 0-9 (after the phone separators are left out)
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    LEADING_ZERO = "leading_zero"
    TOO_SMALL = "too_small"


# Left out of a typed phone number: spaces, dashes, dots, brackets, commas (a comma would be stored, §5.12).
PHONE_SEPARATORS: Final = re.compile(r"[\s\-().,]")
PHONE_SEARCH_DIGITS: Final = (6, 18)  # §2.2 step 4; `lead_all_info` reads up to 19
LEAD_ID_MAX_DIGITS: Final = 11
# The server widens a list or campaign search to the whole system for a list ID under 99 or of fewer than 3
# digits (§2.2 step 3): a usable one has 3 or more digits and no leading zero, hence is 100 or more.
LIST_ID_MIN: Final = 100


def ascii_digits(text: str) -> bool:
    """True for a non-empty run of ASCII 0-9 only."""
    return text.isascii() and text.isdigit()


def phone_digits(text: str) -> str:
    """The typed phone number without its separators (still to be checked with `phone_problem`)."""
    return PHONE_SEPARATORS.sub("", text)


def phone_problem(
    text: str, *, shortest: int = PHONE_SEARCH_DIGITS[0], longest: int = PHONE_SEARCH_DIGITS[1]
) -> KeyProblem | None:
    """Why this typed phone number cannot be used as a key, or None."""
    digits = phone_digits(text)
    if not digits:
        return KeyProblem.EMPTY
    if not ascii_digits(digits):
        return KeyProblem.NOT_DIGITS
    if len(digits) < shortest:
        return KeyProblem.TOO_SHORT
    if len(digits) > longest:
        return KeyProblem.TOO_LONG
    return None


def lead_id_problem(text: str) -> KeyProblem | None:
    """Why this typed lead ID cannot be used, or None (a positive number of at most 11 digits)."""
    text = text.strip()
    if not text:
        return KeyProblem.EMPTY
    if not ascii_digits(text):
        return KeyProblem.NOT_DIGITS
    if len(text) > LEAD_ID_MAX_DIGITS:
        return KeyProblem.TOO_LONG
    if int(text) <= 0:
        return KeyProblem.TOO_SMALL
    return None


def list_id_problem(text: str) -> KeyProblem | None:
    """Why this typed list ID cannot scope a search, or None (3+ digits, no leading zero, so 100 or more)."""
    text = text.strip()
    if not text:
        return KeyProblem.EMPTY
    if not ascii_digits(text):
        return KeyProblem.NOT_DIGITS
    if len(text) > 1 and text.startswith("0"):
        return KeyProblem.LEADING_ZERO
    if len(text) < 3 or int(text) < LIST_ID_MIN:
        return KeyProblem.TOO_SMALL
    return None
