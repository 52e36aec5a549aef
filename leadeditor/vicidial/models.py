"""Plain records of the client: what to match, and what the server answered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any

from leadeditor.lead_keys import MatchMethod, Scope
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import BLANK, Blank
from leadeditor.vicidial.responses import Event

__all__ = [
    "BLANK",
    "LEAD_ALL_INFO_COLUMNS",
    "Blank",
    "FindResult",
    "LeadRecord",
    "Match",
    "MatchMethod",
    "Scope",
    "ServerVersion",
    "UpdateResult",
]


_METHOD_ORDER = (MatchMethod.LEAD_ID, MatchMethod.VENDOR_LEAD_CODE, MatchMethod.PHONE_NUMBER)


@dataclass(frozen=True)
class Match:
    """What to look for. ``methods`` defaults to the methods whose key is given."""

    lead_id: int | None = None
    vendor_lead_code: str | None = None
    phone_number: str | None = None
    methods: frozenset[MatchMethod] | Iterable[MatchMethod] | MatchMethod | None = None
    scope: Scope = Scope.SYSTEM
    list_id: int | None = None

    def __post_init__(self) -> None:
        methods: frozenset[MatchMethod]
        if self.methods is None:
            given = {
                MatchMethod.LEAD_ID: self.lead_id is not None,
                MatchMethod.VENDOR_LEAD_CODE: bool(self.vendor_lead_code),
                MatchMethod.PHONE_NUMBER: bool(self.phone_number),
            }
            methods = frozenset(m for m, ok in given.items() if ok)
        elif isinstance(self.methods, MatchMethod):
            methods = frozenset({self.methods})
        else:
            methods = frozenset(MatchMethod(m) for m in self.methods)
        object.__setattr__(self, "methods", methods)
        object.__setattr__(self, "scope", Scope(self.scope))

    @property
    def ordered_methods(self) -> tuple[MatchMethod, ...]:
        """The chosen methods in the API's fixed priority order."""
        chosen: Any = self.methods
        return tuple(m for m in _METHOD_ORDER if m in chosen)

    @property
    def search_method(self) -> str:
        """The ``search_method`` value: the methods joined in priority order."""
        return "_".join(m.value for m in self.ordered_methods)


@dataclass(frozen=True)
class FindResult:
    """The lead `update_lead` itself would update, as its `no_update=Y` NOTICE reports it.

    ``vendor_lead_code`` and ``phone_number`` are the request's (filtered) values echoed back, not the lead's.
    """

    lead_id: int
    vendor_lead_code: str
    phone_number: str
    list_id: int
    entry_list_id: int
    method: MatchMethod | None = None


# The columns of `lead_all_info`, in its output order (PROTOCOL §3.1).
LEAD_ALL_INFO_COLUMNS: tuple[str, ...] = col.READ_ORDER


@dataclass(frozen=True)
class LeadRecord:
    """One lead as read from the server: its standard columns and its custom fields by label, as text.

    A mapping of values rather than one attribute per column, so a new column needs no change here:
    ``record["last_name"]``, ``record.get(...)``; ``lead_id``, ``list_id`` and ``entry_list`` are the typed
    numbers callers need (0 when missing). Newlines are restored from ``!N``. ``fallback_columns`` names the
    columns that had to be read one by one (`lead_field_info`) because the server's unescaped output was
    ambiguous.
    """

    values: Mapping[str, str]
    custom: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    fallback_columns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        standard = {name: str(self.values.get(name, "")) for name in LEAD_ALL_INFO_COLUMNS}
        object.__setattr__(self, "values", MappingProxyType(standard))
        object.__setattr__(self, "custom", MappingProxyType(dict(self.custom)))

    @classmethod
    def from_mapping(
        cls,
        values: Mapping[str, str],
        *,
        custom: Mapping[str, str] | None = None,
        fallback_columns: Iterable[str] = (),
    ) -> LeadRecord:
        """A record from column values as text (names that are not standard columns are ignored)."""
        return cls(values, custom=dict(custom or {}), fallback_columns=tuple(fallback_columns))

    @property
    def lead_id(self) -> int:
        return _to_int(self.values[col.LEAD_ID])

    @property
    def list_id(self) -> int:
        return _to_int(self.values[col.LIST_ID])

    @property
    def entry_list(self) -> int:
        """``entry_list_id`` as a number (0 when none is recorded)."""
        return _to_int(self.values[col.ENTRY_LIST_ID])

    def __getitem__(self, name: str) -> str:
        """A standard column or a custom field by name, as text."""
        if name in self.values:
            return self.values[name]
        return self.custom[name]

    def get(self, name: str, default: str = "") -> str:
        try:
            return self[name]
        except KeyError:
            return default

    def columns(self) -> dict[str, str]:
        """Every standard column, in `lead_all_info` order."""
        return dict(self.values)

    def __iter__(self) -> Iterator[str]:
        yield from LEAD_ALL_INFO_COLUMNS
        yield from self.custom


def _to_int(text: str) -> int:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else 0


class Said(Enum):
    """What `update_lead` said it did to a lead; `ui.texts.update_result_text` words it."""

    UPDATED = "updated"
    ALREADY_SO = "already_so"  # the lead already held these values
    DELETED = "deleted"
    ALREADY_GONE = "already_gone"  # delete: nothing was deleted
    UPDATE_FAILED = "update_failed"  # the server's database UPDATE failed: nothing changed
    CUSTOM_ONLY = "custom_only"  # only custom fields were written (`custom` says how)
    NOTHING_REPORTED = "nothing_reported"  # the server reported nothing applied
    NOTHING_TO_APPLY = "nothing_to_apply"  # every value sent was empty after the server's filters
    ADDED = "added"  # insert: the new lead (`lead_id`) is in `list_id`
    NOT_ADDED = "not_added"  # insert: its INSERT failed


class CustomSaid(Enum):
    """What the server said about a write's custom fields."""

    UPDATED = "updated"
    ALREADY_SO = "already_so"
    NOT_DEFINED = "not_defined"  # the lead's list defines no custom fields: the values were not saved


@dataclass(frozen=True)
class UpdateResult:
    """What `update_lead` said about one write by lead ID.

    ``affected``: 1 changed, 0 already so, -1 the server's UPDATE failed, None when no SUCCESS line came
    (only custom fields were written, or nothing was applied). ``applied`` is False when the server did not
    apply anything (empty body, or the UPDATE failed); ``said`` and ``custom`` say why (reasons, not words).
    """

    lead_id: int
    affected: int | None
    applied: bool
    said: Said
    events: tuple[Event, ...] = ()
    custom_affected: int | None = None
    custom: CustomSaid | None = None
    list_id: int | None = None  # an insert: the list the lead was added to

    @property
    def changed(self) -> bool:
        return self.affected == 1 or bool(self.custom_affected)

    @property
    def notices(self) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.prefix == "NOTICE")


@dataclass(frozen=True)
class ServerVersion:
    """The `version` answer: VICIdial version and build, the server's clock and time zone."""

    version: str
    build: str
    build_date: dt.date | None
    server_time: dt.datetime | None
    epoch: int | None
    dst: bool
    tz: str
    tz_now: str
    raw: str = ""

    @property
    def date(self) -> dt.date | None:
        """The build date (from ``BUILD: YYMMDD-HHMM``)."""
        return self.build_date

    @property
    def timezone(self) -> str:
        """The server's GMT offset now (DST included), e.g. ``-5.00``."""
        return self.tz_now or self.tz
