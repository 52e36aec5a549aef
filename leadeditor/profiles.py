"""Server profiles: everything needed to reach one VICIdial server, except the password.

A profile is a frozen dataclass stored as a plain dict in the app's settings (`leadeditor.settings`). The
password lives in the OS keyring under `Profile.keyring_account` (`<api user>@<host[:port]>`), see
`leadeditor.secrets`. The per-profile sign-in bookkeeping of the lock-out guard is kept here too, because it
must survive a restart (the server counts failures across restarts as well).
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from leadeditor.settings import Settings

# a failure count that cannot be read: assume one short of the server's lock-out (10), so the guard asks first
DAMAGED_FAILURE_COUNT = 9
SOURCE_MAX = 20  # the size of vicidial_api_log.source; the documented maximum
SOURCE_MIN = 2  # the server refuses shorter sources after filtering (PROTOCOL §1.6)
_SOURCE_RE = re.compile(r"[A-Za-z0-9]+")
_API_NAME_ASCII = re.compile(r"[A-Za-z0-9_-]+")
SCOPES = ("SYSTEM", "CAMPAIGN", "LIST")  # names of leadeditor.vicidial Scope members


class NonLatinMode(enum.Enum):
    """The server's `use_non_latin` system setting, which the API does not report: the user tells us."""

    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"

    @property
    def for_previews(self) -> bool:
        """The `non_latin` flag the previews use. Unknown predicts the stricter (ASCII) filters, so a preview
        never promises to keep an accent the server may remove."""
        return self is NonLatinMode.YES


class ProfileProblem(enum.Enum):
    """Why a profile cannot be used as it is; `ui.texts.profile_problem_text` words each one."""

    NO_NAME = "no_name"
    BAD_ADDRESS = "bad_address"  # not http(s)://host
    BAD_PORT = "bad_port"
    NO_USER = "no_user"
    USER_FILTERED = "user_filtered"  # the API's filter would change the user: it could never sign in
    NO_SOURCE = "no_source"
    SOURCE_FILTERED = "source_filtered"  # letters A-Z and digits only
    SOURCE_TOO_SHORT = "source_too_short"  # fewer than SOURCE_MIN
    SOURCE_TOO_LONG = "source_too_long"  # more than SOURCE_MAX
    BAD_TIMEOUTS = "bad_timeouts"  # connect 0-600 s, read 0-3600 s
    UNKNOWN_SCOPE = "unknown_scope"
    SCOPE_NEEDS_LIST = "scope_needs_list"  # a campaign or list scope without a usable list ID
    BAD_LIST_ID = "bad_list_id"  # a default list ID the search would refuse


CONNECT_TIMEOUT_MAX = 600.0
READ_TIMEOUT_MAX = 3600.0
_MAX_TIMEOUT = READ_TIMEOUT_MAX  # a stored timeout beyond either bound is damaged


def validate_source(source: str) -> ProfileProblem | None:
    """What is wrong with `source`, or None. Letters and digits only, 2 to 20 of them."""
    if not source:
        return ProfileProblem.NO_SOURCE
    if not _SOURCE_RE.fullmatch(source):
        return ProfileProblem.SOURCE_FILTERED
    if len(source) < SOURCE_MIN:
        return ProfileProblem.SOURCE_TOO_SHORT
    if len(source) > SOURCE_MAX:
        return ProfileProblem.SOURCE_TOO_LONG
    return None


def api_name_ok(text: str, *, non_latin: bool) -> bool:
    """True when the API's user/pass filter keeps `text` whole (PROTOCOL §1.4: A-Z a-z 0-9 - _,
    plus letters of any script when the server is in non-latin mode)."""
    if not text:
        return False
    if _API_NAME_ASCII.fullmatch(text):
        return True
    if not non_latin:
        return False
    # \p{L} in PHP: any Unicode letter; str.isalpha() is the closest test (combining marks are not letters).
    return all(ch.isalpha() or (ch.isdigit() and ch.isascii()) or ch in "-_" for ch in text)


def host_port(url: str) -> str:
    """`host` or `host:port` (only when the URL names a port), lower-case; IPv6 hosts in brackets."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host


_FLOAT_FIELDS = frozenset({"connect_timeout", "read_timeout"})
_BOOL_FIELDS = frozenset({"verify_tls", "remember_password"})
_OPTIONAL_TEXT_FIELDS = frozenset({"ca_bundle"})


def _fits(name: str, value: Any) -> bool:
    """Whether a stored value has the type of the profile field `name`."""
    if name in _BOOL_FIELDS:
        return isinstance(value, bool)
    if name in _FLOAT_FIELDS:
        return isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= _MAX_TIMEOUT
    if name in _OPTIONAL_TEXT_FIELDS:
        return value is None or isinstance(value, str)
    return isinstance(value, str)


@dataclass(frozen=True)
class Profile:
    name: str
    url: str
    user: str
    source: str = "leadeditor"
    verify_tls: bool = True
    ca_bundle: str | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    non_latin: NonLatinMode = NonLatinMode.UNKNOWN
    default_scope: str = "SYSTEM"
    default_list_id: str = ""
    remember_password: bool = True

    # -- derived -----------------------------------------------------------------------------------
    @property
    def keyring_account(self) -> str:
        """The keyring user name: `<api user>@<host[:port]>`, so that profiles of different servers never
        share a secret (two profiles for the same user on the same server rightly do)."""
        return f"{self.user}@{host_port(self.url)}"

    @property
    def verify(self) -> bool | str:
        """The client's `verify`: False, a CA bundle path, or True (the system's trust store)."""
        if not self.verify_tls:
            return False
        return self.ca_bundle or True

    @property
    def timeout(self) -> tuple[float, float]:
        return (float(self.connect_timeout), float(self.read_timeout))

    @property
    def is_https(self) -> bool:
        return urlsplit(self.url.strip()).scheme.lower() == "https"

    def replace(self, **changes: Any) -> Profile:
        return dataclasses.replace(self, **changes)

    # -- (de)serialisation -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["non_latin"] = self.non_latin.value
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Profile:
        """A profile from the settings file. A value of the wrong type (a hand-edited or damaged file) falls
        back to its default; TypeError when the entry is not a profile at all (no name, URL or user)."""
        if not isinstance(data, dict):
            raise TypeError("a profile entry must be an object")
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # unknown keys: written by a newer version, ignored
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name == "non_latin":
                try:
                    values[f.name] = NonLatinMode(value)
                except (ValueError, TypeError):
                    values[f.name] = NonLatinMode.UNKNOWN
            elif _fits(f.name, value):
                values[f.name] = float(value) if f.name in _FLOAT_FIELDS else value
        required = [f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
        if not all(isinstance(values.get(k), str) for k in required):
            raise TypeError("a profile entry needs a name, a URL and a user")
        return cls(**values)

    # -- validation --------------------------------------------------------------------------------
    def problems(self) -> list[ProfileProblem]:
        """Why this profile cannot be used as it is (empty when fine), in the order of the form's fields."""
        from leadeditor.lead_keys import list_id_problem

        out: list[ProfileProblem] = []
        if not self.name.strip():
            out.append(ProfileProblem.NO_NAME)
        parts = urlsplit(self.url.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            out.append(ProfileProblem.BAD_ADDRESS)
        else:
            try:
                _ = parts.port
            except ValueError:
                out.append(ProfileProblem.BAD_PORT)
        if not self.user:
            out.append(ProfileProblem.NO_USER)
        elif not api_name_ok(self.user, non_latin=self.non_latin is NonLatinMode.YES):
            out.append(ProfileProblem.USER_FILTERED)
        problem = validate_source(self.source)
        if problem:
            out.append(problem)
        connect_ok = 0 < self.connect_timeout <= CONNECT_TIMEOUT_MAX
        if not connect_ok or not 0 < self.read_timeout <= READ_TIMEOUT_MAX:
            out.append(ProfileProblem.BAD_TIMEOUTS)
        # the list ID follows the search pane's rule (lead_keys): a default the search refuses is of no use
        list_problem = list_id_problem(self.default_list_id)
        if self.default_scope not in SCOPES:
            out.append(ProfileProblem.UNKNOWN_SCOPE)
        elif self.default_scope != "SYSTEM" and list_problem is not None:
            out.append(ProfileProblem.SCOPE_NEEDS_LIST)
        elif self.default_list_id.strip() and list_problem is not None:
            out.append(ProfileProblem.BAD_LIST_ID)
        return out


@dataclass
class SignInState:
    """What the lock-out guard remembers about one profile between runs."""

    failures: int = 0  # consecutive authentication failures this app saw
    locked_until: str | None = None  # ISO time (UTC) the server's 15-minute lock ends, when one was reported
    stored_password_rejected: bool = False  # the keyring password failed: never send it again automatically
    extra: dict[str, Any] = field(default_factory=dict)

    def locked_until_dt(self) -> datetime | None:
        if not self.locked_until:
            return None
        try:
            value = datetime.fromisoformat(self.locked_until)
        except ValueError:
            return None
        return value if value.tzinfo else value.replace(tzinfo=UTC)


class ProfileStore:
    """Profiles kept in the app's settings. Every change is saved at once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    # -- profiles ----------------------------------------------------------------------------------
    def _raw(self) -> list[dict[str, Any]]:
        raw = self.settings.data.get("profiles")
        if not isinstance(raw, list):
            raw = []
            self.settings.data["profiles"] = raw
        return raw

    def all(self) -> list[Profile]:
        out = []
        for item in self._raw():
            try:
                out.append(Profile.from_dict(item))
            except TypeError:
                continue  # a broken entry (hand-edited file) is skipped, not fatal
        return out

    def names(self) -> list[str]:
        return [p.name for p in self.all()]

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.all() if p.name == name), None)

    def add(self, profile: Profile) -> None:
        if self.get(profile.name) is not None:
            raise ValueError(f"a profile named {profile.name!r} already exists")
        self._raw().append(profile.to_dict())
        self.settings.save()

    def update(self, old_name: str, profile: Profile) -> None:
        """Replace the profile called `old_name` (it may be renamed)."""
        if profile.name != old_name and self.get(profile.name) is not None:
            raise ValueError(f"a profile named {profile.name!r} already exists")
        raw = self._raw()
        for i, item in enumerate(raw):
            if item.get("name") == old_name:
                raw[i] = profile.to_dict()
                break
        else:
            raise KeyError(old_name)
        if profile.name != old_name:
            states = self.settings.section("sign_in")
            if old_name in states:
                states[profile.name] = states.pop(old_name)
            if self.settings.data.get("last_profile") == old_name:
                self.settings.data["last_profile"] = profile.name
        self.settings.save()

    def remove(self, name: str) -> Profile | None:
        """Remove a profile and its bookkeeping. The caller removes its keyring secret (async) when
        `account_in_use` says no other profile shares it."""
        profile = self.get(name)
        if profile is None:
            return None
        self.settings.data["profiles"] = [p for p in self._raw() if p.get("name") != name]
        self.settings.section("sign_in").pop(name, None)
        if self.settings.data.get("last_profile") == name:
            self.settings.data["last_profile"] = None
        self.settings.save()
        return profile

    def duplicate_name(self, name: str) -> str:
        base = f"{name} (copy)"
        candidate, n = base, 2
        while self.get(candidate) is not None:
            candidate = f"{name} (copy {n})"
            n += 1
        return candidate

    def account_in_use(self, account: str, *, besides: str | None = None) -> bool:
        """True when a profile other than `besides` uses the keyring account `account`."""
        return any(p.keyring_account == account and p.name != besides for p in self.all())

    # -- last used ---------------------------------------------------------------------------------
    @property
    def last_used(self) -> str | None:
        name = self.settings.data.get("last_profile")
        return name if isinstance(name, str) and self.get(name) is not None else None

    def set_last_used(self, name: str) -> None:
        self.settings.data["last_profile"] = name
        self.settings.save()

    # -- lock-out guard bookkeeping ----------------------------------------------------------------
    def sign_in_state(self, name: str) -> SignInState:
        raw = self.settings.section("sign_in").get(name)
        if not isinstance(raw, dict):
            raw = {}
        failures = raw.get("failures", 0)
        locked_until = raw.get("locked_until")
        extra = raw.get("extra", {})
        rejected = raw.get("stored_password_rejected", False)
        return SignInState(
            # a damaged count errs on the safe side: as many failures as the guard warns about
            failures=failures if type(failures) is int and failures >= 0 else DAMAGED_FAILURE_COUNT,
            locked_until=locked_until if isinstance(locked_until, str) else None,
            stored_password_rejected=rejected if isinstance(rejected, bool) else True,
            extra=dict(extra) if isinstance(extra, dict) else {},
        )

    def set_sign_in_state(self, name: str, state: SignInState) -> None:
        self.settings.section("sign_in")[name] = dataclasses.asdict(state)
        self.settings.save()
