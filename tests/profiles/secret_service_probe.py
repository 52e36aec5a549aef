"""Run inside `dbus-run-session` by test_secret_service.py: start an unlocked gnome-keyring-daemon, use
Lead Editor's keyring layer against it (no in-memory backend here), stop the daemon by its pid, and print
what happened as one JSON line. Not a test module itself (no `test_` prefix)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time


def wait_for_secret_service(deadline: float) -> None:
    import secretstorage

    while True:
        try:
            conn = secretstorage.dbus_init()
            try:
                if secretstorage.check_service_availability(conn):
                    return
            finally:
                conn.close()
        except Exception:
            pass
        if time.monotonic() > deadline:
            raise SystemExit("the Secret Service did not appear on the session bus")
        time.sleep(0.1)


def main() -> int:
    password = sys.argv[1]
    account = sys.argv[2]
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    result: dict[str, object] = {"daemon_pid": daemon.pid}
    try:
        assert daemon.stdin is not None
        daemon.stdin.write(b"unlock-the-test-keyring")  # the login keyring's own password, not the API one
        daemon.stdin.close()
        wait_for_secret_service(time.monotonic() + 20)

        from leadeditor import secrets

        result["backend"] = secrets.backend_name()
        secrets.set_password(account, password)
        result["read_back_is_same"] = secrets.get_password(account) == password
        result["other_account"] = secrets.get_password("nobody@elsewhere.example.com")

        async def through_vault() -> bool:
            vault = secrets.PasswordVault()
            await vault.store(account + "-2", password)
            ok = await vault.get(account + "-2") == password
            await vault.delete(account + "-2")
            return ok and await vault.get(account + "-2") is None

        result["vault_round_trip"] = asyncio.run(through_vault())

        # Another process (as after a restart) reads it back through the plain keyring API.
        code = (
            "import keyring,sys;"
            f"sys.stdout.write(str(keyring.get_password('Lead Editor', {account!r}) == {password!r}))"
        )
        other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
        result["other_process_reads_it"] = other.stdout.strip() == "True"

        result["deleted"] = secrets.delete_password(account)
        result["after_delete"] = secrets.get_password(account)
        secrets.set_password(account, password)  # left in place so the test can inspect the keyring files
    finally:
        daemon.terminate()
        try:
            result["daemon_exit"] = daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            result["daemon_exit"] = daemon.wait(timeout=10)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
