"""The Qt-free sign-in flow against the sandbox over real HTTP: every outcome, the lock-out guard, and the
password never leaking into settings, logs or failure texts."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from testkit.local_http import closed_port

from leadeditor.editing.sign_in import (
    Capabilities,
    FailureKind,
    PreflightKind,
    SignedInSession,
    SignInFailure,
    SignInFlow,
    parse_build,
)
from leadeditor.profiles import NonLatinMode, ProfileStore
from leadeditor.settings import Settings
from leadeditor.ui.texts import preflight_text

GOOD = "1234"  # the sandbox's password for 6666 and 7777
WRONG = "Wr0ng-Guess_zq"


@pytest.fixture
def attempt(arun: Any) -> Any:
    """One sign-in attempt, run on the test session's event loop."""

    def go(flow: SignInFlow, profile: Any, password: str, **kw: Any) -> SignedInSession | SignInFailure:
        return arun(flow.sign_in(profile, password, **kw))

    return go


def kinds(warnings: list[Any]) -> set[PreflightKind]:
    return {w.kind for w in warnings}


def test_success_reports_version_and_resets_the_guard(
    sandbox: Any, store: ProfileStore, make_profile: Any, attempt: Any
) -> None:
    profile = make_profile(sandbox.url)
    store.add(profile)
    flow = SignInFlow(store)
    assert isinstance(attempt(flow, profile, WRONG), SignInFailure)
    assert store.sign_in_state(profile.name).failures == 1
    session = attempt(flow, profile, GOOD)
    assert isinstance(session, SignedInSession)
    assert session.server_version.version == "2.14-202"
    assert session.capabilities == Capabilities()  # the sandbox is a 2025 build
    assert session.non_latin is NonLatinMode.UNKNOWN and session.non_latin.for_previews is False
    assert store.sign_in_state(profile.name).failures == 0
    assert store.last_used == profile.name
    assert GOOD not in repr(session) and GOOD not in repr(session.client)
    session.client.close()


def test_wrong_password_is_counted_and_recognised(
    sandbox: Any, store: ProfileStore, make_profile: Any, attempt: Any
) -> None:
    profile = make_profile(sandbox.url)
    store.add(profile)
    flow = SignInFlow(store)
    failure = attempt(flow, profile, WRONG)
    assert isinstance(failure, SignInFailure)
    assert failure.kind is FailureKind.WRONG_PASSWORD and failure.failures == 1
    assert PreflightKind.SAME_AS_REJECTED in kinds(flow.preflight(profile, WRONG))
    assert PreflightKind.SAME_AS_REJECTED not in kinds(flow.preflight(profile, WRONG + "x"))
    # A fresh run (a restart) still knows the count, but not the refused password itself.
    again = SignInFlow(ProfileStore(Settings.load(store.settings.path)))
    assert again.state(profile).failures == 1
    assert again.preflight(profile, WRONG) == []


def test_guard_warns_before_the_tenth_failure_and_reports_the_lock(
    sandbox: Any,
    store: ProfileStore,
    make_profile: Any,
    attempt: Any,
) -> None:
    profile = make_profile(sandbox.url)
    store.add(profile)
    flow = SignInFlow(store)
    # VICIdial's lock counts from the last successful login (F:99-F:163): sign in once, as a user would have.
    first = attempt(flow, profile, GOOD)
    assert isinstance(first, SignedInSession)
    first.client.close()
    seen: list[set[PreflightKind]] = []
    for n in range(1, 10):
        seen.append(kinds(flow.preflight(profile, f"guess{n}")))
        failure = attempt(flow, profile, f"guess{n}")
        assert isinstance(failure, SignInFailure) and failure.kind is FailureKind.WRONG_PASSWORD
        assert failure.failures == n
    assert all(not s for s in seen[:7])  # quiet for the first seven attempts
    assert seen[7] == {PreflightKind.NEAR_LOCK}  # the eighth: 7 failures so far
    assert seen[8] == {PreflightKind.NEAR_LOCK}
    last = flow.preflight(profile, "guess10")
    assert kinds(last) == {PreflightKind.LAST_TRY}
    assert "locks user 6666 for 15 minutes" in preflight_text(last[0])
    # The user insists: the tenth failure. The server now locks even the right password out.
    attempt(flow, profile, "guess10")
    locked = attempt(flow, profile, GOOD)
    assert isinstance(locked, SignInFailure) and locked.kind is FailureKind.LOCKED_OUT
    assert locked.locked_until is not None
    expected = datetime.now(UTC) + timedelta(minutes=15)
    assert abs((locked.locked_until - expected).total_seconds()) < 60
    assert PreflightKind.LOCKED in kinds(flow.preflight(profile, GOOD))
    assert not flow.may_use_stored_password(profile)


def test_a_refused_keyring_password_is_not_used_again(
    sandbox: Any,
    store: ProfileStore,
    make_profile: Any,
    attempt: Any,
) -> None:
    profile = make_profile(sandbox.url)
    store.add(profile)
    flow = SignInFlow(store)
    assert flow.may_use_stored_password(profile)
    attempt(flow, profile, WRONG, from_keyring=True)
    assert store.sign_in_state(profile.name).stored_password_rejected
    assert not flow.may_use_stored_password(profile)
    assert isinstance(attempt(flow, profile, GOOD), SignedInSession)
    assert flow.may_use_stored_password(profile)


def test_missing_permission_names_the_function(
    sandbox: Any, store: ProfileStore, make_profile: Any, attempt: Any
) -> None:
    profile = make_profile(sandbox.url, user="7777")
    store.add(profile)
    failure = attempt(SignInFlow(store), profile, GOOD)
    assert isinstance(failure, SignInFailure)
    assert failure.kind is FailureKind.PERMISSION and failure.function == "update_lead"
    assert store.sign_in_state(profile.name).failures == 0  # the password itself was right


def test_password_with_characters_the_api_drops_is_warned(store: ProfileStore, make_profile: Any) -> None:
    profile = make_profile("https://dialer.example.com")
    flow = SignInFlow(store)
    warnings = flow.preflight(profile, "pa$$ word!")
    assert kinds(warnings) == {PreflightKind.BAD_CHARACTERS}
    said = preflight_text(warnings[0])
    assert "3 characters" not in said and "4 characters" in said
    assert "$" not in said and "!" not in said
    assert flow.preflight(profile, "Good_pass-123") == []
    latin = profile.replace(non_latin=NonLatinMode.YES)
    assert flow.preflight(latin, "Zoë_Ñandú") == []
    assert kinds(flow.preflight(profile, "Zoë_Ñandú")) == {PreflightKind.BAD_CHARACTERS}


def test_unreachable_host(store: ProfileStore, make_profile: Any, attempt: Any) -> None:
    profile = make_profile(f"http://127.0.0.1:{closed_port()}")
    failure = attempt(SignInFlow(store), profile, GOOD)
    assert isinstance(failure, SignInFailure) and failure.kind is FailureKind.UNREACHABLE
    assert failure.failures == 0


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP server that accepts connections and never answers (a hung web server)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
                held.append(conn)
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield int(srv.getsockname()[1])
    stop.set()
    t.join(2)
    for c in held:
        c.close()
    srv.close()


def test_timeout(silent_server: int, store: ProfileStore, make_profile: Any, attempt: Any) -> None:
    profile = make_profile(f"http://127.0.0.1:{silent_server}", read_timeout=0.5)
    failure = attempt(SignInFlow(store), profile, GOOD)
    assert isinstance(failure, SignInFailure) and failure.kind is FailureKind.TIMEOUT


def test_incomplete_profile_is_not_sent(store: ProfileStore, make_profile: Any, attempt: Any) -> None:
    failure = attempt(SignInFlow(store), make_profile("dialer.example.com"), GOOD)
    assert isinstance(failure, SignInFailure) and failure.kind is FailureKind.INVALID_PROFILE


@pytest.mark.parametrize(
    ("build", "caps"),
    [
        ("250720-1841", Capabilities(True, True, True)),
        ("211027-0845", Capabilities(True, True, False)),
        ("210401-1058", Capabilities(True, False, False)),
        ("190325-1055", Capabilities(False, False, False)),
        ("80724-0021", Capabilities(False, False, False)),
        ("", Capabilities()),
        ("garbage", Capabilities()),
    ],
)
def test_capabilities_from_build(build: str, caps: Capabilities) -> None:
    assert Capabilities.from_build(build) == caps
    assert caps.limited is (caps != Capabilities())


def test_parse_build() -> None:
    assert parse_build("250720-1841") == 250720
    assert parse_build("80724-0021") == 80724 < parse_build("100718-0000")  # type: ignore[operator]
    assert parse_build(None) is None and parse_build("x-1") is None


def test_password_never_leaks(
    sandbox: Any,
    store: ProfileStore,
    make_profile: Any,
    caplog: pytest.LogCaptureFixture,
    secret: str,
    sandbox_failing: Any,
    attempt: Any,
) -> None:
    """Success, wrong password, lock-out and a server failure: the password is in no settings file, no log
    line and no failure text."""
    caplog.set_level(logging.DEBUG)
    profile = make_profile(sandbox.url)
    store.add(profile)
    flow = SignInFlow(store)
    texts: list[str] = []

    ok = attempt(flow, profile, secret)
    assert isinstance(ok, SignedInSession)
    texts.append(repr(ok))
    ok.client.close()
    for n in range(10):
        wrong = attempt(flow, profile, secret + str(n) + "x")
        assert isinstance(wrong, SignInFailure)
        texts += [wrong.detail, repr(wrong)]
    locked = attempt(flow, profile, secret)
    assert isinstance(locked, SignInFailure) and locked.kind is FailureKind.LOCKED_OUT
    texts += [locked.detail, repr(locked)]
    with sandbox_failing(sandbox):
        failed = attempt(SignInFlow(store), make_profile(sandbox.url, name="other"), secret)
    assert isinstance(failed, SignInFailure) and failed.kind is FailureKind.SERVER_FAILURE
    texts += [failed.detail, repr(failed)]

    assert secret not in store.settings.path.read_text()
    assert secret not in caplog.text
    for text in texts:
        assert secret not in text


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")  # the verify=False case
def test_https_sandbox_needs_its_ca_bundle(
    https_sandbox: Any,
    tls_files: Any,
    tls_factory: Any,
    store: ProfileStore,
    make_profile: Any,
    attempt: Any,
    tmp_path: Any,
) -> None:
    """A self-signed (private CA) server: refused with the system's trust store, accepted with its CA file,
    and the refusal is classified as a TLS problem, not as an unreachable host."""
    ca, _cert, _key = tls_files
    assert https_sandbox.url.startswith("https://")
    flow = SignInFlow(store)
    refused = attempt(flow, make_profile(https_sandbox.url), GOOD)
    assert isinstance(refused, SignInFailure) and refused.kind is FailureKind.TLS
    assert store.sign_in_state("Sandbox").failures == 0  # no password verdict: nothing counted

    other_ca = tls_factory(tmp_path / "other")[0]  # a CA that did not sign the server's certificate
    wrong = attempt(flow, make_profile(https_sandbox.url, ca_bundle=str(other_ca)), GOOD)
    assert isinstance(wrong, SignInFailure) and wrong.kind is FailureKind.TLS

    session = attempt(flow, make_profile(https_sandbox.url, ca_bundle=str(ca)), GOOD)
    assert isinstance(session, SignedInSession)
    session.client.close()
    # The explicit, red-flagged per-profile choice: no verification at all.
    unverified = attempt(flow, make_profile(https_sandbox.url, verify_tls=False), GOOD)
    assert isinstance(unverified, SignedInSession)
    unverified.client.close()


def test_count_starts_again_when_the_lock_ran_out(
    store: ProfileStore, make_profile: Any, attempt: Any, sandbox_factory: Any
) -> None:
    """Both clocks moved 16 minutes on: the server counts afresh, and so does the guard."""
    now = [datetime(2026, 11, 27, 9, 0, tzinfo=UTC)]
    server = sandbox_factory(clock=lambda: now[0].timestamp())
    profile = make_profile(server.url)
    store.add(profile)
    flow = SignInFlow(store, clock=lambda: now[0])
    assert isinstance(attempt(flow, profile, GOOD), SignedInSession)
    for n in range(10):
        attempt(flow, profile, f"guess{n}")
    locked = attempt(flow, profile, GOOD)
    assert isinstance(locked, SignInFailure) and locked.kind is FailureKind.LOCKED_OUT
    assert flow.locked_until(profile) == now[0] + timedelta(minutes=15)
    now[0] += timedelta(minutes=16)
    assert flow.locked_until(profile) is None
    again = attempt(flow, profile, "guess-after")
    assert isinstance(again, SignInFailure) and again.kind is FailureKind.WRONG_PASSWORD
    assert again.failures == 1
    assert kinds(flow.preflight(profile, GOOD)) == set()
    assert isinstance(attempt(flow, profile, GOOD), SignedInSession)
