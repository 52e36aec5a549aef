"""The one conftest every test shares: offscreen Qt, one QApplication and one qasync loop for the session, an
in-memory keyring for every test, sandboxes on 127.0.0.1, a journal and a workflow.

Folder conftests add only what one folder needs (the GUI window, the sandbox's clock, the client tests'
server modes). Helpers live in `tests/testkit/`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import itertools
import os
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Before anything loads Qt: no window on a developer's desktop, and qasync on the binding pytest-qt uses.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_API"] = "pyside6"

import pytest
from testkit.tls import make_tls_files

if TYPE_CHECKING:  # imported where used: a run of the pure unit tests does not pay for the app's imports
    from testkit.keyrings import FailingKeyring, MemoryKeyring
    from testkit.sandboxes import SandboxFactory

    from leadeditor.editing.journal import Journal
    from leadeditor.editing.workflow import CorrectionWorkflow
    from leadeditor.sandbox import SandboxServer
    from leadeditor.vicidial.client import VicidialClient

# the sandbox's API users: 6666 (full rights) and 7777 (level 7, modify_leads 0), both with this password
USER, PASSWORD = "6666", "1234"


# -- the keyring: never the desktop's ---------------------------------------------------------------
@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> MemoryKeyring | None:
    """A fresh in-memory keyring for every test. A test marked `secret_service` opts out (it talks to a
    real Secret Service, in a subprocess). Never restored, on purpose: the real one must not come back."""
    if request.node.get_closest_marker("secret_service"):
        return None
    import keyring
    from testkit.keyrings import MemoryKeyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def failing_keyring(memory_keyring: MemoryKeyring | None) -> Callable[[Exception], FailingKeyring]:
    """Call it with an exception: every keyring call then raises it (the next test gets memory again)."""
    import keyring
    from testkit.keyrings import FailingKeyring

    def use(exc: Exception) -> FailingKeyring:
        backend = FailingKeyring(exc)
        keyring.set_keyring(backend)
        return backend

    return use


# -- the user's folders: never the real ones ---------------------------------------------------------
_TESTS_RUN = itertools.count(1)


@pytest.fixture(scope="session")
def _user_folders_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user-folders")


@pytest.fixture(autouse=True)
def user_folders(_user_folders_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fresh XDG data, config, cache and state folders for every test (platformdirs reads them on Linux):
    the app's default journal, settings and log never land in, or are read from, the real home folder.
    Outside `tmp_path`, so a test that searches its own folder for a password finds only what it wrote.
    Not created here (the app makes what it needs): a thousand empty folders would cost a second."""
    root = _user_folders_root / str(next(_TESTS_RUN))
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(root / name.lower()))
    monkeypatch.delenv("LEADEDITOR_CONFIG_DIR", raising=False)  # a developer's own override, if any
    return root


# -- Qt and asyncio: one QApplication (pytest-qt's `qapp`), one qasync loop for the whole session ---------
@pytest.fixture(scope="session")
def _session_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """Created once and never stopped: `loop.stop()` quits the QApplication, after which every later
    `qtbot.wait*` returns at once (DESIGN.md, qasync under pytest-qt). `qtbot.wait*` drives it."""
    import qasync

    from leadeditor.ui.gui_collector import collect_on_gui_thread

    loop = qasync.QEventLoop(qapp, already_running=True)
    collect_on_gui_thread()  # as the app does: a cycle holding a widget is never freed on a sandbox thread
    # Plain Python worker threads: no "QThread destroyed while running" at interpreter exit.
    executor = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="test-worker")
    loop.set_default_executor(executor)
    yield loop
    executor.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="session")
def built_qm() -> Path:
    """The folder holding the .qm files, freshly built from resources/translations as the build does."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve().parent.parent / "scripts" / "build-translations")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return Path(__file__).resolve().parent.parent / "leadeditor" / "i18n"


@pytest.fixture(autouse=True)
def _cycles_freed_on_the_gui_thread() -> Iterator[None]:
    """After each test, the cycles it left are freed here, on the main (GUI) thread, when a generation is due:
    a test that never turns the event loop would otherwise leave them to the next test's timer ticks."""
    yield
    from leadeditor.ui import gui_collector

    if gui_collector._COLLECTOR:
        gui_collector._COLLECTOR[0].collect_due()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    # a QCoreApplication made by code under test (the command line's translators) would make every later
    # QWidget abort the whole run: fail here, in the test that made it
    assert app is None or isinstance(app, QApplication), "this test left a QCoreApplication behind"


@pytest.fixture
def qloop(_session_loop: asyncio.AbstractEventLoop) -> Iterator[asyncio.AbstractEventLoop]:
    """The session's qasync loop, current for this test; what the test left running is cancelled after it."""
    asyncio.set_event_loop(_session_loop)
    yield _session_loop
    for task in asyncio.all_tasks(_session_loop):
        task.cancel()
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():  # dialogs opened by the code under test, not by qtbot
        if widget.isVisible():
            widget.close()


@pytest.fixture
def arun(qtbot: Any, qloop: asyncio.AbstractEventLoop) -> Callable[..., Any]:
    """`arun(coro, timeout=30000)`: run a coroutine on the qasync loop while Qt processes events; return
    its result (or raise its exception)."""

    def run(coro: Coroutine[Any, Any, Any], timeout: int = 30000) -> Any:
        task = asyncio.ensure_future(coro)
        qtbot.waitUntil(task.done, timeout=timeout)
        return task.result()

    return run


# -- sandboxes: real HTTP on 127.0.0.1 ----------------------------------------------------------------
@pytest.fixture
def sandbox_factory() -> Iterator[SandboxFactory]:
    """`sandbox_factory(non_latin=, php8_errors=, latency_ms=, faults=, leads_csv=, db_path=, ...)` starts
    a sandbox on a free port; all of them are closed at teardown."""
    from testkit.sandboxes import SandboxFactory

    factory = SandboxFactory()
    yield factory
    factory.close_all()


@pytest.fixture
def sandbox(request: pytest.FixtureRequest, sandbox_factory: SandboxFactory) -> SandboxServer:
    """A stock sandbox (latin, PHP 8 errors on). Indirect parametrisation passes factory options: see
    tests/vicidial/conftest.py, where every client test runs in each server mode."""
    options: dict[str, Any] = getattr(request, "param", {})
    return sandbox_factory(**options)


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[SandboxServer]:
    """One stock sandbox for a whole module, for tests that only read or are refused before sending (each
    sandbox costs about 0.1 s to start): a write here would be seen by the module's later tests."""
    from testkit.sandboxes import sandbox_for_module

    with sandbox_for_module() as server:
        yield server


@pytest.fixture
def shared_client(
    shared_sandbox: SandboxServer, make_client: Callable[..., VicidialClient]
) -> Iterator[VicidialClient]:
    """A client (6666, timeout 2 s / 5 s) on the module's `shared_sandbox`."""
    with make_client(shared_sandbox) as c:
        yield c


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(ca, cert, key): a private CA and a certificate for 127.0.0.1/localhost it signed."""
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def tls_factory() -> Callable[[Path], tuple[Path, Path, Path]]:
    """`tls_factory(folder)`: fresh TLS files (a CA of their own) in that folder."""
    return make_tls_files


@pytest.fixture
def https_sandbox(sandbox_factory: SandboxFactory, tls_files: tuple[Path, Path, Path]) -> SandboxServer:
    """A stock sandbox over HTTPS; its certificate is signed by the CA in `tls_files`."""
    _ca, cert, key = tls_files
    return sandbox_factory(certfile=str(cert), keyfile=str(key))


# -- the client, the journal and the workflow on the sandbox ---------------------------------------------
@pytest.fixture
def make_client() -> Callable[..., VicidialClient]:
    """``make_client(server, user="6666", password="1234", timeout=(2, 5))``."""

    def make(
        server: SandboxServer,
        user: str = USER,
        password: str = PASSWORD,
        timeout: tuple[float, float] = (2, 5),
    ) -> VicidialClient:
        from leadeditor.vicidial.client import VicidialClient

        return VicidialClient(server.url, user, password, timeout=timeout)

    return make


@pytest.fixture
def client(sandbox: SandboxServer, make_client: Callable[..., VicidialClient]) -> Iterator[VicidialClient]:
    with make_client(sandbox) as c:
        yield c


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """An empty journal in the test's temporary folder."""
    from leadeditor.editing.journal import Journal

    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


@pytest.fixture
def workflow(client: VicidialClient) -> CorrectionWorkflow:
    """The correction workflow on the sandbox, without a journal."""
    from leadeditor.editing.workflow import CorrectionWorkflow

    return CorrectionWorkflow(client)


@pytest.fixture
def wf(client: VicidialClient, journal: Journal) -> CorrectionWorkflow:
    """A workflow from the app's one session factory, journaling every save, undo and lead action in
    `journal`."""
    from leadeditor.editing.session import open_session

    return open_session(client, journal=journal, profile="Sandbox").workflow


@pytest.fixture
def sandbox_failing() -> Callable[[SandboxServer], contextlib.AbstractContextManager[None]]:
    """`with sandbox_failing(server):` every request gets the web server's HTTP 500 page."""
    from leadeditor.sandbox import Fault

    @contextlib.contextmanager
    def failing(server: SandboxServer) -> Iterator[None]:
        server.inject(Fault.HTTP_500, count=1000)
        try:
            yield
        finally:
            server.clear_faults()

    return failing


# PySide6 6.12 can abort the interpreter while it finalizes ("Fatal Python error: bool_dealloc", a reference
# count bug in the bindings' module teardown), after every test has run and the summary is printed: the run
# would then end with SIGABRT although it passed. Keep pytest's own exit status and skip the finalization. The
# app's own quit path is tested in a subprocess without this (tests/ui/test_quit.py).
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    import sys

    if not _EXIT_STATUS or os.environ.get("LEADEDITOR_TEST_FINALIZE") == "1":
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS[-1])


# -- every workbook a test makes: our XLSX reader must read it as the openpyxl path does --------------
@pytest.fixture(autouse=True)
def _xlsx_differential(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    folder = request.node.funcargs.get("tmp_path")
    if folder is None:
        return
    from testkit.xlsx_diff import assert_same_as_openpyxl

    for path in sorted(Path(folder).rglob("*.xls[xm]")):
        assert_same_as_openpyxl(path)
