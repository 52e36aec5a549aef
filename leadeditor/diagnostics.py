"""What Help → About shows and "Copy diagnostics" copies: versions, platform, keyring backend, folders.

Qt-free apart from the version strings, and free of secrets: no password, no server address, no user name.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Diagnostics:
    version: str
    frozen: bool
    python: str
    qt: str
    pyside: str
    system: str
    keyring: str
    log_folder: str
    journal_folder: str
    settings_folder: str

    def lines(self) -> list[tuple[str, str]]:
        return [
            ("Lead Editor", self.version + (" (bundled)" if self.frozen else "")),
            ("Qt", self.qt),
            ("PySide6", self.pyside),
            ("Python", self.python),
            ("System", self.system),
            ("Keyring", self.keyring),
            ("Log folder", self.log_folder),
            ("Journal folder", self.journal_folder),
            ("Settings folder", self.settings_folder),
        ]

    def text(self) -> str:
        return "\n".join(f"{name}: {value}" for name, value in self.lines())


def collect(keyring: str) -> Diagnostics:
    """The facts of this installation; `keyring` is the backend's friendly name (found off the GUI thread)."""
    import PySide6
    from PySide6.QtCore import qVersion

    from leadeditor import __version__
    from leadeditor.editing.journal import default_journal_path
    from leadeditor.logs import log_path
    from leadeditor.settings import default_config_dir

    return Diagnostics(
        version=__version__,
        frozen=bool(getattr(sys, "frozen", False)),
        python=platform.python_version(),
        qt=qVersion(),
        pyside=PySide6.__version__,
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        keyring=keyring,
        log_folder=str(log_path().parent),
        journal_folder=str(default_journal_path().parent),
        settings_folder=str(default_config_dir()),
    )
