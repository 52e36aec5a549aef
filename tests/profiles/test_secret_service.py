"""Lead Editor's keyring layer against a REAL Secret Service: gnome-keyring-daemon, unlocked, inside
`dbus-run-session`, with HOME and the XDG folders in a temporary directory. The daemon is stopped by its pid.

Skipped only when dbus-run-session or gnome-keyring-daemon is missing, and then only outside CI: with CI=true
a missing tool is a failure, so CI can never silently stop testing the real keyring.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from testkit.children import child_environment, require

PROBE = Path(__file__).with_name("secret_service_probe.py")
PASSWORD = "RealKeyring_pw-4711"
ACCOUNT = "6666@127.0.0.1:40123"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"


@pytest.mark.secret_service
def test_passwords_go_to_a_real_secret_service(tmp_path: Path) -> None:
    require("dbus-run-session", "gnome-keyring-daemon")
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for d in (home, runtime):
        d.mkdir()
    runtime.chmod(0o700)
    env = child_environment(home, XDG_RUNTIME_DIR=str(runtime))
    proc = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(PROBE), PASSWORD, ACCOUNT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])

    assert result["backend"] == "GNOME Keyring (Secret Service)"
    assert result["read_back_is_same"] is True
    assert result["other_account"] is None
    assert result["vault_round_trip"] is True
    assert result["other_process_reads_it"] is True
    assert result["deleted"] is True and result["after_delete"] is None
    assert not _pid_alive(int(result["daemon_pid"])), "gnome-keyring-daemon outlived the test"

    # The secret sits in the daemon's keyring file, encrypted: no file under HOME holds it in clear.
    keyrings = list((home / ".local" / "share" / "keyrings").glob("*.keyring"))
    assert keyrings, "gnome-keyring wrote no keyring file"
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), f"password in clear in {path}"
    assert PASSWORD not in proc.stdout and PASSWORD not in proc.stderr
