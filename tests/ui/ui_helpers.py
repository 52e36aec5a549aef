"""Helpers for the GUI tests: drive the window the way a user would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leadeditor.editing.search import SearchScope
from leadeditor.ui.results import COLUMN_INDEX, PICK_TEXT


def search(
    qtbot: Any,
    window: Any,
    phone: str = "",
    *,
    scope: SearchScope = SearchScope.SYSTEM,
    list_id: str = "",
    lead_id: str = "",
    vendor: str = "",
) -> None:
    """Fill the search pane as a user would and press Enter; wait until the search has finished."""
    pane = window.searchPane
    pane.matchLeadId.setChecked(bool(lead_id))
    pane.matchVendorCode.setChecked(bool(vendor))
    pane.matchPhone.setChecked(bool(phone))
    pane.leadIdInput.setText(lead_id)
    pane.vendorCodeInput.setText(vendor)
    pane.set_scope(scope)
    pane.listIdInput.setText(list_id)
    pane.phoneInput.setText(phone)
    before = window.completed_searches
    qtbot.keyClick(pane.phoneInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.completed_searches > before and not window.busy, timeout=30000)


def shown_ids(window: Any) -> list[int]:
    return [c.lead_id for c in window.results.model.candidates()]


def marked(window: Any) -> list[int]:
    """Leads whose row says, in words, that the server would update them."""
    model = window.results.model
    return [
        c.lead_id
        for r, c in enumerate(model.candidates())
        if model.index(r, COLUMN_INDEX["pick"]).data() == PICK_TEXT
    ]


def select(qtbot: Any, window: Any, lead_id: int) -> None:
    window.results.select_lead(lead_id)
    qtbot.waitUntil(
        lambda: window.form.lead is not None and window.form.lead.lead_id == lead_id and not window.busy,
        timeout=30000,
    )


def edit_together(qtbot: Any, window: Any, lead_ids: list[int]) -> None:
    """Select these leads and choose "Edit N selected leads together" (a selection alone never does)."""
    window.results.select_leads(lead_ids)
    qtbot.waitUntil(lambda: window.actionEditSeveral.isEnabled(), timeout=5000)
    window.actionEditSeveral.trigger()
    qtbot.waitUntil(lambda: window.form.is_common and not window.busy, timeout=5000)


def several_confirm(qtbot: Any, window: Any) -> Any:
    """Wait for the per-lead confirmation of a change to several leads; return it."""

    def shown() -> Any:
        dialog = window.writes().several_confirm
        try:
            return dialog if dialog is not None and dialog.isVisible() else None
        except RuntimeError:  # deleted after it closed
            return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=30000)
    return shown()
