"""The sign-in dialog: choose a profile, type the password, and read in plain words what went wrong.

The dialog never shows, logs or keeps the password beyond the attempt: a refused password is cleared from the
field, so nothing re-sends it without the user typing it again. Network and keyring work run as qasync tasks
in worker threads; open the dialog with `open()` (see `leadeditor.ui.startup.run_dialog`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.sign_in import (
    FailureKind,
    Preflight,
    SignedInSession,
    SignInFailure,
    SignInFlow,
)
from leadeditor.profiles import Profile, ProfileStore
from leadeditor.secrets import PasswordVault, SecretStoreError
from leadeditor.ui import accessibility
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.profiles_dialog import (
    ProfilesDialog,
    amber_warning_style,
    red_warning_style,
    small,
    spawn,
)
from leadeditor.ui.texts import (
    capability_notice,
    failure_message,
    keyring_problem_text,
    permission_text,
    preflight_text,
    status_text,
    store_name_text,
    tr,
)
from leadeditor.ui.theme import Tone, styled, text_style

__all__ = ["SignInDialog", "capability_notice", "failure_message", "permission_text", "status_text"]

log = logging.getLogger(__name__)


def error_style() -> str:
    return text_style(Tone.ERROR)


# Failures that judged the password: it is never put back into the field for another try.
PASSWORD_VERDICTS = frozenset(
    {FailureKind.WRONG_PASSWORD, FailureKind.LOCKED_OUT, FailureKind.NOT_SENT, FailureKind.TWO_FACTOR}
)


# -- the dialog ------------------------------------------------------------------------------------
class SignInDialog(RememberedDialog):
    """Result: `session` (a SignedInSession) when accepted, None otherwise."""

    geometry_key = "signIn"

    def __init__(
        self,
        parent: QWidget | None,
        store: ProfileStore,
        flow: SignInFlow,
        vault: PasswordVault,
        *,
        profile_name: str | None = None,
        failure: SignInFailure | None = None,
        note: str | None = None,
        prefill_password: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.flow = flow
        self.vault = vault
        self.session: SignedInSession | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._attempt: asyncio.Task[Any] | None = None
        self._confirmed = False  # the user accepted the preflight warnings for the password as typed
        self._store_name = store_name_text()
        self._no_keyring = False  # set once the keyring answers that it cannot keep a password
        self.setObjectName("signInDialog")
        self.setWindowTitle(tr("Sign in \u2013 Lead Editor"))
        self.setAccessibleName(tr("Sign in"))
        self._build()
        self._fill_profiles(profile_name or store.last_used)
        if failure is not None and self.current_profile() is not None:
            self.show_failure(failure)
        if note:
            self._show_message(note, amber_warning_style)
        if prefill_password and (failure is None or failure.kind not in PASSWORD_VERDICTS):
            # A remembered password that never got a verdict (network, TLS...): the user may retry with it.
            self.password_edit.blockSignals(True)
            self.password_edit.setText(prefill_password)
            self.password_edit.blockSignals(False)
        spawn(self._learn_backend_name(), self._tasks)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(tr("<b>Sign in to a VICIdial server</b>"))
        outer.addWidget(title)
        form = QFormLayout()
        outer.addLayout(form)

        row = QHBoxLayout()
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileSelector")
        self.profile_combo.setAccessibleName(tr("Server profile"))
        self.profile_combo.currentIndexChanged.connect(self._on_profile_changed)
        row.addWidget(self.profile_combo, 1)
        self.manage_button = QPushButton(tr("&Profiles\u2026"))
        self.manage_button.setObjectName("manageProfilesButton")
        self.manage_button.setAccessibleName(tr("Manage profiles"))
        self.manage_button.setAutoDefault(False)
        self.manage_button.clicked.connect(self._open_profiles)
        row.addWidget(self.manage_button)
        label = QLabel(tr("P&rofile:"))
        label.setBuddy(self.profile_combo)
        form.addRow(label, row)

        self.summary = QLabel()
        self.summary.setObjectName("profileSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)  # wrapped labels outside the form: QFormLayout misjudges their height
        self.tls_warning = QLabel(
            tr("\u26a0 Certificate verification is OFF for this profile: the password could be intercepted.")
        )
        self.tls_warning.setObjectName("tlsWarning")
        styled(self.tls_warning, red_warning_style)
        self.tls_warning.setWordWrap(True)
        outer.addWidget(self.tls_warning)
        form2 = QFormLayout()
        outer.addLayout(form2)

        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordInput")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(tr("Password"))
        self.password_edit.textChanged.connect(self._on_password_edited)
        pw_label = QLabel(tr("Pass&word:"))
        pw_label.setBuddy(self.password_edit)
        form2.addRow(pw_label, self.password_edit)

        self.remember_check = QCheckBox(tr("Re&member password"))
        self.remember_check.setObjectName("rememberPassword")
        form2.addRow("", self.remember_check)
        self.store_label = QLabel()
        self.store_label.setObjectName("passwordStoreLabel")
        self.store_label.setWordWrap(True)
        small(self.store_label)
        outer.addWidget(self.store_label)

        self.preflight_label = QLabel()
        self.preflight_label.setObjectName("preflightWarnings")
        self.preflight_label.setWordWrap(True)
        styled(self.preflight_label, amber_warning_style)
        self.preflight_label.setVisible(False)
        outer.addWidget(self.preflight_label)

        self.message_label = QLabel()
        self.message_label.setObjectName("signInMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        outer.addWidget(self.message_label)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("signInDetail")
        self.detail_label.setWordWrap(True)
        small(self.detail_label)
        self.detail_label.setVisible(False)
        outer.addWidget(self.detail_label)

        self.busy = QProgressBar()
        self.busy.setObjectName("signInBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setVisible(False)
        outer.addWidget(self.busy)
        outer.addStretch(1)
        outer.addSpacing(6)

        buttons = QHBoxLayout()
        self.ca_button = QPushButton(tr("Choose &CA file\u2026"))
        self.ca_button.setObjectName("chooseCaButton")
        self.ca_button.setAutoDefault(False)
        self.ca_button.setVisible(False)
        self.ca_button.clicked.connect(self._choose_ca)
        buttons.addWidget(self.ca_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.sign_in_button = QPushButton(tr("&Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        buttons.addWidget(self.sign_in_button)
        outer.addLayout(buttons)
        self.setMinimumWidth(560)
        self.remember(QSize(560, self.sizeHint().height()))

    # -- profiles ----------------------------------------------------------------------------------
    def _fill_profiles(self, select: str | None) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for name in self.store.names():
            self.profile_combo.addItem(name, name)
        index = self.profile_combo.findData(select) if select else -1
        self.profile_combo.setCurrentIndex(max(index, 0) if self.profile_combo.count() else -1)
        self.profile_combo.blockSignals(False)
        self._on_profile_changed()

    def current_profile(self) -> Profile | None:
        name = self.profile_combo.currentData()
        return self.store.get(name) if name else None

    def _on_profile_changed(self, *_: Any) -> None:
        profile = self.current_profile()
        self._clear_messages()
        self.password_edit.clear()
        self.sign_in_button.setEnabled(profile is not None)
        if profile is None:
            self.summary.setText(tr("No profile yet: add one with \u201cProfiles\u2026\u201d."))
            self.tls_warning.setVisible(False)
            return
        security = tr("secure connection; certificate checked")
        if not profile.is_https:
            security = tr("plain http: not encrypted")
        elif profile.ca_bundle and profile.verify_tls:
            security = tr("certificate checked against {file}").format(file=profile.ca_bundle)
        self.summary.setText(
            tr("User {user} at {url} ({security})").format(
                user=profile.user, url=profile.url, security=security
            )
        )
        self.tls_warning.setVisible(profile.is_https and not profile.verify_tls)
        self.remember_check.setChecked(profile.remember_password and not self._no_keyring)
        self._update_store_label()
        if self.flow.locked_until(profile) is not None:
            for warning in self.flow.preflight(profile, "x"):
                if warning.kind.value == "locked":
                    self._show_message(preflight_text(warning), error_style)

    def _update_store_label(self) -> None:
        self.store_label.setText(
            tr("A remembered password is kept in {store}; never in a file.").format(store=self._store_name)
        )

    async def _learn_backend_name(self) -> None:
        try:
            name = await self.vault.backend_name()
        except Exception:  # a name is a nicety; the sign-in itself reports keyring problems
            return
        if name == "no keyring":
            # nothing could keep it: the box says so instead of promising what cannot happen
            self._no_keyring = True
            self.remember_check.setChecked(False)
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(
                tr("No keyring on this computer can keep a password: type it at each sign-in.")
            )
            self.store_label.setText(tr("No keyring on this computer can keep a password."))
        elif name:
            # a backend without a friendly name comes back as its Python class name: never shown
            self._store_name = name if " " in name else tr("this computer's keyring")
            self._update_store_label()

    def _open_profiles(self) -> None:
        current = self.profile_combo.currentData()
        dialog = ProfilesDialog(self, self.store, self.vault, select=current, flow=self.flow)

        def done(_result: int) -> None:
            self._fill_profiles(dialog.selected_name or current)

        dialog.finished.connect(done)
        dialog.open()
        self.profiles_dialog = dialog  # for tests and so it is not garbage-collected

    # -- messages ----------------------------------------------------------------------------------
    def _clear_messages(self) -> None:
        self.message_label.setVisible(False)
        self.detail_label.setVisible(False)
        self.preflight_label.setVisible(False)
        self.ca_button.setVisible(False)
        self._confirmed = False
        self.sign_in_button.setText(tr("&Sign in"))
        self._fit()

    def showEvent(self, event: Any) -> None:
        accessibility.complete(
            self,
            {  # every input described, by its shown help or here
                "profileSelector": tr("The server profile to sign in with; Profiles… adds or changes one."),
                "passwordInput": tr("The password of the profile's API user; it is sent only to the server."),
                "rememberPassword": tr("Keeps the password in the system's keyring, never in a file."),
            },
        )
        super().showEvent(event)
        self._fit()  # a hidden dialog's layout was not measured yet
        if self.current_profile() is not None and self.password_edit.isEnabled():
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # the one thing left to type

    def _show_message(self, text: str, style: Callable[[], str]) -> None:
        self.message_label.setText(text)
        styled(self.message_label, style)
        self.message_label.setVisible(True)
        self._fit()

    def _fit(self) -> None:
        """Fit the height to the messages shown now; runs after Qt has laid the new text out."""

        def grow() -> None:
            layout = self.layout()
            width = max(self.width(), self.sizeHint().width())
            # Word-wrapped labels: ask for the height at the real width, not at the hint's narrower one.
            needed = -1
            if layout is not None and layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(width)
            height = needed if needed > 0 else self.sizeHint().height()
            self.resize(width, height)

        QTimer.singleShot(0, grow)

    def show_failure(self, failure: SignInFailure) -> None:
        profile = self.current_profile()
        if profile is None:
            return
        self._show_message(failure_message(failure, profile), error_style)
        detail = tr("Details: {detail}").format(detail=failure.detail) if failure.detail else ""
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(failure.detail))
        self.ca_button.setVisible(failure.kind is FailureKind.TLS)

    def _show_preflight(self, warnings: list[Preflight]) -> None:
        self.message_label.setVisible(False)  # the warnings concern the next attempt, not the last one
        self.detail_label.setVisible(False)
        self.preflight_label.setText("\n\n".join(preflight_text(w) for w in warnings))
        self.preflight_label.setVisible(True)
        self._fit()
        self._confirmed = True
        self.sign_in_button.setText(tr("&Sign in anyway"))

    def _on_password_edited(self, _text: str) -> None:
        if self._confirmed:
            self.preflight_label.setVisible(False)
            self._confirmed = False
            self.sign_in_button.setText(tr("&Sign in"))

    # -- sign-in -----------------------------------------------------------------------------------
    def _on_sign_in_clicked(self) -> None:
        if self.session is not None:  # "Continue" after a notice
            self.accept()
            return
        profile = self.current_profile()
        if profile is None or (self._attempt is not None and not self._attempt.done()):
            return
        password = self.password_edit.text()
        if not password:
            self._show_message(
                tr("Type the password of user {user}.").format(user=profile.user), amber_warning_style
            )
            self.password_edit.setFocus()
            return
        warnings = self.flow.preflight(profile, password)
        if warnings and not self._confirmed:
            self._show_preflight(warnings)
            return
        self._attempt = spawn(self._sign_in(profile, password), self._tasks)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.sign_in_button, self.profile_combo, self.manage_button, self.password_edit):
            w.setEnabled(not busy)

    async def _sign_in(self, profile: Profile, password: str) -> None:
        self.message_label.setVisible(False)
        self.detail_label.setVisible(False)
        self.preflight_label.setVisible(False)
        self.ca_button.setVisible(False)
        self._set_busy(True)
        try:
            result = await self.flow.sign_in(profile, password)
        finally:
            self._set_busy(False)
        self._confirmed = False
        self.sign_in_button.setText(tr("&Sign in"))
        if isinstance(result, SignInFailure):
            if result.kind in PASSWORD_VERDICTS:
                self.password_edit.clear()  # a refused password is never sent again without retyping
            self.show_failure(result)
            self.password_edit.setFocus()
            return
        notes = await self._keep_password(profile, password)
        notice = capability_notice(result)
        if notice:
            notes.append(notice)
        self.session = result
        if notes:
            self._show_message("\n\n".join(notes), amber_warning_style)
            self.sign_in_button.setText(tr("&Continue"))
            self.sign_in_button.setEnabled(True)
            for w in (self.profile_combo, self.manage_button, self.password_edit, self.remember_check):
                w.setEnabled(False)
            return
        self.accept()

    async def _keep_password(self, profile: Profile, password: str) -> list[str]:
        """Save (or forget) the password as the checkbox says. Returns notes for the user."""
        notes: list[str] = []
        remember = self.remember_check.isChecked()
        if remember != profile.remember_password:
            self.store.update(profile.name, profile.replace(remember_password=remember))
        account = profile.keyring_account
        if remember:
            try:
                await self.vault.store(account, password)
            except SecretStoreError as exc:
                self.vault.keep_for_session(account, password)
                kept = tr("Signed in; the password is kept for this session only.")
                notes.append(keyring_problem_text(exc) + " " + kept)
        else:
            self.vault.keep_for_session(account, password)
            # Forget a saved copy, unless another profile for the same user and server still remembers it.
            if not any(p.keyring_account == account and p.remember_password for p in self.store.all()):
                try:
                    await self.vault.delete(account)
                except SecretStoreError as exc:
                    notes.append(keyring_problem_text(exc))
        return notes

    # -- TLS ---------------------------------------------------------------------------------------
    def _choose_ca(self) -> None:
        dialog = QFileDialog(self, tr("Choose the CA certificate file"))
        dialog.setObjectName("caFileDialog")
        dialog.setNameFilters([tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.use_ca_file)
        dialog.open()

    def use_ca_file(self, path: str) -> None:
        """Trust `path` for the current profile (verification stays on) and say so."""
        profile = self.current_profile()
        if profile is None or not path:
            return
        typed = self.password_edit.text()
        self.store.update(profile.name, profile.replace(ca_bundle=path, verify_tls=True))
        self._on_profile_changed()
        self.password_edit.setText(typed)
        self._show_message(
            tr("This profile now trusts certificates issued by {file}. Sign in again.").format(file=path),
            amber_warning_style,
        )

    # -- closing -----------------------------------------------------------------------------------
    def reject(self) -> None:
        if self._attempt is not None and not self._attempt.done():
            self._attempt.cancel()
        self.session = None
        super().reject()

    async def wait_idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
