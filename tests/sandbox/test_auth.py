"""Login lines, permissions and the lock-out of functions.php user_authorization (F:66-F:316)."""

from __future__ import annotations

from sandbox_clock import FakeClock
from sandbox_http import get

from leadeditor.sandbox import SandboxServer

GOOD = "user=6666&pass=1234&source=test&function=lead_field_info&lead_id=1&field_name=last_name"
BAD = GOOD.replace("pass=1234", "pass=nope")
LOCK = b"ERROR: Too many login attempts, try again in 15 minutes: |6666|LOCK|\n"


def test_bad_password_echoes_the_filtered_password(server: SandboxServer) -> None:
    response = get(server, GOOD.replace("pass=1234", "pass=se%20cr.et"))
    assert response.content == b"ERROR: Login incorrect, please try again: |6666|secret|BAD|\n"


def test_ten_failures_lock_until_fifteen_minutes_after_the_last_good_login(
    server: SandboxServer, clock: FakeClock
) -> None:
    assert get(server, GOOD).content == b"Smith"  # last good login at t0
    for _ in range(10):
        clock.advance(10)
        assert b"|BAD|" in get(server, BAD).content
    assert get(server, GOOD).content == LOCK
    assert get(server, BAD).content == LOCK  # a locked user gets LOCK whatever the password
    clock.advance(900 - 100)  # t0 + 900: not yet past the window
    assert get(server, GOOD).content == LOCK
    clock.advance(1)
    assert get(server, GOOD).content == b"Smith"
    assert get(server, BAD).content.endswith(b"|BAD|\n")  # the count restarted at 0


def test_nine_failures_do_not_lock(server: SandboxServer) -> None:
    for _ in range(9):
        get(server, BAD)
    assert get(server, GOOD).content == b"Smith"


def test_old_lock_resets_to_one_failure(server: SandboxServer, clock: FakeClock) -> None:
    get(server, GOOD)
    for _ in range(10):
        get(server, BAD)
    clock.advance(1000)
    assert b"|BAD|" in get(server, BAD).content  # count >= 10 but old: reset to 1, last_login_date = now
    assert get(server, GOOD).content == b"Smith"


def test_unknown_user_and_level_7_user(server: SandboxServer) -> None:
    assert get(server, GOOD.replace("user=6666", "user=nobody")).content == (
        b"ERROR: Login incorrect, please try again: |nobody|1234|BAD|\n"
    )
    assert get(
        server, "user=7777&pass=1234&source=test&function=update_lead&lead_id=1&last_name=X"
    ).content == (
        b"ERROR: update_lead USER DOES NOT HAVE PERMISSION TO UPDATE LEADS IN THE SYSTEM: |7777|0|\n"
    )
    assert get(server, "user=7777&pass=1234&function=nothing").content == b"ERROR: NO FUNCTION SPECIFIED\n"


def test_version_and_coffee_need_no_login(server: SandboxServer) -> None:
    response = get(server, "function=version")
    assert response.content.startswith(
        b"VERSION: 2.14-202|BUILD: 250720-1841|DATE: 2026-11-27 00:25:16|"
        b"EPOCH: 1795757116|DST: 0|TZ: -5.00|TZNOW: -5.00|"
    )
    coffee = get(server, "function=brew_coffee")
    assert (coffee.status_code, coffee.content) == (418, b"Coffee: brew_coffee|Error 418 I'm a teapot")


def test_headers(server: SandboxServer) -> None:
    response = get(server, "function=nothing")
    assert response.headers["Content-type"] == "text/html; charset=utf-8"
    assert response.headers["Cache-Control"] == "no-cache, must-revalidate"
    assert response.headers["Pragma"] == "no-cache"
    assert response.content == b"ERROR: Login incorrect, please try again: |||BAD|\n"
