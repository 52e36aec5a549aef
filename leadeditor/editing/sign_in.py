"""Signing in to a server profile, Qt-free: `version()` (reachability), then `check_access()` (login and the
update permission, without touching data).

The lock-out guard lives here. VICIdial locks an API user for 15 minutes after 10 failed logins
(PROTOCOL §1.8) and a password with characters outside `[A-Za-z0-9_-]` can never succeed (§1.4), so:
- a failed password is never re-sent automatically: the flow sends only what a caller hands it, and a keyring
  password that failed is flagged so start-up prompts instead of using it again;
- consecutive failures are counted per profile and persisted; `preflight()` warns before the attempt that the
  server would answer with a lock, and while a reported lock lasts;
- a password the API filter would alter gets a warning before it is sent.
Nothing here ever puts the password in a message, a log line or an exception.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import hashlib
import hmac
import logging
import os
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from leadeditor.profiles import NonLatinMode, Profile, ProfileProblem, ProfileStore, SignInState, api_name_ok

if TYPE_CHECKING:
    from leadeditor.vicidial import VicidialClient

log = logging.getLogger(__name__)

LOCK_AFTER = 10  # the server locks after this many failures (F:99-F:100)
LOCK_MINUTES = 15
WARN_FROM = LOCK_AFTER - 3  # from this many counted failures on, every attempt is confirmed first

# Builds in which the read functions appeared (non_agent_api.php changelog): YYMMDD of the build string.
BUILD_LEAD_ALL_INFO = 210316
BUILD_LEAD_SEARCH = 211027
BUILD_LEAD_ALL_INFO_BY_PHONE = 211107


# -- checks before sending -------------------------------------------------------------------------
class PreflightKind(enum.Enum):
    LOCKED = "locked"  # the server reported a lock that has not run out yet
    LAST_TRY = "last_try"  # one more failure and the server locks the user
    NEAR_LOCK = "near_lock"  # a few failures left
    BAD_CHARACTERS = "bad_characters"  # the API filter would change the password: it can never succeed
    SAME_AS_REJECTED = "same_as_rejected"  # the very password the server refused last time


@dataclass(frozen=True)
class Preflight:
    """One warning before sending a password: its kind and the facts its sentence needs (`ui.texts`)."""

    kind: PreflightKind
    user: str = ""
    failures: int = 0  # sign-ins in a row that failed so far
    locked_until: datetime | None = None  # LOCKED: when the server's lock runs out
    password: PasswordProblem | None = None  # BAD_CHARACTERS


@dataclass(frozen=True)
class PasswordProblem:
    """The API's `pass` filter would alter the password: how many characters (never which ones)."""

    bad: int
    any_alphabet: bool  # non-latin mode: letters of any alphabet survive


def password_problem(password: str, *, non_latin: NonLatinMode) -> PasswordProblem | None:
    """The problem when the API's `pass` filter would alter the password (it never names the characters)."""
    if api_name_ok(password, non_latin=non_latin is NonLatinMode.YES):
        return None
    bad = sum(1 for ch in password if not api_name_ok(ch, non_latin=non_latin is NonLatinMode.YES))
    return PasswordProblem(bad, any_alphabet=non_latin is NonLatinMode.YES)


# -- outcomes --------------------------------------------------------------------------------------
class FailureKind(enum.Enum):
    WRONG_PASSWORD = "wrong_password"
    LOCKED_OUT = "locked_out"
    PERMISSION = "permission"
    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    TLS = "tls"
    SERVER_FAILURE = "server_failure"
    UNEXPECTED = "unexpected"
    INVALID_PROFILE = "invalid_profile"
    TWO_FACTOR = "two_factor"  # the server wants a 2FA authorisation first
    IP_BLOCKED = "ip_blocked"  # the user group does not allow this computer's address
    NOT_SENT = "not_sent"  # the client refused to send credentials the API filter would alter


@dataclass(frozen=True)
class SignInFailure:
    kind: FailureKind
    profile_name: str
    function: str | None = None  # PERMISSION: which API function was refused
    locked_until: datetime | None = None  # LOCKED_OUT: when the server's lock should end (UTC)
    failures: int = 0  # consecutive failures counted for this profile, after this attempt
    detail: str = ""  # short technical detail for "Details", never containing the password
    profile_problems: tuple[ProfileProblem, ...] = ()  # INVALID_PROFILE: what is wrong with the profile


def _unusable(profile: Profile, password: str) -> SignInFailure | None:
    """Why nothing may be sent with this profile and password (incomplete profile, no password), or None."""
    problems = tuple(profile.problems())
    if problems:
        return SignInFailure(
            FailureKind.INVALID_PROFILE,
            profile.name,
            detail="invalid profile: " + ", ".join(p.value for p in problems),
            profile_problems=problems,
        )
    if not password:
        return SignInFailure(FailureKind.WRONG_PASSWORD, profile.name, detail="empty password")
    return None


@dataclass(frozen=True)
class Capabilities:
    """What the server's build can do, judged from its `version` answer (unknown build: assume everything)."""

    lead_all_info: bool = True
    lead_search: bool = True
    lead_all_info_by_phone: bool = True

    @property
    def limited(self) -> bool:
        return not (self.lead_all_info and self.lead_search and self.lead_all_info_by_phone)

    @classmethod
    def from_build(cls, build: str | None) -> Capabilities:
        date = parse_build(build)
        if date is None:
            return cls()
        return cls(
            lead_all_info=date >= BUILD_LEAD_ALL_INFO,
            lead_search=date >= BUILD_LEAD_SEARCH,
            lead_all_info_by_phone=date >= BUILD_LEAD_ALL_INFO_BY_PHONE,
        )


def parse_build(build: str | None) -> int | None:
    """`250720-1841` -> 250720 (YYMMDD; a 2008 build is 80724, which still sorts before 2010's 100718)."""
    if not build:
        return None
    head = str(build).strip().split("-", 1)[0]
    return int(head) if head.isdigit() and 5 <= len(head) <= 6 else None


@dataclass
class SignedInSession:
    """A signed-in server: hand `client` to the editing layer. `non_latin` is the profile's setting for the
    previews (`non_latin.for_previews` is the bool `predict_stored` wants)."""

    profile: Profile
    client: VicidialClient
    server_version: Any  # leadeditor.vicidial ServerVersion (.version, .build, ...)
    capabilities: Capabilities = field(default_factory=Capabilities)

    @property
    def non_latin(self) -> NonLatinMode:
        return self.profile.non_latin

    def __repr__(self) -> str:
        return f"<SignedInSession profile={self.profile.name!r} user={self.profile.user!r}>"


# -- error classification --------------------------------------------------------------------------
def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen and len(seen) < 10:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def is_tls_failure(exc: BaseException) -> bool:
    """True when a connection failure was a TLS/certificate problem (by type, along the cause chain)."""
    from leadeditor.vicidial.errors import TlsError

    return any(isinstance(item, TlsError | ssl.SSLError | ssl.CertificateError) for item in _chain(exc))


def safe_text(exc: BaseException, password: str) -> str:
    """The exception's short technical text for "Details" (its reason and data, never its class name), or ""
    when the password (or its echo) shows in it."""
    text = str(exc).strip()
    if password and password in text:
        return ""
    return text[:300]


def classify(exc: BaseException, profile: Profile, password: str) -> SignInFailure:
    """Turn a client exception into a SignInFailure (counters are filled in by the flow)."""
    from leadeditor.vicidial import errors as e

    detail = safe_text(exc, password)
    name = profile.name
    if isinstance(exc, e.LockedOut):
        return SignInFailure(FailureKind.LOCKED_OUT, name, detail=detail)
    if isinstance(exc, e.AuthenticationFailed):
        kind = {
            e.Reason.TWO_FACTOR: FailureKind.TWO_FACTOR,
            e.Reason.IP_BLOCKED: FailureKind.IP_BLOCKED,
            e.Reason.NOT_SENT: FailureKind.NOT_SENT,
        }.get(exc.reason, FailureKind.WRONG_PASSWORD)
        return SignInFailure(kind, name, detail=detail)
    if isinstance(exc, e.PermissionDenied):
        function = exc.function or "update_lead"
        return SignInFailure(FailureKind.PERMISSION, name, function=function, detail=detail)
    if isinstance(exc, e.TimedOut):
        return SignInFailure(FailureKind.TIMEOUT, name, detail=detail)
    if isinstance(exc, e.ConnectionFailed):
        kind = FailureKind.TLS if is_tls_failure(exc) else FailureKind.UNREACHABLE
        return SignInFailure(kind, name, detail=detail)
    if isinstance(exc, e.ServerFailure):
        return SignInFailure(FailureKind.SERVER_FAILURE, name, detail=detail)
    return SignInFailure(FailureKind.UNEXPECTED, name, detail=detail)


# -- the flow --------------------------------------------------------------------------------------
def default_client_factory(profile: Profile, password: str) -> VicidialClient:
    from leadeditor.editing.session import open_client

    return open_client(
        profile.url,
        profile.user,
        password,
        source=profile.source,
        timeout=profile.timeout,
        verify=profile.verify,
    )


class SignInFlow:
    """Sign-in for the profiles of one store. One instance per app run (it keeps, in memory only, a keyed
    fingerprint of the last refused password per profile, to warn before the same one is sent again)."""

    def __init__(
        self,
        store: ProfileStore,
        *,
        client_factory: Callable[[Profile, str], VicidialClient] = default_client_factory,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.client_factory = client_factory
        self.clock = clock or (lambda: datetime.now(UTC))
        self._key = os.urandom(32)  # per-run key: the fingerprints mean nothing outside this process
        self._rejected: dict[str, bytes] = {}

    def __repr__(self) -> str:
        return f"<SignInFlow profiles={len(self.store.names())}>"

    def _fingerprint(self, profile: Profile, password: str) -> bytes:
        msg = f"{profile.keyring_account}\0{password}".encode()
        return hmac.new(self._key, msg, hashlib.sha256).digest()

    # -- guard -------------------------------------------------------------------------------------
    def state(self, profile: Profile) -> SignInState:
        return self.store.sign_in_state(profile.name)

    def locked_until(self, profile: Profile) -> datetime | None:
        until = self.state(profile).locked_until_dt()
        return until if until is not None and until > self.clock() else None

    def may_use_stored_password(self, profile: Profile) -> bool:
        """Start-up may send the keyring password on its own only if nothing failed since it last worked."""
        st = self.state(profile)
        return not st.stored_password_rejected and st.failures == 0 and self.locked_until(profile) is None

    def preflight(self, profile: Profile, password: str) -> list[Preflight]:
        """Warnings the user must accept before `password` is sent (empty list: send without asking)."""
        out: list[Preflight] = []
        until = self.locked_until(profile)
        user = profile.user
        if until is not None:
            out.append(Preflight(PreflightKind.LOCKED, user, locked_until=until))
        failures = self.state(profile).failures
        left = LOCK_AFTER - failures
        if until is None and left <= 1:
            out.append(Preflight(PreflightKind.LAST_TRY, user, failures))
        elif until is None and failures >= WARN_FROM:
            out.append(Preflight(PreflightKind.NEAR_LOCK, user, failures))
        problem = password_problem(password, non_latin=profile.non_latin)
        if problem:
            out.append(Preflight(PreflightKind.BAD_CHARACTERS, user, password=problem))
        if self._rejected.get(profile.name) == self._fingerprint(profile, password):
            out.append(Preflight(PreflightKind.SAME_AS_REJECTED, user))
        return out

    # -- sign-in -----------------------------------------------------------------------------------
    def _connect(self, profile: Profile, password: str) -> SignedInSession:
        """Blocking: runs in a worker thread."""
        client = self.client_factory(profile, password)
        try:
            version = client.version()
            client.check_access()
        except BaseException:
            client.close()
            raise
        build = getattr(version, "build", None)
        return SignedInSession(profile, client, version, Capabilities.from_build(build))

    async def sign_in(
        self, profile: Profile, password: str, *, from_keyring: bool = False
    ) -> SignedInSession | SignInFailure:
        """One attempt. The caller runs `preflight()` first and shows its warnings; this never retries."""
        unusable = _unusable(profile, password)
        if unusable is not None:
            return unusable
        attempt = asyncio.ensure_future(asyncio.to_thread(self._connect, profile, password))
        try:
            session = await asyncio.shield(attempt)
        except asyncio.CancelledError:
            # The request may still reach the server: count its verdict when it comes (the guard stays right).
            attempt.add_done_callback(lambda t: self._late_outcome(t, profile, password, from_keyring))
            raise
        except Exception as exc:
            failure = classify(exc, profile, password)
            failure = self._record_failure(profile, password, failure, from_keyring=from_keyring)
            log.info("sign-in to profile %r failed: %s", profile.name, failure.kind.value)
            return failure
        self._record_success(profile)
        log.info("signed in to profile %r as %s", profile.name, profile.user)
        return session

    def _check_login(self, profile: Profile, password: str) -> None:
        """Blocking: runs in a worker thread. One request, which proves the login and the update right."""
        client = self.client_factory(profile, password)
        try:
            client.check_access()
        finally:
            client.close()

    async def test_connection(self, profile: Profile, password: str) -> SignInFailure | None:
        """The profiles dialog's "Test connection": one request with these settings and this password (None
        when it worked). A failure counts like a sign-in's (the lock-out guard stays right); never retried."""
        unusable = _unusable(profile, password)
        if unusable is not None:
            return unusable
        try:
            await asyncio.to_thread(self._check_login, profile, password)
        except Exception as exc:
            failure = self._record_failure(
                profile, password, classify(exc, profile, password), from_keyring=False
            )
            log.info("connection test of profile %r failed: %s", profile.name, failure.kind.value)
            return failure
        self._rejected.pop(profile.name, None)
        self.store.set_sign_in_state(profile.name, SignInState())
        log.info("connection test of profile %r passed as %s", profile.name, profile.user)
        return None

    def _late_outcome(
        self, task: asyncio.Future[SignedInSession], profile: Profile, password: str, from_keyring: bool
    ) -> None:
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            self._record_success(profile)
            task.result().client.close()
        elif isinstance(exc, Exception):
            failure = classify(exc, profile, password)
            self._record_failure(profile, password, failure, from_keyring=from_keyring)

    def _record_failure(
        self, profile: Profile, password: str, failure: SignInFailure, *, from_keyring: bool
    ) -> SignInFailure:
        st = self.state(profile)
        now = self.clock()
        if failure.kind is FailureKind.WRONG_PASSWORD:
            until = st.locked_until_dt()
            if st.failures >= LOCK_AFTER and (until is None or until <= now):
                st.failures = 0  # the server starts counting again after a lock ran out (F:134-F:163)
                st.locked_until = None
            st.failures += 1
            self._rejected[profile.name] = self._fingerprint(profile, password)
            st.stored_password_rejected = st.stored_password_rejected or from_keyring
            if st.failures >= LOCK_AFTER:  # by our count the server has locked the user now
                st.locked_until = (now + timedelta(minutes=LOCK_MINUTES)).isoformat()
        elif failure.kind is FailureKind.LOCKED_OUT:
            st.failures = max(st.failures, LOCK_AFTER)
            until = now + timedelta(minutes=LOCK_MINUTES)
            st.locked_until = until.isoformat()
            st.stored_password_rejected = st.stored_password_rejected or from_keyring
            failure = dataclasses.replace(failure, locked_until=until)
        elif failure.kind is FailureKind.PERMISSION:
            # The login itself worked: the password is right, whatever the permission.
            st = SignInState()
        # Anything else (network, TLS, 2FA, IP block, server failure) is no verdict on the password.
        self.store.set_sign_in_state(profile.name, st)
        return dataclasses.replace(failure, failures=st.failures)

    def _record_success(self, profile: Profile) -> None:
        self._rejected.pop(profile.name, None)
        self.store.set_sign_in_state(profile.name, SignInState())
        self.store.set_last_used(profile.name)
