"""GET/POST/multipart precedence, PHP decoding, and requests the server must survive."""

from __future__ import annotations

import socket

import requests
from sandbox_http import get, post

from leadeditor.sandbox import SandboxServer


def test_get_wins_over_post(server: SandboxServer) -> None:
    post(
        server,
        "user=6666&pass=1234&source=test&function=update_lead&lead_id=12&city=FromPost",
        query="city=FromGet",
    )
    assert server.lead(12)["city"] == "FromGet"  # type: ignore[index]


def test_multipart_plus_is_literal_and_urlencoded_plus_is_space(server: SandboxServer) -> None:
    fields = {
        "user": "6666",
        "pass": "1234",
        "source": "test",
        "function": "update_lead",
        "lead_id": "12",
        "email": "a+b@x.com",
    }
    requests.post(server.url, files={k: (None, v) for k, v in fields.items()}, timeout=10)
    assert server.lead(12)["email"] == "a b@x.com"  # type: ignore[index]  # the filter turns + into a space
    get(server, "user=6666&pass=1234&source=test&function=update_lead&lead_id=12&comments=x+y%2Bz")
    assert server.lead(12)["comments"] == "x y z"  # type: ignore[index]


def test_json_body_is_ignored(server: SandboxServer) -> None:
    response = requests.post(
        server.url + "?function=lead_all_info", json={"user": "6666", "pass": "1234"}, timeout=10
    )
    assert response.content == b"ERROR: Login incorrect, please try again: |||BAD|\n"


def test_duplicate_keys_last_wins(server: SandboxServer) -> None:
    get(server, "user=6666&pass=1234&source=test&function=update_lead&lead_id=12&city=One&city=Two")
    assert server.lead(12)["city"] == "Two"  # type: ignore[index]


def test_request_log_keeps_where_pass_was_sent(server: SandboxServer) -> None:
    post(server, "pass=1234&user=6666&source=test&function=update_lead&lead_id=12&city=Logged")
    method, params = server.request_log[-1]
    assert method == "POST" and params["pass"] == "1234"
    assert server.request_log[-1].query == {}
    assert next(k for k, _ in server.request_log[-1].body) == "pass"


def test_bad_percent_encoding_is_kept_literally(server: SandboxServer) -> None:
    get(server, "user=6666&pass=1234&source=test&function=update_lead&lead_id=12&comments=100%zz%2")
    assert server.lead(12)["comments"] == "100%zz%2"  # type: ignore[index]


def test_array_parameter_is_a_php_fatal(server: SandboxServer) -> None:
    response = get(server, "user=6666&pass=1234&source=test&function=update_lead&lead_id[]=12&city=X")
    assert (response.status_code, response.content) == (500, b"")
    assert get(server, "function=version").status_code == 200


def test_huge_and_broken_requests_do_not_stop_the_server(server: SandboxServer) -> None:
    big = "user=6666&pass=1234&function=version&pad=" + "x" * (9 * 1024 * 1024)
    response = post(server, big)
    assert response.status_code == 200  # above post_max_size PHP drops the body: no login, no function
    assert response.content == b"ERROR: Login incorrect, please try again: |||BAD|\n"
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(b"GARBAGE \x00\xff\r\n\r\n")
        sock.recv(1024)
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(
            b"POST /vicidial/non_agent_api.php HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nshort"
        )
        sock.shutdown(socket.SHUT_WR)
        sock.recv(1024)
    assert get(server, "function=version").status_code == 200
    assert requests.get(server.url.replace("non_agent_api.php", "other.php"), timeout=10).status_code == 404
