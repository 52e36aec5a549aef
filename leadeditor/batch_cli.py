"""`leadeditor batch`: the batch engine (`editing/batch/engine.py`) for admins who script it. No Qt.

    leadeditor batch FILE (--profile NAME | --url URL --user USER --password-stdin)
        --key lead_id|vendor_lead_code|phone_number [--scope system|campaign|list] [--list-id N]
        [--map "HEADER=field" ...] [--blank-token TOKEN] [--non-latin] (--dry-run | --apply) [--results PATH]
    leadeditor batch (--resume [BATCH] | --review BATCH | --discard BATCH) CONNECTION [--results PATH]
    leadeditor batch --undo BATCH CONNECTION (--dry-run | --apply) [--results PATH]

The password comes from the keyring (profile) or one line of standard input, never from an argument. Exit 0
when every row is `updated`, `would_update` or `unchanged`; 1 when any row is anything else; 2 for a usage or
file error (nothing sent). Sentences live in `cli_texts.py`.

`leadeditor-batch ...` (`console_main`) is the same command with a console of its own: `leadeditor` is a
windowed program on Windows (no console, so nothing printed would show), `leadeditor-batch` a console one
(pip's console script, and `leadeditor-batch.exe` beside `leadeditor.exe` in the bundle).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from leadeditor import cli_texts as texts

if TYPE_CHECKING:
    from leadeditor.editing.batch.engine import BatchEngine
    from leadeditor.editing.batch.plan import RowPlan
    from leadeditor.editing.batch.report import BatchReport
    from leadeditor.editing.batch.row_result import RowResult

__all__ = ["main", "parse_args"]

USAGE_ERROR = 2


class UsageError(Exception):
    """A usage or file problem, said before anything is sent (exit 2)."""


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from leadeditor.editing.batch.key import KeyKind
    from leadeditor.editing.batch.pace import DEFAULT_RATE
    from leadeditor.editing.search import SearchScope

    parser = argparse.ArgumentParser(
        prog="leadeditor batch", description="Correct many leads from a CSV, TSV or XLSX file, safely."
    )
    parser.add_argument("file", nargs="?", type=Path, help="the correction file")
    who = parser.add_argument_group("server")
    who.add_argument(
        "--profile", metavar="NAME", help="a server profile; its password comes from the keyring"
    )
    who.add_argument("--url", help="the API's address (non_agent_api.php)")
    who.add_argument("--user", help="the API user")
    who.add_argument("--password-stdin", action="store_true", help="read the password from one line of stdin")
    parser.add_argument("--key", choices=[k.value for k in KeyKind], help="the column that finds each lead")
    parser.add_argument("--scope", choices=[s.value.lower() for s in SearchScope], default="system")
    parser.add_argument("--list-id", default="", metavar="N", help="the list of a list or campaign scope")
    parser.add_argument("--map", action="append", default=[], metavar="HEADER=field", help="map a column")
    parser.add_argument("--blank-token", default="--BLANK--", metavar="TOKEN", help="the cell that blanks")
    parser.add_argument("--non-latin", action="store_true", help="the server runs with use_non_latin=1")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="show what would be stored; write nothing")
    mode.add_argument("--apply", action="store_true", help="dry run, then write the rows that would update")
    parser.add_argument("--results", type=Path, metavar="PATH", help="the results file (CSV)")
    parser.add_argument("--resume", nargs="?", const=0, type=int, metavar="BATCH", help="finish a batch")
    parser.add_argument("--review", type=int, metavar="BATCH", help="write the results of a batch so far")
    parser.add_argument("--discard", type=int, metavar="BATCH", help="do not offer this batch for resume")
    parser.add_argument("--undo", type=int, metavar="BATCH", help="put back what a batch stored")
    parser.add_argument("--rate", type=float, default=DEFAULT_RATE, help="most requests a second (default 5)")
    parser.add_argument("--journal", type=Path, help=argparse.SUPPRESS)  # tests and benchmarks
    return parser.parse_args(list(argv))


@dataclass
class _Server:
    url: str
    user: str
    password: str
    verify: bool | str = True
    timeout: tuple[float, float] = (5.0, 30.0)
    profile: str = ""


def _server(args: argparse.Namespace, stdin: TextIO) -> _Server:
    if args.profile:
        if args.url or args.user or args.password_stdin:
            raise UsageError(texts.usage("connection"))
        from leadeditor.profiles import ProfileStore
        from leadeditor.secrets import get_password
        from leadeditor.settings import Settings

        profile = ProfileStore(Settings.load()).get(args.profile)
        if profile is None:
            raise UsageError(texts.usage("no_profile", name=args.profile))
        password = get_password(profile.keyring_account)
        if not password:
            raise UsageError(texts.usage("no_password", name=args.profile))
        return _Server(profile.url, profile.user, password, profile.verify, profile.timeout, profile.name)
    if not (args.url and args.user and args.password_stdin):
        raise UsageError(texts.usage("connection"))
    password = stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError(texts.usage("empty_password"))
    return _Server(args.url, args.user, password)


def _check(args: argparse.Namespace) -> None:
    chosen = [x for x in (args.resume, args.review, args.discard, args.undo) if x is not None]
    if len(chosen) > 1 or (chosen and args.file is not None):
        raise UsageError(texts.usage("file"))
    if not chosen and args.file is None:
        raise UsageError(texts.usage("file"))
    if (args.file is not None or args.undo is not None) and not (args.dry_run or args.apply):
        raise UsageError(texts.usage("mode"))
    if args.file is not None and args.key is None:
        raise UsageError(texts.usage("key"))
    if not args.blank_token.strip():
        raise UsageError(texts.usage("blank_token"))


def console_main() -> int:
    """`leadeditor-batch ARGS`: the console program's entry point (``ARGS`` as after `leadeditor batch`)."""
    return main(sys.argv[1:], own_language=True)


def main(
    argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, own_language: bool = False
) -> int:
    """`own_language`: this process is the command line, so it loads the user's language (`cli_language`);
    a caller inside a Qt program (the tests) keeps its own translators."""
    try:
        args = parse_args(sys.argv[2:] if argv is None else argv)  # sys.argv: leadeditor batch ...
    except SystemExit as exc:  # argparse has said why
        return int(exc.code or 0) and USAGE_ERROR
    if own_language or argv is None:
        from leadeditor.cli_language import install_language

        install_language()
    out = _Output(sys.stdout, sys.stderr)
    try:
        _check(args)
        server = _server(args, stdin or sys.stdin)
    except UsageError as exc:
        out.error(str(exc))
        return USAGE_ERROR
    out.secrets = (server.password,)
    return _Run(args, server, out).run()


class _Output:
    def __init__(self, stdout: TextIO, stderr: TextIO) -> None:
        self.stdout, self.stderr = stdout, stderr
        self.secrets: tuple[str, ...] = ()
        self.terminal = stderr.isatty()
        self._progress = False

    def _clean(self, text: str) -> str:
        from leadeditor.redaction import redact

        return redact(text, self.secrets) if self.secrets else text

    def say(self, text: str) -> None:
        self._end_progress()
        self.stdout.write(self._clean(text) + "\n")
        self.stdout.flush()

    def error(self, text: str) -> None:
        self._end_progress()
        self.stderr.write(f"leadeditor batch: {self._clean(text)}\n")
        self.stderr.flush()

    def progress(self, text: str) -> None:
        if self.terminal:  # a progress line on a terminal only, never in a log file
            self.stderr.write("\r" + text + "\033[K")
            self.stderr.flush()
            self._progress = True

    def _end_progress(self) -> None:
        if self._progress:
            self.stderr.write("\n")
            self._progress = False


@dataclass(frozen=True)
class _Applying:
    engine: BatchEngine
    batch: int
    total: int
    path: Path


class _Run:
    def __init__(self, args: argparse.Namespace, server: _Server, out: _Output) -> None:
        self.args, self.server, self.out = args, server, out
        self._applying: _Applying | None = None  # the batch being written, for a stop mid-batch

    def run(self) -> int:
        from leadeditor.editing.batch.errors import FileReadError
        from leadeditor.editing.journal import JournalUnavailable

        try:
            if self.args.file is not None:
                return self._file()
            return self._batch()
        except UsageError as exc:
            self.out.error(str(exc))
            return USAGE_ERROR
        except FileReadError as exc:
            self.out.error(texts.file_problem(exc))
            return USAGE_ERROR
        except JournalUnavailable as exc:
            applying = self._applying
            if applying is None or not applying.engine.client.writes:
                self.out.error(texts.usage("journal", problem=exc.problem.value))
                return USAGE_ERROR
            # some rows were written before the journal refused: say how many, and where the results are
            self.out.error(
                texts.usage(
                    "journal_mid_batch",
                    problem=exc.problem.value,
                    batch=applying.batch,
                    written=f"{applying.engine.client.writes:,}",
                    total=f"{applying.total:,}",
                    path=applying.path,
                )
            )
            return 1
        except KeyboardInterrupt:  # the rows already started have finished; the rest stay open to resume
            self.out.error(texts.usage("interrupted"))
            return 1

    # -- the pieces

    def _engine(self, *, custom_fields: bool = False) -> BatchEngine:
        from leadeditor.editing.batch.engine import BatchEngine
        from leadeditor.editing.journal import JournalContext, open_journal
        from leadeditor.editing.session import open_client

        s = self.server
        client = open_client(s.url, s.user, s.password, verify=s.verify, timeout=s.timeout)
        journal = open_journal(self.args.journal, secrets=client.redaction_secrets())
        if journal.problem is not None:
            raise UsageError(texts.usage("journal", problem=journal.problem.value))
        context = JournalContext(s.profile, client.url, client.user)
        return BatchEngine(
            client,
            journal,
            context,
            non_latin=self.args.non_latin,
            custom_fields=custom_fields,
            rate=self.args.rate,
        )

    def _plans(self) -> tuple[list[str], list[RowPlan], str]:
        from leadeditor.editing.batch.key import BatchKey, KeyKind
        from leadeditor.editing.batch.mapping import map_columns
        from leadeditor.editing.batch.plan import PlanOptions, plan_rows
        from leadeditor.editing.batch.reading import open_table
        from leadeditor.editing.search import SearchScope

        args = self.args
        table = open_table(args.file)
        key = BatchKey(KeyKind(args.key), SearchScope(args.scope.upper()), args.list_id)
        column_map = map_columns(table.columns, key, assignments=args.map)
        if not column_map.ok:
            raise UsageError(" ".join(texts.mapping_problem(p) for p in column_map.problems))
        fields = [str(t) for _, t in column_map.targets]
        options = PlanOptions(blank_token=args.blank_token, non_latin=args.non_latin)
        plans = list(plan_rows(table.rows(), column_map, options))
        return fields, plans, table.path.name

    def _results_path(self, default: str) -> Path:
        if self.args.results is not None:
            return Path(self.args.results)
        if self.args.file is not None:
            return Path(self.args.file).with_name(f"{Path(self.args.file).stem}-{default}")
        return Path.cwd() / default

    def _write(
        self, results: Iterable[RowResult], fields: Sequence[str], path: Path, total: int
    ) -> BatchReport:
        from leadeditor.editing.batch.report import BatchReport
        from leadeditor.editing.batch.results import ResultsWriter

        report = BatchReport()
        started = time.monotonic()
        with ResultsWriter(path, fields, secrets=self.out.secrets) as writer:
            for n, result in enumerate(results, 1):
                writer.write(result.as_result_row(texts.row_message(result)))
                report.add(result)
                rate = n / max(time.monotonic() - started, 1e-6)
                self.out.progress(texts.progress_line(n, total, rate))
        return report

    def _finish(self, report: BatchReport, *, dry_run: bool, path: Path) -> int:
        for line in texts.report_lines(report, dry_run=dry_run):
            self.out.say(line)
        self.out.say(str(path))
        return 0 if report.success else 1

    # -- a file

    def _file(self) -> int:
        from leadeditor.editing.batch.mapping import CUSTOM_PREFIX
        from leadeditor.editing.batch.results import Outcome

        fields, plans, source = self._plans()
        engine = self._engine(custom_fields=any(f.startswith(CUSTOM_PREFIX) for f in fields))
        if self.args.apply:
            for waiting in engine.unfinished():
                self.out.error(texts.unfinished_offer(waiting))
                return USAGE_ERROR  # nothing sent: resume, review or discard first
        dry = list(engine.dry_run(plans))
        if not self.args.apply or engine.controls.stop_error is not None:  # a refused sign-in: never apply
            path = self._results_path("results.csv")
            return self._finish(self._write(dry, fields, path, len(dry)), dry_run=True, path=path)
        confirmed = [r for r in dry if r.outcome is Outcome.WOULD_UPDATE]
        batch = engine.start(confirmed, source=source, fields=fields)
        path = self._results_path("results.csv")
        self._applying = _Applying(engine, batch, len(confirmed), path)
        settled = (r for r in dry if r.outcome is not Outcome.WOULD_UPDATE)
        report = self._write(_chain(settled, engine.run(batch)), fields, path, len(dry))
        return self._finish(report, dry_run=False, path=path)

    # -- a batch in the journal

    def _batch(self) -> int:
        from leadeditor.editing.batch.ledger import BatchKind, BatchState

        args = self.args
        engine = self._engine()
        ledger = engine.ledger
        batch_id = args.resume if args.resume is not None else args.review or args.discard or args.undo
        if args.resume == 0:
            waiting = engine.unfinished()
            if not waiting:
                raise UsageError(texts.usage("nothing_unfinished"))
            batch_id = waiting[0].id
        try:
            info = ledger.get(batch_id)
        except KeyError:
            raise UsageError(texts.usage("no_batch", batch=batch_id)) from None
        path = self._results_path(f"batch-{info.id}-results.csv")
        if args.discard is not None:
            engine.discard(info.id)
            self.out.say(texts.unfinished_offer(ledger.get(info.id)))
            return 0
        if args.review is not None:
            from leadeditor.editing.batch.row_result import RowReason, RowResult

            rows = [
                RowResult(r.row, r.outcome, RowReason(r.message or "planned"), r.lead_id)
                for r in ledger.rows(info.id)
                if r.outcome is not None
            ]
            return self._finish(self._write(rows, info.fields, path, info.total), dry_run=False, path=path)
        if args.resume is not None:
            self._applying = _Applying(engine, info.id, info.total - info.done, path)  # the rows left
            report = self._write(engine.run(info.id), info.fields, path, info.total - info.done)
            return self._finish(report, dry_run=False, path=path)
        if info.kind is not BatchKind.APPLY or info.state is not BatchState.FINISHED:
            raise UsageError(texts.usage("not_undoable", batch=info.id))
        path = self._results_path(f"batch-{info.id}-undo-results.csv")
        undo = list(engine.undo_dry_run(info.id))
        if args.dry_run or engine.controls.stop_error is not None:
            return self._finish(self._write(undo, info.fields, path, len(undo)), dry_run=True, path=path)
        from leadeditor.editing.batch.results import Outcome

        confirmed = [r for r in undo if r.outcome is Outcome.WOULD_UPDATE]
        batch = engine.start(
            confirmed, kind=BatchKind.UNDO, source=info.source, fields=info.fields, undo_of=info.id
        )
        self._applying = _Applying(engine, batch, len(confirmed), path)
        settled = (r for r in undo if r.outcome is not Outcome.WOULD_UPDATE)
        report = self._write(_chain(settled, engine.run(batch)), info.fields, path, len(undo))
        return self._finish(report, dry_run=False, path=path)


def _chain(first: Iterable[RowResult], then: Iterable[RowResult]) -> Iterator[RowResult]:
    yield from first
    yield from then
