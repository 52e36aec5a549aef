"""What the window's write actions may use of the main window: its public face, typed.

`write_actions` depends on this protocol, never on `main_window` (which imports `write_actions`), so the
two have no import cycle, type-level imports included. `MainWindow` implements it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Coroutine

    from PySide6.QtWidgets import QWidget

    from leadeditor.editing.journal import Journal
    from leadeditor.editing.search import SearchRequest
    from leadeditor.editing.workflow import CorrectionWorkflow, SaveOutcome
    from leadeditor.ui.lead_form import LeadForm
    from leadeditor.ui.results import ResultsPanel
    from leadeditor.ui.search_pane import SearchPane

__all__ = ["WindowPort"]


class WindowPort(Protocol):
    @property
    def form(self) -> LeadForm: ...

    results: ResultsPanel
    searchPane: SearchPane
    last_outcome: SaveOutcome | None
    # the dialogs of the last write, kept on the window for tests and automation
    confirmDialog: Any
    conflictDialog: Any
    outcomeDialog: Any
    differencesDialog: Any
    typedConfirmDialog: Any
    addLeadDialog: Any

    def window(self) -> QWidget:
        """The window itself, as the parent of the dialogs (QWidget.window)."""
        ...

    def set_status(self, text: str, tone: str = "info") -> None: ...

    def server_name(self) -> str: ...

    def journal_title(self) -> str: ...

    def begin_busy(self, text: str, token: Any = None) -> asyncio.Future[None]: ...

    def end_busy(self) -> None: ...

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> Any: ...

    async def workflow(self) -> CorrectionWorkflow: ...

    async def journal(self) -> Journal: ...

    def undo_batch(self, batch_id: int) -> Any: ...  # the journal's Undo this batch… (the batch window)

    async def search(self, request: SearchRequest) -> bool: ...
