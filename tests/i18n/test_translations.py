"""The Spanish translation is complete and correct in form, what the code says is what the .ts holds, and the
built .qm translates at run time (under the context lupdate files free `tr()` calls in), plurals included."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import leadeditor
from leadeditor.i18n.pseudo import pseudo_text, pseudo_ts
from leadeditor.ui.texts import tr

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "translations" / "leadeditor_es.ts"
ENGLISH = ROOT / "resources" / "translations" / "leadeditor_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d+|<[^<>]+>")


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def test_every_spanish_message_is_finished() -> None:
    messages = _messages(SPANISH)
    assert len(messages) > 500
    unfinished = [
        m.findtext("source")
        for m in messages
        if (
            m.find("translation") is None
            or m.find("translation").get("type")  # type: ignore[union-attr]
            or not all(form.strip() for form in _forms(m))
        )
    ]
    assert unfinished == []


def test_every_placeholder_tag_and_plural_count_survives_in_spanish() -> None:
    wrong = []
    for message in _messages(SPANISH):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != 2:  # Spanish: singular and plural
            wrong.append((source, "forms", len(forms)))
        for form in forms:
            got = sorted(PLACEHOLDER.findall(form))
            if got != wanted:
                wrong.append((source, form))
    assert wrong == []


def test_the_spanish_speaks_to_a_supervisor_as_usted() -> None:
    """Latin American, formal: no "tú" forms, no Spain-only words in what the user reads."""
    text = " ".join(" ".join(_forms(m)) for m in _messages(SPANISH))
    for informal in (
        r"\btú\b",
        r"\btienes\b",
        r"\bpuedes\b",
        r"\bquieres\b",
        r"\bordenador\b",
        r"\bvosotros\b",
        r"\bfichero\b",
    ):
        assert not re.search(informal, text, re.IGNORECASE), informal


def _code_texts() -> set[str]:
    """Every literal the code passes to `tr` or marks with `QT_TR_NOOP` (implicit concatenation joined, as
    lupdate reads it)."""
    found: set[str] = set()
    for path in (ROOT / "leadeditor").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "QT_TR_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("path", [SPANISH, ENGLISH], ids=["es", "en"])
def test_the_ts_files_hold_every_text_of_the_code_and_nothing_else(path: Path) -> None:
    """A new or changed sentence fails here until `scripts/build-translations --update` extracts it (and a
    sentence lupdate would mangle, such as one written with \\N{...} escapes, fails too)."""
    sources = {m.findtext("source") or "" for m in _messages(path)}
    code = _code_texts()
    assert sorted(code - sources) == []
    assert sorted(sources - code) == []


def test_english_gives_every_plural_its_singular() -> None:
    numerus = [m for m in _messages(ENGLISH) if m.get("numerus") == "yes"]
    assert numerus, "the code has plural texts (%n)"
    for message in numerus:
        one, many = _forms(message)
        counts = ("%n", "%Ln")  # %Ln: the count in the locale's digits
        assert one != many, message.findtext("source")
        assert any(c in one for c in counts) and any(c in many for c in counts), message.findtext("source")


@pytest.fixture
def translator(qapp: Any, built_qm: Path) -> Iterator[Any]:
    """Install one .qm for the test, remove it afterwards (other tests read English)."""
    installed: list[QTranslator] = []

    def install(path: Path) -> QTranslator:
        t = QTranslator()
        assert t.load(str(path)), path
        QCoreApplication.installTranslator(t)
        installed.append(t)
        return t

    yield install
    for t in installed:
        QCoreApplication.removeTranslator(t)


def test_the_built_spanish_qm_translates_tr_at_run_time(translator: Any, built_qm: Path) -> None:
    translator(built_qm / "leadeditor_es.qm")
    assert tr("Sign-in failed") == "No se pudo iniciar sesión"
    assert (
        tr("Lead {lead} does not exist on the server.").format(lead=7)
        == "El lead 7 no existe en el servidor."
    )
    assert tr("%n fields edited", None, 1) == "1 campo editado"
    assert tr("%n fields edited", None, 3) == "3 campos editados"


def test_the_built_english_qm_gives_singulars(translator: Any, built_qm: Path) -> None:
    assert tr("%n entries", None, 1) == "1 entries"  # without it: the source text, plural
    translator(built_qm / "leadeditor_en.qm")
    assert tr("%n entries", None, 1) == "1 entry"
    assert tr("%n entries", None, 3) == "3 entries"


def test_qt_own_buttons_come_in_spanish(translator: Any) -> None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator(Path(folder) / "qtbase_es.qm")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


# -- the pseudo-locale ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "&Sign in",
        "Lead {lead} does not exist on the server.",
        "<b>Lead {0} was saved, but {1} stored differently from what was expected.</b>",
        "{host} did not answer in time (connect {c:g} s, read {r:g} s).",
        "%n leads selected: the form now edits one change for all of them.",
    ],
)
def test_pseudo_texts_are_longer_bracketed_accented_and_keep_placeholders(text: str) -> None:
    out = pseudo_text(text)
    assert out.startswith("⟦") and out.endswith("⟧")
    assert sorted(PLACEHOLDER.findall(out)) == sorted(PLACEHOLDER.findall(text))
    assert re.search(r"[àçéîñöŕšüýž]", out, re.IGNORECASE)
    visible = len(PLACEHOLDER.sub("", text))
    assert len(PLACEHOLDER.sub("", out)) >= visible * 1.3


def test_the_pseudo_locale_covers_every_message_and_loads(
    translator: Any, built_qm: Path, tmp_path: Path
) -> None:
    generated = pseudo_ts(SPANISH.read_text(encoding="utf-8"))
    (tmp_path / "p.ts").write_text(generated, encoding="utf-8")
    messages = _messages(tmp_path / "p.ts")
    assert len(messages) == len(_messages(SPANISH))
    assert all(form.startswith("⟦") for m in messages for form in _forms(m))
    translator(built_qm / "leadeditor_pseudo.qm")
    assert tr("Sign-in failed") == pseudo_text("Sign-in failed")


def test_a_chosen_language_sets_the_locale_of_numbers(qapp: Any) -> None:
    from leadeditor.ui.language import locale_for

    assert locale_for("es").toString(1234.5, "f", 1) in ("1,234.5", "1 234,5", "1.234,5", "1234,5")
    assert locale_for("es").language() == QLocale.Language.Spanish
    assert leadeditor.__file__  # the package under test is the worktree's


def test_what_the_server_will_store_is_explained_in_spanish(translator: Any, built_qm: Path) -> None:
    """The explanations `vicidial.fields` writes (no Qt there) go through the same translation."""
    from leadeditor.editing.search import SearchRequest, SearchScope
    from leadeditor.ui.texts import note_text, note_texts, search_problem_text
    from leadeditor.vicidial import fields

    def explain(column: str, value: str) -> list[str]:  # the notes as the user reads them (`ui.texts`)
        return note_texts(fields.explain(column, value))

    def refusal(column: str, value: str) -> str:
        note = fields.refusal(column, value)
        return note_text(note) if note is not None else ""

    english = explain("first_name", "José")
    spanish_qm = translator(built_qm / "leadeditor_es.qm")
    try:
        assert explain("first_name", "José") != english  # (its exact Spanish: the test below)
        assert (
            refusal("rank", "-3")
            == "Rango no puede ser negativo por medio de la API: el servidor quita el signo."
        )
        request = SearchRequest(phone_number="3125550100", scope=SearchScope.LIST, list_id="")
        assert [search_problem_text(p) for p in request.problems()] == [
            "Buscar en una lista necesita un ID de lista; sin él, el servidor buscaría sin avisar en todo el "
            "sistema."
        ]
    finally:
        QCoreApplication.removeTranslator(spanish_qm)
    assert explain("first_name", "José") == english  # English again without the .qm


def test_the_accent_note_is_in_spanish(translator: Any, built_qm: Path) -> None:
    """The note that used to say "the server is not in non-latin mode" says it in plain words, in Spanish
    too."""
    from leadeditor.ui.texts import note_texts
    from leadeditor.vicidial import fields

    english = note_texts(fields.explain("first_name", "José"))
    spanish_qm = translator(built_qm / "leadeditor_es.qm")
    try:
        spanish = note_texts(fields.explain("first_name", "José"))  # worded by ui/texts (phrases.py is gone)
    finally:
        QCoreApplication.removeTranslator(spanish_qm)
    assert len(spanish) == 1 and spanish[0].startswith("Se elimina 'é'"), english
    assert "non-latin" not in spanish[0] and "alphabets" not in spanish[0], spanish


def test_journal_times_follow_the_locale(qapp: Any) -> None:
    from datetime import datetime

    from leadeditor.ui.language import shown_datetime

    moment = datetime(2026, 12, 1, 22, 19, 23, tzinfo=UTC)
    local = moment.astimezone()
    try:
        QLocale.setDefault(QLocale("es_MX"))
        shown = shown_datetime(moment)
        assert shown.startswith(local.strftime("%d/%m/%y")) and f":{local:%M}:23" in shown
        QLocale.setDefault(QLocale("en_US"))
        assert shown_datetime(moment).startswith(f"{local.month}/{local.day}/{local:%y}")
        QLocale.setDefault(QLocale.c())
        assert shown_datetime(moment) == local.strftime("%Y-%m-%d %H:%M:%S")
    finally:
        QLocale.setDefault(QLocale.system())
