"""The root conftest's promises, checked: the keyring is never the desktop's, the sandbox factory honours its
options over real HTTP and closes what it started, and the session has one qasync loop."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import keyring
import pytest
import requests
from testkit.keyrings import MemoryKeyring
from testkit.sandboxes import SandboxFactory, sandbox_for_module

from leadeditor.sandbox import Fault

VERSION = {"function": "version", "source": "test"}
_loops_seen: list[asyncio.AbstractEventLoop] = []


def test_a_test_that_asks_for_no_keyring_still_gets_the_memory_one() -> None:
    assert isinstance(keyring.get_keyring(), MemoryKeyring)


def test_every_test_gets_a_fresh_in_memory_keyring(memory_keyring: MemoryKeyring) -> None:
    assert keyring.get_keyring() is memory_keyring
    assert memory_keyring.store == {}  # nothing left by an earlier test
    keyring.set_password("Lead Editor", "6666@example", "pw-house")
    assert memory_keyring.store == {("Lead Editor", "6666@example"): "pw-house"}


def test_a_failing_keyring_replaces_the_memory_one_for_one_test(failing_keyring: Any) -> None:
    failing_keyring(keyring.errors.KeyringLocked("locked"))
    with pytest.raises(keyring.errors.KeyringLocked):
        keyring.get_password("Lead Editor", "6666@example")


def test_the_factory_serves_on_loopback_with_the_requested_modes(sandbox_factory: SandboxFactory) -> None:
    plain, nl_php7 = sandbox_factory(), sandbox_factory(non_latin=True, php8_errors=False)
    assert plain.url.startswith("http://127.0.0.1:") and plain.port != 0 and nl_php7.port != plain.port
    assert (plain.non_latin, plain.php8_errors) == (False, True)
    assert (nl_php7.non_latin, nl_php7.php8_errors) == (True, False)
    answer = requests.post(plain.url, data=VERSION, timeout=10)
    assert answer.status_code == 200 and answer.text.startswith("VERSION: ")


def test_faults_are_armed_before_the_first_request(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(faults=[(Fault.HTTP_500, {"count": 2, "function": "version"})])
    assert [requests.post(server.url, data=VERSION, timeout=10).status_code for _ in range(3)] == [
        500,
        500,
        200,
    ]


def test_latency_slows_every_answer(sandbox_factory: SandboxFactory) -> None:
    server = sandbox_factory(latency_ms=200)
    answer = requests.post(server.url, data=VERSION, timeout=10)
    assert answer.status_code == 200 and answer.elapsed.total_seconds() >= 0.2


def test_a_db_file_keeps_a_write_for_the_next_sandbox(
    sandbox_factory: SandboxFactory, tmp_path: Path
) -> None:
    db = str(tmp_path / "world.sqlite3")
    first = sandbox_factory(db_path=db)
    first.set_lead_field(3, "city", "Joliet")
    first.close()
    assert sandbox_factory(db_path=db).lead(3)["city"] == "Joliet"  # type: ignore[index]


def test_the_factory_closes_every_sandbox_it_started() -> None:
    factory = SandboxFactory()
    servers = [factory(), factory(non_latin=True)]
    urls = [s.url for s in servers]
    factory.close_all()
    for url in urls:
        with pytest.raises(requests.ConnectionError):
            requests.post(url, data=VERSION, timeout=2)


@pytest.mark.parametrize("run", [1, 2])
def test_one_qasync_loop_for_the_whole_session(arun: Any, qloop: asyncio.AbstractEventLoop, run: int) -> None:
    async def where() -> asyncio.AbstractEventLoop:
        return asyncio.get_running_loop()

    assert arun(where()) is qloop
    assert arun(asyncio.to_thread(lambda: run * 2)) == run * 2  # the worker threads answer on this loop
    _loops_seen.append(qloop)
    assert all(loop is qloop for loop in _loops_seen)


def test_a_module_scoped_sandbox_is_closed_when_its_block_ends() -> None:
    with sandbox_for_module(non_latin=True) as server:
        assert server.non_latin and requests.post(server.url, data=VERSION, timeout=10).status_code == 200
        url = server.url
    with pytest.raises(requests.ConnectionError):
        requests.post(url, data=VERSION, timeout=2)


def test_the_apps_default_folders_are_the_tests_own(request: pytest.FixtureRequest) -> None:
    user_folders = request.getfixturevalue("user_folders")  # autouse: already set up, not asked for
    from leadeditor.editing.journal import default_journal_path
    from leadeditor.logs import log_path
    from leadeditor.settings import default_config_dir

    for path in (default_journal_path(), log_path(), default_config_dir()):
        assert path.is_relative_to(user_folders), path
        assert not path.is_relative_to(Path.home())
