"""Every reason moved out of the lower layers has its own sentence in `ui/texts.py`, and the facts it carries
(which field, which length, which row) reach that sentence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from leadeditor import secrets
from leadeditor.editing.batch.errors import FileProblem, FileReadError
from leadeditor.editing.batch.mapping import MappingIssue, MappingProblem
from leadeditor.editing.batch.plan import RowIssue, RowProblem
from leadeditor.editing.batch.reading import open_table
from leadeditor.editing.batch.table import Column, HeaderIssue, HeaderProblem
from leadeditor.editing.journal_codes import JournalNote
from leadeditor.editing.lead import LeadNote
from leadeditor.editing.multi_lead import CustomFieldsNotCommon, SkipReason
from leadeditor.editing.read_problems import ReadProblem
from leadeditor.editing.sign_in import PasswordProblem, Preflight, PreflightKind, password_problem
from leadeditor.profiles import NonLatinMode
from leadeditor.ui import texts
from leadeditor.ui.messages import describe_error
from leadeditor.vicidial import fields
from leadeditor.vicidial.value_notes import Kept, NoteReason, ValueNote, ValueRefused


def _distinct(sentences: list[str]) -> None:
    assert all(s.strip() for s in sentences)
    assert len(set(sentences)) == len(sentences), sentences


def test_every_value_note_has_its_own_sentence_with_its_facts() -> None:
    said = []
    for reason in NoteReason:
        note = ValueNote(
            reason,
            "rank",
            "Rank",
            chars=("#",),
            stored="4711",
            length=77,
            lowest="3",
            highest="9999",
            choices=("M", "F"),
            kept=Kept(letters=True),
            refused=ValueNote(NoteReason.NEGATIVE, "rank", "Rank"),
        )
        said.append(texts.note_text(note))
    _distinct(said)
    by = dict(zip(NoteReason, said, strict=True))
    assert "77" in by[NoteReason.CUT] and "4711" in by[NoteReason.STORED_AS]
    assert "3" in by[NoteReason.INTEGER_RANGE] and "9999" in by[NoteReason.INTEGER_RANGE]
    assert "'#'" in by[NoteReason.REMOVED_NOT_KEPT] and "M or F" in by[NoteReason.ENUM_CHOICE]


def test_the_client_refuses_with_the_note_and_the_window_says_it() -> None:
    note = fields.refusal("list_id", "0")
    assert note is not None and (note.reason, note.lowest) == (NoteReason.INTEGER_RANGE, "1")
    error = ValueRefused(note)
    assert isinstance(error, ValueError) and error.note is note
    assert "must be a whole number from 1 to" in str(describe_error(error)[1])
    assert "must be" not in str(error)  # the exception's own text is the machine form, for the log


def test_preflight_and_password_sentences_keep_their_facts() -> None:
    until = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
    said = [
        texts.preflight_text(Preflight(PreflightKind.LOCKED, "ops7", locked_until=until)),
        texts.preflight_text(Preflight(PreflightKind.LAST_TRY, "ops7", 9)),
        texts.preflight_text(Preflight(PreflightKind.NEAR_LOCK, "ops7", 7)),
        texts.preflight_text(
            Preflight(PreflightKind.BAD_CHARACTERS, "ops7", password=PasswordProblem(1, False))
        ),
        texts.preflight_text(Preflight(PreflightKind.SAME_AS_REJECTED, "ops7")),
    ]
    _distinct(said)
    assert "ops7" in said[0] and "9 sign-ins" in said[1] and "7 sign-ins" in said[2]
    assert "1 character " in said[3]
    problem = password_problem("naïve pass", non_latin=NonLatinMode.YES)
    assert problem is not None and (problem.bad, problem.any_alphabet) == (1, True)
    assert "any alphabet" in texts.password_problem_text(problem)


@pytest.mark.parametrize("error_type", [secrets.SecretStoreError, *secrets.SecretStoreError.__subclasses__()])
def test_keyring_errors_are_worded_in_the_ui_not_in_the_exception(error_type: type) -> None:
    error = error_type(detail="KeyringLocked")
    assert str(error).startswith("keyring: ") and "KeyringLocked" in str(error)
    assert texts.keyring_problem_text(error) != str(error)


def test_every_keyring_problem_has_its_own_sentence() -> None:
    errors: list[secrets.SecretStoreError] = []
    todo: list[type[secrets.SecretStoreError]] = [secrets.SecretStoreError]
    while todo:
        kind = todo.pop()
        errors.append(kind())
        todo += kind.__subclasses__()
    assert {e.problem for e in errors} == set(secrets.KeyringProblem)
    _distinct([texts.keyring_problem_text(e) for e in errors])


def test_read_problems_journal_notes_lead_notes_and_skips_are_worded() -> None:
    _distinct([texts.read_problem_text(p) for p in ReadProblem])
    _distinct([texts.journal_note_text(n) for n in JournalNote])
    _distinct([texts.lead_note_text(n) for n in LeadNote])
    assert all(texts.journal_note_text(n) != n.value for n in JournalNote)
    assert all(texts.lead_note_text(n) != n.value for n in LeadNote)
    assert texts.journal_note_text("⚠ written by the window") == "⚠ written by the window"  # passes through
    assert texts.skip_text(SkipReason.UNREAD) and texts.skip_text(None) == ""
    assert "one lead at a time" in texts.common_change_refused(CustomFieldsNotCommon())


def test_every_batch_problem_has_its_own_sentence_with_its_facts(tmp_path: Path) -> None:
    file_texts = [
        texts.file_problem_text(
            FileReadError(
                p,
                path="/x/leads.csv",
                row=41,
                encoding="cp1252",
                suffix=".ods",
                detail="cut",
                sheet="Q3",
                sheets=["Q1", "Q2"],
            )
        )
        for p in FileProblem
    ]
    _distinct(file_texts)
    assert "/x/leads.csv" in file_texts[0] and any("Q1, Q2" in t for t in file_texts)
    with pytest.raises(FileReadError) as info:
        open_table(tmp_path / "missing.csv")
    assert str(tmp_path / "missing.csv") in texts.file_problem_text(info.value)
    a, c = Column(0, "Name", "Name"), Column(2, "Name", "Name#2")
    headers = [texts.header_problem_text(HeaderIssue(p, c, a)) for p in HeaderProblem]
    _distinct(headers)
    assert "C" in headers[0] and "A" in headers[0]
    data = {
        "text": "x",
        "header": "Ph",
        "field": "rank",
        "columns": ["B", "D"],
        "key": "lead_id",
        "problems": ("List ID missing.",),
    }
    mappings = [texts.mapping_problem_text(MappingIssue(p, data)) for p in MappingProblem]
    _distinct(mappings)
    assert any("B, D" in m for m in mappings)
    row_data = {
        "column": "Lead",
        "value": "x9",
        "problems": ("Not a number.",),
        "first_row": 4,
        "extra": 2,
        "columns": 5,
        "field": "rank",
        "reason": fields.refusal("rank", "-5"),
    }
    rows = [texts.row_problem_text(RowIssue(p, row_data)) for p in RowProblem]
    _distinct(rows)
    refused = texts.row_problem_text(RowIssue(RowProblem.REFUSED, row_data))
    assert "negative" in refused and "x9" in refused
    assert "row 4" in texts.row_problem_text(RowIssue(RowProblem.DUPLICATE_KEY, row_data))


def test_the_search_the_change_set_and_update_lead_reasons_are_worded_with_their_facts() -> None:
    from leadeditor.editing.candidates import SearchStep, Step
    from leadeditor.editing.changes import ChangeNote, ChangeWarning
    from leadeditor.editing.search import SearchIssue, SearchProblem
    from leadeditor.vicidial.models import CustomSaid, Said, UpdateResult

    problems = [texts.search_problem_text(SearchIssue(p, "098")) for p in SearchProblem]
    _distinct(problems)
    assert "“098”" in texts.search_problem_text(SearchIssue(SearchProblem.BAD_LIST_ID, "098"))
    steps = [texts.search_step_text(SearchStep(s, 4242, 3, 9)) for s in Step]
    _distinct(steps)
    assert "4242 (3 of 9)" in texts.search_step_text(SearchStep(Step.READING, 4242, 3, 9))
    warnings = [texts.change_warning_text(ChangeWarning(n, "17", "-")) for n in ChangeNote]
    _distinct(warnings)
    assert "list 17" in texts.change_warning_text(ChangeWarning(ChangeNote.MOVES_LIST, "17"))
    assert "only 2 digits" in texts.change_warning_text(ChangeWarning(ChangeNote.PHONE_TOO_SHORT, "17"))
    said = [texts.update_result_text(UpdateResult(12, None, True, s, list_id=101)) for s in Said]
    _distinct(said)
    assert "Lead 12 added to list 101." in said
    customs = [
        texts.update_result_text(UpdateResult(12, None, True, Said.CUSTOM_ONLY, custom=c)) for c in CustomSaid
    ]
    _distinct(customs)
