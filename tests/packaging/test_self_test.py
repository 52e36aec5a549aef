"""`leadeditor --self-test`: its list of lazily imported modules is complete, it passes from source, it
fails (and says what) when something is missing, and with --keyring-sign-in it signs in to the sandbox with a
password read back from a REAL Secret Service."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from testkit.children import REPO, require

from leadeditor import __version__, self_test
from leadeditor.__main__ import main


def _function_level_imports() -> dict[str, set[str]]:
    """module name -> the files that import it inside a function (what PyInstaller's analysis cannot see)."""
    found: dict[str, set[str]] = {}
    for path in (REPO / "leadeditor").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for inner in ast.walk(node):
                names: list[str] = []
                if isinstance(inner, ast.Import):
                    names = [alias.name for alias in inner.names]
                elif isinstance(inner, ast.ImportFrom) and inner.level == 0 and inner.module:
                    names = [inner.module]
                for name in names:
                    found.setdefault(name, set()).add(str(path.relative_to(REPO)))
    return found


def test_every_lazy_import_is_checked_by_the_self_test() -> None:
    checked = set(self_test._modules())
    lazy = _function_level_imports()
    assert "leadeditor.sandbox" in lazy and "keyring" in lazy  # the scan sees the lazy imports at all
    missing = {name: sorted(files) for name, files in lazy.items() if name not in checked}
    assert missing == {}, "add these to self_test.LAZY_MODULES (or the package walk misses them)"


def test_the_self_test_passes_from_source(child_env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "leadeditor", "--self-test"],
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Lead Editor {__version__} self-test"
    for name in ("imports", "window", "keyring", "sandbox"):
        assert any(line.startswith(f"ok   {name}: ") for line in lines), (name, lines)
    assert lines[-1] == "self-test passed"


def test_a_missing_module_fails_and_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_test, "LAZY_MODULES", (*self_test.LAZY_MODULES, "leadeditor_not_bundled"))
    result = self_test.check_imports()
    assert result.ok is False
    assert "leadeditor_not_bundled (ModuleNotFoundError" in result.detail


def test_one_failing_check_fails_the_run_and_the_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> self_test.Check:
        raise RuntimeError("the window cannot open")

    ran: list[str] = []

    def fine() -> self_test.Check:
        ran.append("fine")
        return self_test.Check("fine", True, "all right")

    monkeypatch.setattr(self_test, "CHECKS", (broken, fine))
    printed: list[str] = []
    assert self_test.run(printed.append) == 1
    text = "".join(printed)
    assert "FAIL broken: RuntimeError: the window cannot open" in text
    assert ran == ["fine"] and "ok   fine: all right" in text
    assert text.rstrip().endswith("self-test failed: 1 check(s)")


def test_keyring_sign_in_needs_the_self_test(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--keyring-sign-in"]) == 2
    assert "--keyring-sign-in needs --self-test" in capsys.readouterr().err


@pytest.mark.secret_service
def test_keyring_sign_in_against_a_real_secret_service(child_env: dict[str, str]) -> None:
    """The same check CI runs on the bundled app (packaging/ci/check-bundle), here from source."""
    require("dbus-run-session", "gnome-keyring-daemon", "dbus-send")
    done = subprocess.run(
        [
            str(REPO / "packaging" / "ci" / "with-keyring"),
            sys.executable,
            "-m",
            "leadeditor",
            "--self-test",
            "--keyring-sign-in",
        ],
        env=child_env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   keyring: GNOME Keyring (Secret Service): stores a secret and reads it back" in done.stdout
    assert "ok   keyring sign-in: GNOME Keyring (Secret Service): stored, read back, signed in" in done.stdout
    assert "1234" not in done.stdout + done.stderr  # the sandbox password is never printed


def test_a_windowed_app_without_console_writes_to_the_console_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed .exe has sys.stdout = None: --version must not crash; CI reads LEADEDITOR_CONSOLE_LOG."""
    log = tmp_path / "console.log"
    monkeypatch.setenv("LEADEDITOR_CONSOLE_LOG", str(log))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    sys.stdout.flush()
    assert log.read_text(encoding="utf-8").strip() == f"leadeditor {__version__}"
    sys.stdout.close()
