"""File → Correct many leads from a file…: the batch engine's window, step by step.

choose the file → preview → mapping → key and scope → dry run (counts, every row, a lead picked by hand for a
row whose key finds several) → confirm with the counts → progress (rate, time left, pause, resume, cancel) →
results with their export. The same window resumes or reviews a batch left unfinished, and runs a batch's
undo (its own dry run first). Every engine call runs in a worker thread (`batch_runner.stream`,
`tasks.in_thread`): the window never blocks.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.batch.ledger import BatchKind
from leadeditor.editing.batch.mapping import CUSTOM_PREFIX, ColumnMap
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.batch.row_result import RowReason, RowResult
from leadeditor.ui import tasks
from leadeditor.ui.batch_file_page import FilePage
from leadeditor.ui.batch_key_page import KeyPage
from leadeditor.ui.batch_mapping_page import MappingPage, mapped
from leadeditor.ui.batch_model import ledger_results, row_text
from leadeditor.ui.batch_review_page import ReviewPage
from leadeditor.ui.batch_run_page import RunPage
from leadeditor.ui.batch_runner import stream
from leadeditor.ui.texts import (
    batch_confirm_text,
    batch_counts_text,
    batch_problem_lines,
    batch_progress_text,
    mapping_problem_text,
    tr,
)

if TYPE_CHECKING:
    from leadeditor.editing.batch.engine import BatchEngine
    from leadeditor.editing.batch.plan import RowPlan
    from leadeditor.editing.session import EditingSession

__all__ = ["BatchHost", "BatchWindow"]

FILE, MAPPING, KEY, REVIEW, RUN = range(5)


class BatchHost(Protocol):
    """What the batch window uses of the main window (a protocol: no import of `main_window`)."""

    async def editing(self) -> EditingSession: ...

    def journal_profile(self) -> str: ...

    def journal_changed(self) -> None: ...

    def report_error(self, exc: BaseException) -> None: ...


def _steps() -> tuple[str, ...]:
    return (
        tr("Step 1 of 5: choose the file and check how it reads"),
        tr("Step 2 of 5: which lead field each column feeds"),
        tr("Step 3 of 5: how each row finds its lead"),
        tr("Step 4 of 5: dry run — nothing is written"),
        tr("Step 5 of 5: write the confirmed rows"),
    )


class BatchWindow(QWidget):
    rate: float | None = 5.0  # the apply's pace (requests a second, the engine's default); tests raise it

    def __init__(self, host: BatchHost, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.host = host
        self.setObjectName("batchWindow")
        self.setWindowTitle(tr("Correct many leads from a file"))
        self.engine: BatchEngine | None = None
        self.column_map: ColumnMap | None = None
        self.fields: tuple[str, ...] = ()
        self.source = ""
        self.plans: dict[int, RowPlan] = {}
        self.undo_of: int | None = None  # the batch this window undoes
        self.batch_id: int | None = None  # the batch being applied (or resumed)
        self.running = False  # an engine call is under way
        self._total = 0
        self._done = 0
        self._started = 0.0

        self.stepLabel = QLabel(self)
        self.stepLabel.setObjectName("batchStepLabel")
        font = self.stepLabel.font()
        font.setBold(True)
        self.stepLabel.setFont(font)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("batchPages")
        self.filePage = FilePage(self.pages)
        self.mappingPage = MappingPage(self.pages)
        self.keyPage = KeyPage(self.pages)
        self.reviewPage = ReviewPage(self.pages)
        self.runPage = RunPage(self.pages)
        for page in (self.filePage, self.mappingPage, self.keyPage, self.reviewPage, self.runPage):
            self.pages.addWidget(page)
        self.backButton = QPushButton(tr("< &Back"), self)
        self.backButton.setObjectName("batchBackButton")
        self.nextButton = QPushButton(tr("&Next >"), self)
        self.nextButton.setObjectName("batchNextButton")
        self.nextButton.setDefault(True)
        self.closeButton = QPushButton(tr("Close"), self)
        self.closeButton.setObjectName("batchCloseButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.backButton, self.nextButton, self.closeButton):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stepLabel)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.backButton.clicked.connect(self._back)
        self.nextButton.clicked.connect(self._next)
        self.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.filePage.loaded.connect(self._file_loaded)
        self.mappingPage.changed.connect(self._remap)
        self.keyPage.changed.connect(self._remap)
        self.mappingPage.loadTemplateButton.clicked.connect(self._load_template)
        self.mappingPage.saveTemplateButton.clicked.connect(self._save_template)
        self.reviewPage.stopButton.clicked.connect(self._cancel)
        self.reviewPage.rows.leadChosen.connect(lambda row, lead: self._spawn(self.choose_lead(row, lead)))
        self.runPage.applyButton.clicked.connect(lambda: self._spawn(self.apply()))
        self.runPage.pauseButton.clicked.connect(self._toggle_pause)
        self.runPage.cancelButton.clicked.connect(self._cancel)
        self.runPage.exportButton.clicked.connect(self._choose_export)
        self.resize(1000, 680)
        self._go(FILE)
        self._refresh_templates()

    # -- moving between steps

    def _spawn(self, coro: Any) -> Any:
        return tasks.spawn(coro, self.host.report_error)

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.stepLabel.setText(_steps()[page])
        self._update_buttons()
        widget = self.pages.currentWidget()
        widget.focusNextChild() if widget is not None else None

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        flow = self.undo_of is None and self.batch_id is None  # a file's own steps, not a resume or undo
        self.backButton.setEnabled(flow and page > 0 and not self.running and page != RUN)
        self.backButton.setVisible(flow)
        texts = {
            FILE: tr("&Next >"),
            MAPPING: tr("&Next >"),
            KEY: tr("&Dry run >"),
            REVIEW: tr("&Review and confirm >"),
        }
        self.nextButton.setVisible(page in texts)
        self.nextButton.setText(texts.get(page, ""))
        ready = {
            FILE: self.filePage.table is not None,
            MAPPING: self.filePage.table is not None,
            KEY: self.column_map is not None and self.column_map.ok and bool(self.keyPage.blank_token()),
            REVIEW: not self.running and self._confirmable() > 0,
        }
        self.nextButton.setEnabled(ready.get(page, False) and not self.running)

    def _back(self) -> None:
        if self.pages.currentIndex() > FILE and not self.running:
            self._go(self.pages.currentIndex() - 1)

    def _next(self) -> None:
        page = self.pages.currentIndex()
        if page in (FILE, MAPPING):
            self._go(page + 1)
        elif page == KEY:
            self._spawn(self.dry_run())
        elif page == REVIEW:
            self.confirm()

    # -- the file and its mapping

    async def open_file(self, path: str | Path) -> bool:
        return await self.filePage.load(str(path))

    def _file_loaded(self) -> None:
        table = self.filePage.table
        if table is not None:
            self.mappingPage.set_choices([])
            self.keyPage.set_key(_guess_key(table.columns, self.keyPage.key()))
            self._remap()
        self._update_buttons()

    def _remap(self) -> None:
        table = self.filePage.table
        if table is None:
            return
        key = self.keyPage.key()
        self.column_map = mapped(table.columns, key, self.mappingPage.assignments())
        self.mappingPage.show_map(table.columns, self.column_map)
        problems = [mapping_problem_text(p) for p in self.column_map.problems]
        if not self.keyPage.blank_token():
            problems.append(tr("The blank token cannot be empty."))
        self.keyPage.show_problems(problems)
        self._update_buttons()

    def _refresh_templates(self) -> None:
        from leadeditor.editing.batch.templates import template_names
        from leadeditor.settings import Settings

        box = self.mappingPage.templateSelector
        current = box.currentText()
        box.clear()
        box.addItems(template_names(Settings.load()))
        box.setEditText(current)

    def _save_template(self) -> None:
        from leadeditor.editing.batch.templates import MappingTemplate, save_template
        from leadeditor.settings import Settings

        name = self.mappingPage.templateSelector.currentText().strip()
        if not name or self.column_map is None:
            self.mappingPage.unmatchedLabel.setText(tr("Type a name for the template first."))
            return
        template = MappingTemplate(
            self.keyPage.key(), tuple(self.column_map.assignments()), self.keyPage.blank_token()
        )
        save_template(Settings.load(), name, template)
        self._refresh_templates()
        self.mappingPage.unmatchedLabel.setText(tr("Template “{0}” saved.").format(name))

    def _load_template(self) -> None:
        from leadeditor.editing.batch.templates import load_template
        from leadeditor.settings import Settings

        name = self.mappingPage.templateSelector.currentText().strip()
        template = load_template(Settings.load(), name) if name else None
        if template is None:
            self.mappingPage.unmatchedLabel.setText(tr("There is no template named “{0}”.").format(name))
            return
        self.keyPage.set_key(template.key)
        self.keyPage.blankTokenInput.setText(template.blank_token)
        self.mappingPage.set_choices(template.assignments)
        self._remap()

    # -- the engine

    async def _engine(self) -> BatchEngine:
        from leadeditor.editing.batch.engine import BatchEngine
        from leadeditor.editing.journal import JournalContext

        session = await self.host.editing()
        if session.journal is None:
            raise RuntimeError(tr("This session keeps no journal."))
        client = session.client
        context = JournalContext(self.host.journal_profile(), client.url, client.user)
        custom = any(f.startswith(CUSTOM_PREFIX) for f in self.fields)
        engine = BatchEngine(
            client,
            session.journal,
            context,
            non_latin=session.workflow.non_latin,
            custom_fields=custom,
            rate=self.rate,
        )
        self.engine = engine
        return engine

    async def dry_run(self) -> None:
        """Plan every row offline, then the dry run through the write's own code path, rows streamed in."""
        from leadeditor.editing.batch.plan import PlanOptions, plan_rows

        table, column_map = self.filePage.table, self.column_map
        if table is None or column_map is None or not column_map.ok or self.running:
            return
        self.fields = tuple(str(t) for _, t in column_map.targets)
        self.source = table.path.name
        options = PlanOptions(blank_token=self.keyPage.blank_token() or "--BLANK--")
        engine = await self._engine()
        options = replace(options, non_latin=engine.non_latin)
        self.reviewPage.rows.clear(applied=False)
        self._go(REVIEW)

        def plans() -> Iterator[RowResult]:
            planned = list(plan_rows(table.rows(), column_map, options))
            self.plans = {p.row: p for p in planned}
            self._total = len(planned)
            return engine.dry_run(planned)

        await self._run_dry(plans)

    async def undo(self, batch_id: int) -> None:
        """A batch's undo: its own dry run (only the fields that still hold what the batch stored)."""
        engine = await self._engine()
        info = await tasks.in_thread(engine.ledger.get, batch_id)
        self.undo_of, self.fields, self.source = batch_id, info.fields, info.source
        self.setWindowTitle(tr("Undo batch {0}").format(batch_id))
        self.reviewPage.rows.clear(applied=False)
        self._total = info.done
        self._go(REVIEW)
        self.stepLabel.setText(tr("Undo of batch {0}: its own dry run — nothing is written").format(batch_id))
        await self._run_dry(lambda: engine.undo_dry_run(batch_id))

    async def _run_dry(self, iterate: Any) -> None:
        self._begin()
        self.reviewPage.stopButton.show()
        try:
            await stream(iterate, self._dry_rows)
        finally:
            self.reviewPage.stopButton.hide()
            self._end()
        self._show_dry_counts()
        self._show_problems()

    def _show_problems(self) -> None:
        """All problems of the dry run in one place, grouped by reason with their rows."""
        from leadeditor.editing.batch.report import BatchReport

        report = BatchReport()
        for result in self.reviewPage.rows.model.results:
            report.add(result)
        self.reviewPage.problemsLabel.setText("\n".join(batch_problem_lines(report.problems)))

    def _dry_rows(self, rows: list[RowResult]) -> None:
        self.reviewPage.rows.model.add(rows)
        self._show_dry_counts(running=True)

    def _show_dry_counts(self, *, running: bool = False) -> None:
        model = self.reviewPage.rows.model
        text = batch_counts_text(model.counts(), applied=False)
        if running:
            done = len(model.results)
            text = f"{text} {batch_progress_text(done, self._total, *self._rate(done))}"
        self.reviewPage.countsLabel.setText(text)
        self._update_buttons()

    def _confirmable(self) -> int:
        return sum(1 for r in self.reviewPage.rows.model.results if r.outcome is Outcome.WOULD_UPDATE)

    async def choose_lead(self, row: int, lead_id: int) -> RowResult | None:
        """An ambiguous row's lead picked by hand: the row is dry-run again for that lead alone."""
        from leadeditor.editing.search import SearchMethod, SearchRequest

        plan, engine = self.plans.get(row), self.engine
        if plan is None or engine is None or self.running:
            return None
        chosen = replace(
            plan, search=SearchRequest(lead_id=str(lead_id), methods=frozenset({SearchMethod.LEAD_ID}))
        )
        self._begin()
        try:
            (result,) = await tasks.in_thread(lambda: list(engine.dry_run([chosen])))
        finally:
            self._end()
        taken = {
            r.lead_id: r.row
            for r in self.reviewPage.rows.model.results
            if r.row != row and r.outcome in (Outcome.WOULD_UPDATE, Outcome.UNCHANGED)
        }
        if result.lead_id in taken:  # a lead is written once a batch
            result = RowResult(
                row,
                Outcome.INVALID,
                RowReason.SAME_LEAD,
                result.lead_id,
                {"first_row": taken[result.lead_id]},
            )
        self.plans[row] = chosen
        self.reviewPage.rows.model.replace(result)
        self.reviewPage.rows.select_row(row)
        self.reviewPage.rows.useLeadButton.setEnabled(True)
        self._show_dry_counts()
        self._show_problems()
        return result

    # -- confirm and apply

    def confirm(self) -> None:
        counts = self.reviewPage.rows.model.counts()
        writes = self._confirmable()
        self.runPage.confirmLabel.setText(batch_confirm_text(writes, counts))
        self.runPage.applyButton.setText(tr("&Write %n leads", "", writes))
        self.runPage.show_stage("confirm")
        self._go(RUN)
        self.runPage.applyButton.setFocus()

    async def apply(self) -> None:
        engine = self.engine
        if engine is None or self.running:
            return
        dry = self.reviewPage.rows.model.results
        confirmed = [r for r in dry if r.outcome is Outcome.WOULD_UPDATE]
        settled = [r for r in dry if r.outcome is not Outcome.WOULD_UPDATE]
        kind = BatchKind.UNDO if self.undo_of is not None else BatchKind.APPLY
        self.batch_id = await tasks.in_thread(
            engine.start, confirmed, kind=kind, source=self.source, fields=self.fields, undo_of=self.undo_of
        )
        self.runPage.rows.clear(applied=True)
        self.runPage.rows.model.add(settled)
        await self._run(len(confirmed), lambda: engine.run(self.batch_id or 0))

    async def resume(self, batch_id: int) -> None:
        """A batch left unfinished: the rows whose outcome is unknown are read back first, then the rest."""
        engine = await self._engine()
        info = await tasks.in_thread(engine.ledger.get, batch_id)
        self.batch_id, self.fields, self.source = batch_id, info.fields, info.source
        self.setWindowTitle(tr("Resume batch {0}").format(batch_id))
        engine = await self._engine()  # again: the batch's fields say whether custom fields are read
        self.runPage.rows.clear(applied=True)
        self._go(RUN)
        self.stepLabel.setText(
            tr("Resuming batch {0}: the rows whose outcome is unknown are read back first").format(batch_id)
        )
        await self._run(info.total - info.done, lambda: engine.run(batch_id))

    async def review(self, batch_id: int) -> None:
        """A batch's rows as the journal has them (no request)."""
        engine = await self._engine()
        info = await tasks.in_thread(engine.ledger.get, batch_id)
        self.batch_id, self.fields, self.source = batch_id, info.fields, info.source
        self.setWindowTitle(tr("Batch {0}").format(batch_id))
        rows = await tasks.in_thread(lambda: list(ledger_results(engine.ledger, batch_id)))
        self.runPage.rows.clear(applied=True)
        self.runPage.rows.model.add(rows)
        self._go(RUN)
        self.stepLabel.setText(tr("Batch {0} as the journal keeps it (nothing is sent)").format(batch_id))
        self.runPage.show_stage("done")
        self.runPage.progressBar.setRange(0, max(1, info.total))
        self.runPage.progressBar.setValue(info.done)
        self.runPage.progressLabel.setText(batch_progress_text(info.done, info.total, 0.0, None))
        self._show_run_counts()

    async def _run(self, total: int, iterate: Any) -> None:
        self._total, self._done = total, 0
        self.runPage.progressBar.setRange(0, max(1, total))
        self.runPage.progressBar.setValue(0)
        self.runPage.show_stage("running")
        self.runPage.pauseButton.setText(tr("&Pause"))
        self.runPage.pauseButton.setFocus()
        self._begin()
        try:
            await stream(iterate, self._run_rows)
        finally:
            self._end()
            self.runPage.rows.model.in_row_order()
            self.runPage.show_stage("done")
            self.host.journal_changed()
        rate, _eta = self._rate(self._done)
        self.runPage.progressLabel.setText(batch_progress_text(self._done, self._total, rate, None))
        self._show_run_counts()
        self.runPage.exportButton.setFocus()

    def _run_rows(self, rows: list[RowResult]) -> None:
        self.runPage.rows.model.add(rows)
        self._done += len(rows)
        self.runPage.progressBar.setValue(min(self._done, self._total))
        text = batch_progress_text(self._done, self._total, *self._rate(self._done))
        if self.engine is not None and self.engine.controls.paused:
            text = f"{text}. {self._paused_text()}"
        self.runPage.progressLabel.setText(text)
        self._show_run_counts()

    def _show_run_counts(self) -> None:
        self.runPage.countsLabel.setText(batch_counts_text(self.runPage.rows.model.counts(), applied=True))

    def _rate(self, done: int) -> tuple[float, float | None]:
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = done / elapsed
        left = max(0, self._total - done)
        return rate, (left / rate if rate > 0 and done else None)

    def _begin(self) -> None:
        self.running = True
        self._started = time.monotonic()
        self._update_buttons()

    def _end(self) -> None:
        self.running = False
        self._update_buttons()

    def _toggle_pause(self) -> None:
        engine = self.engine
        if engine is None or not self.running:
            return
        if engine.controls.paused:
            engine.controls.resume()
            self.runPage.pauseButton.setText(tr("&Pause"))
            self.runPage.progressLabel.setText(tr("Resumed."))
        else:
            engine.controls.pause()
            self.runPage.pauseButton.setText(tr("&Resume"))
            self.runPage.progressLabel.setText(self._paused_text())

    @staticmethod
    def _paused_text() -> str:
        return tr("Paused: rows already sent finish; nothing more is sent until you resume.")

    def _cancel(self) -> None:
        if self.engine is not None and self.running:
            self.engine.controls.cancel()
            self.runPage.progressLabel.setText(
                tr("Cancelling: rows already sent finish; the rest are not sent and stay open for a resume.")
            )

    # -- results

    def _choose_export(self) -> None:
        default = f"{Path(self.source).stem or 'batch'}-results.csv"
        path, _ = QFileDialog.getSaveFileName(self, tr("Export results"), default, tr("CSV files (*.csv)"))
        if path:
            self._spawn(self.export_to(path))

    async def export_to(self, path: str | Path) -> tuple[Path, Path]:
        """The results file and the errors-only file beside it (`ResultsWriter`), written in a thread."""
        from leadeditor.editing.batch.results import ResultsWriter

        results = list(self.runPage.rows.model.results)
        messages = [row_text(r) for r in results]
        session = await self.host.editing()
        secrets = session.client.redaction_secrets()

        def write() -> tuple[Path, Path]:
            with ResultsWriter(path, self.fields, secrets=secrets) as writer:
                for result, message in zip(results, messages, strict=True):
                    writer.write(result.as_result_row(message))
            return writer.path, writer.errors

        written, errors = await tasks.in_thread(write)
        self.runPage.exportLabel.setText(
            tr("Results written to {0}; the rows that need attention to {1}.").format(written, errors)
        )
        return written, errors

    def closeEvent(self, event: Any) -> None:
        if self.running and self.engine is not None:  # rows already sent finish; the rest stay open
            self.engine.controls.cancel()
        super().closeEvent(event)


def _guess_key(columns: Iterable[Any], current: BatchKey) -> BatchKey:
    """The key a file's headers name (lead ID first, then vendor lead code, then phone number)."""
    from leadeditor.editing.batch.mapping import map_columns

    cols = tuple(columns)
    for kind in (KeyKind.LEAD_ID, KeyKind.VENDOR_LEAD_CODE, KeyKind.PHONE_NUMBER):
        key = replace(current, kind=kind)
        if map_columns(cols, key).key_column is not None:
            return key
    return current
