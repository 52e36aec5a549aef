"""Keeps the form's unsaved edits on disk as a draft, a moment after each change, so a crash loses nothing.

The draft of a lead is removed once its edits are gone from the form: saved (the form shows the stored
values), discarded, or reverted. The file is small and written atomically (`editing.drafts.DraftStore`), so
this runs on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from leadeditor.editing.drafts import DraftKey, DraftStore

if TYPE_CHECKING:
    from leadeditor.ui.lead_form import LeadForm

__all__ = ["DRAFT_PAUSE_MS", "DraftKeeper"]

DRAFT_PAUSE_MS = 700  # after the last keystroke: a burst of typing is one write of the file


class DraftKeeper(QObject):
    """Mirrors the form's edits of one lead into `store`, for one server and API user."""

    def __init__(
        self, form: LeadForm, store: DraftStore, server: str, user: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.store = store
        self.server = server
        self.user = user
        self._drafted: DraftKey | None = None  # the lead whose draft is on disk now
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(DRAFT_PAUSE_MS)
        self._pause.timeout.connect(self.sync)
        form.editsChanged.connect(self._edited)

    def _edited(self, _count: int) -> None:
        self._pause.start()

    def _key(self) -> DraftKey | None:
        lead = self.form.lead
        if lead is None or not lead.known or self.form.is_common or lead.lead_id <= 0:
            return None  # a lead whose values are unknown, or several leads: nothing to offer back later
        return DraftKey(self.server, self.user, lead.lead_id)

    def sync(self) -> None:
        """Write the form's edits now (or remove the draft they left)."""
        self._pause.stop()
        key = self._key()
        if self._drafted is not None and self._drafted != key:
            self.store.remove(self._drafted)  # the form left that lead: its edits were saved or discarded
            self._drafted = None
        changeset = self.form.changeset
        lead = self.form.lead
        if key is None or changeset is None or lead is None:
            return
        edits = {**changeset.edits, **changeset.custom_edits}
        if not edits:
            self.store.remove(key)
            self._drafted = None
            return
        # the values these fields held when editing began: on restore, a difference means the lead changed
        loaded = {c: lead.custom.get(c, "") if c in changeset.custom_edits else lead.value(c) for c in edits}
        self.store.put(key, loaded, edits)
        self._drafted = key

    def discard(self) -> None:
        """The user chose to drop the form's edits (e.g. on quitting): their draft goes too."""
        self._pause.stop()
        key = self._drafted or self._key()
        if key is not None:
            self.store.remove(key)
        self._drafted = None

    def stop(self) -> None:
        """Another sign-in: write what is pending and stop following the form."""
        if self._pause.isActive():
            self.sync()
        self.form.editsChanged.disconnect(self._edited)
