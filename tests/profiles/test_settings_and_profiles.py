"""The settings file and the profile store: persistence, upgrades, validation, no secret ever stored."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from leadeditor import settings as settings_mod
from leadeditor.profiles import (
    NonLatinMode,
    Profile,
    ProfileStore,
    SignInState,
    api_name_ok,
    host_port,
    validate_source,
)
from leadeditor.settings import SCHEMA_VERSION, SecretInSettingsError, Settings


def test_settings_round_trip_is_private_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    s = Settings.load(path)
    s.set("window", {"width": 900})
    s.save()
    data = json.loads(path.read_text())
    assert data["version"] == SCHEMA_VERSION
    assert data["window"] == {"width": 900}
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Settings.load(path).get("window") == {"width": 900}
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temporary file left behind


def test_settings_refuse_secret_keys(tmp_path: Path) -> None:
    s = Settings.load(tmp_path / "settings.json")
    with pytest.raises(SecretInSettingsError):
        s.set("password", "x")
    s.data["profiles"] = [{"name": "a", "pass": "x"}]  # a bug writing straight into the dict
    with pytest.raises(SecretInSettingsError):
        s.save()
    assert not (tmp_path / "settings.json").exists()


def test_upgrade_hook_runs_from_unversioned_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"window": 1}))
    s = Settings.load(path)
    assert s.data["version"] == SCHEMA_VERSION
    assert s.data["profiles"] == [] and s.data["sign_in"] == {}
    assert json.loads(path.read_text())["version"] == SCHEMA_VERSION  # saved after upgrading


def test_upgrade_runs_each_hook_in_order() -> None:
    calls: list[int] = []
    hooks: dict[int, Any] = {v: (lambda d, v=v: calls.append(v)) for v in range(SCHEMA_VERSION)}
    data: dict[str, object] = {}
    assert settings_mod.upgrade(data, hooks) is True
    assert calls == list(range(SCHEMA_VERSION)) and data["version"] == SCHEMA_VERSION
    assert settings_mod.upgrade(data, hooks) is False


def test_newer_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps({"version": SCHEMA_VERSION + 5, "future": True})
    path.write_text(original)
    s = Settings.load(path)
    assert s.read_only
    s.set("x", 1)
    s.save()
    assert path.read_text() == original


def test_broken_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    s = Settings.load(path)
    assert s.data["profiles"] == []
    assert any(p.name.startswith("settings.json.broken-") for p in tmp_path.iterdir())


def test_config_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings_mod.CONFIG_DIR_ENV, str(tmp_path / "elsewhere"))
    assert settings_mod.default_config_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv(settings_mod.CONFIG_DIR_ENV)
    assert "leadeditor" in str(settings_mod.default_config_dir())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Dialer.Example.com", "dialer.example.com"),
        ("https://dialer.example.com:8443/vicidial/non_agent_api.php", "dialer.example.com:8443"),
        ("http://127.0.0.1:40123/vicidial/", "127.0.0.1:40123"),
        ("https://[::1]:9000/", "[::1]:9000"),
    ],
)
def test_keyring_account_names_user_host_and_port(url: str, expected: str) -> None:
    assert host_port(url) == expected
    assert Profile("p", url, "6666").keyring_account == f"6666@{expected}"


@pytest.mark.parametrize(
    ("source", "ok"),
    [
        ("leadeditor", True),
        ("ab", True),
        ("a", False),
        ("", False),
        ("lead-editor", False),
        ("lead_editor", False),
        ("x" * 20, True),
        ("x" * 21, False),
        ("édition", False),
    ],
)
def test_source_validation(source: str, ok: bool) -> None:
    assert (validate_source(source) is None) is ok


def test_api_name_filter_both_modes() -> None:
    assert api_name_ok("Ab-_9", non_latin=False)
    assert not api_name_ok("p@ss", non_latin=False)
    assert not api_name_ok("José", non_latin=False)
    assert api_name_ok("José", non_latin=True)
    assert not api_name_ok("e\u0301", non_latin=True)  # a combining mark is removed by \p{L}
    assert not api_name_ok("", non_latin=True)


def test_profile_problems_are_plain() -> None:
    good = Profile("Prod", "https://dialer.example.com", "api_user")
    assert good.problems() == []
    bad = Profile("", "dialer.example.com", "john.doe", source="a-b", default_scope="LIST")
    from leadeditor.profiles import ProfileProblem as P
    from leadeditor.ui.texts import profile_problem_text

    wrong = [P.NO_NAME, P.BAD_ADDRESS, P.USER_FILTERED, P.SOURCE_FILTERED, P.SCOPE_NEEDS_LIST]
    assert bad.problems() == wrong
    text = " ".join(profile_problem_text(p) for p in bad.problems())
    assert "name" in text and "https://" in text and "API user" in text and "source" in text
    assert "list ID" in text
    # the default list ID follows the search pane's rule (lead_keys): no leading zero, 100 or more
    assert good.replace(default_list_id="0101").problems() == [P.BAD_LIST_ID]
    assert good.replace(default_scope="LIST", default_list_id="099").problems() == [P.SCOPE_NEEDS_LIST]
    assert good.replace(default_scope="LIST", default_list_id="101").problems() == []
    every = {profile_problem_text(p) for p in P}
    assert len(every) == len(P) and all(t.endswith(".") for t in every)  # one sentence each
    assert good.replace(verify_tls=False).verify is False
    assert good.replace(ca_bundle="/ca.pem").verify == "/ca.pem"
    assert good.verify is True


def test_profile_dict_round_trip_ignores_unknown_keys() -> None:
    p = Profile("Prod", "https://d.example.com", "u1", non_latin=NonLatinMode.YES, ca_bundle="/x.pem")
    data = p.to_dict() | {"added_in_a_future_version": 1}
    assert Profile.from_dict(data) == p
    assert Profile.from_dict(p.to_dict() | {"non_latin": "bogus"}).non_latin is NonLatinMode.UNKNOWN


def test_store_add_rename_duplicate_remove(store: ProfileStore, settings: Settings) -> None:
    a = Profile("A", "https://a.example.com", "u1")
    store.add(a)
    with pytest.raises(ValueError):
        store.add(a)
    store.set_last_used("A")
    store.set_sign_in_state("A", SignInState(failures=3))
    store.update("A", a.replace(name="A2"))
    assert store.names() == ["A2"]
    assert store.last_used == "A2"
    assert store.sign_in_state("A2").failures == 3  # the guard's count follows a rename
    copy_name = store.duplicate_name("A2")
    store.add(store.get("A2").replace(name=copy_name))  # type: ignore[union-attr]
    assert store.names() == ["A2", "A2 (copy)"]
    assert store.duplicate_name("A2") == "A2 (copy 2)"
    assert store.account_in_use("u1@a.example.com", besides="A2")
    store.remove("A2")
    assert store.names() == ["A2 (copy)"] and store.last_used is None
    assert store.sign_in_state("A2").failures == 0
    # all of it persisted
    reloaded = ProfileStore(Settings.load(settings.path))
    assert reloaded.names() == ["A2 (copy)"]


def test_sign_in_state_survives_restart(store: ProfileStore, settings: Settings) -> None:
    store.add(Profile("A", "https://a.example.com", "u1"))
    store.set_sign_in_state("A", SignInState(failures=9, stored_password_rejected=True))
    again = ProfileStore(Settings.load(settings.path)).sign_in_state("A")
    assert again.failures == 9 and again.stored_password_rejected


def test_importing_settings_profiles_secrets_stays_light() -> None:
    """Start-up cost: none of these modules may pull in keyring, requests or Qt."""
    code = (
        "import sys, leadeditor.settings, leadeditor.profiles, leadeditor.secrets;"
        "import leadeditor.editing.sign_in;"
        "bad=[m for m in ('keyring','requests','PySide6','qasync') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
