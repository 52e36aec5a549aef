"""The reads before a write share one time budget (issue 11): inside `VicidialClient.time_budget` a read
waits at most what is left, is retried once only when the budget leaves room, and is not sent at all when
too little is left; writes are never held to it. Against the sandbox's HANG fault, counting its requests."""

from __future__ import annotations

from typing import Any

import pytest

from leadeditor.sandbox import Fault
from leadeditor.vicidial import TimedOut
from leadeditor.vicidial.errors import Reason

READ_TIMEOUT = 1.0
TOO_LITTLE = 0.1  # left in a budget: less than the least attempt (a quarter of the read timeout here)


@pytest.fixture
def hanging(sandbox_factory: Any) -> Any:
    """A sandbox on which every lead_all_info hangs past the read timeout."""
    server = sandbox_factory()
    server.inject(Fault.HANG, count=100, function="lead_all_info", seconds=READ_TIMEOUT + 2)
    return server


def _reads(server: Any) -> int:
    return len(server.request_log.of("lead_all_info"))


def test_the_default_budget_is_a_read_and_its_one_retry(hanging: Any, make_client: Any) -> None:
    client = make_client(hanging, timeout=(1, READ_TIMEOUT))
    assert client.read_budget == 2 * READ_TIMEOUT
    with client.time_budget(), pytest.raises(TimedOut):
        client.read_lead(4)
    assert _reads(hanging) == 2  # the read, then its one retry; never a third


def test_no_retry_when_the_budget_leaves_no_room_for_it(hanging: Any, make_client: Any) -> None:
    client = make_client(hanging, timeout=(1, READ_TIMEOUT))
    with client.time_budget(READ_TIMEOUT + TOO_LITTLE), pytest.raises(TimedOut):
        client.read_lead(4)
    assert _reads(hanging) == 1  # the first attempt used the budget up: no retry
    with pytest.raises(TimedOut):  # outside a budget the client keeps its one retry
        client.read_lead(4)
    assert _reads(hanging) == 3


def test_a_spent_budget_sends_no_read_and_says_so(hanging: Any, make_client: Any) -> None:
    client = make_client(hanging, timeout=(1, READ_TIMEOUT))
    with client.time_budget(TOO_LITTLE), pytest.raises(TimedOut) as caught:
        client.read_lead(4)
    assert caught.value.reason is Reason.OUT_OF_TIME and caught.value.budget == TOO_LITTLE
    assert _reads(hanging) == 0
    assert "1234" not in str(caught.value)


def test_a_read_cut_short_by_the_budget_is_out_of_time(hanging: Any, make_client: Any) -> None:
    client = make_client(hanging, timeout=(1, 5.0))  # the budget, not the read timeout, ends the wait
    with client.time_budget(1.0), pytest.raises(TimedOut) as caught:
        client.read_lead(4)
    assert caught.value.reason is Reason.OUT_OF_TIME
    assert _reads(hanging) == 1


def test_writes_are_never_held_to_the_budget(sandbox: Any, make_client: Any) -> None:
    client = make_client(sandbox, timeout=(1, READ_TIMEOUT))
    with client.time_budget(TOO_LITTLE):
        result = client.update(4, {"last_name": "Johnston"})
    assert result.applied and sandbox.lead(4)["last_name"] == "Johnston"
    assert len(sandbox.request_log.writes()) == 1
