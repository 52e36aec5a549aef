"""Installs the translations at start-up: the app's own .qm and Qt's (standard buttons, file dialogs).

The language follows the system unless Settings → Language chose one (`leadeditor.language_choice`); the
choice takes effect on the next start. A chosen language also becomes the default QLocale, so the dates and
numbers shown follow it; what is sent to the server never goes through QLocale.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from leadeditor import i18n
from leadeditor.language_choice import SYSTEM, chosen

QM_DIR = Path(i18n.__file__).parent
PSEUDO = "pseudo"
_LOCALES = {"en": "en_US", "es": "es_419"}  # es_419: Latin American Spanish
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def locale_for(choice: str) -> QLocale:
    """The locale of a choice; the system's for "system" and the pseudo-locale."""
    return QLocale(_LOCALES[choice]) if choice in _LOCALES else QLocale.system()


def install_translations(app: QCoreApplication, choice: str | None = None) -> str:
    """Install the translators for ``choice`` (default: the saved or system choice). Returns the language
    actually loaded ("en" when no translation matched: the source texts are English)."""
    choice = choice or chosen()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_for(choice)
    if choice != SYSTEM:
        QLocale.setDefault(locale)
    if choice == PSEUDO:
        return "pseudo" if _load(app, str(QM_DIR / "leadeditor_pseudo.qm")) else "en"
    app_translator = QTranslator(app)
    if not app_translator.load(locale, "leadeditor", "_", str(QM_DIR)):
        # no translation for this language: English, with its plural forms ("1 lead", "3 leads")
        _load(app, str(QM_DIR / "leadeditor_en.qm"))
        return "en"
    app.installTranslator(app_translator)
    _installed.append(app_translator)
    language = QLocale(app_translator.language() or "en").name().split("_")[0]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if language != "en" and qt_translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return language


def _load(app: QCoreApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def shown_datetime(when: datetime) -> str:
    """A moment as the user's locale writes it, to the second (the journal's entries are seconds apart);
    only for display: what is stored or sent keeps ISO 8601."""
    from PySide6.QtCore import QDateTime

    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (LANG=C): ISO 8601, not Qt's C format
        return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "s" not in fmt:
        fmt = fmt.replace("mm", "mm:ss", 1)
    local = when.astimezone()
    moment = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return locale.toString(moment, fmt)
