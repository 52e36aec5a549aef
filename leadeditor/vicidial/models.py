"""Plain records of the client: what to match, and what the server answered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any

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


class MatchMethod(Enum):
    """How `update_lead` looks a lead up; several are tried in this fixed order (PROTOCOL §2.3)."""

    LEAD_ID = "LEAD_ID"
    VENDOR_LEAD_CODE = "VENDOR_LEAD_CODE"
    PHONE_NUMBER = "PHONE_NUMBER"


_METHOD_ORDER = (MatchMethod.LEAD_ID, MatchMethod.VENDOR_LEAD_CODE, MatchMethod.PHONE_NUMBER)


class Scope(Enum):
    """Where to look: the whole system, the campaign of ``list_id``, or that list alone."""

    SYSTEM = "SYSTEM"
    CAMPAIGN = "CAMPAIGN"
    LIST = "LIST"


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
LEAD_ALL_INFO_COLUMNS: tuple[str, ...] = (
    "status",
    "user",
    "vendor_lead_code",
    "source_id",
    "list_id",
    "gmt_offset_now",
    "phone_code",
    "phone_number",
    "title",
    "first_name",
    "middle_initial",
    "last_name",
    "address1",
    "address2",
    "address3",
    "city",
    "state",
    "province",
    "postal_code",
    "country_code",
    "gender",
    "date_of_birth",
    "alt_phone",
    "email",
    "security_phrase",
    "comments",
    "called_count",
    "last_local_call_time",
    "rank",
    "owner",
    "entry_list_id",
    "lead_id",
)

_STANDARD = frozenset(LEAD_ALL_INFO_COLUMNS)


@dataclass(frozen=True)
class LeadRecord:
    """One lead as read from the server: `vicidial_list` columns, custom fields by label.

    ``lead_id`` and ``list_id`` are ints, every other column a str (newlines restored from ``!N``).
    ``fallback_columns`` names the columns that had to be read one by one (`lead_field_info`) because the
    server's unescaped output was ambiguous.
    """

    lead_id: int
    list_id: int
    status: str = ""
    user: str = ""
    vendor_lead_code: str = ""
    source_id: str = ""
    gmt_offset_now: str = ""
    phone_code: str = ""
    phone_number: str = ""
    title: str = ""
    first_name: str = ""
    middle_initial: str = ""
    last_name: str = ""
    address1: str = ""
    address2: str = ""
    address3: str = ""
    city: str = ""
    state: str = ""
    province: str = ""
    postal_code: str = ""
    country_code: str = ""
    gender: str = ""
    date_of_birth: str = ""
    alt_phone: str = ""
    email: str = ""
    security_phrase: str = ""
    comments: str = ""
    called_count: str = ""
    last_local_call_time: str = ""
    rank: str = ""
    owner: str = ""
    entry_list_id: str = ""
    custom: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    fallback_columns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "custom", MappingProxyType(dict(self.custom)))

    @classmethod
    def from_mapping(
        cls,
        values: Mapping[str, str],
        *,
        custom: Mapping[str, str] | None = None,
        fallback_columns: Iterable[str] = (),
    ) -> LeadRecord:
        """A record from column values as text (``lead_id`` and ``list_id`` are converted)."""
        kwargs: dict[str, Any] = {k: v for k, v in values.items() if k in _STANDARD}
        kwargs["lead_id"] = _to_int(values.get("lead_id", ""))
        kwargs["list_id"] = _to_int(values.get("list_id", ""))
        return cls(**kwargs, custom=dict(custom or {}), fallback_columns=tuple(fallback_columns))

    @property
    def entry_list(self) -> int:
        """``entry_list_id`` as a number (0 when none is recorded)."""
        return _to_int(self.entry_list_id)

    def __getitem__(self, name: str) -> Any:
        """A column or a custom field by name."""
        if name in LEAD_ALL_INFO_COLUMNS:
            return getattr(self, name)
        return self.custom[name]

    def columns(self) -> dict[str, Any]:
        """Every standard column, in `lead_all_info` order."""
        return {name: getattr(self, name) for name in LEAD_ALL_INFO_COLUMNS}

    def __iter__(self) -> Iterator[str]:
        yield from LEAD_ALL_INFO_COLUMNS
        yield from self.custom


def _to_int(text: str) -> int:
    text = text.strip()
    return int(text) if text.isdigit() else 0


@dataclass(frozen=True)
class UpdateResult:
    """What `update_lead` said about one write by lead ID.

    ``affected``: 1 changed, 0 already so, -1 the server's UPDATE failed, None when no SUCCESS line came
    (only custom fields were written, or nothing was applied). ``applied`` is False when the server did not
    apply anything (empty body, or the UPDATE failed); ``message`` says why in plain words.
    """

    lead_id: int
    affected: int | None
    applied: bool
    message: str
    events: tuple[Event, ...] = ()
    custom_affected: int | None = None

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
