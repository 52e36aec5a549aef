"""Everything the main window writes, through one safe path: confirm, conflict check, write, verify, journal.

Imported on the first write (it pulls in the journal, sqlite and the safety views), never on the first-paint
path. Dialogs are opened with `open()` and awaited through their signals, never `exec()` inside a task. The
workflow (no Qt) does the work in worker threads; this module only shows what happened.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout

from leadeditor.editing.changes import ChangeSet
from leadeditor.editing.lead import Candidate, Lead
from leadeditor.editing.workflow import (
    CancelToken,
    ConflictFound,
    SaveOutcome,
    SaveStatus,
    UncheckedLead,
)
from leadeditor.ui import glossary, tasks, texts
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.messages import error_text, status_after
from leadeditor.ui.texts import (
    admin_message,
    field_label,
    gone_after_write,
    gone_before_write,
    journal_refuses,
    lead_result,
    overwritten_text,
    save_message,
    stop_reason,
    tr,
    undo_problems,
)

if TYPE_CHECKING:
    from leadeditor.editing.after_save import Overwrite, SavedWatch
    from leadeditor.editing.journal import Journal
    from leadeditor.editing.multi_lead import CommonChange
    from leadeditor.ui.window_port import WindowPort

_TONE = {
    SaveStatus.SAVED: "ok",
    SaveStatus.ALREADY_SO: "info",
    SaveStatus.UNKNOWN: "error",
    SaveStatus.FAILED: "error",
}


class WriteActions:
    """The window's writes: one lead, several leads, undo, reset, delete, add. One per window."""

    def __init__(self, window: WindowPort) -> None:
        self.w = window
        self.journal_window: Any = None
        self.multi_dialog: QDialog | None = None
        self.several_confirm: QDialog | None = None  # the per-lead confirmation of a common change
        self._saving = False  # a save of the form is being confirmed or written
        # verified saves watched for a lost update or a revert: re-read after `settle_seconds`, and
        # compared again when the lead is next shown
        self.watches: dict[int, SavedWatch] = {}
        self._settle_timers: dict[int, QTimer] = {}
        self.settle_seconds = _settle_seconds()
        self.overwrittenNotice: QMessageBox | None = None

    # -- one lead ----------------------------------------------------------------------------------------
    async def save_form(self) -> SaveOutcome | None:
        """Review and save the form; a repeated click while one is under way is ignored (debounced)."""
        if self._saving:
            return None
        self._saving = True
        try:
            return await self._save_form()
        finally:
            self._saving = False

    async def _save_form(self) -> SaveOutcome | None:
        form = self.w.form
        changeset = form.changeset
        if changeset is None or not changeset.has_writes:
            return None
        if form.is_common:
            await self.save_many(
                changeset, [c for c in self.w.results.model.candidates() if c.lead_id in form.common_ids]
            )
            return None
        return await self.write(changeset, from_form=True)

    async def write(
        self,
        changeset: ChangeSet,
        *,
        action: str = "update",
        undo_of: int | None = None,
        heading: str = "",
        note: str = "",
        from_form: bool = False,
    ) -> SaveOutcome | None:
        """Confirm, then the safe path; after a conflict, re-apply on the fresh values (confirmed again)."""
        from leadeditor.ui.confirm_dialog import ConfirmDialog

        w = self.w
        if await self._journal_refuses():
            return None
        acknowledged = False
        on_screen = await self._agents_on(changeset)
        while True:
            changeset.on_screen = on_screen  # a fix or a rebase builds a new change set: keep the warning
            w.confirmDialog = ConfirmDialog(
                changeset, server=w.server_name(), parent=w.window(), title=heading, note=note
            )
            code = await tasks.dialog_result(w.confirmDialog)
            accepted = code == QDialog.DialogCode.Accepted
            acknowledged = acknowledged or bool(
                w.confirmDialog.acknowledge is not None and w.confirmDialog.acknowledge.isChecked()
            )
            fix = w.confirmDialog.chosen_fix if code == ConfirmDialog.FIX else None
            w.confirmDialog.deleteLater()
            if fix is not None:  # the suggested value goes where the user typed, then it is reviewed again
                changeset = self._apply_fix(changeset, *fix, from_form=from_form)
                continue
            if not accepted:
                w.set_status(tr("Nothing was sent. Your edits are still in the form."), "info")
                return None
            outcome = await self._save(changeset, acknowledged, action, undo_of)
            if isinstance(outcome.error, UncheckedLead) and not acknowledged:
                w.set_status(
                    tr("Waiting for your answer: write lead {0} without checking its current values?").format(
                        changeset.lead.lead_id
                    ),
                    "warn",
                )
                if not await tasks.ask(
                    w.window(),
                    tr("Current values cannot be checked"),
                    tr(
                        "{0}\n\nWrite anyway? The journal will record the values before "
                        "the change as unknown."
                    ).format(unchecked_reason(outcome.error)),
                    tr("Write without checking"),
                    tr("Cancel"),
                    default_yes=False,
                ):
                    w.set_status(tr("Nothing was sent: the lead could not be checked."), "warn")
                    return outcome
                acknowledged = True
                outcome = await self._save(changeset, True, action, undo_of)
            if isinstance(outcome.error, ConflictFound):
                rebased = await self._conflict(outcome.error, changeset, from_form)
                if rebased is None:
                    return outcome
                changeset = rebased
                form = self.w.form
                if (
                    from_form
                    and not form.is_common
                    and form.lead is not None
                    and form.lead.lead_id == changeset.lead.lead_id
                ):
                    form.rebase(conflict_fresh(outcome))  # the form shows theirs, with my edits on top
                    if form.changeset is not None:
                        changeset = form.changeset
                heading = tr("Re-apply your changes to lead {0} on its current values?").format(
                    changeset.lead.lead_id
                )
                continue
            self.show_outcome(outcome, replace_edits=from_form)
            return outcome

    async def _journal_refuses(self) -> bool:
        """True (and the reason on the status line) when the journal cannot record a write: then nothing is
        sent, not even the confirmation is shown."""
        journal = await self.w.journal()
        if journal.problem is None:
            return False
        self.w.set_status(journal_refuses(journal.problem.value, str(journal.path)), "error")
        return True

    def _apply_fix(self, changeset: ChangeSet, key: str, value: str, *, from_form: bool) -> ChangeSet:
        form = self.w.form
        if from_form and form.changeset is changeset and form.set_edit(key, value):
            assert form.changeset is not None
            return form.changeset
        if key in changeset.custom_edits:
            changeset.set_custom(key, value)
        else:
            changeset.set(key, value)
        return changeset

    async def _save(
        self, changeset: ChangeSet, acknowledged: bool, action: str, undo_of: int | None
    ) -> SaveOutcome:
        w = self.w
        token = CancelToken()
        w.begin_busy(tr("Checking and saving lead {0}…").format(changeset.lead.lead_id), token)
        try:
            wf = await w.workflow()
            # No `cancelled` here: once sent, a write is waited for (its outcome is read back, never guessed).
            outcome = await tasks.in_thread(
                wf.save,
                changeset,
                cancel=token,
                acknowledge_unchecked=acknowledged,
                action=action,
                undo_of=undo_of,
            )
        finally:
            w.end_busy()
        w.last_outcome = outcome
        return outcome

    async def _agents_on(self, changeset: ChangeSet) -> tuple[Any, ...]:
        """Who has the lead on screen now (the confirm dialog warns); nothing when it cannot be asked."""
        if not changeset.lead.known:
            return ()
        wf = await self.w.workflow()
        return tuple(await tasks.in_thread(wf.agents_on_lead, changeset.lead.lead_id))

    async def _conflict(
        self, conflict: ConflictFound, changeset: ChangeSet, from_form: bool
    ) -> ChangeSet | None:
        """The conflict view; the change set re-applied on the fresh values, or None when nothing is to be
        sent (cancelled, or the server already holds the change)."""
        from leadeditor.ui.conflict_dialog import ConflictDialog

        w = self.w
        w.set_status(
            tr("Lead {0} was changed on the server since you opened it; nothing was sent.").format(
                conflict.lead_id
            ),
            "warn",
        )
        w.conflictDialog = ConflictDialog(
            conflict.lead_id, conflict.conflicts, w.window(), fresh=conflict.fresh
        )
        code = await tasks.dialog_result(w.conflictDialog)
        w.conflictDialog.deleteLater()
        form = w.form
        in_form = (
            from_form
            and not form.is_common
            and form.lead is not None
            and form.lead.lead_id == conflict.lead_id
        )
        if code == ConflictDialog.RELOAD:
            self._show_lead(conflict.fresh, replace_edits=from_form)
            w.set_status(
                tr(
                    "Nothing was sent. The form shows lead {0} as the server holds it now; your "
                    "edits were dropped."
                ).format(conflict.lead_id),
                "info",
            )
            return None
        if code != QDialog.DialogCode.Accepted:
            self._show_lead(conflict.fresh)  # the results row (the form keeps the edits: next line)
            if in_form:
                form.rebase(conflict.fresh)  # never the stale values: theirs, with my edits on top
            w.set_status(
                tr(
                    "Nothing was sent: lead {0} was changed on the server meanwhile. Your edits are "
                    "still in the form, over the values it holds now."
                ).format(conflict.lead_id),
                "warn",
            )
            return None
        rebased = changeset.copy_for(conflict.fresh)
        if not rebased.has_writes:
            w.set_status(
                tr("Lead {0} already holds your changes; nothing was sent.").format(conflict.lead_id), "info"
            )
            self._show_lead(conflict.fresh, replace_edits=from_form)
            return None
        return rebased

    def show_outcome(self, outcome: SaveOutcome, *, replace_edits: bool = False) -> None:
        """Status line, the lead as stored, and the right view: lost answer, or stored differently."""
        w = self.w
        tone = _TONE.get(outcome.status, "warn")
        if outcome.mismatches:
            tone = "warn"
        if outcome.status is SaveStatus.SAVED and outcome.verification is None and outcome.resolution is None:
            tone = "warn"  # saved on the server's word only: the workflow's note says it was not checked
        shown = outcome.stored
        # Only a stored change replaces the user's edits: after "not applied", "unknown", a refusal or an
        # error the form keeps the typed values, marked unsaved, until the user saves or discards them.
        stored_it = stored_change(outcome)
        if shown is None and replace_edits and stored_it:
            shown = _as_written(outcome)  # not read back: show what was written, so no edit looks unsaved
        if shown is not None:
            self._show_lead(shown, replace_edits=replace_edits and stored_it)
        w.set_status(outcome_status(outcome), tone)
        if outcome.resolution is not None:
            self._open_unknown_outcome(outcome)
        elif outcome.verification is not None and outcome.verification.differences:
            from leadeditor.ui.verify_dialog import StoredDifferencesDialog

            w.differencesDialog = StoredDifferencesDialog(outcome.lead_id, outcome.verification, w.window())
            w.differencesDialog.open()
        self.watch(outcome)
        self.refresh_journal()

    # -- lost updates and reverts, after a verified save --------------------------------------------
    def watch(self, outcome: SaveOutcome) -> None:
        """Keep a verified save to compare later reads with, and read it once more after the settle delay."""
        from leadeditor.editing.after_save import watch_after

        found = watch_after(outcome)
        old = self._settle_timers.pop(outcome.lead_id, None)
        if old is not None:
            old.stop()
            old.deleteLater()
        if found is None:
            self.watches.pop(outcome.lead_id, None)
            return
        self.watches[outcome.lead_id] = found
        timer = QTimer(self.w.window())  # owned by the window: it goes (and never fires) when the window does
        timer.setSingleShot(True)
        timer.timeout.connect(lambda lead_id=outcome.lead_id: self.w.spawn(self._settle_check(lead_id)))
        self._settle_timers[outcome.lead_id] = timer
        timer.start(int(self.settle_seconds * 1000))

    def stop_watching(self) -> None:
        """On quit: no re-read is started any more."""
        for timer in self._settle_timers.values():
            timer.stop()
        self._settle_timers.clear()

    async def _settle_check(self, lead_id: int) -> None:
        from leadeditor.editing.after_save import recheck_saved
        from leadeditor.vicidial.errors import VicidialError

        self._settle_timers.pop(lead_id, None)
        watch = self.watches.get(lead_id)
        if watch is None:
            return
        wf = await self.w.workflow()
        try:
            found = await tasks.in_thread(recheck_saved, watch, wf, wf.journal)
        except VicidialError:
            return  # could not read: the next time the lead is shown compares again
        if found:
            self._overwritten(watch, found)

    def lead_shown(self, lead: Lead) -> None:
        """The lead was read to be shown: compare it with a watched save (no request of its own)."""
        from leadeditor.editing.after_save import overwrites

        watch = self.watches.get(lead.lead_id)
        if watch is None:
            return
        found = overwrites(watch, {**dict(lead.custom), **dict(lead.values)})
        if found:
            self.w.spawn(self._mark_and_tell(watch, found))

    async def _mark_and_tell(self, watch: SavedWatch, found: list[Overwrite]) -> None:
        from leadeditor.editing.after_save import mark_overwritten

        wf = await self.w.workflow()
        await tasks.in_thread(mark_overwritten, watch, found, wf.journal)
        self._overwritten(watch, found)

    def _overwritten(self, watch: SavedWatch, found: list[Overwrite]) -> None:
        """The visible notice, with "Re-apply" through the normal safe path."""
        self.watches.pop(watch.lead_id, None)
        text = " ".join(overwritten_text(watch.lead_id, o.label, o.now) for o in found)
        self.w.set_status(text, "warn")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Your save was overwritten"),
            text + "\n\n" + tr("The journal entry is marked “overwritten later”."),
            QMessageBox.StandardButton.NoButton,
            self.w.window(),
        )
        box.setObjectName("overwrittenNotice")
        reapply = box.addButton(tr("Re-apply my change…"), QMessageBox.ButtonRole.AcceptRole)
        reapply.setObjectName("overwrittenReapply")
        box.addButton(tr("Leave it"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self.w.spawn(self.reapply(watch)) if b is reapply else None)
        self.overwrittenNotice = box
        box.open()
        self.refresh_journal()

    async def reapply(self, watch: SavedWatch) -> SaveOutcome | None:
        """The overwritten change again, on the lead's values now, confirmed and checked like any save."""
        wf = await self.w.workflow()
        fresh = await tasks.in_thread(
            wf.load, watch.lead_id, entry_list_id=watch.changeset.lead.entry_list_id
        )
        self._show_lead(fresh)
        form = self.w.form
        rebased = watch.changeset.copy_for(fresh)
        if (
            form.lead is not None
            and not form.is_common
            and form.lead.lead_id == watch.lead_id
            and form.edit_count() == 0
        ):
            form.set_lead(fresh)
            for key, value in watch.stored.items():
                form.set_edit(key, value)
            if form.changeset is not None and form.changeset.has_writes:
                return await self.save_form()
            return None
        if not rebased.has_writes:
            self.w.set_status(
                tr("Lead {0} already holds your change again; nothing was sent.").format(watch.lead_id),
                "info",
            )
            return None
        heading = tr("Re-apply your change to lead {0}?").format(watch.lead_id)
        return await self.write(rebased, heading=heading)

    def _show_lead(self, lead: Lead, *, replace_edits: bool = False) -> None:
        """Show the lead as the server holds it now, in the results and, when it is open there, in the form
        (never over edits the user has not saved, unless those edits are what was just saved)."""
        w = self.w
        model = w.results.model
        old = next((c for c in model.candidates() if c.lead_id == lead.lead_id), None)
        if old is not None:
            model.replace(Candidate(lead.lead_id, lead, old.server_pick, lead.note, lead.list_id))
        form_lead = w.form.lead
        if (
            form_lead is not None
            and not w.form.is_common
            and form_lead.lead_id == lead.lead_id
            and (replace_edits or w.form.edit_count() == 0)
        ):
            w.form.set_lead(lead)

    def _open_unknown_outcome(self, outcome: SaveOutcome) -> None:
        from leadeditor.ui.outcome_dialog import UnknownOutcomeDialog

        w = self.w
        dialog = UnknownOutcomeDialog(outcome.lead_id, outcome.resolution, w.window())
        w.outcomeDialog = dialog

        def check_again() -> None:
            w.spawn(self._check_again(outcome, dialog))

        dialog.checkAgainRequested.connect(check_again)
        dialog.open()

    async def _check_again(self, outcome: SaveOutcome, dialog: Any) -> None:
        w = self.w
        dialog.set_checking(True)
        try:
            wf = await w.workflow()
            await tasks.in_thread(wf.check_again, outcome)
        except Exception as exc:  # the read itself failed: still unknown, say why
            from leadeditor.ui.messages import describe_error

            dialog.set_check_failed(describe_error(exc)[1])
            return
        if outcome.resolution is not None:
            dialog.set_resolution(outcome.resolution)
        if outcome.stored is not None:  # the form shows the change just resolved: show the lead as stored
            self._show_lead(outcome.stored, replace_edits=w.form.changeset is outcome.changeset)
        w.set_status(
            outcome_status(outcome),
            _TONE.get(outcome.status, "warn"),
        )
        self.refresh_journal()

    # -- several leads -----------------------------------------------------------------------------------
    async def save_many(self, template: ChangeSet, candidates: Sequence[Candidate]) -> dict[int, str]:
        """One change, lead by lead, each by its lead ID, with progress, Cancel and a per-lead table."""
        from leadeditor.editing.multi_lead import common_change
        from leadeditor.ui.outcome_dialog import MultiLeadOutcomeWidget

        w = self.w
        if await self._journal_refuses():
            return {}
        try:
            change = common_change(template, candidates)
        except ValueError as exc:
            w.set_status(texts.common_change_refused(exc), "warn")
            return {}
        description = texts.common_change_text(change, template)
        if not await self._confirm_many(change):
            w.set_status(tr("Nothing was sent. Your edits are still in the form."), "info")
            return {}
        dialog = RememberedDialog(w.window())
        dialog.geometry_key = "multiLead"
        dialog.setObjectName("multiLeadDialog")
        dialog.setWindowTitle(tr("One change, several leads"))
        layout = QVBoxLayout(dialog)
        widget = MultiLeadOutcomeWidget(dialog)
        layout.addWidget(widget, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dialog)
        close.rejected.connect(dialog.accept)
        close.setEnabled(False)
        layout.addWidget(close)
        dialog.remember(QSize(760, 420))
        self.multi_dialog = dialog
        token = CancelToken()
        widget.cancelRequested.connect(token.cancel)
        widget.start(change.lead_ids, description)
        dialog.open()
        results: dict[int, str] = {}
        wf = await w.workflow()
        w.begin_busy(tr("Applying to %n leads…", None, len(change.tasks)), token)
        try:
            for task in change.tasks:
                if token.cancelled:
                    break
                widget.set_working(task.lead_id)
                outcome = None
                if task.changeset is not None:
                    outcome = await tasks.in_thread(wf.save, task.changeset)
                    if outcome.stored is not None:
                        self._show_lead(outcome.stored)
                label, detail = lead_result(outcome, texts.skip_text(task.skipped))
                if outcome is not None and label == "failed":
                    detail = error_text(outcome.error) if outcome.error is not None else detail
                widget.set_outcome(task.lead_id, label, detail)
                results[task.lead_id] = label
        finally:
            w.end_busy()
            widget.finish(cancelled=token.cancelled)
            close.setEnabled(True)
        form = w.form
        stored_all = not token.cancelled and all(v in ("saved", "as requested") for v in results.values())
        if form.is_common and stored_all:  # applied everywhere: the form shows the leads as they are now
            by_id = {c.lead_id: c.lead for c in w.results.model.candidates()}
            form.set_common(
                [by_id.get(i) or lead for i, lead in zip(form.common_ids, form.common_leads, strict=True)]
            )
        # otherwise the edits stay in the form, unsaved, as after a failed single save
        w.set_status(
            widget.summary.text(),
            "ok" if all(v in ("saved", "as requested") for v in results.values()) else "warn",
        )
        self.refresh_journal()
        return results

    async def _confirm_many(self, change: CommonChange) -> bool:
        """Read each lead fresh and show the change lead by lead (Now → Will be stored); True when the user
        confirms. Nothing is sent here."""
        from leadeditor.editing.multi_lead import preview_common
        from leadeditor.ui.several_confirm import SeveralConfirmDialog

        w = self.w
        wf = await w.workflow()
        token = CancelToken()
        cancelled = w.begin_busy(tr("Reading %n leads…", None, len(change.tasks)), token)
        try:
            previews = await tasks.in_thread(
                preview_common, change, wf.read, stop=lambda: token.cancelled, cancelled=cancelled
            )
        except asyncio.CancelledError:
            return False
        finally:
            w.end_busy()
        if token.cancelled:
            return False
        self.several_confirm = SeveralConfirmDialog(
            previews, server=w.server_name(), ignored=change.ignored, parent=w.window()
        )
        accepted = await tasks.dialog_result(self.several_confirm) == QDialog.DialogCode.Accepted
        self.several_confirm.deleteLater()
        return accepted

    # -- journal and undo --------------------------------------------------------------------------------
    async def journal(self) -> Journal:
        return await self.w.journal()

    async def show_journal(self) -> Any:
        from leadeditor.ui.journal_window import JournalWindow

        journal = await self.journal()
        if self.journal_window is None:
            self.journal_window = JournalWindow(journal)
            self.journal_window.setWindowTitle(self.w.journal_title())
            self.journal_window.undoRequested.connect(lambda eid: self.w.spawn(self.undo(eid)))
            self.journal_window.undoBatchRequested.connect(self.w.undo_batch)
            self.journal_window.exported.connect(
                lambda path, rows: self.w.set_status(
                    tr("Exported %n journal entries to {1}.", None, rows).format(rows, path), "ok"
                )
            )
        self.journal_window.refresh()
        self.journal_window.show()
        self.journal_window.raise_()
        self.journal_window.activateWindow()
        return self.journal_window

    def refresh_journal(self) -> None:
        if self.journal_window is not None:
            self.journal_window.refresh()

    async def undo(self, entry_id: int) -> SaveOutcome | None:
        """Write an entry's before values back, through the same checks as any save. The confirmation's
        "Now" is the lead read fresh from the server, not what the journal stored."""
        from leadeditor.editing.journaling import undo_changeset

        w = self.w
        journal = await self.journal()
        wf = await w.workflow()
        request = undo_changeset(journal.get(entry_id), non_latin=wf.non_latin)
        problems = undo_problems(request.plan)
        if request.changeset is None:
            w.set_status(
                tr("Journal entry {0} cannot be undone. {1}").format(entry_id, " ".join(problems)), "warn"
            )
            return None
        lead_id = request.entry.lead_id
        w.begin_busy(tr("Reading lead {0}…").format(lead_id))
        try:
            fresh = await tasks.in_thread(wf.read, lead_id)
        finally:
            w.end_busy()
        changeset = request.changeset.copy_for(fresh)
        if not changeset.has_writes:  # the lead already holds the old values: no conflict, nobody to blame
            w.set_status(
                tr("Nothing to do: lead {0} already holds the values from before entry {1}.").format(
                    lead_id, entry_id
                ),
                "info",
            )
            self._show_lead(fresh)
            return None
        changed = [
            c
            for c, v in request.plan.expected_now.items()
            if c in request.plan.changes and fresh.values.get(c, v) != v
        ]
        if changed:
            since = tr("Changed since this entry: {0}. “Now” shows the server's values.")
            problems = [*problems, since.format(", ".join(field_label(c) for c in changed))]
        note = "\n".join(tr("⚠ ") + p for p in problems)
        return await self.write(
            changeset,
            action="undo",
            undo_of=entry_id,
            note=note,
            heading=tr("Undo journal entry {0}: put lead {1} back as it was?").format(entry_id, lead_id),
        )

    async def undo_last_save(self) -> SaveOutcome | None:
        """Edit → Undo: the newest correction of this session's user and server that is not undone yet. Undo
        entries are passed over, so pressing it again steps back one save further instead of redoing."""
        from leadeditor.editing.journal import Action, EntryFilter
        from leadeditor.ui.journal_window import undo_block_reason

        w = self.w
        journal = await self.journal()
        recorder = (await w.workflow()).journal
        if recorder is None:
            return None
        me = recorder.context
        for summary in journal.page(EntryFilter(api_user=me.api_user), limit=50):
            mine = summary.server == me.server and summary.action is Action.UPDATE
            if mine and not undo_block_reason(summary):
                return await self.undo(summary.id)
        w.set_status(tr("Nothing to undo: no saved change of yours in the journal."), "info")
        return None

    # -- advanced: reset, delete, add --------------------------------------------------------------------
    async def reset_or_delete(self, action: str) -> Any:
        from leadeditor.editing import lead_admin
        from leadeditor.ui.typed_confirm import TypedConfirmDialog

        w = self.w
        lead = w.form.lead
        if lead is None or w.form.is_common or lead.lead_id <= 0:
            w.set_status(tr("Select one lead first: reset and delete work on one lead at a time."), "warn")
            return None
        lead_id = lead.lead_id
        if action == "delete":
            title = tr("Delete lead {0}").format(lead_id)
            text = tr(
                "The lead is removed from the server with its scheduled callbacks. The server keeps no "
                "copy and has no undo; Lead Editor keeps its full record in the journal."
            )
            button = tr("Delete lead")
        else:
            title = tr("Reset lead {0}").format(lead_id)
            text = tr(
                "The lead becomes dialable again in its list: it counts as {0}. Its other fields are not "
                "changed."
            ).format(glossary.called_since_last_reset("N"))
            button = tr("Reset lead")
        w.typedConfirmDialog = TypedConfirmDialog(
            lead_id, title, text, button, w.window(), who=lead_identity(lead)
        )
        accepted = await tasks.dialog_result(w.typedConfirmDialog) == QDialog.DialogCode.Accepted
        w.typedConfirmDialog.deleteLater()
        if not accepted:
            w.set_status(tr("Nothing was sent."), "info")
            return None
        wf = await w.workflow()
        fn = lead_admin.delete_lead if action == "delete" else lead_admin.reset_lead
        w.begin_busy(tr("Working on lead {0}…").format(lead_id))
        try:
            result = await tasks.in_thread(fn, wf, lead_id)
        finally:
            w.end_busy()
        message = admin_message(result)
        w.set_status(status_after(message, lead_id, result.error), "ok" if result.done else "warn")
        if action == "delete" and result.done:
            w.form.set_lead(None, problem=message)
            w.results.model.set_candidates([c for c in w.results.model.candidates() if c.lead_id != lead_id])
        self.refresh_journal()
        return result

    async def add_lead(self) -> Any:
        from leadeditor.editing import lead_admin
        from leadeditor.ui.add_lead_dialog import AddLeadDialog

        w = self.w
        pane = w.searchPane
        list_id = pane.listIdInput.text().strip()
        w.addLeadDialog = AddLeadDialog(pane.phoneInput.text().strip(), list_id, w.window())
        accepted = await tasks.dialog_result(w.addLeadDialog) == QDialog.DialogCode.Accepted
        d = w.addLeadDialog
        d.deleteLater()
        if not accepted:
            return None
        wf = await w.workflow()
        w.begin_busy(tr("Adding the lead…"))
        try:
            result = await tasks.in_thread(
                lead_admin.insert_lead,
                wf,
                d.phoneCode.text().strip(),
                d.phoneNumber.text(),
                int(d.listId.text()),
                d.values(),
            )
        except ValueError as exc:
            w.set_status(error_text(exc), "warn")  # a refused value: its note in words
            return None
        finally:
            w.end_busy()
        w.set_status(status_after(admin_message(result), None, result.error), "ok" if result.done else "warn")
        self.refresh_journal()
        if result.done and result.lead_id:
            from leadeditor.editing.search import SearchMethod, SearchRequest

            await w.search(
                SearchRequest(lead_id=str(result.lead_id), methods=frozenset({SearchMethod.LEAD_ID}))
            )
        return result


def outcome_status(outcome: SaveOutcome) -> str:
    """The status line after a save. A write that found no lead, after a read that found none either, says
    the lead is gone: the write's own answer cannot tell a deleted lead from one outside the user's lists."""
    from leadeditor.editing.read_problems import ReadProblem
    from leadeditor.vicidial.errors import LeadNotFound

    if outcome.unread is ReadProblem.GONE and isinstance(outcome.error, LeadNotFound):
        return gone_after_write(outcome.lead_id)
    return status_after(save_message(outcome), outcome.lead_id, outcome.error)


def unchecked_reason(error: UncheckedLead) -> str:
    """Why the lead could not be checked: the read error's own sentence (a revoked permission says so, with
    the server's capitalisation kept), else the workflow's reason."""
    from leadeditor.editing.read_problems import ReadProblem

    if error.reason is ReadProblem.GONE:
        return gone_before_write(error.lead_id)
    if error.cause is not None:
        return tr("The current values of lead {0} could not be read to check them. {1}").format(
            error.lead_id, error_text(error.cause)
        )
    reason = stop_reason(error).rstrip(".")  # one full stop, whatever the reason ends with
    return reason[:1].upper() + reason[1:] + "."  # never str.capitalize(): it lowercases the server's words


def _settle_seconds() -> float:
    """The settle delay from the one settings object (the default when it cannot be read)."""
    from leadeditor.settings import DEFAULT_SETTLE_SECONDS, Settings

    try:
        return Settings.load().settle_seconds()
    except Exception:  # a settings problem is reported at sign-in; the watch still needs a delay
        return DEFAULT_SETTLE_SECONDS


def lead_identity(lead: Lead) -> str:
    """The lead as a person recognises it: number, name, phone number and list."""
    from leadeditor.vicidial import columns as col

    return tr("Lead {0} · {1} · phone {2} · list {3}").format(
        lead.lead_id,
        lead.full_name or tr("(no name)"),
        lead.value(col.PHONE_NUMBER) or tr("(none)"),
        lead.value(col.LIST_ID) or "?",
    )


def stored_change(outcome: SaveOutcome) -> bool:
    """True when the server holds the change now (saved, or it already held it): the edits are done."""
    return outcome.status in (SaveStatus.SAVED, SaveStatus.ALREADY_SO)


def conflict_fresh(outcome: SaveOutcome) -> Lead:
    """The values the server holds now, as read by the conflict check."""
    assert isinstance(outcome.error, ConflictFound)
    return outcome.error.fresh


def _as_written(outcome: SaveOutcome) -> Lead:
    """The lead with the values just written (read back where possible, else as predicted)."""
    from leadeditor.editing.lead import READ_COLUMNS

    values = dict(outcome.changeset.predictions())
    if outcome.verification is not None:
        values.update({k: v for k, v in outcome.verification.stored.items() if v is not None})
    base = outcome.changeset.lead
    merged = {**base.values, **{k: v for k, v in values.items() if k in READ_COLUMNS}}
    custom = {**base.custom, **{k: v for k, v in values.items() if k not in READ_COLUMNS}}
    return Lead(base.lead_id, merged, custom, base.note, base.known)
