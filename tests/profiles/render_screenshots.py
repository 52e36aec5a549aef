"""Render the profiles and sign-in dialogs into docs/screenshots/profiles-*.png (real sign-ins against the
sandbox, an in-memory keyring, settings in a temporary folder).

    xvfb-run -a -s "-screen 0 1280x800x24" /work/venv/bin/python tests/profiles/render_screenshots.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
os.environ["QT_QPA_PLATFORM"] = "xcb"  # a real X server (Xvfb), not offscreen
REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "docs" / "screenshots"
# LEADEDITOR_LANGUAGE=es|pseudo and LEADEDITOR_COLOR_SCHEME=dark render into docs/screenshots/<variant>/
VARIANT = "-".join(
    part
    for part in (
        os.environ.get("LEADEDITOR_LANGUAGE", ""),
        "dark" if os.environ.get("LEADEDITOR_COLOR_SCHEME") == "dark" else "",
    )
    if part
)
if VARIANT:
    OUT = OUT / VARIANT


def main() -> int:
    import keyring
    import qasync
    from PySide6.QtWidgets import QApplication, QWidget

    sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/: the shared test helpers
    from testkit.keyrings import MemoryKeyring
    from testkit.tls import make_tls_files

    class ShownKeyring(MemoryKeyring):
        """In memory, but named like the Secret Service backend so the pictures read as on a desktop."""

    ShownKeyring.__module__ = "keyring.backends.SecretService"
    keyring.set_keyring(ShownKeyring())

    from leadeditor.editing.sign_in import SignInFlow
    from leadeditor.profiles import NonLatinMode, Profile, ProfileStore
    from leadeditor.sandbox import SandboxServer
    from leadeditor.secrets import PasswordVault
    from leadeditor.settings import Settings
    from leadeditor.ui.profiles_dialog import ProfilesDialog
    from leadeditor.ui.sign_in_dialog import SignInDialog

    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)  # closing one dialog must not stop the loop
    if VARIANT:
        from leadeditor.ui.language import install_translations
        from leadeditor.ui.theme import apply_scheme

        install_translations(app)
        apply_scheme(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    tmp = Path(tempfile.mkdtemp(prefix="le-shots-"))
    _ca, cert, key = make_tls_files(tmp / "tls")
    http = SandboxServer().start()
    https = SandboxServer(certfile=str(cert), keyfile=str(key)).start()
    OUT.mkdir(parents=True, exist_ok=True)

    settings = Settings.load(tmp / "settings.json")
    store = ProfileStore(settings)
    store.add(
        Profile(
            "Production",
            "https://dialer.example.com",
            "api_editor",
            non_latin=NonLatinMode.NO,
            ca_bundle="/etc/ssl/company-ca.pem",
        )
    )
    store.add(Profile("Sandbox (HTTPS)", https.url, "6666"))
    store.add(Profile("Training", http.url, "6666", default_scope="LIST", default_list_id="101"))
    store.add(Profile("No permission", http.url, "7777"))
    vault = PasswordVault()

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        widget.raise_()
        for _ in range(20):
            app.processEvents()
        path = OUT / f"profiles-{name}.png"
        widget.grab().save(str(path))
        print(path)

    async def settle(widget: SignInDialog) -> None:
        for _ in range(200):
            await asyncio.sleep(0.05)
            idle = widget._attempt is None or widget._attempt.done()
            if idle and not widget.busy.isVisible():
                return

    async def shoot() -> None:
        d = ProfilesDialog(None, store, vault, select="Production")
        save(d, "dialog")
        d.verify_check.blockSignals(True)
        d.verify_check.setChecked(False)
        d.verify_check.blockSignals(False)
        d._update_warnings()
        save(d, "dialog-no-verify")
        d.close()

        flow = SignInFlow(store)
        s = SignInDialog(None, store, flow, vault, profile_name="Sandbox (HTTPS)")
        await asyncio.sleep(0.3)
        save(s, "sign-in")
        s.password_edit.setText("1234")
        s._on_sign_in_clicked()
        await settle(s)
        save(s, "sign-in-untrusted-certificate")
        s.close()

        s = SignInDialog(None, store, flow, vault, profile_name="Training")
        s.password_edit.setText("wrong-password")
        s._on_sign_in_clicked()
        await settle(s)
        save(s, "sign-in-wrong-password")
        s.password_edit.setText("pass word!")
        s._on_sign_in_clicked()
        save(s, "sign-in-password-warning")
        s.close()

        s = SignInDialog(None, store, flow, vault, profile_name="No permission")
        s.password_edit.setText("1234")
        s._on_sign_in_clicked()
        await settle(s)
        save(s, "sign-in-permission")
        s.close()

    with loop:
        loop.run_until_complete(shoot())
    http.close()
    https.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
