"""The profiles dialog, the sign-in dialog and the start-up entry point, offscreen with pytest-qt, against the
sandbox over real HTTP(S)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from testkit.local_http import closed_port

from leadeditor.editing.sign_in import Capabilities, SignedInSession, SignInFlow
from leadeditor.profiles import Profile, ProfileStore
from leadeditor.secrets import PasswordVault
from leadeditor.settings import Settings
from leadeditor.ui.profiles_dialog import ProfilesDialog
from leadeditor.ui.sign_in_dialog import SignInDialog, capability_notice, status_text
from leadeditor.ui.startup import choose_and_sign_in

GOOD = "1234"


def shown_texts(widget: QWidget) -> str:
    """Everything a user can read in the widget: labels, buttons, titles, tool tips, non-password fields."""
    parts = [widget.windowTitle(), widget.toolTip()]
    for label in widget.findChildren(QLabel):
        parts += [label.text(), label.toolTip()]
    for button in widget.findChildren(QPushButton):
        parts += [button.text(), button.toolTip()]
    for edit in widget.findChildren(QLineEdit):
        if edit.echoMode() == QLineEdit.EchoMode.Normal:
            parts.append(edit.text())
    return "\n".join(parts)


def field(dialog: QWidget, name: str) -> Any:
    child = dialog.findChild(QWidget, name)
    assert child is not None, name
    return child


def new_sign_in_dialog(
    qtbot: Any, store: ProfileStore, vault: PasswordVault | None = None, flow: SignInFlow | None = None
) -> SignInDialog:
    dialog = SignInDialog(None, store, flow or SignInFlow(store), vault or PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in(qtbot: Any, dialog: SignInDialog, password: str, *, insist: bool = False) -> None:
    """Type the password and click Sign in; with `insist`, also click "Sign in anyway" after warnings."""
    edit = field(dialog, "passwordInput")
    edit.clear()
    qtbot.keyClicks(edit, password)
    qtbot.mouseClick(field(dialog, "signInButton"), Qt.MouseButton.LeftButton)
    if insist and field(dialog, "preflightWarnings").isVisible():
        qtbot.mouseClick(field(dialog, "signInButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._attempt is None or dialog._attempt.done(), timeout=20000)
    qtbot.waitUntil(lambda: not field(dialog, "signInBusy").isVisible(), timeout=20000)


# -- profiles dialog -------------------------------------------------------------------------------
def test_add_a_profile_through_the_form(qtbot: Any, qloop: Any, store: ProfileStore) -> None:
    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    assert field(dialog, "profileName").text() == "New profile"  # an empty store starts with a new profile
    assert "never in Lead Editor's settings file" in field(dialog, "passwordStoreLabel").text()
    assert field(dialog, "verifyTls").isChecked()  # verification is on by default
    field(dialog, "profileName").setText("Production")
    field(dialog, "serverUrl").setText("https://dialer.example.com")
    qtbot.keyClicks(field(dialog, "apiUser"), "api_user")
    source = field(dialog, "apiSource")
    source.clear()
    qtbot.keyClicks(source, "lead-editor_app")  # '-' and '_' cannot be typed: the server would drop them
    assert source.text() == "leadeditorapp"
    qtbot.mouseClick(field(dialog, "saveProfileButton"), Qt.MouseButton.LeftButton)
    saved = store.get("Production")
    assert saved is not None and saved.source == "leadeditorapp" and saved.user == "api_user"
    assert saved.verify_tls and saved.remember_password
    dialog.resize(760, 560)
    dialog.reject()
    assert "profilesDialog" in Settings.load(store.settings.path).get("geometry")  # remembered for next time
    again = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 560)


def test_problems_are_shown_and_nothing_is_saved(qtbot: Any, qloop: Any, store: ProfileStore) -> None:
    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    field(dialog, "serverUrl").setText("dialer.example.com")
    field(dialog, "apiUser").setText("john.doe")
    assert dialog.save_current() is False
    problems = field(dialog, "profileProblems")
    assert problems.isVisible() and "https://" in problems.text() and "API user" in problems.text()
    assert store.names() == []


def test_turning_verification_off_needs_a_choice_and_stays_red(
    qtbot: Any, qloop: Any, store: ProfileStore
) -> None:
    store.add(Profile("Prod", "https://dialer.example.com", "u1"))
    dialog = ProfilesDialog(None, store, PasswordVault())
    qtbot.addWidget(dialog)
    dialog.show()
    verify = field(dialog, "verifyTls")
    warning = field(dialog, "tlsWarning")
    verify.setChecked(False)
    box = dialog._confirm_box
    assert isinstance(box, QMessageBox)
    keep = next(b for b in box.buttons() if b.text() == "Keep verifying")
    keep.click()
    qtbot.waitUntil(lambda: dialog._confirm_box is None)
    assert verify.isChecked() and not warning.isVisible()

    verify.setChecked(False)
    box = dialog._confirm_box
    assert box is not None
    field(box, "confirmNoVerifyButton").click()
    qtbot.waitUntil(lambda: dialog._confirm_box is None)
    assert not verify.isChecked() and warning.isVisible()
    assert "OFF" in warning.text() and "b00020" in warning.styleSheet()
    assert dialog.save_current()
    assert store.get("Prod").verify is False  # type: ignore[union-attr]
    reopened = ProfilesDialog(None, store, PasswordVault(), select="Prod")
    qtbot.addWidget(reopened)
    reopened.show()
    assert field(reopened, "tlsWarning").isVisible()  # permanent, not a one-time notice


def test_duplicate_and_remove_take_care_of_the_secret(
    qtbot: Any, qloop: Any, arun: Any, store: ProfileStore, memory_keyring: Any
) -> None:
    prod = Profile("Prod", "https://dialer.example.com:8443", "u1")
    store.add(prod)
    memory_keyring.set_password("Lead Editor", prod.keyring_account, "pw-kept")
    dialog = ProfilesDialog(None, store, PasswordVault(), select="Prod")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(field(dialog, "duplicateProfileButton"), Qt.MouseButton.LeftButton)
    assert store.names() == ["Prod", "Prod (copy)"]
    dialog.remove_profile("Prod (copy)")
    arun(dialog.wait_idle())
    assert (
        memory_keyring.get_password("Lead Editor", "u1@dialer.example.com:8443") == "pw-kept"
    )  # Prod uses it

    qtbot.mouseClick(field(dialog, "removeProfileButton"), Qt.MouseButton.LeftButton)
    box = dialog._confirm_box
    assert box is not None and "Prod" in box.text()
    field(box, "confirmRemoveButton").click()
    qtbot.waitUntil(lambda: not store.names())
    arun(dialog.wait_idle())
    assert memory_keyring.store == {}


def test_unticking_remember_forgets_the_saved_password(
    qtbot: Any, qloop: Any, arun: Any, store: ProfileStore, memory_keyring: Any
) -> None:
    prod = Profile("Prod", "https://dialer.example.com", "u1")
    store.add(prod)
    memory_keyring.set_password("Lead Editor", prod.keyring_account, "pw")
    dialog = ProfilesDialog(None, store, PasswordVault(), select="Prod")
    qtbot.addWidget(dialog)
    field(dialog, "rememberPassword").setChecked(False)
    assert dialog.save_current()
    arun(dialog.wait_idle())
    assert memory_keyring.store == {}


# -- sign-in dialog --------------------------------------------------------------------------------
def test_sign_in_remembers_the_password(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any, memory_keyring: Any
) -> None:
    profile = make_profile(sandbox.url)
    store.add(profile)
    dialog = new_sign_in_dialog(qtbot, store)
    assert "never in a file" in field(dialog, "passwordStoreLabel").text()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        sign_in(qtbot, dialog, GOOD)
    assert isinstance(dialog.session, SignedInSession)
    assert memory_keyring.store == {("Lead Editor", profile.keyring_account): GOOD}
    dialog.session.client.close()


def test_wrong_password_message_is_plain_and_field_cleared(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any, memory_keyring: Any
) -> None:
    store.add(make_profile(sandbox.url))
    dialog = new_sign_in_dialog(qtbot, store)
    sign_in(qtbot, dialog, "Not-the-pw_42")
    message = field(dialog, "signInMessage")
    assert message.isVisible() and "refused user 6666" in message.text()
    assert "Failed sign-ins in a row: 1" in message.text()
    assert field(dialog, "passwordInput").text() == ""  # never re-sent without retyping
    assert "Not-the-pw_42" not in shown_texts(dialog)
    assert memory_keyring.store == {}
    assert dialog.result() == 0 and dialog.isVisible()


def test_missing_permission_says_what_an_administrator_must_set(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any
) -> None:
    store.add(make_profile(sandbox.url, user="7777"))
    dialog = new_sign_in_dialog(qtbot, store)
    sign_in(qtbot, dialog, GOOD)
    text = field(dialog, "signInMessage").text()
    for needed in (
        "update_lead",
        "user level 8",
        "Modify Leads",
        "Agent API Access",
        "API Allowed Functions",
        "View Reports",
    ):
        assert needed in text


def test_preflight_warning_needs_a_second_click(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any
) -> None:
    profile = make_profile(sandbox.url)
    store.add(profile)
    dialog = new_sign_in_dialog(qtbot, store)
    sign_in(qtbot, dialog, "has space!")
    warnings = field(dialog, "preflightWarnings")
    assert warnings.isVisible() and "can never sign in" in warnings.text()
    assert field(dialog, "signInButton").text() == "&Sign in anyway"
    assert store.sign_in_state(profile.name).failures == 0  # nothing was sent yet
    qtbot.mouseClick(field(dialog, "signInButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field(dialog, "signInMessage").isVisible(), timeout=20000)
    assert "has space!" not in shown_texts(dialog)


def test_untrusted_certificate_offers_a_ca_file(
    qtbot: Any, qloop: Any, https_sandbox: Any, tls_files: Any, store: ProfileStore, make_profile: Any
) -> None:
    ca, _cert, _key = tls_files
    store.add(make_profile(https_sandbox.url))
    dialog = new_sign_in_dialog(qtbot, store)
    sign_in(qtbot, dialog, GOOD)
    assert "certificate is not trusted" in field(dialog, "signInMessage").text()
    assert field(dialog, "chooseCaButton").isVisible()
    dialog.use_ca_file(str(ca))
    assert store.get("Sandbox").verify == str(ca)  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        sign_in(qtbot, dialog, GOOD)
    assert dialog.session is not None
    dialog.session.client.close()


def test_keyring_failure_offers_this_session_only(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any, failing_keyring: Any
) -> None:
    profile = make_profile(sandbox.url)
    store.add(profile)
    failing_keyring(keyring.errors.KeyringLocked("locked"))
    vault = PasswordVault()
    dialog = new_sign_in_dialog(qtbot, store, vault)
    sign_in(qtbot, dialog, GOOD)
    text = field(dialog, "signInMessage").text()
    assert "keyring is locked" in text and "this session only" in text
    assert field(dialog, "signInButton").text() == "&Continue"
    assert vault.session_password(profile.keyring_account) == GOOD
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(field(dialog, "signInButton"), Qt.MouseButton.LeftButton)
    assert dialog.session is not None
    dialog.session.client.close()


def test_too_old_server_signs_in_with_a_notice(
    qtbot: Any, qloop: Any, sandbox: Any, store: ProfileStore, make_profile: Any, monkeypatch: Any
) -> None:
    """A server built before lead_search and lead_all_info (2021): signed in, told plainly what is missing."""
    import leadeditor.sandbox.script as sandbox_script

    monkeypatch.setattr(sandbox_script, "VERSION", "2.14-170")  # the sandbox answers as an older build
    monkeypatch.setattr(sandbox_script, "BUILD", "190325-1055")
    store.add(make_profile(sandbox.url))
    dialog = new_sign_in_dialog(qtbot, store)
    sign_in(qtbot, dialog, GOOD)
    assert dialog.session is not None and dialog.session.capabilities.limited
    text = field(dialog, "signInMessage").text()
    assert "2.14-170, build 190325-1055" in text and "by its lead ID" in text
    assert field(dialog, "signInButton").text() == "&Continue"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(field(dialog, "signInButton"), Qt.MouseButton.LeftButton)
    dialog.session.client.close()


def test_old_server_notice_and_status_line() -> None:
    from leadeditor.vicidial import ServerVersion

    old = ServerVersion("2.14-170", "190325-1055", None, None, None, False, "-5.00", "-5.00")
    profile = Profile("Old", "https://old.example.com", "u1", verify_tls=False)
    session = SignedInSession(profile, None, old, Capabilities.from_build(old.build))  # type: ignore[arg-type]
    notice = capability_notice(session)
    assert notice is not None and "older than the lead reading and search functions" in notice
    assert "lead ID" in notice
    line = status_text(session)
    assert "2.14-170" in line and "NOT verified" in line and "old server" in line


def test_messages_never_show_the_password(
    qtbot: Any,
    qloop: Any,
    sandbox: Any,
    store: ProfileStore,
    make_profile: Any,
    secret: str,
    sandbox_failing: Any,
    failing_keyring: Any,
) -> None:
    """Success, wrong password, lock-out and a server failure, all through the dialog."""
    store.add(make_profile(sandbox.url))
    dialog = new_sign_in_dialog(qtbot, store)
    failing_keyring(keyring.errors.PasswordSetError("no"))  # success stays on screen
    sign_in(qtbot, dialog, secret)
    assert dialog.session is not None and "session only" in field(dialog, "signInMessage").text()
    assert secret not in shown_texts(dialog)
    dialog.session.client.close()

    dialog2 = new_sign_in_dialog(qtbot, store)
    for n in range(10):
        sign_in(qtbot, dialog2, f"{secret}{n}", insist=True)  # the user accepts the lock-out warnings
        assert secret not in shown_texts(dialog2)
    sign_in(qtbot, dialog2, secret, insist=True)
    assert "locked user 6666 until" in field(dialog2, "signInMessage").text()
    assert secret not in shown_texts(dialog2)

    store.add(make_profile(sandbox.url, name="Failing"))
    flow = SignInFlow(store)
    dialog3 = SignInDialog(None, store, flow, PasswordVault(), profile_name="Failing")
    qtbot.addWidget(dialog3)
    with sandbox_failing(sandbox):
        sign_in(qtbot, dialog3, secret)
    assert "server failed" in field(dialog3, "signInMessage").text()
    assert secret not in shown_texts(dialog3)
    assert secret not in store.settings.path.read_text()


# -- start-up --------------------------------------------------------------------------------------
def find_top(name: str) -> Any:
    for w in QApplication.topLevelWidgets():
        if w.objectName() == name and w.isVisible():
            return w
    return None


def test_start_signs_in_from_the_keyring_without_a_dialog_over_https(
    qtbot: Any, qloop: Any, arun: Any, https_sandbox: Any, tls_files: Any, tmp_path: Path, memory_keyring: Any
) -> None:
    """The issue's "done when": add a profile for the HTTPS sandbox, sign in, quit, start again: signed in
    from the keyring with no password typed."""
    ca, _cert, _key = tls_files
    path = tmp_path / "cfg" / "settings.json"
    settings = Settings.load(path)
    task = qloop.create_task(choose_and_sign_in(None, settings, None))
    qtbot.waitUntil(lambda: find_top("profilesDialog") is not None, timeout=10000)
    profiles = find_top("profilesDialog")
    assert "Add a profile" in field(profiles, "profilesMessage").text()
    field(profiles, "profileName").setText("Sandbox TLS")
    field(profiles, "serverUrl").setText(https_sandbox.url)
    field(profiles, "apiUser").setText("6666")
    field(profiles, "caBundle").setText(str(ca))
    qtbot.mouseClick(field(profiles, "useProfileButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_top("signInDialog") is not None, timeout=10000)
    dialog = find_top("signInDialog")
    sign_in(qtbot, dialog, GOOD)
    qtbot.waitUntil(task.done, timeout=20000)
    first = task.result()
    assert isinstance(first, SignedInSession) and first.profile.name == "Sandbox TLS"
    first.client.close()
    assert GOOD not in path.read_text()

    # "Restart": a new settings object from the same file, a new vault, a new flow.
    said: list[str] = []
    session = arun(choose_and_sign_in(None, Settings.load(path), None, on_status=said.append))
    assert isinstance(session, SignedInSession) and session.profile.verify == str(ca)
    assert said == ["Signing in to Sandbox TLS as 6666\u2026"]
    assert find_top("signInDialog") is None
    session.client.close()


def test_unknown_profile_name_opens_the_profiles_dialog(qtbot: Any, qloop: Any, settings: Settings) -> None:
    ProfileStore(settings).add(Profile("Prod", "https://dialer.example.com", "u1"))
    task = qloop.create_task(choose_and_sign_in(None, settings, "Nope"))
    qtbot.waitUntil(lambda: find_top("profilesDialog") is not None, timeout=10000)
    dialog = find_top("profilesDialog")
    assert "no profile named \u201cNope\u201d" in field(dialog, "profilesMessage").text()
    dialog.reject()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None


def test_refused_stored_password_is_not_sent_again_at_start(
    qtbot: Any,
    qloop: Any,
    arun: Any,
    sandbox: Any,
    settings: Settings,
    make_profile: Any,
    memory_keyring: Any,
) -> None:
    store = ProfileStore(settings)
    profile = make_profile(sandbox.url)
    store.add(profile)
    memory_keyring.set_password("Lead Editor", profile.keyring_account, "stale-pw")
    task = qloop.create_task(choose_and_sign_in(None, settings, "Sandbox"))
    qtbot.waitUntil(lambda: find_top("signInDialog") is not None, timeout=20000)
    dialog = find_top("signInDialog")
    assert "refused user 6666" in field(dialog, "signInMessage").text()
    assert field(dialog, "passwordInput").text() == ""
    dialog.reject()
    qtbot.waitUntil(task.done, timeout=5000)
    assert store.sign_in_state("Sandbox").failures == 1

    # The next start does not send the stale password again: it asks.
    task2 = qloop.create_task(choose_and_sign_in(None, Settings.load(settings.path), "Sandbox"))
    qtbot.waitUntil(lambda: find_top("signInDialog") is not None, timeout=20000)
    dialog2 = find_top("signInDialog")
    assert not field(dialog2, "signInMessage").isVisible()
    assert ProfileStore(Settings.load(settings.path)).sign_in_state("Sandbox").failures == 1
    dialog2.reject()
    qtbot.waitUntil(task2.done, timeout=5000)


def test_every_failure_has_its_own_plain_message() -> None:
    from datetime import UTC, datetime

    from leadeditor.editing.sign_in import FailureKind, SignInFailure
    from leadeditor.ui.sign_in_dialog import failure_message

    profile = Profile("Prod", "https://dialer.example.com", "u1")
    texts = {
        kind: failure_message(
            SignInFailure(kind, "Prod", function="lead_search", locked_until=datetime.now(UTC), detail="x"),
            profile,
        )
        for kind in FailureKind
    }
    assert len(set(texts.values())) == len(FailureKind)  # no two failures share a message
    assert "dialer.example.com" in texts[FailureKind.UNREACHABLE]
    assert "5 s" in texts[FailureKind.TIMEOUT] and "timeouts" in texts[FailureKind.TIMEOUT]
    assert "lead_search" in texts[FailureKind.PERMISSION] and "user level 8" in texts[FailureKind.PERMISSION]
    assert "two-factor" in texts[FailureKind.TWO_FACTOR]
    assert "IP list" in texts[FailureKind.IP_BLOCKED]
    for text in texts.values():
        assert "None" not in text and "{" not in text


def test_network_failure_at_start_keeps_the_remembered_password_for_a_retry(
    qtbot: Any, qloop: Any, settings: Settings, memory_keyring: Any
) -> None:
    port = closed_port()
    store = ProfileStore(settings)
    profile = Profile("Down", f"http://127.0.0.1:{port}", "6666", connect_timeout=1.0)
    store.add(profile)
    memory_keyring.set_password("Lead Editor", profile.keyring_account, GOOD)
    task = qloop.create_task(choose_and_sign_in(None, settings, "Down"))
    qtbot.waitUntil(lambda: find_top("signInDialog") is not None, timeout=20000)
    dialog = find_top("signInDialog")
    assert "could not reach 127.0.0.1" in field(dialog, "signInMessage").text()
    assert field(dialog, "passwordInput").text() == GOOD  # not judged by the server: the user may retry
    dialog.reject()
    qtbot.waitUntil(task.done, timeout=5000)


def test_profile_argument() -> None:
    import argparse

    from leadeditor.ui.startup import add_profile_argument

    parser = argparse.ArgumentParser()
    add_profile_argument(parser)
    assert parser.parse_args(["--profile", "Site B"]).profile == "Site B"
    assert parser.parse_args([]).profile is None
