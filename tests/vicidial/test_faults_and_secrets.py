"""Each sandbox fault, every typed error, and the password searched for on every failure path."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from testkit.local_http import serve_http
from testkit.sandboxes import SandboxFactory

from leadeditor import __version__
from leadeditor.sandbox import Fault, SandboxServer
from leadeditor.vicidial import (
    AuthenticationFailed,
    ConnectionFailed,
    LeadNotFound,
    LockedOut,
    Match,
    PermissionDenied,
    ServerFailure,
    TimedOut,
    TlsError,
    UnexpectedResponse,
    UnknownOutcome,
    VicidialClient,
    VicidialError,
)

PASSWORD = "1234"
MakeClient = Callable[..., VicidialClient]


def _update_calls(server: SandboxServer) -> int:
    return sum(1 for e in server.request_log if e.params.get("function") == "update_lead")


def _read_calls(server: SandboxServer) -> int:
    return sum(1 for e in server.request_log if e.params.get("function") == "lead_all_info")


@pytest.mark.parametrize(
    "fault",
    [
        Fault.DROP_AFTER_WRITE,
        Fault.DROP_BEFORE_WRITE,
        Fault.TRUNCATED_BODY,
        Fault.RANDOM_BYTES,
        Fault.HTTP_500,
        Fault.HTTP_502,
        Fault.HTTP_503,
    ],
)
def test_a_write_whose_answer_is_lost_is_an_unknown_outcome_and_never_retried(
    php8_sandbox: SandboxServer, php8_client: VicidialClient, fault: Fault
) -> None:
    php8_sandbox.inject(fault, function="update_lead")
    with pytest.raises(UnknownOutcome) as info:
        php8_client.update(4, {"last_name": "Fault"})
    assert info.value.lead_id == 4 and "may or may not" in str(info.value)
    assert _update_calls(php8_sandbox) == 1
    stored = php8_sandbox.lead(4)
    applied = fault in (Fault.DROP_AFTER_WRITE, Fault.TRUNCATED_BODY, Fault.RANDOM_BYTES)
    assert stored is not None and (stored["last_name"] == "Fault") is applied


def test_a_write_that_times_out_is_an_unknown_outcome(
    php8_sandbox: SandboxServer, make_client: MakeClient
) -> None:
    php8_sandbox.inject(Fault.HANG, function="update_lead", seconds=2)
    client = make_client(php8_sandbox, timeout=(2, 0.5))
    with pytest.raises(UnknownOutcome) as info:
        client.update(4, {"last_name": "Slow"})
    assert info.value.reason == "timeout"
    assert _update_calls(php8_sandbox) == 1


@pytest.mark.parametrize(
    "fault",
    [Fault.DROP_BEFORE_WRITE, Fault.DROP_AFTER_WRITE, Fault.TRUNCATED_BODY, Fault.HTTP_502, Fault.HTTP_503],
)
def test_a_read_is_retried_once(
    php8_sandbox: SandboxServer, php8_client: VicidialClient, fault: Fault
) -> None:
    php8_sandbox.inject(fault, function="lead_all_info")
    assert php8_client.read_lead(1)["last_name"] == "Smith"
    assert _read_calls(php8_sandbox) == 2


def test_a_read_that_hangs_is_retried_once_then_times_out(
    php8_sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client(php8_sandbox, timeout=(2, 0.5))
    php8_sandbox.inject(Fault.HANG, function="lead_all_info", seconds=1.5)
    assert client.read_lead(1).lead_id == 1
    php8_sandbox.inject(Fault.HANG, count=2, function="lead_all_info", seconds=1.5)
    with pytest.raises(TimedOut) as info:
        client.read_lead(1)
    assert info.value.phase == "read"
    assert _read_calls(php8_sandbox) == 4


def test_a_read_failing_twice_reports_the_connection(
    php8_sandbox: SandboxServer, php8_client: VicidialClient
) -> None:
    php8_sandbox.inject(Fault.DROP_BEFORE_WRITE, count=2, function="lead_search")
    with pytest.raises(ConnectionFailed):
        php8_client.search(Match(phone_number="3125550100"))


def test_server_errors_and_garbage_on_reads_are_typed(
    php8_sandbox: SandboxServer, php8_client: VicidialClient
) -> None:
    php8_sandbox.inject(Fault.HTTP_500, function="lead_all_info")
    with pytest.raises(ServerFailure) as failure:
        php8_client.read_lead(1)
    assert (
        failure.value.status == 500
        and not failure.value.unreadable_lead
        and "Internal Server Error" in failure.value.excerpt
    )
    assert _read_calls(php8_sandbox) == 1  # a server failure is not retried
    php8_sandbox.inject(Fault.RANDOM_BYTES, function="lead_all_info")
    with pytest.raises(UnexpectedResponse):
        php8_client.read_lead(1)
    php8_sandbox.inject(Fault.RANDOM_BYTES, function="version")
    with pytest.raises(UnexpectedResponse):
        php8_client.version()


def test_php_warnings_do_not_disturb_any_answer(
    php8_sandbox: SandboxServer, php8_client: VicidialClient
) -> None:
    php8_sandbox.inject(Fault.PHP_WARNINGS, count=100)
    assert php8_client.version().build == "250720-1841"
    assert php8_client.read_lead(1)["last_name"] == "Smith"
    assert php8_client.read_lead_fields(1, ["last_name"]) == {"last_name": "Smith"}
    assert php8_client.search(Match(phone_number="3125550100")) == [14, 8, 1]
    found = php8_client.find(Match(lead_id=3))
    assert found is not None and found.lead_id == 3
    result = php8_client.update(4, {"first_name": "Alicia"})
    assert result.affected == 1 and result.applied
    assert php8_client.update(4, {"gender": "m"}).applied is False


def test_latency_is_only_slower(php8_sandbox: SandboxServer, php8_client: VicidialClient) -> None:
    php8_sandbox.inject(Fault.LATENCY, seconds=0.3)
    assert php8_client.read_lead(3)["first_name"] == "José"


# ------------------------------------------------------------------------------------------- the password


def _texts(error: BaseException) -> list[str]:
    """Everything a log line, dialog or crash report could show of an exception."""
    texts = [str(error), repr(error), *(repr(a) for a in error.args), repr(vars(error))]
    for linked in (error.__cause__, error.__context__):
        if linked is not None:
            texts.extend(_texts(linked))
    return texts


def _failure_paths(
    server: SandboxServer, make_client: MakeClient
) -> Iterator[tuple[str, Callable[[], object]]]:
    good = make_client(server)
    yield "ok login", good.check_access
    bad = make_client(server, password=PASSWORD + "9")
    yield "bad password", bad.check_access
    yield "bad password read", lambda: bad.read_lead(1)
    yield "bad password field", lambda: bad.read_lead_fields(1, ["last_name"])
    yield "bad password search", lambda: bad.search(Match(phone_number="3125550100"))
    yield "bad password write", lambda: bad.update(1, {"last_name": "X"})
    yield "unknown user", make_client(server, user="nobody").check_access
    yield "no rights", lambda: make_client(server, user="7777").update(1, {"last_name": "X"})
    yield "unknown lead", lambda: good.read_lead(99999)
    yield "unreadable lead", lambda: good.read_lead(2)
    yield "unknown column", lambda: good.read_lead_fields(1, ["nosuchfield"])

    def faulty(
        fault: Fault, function: str, call: Callable[[], object], count: int = 1, seconds: float | None = None
    ) -> Callable[[], object]:
        def run() -> object:
            server.inject(fault, count=count, function=function, seconds=seconds)
            return call()

        return run

    for fault in Fault:
        if fault in (Fault.HANG, Fault.LATENCY):
            continue
        yield f"{fault.name} write", faulty(fault, "update_lead", lambda: good.update(4, {"last_name": "Z"}))
        yield f"{fault.name} read", faulty(fault, "lead_all_info", lambda: good.read_lead(1), count=2)
    slow = make_client(server, timeout=(1, 0.3))
    yield (
        "hang write",
        faulty(Fault.HANG, "update_lead", lambda: slow.update(4, {"last_name": "Z"}), seconds=0.8),
    )
    for _ in range(10):
        yield "lock-out", bad.check_access
    yield "locked", good.check_access


def test_the_password_never_appears_in_any_error_or_log(
    php8_sandbox: SandboxServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seen: dict[str, type] = {}
    port = str(php8_sandbox.port)
    for name, call in _failure_paths(php8_sandbox, make_client):
        try:
            call()
        except VicidialError as error:
            seen[name] = type(error)
            for text in _texts(error):
                text = text.replace(port, "<port>")
                assert PASSWORD not in text and PASSWORD + "9" not in text, (name, text)
        php8_sandbox.clear_faults()
    logged = caplog.text.replace(port, "<port>")
    assert PASSWORD not in logged
    assert seen["bad password"] is AuthenticationFailed and seen["locked"] is LockedOut
    assert seen["no rights"] is PermissionDenied and seen["unknown lead"] is LeadNotFound
    assert seen["DROP_AFTER_WRITE write"] is UnknownOutcome and seen["hang write"] is UnknownOutcome
    assert seen["unreadable lead"] is ServerFailure and seen["HTTP_500 read"] is ServerFailure
    assert (
        seen["RANDOM_BYTES read"] is UnexpectedResponse and seen["DROP_BEFORE_WRITE read"] is ConnectionFailed
    )
    assert "ok login" not in seen


# ------------------------------------------------------------------------------------------------ TLS


def test_an_untrusted_certificate_is_a_tls_error_until_its_ca_file_is_given(
    tls_files: tuple[Path, Path, Path], sandbox_factory: SandboxFactory
) -> None:
    ca_path, cert_path, key_path = tls_files
    server = sandbox_factory(certfile=str(cert_path), keyfile=str(key_path))
    with pytest.raises(TlsError) as info:
        VicidialClient(server.url, "6666", PASSWORD).check_access()
    assert info.value.tls and isinstance(info.value, ConnectionFailed) and "CA" in str(info.value)
    trusted = VicidialClient(server.url, "6666", PASSWORD, verify=str(ca_path))
    assert trusted.read_lead(1)["last_name"] == "Smith"
    missing = VicidialClient(server.url, "6666", PASSWORD, verify=str(ca_path) + ".missing")
    with pytest.raises(TlsError):
        missing.check_access()


# ------------------------------------------------------------------------------------------------ the wire


class _Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        _Recorder.seen.append((dict(self.headers), body))
        answer = b"VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 00:25:16|EPOCH: 1|DST: 0|\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_requests_name_the_app_and_are_form_encoded_posts() -> None:
    with serve_http(_Recorder) as url:
        client = VicidialClient(url, "6666", PASSWORD)
        client.version()
        with pytest.raises(UnexpectedResponse):
            client.check_access()  # a version line is no answer to the access check
    headers, body = _Recorder.seen[-1]
    assert headers["User-Agent"] == f"LeadEditor/{__version__}"
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert body.startswith(b"user=6666&pass=1234&function=update_lead&") and body.endswith(
        b"&source=leadeditor"
    )
    assert _Recorder.seen[0][1] == b"function=version"


@pytest.mark.parametrize("action", ["reset", "delete", "insert"])
def test_lead_actions_whose_answer_is_lost_are_unknown_outcomes(
    php8_sandbox: SandboxServer, php8_client: VicidialClient, action: str
) -> None:
    php8_sandbox.inject(Fault.DROP_AFTER_WRITE, function="update_lead")
    calls = {
        "reset": lambda: php8_client.reset_lead(5),
        "delete": lambda: php8_client.delete_lead(13),
        "insert": lambda: php8_client.insert_lead("1", "2125550999", 201),
    }
    with pytest.raises(UnknownOutcome) as info:
        calls[action]()
    assert "may or may not" in str(info.value) and "None" not in str(info.value)
    assert _update_calls(php8_sandbox) == 1
