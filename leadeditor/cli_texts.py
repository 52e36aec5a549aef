"""Every sentence `leadeditor batch` prints or writes into a results file.

`tr` is the window's own (`ui.texts.tr`): the command line loads the same .qm through QtCore alone
(`cli_language`), so its sentences, and the notes on a row's values (`ui.texts.note_texts`), read exactly as
the window's, in the user's language. `tr` is imported inside each function so that `leadeditor batch --help`
never loads Qt. The facts (rows, leads, fields, counts) are filled in with ``.format`` after translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from leadeditor.editing.batch.errors import FileReadError
    from leadeditor.editing.batch.ledger import BatchInfo
    from leadeditor.editing.batch.mapping import MappingIssue
    from leadeditor.editing.batch.report import BatchReport
    from leadeditor.editing.batch.row_result import RowResult

__all__ = [
    "file_problem",
    "mapping_problem",
    "outcome_count",
    "outcome_label",
    "progress_line",
    "report_lines",
    "row_message",
    "unfinished_offer",
    "usage",
]


def _rows(rows: Sequence[int]) -> str:
    from leadeditor.ui.texts import tr

    shown = ", ".join(str(r) for r in rows[:20])
    return shown + (tr(" and {n} more").format(n=len(rows) - 20) if len(rows) > 20 else "")


def _error(data: Any) -> str:
    """A row's error as the window says it (its ``str()`` is for the log)."""
    from leadeditor.ui.error_texts import error_text

    error = data.get("error") if hasattr(data, "get") else None
    return error_text(error) if isinstance(error, BaseException) else "" if error is None else str(error)


# -- usage and files --------------------------------------------------------------------------------------
def usage(which: str, **facts: Any) -> str:
    from leadeditor.ui.texts import tr

    texts = {
        "connection": tr("Give either --profile NAME, or --url URL --user USER --password-stdin."),
        "no_profile": tr("There is no server profile named “{name}”."),
        "no_password": tr(
            "No password is remembered for profile “{name}”: sign in once in the window with “Remember "
            "password”, or use --url, --user and --password-stdin."
        ),
        "empty_password": tr("No password arrived on standard input (one line is read)."),
        "mode": tr("Choose --dry-run or --apply."),
        "file": tr("Name the correction file, or use --resume, --review, --discard or --undo."),
        "key": tr("Choose the match key with --key lead_id, vendor_lead_code or phone_number."),
        "blank_token": tr("The blank token cannot be empty."),
        "no_batch": tr("There is no batch {batch} in the journal."),
        "nothing_unfinished": tr("No batch is waiting to be resumed."),
        "journal": tr("The journal refuses writes ({problem}): nothing was sent."),
        "journal_mid_batch": tr(
            "The journal refuses writes ({problem}): batch {batch} stopped after {written} of its {total} "
            "rows were sent to the server. The rows finished so far are in {path}. Once the journal accepts "
            "writes, --resume {batch} reads back the rows whose outcome it could not keep (never sending "
            "them again) and writes the rest."
        ),
        "interrupted": tr(
            "Interrupted: the rows already started were finished; resume the batch with --resume."
        ),
        "not_undoable": tr("Batch {batch} is not a finished batch of corrections, so it cannot be undone."),
    }
    return texts[which].format(**facts)


def file_problem(error: FileReadError) -> str:
    from leadeditor.editing.batch.errors import FileProblem
    from leadeditor.ui.texts import tr

    data = error.data
    texts = {
        FileProblem.NOT_FOUND: tr("The file {path} does not exist."),
        FileProblem.UNREADABLE: tr(
            "The file {path} cannot be read (no permission, a folder, or a disk error)."
        ),
        FileProblem.UNSUPPORTED_FORMAT: tr(
            "Files ending in “{suffix}” cannot be read: use CSV, TSV, TXT or an Excel workbook (.xlsx)."
        ),
        FileProblem.EMPTY: tr("The file is empty: it has no header row."),
        FileProblem.UNKNOWN_ENCODING: tr("“{encoding}” is not a text encoding this program knows."),
        FileProblem.UNDECODABLE: tr("Row {row} cannot be read as {encoding}: choose another encoding."),
        FileProblem.BINARY: tr(
            "Row {row} holds binary data: this is not a text file (an .xls saved as .csv?)."
        ),
        FileProblem.DAMAGED_CSV: tr("The file is damaged at row {row}."),
        FileProblem.DAMAGED_WORKBOOK: tr("The workbook is damaged and cannot be read."),
        FileProblem.NO_SUCH_SHEET: tr("The workbook has no sheet named “{sheet}”."),
    }
    return texts[error.reason].format_map(_Facts(data)) + " " + tr("Nothing was sent.")


class _Facts(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def mapping_problem(issue: MappingIssue) -> str:
    from leadeditor.editing.batch.mapping import MappingProblem
    from leadeditor.ui.texts import search_problems_text, tr

    data = _Facts(issue.data)
    if "columns" in data:
        data["columns"] = ", ".join(str(c) for c in data["columns"])
    if "problems" in data:
        data["problems"] = search_problems_text(data["problems"])
    texts = {
        MappingProblem.BAD_ASSIGNMENT: tr("“{text}” is not a mapping: write HEADER=field."),
        MappingProblem.UNKNOWN_HEADER: tr("The file has no column “{header}”."),
        MappingProblem.UNKNOWN_FIELD: tr("Column “{header}”: there is no lead field “{field}”."),
        MappingProblem.AMBIGUOUS_HEADER: tr(
            "The header “{header}” appears more than once (columns {columns}): map one of them by hand."
        ),
        MappingProblem.DUPLICATE_TARGET: tr("Columns {columns} both feed the field {field}: keep one."),
        MappingProblem.NO_KEY_COLUMN: tr("No column holds the match key {key}."),
        MappingProblem.SCOPE_REFUSED: tr("{problems}"),
        MappingProblem.NOTHING_TO_CHANGE: tr("No column of the file feeds a lead field: nothing to change."),
    }
    return texts[issue.reason].format_map(data)


# -- rows -------------------------------------------------------------------------------------------------
def outcome_label(outcome: str) -> str:
    from leadeditor.ui.texts import tr

    labels = {
        "would_update": tr("would update"),
        "updated": tr("updated"),
        "unchanged": tr("unchanged"),
        "not_found": tr("not found"),
        "ambiguous": tr("ambiguous"),
        "invalid": tr("invalid"),
        "conflict": tr("conflict"),
        "failed": tr("failed"),
        "unknown": tr("unknown"),
        "skipped": tr("skipped"),
    }
    return labels.get(outcome, outcome)


def outcome_count(outcome: str, n: int) -> str:
    """A count with its outcome, agreeing in number ("1 actualizado", "2 actualizados"): one %n text each."""
    from leadeditor.ui.texts import tr

    counts = {
        "would_update": tr("%n would update", None, n),
        "updated": tr("%n updated", None, n),
        "unchanged": tr("%n unchanged", None, n),
        "not_found": tr("%n not found", None, n),
        "ambiguous": tr("%n ambiguous", None, n),
        "invalid": tr("%n invalid", None, n),
        "conflict": tr("%n in conflict", None, n),
        "failed": tr("%n failed", None, n),
        "unknown": tr("%n unknown", None, n),
        "skipped": tr("%n skipped", None, n),
    }
    return counts.get(outcome, f"{n} {outcome}")


def row_message(result: RowResult) -> str:
    """The results file's ``message`` for one row."""
    from leadeditor.editing.batch.row_result import RowReason
    from leadeditor.ui.texts import note_texts, row_problem_text, tr

    data = result.data
    fields = ", ".join(data.get("fields", ()))
    warnings = [w for c in result.changes if c.sends for w in note_texts(c.warnings)]
    texts = {
        RowReason.PLANNED: "",
        RowReason.NOTHING_TO_CHANGE: tr("Every field already holds this value."),
        RowReason.ALREADY_SO: tr("The server already held these values."),
        RowReason.NOT_FOUND: tr("No lead matches this key."),
        RowReason.AMBIGUOUS: tr("Several leads match; none was chosen: {leads}."),
        RowReason.SAME_LEAD: tr("Row {first_row} already changes this lead; this row is not used."),
        RowReason.READ_FAILED: tr("The lead could not be read: {error}"),
        RowReason.CONFLICT: tr(
            "The lead was changed on the server since the dry run ({fields}); not written."
        ),
        RowReason.REFUSED: tr("Refused, nothing written: {error}"),
        RowReason.NOT_APPLIED: tr("The server applied nothing."),
        RowReason.STORED_DIFFERENTLY: tr("Written, but the server stored something else in: {fields}."),
        RowReason.UNKNOWN: tr(
            "The answer was lost and reading the lead back could not tell whether it was written; it was not "
            "sent again. Resume the batch to check again."
        ),
        RowReason.STOPPED: tr("Not sent: the batch stopped at a refused sign-in or permission ({error})."),
        RowReason.CANCELLED: tr("Not sent: the batch was cancelled."),
        RowReason.NOT_SENT_AFTER_CRASH: tr(
            "Begun before the program stopped; read back: not written. Not sent again."
        ),
        RowReason.KEPT_LATER_EDIT: tr("Changed since the batch, left as it is now: {fields}."),
        RowReason.WITHHELD: tr(
            "Not resumed: a value holds the text of the password, which the journal never keeps. Check the "
            "lead, and apply the row again from the file if needed."
        ),
    }
    if result.reason.value == "file_problem":
        text = " ".join(row_problem_text(i) for i in data.get("issues", ()))  # the window's words
    else:
        facts = _Facts(
            leads=", ".join(str(i) for i in data.get("leads", ())),
            first_row=data.get("first_row", "?"),
            error=_error(data),
            fields=fields,
        )
        text = texts[result.reason].format_map(facts)
    return " ".join(t for t in (text, *dict.fromkeys(warnings)) if t)


# -- the run ----------------------------------------------------------------------------------------------
def progress_line(done: int, total: int, rate: float) -> str:
    from leadeditor.ui.texts import tr

    return tr("{done} of {total} rows, {rate:.1f} rows a second").format(done=done, total=total, rate=rate)


def report_lines(report: BatchReport, *, dry_run: bool) -> list[str]:
    from leadeditor.editing.batch.row_result import RowReason
    from leadeditor.ui.texts import tr

    head = tr("Dry run, nothing written:") if dry_run else tr("Done:")
    counts = ", ".join(outcome_count(o.value, n) for o, n in sorted(report.counts.items()))
    nothing = tr("no rows")
    lines = [f"{head} {counts or nothing}."]
    for (reason, detail), rows in sorted(report.problems.items(), key=lambda kv: kv[1][0]):
        name = detail if reason is RowReason.FILE_PROBLEM else reason.value
        lines.append(tr("  {reason}: rows {rows}").format(reason=name, rows=_rows(rows)))
    return lines


def unfinished_offer(batch: BatchInfo) -> str:
    from leadeditor.ui.texts import tr

    return tr(
        "Batch {batch} ({source}) did not finish: {done} of {total} done. Resume it with --resume {batch}, "
        "review it with --review {batch}, or discard it with --discard {batch}."
    ).format(batch=batch.id, source=batch.source or "?", done=f"{batch.done:,}", total=f"{batch.total:,}")
