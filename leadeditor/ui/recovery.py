"""After sign-in: what an earlier session left unfinished on this server, offered back without blocking.

Three kinds of rows, in one non-modal window (`recoveryDialog`):
- batches from a file left unfinished (a kill mid-batch, a cancel, a stop): "Resume (812 of 2,000 done)"
  reads back the rows whose outcome is unknown first, then writes the rest (`ui.batch_window`); "Review"
  shows each row's outcome so far; "Discard" stops offering it;
- writes whose outcome is still unknown (the app was killed mid-save, or the answer was lost): "Check now"
  reads the lead once and completes the journal entry with what the read proves (`editing.recovery`);
  nothing is ever sent again;
- drafts of unsaved edits (`editing.drafts`): "Restore" loads the lead fresh and types the edits in again,
  saying when the lead changed since; "Discard" removes the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.drafts import Draft, DraftStore
from leadeditor.editing.journal import Action, JournalEntry
from leadeditor.editing.recovery import Checked, check_write, checkable
from leadeditor.editing.safety import ResolutionState
from leadeditor.ui import tasks
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.glossary import empty
from leadeditor.ui.texts import (
    batch_resume_label,
    batch_unfinished_line,
    checked_write_line,
    draft_line,
    draft_restored,
    field_label,
    in_sentence,
    tr,
    unknown_write_line,
)
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import Blank

if TYPE_CHECKING:
    from collections.abc import Coroutine, Mapping, Sequence
    from datetime import datetime

    from leadeditor.editing.batch.ledger import BatchInfo, BatchLedger
    from leadeditor.editing.journal import Journal
    from leadeditor.editing.lead import Lead
    from leadeditor.editing.workflow import CorrectionWorkflow
    from leadeditor.ui.lead_form import LeadForm

__all__ = ["RecoveryDialog", "RecoveryHost", "offer_recovery"]


class RecoveryHost(Protocol):
    """What recovery uses of the main window (a protocol: no import of `main_window`, no cycle)."""

    @property
    def form(self) -> LeadForm: ...

    def window(self) -> QWidget: ...

    def set_status(self, text: str, tone: str = "info") -> None: ...

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> Any: ...

    async def workflow(self) -> CorrectionWorkflow: ...

    async def journal(self) -> Journal: ...

    async def may_discard_edits(self) -> bool: ...

    def show_lead_for_edit(self, lead: Lead) -> None: ...

    def journal_changed(self) -> None: ...

    def open_batch_window(self) -> Any: ...


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _value(value: str | Blank | None) -> str:
    if isinstance(value, Blank):
        return empty()
    return f"“{value}”" if value else empty()


def _fields(pairs: Mapping[str, str | Blank | None]) -> str:
    return ", ".join(f"{in_sentence(field_label(c))} → {_value(v)}" for c, v in pairs.items())


def _asked(entry: JournalEntry, column: str) -> str:
    return next(
        (f.requested for f in entry.fields if f.column == column and isinstance(f.requested, str)), ""
    )


def _unknown_line(entry: JournalEntry, fields: str) -> str:
    when = _when(entry.time)
    if entry.action is Action.RESET:
        return tr(
            "Lead {0}: a reset for dialing at {1} stopped before its answer came; whether it reached the "
            "server is unknown."
        ).format(entry.lead_id, when)
    if entry.action is Action.DELETE:
        return tr(
            "Lead {0}: a deletion at {1} stopped before its answer came; whether the lead was deleted is "
            "unknown."
        ).format(entry.lead_id, when)
    if entry.action is Action.INSERT:
        return tr(
            "A new lead with phone number {0} (list {1}), added at {2}, stopped before its answer came; "
            "whether it was added is unknown."
        ).format(_asked(entry, col.PHONE_NUMBER), _asked(entry, col.LIST_ID), when)
    return unknown_write_line(entry.lead_id, when, fields)


def _checked_line(entry: JournalEntry, checked: Checked) -> str:
    """What the read proved, per kind of write (an update's words are shared with the journal window)."""
    state, lead_id = checked.state, entry.lead_id
    if entry.action is Action.RESET:
        if checked.final:
            return tr(
                "Lead {0}: reading it back shows it is reset for dialing. The journal says so now."
            ).format(lead_id)
        return tr(
            "Lead {0}: reading it back could not tell whether the reset was done. Nothing was sent again."
        ).format(lead_id)
    if entry.action is Action.DELETE:
        if state is ResolutionState.APPLIED:
            return tr("Lead {0} no longer exists: the deletion was done. The journal says so now.").format(
                lead_id
            )
        if state is ResolutionState.NOT_APPLIED:
            return tr("Lead {0} still exists: it was not deleted. Nothing was sent again.").format(lead_id)
        return tr(
            "Lead {0} could not be read: whether it was deleted is still unknown. Nothing was sent again."
        ).format(lead_id)
    if entry.action is Action.INSERT:
        phone = _asked(entry, col.PHONE_NUMBER)
        if state is ResolutionState.APPLIED:
            return tr(
                "The new lead with phone number {0} was added: it is lead {1}. The journal says so now."
            ).format(phone, checked.lead_id)
        return tr("No lead has phone number {0}: the new lead was not added. Nothing was sent again.").format(
            phone
        )
    return checked_write_line(lead_id, state.value)


async def offer_recovery(
    host: RecoveryHost, drafts: DraftStore, server: str, user: str
) -> RecoveryDialog | None:
    """List what is left over for `server` and `user`; None (and nothing shown) when nothing is."""
    from leadeditor.editing.batch.ledger import BatchLedger

    journal = await host.journal()
    unknown = await tasks.in_thread(journal.unknown_writes, server, user)
    ledger = BatchLedger(journal)
    batches = [
        b
        for b in await tasks.in_thread(lambda: ledger.batches(unfinished_only=True, server=server))
        if b.api_user == user
    ]
    resumed = {b.id for b in batches}  # their unknown writes are read back by the resume itself
    unknown = [e for e in unknown if e.batch_id not in resumed]
    offered = drafts.for_server(server, user)
    if not unknown and not offered and not batches:
        return None
    dialog = RecoveryDialog(host, drafts, unknown, offered, batches, ledger)
    dialog.show()
    return dialog


class RecoveryDialog(RememberedDialog):
    geometry_key = "recovery"

    def __init__(
        self,
        host: RecoveryHost,
        drafts: DraftStore,
        unknown: list[JournalEntry],
        offered: list[Draft],
        batches: Sequence[BatchInfo] = (),
        ledger: BatchLedger | None = None,
    ) -> None:
        super().__init__(host.window())
        self.host = host
        self.drafts = drafts
        self.ledger = ledger
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(tr("Left over from an earlier session"))
        self.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable meanwhile
        self.lines: dict[str, QLabel] = {}  # by row name, for tests and automation
        self.buttons: dict[str, QPushButton] = {}

        body = QWidget()
        self.grid = QGridLayout(body)
        self._row = 0
        if batches:
            self._heading(
                tr(
                    "Batches from a file that did not finish. Resume reads back the rows whose outcome is "
                    "unknown first; nothing is sent twice."
                )
            )
        for info in batches:
            name = f"batch_{info.id}"
            self._line(name, batch_unfinished_line(info.id, info.source, info.done, info.total))
            self._button(
                name,
                f"resumeBatch_{info.id}",
                batch_resume_label(info.done, info.total),
                lambda _=False, b=info.id: self.open_batch(b, "resume"),
            )
            self._button(
                name,
                f"reviewBatch_{info.id}",
                tr("Re&view"),
                lambda _=False, b=info.id: self.open_batch(b, "review"),
                column=2,
            )
            self._button(
                name,
                f"discardBatch_{info.id}",
                tr("Discard"),
                lambda _=False, b=info.id: self.discard_batch(b),
                column=3,
            )
            self._row += 1
        if unknown:
            self._heading(
                tr("Saves whose outcome is unknown. “Check now” reads the lead; nothing is sent again.")
            )
        for entry in unknown:
            changes = {f.column: f.requested for f in entry.fields if f.requested is not None}
            name = f"unknown_{entry.id}"
            self._line(name, _unknown_line(entry, _fields(changes)))
            if checkable(entry):
                self._button(
                    name,
                    f"checkNow_{entry.id}",
                    tr("Check now"),
                    lambda _=False, e=entry: self.host.spawn(self.check(e)),
                )
            self._row += 1
        if offered:
            self._heading(tr("Unsaved changes kept from an earlier session."))
        for draft in offered:
            name = f"draft_{draft.key.lead_id}"
            self._line(name, draft_line(draft.key.lead_id, _when(draft.saved_at), _fields(draft.edits)))
            self._button(
                name,
                f"restoreDraft_{draft.key.lead_id}",
                tr("Restore"),
                lambda _=False, d=draft: self.host.spawn(self.restore(d)),
            )
            self._button(
                name,
                f"discardDraft_{draft.key.lead_id}",
                tr("Discard"),
                lambda _=False, d=draft: self.discard(d),
                column=2,
            )
            self._row += 1

        self.grid.setColumnStretch(0, 1)  # the sentence takes the width, the buttons keep theirs
        self.grid.setRowStretch(self._row, 1)  # rows stay at the top
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        self.remember(QSize(720, 320))

    def _heading(self, text: str) -> None:
        label = QLabel(f"<b>{text}</b>")
        label.setWordWrap(True)
        self.grid.addWidget(label, self._row, 0, 1, 3)
        self._row += 1

    def _line(self, name: str, text: str) -> None:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.grid.addWidget(label, self._row, 0)
        self.lines[name] = label

    def _button(self, row_name: str, name: str, text: str, slot: Callable[..., Any], column: int = 1) -> None:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleDescription(self.lines[row_name].text())
        button.clicked.connect(slot)
        self.grid.addWidget(button, self._row, column)
        self.buttons[name] = button

    # -- actions

    def open_batch(self, batch_id: int, how: str) -> Any:
        """Resume or review a batch in the batch window; the offer's buttons are spent."""
        window = self.host.open_batch_window()
        if how == "resume":
            for kind in ("resumeBatch", "discardBatch"):
                self.buttons[f"{kind}_{batch_id}"].setEnabled(False)
            self.host.spawn(window.resume(batch_id))
        else:
            self.host.spawn(window.review(batch_id))
        return window

    def discard_batch(self, batch_id: int) -> None:
        """Not offered again; the rows it wrote keep their journal entries (and their undo)."""
        from leadeditor.editing.batch.ledger import BatchState

        if self.ledger is not None:
            self.ledger.set_state(batch_id, BatchState.DISCARDED)
        for kind in ("resumeBatch", "discardBatch"):
            self.buttons[f"{kind}_{batch_id}"].setEnabled(False)
        self.lines[f"batch_{batch_id}"].setText(
            tr("Batch {0} discarded: it is not offered again.").format(batch_id)
        )

    async def check(self, entry: JournalEntry) -> None:
        """Read the lead once and record in the journal what the read proves."""
        button = self.buttons[f"checkNow_{entry.id}"]
        button.setEnabled(False)
        line = self.lines[f"unknown_{entry.id}"]
        try:
            wf = await self.host.workflow()
            journal = await self.host.journal()
            checked = await tasks.in_thread(check_write, entry, wf, journal, non_latin=wf.non_latin)
        except Exception as exc:  # the read failed: still unknown, and the user may try again
            from leadeditor.ui.messages import describe_error

            line.setText(tr("{0} The check failed: {1}").format(line.text(), describe_error(exc)[1]))
            button.setEnabled(True)
            return
        line.setText(_checked_line(entry, checked))
        button.setEnabled(not checked.final)
        self.host.journal_changed()

    async def restore(self, draft: Draft) -> None:
        """Load the lead fresh, type the draft's edits in again, and say whether the lead changed since."""
        lead_id = draft.key.lead_id
        if not await self.host.may_discard_edits():
            return
        for name in (f"restoreDraft_{lead_id}", f"discardDraft_{lead_id}"):
            self.buttons[name].setEnabled(False)
        try:
            wf = await self.host.workflow()
            lead = await tasks.in_thread(wf.load, lead_id)
        except Exception as exc:
            from leadeditor.ui.messages import describe_error

            self.lines[f"draft_{lead_id}"].setText(describe_error(exc)[1])
            for name in (f"restoreDraft_{lead_id}", f"discardDraft_{lead_id}"):
                self.buttons[name].setEnabled(True)
            return
        changed = [
            in_sentence(field_label(c))
            for c, was in draft.loaded.items()
            if (lead.custom.get(c, "") if c in lead.custom else lead.value(c)) != was
        ]
        self.host.show_lead_for_edit(lead)
        self.host.form.apply_edits(draft.edits)
        text = draft_restored(lead_id, ", ".join(changed))
        self.lines[f"draft_{lead_id}"].setText(text)
        self.host.set_status(text, "warn" if changed else "info")

    def discard(self, draft: Draft) -> None:
        self.drafts.remove(draft.key)
        lead_id = draft.key.lead_id
        for name in (f"restoreDraft_{lead_id}", f"discardDraft_{lead_id}"):
            self.buttons[name].setEnabled(False)
        self.lines[f"draft_{lead_id}"].setText(
            tr("Lead {0}: the unsaved changes were discarded.").format(lead_id)
        )
