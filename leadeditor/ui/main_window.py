"""The main window: search pane, results, lead form, status area with a busy indicator and Cancel.

All network work goes through `editing.CorrectionWorkflow` in worker threads (qasync); widgets are touched
here, on the GUI thread. asyncio, the client and requests are imported on first use, after the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from leadeditor import APP_NAME
from leadeditor.editing.search import SearchRequest
from leadeditor.ui import accessibility
from leadeditor.ui.announce import announce
from leadeditor.ui.geometry import RememberGeometry, available_area, fit_on_screen
from leadeditor.ui.messages import describe_error, show_error
from leadeditor.ui.results import ResultsPanel
from leadeditor.ui.search_pane import SearchPane
from leadeditor.ui.texts import lead_note_text, tr
from leadeditor.ui.theme import Tone, styled, swatch, text_style

if TYPE_CHECKING:
    import asyncio
    from pathlib import Path

    from leadeditor.editing.journal import Journal
    from leadeditor.editing.lead import Candidate, Lead
    from leadeditor.editing.lead_client import LeadClient
    from leadeditor.editing.session import EditingSession
    from leadeditor.editing.workflow import CorrectionWorkflow, SaveOutcome
    from leadeditor.ui.draft_keeper import DraftKeeper
    from leadeditor.ui.lead_form import LeadForm
    from leadeditor.ui.write_actions import WriteActions

_TONES = {  # status tone → (icon, colours); the words carry the meaning, the colour only supports it
    "info": (QStyle.StandardPixmap.SP_MessageBoxInformation, None),
    "ok": (QStyle.StandardPixmap.SP_DialogApplyButton, Tone.OK),
    "warn": (QStyle.StandardPixmap.SP_MessageBoxWarning, Tone.WARNING),
    "error": (QStyle.StandardPixmap.SP_MessageBoxCritical, Tone.ERROR),
}


def _banner_style() -> str:
    s = swatch(Tone.SANDBOX)
    return (
        f"QLabel#sandboxBanner {{ background: {s.background}; color: {s.text};"
        f" border-bottom: 1px solid {s.border}; padding: 6px 12px; font-weight: 600; }}"
    )


def _status_style(tone: Tone | None) -> str:
    if tone is None:
        return "QFrame#statusArea { background: palette(window); border-top: 1px solid palette(mid); }"
    s = swatch(tone)
    return (
        f"QFrame#statusArea {{ background: {s.background}; border-top: 1px solid palette(mid); }}"
        f" QFrame#statusArea QLabel {{ color: {s.text}; }}"
    )


@dataclass
class Session:
    """Where the window is signed in, for the title and the journal. The password is not here: it stays in
    the client (`editing.session`) and the keyring."""

    url: str
    user: str
    non_latin: bool = False
    label: str = ""  # what to call the server on screen ("Sandbox", a profile name), never the URL

    @property
    def server_name(self) -> str:
        if self.label:
            return self.label
        from urllib.parse import urlsplit

        return urlsplit(self.url).hostname or tr("the server")


_DEFAULT_SIZE = QSize(1240, 780)
_RESULTS_MIN, _FORM_MIN = 380, 460  # widths the panes want; lowered on a small screen (see _fit_minimums)


class MainWindow(RememberGeometry, QMainWindow):
    geometry_key = "main"
    _retry: SearchRequest | None = None  # the last search, offered again after a lost connection
    # File → Sign in…: app.run_with_profile answers it with the profiles and sign-in dialogs
    signInRequested = Signal()

    def __init__(
        self,
        session: Session | None = None,
        *,
        sandbox: bool = False,
        non_latin: bool = False,
        deferred: bool = False,
    ) -> None:
        """`deferred=True` (app start-up) leaves the lead form, with the field catalogue behind it, and the
        icon to `finish_building()`, called right after the first paint; any use of `form` builds it."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self._client: LeadClient | None = None  # set by use_client; the session opens on first use
        self._editing: EditingSession | None = None
        self._editing_lock: asyncio.Lock | None = None
        self._cancel: asyncio.Future[None] | None = None
        self._cancel_token: Any = None
        self._busy_depth = 0
        self._load_generation = 0
        self._shown_lead_id: int | None = None
        self._fill_token: Any = None  # the CancelToken of a search still filling the table
        self._close_confirmed = False
        self._status: tuple[str, str] = ("", "info")  # the status line now (text, tone)
        self._status_before: tuple[str, str] | None = None  # before several leads were edited together
        self._mode_status: str | None = None  # the status line said on entering it
        self._several_ids: list[int] = []  # the leads selected when it was entered
        self._split_done = False
        self._split_restored = False
        self._form_own_min = 0  # the least width the lead form asks for itself (longer translations)
        self.last_outcome: SaveOutcome | None = None
        self.completed_searches = 0  # for automation (the smoke test) to know a search has finished
        self.sandbox = sandbox
        # Where the change journal lives: None = the user's data folder, or for the sandbox a temporary file
        # for this session only (practice edits never mix with the real journal). Set before the first write.
        self.journal_path: Path | None = None
        self._demo_journal_dir: Any = None
        self._writes: WriteActions | None = None
        self._draft_keeper: DraftKeeper | None = None  # the form's edits mirrored on disk, once signed in
        self.recoveryDialog: Any = None  # what an earlier session left unfinished (shown after sign-in)
        self.fileNotices: list[Any] = []  # the damaged-file notices shown (non-modal)
        # the dialogs of the last write, kept for tests and automation (opened with open(), never exec())
        self.confirmDialog: Any = None
        self.conflictDialog: Any = None
        self.outcomeDialog: Any = None
        self.differencesDialog: Any = None
        self.typedConfirmDialog: Any = None
        self.addLeadDialog: Any = None
        self.batchWindow: Any = None  # the last batch window opened (File → Correct many leads…)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sandboxBanner = QLabel(
            tr(
                "SANDBOX — a practice server on this computer with sample leads. "
                "Nothing you change here touches a real dialer."
            ),
            central,
        )
        self.sandboxBanner.setObjectName("sandboxBanner")
        styled(self.sandboxBanner, _banner_style)  # follows a live light/dark switch
        self.sandboxBanner.setWordWrap(True)  # it must never set the window's least width
        self.sandboxBanner.setAccessibleName(tr("Sandbox mode"))
        self.sandboxBanner.setVisible(sandbox)
        layout.addWidget(self.sandboxBanner)

        work = QWidget(central)
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(10, 10, 10, 6)
        work_layout.setSpacing(8)
        self.searchPane = SearchPane(work)
        work_layout.addWidget(self.searchPane)
        from leadeditor.ui.several_banner import SeveralBanner

        self.severalBanner = SeveralBanner(work)  # shown only while several leads are edited together
        self.severalBanner.leaveRequested.connect(lambda: self.spawn(self.leave_several()))
        work_layout.addWidget(self.severalBanner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, work)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.results = ResultsPanel(self.splitter)
        self._form: LeadForm | None = None
        self._form_non_latin = non_latin or bool(session and session.non_latin)
        self._formPlaceholder: QWidget | None = QWidget(self.splitter)  # the form's place until it is built
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self._formPlaceholder)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([680, 560])
        self._fit_minimums()
        work_layout.addWidget(self.splitter, 1)
        # On a screen smaller than the window's least size (1024x700 at 200 %) the work area scrolls rather
        # than the window growing beyond the screen.
        self.workScroll = QScrollArea(central)
        self.workScroll.setObjectName("workScroll")
        self.workScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.workScroll.setWidgetResizable(True)
        self.workScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a Tab stop
        self.workScroll.setWidget(work)
        layout.addWidget(self.workScroll, 1)
        layout.addWidget(self._build_status_area(central))
        self.setCentralWidget(central)

        self._build_menus()
        self.actionSignIn.setVisible(not sandbox)
        self.searchPane.searchRequested.connect(self._on_search)
        self.searchPane.refused.connect(self._on_search_refused)
        self.results.currentLeadChanged.connect(self._on_current_lead)
        self.results.selectedLeadsChanged.connect(self._on_selected_leads)
        self.results.addLeadButton.clicked.connect(lambda: self._start(self.add_lead))
        self._build_several_button()
        QShortcut(QKeySequence("Ctrl+F"), self, self.searchPane.phoneInput.setFocus)
        QShortcut(QKeySequence("Ctrl+L"), self, self.searchPane.leadIdInput.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        self._search_focus: QWidget | None = None  # where the user searched from, for after a save
        self.setTabOrder(self.searchPane.searchButton, self.results.table)
        if not deferred:
            self.finish_building()
        self._update_title()
        fit_on_screen(self, _DEFAULT_SIZE)
        self.searchPane.phoneInput.setFocus()
        if session is None:
            self.set_status(tr("Starting…"), "info")
        else:
            self.set_status(tr("Ready. Type a phone number, vendor code or lead ID and press Enter."), "info")

    def finish_building(self) -> None:
        """The parts left out of the first paint with `deferred=True`: the icon and the lead form."""
        from leadeditor.ui.icon import app_icon

        self.setWindowIcon(app_icon())
        self.build_form()

    @property
    def form(self) -> LeadForm:
        """The lead form, built on first use when the window was made with `deferred=True`."""
        if self._form is None:
            return self.build_form()
        return self._form

    def build_form(self) -> LeadForm:
        """Build the lead form into its place in the splitter (once). Start-up calls it right after the first
        paint so that the field catalogue and some hundred field widgets do not delay the window."""
        if self._form is not None:
            return self._form
        from leadeditor.ui.lead_form import LeadForm

        form = LeadForm(None, non_latin=self._form_non_latin)
        self._form_own_min = form.minimumWidth()  # what the form asks for itself (longer translations)
        sizes = self.splitter.sizes()
        if self._formPlaceholder is not None:
            self.splitter.replaceWidget(1, form)
            self._formPlaceholder.deleteLater()
            self._formPlaceholder = None
        self.splitter.setStretchFactor(1, 4)
        # before the window is shown the splitter has no sizes yet: keep the intended split then
        self.splitter.setSizes(sizes if sum(sizes) > 0 else [680, 560])
        self._form = form
        self._fit_minimums()
        _give_mnemonics(self, form)
        self._fit_phone_column()
        form.saveRequested.connect(self._on_save)
        form.commonChanged.connect(self._common_changed)
        form.editsChanged.connect(self._on_edits)
        self.setTabOrder(self.results.table, form.tab_entry())
        accessibility.complete(self)
        if self.busy:
            form.set_busy(True)
        return form

    def _on_edits(self, count: int) -> None:
        if count:  # the first edit: what Save opens loads in a worker meanwhile (ui/preload.py)
            from leadeditor.ui.preload import preload_in_background

            preload_in_background()

    def sizeHint(self) -> QSize:
        return _DEFAULT_SIZE

    def _fit_phone_column(self) -> None:
        """The results' phone column shows ten digits at any scale, even before the first search (it was
        as wide as its heading only). Built with the form: the column table loads after the first paint."""
        from leadeditor.ui.results import COLUMN_INDEX
        from leadeditor.vicidial import columns as col  # with the form, after the first paint

        table = self.results.table
        column = COLUMN_INDEX[col.PHONE_NUMBER]
        wanted = (
            table.fontMetrics().horizontalAdvance("0" * 10)
            + 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            + 8
        )
        if table.columnWidth(column) < wanted:
            self.results.widths.set_width(column, wanted)
        if self._form is not None:  # the form's phone fields never shrink below ten digits either
            for key in (col.PHONE_NUMBER, col.ALT_PHONE):
                row = self._form.rows.get(key)
                if row is not None:
                    editor = row.editor.widget
                    editor.setMinimumWidth(editor.fontMetrics().horizontalAdvance("0" * 10) + 16)

    def _fit_minimums(self) -> None:
        """The panes' least widths, lowered on a small screen so the form keeps half the window."""
        width = available_area(self).width()
        self.results.setMinimumWidth(min(_RESULTS_MIN, width * 2 // 5))
        pane = self._form if self._form is not None else self._formPlaceholder
        if pane is not None:
            pane.setMinimumWidth(min(max(_FORM_MIN, self._form_own_min), width // 2))

    # -- geometry (ui/geometry.RememberGeometry) -------------------------------------------------------
    def remembered_splitters(self) -> dict[str, QSplitter]:
        return {"main": self.splitter}

    def remembered_headers(self) -> dict[str, Any]:
        return {"results": self.results.table.horizontalHeader()}

    def geometry_state(self) -> dict[str, Any]:
        state = super().geometry_state()
        state["results.userColumns"] = self.results.widths.state()  # the widths the user set by hand
        return state

    def apply_geometry_state(self, state: dict[str, Any]) -> bool:
        with self.results.widths.quietly():  # restoring the header is not the user resizing it
            applied = super().apply_geometry_state(state)
        self.results.widths.restore(state.get("results.userColumns"))
        return applied

    def restore_geometry(self, settings: Any = None) -> bool:
        restored = super().restore_geometry(settings)
        self._split_restored = self._split_restored or restored  # a remembered split beats the first split
        return restored

    # -- menus -----------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.actionSignIn = QAction(tr("&Sign in to a server…"), self)
        self.actionSignIn.setObjectName("actionSignIn")
        self.actionSignIn.setStatusTip(tr("Choose a server profile and sign in"))
        self.actionSignIn.triggered.connect(self.signInRequested.emit)
        file_menu.addAction(self.actionSignIn)
        self.actionBatch = QAction(tr("&Correct many leads from a file…"), self)
        self.actionBatch.setObjectName("actionBatch")
        self.actionBatch.setStatusTip(tr("A dry run first, then safe paced writes, with resume and undo"))
        self.actionBatch.triggered.connect(self.open_batch_window)
        file_menu.addAction(self.actionBatch)
        file_menu.addSeparator()
        self.actionQuit = QAction(tr("&Quit"), self)
        self.actionQuit.setObjectName("actionQuit")
        self.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        self.actionQuit.triggered.connect(self.close)
        file_menu.addAction(self.actionQuit)
        # the usual order, File, Edit, View, ..., Help, each with an Alt letter (the go-to-field keys take
        # the letters left over)
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.actionUndoLastSave = QAction(tr("&Undo last save…"), self)
        self.actionUndoLastSave.setObjectName("actionUndoLastSave")
        # Ctrl+Z in a text field is that field's own undo: a line edit takes the key before this action
        self.actionUndoLastSave.setShortcut(QKeySequence.StandardKey.Undo)
        self.actionUndoLastSave.setStatusTip(
            tr(
                "Put back the values your last save changed, after a "
                "confirmation (Ctrl+Z outside a text field)"
            )
        )
        self.actionUndoLastSave.triggered.connect(self._undo_last_save)
        edit_menu.addAction(self.actionUndoLastSave)
        self.addAction(self.actionUndoLastSave)  # the shortcut works whether or not the menu bar is shown
        # Window-level actions: they work wherever the focus is and whatever the form did to its buttons.
        self.actionSave = QAction(tr("Review and &save…"), self)
        self.actionSave.setObjectName("actionSave")
        self.actionSave.setShortcut(QKeySequence.StandardKey.Save)
        self.actionSave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actionSave.setStatusTip(tr("See exactly what will be stored, then confirm"))
        self.actionSave.triggered.connect(self._save_from_keyboard)
        self.actionToggleBlank = QAction(tr("&Blank the current field"), self)
        self.actionToggleBlank.setObjectName("actionToggleBlank")
        self.actionToggleBlank.setShortcut(QKeySequence("Ctrl+B"))
        self.actionToggleBlank.setStatusTip(tr("Tick or untick Blank for the field that has the focus"))
        self.actionToggleBlank.triggered.connect(self.toggle_blank_of_focused_field)
        for action in (self.actionSave, self.actionToggleBlank):
            edit_menu.addAction(action)
            self.addAction(action)  # active even while the menu bar is hidden or a child has the focus
        self._build_several_action(edit_menu)
        view = bar.addMenu(tr("&View"))
        view.setObjectName("viewMenu")
        self.actionJournal = QAction(tr("Change &journal"), self)
        self.actionJournal.setObjectName("actionJournal")
        self.actionJournal.setShortcut(QKeySequence("Ctrl+J"))
        self.actionJournal.setStatusTip(tr("Every change made from this computer, with Undo"))
        self.actionJournal.triggered.connect(lambda: self._start(self.show_journal))
        view.addAction(self.actionJournal)
        self.advancedMenu = bar.addMenu(tr("&Advanced"))
        self.advancedMenu.setObjectName("advancedMenu")
        self.actionResetLead = QAction(tr("&Reset lead…"), self)
        self.actionResetLead.setObjectName("actionResetLead")
        self.actionResetLead.triggered.connect(lambda: self._start(lambda: self.reset_or_delete("reset")))
        self.actionDeleteLead = QAction(tr("&Delete lead…"), self)
        self.actionDeleteLead.setObjectName("actionDeleteLead")
        self.actionDeleteLead.triggered.connect(lambda: self._start(lambda: self.reset_or_delete("delete")))
        self.actionAddLead = QAction(tr("&Add as new lead…"), self)
        self.actionAddLead.setObjectName("actionAddLead")
        self.actionAddLead.triggered.connect(lambda: self._start(self.add_lead))
        self.advancedMenu.addAction(self.actionResetLead)
        self.advancedMenu.addAction(self.actionDeleteLead)
        self.advancedMenu.addSeparator()
        self.advancedMenu.addAction(self.actionAddLead)
        self.advancedMenu.aboutToShow.connect(self._update_advanced)
        from leadeditor.ui.language_menu import build_language_menu

        self.settingsMenu = build_language_menu(self, bar)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.actionAbout = QAction(tr("&About Lead Editor"), self)
        self.actionAbout.setObjectName("actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.actionAbout.triggered.connect(self._show_about)
        self.actionShortcuts = QAction(tr("&Keyboard shortcuts"), self)
        self.actionShortcuts.setObjectName("actionShortcuts")
        self.actionShortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.actionShortcuts.triggered.connect(self._show_shortcuts)
        self.actionGlossary = QAction(tr("&Words used here"), self)
        self.actionGlossary.setObjectName("actionGlossary")
        self.actionGlossary.setStatusTip(tr("VICIdial's terms in plain words"))
        self.actionGlossary.triggered.connect(self._show_glossary)
        help_menu.addAction(self.actionShortcuts)
        help_menu.addAction(self.actionGlossary)
        help_menu.addAction(self.actionAbout)

    def _show_shortcuts(self) -> None:
        from leadeditor.ui.shortcuts_dialog import ShortcutsDialog

        self.shortcutsDialog = ShortcutsDialog(self)
        self.shortcutsDialog.show()

    def _show_glossary(self) -> None:
        from leadeditor.ui.glossary_dialog import GlossaryDialog

        self.glossaryDialog = GlossaryDialog(self)
        self.glossaryDialog.show()

    def _save_from_keyboard(self) -> None:
        """Ctrl+S: the same as the form's save button, when it would be enabled."""
        if self._form is not None and self._form.saveButton.isEnabled():
            self._on_save()

    def toggle_blank_of_focused_field(self) -> None:
        """Ctrl+B: tick or untick Blank for the field holding the focus (its box need not be reached)."""
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        if self._form is None or focused is None:
            return
        for row in (*self._form.rows.values(), *self._form.custom_rows.values()):
            widget = row.editor.widget
            if row.blank is None or not row.blank.isEnabled():
                continue
            if focused in (widget, row.blank) or widget.isAncestorOf(focused):
                row.blank.toggle()
                # a blanked editor is locked: the focus stays on this field's Blank box, which a screen
                # reader then reads ("Blank last name, checked"), and Ctrl+B again unticks it
                target = widget if widget.isEnabled() and not row.blank.isChecked() else row.blank
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _show_about(self) -> None:
        from leadeditor.ui.about_dialog import show_about

        self.aboutDialog = show_about(self)

    def _update_advanced(self) -> None:
        """Reset and delete work on one lead at a time; every `LeadClient` has the three calls."""
        one = self.form.lead is not None and not self.form.is_common and not self.busy
        for action, one_lead in (
            (self.actionResetLead, True),
            (self.actionDeleteLead, True),
            (self.actionAddLead, False),
        ):
            action.setEnabled((one or not one_lead) and not self.busy)

    def _start(self, make: Any) -> None:
        """Start a window action (a coroutine factory) unless the window is busy."""
        if not self.busy:
            self.spawn(make())

    def writes(self) -> WriteActions:
        """The safe-write controller, imported on first use (journal, sqlite and the safety views)."""
        if self._writes is None:
            from leadeditor.ui.write_actions import WriteActions

            self._writes = WriteActions(self)
        return self._writes

    def journal_location(self) -> Path:
        if self.journal_path is not None:
            return self.journal_path
        from pathlib import Path

        if self.sandbox:
            import tempfile

            if self._demo_journal_dir is None:
                self._demo_journal_dir = tempfile.TemporaryDirectory(
                    prefix="leadeditor-demo-", ignore_cleanup_errors=True
                )
            return Path(self._demo_journal_dir.name) / "journal.sqlite3"
        from leadeditor.editing.journal import default_journal_path

        return default_journal_path()

    def journal_title(self) -> str:
        if self.sandbox and self.journal_path is None:
            return tr("Change journal — sandbox (this session only)")
        return tr("Change journal")

    async def show_journal(self) -> Any:
        result = await self.writes().show_journal()
        if self.writes().journal_window is not None:
            from leadeditor.ui.geometry import remember_window

            # where the user left it, else beside this window (it used to open exactly behind it)
            remember_window(self.writes().journal_window, "journal", beside=self)
        return result

    async def undo(self, entry_id: int) -> SaveOutcome | None:
        return await self.writes().undo(entry_id)

    def _undo_last_save(self) -> None:
        # Ctrl+Z in an editable text field never gets here: the field claims the key for its own undo
        # (ShortcutOverride), so this runs from the menu or from Ctrl+Z elsewhere in the window.
        if self.session is not None:
            self._start(self.undo_last_save)

    async def undo_last_save(self) -> SaveOutcome | None:
        """Edit → Undo last save: the newest change of this user on this server that can still be undone."""
        return await self.writes().undo_last_save()

    async def reset_or_delete(self, action: str) -> Any:
        return await self.writes().reset_or_delete(action)

    async def add_lead(self) -> Any:
        return await self.writes().add_lead()

    # -- batch corrections from a file ------------------------------------------------------------------
    def open_batch_window(self) -> Any:
        """File → Correct many leads from a file…: a window of its own (`ui.batch_window`)."""
        from leadeditor.ui.batch_window import BatchWindow
        from leadeditor.ui.geometry import remember_window

        window = BatchWindow(self, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_on_screen(window, window.size())
        remember_window(window, "batch", beside=self)  # where the user left it, else beside this window
        self.batchWindow = window
        window.show()
        return window

    def undo_batch(self, batch_id: int) -> Any:
        """The journal's Undo this batch…: the batch window runs the undo's own dry run, then asks."""
        window = self.open_batch_window()
        self.spawn(window.undo(batch_id))
        return window

    def journal_profile(self) -> str:
        """The profile name the journal records for this window's writes (as `editing.open_session` does)."""
        return (self.session.label or self.session.server_name) if self.session else ""

    # -- status area -----------------------------------------------------------------------------------
    def _build_status_area(self, parent: QWidget) -> QFrame:
        self.statusArea = QFrame(parent)
        self.statusArea.setObjectName("statusArea")
        self.statusArea.setFrameShape(QFrame.Shape.NoFrame)
        row = QHBoxLayout(self.statusArea)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(8)
        self.statusIcon = QLabel(self.statusArea)
        self._status_look: tuple[object, int, float] | None = None  # what `statusIcon` shows (set_status)
        self._status_colours: object = object()  # the tone colours styling the status area (none yet)
        self.statusIcon.setFixedSize(18, 18)
        self.statusMessage = QLabel(self.statusArea)
        self.statusMessage.setObjectName("statusMessage")
        self.statusMessage.setAccessibleName(tr("Status"))
        self.statusMessage.setWordWrap(True)
        self.statusMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.statusMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busyLabel = QLabel(self.statusArea)
        self.busyLabel.setObjectName("busyLabel")
        self.busyIndicator = QProgressBar(self.statusArea)
        self.busyIndicator.setObjectName("busyIndicator")
        self.busyIndicator.setRange(0, 0)
        self.busyIndicator.setFixedWidth(120)
        self.busyIndicator.setTextVisible(False)
        self.busyIndicator.setAccessibleName(tr("Working"))
        self.cancelButton = QPushButton(tr("Cancel"), self.statusArea)
        self.cancelButton.setObjectName("cancelButton")
        self.cancelButton.setToolTip(tr("Stop waiting (Esc)"))
        self.cancelButton.clicked.connect(self._cancel_clicked)
        self.retryButton = QPushButton(tr("Retry"), self.statusArea)  # no Alt letter left that is free
        self.retryButton.setObjectName("retryButton")
        self.retryButton.setToolTip(tr("Try the last search again"))
        self.retryButton.clicked.connect(self._retry_clicked)
        self.retryButton.hide()
        self._retry = None
        self.connectionLabel = QLabel(self.statusArea)
        self.connectionLabel.setObjectName("connectionLabel")
        styled(self.connectionLabel, lambda: text_style(Tone.MUTED))
        row.addWidget(self.statusIcon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.statusMessage, 1)
        row.addWidget(self.busyLabel)
        row.addWidget(self.busyIndicator)
        row.addWidget(self.cancelButton)
        row.addWidget(self.retryButton)
        row.addWidget(self.connectionLabel)
        for w in (self.busyLabel, self.busyIndicator, self.cancelButton):
            w.hide()
        return self.statusArea

    def set_status(self, text: str, tone: str = "info") -> None:
        self._status = (text, tone)  # what leaving several-leads editing puts back
        self.retryButton.hide()  # offered again only by the connection problem that needs it
        pixmap, colours = _TONES.get(tone, _TONES["info"])
        # the icon and colours only when they change: re-styling the status area on every "N leads so far"
        # while a thousand rows arrive cost the GUI thread more than adding the rows (issue 13)
        look = (pixmap, id(self.style()), self.devicePixelRatioF())
        if look != self._status_look:
            self._status_look = look
            # at the screen's pixel ratio: sharp on high-DPI screens, not an 18-pixel image scaled up
            icon = self.style().standardIcon(pixmap)
            self.statusIcon.setPixmap(icon.pixmap(QSize(18, 18), self.devicePixelRatioF()))
        if colours is not self._status_colours:  # a colour-scheme switch re-applies it through `styled`
            self._status_colours = colours
            styled(self.statusArea, lambda: _status_style(colours))
        self.statusMessage.setText(text)
        self.statusMessage.setProperty("tone", tone)
        announce(self.statusMessage, text, assertive=tone in ("warn", "error"))

    def _update_title(self) -> None:
        # Qt appends the application's display name ("— Lead Editor") itself: the title must not repeat it
        title = ""
        if self.session is not None:
            title = f"{self.session.user} @ {self.session.server_name}"
            # "Signed in as" is said once, by the status line after the sign-in; this corner names the place
            self.connectionLabel.setText(title)
            self.connectionLabel.setToolTip(
                tr("Signed in as {0} on {1}").format(self.session.user, self.session.server_name)
            )
            self.connectionLabel.setAccessibleName(self.connectionLabel.toolTip())
        self.setWindowTitle(title or APP_NAME)

    # -- busy ------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy_depth > 0

    def begin_busy(self, text: str, token: Any = None) -> asyncio.Future[None]:
        """Show the busy indicator and Cancel (which sets `token` and the returned future); nest with
        `end_busy`."""
        import asyncio

        self._busy_depth += 1
        self._cancel = asyncio.get_running_loop().create_future()
        self._cancel_token = token
        self.busyLabel.setText(text)
        for w in (self.busyLabel, self.busyIndicator, self.cancelButton):
            w.show()
        self.cancelButton.setEnabled(True)
        self.searchPane.set_busy(True)
        self.form.set_busy(True)
        self._update_several_action()
        return self._cancel

    def end_busy(self) -> None:
        self._busy_depth = max(0, self._busy_depth - 1)
        if self._busy_depth:
            return
        self._cancel = None
        self._cancel_token = None
        for w in (self.busyLabel, self.busyIndicator, self.cancelButton):
            w.hide()
        self.searchPane.set_busy(False)
        self.form.set_busy(False)
        self._update_several_action()

    def _progress(self) -> Any:
        """A progress callback for the worker thread: it hops to the GUI thread before touching the label."""
        import asyncio

        loop = asyncio.get_running_loop()
        from leadeditor.ui.texts import search_step_text

        return lambda step: loop.call_soon_threadsafe(lambda: self.busyLabel.setText(search_step_text(step)))

    def _escape(self) -> None:
        """Esc: stop waiting when busy; else leave several-leads editing."""
        if self.busy:
            self._cancel_clicked()
        elif self._form is not None and self._form.is_common:
            self.spawn(self.leave_several())

    def _cancel_clicked(self) -> None:
        if self._cancel_token is not None:
            self._cancel_token.cancel()
        if self._cancel is not None and not self._cancel.done():
            self._cancel.set_result(None)

    # -- tasks -----------------------------------------------------------------------------------------
    def spawn(self, coro: Any) -> Any:
        """Run a window action as a task; an exception in it reaches `report_error`."""
        from leadeditor.ui import tasks

        return tasks.spawn(coro, self.report_error)

    def report_error(self, exc: BaseException) -> None:
        """Say what went wrong, in the status area and in a dialog; a server out of reach only in the
        status area, with Retry (a modal box for a network blip stops the work for nothing)."""
        title, text = describe_error(exc)
        self.set_status(f"{title}: {text}", "error")
        if _unreachable(exc):
            self.retryButton.setVisible(self._retry is not None)
            return
        show_error(self, exc)

    def _retry_clicked(self) -> None:
        request, self._retry = self._retry, None
        self.retryButton.hide()
        if request is not None:
            self._on_search(request)

    async def editing(self) -> EditingSession:
        """The editing session on the signed-in client (workflow and journal, `editing.session`), opened in a
        worker thread on first use: every write it makes is journaled."""
        if self._editing is None:
            import asyncio

            # one session, even when the start-up recovery and the first search ask for it at once
            if self._editing_lock is None:
                self._editing_lock = asyncio.Lock()
            async with self._editing_lock:
                while self._editing is None:
                    client = self._client
                    session = await self._open_editing()
                    if self._client is client:
                        self._editing = session
                    else:  # signed in elsewhere meanwhile: this session is stale, open the new one
                        session.close()
        return self._editing

    async def _open_editing(self) -> EditingSession:
        if self._client is None or self.session is None:
            raise RuntimeError(tr("Not signed in to a server yet."))
        from leadeditor.editing.session import open_session
        from leadeditor.ui import tasks

        s = self.session
        return await tasks.in_thread(
            open_session,
            self._client,
            journal_path=self.journal_location(),
            profile=s.label or s.server_name,
            non_latin=s.non_latin,
        )

    async def workflow(self) -> CorrectionWorkflow:
        """The workflow on the signed-in client, created (with the journal) on first use."""
        return (await self.editing()).workflow

    async def journal(self) -> Journal:
        """The change journal of this session."""
        session = await self.editing()
        if session.journal is None:
            raise RuntimeError(tr("This session keeps no journal."))
        return session.journal

    def use_client(
        self, client: LeadClient, *, non_latin: bool = False, label: str = "", sandbox: bool = False
    ) -> None:
        """Sign the window in with a client that is already built (`editing.session.open_client`, or a
        server profile's sign-in); the window never sees the password."""
        self.session = Session(client.url, client.user, non_latin, label)
        self._client = client
        self._editing = None
        self._form_non_latin = non_latin
        self.form.non_latin = non_latin
        self.sandbox = sandbox
        self.actionSignIn.setVisible(not sandbox)  # the sandbox window is signed in for good
        if self._writes is not None and self._writes.journal_window is not None:
            self._writes.journal_window.close()
        self._writes = None
        if self._draft_keeper is not None:
            self._draft_keeper.stop()
            self._draft_keeper = None
        self.sandboxBanner.setVisible(sandbox)
        self._update_title()
        self.set_status(tr("Ready. Type a phone number, vendor code or lead ID and press Enter."), "info")

    async def check_access(self) -> bool:
        """Prove the sign-in and the update permission without touching any lead (nor opening the journal:
        a sign-in needs no SQLite)."""
        from leadeditor.ui import tasks

        cancelled = self.begin_busy(tr("Signing in…"))
        try:
            if self._client is None:
                raise RuntimeError(tr("Not signed in to a server yet."))
            await tasks.in_thread(self._client.check_access, cancelled=cancelled)
        except Exception as exc:  # shown to the user, not swallowed
            self.report_error(exc)
            return False
        finally:
            self.end_busy()
        self.set_status(
            tr(
                "Signed in as {0} on {1}. Type a phone number, vendor code or lead ID and press Enter."
            ).format(self.session.user if self.session else "", self.server_name()),
            "ok",
        )
        self.after_sign_in()
        return True

    def server_name(self) -> str:
        return self.session.server_name if self.session else ""

    # -- after sign-in: drafts, unknown writes, damaged files -----------------------------------------
    def drafts(self) -> DraftKeeper | None:
        """The form's draft keeper for this sign-in, made on first use (its file is beside the journal)."""
        if self._draft_keeper is None and self.session is not None and self._client is not None:
            from leadeditor.editing.drafts import DRAFTS_FILE, DraftStore
            from leadeditor.ui.draft_keeper import DraftKeeper

            store = DraftStore(
                self.journal_location().with_name(DRAFTS_FILE), secrets=self._client.redaction_secrets()
            )
            self._draft_keeper = DraftKeeper(self.form, store, self.session.url, self.session.user, self)
        return self._draft_keeper

    def after_sign_in(self) -> None:
        """Once the sign-in is proven: offer what an earlier session left over, and say which files were set
        aside."""
        self.spawn(self._recover())

    async def _recover(self) -> None:
        from leadeditor.ui.recovery import offer_recovery

        keeper = self.drafts()
        if keeper is None or self.session is None:
            return
        try:
            if self.recoveryDialog is not None:
                self.recoveryDialog.close()
            s = self.session
            self.recoveryDialog = await offer_recovery(self, keeper.store, s.url, s.user)
        finally:
            self.show_file_notices()  # the journal and the drafts are open now: their notices are queued

    def show_file_notices(self) -> None:
        from leadeditor.ui.file_notices import show_file_notices

        self.fileNotices.extend(show_file_notices(self))

    async def may_discard_edits(self) -> bool:
        return await self._may_discard_edits()

    def show_lead_for_edit(self, lead: Lead) -> None:
        """Show `lead` in the form as the lead being edited (a restored draft)."""
        self._shown_lead_id = lead.lead_id
        self._load_generation += 1
        self.form.set_lead(lead)

    def journal_changed(self) -> None:
        if self._writes is not None:
            self._writes.refresh_journal()

    # -- search ----------------------------------------------------------------------------------------
    def _on_search(self, request: SearchRequest) -> None:
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        if focused is not None and self.searchPane.isAncestorOf(focused):
            self._search_focus = focused
        self._retry = request  # data, not a closure over the window: no reference cycle keeps it alive
        if not self.busy:
            self.spawn(self.search(request))

    def _on_search_refused(self, text: str) -> None:
        self.set_status(text, "warn")
        self.results.mark_previous()  # the table still shows the previous search, and says so

    async def search(self, request: SearchRequest) -> bool:
        """Find the candidates and show them as they arrive; True when the search completed, False when it was
        replaced, cancelled or failed (its error is then already on screen).

        The window is busy only until the first rows (the server's pick) are shown; the rest stream in while
        the user selects and edits. A new search stops one still filling."""
        import asyncio

        from leadeditor.editing.workflow import CancelToken
        from leadeditor.ui import tasks
        from leadeditor.ui.texts import search_done, search_filling

        if not await self._may_discard_edits():
            return False
        if self._fill_token is not None:
            self._fill_token.cancel()  # the previous search's rows stop here
        token = CancelToken()
        self._fill_token = token
        from leadeditor.ui.texts import describe_search

        searching = tr("Searching {0}…").format(describe_search(request))
        cancelled = self.begin_busy(searching, token)
        busy = [True]
        later = [0]  # slices of rows still to add (the worker's own batches come before its result)
        said = [searching]  # the search's own status lines: a newer one may replace them, nothing else
        self.set_status(searching, "info")
        loop = asyncio.get_running_loop()
        started = [False]

        def start_table() -> None:
            # the old results stay until the new ones come: a search that fails leaves them, marked
            if not started[0]:
                started[0] = True
                self._shown_lead_id = None
                self.form.set_lead(None)
                self.results.begin_search(searching)

        def shown(batch: list[Candidate]) -> None:  # on the GUI thread
            if token is not self._fill_token:
                return
            start_table()
            if len(batch) > _ROWS_PER_TURN:  # a thousand rows at once: a slice per turn of the event loop
                later[0] += 1
                loop.call_soon(next_slice, batch[_ROWS_PER_TURN:])
                batch = batch[:_ROWS_PER_TURN]
            self.results.add_candidates(batch)
            pick = next((c.lead_id for c in batch if c.server_pick), None)
            if pick is not None and self.results.current() is None:
                self.results.select_lead(pick)
                self.results.table.setFocus()
            if busy[0]:
                busy[0] = False
                self.end_busy()  # the pick and the first rows are there: the window is the user's again
            if self.statusMessage.text() in said:  # never over what the form said meanwhile
                said.append(search_filling(self.results.model.rowCount()))
                self.set_status(said[-1], "info")

        def next_slice(rest: list[Candidate]) -> None:
            later[0] -= 1
            shown(rest)

        try:
            wf = await self.workflow()
            outcome = await tasks.in_thread(
                wf.find_candidates,
                request,
                cancel=token,
                progress=self._progress(),
                rows=lambda batch: loop.call_soon_threadsafe(shown, batch),
                cancelled=cancelled,
            )
        except (asyncio.CancelledError, _cancelled_type()):
            if token is self._fill_token:
                self._fill_token = None
                self.set_status(tr("Search cancelled. Nothing was changed."), "info")
            return False
        except Exception as exc:
            if token is self._fill_token and not started[0]:
                self.results.mark_previous(failed=True)  # the error is shown; the table is the last search's
            if busy[0]:
                busy[0] = False
                self.end_busy()
            # said here, before the search counts as finished: whoever waits for it finds the error on screen
            self.report_error(exc)
            return False
        finally:
            if busy[0]:
                self.end_busy()
            self.completed_searches += 1
        if token is not self._fill_token:
            return False  # a newer search replaced this one
        while later[0] and token is self._fill_token:
            await asyncio.sleep(0)  # the last slices of rows are still being added, one per turn
        if token is not self._fill_token:
            return False
        self._fill_token = None
        start_table()
        self.results.finish_search(outcome)
        if self.statusMessage.text() in said:
            self.set_status(search_done(outcome), "ok" if outcome.candidates else "info")
        if self.results.current() is None and outcome.candidates:
            first = outcome.pick if outcome.pick is not None else outcome.candidates[0].lead_id
            self.results.select_lead(first)
            self.results.table.setFocus()
        return True

    # -- showing a lead --------------------------------------------------------------------------------
    def _on_current_lead(self, candidate: Candidate | None) -> None:
        if candidate is None or candidate.lead_id == self._shown_lead_id:
            return
        if self._form is not None and self._form.is_common:
            return  # editing several leads together: a new selection leaves that first (_on_selected_leads)
        self.spawn(self.show_candidate(candidate))

    # -- several leads edited together (an explicit mode, never a selection alone) -------------------------
    def _build_several_action(self, menu: QMenu) -> None:
        from leadeditor.ui.several_banner import action_text

        self.actionEditSeveral = QAction(action_text(0), self)
        self.actionEditSeveral.setObjectName("actionEditSeveral")
        self.actionEditSeveral.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.actionEditSeveral.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actionEditSeveral.setStatusTip(
            tr("One change for every selected lead, reviewed lead by lead before anything is sent")
        )
        self.actionEditSeveral.setEnabled(False)
        self.actionEditSeveral.triggered.connect(lambda: self._start(self.edit_selected_together))
        menu.addAction(self.actionEditSeveral)
        self.addAction(self.actionEditSeveral)

    def _build_several_button(self) -> None:
        """The action as a button under the table, where the selection is made."""
        from leadeditor.ui.several_banner import action_text

        self.editSeveralButton = QPushButton(action_text(0), self.results)
        self.editSeveralButton.setObjectName("editSeveralButton")
        keys = self.actionEditSeveral.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.editSeveralButton.setToolTip(
            tr(
                "Select two or more leads (Ctrl+click, Shift+click), then edit them as one change ({0})"
            ).format(keys)
        )
        self.editSeveralButton.setEnabled(False)
        self.editSeveralButton.clicked.connect(self.actionEditSeveral.trigger)
        layout = self.results.layout()
        assert layout is not None  # the panel's column: summary, table, the buttons under it
        layout.addWidget(self.editSeveralButton)
        layout.setAlignment(self.editSeveralButton, Qt.AlignmentFlag.AlignLeft)

    def _update_several_action(self) -> None:
        from leadeditor.ui.several_banner import action_text

        if not hasattr(self, "editSeveralButton"):
            return  # still building the window
        count = len(self.results.selected_candidates())
        in_mode = self._form is not None and self._form.is_common
        text = action_text(count)
        self.actionEditSeveral.setText(text)
        self.editSeveralButton.setText(text)
        enabled = count >= 2 and not self.busy and not in_mode
        self.actionEditSeveral.setEnabled(enabled)
        self.editSeveralButton.setEnabled(enabled)

    def _on_selected_leads(self, candidates: list[Candidate]) -> None:
        self._update_several_action()
        form = self._form
        if form is not None and form.is_common and sorted(c.lead_id for c in candidates) != self._several_ids:
            self.spawn(self._selection_left_mode(candidates))

    async def _selection_left_mode(self, candidates: list[Candidate]) -> None:
        """Another selection while several leads are edited together: leave (asking first when there are
        edits) and show the one lead selected, else the current one; when the user keeps editing, select
        the leads edited together again."""
        form = self.form
        if not form.is_common:
            return
        if not await self.leave_several(candidates[0] if len(candidates) == 1 else None):
            self.results.select_leads(self._several_ids)

    async def edit_selected_together(self) -> bool:
        """Edit → "Edit N selected leads together": one change for the selected leads, confirmed lead by
        lead. False when fewer than two leads are selected or the user kept the edits of the lead shown."""
        from leadeditor.ui.several_banner import mode_status

        candidates = self.results.selected_candidates()
        leads = [c.lead for c in candidates if c.lead is not None]
        if len(candidates) < 2:
            return False
        if self.form.is_common and self._several_ids == sorted(c.lead_id for c in candidates):
            return True
        if not self.form.is_common:
            if not await self._may_discard_edits():
                return False
            self._status_before = self._status
        self._shown_lead_id = None
        self._load_generation += 1
        if len(leads) >= 2:
            self.form.set_common(leads)
        if not self.form.is_common:  # fewer than two could be read: nothing to edit together
            self.set_status(tr("The selected leads could not be read; correct them one at a time."), "warn")
            return False
        self._several_ids = sorted(c.lead_id for c in candidates)  # the selection the mode stands for
        left_out = [str(c.lead_id) for c in candidates if c.lead is None]
        said = mode_status(len(self.form.common_ids))
        if left_out:
            said += " " + tr("Left out, as they could not be read: lead {0}.").format(", ".join(left_out))
        self._mode_status = said
        self.set_status(said, "warn" if left_out else "info")
        self.form.tab_entry().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    async def leave_several(self, show: Candidate | None = None) -> bool:
        """Leave several-leads editing (asking first when there are edits): the form shows `show` or the
        current lead again and the status line says what it said before. False when the user kept editing."""
        form = self.form
        if not form.is_common:
            return True
        if not await self._may_discard_edits():
            return False
        self._shown_lead_id = None
        form.set_lead(None)  # commonChanged(0): the banner goes, the status line comes back
        current = show or self.results.current()
        if current is not None:
            await self.show_candidate(current)
        return True

    def _common_changed(self, count: int) -> None:
        self.severalBanner.show_count(count)
        self._update_several_action()
        if count:
            return  # the mode's status line is said by edit_selected_together
        before, self._status_before = self._status_before, None
        if before is not None and self._status[0] == self._mode_status:
            self.set_status(*before)  # nothing else was said meanwhile: the status line as it was

    async def show_candidate(self, candidate: Candidate) -> None:
        """Fill the form at once from the search's read, then fresh (with custom fields) when needed."""
        from leadeditor.ui import tasks

        previous = self._shown_lead_id
        if previous is not None and previous != candidate.lead_id and not await self._may_discard_edits():
            self.results.select_lead(previous)
            return
        if self.form.is_common and not await self._may_discard_edits():
            return
        self._shown_lead_id = candidate.lead_id
        self._load_generation += 1
        generation = self._load_generation
        if candidate.lead is None:
            self.form.set_lead(
                None,
                problem=tr(
                    "Lead {0}: {1} You can still correct it with “Edit without "
                    "current values”: only what you type is written, after you "
                    "confirm that its values could not be checked."
                ).format(candidate.lead_id, lead_note_text(candidate.problem)),
            )
            self.form.offer_unknown(candidate.lead_id)
            self.set_status(
                tr("Lead {0}: {1}").format(candidate.lead_id, lead_note_text(candidate.problem)), "warn"
            )
            return
        self.form.set_lead(candidate.lead, problem=lead_note_text(candidate.problem))
        entry = candidate.lead.entry_list_id
        if not entry or entry <= 99:
            return  # nothing more to fetch: the search just read this lead
        cancelled = self.begin_busy(tr("Reading lead {0}…").format(candidate.lead_id))
        try:
            wf = await self.workflow()
            lead = await tasks.in_thread(wf.load, candidate.lead_id, entry_list_id=entry, cancelled=cancelled)
        except Exception as exc:
            if type(exc).__name__ == "CancelledError":
                return
            self.set_status(
                tr("Custom fields of lead {0} could not be read: {1}").format(
                    candidate.lead_id, describe_error(exc)[1]
                ),
                "warn",
            )
            return
        finally:
            self.end_busy()
        if generation == self._load_generation and self.form.edit_count() == 0:
            from leadeditor.editing.lead import Candidate

            self.form.set_lead(lead, problem=lead_note_text(candidate.problem))
            self.results.model.replace(
                Candidate(lead.lead_id, lead, candidate.server_pick, lead.note, lead.list_id)
            )
        if self._writes is not None:
            self._writes.lead_shown(lead)  # a save of this lead overwritten since: say so

    async def _may_discard_edits(self) -> bool:
        if self.form.edit_count() == 0 or self.form.lead is None:
            return True
        from leadeditor.ui import tasks

        question = (
            tr("The change to %n leads is not saved. Discard it?", None, len(self.form.common_ids))
            if self.form.is_common
            else tr("Lead {0} has unsaved changes. Discard them?").format(self.form.lead.lead_id)
        )
        return await tasks.ask(
            self,
            tr("Unsaved changes"),
            question,
            tr("Discard changes"),
            tr("Keep editing"),
            default_yes=False,
        )

    # -- saving ----------------------------------------------------------------------------------------
    def _on_save(self) -> None:
        self._retry = None  # a write is never offered again blindly: its outcome is resolved by reading
        if not self.busy:
            self.spawn(self.save())

    async def save(self) -> SaveOutcome | None:
        """Confirm, then the safe path: conflict check, write by lead ID, read back and verify, journal."""
        if self._draft_keeper is not None:
            self._draft_keeper.sync()  # the edits are on disk before anything is sent
        outcome = await self.writes().save_form()
        if outcome is not None and self._search_focus is not None:
            self._search_focus.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for the next search
        return outcome

    # -- closing ---------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_done:
            # The first split is set once the splitter knows its width: sizes given earlier are lost when the
            # form is swapped in, and the table's columns need the larger share (results 55 %, form 45 %).
            self._split_done = True
            QTimer.singleShot(0, self._apply_first_split)
            QTimer.singleShot(0, self.show_file_notices)  # e.g. a settings file set aside before the paint

    def _form_needs(self) -> int:
        area = self.form.scrollArea
        return (
            self.form.body.minimumSizeHint().width()
            + area.verticalScrollBar().sizeHint().width()
            + 2 * area.frameWidth()
        )

    def _apply_first_split(self) -> None:
        width = sum(self.splitter.sizes())
        if width > 0 and not self._split_restored:
            # the form gets the width its fields need (no sideways scrolling, a whole phone number), the
            # table the rest, but never less than its least width
            # (no form yet on the first paint: never build it here)
            needs = self._form_needs() if self._form is not None else 0
            form = max(width - width * 55 // 100, needs)
            form = min(form, width - self.results.minimumWidth())
            self.splitter.setSizes([width - form, form])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.edit_count() and not self._close_confirmed:
            event.ignore()
            self.spawn(self._confirm_close())
            return
        if self._close_confirmed and self._draft_keeper is not None:
            self._draft_keeper.discard()  # the user chose to discard the edits: no draft to offer later
        if self._writes is not None:
            self._writes.stop_watching()  # no re-read after a save starts once quitting
        if self._writes is not None and self._writes.journal_window is not None:
            self._writes.journal_window.close()  # a top-level window of its own: it goes with the app
        self.save_geometry()
        try:
            from leadeditor.ui import tasks

            tasks.cancel_all()
        except RuntimeError:
            pass
        super().closeEvent(event)

    async def _confirm_close(self) -> None:
        if await self._may_discard_edits():
            self._close_confirmed = True
            self.close()


_ROWS_PER_TURN = 100  # rows added to the table per turn of the event loop while a search fills it


def _unreachable(exc: BaseException) -> bool:
    """A connection that failed or timed out before any answer: worth a Retry, not a modal box."""
    from leadeditor.vicidial.errors import ConnectionFailed, TimedOut, TlsError

    # a certificate problem is a decision for the user (its own box with the choices), not a blip
    return isinstance(exc, ConnectionFailed | TimedOut) and not isinstance(exc, TlsError)


def _field_mnemonics() -> list[str]:
    """The fields corrected most, in the order they get an Alt+letter."""
    from leadeditor.vicidial import columns as col  # loaded with the form, after the first paint

    return [
        col.LAST_NAME,
        col.FIRST_NAME,
        col.PHONE_NUMBER,
        col.EMAIL,
        col.ADDRESS1,
        col.CITY,
        col.POSTAL_CODE,
        col.DATE_OF_BIRTH,
        col.GENDER,
        col.COMMENTS,
    ]


def _taken_letters(window: QWidget) -> set[str]:
    import re

    from PySide6.QtWidgets import QAbstractButton

    texts = [a.text() for a in window.findChildren(QAction)]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    return {m.lower() for t in texts for m in re.findall(r"&(\w)", t.replace("&&", ""))}


def _give_mnemonics(window: QWidget, form: LeadForm) -> None:
    """Alt+letter "go to field" actions for the fields corrected most: the first letter of each (translated)
    label that no menu, search label or button of the window uses yet, so no language gets a clash. The
    labels keep their text; the keys are listed in Help -> Keyboard shortcuts and each field's tooltip."""
    taken = _taken_letters(window)
    for key in _field_mnemonics():
        row = form.rows.get(key)
        if row is None:
            continue
        letter = next((c for c in row.title.lower() if "a" <= c <= "z" and c not in taken), None)
        if letter is None:
            continue
        taken.add(letter)
        editor = row.editor.widget
        action = QAction(tr("Go to {0}").format(row.title), window)
        action.setObjectName(f"goTo_{key}")
        action.setShortcut(QKeySequence(f"Alt+{letter.upper()}"))
        # ShortcutFocusReason: a line edit selects its text, so typing replaces the wrong value at once
        action.triggered.connect(lambda _=False, e=editor: e.setFocus(Qt.FocusReason.ShortcutFocusReason))
        window.addAction(action)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        editor.setToolTip("\n".join(t for t in (editor.toolTip(), keys) if t))


def _cancelled_type() -> type[BaseException]:
    from leadeditor.editing.workflow import Cancelled

    return Cancelled


def __getattr__(name: str) -> Any:
    # `Lead` is re-exported as before, but loaded on first use: it brings the field catalogue, which the
    # first paint does not need.
    if name == "Lead":
        from leadeditor.editing.lead import Lead

        return Lead
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Lead", "MainWindow", "Session"]
