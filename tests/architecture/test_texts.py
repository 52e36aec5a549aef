"""One voice for the user: every sentence goes through `leadeditor.ui.texts.tr` with a literal text that
`pyside6-lupdate` extracts, and every error the client raises has its own plain sentence, chosen by type and
reason, that keeps the facts the error carries and never shows a class name."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import leadeditor
from leadeditor.ui.messages import describe_error
from leadeditor.vicidial import errors as e
from leadeditor.vicidial.errors import Reason

PACKAGE = Path(leadeditor.__file__).parent
TEXTS = PACKAGE / "ui" / "texts.py"
GENERIC = "Something went wrong"


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _calls(path: Path) -> list[ast.Call]:
    return [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def test_every_tr_call_has_a_literal_text() -> None:
    bad = []
    for path in _modules():
        for call in _calls(path):
            if _name(call) != "tr":
                continue
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                bad.append(f"{path.relative_to(PACKAGE)}:{call.lineno}: {ast.unparse(call)[:80]}")
    assert bad == []


def test_only_the_texts_module_defines_tr_or_calls_translate() -> None:
    defines, translates = [], []
    for path in _modules():
        if path == TEXTS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.Lambda | ast.Assign):
                names = (
                    [node.name]
                    if isinstance(node, ast.FunctionDef)
                    else [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
                )
                defines += [f"{path.relative_to(PACKAGE)}:{node.lineno}" for n in names if n in ("tr", "_tr")]
            if (
                isinstance(node, ast.Call)
                and _name(node) in ("translate", "tr")
                and isinstance(node.func, ast.Attribute)
            ):  # QCoreApplication.translate(...), self.tr(...)
                translates.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert defines == [] and translates == []


# PySide6 installs its tools beside the interpreter; CI runs pytest without the venv's bin folder on PATH
LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))


def test_lupdate_extracts_the_messages(tmp_path: Path) -> None:
    target = tmp_path / "leadeditor.ts"
    done = subprocess.run(
        [LUPDATE, *map(str, _modules()), "-ts", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    sources = [m.findtext("source") or "" for m in ET.parse(target).getroot().iter("message")]
    assert len(sources) > 450  # 518 when this test was written; far fewer means texts stopped being literal
    for known in (
        "Certificate problem",
        "List {list} is not one of the lists this user may search.",
        "&Sign in",
        "Would update",
        "Saved with differences",
    ):
        assert known in sources


# -- every error has its own sentence -------------------------------------------------------------------
def _instances() -> list[e.VicidialError]:
    """One error per type and reason, with recognisable facts."""
    user, host, lead, listed = "ops7", "dialer.example:8443", 4242, 555
    return [
        *(
            e.AuthenticationFailed(r, user=user, field=f)
            for r, f in (
                (Reason.BAD_LOGIN, ""),
                (Reason.TWO_FACTOR, ""),
                (Reason.IP_BLOCKED, ""),
                (Reason.NOT_SENT, "user"),
                (Reason.NOT_SENT, "pass"),
            )
        ),
        e.LockedOut(user),
        *(
            e.PermissionDenied(r, function="lead_search", user=user)
            for r in (Reason.FUNCTION_NOT_ALLOWED, Reason.NO_PERMISSION, Reason.USER_GROUP_MISSING)
        ),
        *(e.LeadNotFound(r, lead_id=lead) for r in (Reason.NO_SUCH_LEAD, Reason.NOT_FOUND_FOR_UPDATE)),
        *(
            e.ListNotAllowed(r, list_id=listed, lead_id=lead)
            for r in (
                Reason.LIST_NOT_SEARCHABLE,
                Reason.LIST_NOT_INSERTABLE,
                Reason.LEAD_LIST_NOT_READABLE,
                Reason.LEAD_LIST_NOT_WRITABLE,
                Reason.LIST_MISSING,
            )
        ),
        *(
            e.InvalidSearch(
                r,
                field="phone_number",
                longest=18,
                scope="LIST",
                lead_id=lead,
                problems=("Type a phone number.",),
            )
            for r in (
                Reason.NO_SEARCH_KEY,
                Reason.BAD_LEAD_ID,
                Reason.BAD_VENDOR_CODE,
                Reason.PHONE_NOT_DIGITS,
                Reason.PHONE_LENGTH,
                Reason.SCOPE_NEEDS_LIST,
                Reason.SERVER_NO_SEARCH_KEY,
                Reason.FIELD_REFUSED,
                Reason.LEAD_ID_REFUSED,
                Reason.INCOMPLETE_SEARCH,
            )
        ),
        *(
            e.ServerFailure(r, status=500, function="lead_all_info", lead_id=lead, excerpt="Table is full")
            for r in (
                Reason.HTTP,
                Reason.NO_API,
                Reason.UNAVAILABLE,
                Reason.PHP_FATAL,
                Reason.DATABASE,
                Reason.UNREADABLE_LEAD,
            )
        ),
        *(
            e.UnexpectedResponse(r, status=302, function="version", excerpt="<html>")
            for r in (Reason.REDIRECT, Reason.SOURCE_REFUSED, Reason.NO_SUCH_FUNCTION, Reason.UNRECOGNISED)
        ),
        *(
            e.ConnectionFailed(r, host=host)
            for r in (
                Reason.HOST_UNKNOWN,
                Reason.REFUSED,
                Reason.UNREACHABLE,
                Reason.NO_CONNECTION,
                Reason.BROKEN,
                Reason.CUT_OFF,
                Reason.BAD_ADDRESS,
                Reason.REQUEST_FAILED,
            )
        ),
        *(
            e.TlsError(r, host=host, detail="unknown ca")
            for r in (Reason.CERTIFICATE, Reason.CA_FILE_UNREADABLE)
        ),
        *(
            e.TimedOut(r, host=host)
            for r in (Reason.CONNECT_TIMEOUT, Reason.READ_TIMEOUT, Reason.OUT_OF_TIME)
        ),
        *(
            e.UnknownOutcome(r, lead_id=lead, status=502, host=host)
            for r in (Reason.TIMEOUT, Reason.CONNECTION, Reason.STATUS, Reason.UNREADABLE)
        ),
    ]


def _error_types() -> set[type[e.VicidialError]]:
    found: set[type[e.VicidialError]] = set()
    todo: list[type[e.VicidialError]] = [e.VicidialError]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    return found


def test_every_error_type_and_reason_has_its_own_plain_sentence() -> None:
    instances = _instances()
    assert {type(x) for x in instances} == _error_types()  # a new error type must be added here
    assert {x.reason for x in instances} == set(Reason)  # and so must a new reason
    seen: dict[str, str] = {}
    for error in instances:
        title, text = describe_error(error)
        assert title and text and title != GENERIC, error
        assert type(error).__name__ not in title + text and "VicidialError" not in title + text
        assert text not in seen, f"{error!r} says the same as {seen.get(text)}"
        seen[text] = repr(error)


@pytest.mark.parametrize(
    ("error", "fact"),
    [
        (e.ListNotAllowed(Reason.LIST_NOT_SEARCHABLE, list_id=555), "555"),
        (e.ListNotAllowed(Reason.LEAD_LIST_NOT_WRITABLE, list_id=777, lead_id=12), "777"),
        (
            e.PermissionDenied(Reason.NO_PERMISSION, function="lead_field_info", user="ops7"),
            "lead_field_info",
        ),
        (e.PermissionDenied(Reason.FUNCTION_NOT_ALLOWED, function="lead_search", user="ops7"), "lead_search"),
        (e.ConnectionFailed(Reason.REFUSED, host="dialer.example:8443"), "dialer.example:8443"),
        (e.TimedOut(Reason.READ_TIMEOUT, host="dialer.example:8443"), "dialer.example:8443"),
        (
            e.ServerFailure(Reason.DATABASE, status=200, function="update_lead", excerpt="Table is full"),
            "Table is full",
        ),
    ],
)
def test_the_facts_an_error_carries_reach_the_sentence(error: e.VicidialError, fact: str) -> None:
    assert fact in describe_error(error)[1]


def test_an_unknown_error_never_shows_its_class_name() -> None:
    class AuthenticationTrouble(Exception):
        pass

    title, text = describe_error(AuthenticationTrouble())
    assert title == GENERIC and "AuthenticationTrouble" not in text and text


# -- no sentence built outside ui/ in the modules whose texts moved to `ui/texts.py` ------------------------
# Each holds reasons and data only; a sentence here (returned, raised, passed to a constructor or given as a
# field's default) would reach the user untranslated. Log calls and docstrings are not for the user.
CLEANED = (
    *(p.relative_to(PACKAGE).as_posix() for p in sorted((PACKAGE / "editing").rglob("*.py"))),
    *(p.relative_to(PACKAGE).as_posix() for p in sorted((PACKAGE / "vicidial").rglob("*.py"))),
    # the package's own top-level modules (profiles, settings, files, the command line); `cli_texts.py` is the
    # command line's texts module: it words every sentence through `tr`, like `ui/texts.py`
    *(p.name for p in sorted(PACKAGE.glob("*.py")) if p.name != "cli_texts.py"),
)
# Capitalised literals in those layers that are not sentences for the user, each for a reason:
NOT_FOR_THE_USER = {
    # the column table's labels: data, which `ui.texts.field_label` words in the user's language
    "vicidial/columns.py": "labels",
    # the server's own words, recognised in its answers (an event's ``message``)
    "vicidial/responses.py": {"Login incorrect", "Too many login attempts"},
    # a caller's bug, never the user's: lead IDs the user types are checked as search keys first
    "vicidial/request_params.py": {"A lead ID must be a positive whole number."},
    # the About box's "Copy details" report, for whoever supports the install: kept in English on purpose
    "diagnostics.py": {"Log folder", "Journal folder", "Settings folder"},
    # argparse's description, printed by --help before any translation is loaded (start-up stays light)
    "batch_cli.py": {"Correct many leads from a CSV, TSV or XLSX file, safely."},
}
SENTENCE = re.compile(r"^[A-Z][a-z']*,? [a-z0-9'“(]")  # "The server …", "Lead 4 …": a capital, then words


def _literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        # a placeholder stands for the value it formats: f"Lead {n} was…" reads as "Lead 0 was…"
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "0" for v in node.values)
    return ""


def _is_log_call(node: ast.Call) -> bool:
    func = node.func
    return isinstance(func, ast.Attribute) and func.attr in ("debug", "info", "warning", "error", "exception")


def _sentences(tree: ast.AST) -> list[tuple[int, str]]:
    """Sentence-like literals where a user could read them: returned, raised, handed to a constructor (a
    capitalised call, an exception or a dataclass) or a keyword argument, or a class field's default."""
    reached: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Return | ast.Raise) and node is not None:
            value = node.value if isinstance(node, ast.Return) else node.exc
            if value is not None:
                reached.append(value)
        elif isinstance(node, ast.Call) and not _is_log_call(node):
            name = _name(node)
            if name[:1].isupper() or name in ("append", "extend"):
                reached += node.args
            reached += [k.value for k in node.keywords]
        elif isinstance(node, ast.ClassDef):
            reached += [s.value for s in node.body if isinstance(s, ast.AnnAssign | ast.Assign) and s.value]
    found: set[tuple[int, str]] = set()
    for root in reached:
        for sub in ast.walk(root):
            if isinstance(sub, ast.Call) and _is_log_call(sub):
                break
            text = _literal_text(sub)
            if text and SENTENCE.match(text):
                found.add((getattr(sub, "lineno", 0), text[:60]))
    return sorted(found)


def _allowed(rel: str) -> set[str]:
    allowed = NOT_FOR_THE_USER.get(rel, set())
    if allowed == "labels":
        from leadeditor.vicidial import columns

        return {c.label[:60] for c in columns.COLUMNS}
    return {t[:60] for t in allowed}


def test_the_cleaned_modules_build_no_sentence_for_the_user() -> None:
    assert len(CLEANED) > 60  # every module of editing/, vicidial/ and the package's top level
    bad = [
        f"{rel}:{line}: {text!r}"
        for rel in CLEANED
        for line, text in _sentences(ast.parse((PACKAGE / rel).read_text(encoding="utf-8")))
        if text not in _allowed(rel)
    ]
    assert bad == []


def test_the_sentence_check_catches_a_sentence() -> None:
    sample = ast.parse(
        "def f(x):\n"
        "    log.info('The server said no')\n"  # a log line: allowed
        "    if x:\n"
        "        raise ValueError(f'Lead {x} cannot be read.')\n"
        "    return Note('reason', detail='The value was cut.')\n"
    )
    assert [t for _, t in _sentences(sample)] == ["Lead 0 cannot be read.", "The value was cut."]
