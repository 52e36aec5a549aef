"""Fixtures for the profiles / keyring / sign-in tests.

Every test here gets an in-memory keyring (set with `keyring.set_keyring`), except the one that starts a real
Secret Service in a subprocess. Qt runs offscreen; asyncio runs on a qasync loop that stays for the session.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import keyring
import keyring.backend
import pytest

from leadeditor.profiles import Profile, ProfileStore
from leadeditor.settings import Settings


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict: what tests use instead of the desktop's."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError("not found")
        del self.store[(service, username)]


class FailingKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service: str, username: str) -> str | None:
        raise self.exc

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.exc

    def delete_password(self, service: str, username: str) -> None:
        raise self.exc


@pytest.fixture
def failing_keyring() -> Any:
    """Call it with an exception: every keyring call then raises it (the fixture memory_keyring restores)."""

    def use(exc: Exception) -> FailingKeyring:
        backend = FailingKeyring(exc)
        keyring.set_keyring(backend)
        return backend

    return use


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(tmp_path / "config" / "settings.json")


@pytest.fixture
def store(settings: Settings) -> ProfileStore:
    return ProfileStore(settings)


def _make_profile(url: str, *, name: str = "Sandbox", user: str = "6666", **kw: Any) -> Profile:
    kw.setdefault("connect_timeout", 2.0)
    kw.setdefault("read_timeout", 5.0)
    return Profile(name=name, url=url, user=user, **kw)


@pytest.fixture
def make_profile() -> Any:
    return _make_profile


_LOOP: Any = None


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """One qasync loop for the whole session (never stopped: see DESIGN.md, qasync under pytest-qt)."""
    global _LOOP
    import qasync

    if _LOOP is None or _LOOP.is_closed():
        _LOOP = qasync.QEventLoop(qapp, already_running=True)
        # Plain Python worker threads: no "QThread destroyed while running" at interpreter exit.
        _LOOP.set_default_executor(concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="test-worker"))
    asyncio.set_event_loop(_LOOP)
    yield _LOOP
    for task in asyncio.all_tasks(_LOOP):
        task.cancel()
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():  # dialogs opened by the code under test, not by qtbot
        if widget.isVisible():
            widget.close()


@pytest.fixture
def arun(qtbot: Any, qloop: asyncio.AbstractEventLoop) -> Any:
    """Run a coroutine on the qasync loop while Qt processes events; return its result."""

    def run(coro: Any, timeout: int = 20000) -> Any:
        task = asyncio.ensure_future(coro)
        qtbot.waitUntil(task.done, timeout=timeout)
        return task.result()

    return run


# -- TLS material made by the test (the `cryptography` package) ------------------------------------
def make_tls_files(folder: Path) -> tuple[Path, Path, Path]:
    """A private CA and a server certificate for 127.0.0.1/localhost signed by it: (ca, cert, key)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Lead Editor test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_path, cert_path, key_path


@pytest.fixture
def tls_factory() -> Any:
    return make_tls_files


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


# -- the sandbox (real HTTP on 127.0.0.1) ----------------------------------------------------------
@pytest.fixture
def sandbox() -> Iterator[Any]:
    from leadeditor.sandbox import SandboxServer

    server = SandboxServer()
    server.start()
    yield server
    server.close()


@pytest.fixture
def https_sandbox(tls_files: tuple[Path, Path, Path]) -> Iterator[Any]:
    from leadeditor.sandbox import SandboxServer

    _ca, cert, key = tls_files
    server = SandboxServer(certfile=str(cert), keyfile=str(key))
    server.start()
    yield server
    server.close()


@pytest.fixture
def secret(sandbox: Any) -> str:
    """A password distinctive enough to search for (the stock "1234" could be part of a port number): it
    becomes user 6666's password on the sandbox."""
    password = "Lq7vZ-Xn4_pW9tRk"
    world = sandbox._world  # the sandbox has no public way to change a password
    with world.lock:
        world.conn.execute("UPDATE vicidial_users SET pass=? WHERE user='6666'", (password,))
    return password


@pytest.fixture
def sandbox_failing() -> Any:
    """`with sandbox_failing(server):` every request gets the web server's HTTP 500 page."""
    import contextlib

    from leadeditor.sandbox import Fault

    @contextlib.contextmanager
    def failing(server: Any) -> Iterator[None]:
        server.inject(Fault.HTTP_500, count=1000)
        try:
            yield
        finally:
            server.clear_faults()

    return failing
