"""Add, edit, duplicate and remove server profiles.

Only non-secret settings are edited here; the dialog says where the password is kept. Keyring work
(removing a secret when a profile goes, or when "Remember password" is turned off) runs in worker
threads via qasync tasks.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadeditor.profiles import (
    CONNECT_TIMEOUT_MAX,
    READ_TIMEOUT_MAX,
    SOURCE_MAX,
    NonLatinMode,
    Profile,
    ProfileStore,
)
from leadeditor.secrets import PasswordVault, SecretStoreError
from leadeditor.ui import accessibility, glossary
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.texts import failure_message, keyring_problem_text, preflight_text, store_name_text, tr
from leadeditor.ui.theme import Tone, styled, text_style

if TYPE_CHECKING:
    from leadeditor.editing.sign_in import SignInFlow

log = logging.getLogger(__name__)

# readable on the window in the scheme the app started in (ui.theme)


# functions, not constants: a light/dark switch while the app runs gives them other colours
def red_warning_style() -> str:
    return text_style(Tone.ERROR) + " font-weight: bold;"


def amber_warning_style() -> str:
    return text_style(Tone.WARNING)


def scope_labels() -> tuple[tuple[str, str], ...]:
    return (("SYSTEM", tr("Whole system")), ("CAMPAIGN", tr("Campaign of a list")), ("LIST", tr("One list")))


def non_latin_labels() -> tuple[tuple[NonLatinMode, str], ...]:
    return (
        (NonLatinMode.UNKNOWN, tr("Unknown (assume off)")),
        (NonLatinMode.YES, tr("Yes: letters of every alphabet are kept")),
        (NonLatinMode.NO, tr("No: accented and non-Latin letters are removed")),
    )


def small(label: QLabel) -> None:
    """A secondary, word-wrapped note: slightly smaller, top-aligned (a wrapped label in a form layout is
    otherwise centred in the height Qt reserves for it, which leaves a gap above)."""
    font = label.font()
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def spawn(coro: Coroutine[Any, Any, Any], tasks: set[asyncio.Task[Any]]) -> asyncio.Task[Any]:
    """Start a coroutine on the running (qasync) loop and keep a reference until it ends."""
    task = asyncio.ensure_future(coro)
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    return task


def _descriptions() -> dict[str, str]:
    """Screen-reader descriptions for the inputs whose help is not already on screen."""
    return {
        "profileList": tr("The saved server profiles; the form on the right edits the selected one."),
        "profileName": tr("A name you choose for this server, shown when signing in."),
        "serverUrl": tr("The address of the VICIdial web server, for example https://dialer.example.com."),
        "apiUser": tr("The VICIdial user the API calls are made as."),
        "verifyTls": tr("Checks that the server is who it says it is; leave it on."),
        "caBundle": tr("Optional: the certificate file of your company's own certificate authority."),
        "connectTimeout": tr("Seconds to wait for the server to accept a connection."),
        "readTimeout": tr("Seconds to wait for the server's answer."),
        "nonLatinMode": tr("Whether the server keeps accented and non-Latin letters; decides the previews."),
        "defaultScope": tr("Where a new search looks unless you choose otherwise."),
        "defaultListId": tr("The list a list or campaign search uses unless you type another."),
        "rememberPassword": tr("Keeps the password in the system's keyring, never in a file."),
    }


class ProfilesDialog(RememberedDialog):
    """Manage profiles. `selected_name` is the profile chosen when the dialog closes (None if none)."""

    geometry_key = "profilesDialog"

    profilesChanged = Signal()

    def showEvent(self, event):
        accessibility.complete(self, _descriptions())  # every input described, by its shown help or here
        super().showEvent(event)

    def __init__(
        self,
        parent: QWidget | None,
        store: ProfileStore,
        vault: PasswordVault,
        *,
        select: str | None = None,
        message: str | None = None,
        store_name: str | None = None,
        flow: SignInFlow | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.vault = vault
        self.selected_name: str | None = None
        self._editing: str | None = None  # name of the profile in the form; None = a new one
        self._tasks: set[asyncio.Task[Any]] = set()
        self._loading = False
        self._confirm_box: QMessageBox | None = None
        self._flow = flow  # the app's sign-in flow: a refused test counts toward its lock-out guard
        self._warned: tuple[str, tuple[Any, ...]] | None = None  # the test whose warnings were shown
        self.setObjectName("profilesDialog")
        self.setWindowTitle(tr("Server profiles"))
        self.setAccessibleName(tr("Server profiles"))
        self._build(message, store_name or store_name_text())
        self._reload_list(select or store.last_used)
        if self.profile_list.count() == 0:
            self._new_profile()
        self.geometry_settings = store.settings  # the store's own settings object: one file, one writer
        self.setTabOrder(self.password_edit, self.test_button)
        self.remember(QSize(820, 640))

    # -- layout ------------------------------------------------------------------------------------
    def _build(self, message: str | None, store_name: str) -> None:
        outer = QVBoxLayout(self)
        self.message_label = QLabel(message or "")
        self.message_label.setObjectName("profilesMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(bool(message))
        outer.addWidget(self.message_label)

        body = QHBoxLayout()
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(tr("Profiles"))
        self.profile_list.setMinimumWidth(180)
        self.profile_list.currentItemChanged.connect(self._on_current_changed)
        # a placeholder instead of an empty list that looks broken
        self.no_profile_label = QLabel(
            tr(
                "No server profile yet. Fill in the form and press \u201cSave "
                "profile\u201d to add the first one."
            )
        )
        self.no_profile_label.setObjectName("noProfilePlaceholder")
        self.no_profile_label.setWordWrap(True)
        self.no_profile_label.setVisible(False)
        left.addWidget(self.no_profile_label)
        left.addWidget(self.profile_list, 1)
        row = QHBoxLayout()
        self.add_button = self._button(tr("A&dd"), "addProfileButton", self._new_profile)
        self.duplicate_button = self._button(tr("Dupl&icate"), "duplicateProfileButton", self._duplicate)
        self.remove_button = self._button(tr("&Remove"), "removeProfileButton", self._ask_remove)
        for b in (self.add_button, self.duplicate_button, self.remove_button):
            row.addWidget(b)
        left.addLayout(row)
        body.addLayout(left)

        box = QGroupBox(tr("Profile"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = self._line(form, tr("&Name:"), "profileName", tr("e.g. Production"))
        self.url_edit = self._line(
            form, tr("Server &address:"), "serverUrl", tr("https://dialer.example.com")
        )
        self.url_edit.textChanged.connect(self._update_warnings)
        self.http_warning = self._note(form, "httpWarning", amber_warning_style)
        self.user_edit = self._line(form, tr("API &user:"), "apiUser", tr("the VICIdial user for the API"))
        self.source_edit = self._line(form, tr("S&ource:"), "apiSource", "leadeditor")
        self.source_edit.setMaxLength(SOURCE_MAX)
        self.source_edit.setValidator(QRegularExpressionValidator(r"[A-Za-z0-9]{0,20}", self.source_edit))
        self.source_edit.setToolTip(  # VICIdial's "source", in plain words
            glossary.sentence(glossary.source()) + " " + tr("Letters and digits only, 2 to 20 of them.")
        )

        self.verify_check = QCheckBox(tr("&Verify the server's certificate (recommended)"))
        self.verify_check.setObjectName("verifyTls")
        self.verify_check.setChecked(True)
        self.verify_check.toggled.connect(self._on_verify_toggled)
        form.addRow(tr("Security:"), self.verify_check)
        ca_row = QHBoxLayout()
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("caBundle")
        self.ca_edit.setPlaceholderText(tr("system certificates (optional: a company CA file)"))
        self.ca_edit.setAccessibleName(tr("CA bundle file"))
        ca_row.addWidget(self.ca_edit, 1)
        self.ca_button = self._button(tr("&Browse\u2026"), "caBundleBrowse", self._browse_ca)
        ca_row.addWidget(self.ca_button)
        ca_label = QLabel(tr("&CA certificate:"))
        ca_label.setBuddy(self.ca_edit)
        form.addRow(ca_label, ca_row)
        self.tls_warning = self._note(form, "tlsWarning", red_warning_style)

        time_row = QHBoxLayout()
        self.connect_spin = self._spin("connectTimeout", tr("Connect timeout"), 0.5, CONNECT_TIMEOUT_MAX, 5)
        self.read_spin = self._spin("readTimeout", tr("Read timeout"), 1, READ_TIMEOUT_MAX, 30)
        time_row.addWidget(QLabel(tr("connect")))
        time_row.addWidget(self.connect_spin)
        time_row.addWidget(QLabel(tr("read")))
        time_row.addWidget(self.read_spin)
        time_row.addStretch(1)
        form.addRow(tr("Timeouts:"), time_row)

        self.non_latin_combo = QComboBox()
        self.non_latin_combo.setObjectName("nonLatinMode")
        self.non_latin_combo.setAccessibleName(tr("Server's non-latin setting"))
        self.non_latin_combo.setToolTip(  # what each choice does, in plain words (ui/glossary)
            "\n".join(glossary.sentence(glossary.non_latin_mode(on)) for on in (True, False))
        )
        for mode, label in non_latin_labels():
            self.non_latin_combo.addItem(label, mode)
        nl_label = QLabel(tr("Non-&latin setting:"))
        nl_label.setBuddy(self.non_latin_combo)
        form.addRow(nl_label, self.non_latin_combo)
        explain = QLabel(
            tr(
                "VICIdial's \u201cnon-latin\u201d system setting decides which characters survive in names, "
                "addresses and most other fields. When it is off, the server removes every accented or "
                "non-Latin letter (\u201cJos\u00e9 Mu\u00f1oz\u201d is stored as \u201cJos Muoz\u201d); "
                "when it is on, letters of any script are kept. The previews use this setting to show what "
                "will really be stored. If you do not know, leave it on Unknown: the previews then assume "
                "the stricter setting and warn about accents."
            )
        )
        explain.setObjectName("nonLatinExplanation")
        explain.setWordWrap(True)
        small(explain)
        form.addRow("", explain)

        scope_row = QHBoxLayout()
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("defaultScope")
        self.scope_combo.setAccessibleName(tr("Default search scope"))
        for key, label in scope_labels():
            self.scope_combo.addItem(label, key)
        self.list_edit = QLineEdit()
        self.list_edit.setObjectName("defaultListId")
        self.list_edit.setAccessibleName(tr("Default list ID"))
        self.list_edit.setPlaceholderText(tr("list ID"))
        self.list_edit.setValidator(QRegularExpressionValidator(r"[0-9]{0,14}", self.list_edit))
        scope_row.addWidget(self.scope_combo, 1)
        scope_row.addWidget(self.list_edit)
        scope_label = QLabel(tr("Default sco&pe:"))
        scope_label.setBuddy(self.scope_combo)
        form.addRow(scope_label, scope_row)

        self.remember_check = QCheckBox(tr("Re&member password"))
        self.remember_check.setObjectName("rememberPassword")
        self.remember_check.setChecked(True)
        form.addRow(tr("Password:"), self.remember_check)
        self.store_label = QLabel(
            tr("Remembered passwords are kept in {store}, never in Lead Editor's settings file.").format(
                store=store_name
            )
        )
        self.store_label.setObjectName("passwordStoreLabel")
        self.store_label.setWordWrap(True)
        small(self.store_label)
        form.addRow("", self.store_label)

        # "Test connection": one sign-in request with what the form says and this password (kept in memory
        # only, for the test; the sign-in asks for it or takes it from the keyring)
        test_row = QHBoxLayout()
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("testPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("only to test the connection"))
        self.password_edit.setAccessibleName(tr("Password to test the connection with"))
        test_row.addWidget(self.password_edit, 1)
        self.test_button = self._button(tr("&Test connection"), "testConnectionButton", self._test_connection)
        test_row.addWidget(self.test_button)
        password_label = QLabel(tr("Test with pass&word:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(password_label, test_row)
        self.test_result = self._note(form, "testResult", str)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problems_label = self._note(form, "profileProblems", red_warning_style)
        body.addWidget(box, 1)

        # one row of actions: save (the default), save and sign in, close
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("&Save profile"))
        self.save_button.setObjectName("saveProfileButton")
        self.save_button.setAccessibleName(tr("Save profile"))
        self.save_button.clicked.connect(self.save_current)
        self.save_button.setDefault(True)  # Enter saves; it never signs in or sends the password
        self.use_button = QPushButton(tr("Save and use this profile"))
        self.use_button.setToolTip(
            tr("Saves the form first (like \u201cSave profile\u201d), then signs in with it")
        )
        self.use_button.setObjectName("useProfileButton")
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self._use)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.save_button, self.use_button, self.close_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setAccessibleName(text.replace("&", "").rstrip("\u2026"))
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    def _line(self, form: QFormLayout, label: str, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        lab = QLabel(label)
        lab.setBuddy(edit)
        form.addRow(lab, edit)
        return edit

    def _note(self, form: QFormLayout, name: str, style: Callable[[], str]) -> QLabel:
        note = QLabel()
        note.setObjectName(name)
        note.setWordWrap(True)
        styled(note, style)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(note)  # spans both columns; the whole row hides with it (no empty gap)
        form.setRowVisible(note, False)
        self._form = form
        return note

    def _show_note(self, note: QLabel, visible: bool) -> None:
        self._form.setRowVisible(note, visible)

    def _spin(self, name: str, accessible: str, low: float, high: float, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSuffix(tr(" s"))
        spin.setValue(value)
        return spin

    # -- list --------------------------------------------------------------------------------------
    def _reload_list(self, select: str | None) -> None:
        self._loading = True
        self.profile_list.clear()
        for name in self.store.names():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.profile_list.addItem(item)
        self._loading = False
        names = self.store.names()
        target = select if select in names else (names[0] if names else None)
        if target is not None:
            self.profile_list.setCurrentRow(names.index(target))
            self._load(self.store.get(target))
        has = bool(names)
        self.duplicate_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.no_profile_label.setVisible(not has)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if self._loading or current is None:
            return
        self._load(self.store.get(current.data(Qt.ItemDataRole.UserRole)))

    # -- form --------------------------------------------------------------------------------------
    def _load(self, profile: Profile | None) -> None:
        self._editing = profile.name if profile else None
        p = profile or Profile(name="", url="https://", user="")
        self.password_edit.clear()  # another profile: the test starts afresh
        self._show_test("", str)
        self.name_edit.setText(p.name)
        self.url_edit.setText(p.url)
        self.user_edit.setText(p.user)
        self.source_edit.setText(p.source)
        self.verify_check.blockSignals(True)
        self.verify_check.setChecked(p.verify_tls)
        self.verify_check.blockSignals(False)
        self.ca_edit.setText(p.ca_bundle or "")
        self.connect_spin.setValue(p.connect_timeout)
        self.read_spin.setValue(p.read_timeout)
        self.non_latin_combo.setCurrentIndex(self.non_latin_combo.findData(p.non_latin))
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(p.default_scope))
        self.list_edit.setText(p.default_list_id)
        self.remember_check.setChecked(p.remember_password)
        self._show_note(self.problems_label, False)
        self._update_warnings()

    def profile_from_form(self) -> Profile:
        return Profile(
            name=self.name_edit.text().strip(),
            url=self.url_edit.text().strip(),
            user=self.user_edit.text().strip(),
            source=self.source_edit.text().strip(),
            verify_tls=self.verify_check.isChecked(),
            ca_bundle=self.ca_edit.text().strip() or None,
            connect_timeout=self.connect_spin.value(),
            read_timeout=self.read_spin.value(),
            non_latin=self.non_latin_combo.currentData(),
            default_scope=self.scope_combo.currentData(),
            default_list_id=self.list_edit.text().strip(),
            remember_password=self.remember_check.isChecked(),
        )

    def _update_warnings(self) -> None:
        off = not self.verify_check.isChecked()
        self.tls_warning.setText(
            tr(
                "\u26a0 Certificate verification is OFF for this profile. Anyone between you and the server "
                "can pretend to be it and read the password. Choose the company's CA file instead."
            )
        )
        self._show_note(self.tls_warning, off)
        self.ca_edit.setEnabled(not off)
        self.ca_button.setEnabled(not off)
        plain = self.url_edit.text().strip().lower().startswith("http://")
        self.http_warning.setText(
            tr("This address uses plain http://: the password crosses the network unencrypted.")
        )
        self._show_note(self.http_warning, plain)

    def _on_verify_toggled(self, checked: bool) -> None:
        if checked:
            self._update_warnings()
            return
        # Turning verification off is an explicit, confirmed choice; never a silent "ignore".
        box = QMessageBox(self)
        box.setObjectName("confirmNoVerify")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Turn off certificate verification?"))
        box.setText(tr("Turn off certificate verification for this profile?"))
        box.setInformativeText(
            tr(
                "Lead Editor will then accept any certificate, including one from an attacker who could read "
                "the API password and every lead. Prefer choosing the company's CA certificate file."
            )
        )
        off = box.addButton(tr("Turn verification off"), QMessageBox.ButtonRole.DestructiveRole)
        off.setObjectName("confirmNoVerifyButton")
        keep = box.addButton(tr("Keep verifying"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self._confirm_box = box

        def done() -> None:
            self._confirm_box = None
            if box.clickedButton() is not off:
                self.verify_check.blockSignals(True)
                self.verify_check.setChecked(True)
                self.verify_check.blockSignals(False)
            self._update_warnings()

        box.finished.connect(done)
        box.open()

    def _browse_ca(self) -> None:
        dialog = QFileDialog(self, tr("Choose the CA certificate file"))
        dialog.setObjectName("caFileDialog")
        dialog.setNameFilters([tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.ca_edit.setText)
        dialog.open()

    # -- actions -----------------------------------------------------------------------------------
    def save_current(self) -> bool:
        """Validate and store the form. Returns True when stored."""
        from leadeditor.ui.texts import profile_problem_text

        profile = self.profile_from_form()
        problems = [profile_problem_text(p) for p in profile.problems()]
        if self._editing != profile.name and self.store.get(profile.name) is not None:
            problems.insert(0, tr("Another profile already has this name."))
        if profile.ca_bundle and profile.verify_tls:
            from pathlib import Path

            if not Path(profile.ca_bundle).is_file():
                problems.append(tr("The CA certificate file does not exist."))
        if problems:
            self.problems_label.setText("\n".join(problems))
            self._show_note(self.problems_label, True)
            return False
        self._show_note(self.problems_label, False)
        old = self.store.get(self._editing) if self._editing else None
        if old is None:
            self.store.add(profile)
        else:
            self.store.update(old.name, profile)
            self._forget_secret_if_unused(old, profile)
        self._editing = profile.name
        self._reload_list(profile.name)
        self.profilesChanged.emit()
        return True

    def _test_connection(self) -> None:
        """One request with the form's settings and the typed password; its warnings first, as at sign-in."""
        from leadeditor.editing.sign_in import SignInFlow

        profile, password = self.profile_from_form(), self.password_edit.text()
        if not password:
            self._show_test(tr("Type the password to test the connection with."), amber_warning_style)
            self.password_edit.setFocus()
            return
        if self._flow is None:
            self._flow = SignInFlow(self.store)
        warnings = self._flow.preflight(profile, password)
        ask = (profile.keyring_account, tuple(w.kind for w in warnings))
        if warnings and self._warned != ask:  # a risky attempt is sent only when the user presses again
            self._warned = ask
            lines = [preflight_text(w) for w in warnings]
            lines.append(tr("Press “Test connection” again to send it anyway."))
            self._show_test("\n".join(lines), amber_warning_style)
            return
        self._warned = None
        self.test_button.setEnabled(False)
        self._show_test(tr("Testing the connection…"), str)
        spawn(self._run_test(self._flow, profile, password), self._tasks)

    async def _run_test(self, flow: Any, profile: Profile, password: str) -> None:
        try:
            failure = await flow.test_connection(profile, password)
        finally:
            self.test_button.setEnabled(True)
        if failure is None:
            host = urlsplit(profile.url).hostname or profile.url
            text = tr("Connected to {host} as {user}: the password is right and the user may update leads.")
            self._show_test(text.format(host=host, user=profile.user), lambda: text_style(Tone.OK))
        else:
            self._show_test(failure_message(failure, profile), red_warning_style)

    def _show_test(self, text: str, style: Callable[[], str]) -> None:
        self.test_result.setText(text)
        styled(self.test_result, style)
        self._show_note(self.test_result, bool(text))

    def _forget_secret_if_unused(self, old: Profile, new: Profile | None) -> None:
        """Remove the saved password of `old` when no profile needs it any more (renamed server/user,
        "Remember password" turned off, or the profile removed)."""
        account = old.keyring_account
        if new is not None and new.keyring_account == account and new.remember_password:
            return
        if any(p.keyring_account == account and p.remember_password for p in self.store.all()):
            return
        spawn(self._delete_secret(account), self._tasks)

    async def _delete_secret(self, account: str) -> None:
        try:
            await self.vault.delete(account)
        except SecretStoreError as exc:
            self.message_label.setText(keyring_problem_text(exc))
            self.message_label.setVisible(True)

    def _new_profile(self) -> None:
        self._loading = True
        self.profile_list.clearSelection()
        self.profile_list.setCurrentRow(-1)
        self._loading = False
        self._load(None)
        base, n = tr("New profile"), 2
        name = base
        while self.store.get(name) is not None:
            name, n = f"{base} {n}", n + 1
        self.name_edit.setText(name)
        self.name_edit.setFocus()

    def _duplicate(self) -> None:
        source = self.store.get(self._editing) if self._editing else None
        if source is None:
            return
        copy = source.replace(name=self.store.duplicate_name(source.name))
        self.store.add(copy)
        self._reload_list(copy.name)
        self.profilesChanged.emit()

    def _ask_remove(self) -> None:
        name = self._editing
        if not name:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRemove")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Remove profile"))
        box.setText(tr("Remove the profile \u201c{name}\u201d and its saved password?").format(name=name))
        yes = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmRemoveButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._confirm_box = box

        def done() -> None:
            self._confirm_box = None
            if box.clickedButton() is yes:
                self.remove_profile(name)

        box.finished.connect(done)
        box.open()

    def remove_profile(self, name: str) -> None:
        removed = self.store.remove(name)
        if removed is not None:
            self._forget_secret_if_unused(removed, None)
        self._reload_list(None)
        if self.profile_list.count() == 0:
            self._new_profile()
        self.profilesChanged.emit()

    def done(self, code: int) -> None:
        self.password_edit.clear()  # the test's password lives no longer than the dialog
        super().done(code)

    def _use(self) -> None:
        if not self.save_current():
            return
        self.selected_name = self._editing
        self.accept()

    async def wait_idle(self) -> None:
        """Wait for pending keyring work (tests, and closing the app cleanly)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
