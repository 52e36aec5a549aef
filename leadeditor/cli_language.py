"""The command line in the user's language: the window's .qm files loaded through QtCore alone (a
QCoreApplication and its QTranslators, no widgets), by the same rules as the window (`ui.language`: the
system's language, or Settings → Language, or ``LEADEDITOR_LANGUAGE``).

Called after the arguments are parsed, so `leadeditor batch --help` stays without Qt. Inside a program that
already runs Qt (the window, the tests) its own application and translators are kept as they are.
"""

from __future__ import annotations

from typing import Any

__all__ = ["install_language"]

_app: Any = None  # kept alive for the process: the translators belong to it


def install_language() -> str:
    """Load the translators for the command line; the language loaded ("en" when none matched), or ""
    when another Qt program already owns the application."""
    global _app
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return ""
    from leadeditor.ui.language import install_translations

    _app = QCoreApplication(["leadeditor"])
    return install_translations(_app)
