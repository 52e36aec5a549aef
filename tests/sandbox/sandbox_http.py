"""Small helpers for talking real HTTP to the sandbox in tests."""

from __future__ import annotations

import requests

from leadeditor.sandbox import SandboxServer

AUTH = {"user": "6666", "pass": "1234", "source": "test"}


def get(srv: SandboxServer, query: str, timeout: float = 10) -> requests.Response:
    return requests.get(f"{srv.url}?{query}", timeout=timeout)


def post(srv: SandboxServer, body: str, query: str = "", timeout: float = 10) -> requests.Response:
    url = f"{srv.url}?{query}" if query else srv.url
    return requests.post(
        url,
        data=body.encode("utf-8"),
        timeout=timeout,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def api(srv: SandboxServer, **params: str) -> requests.Response:
    """A POST with the password first (as the client sends it)."""
    return requests.post(
        srv.url, data={"pass": "1234", "user": "6666", "source": "test", **params}, timeout=10
    )
