"""The one entry point the app calls to get a signed-in server: `choose_and_sign_in`.

How `app.py` uses it (inside the running qasync loop, after the main window is shown, so that neither the
keyring nor `requests` slows the first paint):

    from leadeditor.settings import Settings
    from leadeditor.secrets import PasswordVault
    from leadeditor.ui.startup import add_profile_argument, capability_notice, choose_and_sign_in, status_text

    add_profile_argument(parser)                       # adds --profile NAME
    settings = Settings.load()                         # the one settings object of the app
    vault = PasswordVault()                            # one per run ("this session only" passwords)
    session = await choose_and_sign_in(window, settings, args.profile, vault=vault,
                                       on_status=lambda text: window.set_status(text, "info"))
    if session is None:                                # the user cancelled
        ...                                            # stay signed out (or quit)
    else:
        window.use_client(session.client, non_latin=session.non_latin.for_previews,
                          label=session.profile.name)
        window.set_status(status_text(session), "ok")
        notice = capability_notice(session)            # server too old for lead_all_info / lead_search
        if notice:
            window.set_status(notice, "warn")

`--profile NAME` opens that profile: signed in straight from the keyring when a remembered password is there
and nothing failed since it last worked; otherwise the sign-in dialog opens on that profile. An unknown NAME
opens the profiles dialog with a message saying so. Without `--profile`, the last profile used is taken.
`--demo` does not come through here at all.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from leadeditor.editing.sign_in import SignedInSession, SignInFailure, SignInFlow
from leadeditor.profiles import ProfileStore
from leadeditor.secrets import PasswordVault, SecretStoreError
from leadeditor.settings import Settings
from leadeditor.ui.profiles_dialog import ProfilesDialog
from leadeditor.ui.sign_in_dialog import SignInDialog, capability_notice, status_text
from leadeditor.ui.texts import keyring_problem_text, tr

__all__ = [
    "SignedInSession",
    "add_profile_argument",
    "capability_notice",
    "choose_and_sign_in",
    "run_dialog",
    "status_text",
]

log = logging.getLogger(__name__)


def add_profile_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="open the server profile NAME (signed in from the keyring when its password is remembered)",
    )


async def run_dialog(dialog: QDialog) -> int:
    """Open `dialog` with `open()` (never `exec()` inside a running task) and wait for its result."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[int] = loop.create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    return await done


async def choose_and_sign_in(
    parent: QWidget | None,
    settings: Settings,
    profile_name: str | None = None,
    *,
    vault: PasswordVault | None = None,
    flow: SignInFlow | None = None,
    on_status: Callable[[str], None] | None = None,
) -> SignedInSession | None:
    """Pick the profile (`profile_name`, else the last used) and sign in; None when the user cancels.

    With a remembered password the sign-in happens without any dialog (`on_status` hears "Signing in to ..."
    meanwhile, e.g. the status bar's `showMessage`). A stored password is never sent again after it failed;
    the dialog asks for it instead and shows why. Keep one `vault` for the app's run so that a password kept
    "for this session only" survives a later sign-in.
    """
    store = flow.store if flow is not None else ProfileStore(settings)
    vault = vault or PasswordVault()
    flow = flow or SignInFlow(store)

    name = profile_name if profile_name is not None else store.last_used
    if name is None and store.names():
        name = store.names()[0]
    if name is None or store.get(name) is None:
        if name is None:
            message = tr("Add a profile for your VICIdial server: its address and the API user.")
        else:
            message = tr("There is no profile named \u201c{name}\u201d. Choose or add one.").format(name=name)
        dialog = ProfilesDialog(parent, store, vault, message=message, flow=flow)
        if await run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.selected_name is None:
            return None
        name = dialog.selected_name

    profile = store.get(name)
    assert profile is not None
    failure: SignInFailure | None = None
    note: str | None = None
    prefill: str | None = None
    if flow.may_use_stored_password(profile) and (
        profile.remember_password or vault.session_password(profile.keyring_account)
    ):
        try:
            password = await vault.get(profile.keyring_account)
        except SecretStoreError as exc:
            password = None
            note = keyring_problem_text(exc)
        if password:
            if on_status is not None:
                text = tr("Signing in to {profile} as {user}\u2026")
                on_status(text.format(profile=name, user=profile.user))
            result = await flow.sign_in(profile, password, from_keyring=True)
            if isinstance(result, SignedInSession):
                return result
            failure = result
            prefill = password  # the dialog puts it back only when the server did not judge it
        del password

    dialog_ = SignInDialog(
        parent, store, flow, vault, profile_name=name, failure=failure, note=note, prefill_password=prefill
    )
    del prefill
    result_code = await run_dialog(dialog_)
    return dialog_.session if result_code == QDialog.DialogCode.Accepted else None
