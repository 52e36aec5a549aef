"""The server's non-latin setting switched between loading a lead and saving it: the app predicted one
filter and the server applied the other. The user must be told what was really stored, from the read-back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fault_drive import (
    COLUMN,
    LEAD,
    TIMEOUT,
    close_dialogs,
    confirm_and_wait,
    edit_and_open_confirm,
    open_lead,
    seen,
)
from fault_matrix import Observed, expect, record, resent_text

from leadeditor.sandbox import SandboxServer

TYPED = "Jöhnston"
# (window non-latin, server non-latin after the switch) -> what the server stores
SWITCHES = {
    expect("latin_to_non_latin", "server switched to non-latin after the lead loaded"): (False, True, TYPED),
    expect("non_latin_to_latin", "server switched to latin after the lead loaded"): (True, False, "Jhnston"),
}


@pytest.fixture
def mode_window(
    request: pytest.FixtureRequest, qtbot: Any, qloop: Any, sandbox_factory: Any
) -> Iterator[tuple[Any, SandboxServer]]:
    from leadeditor.editing.session import open_client
    from leadeditor.ui import tasks
    from leadeditor.ui.main_window import MainWindow

    window_nl, _, _ = SWITCHES[request.param]
    server = sandbox_factory(non_latin=window_nl)
    win = MainWindow(None, sandbox=True, non_latin=window_nl)
    win.use_client(
        open_client(server.url, "6666", "1234", timeout=TIMEOUT),
        non_latin=window_nl,
        label="Sandbox",
        sandbox=True,
    )
    win.show()
    qtbot.addWidget(win)
    yield win, server
    tasks.cancel_all()
    win._close_confirmed = True


@pytest.mark.parametrize("mode_window", list(SWITCHES), indirect=True)
def test_a_non_latin_switch_between_load_and_save_is_shown_from_the_read_back(
    qtbot: Any, request: pytest.FixtureRequest, mode_window: tuple[Any, SandboxServer]
) -> None:
    from fault_matrix import EXPECTED

    case_id = request.node.callspec.params["mode_window"]
    _, server_nl, stored_value = SWITCHES[case_id]
    window, sandbox = mode_window
    open_lead(qtbot, window)
    edit_and_open_confirm(qtbot, window, TYPED)
    sandbox.non_latin = server_nl
    confirm_and_wait(qtbot, window)
    stored = (sandbox.lead(LEAD) or {}).get(COLUMN)
    sees, writes = seen(window), len(sandbox.request_log.writes())
    record(
        Observed(case_id, EXPECTED[case_id], f"yes, as '{stored}'", sees, "n/a (stored)", resent_text(writes))
    )
    close_dialogs()
    assert stored == stored_value
    assert writes == 1
    # the status line names what the server holds now, whatever the app predicted
    assert f"'{stored_value}'" in sees, sees
