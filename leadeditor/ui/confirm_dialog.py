"""The confirm dialog: Field | Now | Will be stored, with every warning. Nothing is sent before "Save"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.changes import ChangeSet
from leadeditor.ui import accessibility
from leadeditor.ui.geometry import RememberedDialog
from leadeditor.ui.glossary import display, empty
from leadeditor.ui.texts import field_label, note_texts, tr
from leadeditor.ui.theme import Tone, box_style, styled


def _warning_style() -> str:
    return box_style(Tone.WARNING, padding="6px 8px")


class ConfirmDialog(RememberedDialog):
    """Accepted means: send these changes; `FIX` means: put `chosen_fix` in the form and review again. Open it
    with open() and listen to finished/accepted."""

    FIX = 2  # the dialog's result when the user chose a suggested fix
    geometry_key = "confirm"

    def showEvent(self, event):
        accessibility.complete(
            self,
            {"confirmTable": tr("Each field to be written: its value now and what the server will store.")},
        )
        super().showEvent(event)
        self._even_rows()  # the columns have their real widths only now

    def __init__(
        self,
        changeset: ChangeSet,
        *,
        server: str = "",
        parent: QWidget | None = None,
        title: str = "",
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        lead = changeset.lead
        self.setWindowTitle(tr("Confirm changes to lead {0}").format(lead.lead_id))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        from leadeditor.ui.theme import heading

        layout.addWidget(
            heading(
                title
                or tr("Save these changes to lead {0} ({1})?").format(
                    lead.lead_id, lead.full_name or (tr("no name") if lead.known else tr("values unknown"))
                ),
                self,
            )
        )
        where = tr(" on {0}").format(server) if server else ""
        intro = QLabel(
            tr(
                "Nothing has been sent yet. Just before writing, the lead is read again and the "
                "save stops if anyone changed it meanwhile. Only the fields below will be "
                "written{0}, by lead ID; the lead is then read back and checked."
            ).format(where),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if note:
            extra = QLabel(note, self)
            extra.setObjectName("confirmNote")
            extra.setWordWrap(True)
            layout.addWidget(extra)

        rows = changeset.rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("confirmTable")
        self.table.setAccessibleName(tr("Changes to be saved"))
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Now"), tr("Will be stored")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        warnings: list[str] = []
        for r, row in enumerate(rows):
            label = QTableWidgetItem(field_label(row.key, row.label))
            now = QTableWidgetItem(display(row.now) if row.now_known else tr("unknown (not readable)"))
            will = QTableWidgetItem(display(row.will_store) if row.sends else tr("(not sent: no change)"))
            if row.sends:
                bold = QFont(will.font())
                bold.setBold(True)
                will.setFont(bold)
            else:
                italic = QFont(will.font())
                italic.setItalic(True)
                will.setFont(italic)
            if row.warnings:
                will.setIcon(warn_icon)
                will.setToolTip(" ".join(note_texts(row.warnings)))
                warnings += [f"{label.text()}: {w}" for w in note_texts(row.warnings)]
            for c, item in enumerate((label, now, will)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self._even_rows()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setCurrentCell(-1, -1)
        row_h = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(min(360, header.height() + row_h * max(len(rows), 2) + 6))
        layout.addWidget(self.table, 1)

        self.warnings = QLabel(self)
        self.warnings.setObjectName("confirmWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        styled(self.warnings, _warning_style)  # follows a live light/dark switch
        if warnings:
            self.warnings.setText(
                tr("⚠ Before you save, note:") + "\n" + "\n".join(f"•  {w}" for w in warnings)
            )
        self.warnings.setVisible(bool(warnings))
        layout.addWidget(self.warnings)

        self.buttons = QDialogButtonBox(self)
        self.saveButton = self.buttons.addButton(tr("Save to server"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.saveButton.setObjectName("confirmSaveButton")
        self.cancelButton = self.buttons.addButton(tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancelButton.setObjectName("confirmCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Save is the default only when every value is stored exactly as typed (and nothing else calls for
        # care: a doubtful phone number, a live call); otherwise Enter goes back
        self.stored_differently = [r for r in rows if r.sends and r.differs_from_typed]
        careful = changeset.needs_caution
        safe = self.cancelButton if careful else self.saveButton
        self.saveButton.setAutoDefault(not careful)
        self.cancelButton.setAutoDefault(careful)
        safe.setDefault(True)
        safe.setFocus()
        self.saveButton.setEnabled(changeset.has_writes)
        self.chosen_fix: tuple[str, str] | None = None
        self.fix_buttons: dict[str, QPushButton] = {}
        for row in self.stored_differently:
            fix = changeset.suggested_fix(row)
            if fix is None:
                continue
            button = QPushButton(tr("{0}: store “{1}” instead").format(row.label, fix), self)
            button.setObjectName(f"fixButton_{row.key}")
            button.setAutoDefault(False)
            button.setToolTip(
                tr("Put “{0}” in the form in place of what was typed, then review again").format(fix)
            )
            button.clicked.connect(lambda _=False, key=row.key, value=fix: self._choose_fix(key, value))
            self.fix_buttons[row.key] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.liveCall: QLabel | None = None
        if changeset.live_call is not None:
            live = tr(
                "⚠ Lead {0} is in a live call or being dialled (status {1}). When the agent ends "
                "the call, the agent's screen saves every standard field from its own form and may put "
                "your correction back; Lead Editor reads the lead again after saving and tells you."
            )
            live = live.format(lead.lead_id, changeset.live_call)
            self.liveCall = QLabel(live, self)
            self.liveCall.setObjectName("confirmLiveCall")
            self.liveCall.setWordWrap(True)
            styled(self.liveCall, _warning_style)
            layout.addWidget(self.liveCall)
        self.onScreen: QLabel | None = None
        if changeset.on_screen:
            agents = ", ".join(f"{a.user} ({a.status})" for a in changeset.on_screen)
            self.onScreen = QLabel(
                tr(
                    "⚠ Lead {0} is on an agent's screen now: {1}. When the agent saves the call's "
                    "disposition, the agent's screen writes every standard field from its own form and may "
                    "put your correction back; Lead Editor reads the lead again after saving and tells you."
                ).format(lead.lead_id, agents),
                self,
            )
            self.onScreen.setObjectName("confirmOnScreen")
            self.onScreen.setWordWrap(True)
            styled(self.onScreen, _warning_style)
            layout.addWidget(self.onScreen)
        self._add_gmt_offer(changeset, layout)
        if self.gmtNote is not None and not careful:  # the offset question is answered before saving
            self.saveButton.setDefault(False)
            self.saveButton.setAutoDefault(False)
            self.cancelButton.setDefault(True)
            self.cancelButton.setFocus()
        # A lead whose values could not be read: writing stays possible once the user says they understand.
        self.acknowledge: QCheckBox | None = None
        if not lead.known:
            why = QLabel(
                tr(
                    "⚠ The current values of lead {0} could not be read, so they cannot be checked "
                    "before writing (nobody's change can be detected), and the journal will record "
                    "them as unknown."
                ).format(lead.lead_id),
                self,
            )
            why.setObjectName("confirmUnknownWarning")
            why.setWordWrap(True)
            styled(why, _warning_style)
            layout.addWidget(why)
            self.acknowledge = QCheckBox(tr("I understand; write these fields anyway"), self)
            self.acknowledge.setObjectName("confirmAcknowledge")
            self.acknowledge.toggled.connect(
                lambda on: self.saveButton.setEnabled(on and changeset.has_writes)
            )
            self.saveButton.setEnabled(False)
            layout.addWidget(self.acknowledge)
        layout.addWidget(self.buttons)
        self.remember(QSize(760, min(660, 200 + 30 * max(len(rows), 2) + 22 * len(warnings))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._even_rows()

    def _even_rows(self) -> None:
        """Rows fitted to their values at the columns' present widths, every one-line row as tall as the
        tallest one-line row (a warning icon made its row taller); a value of several lines keeps its height.
        Sized before the dialog was laid out, values wrapped in narrow columns and rows came out uneven."""
        table = self.table
        table.resizeRowsToContents()
        heights = [table.rowHeight(r) for r in range(table.rowCount())]
        line = table.fontMetrics().lineSpacing()
        even = max((h for h in heights if h < 2 * line), default=0)
        for r, height in enumerate(heights):
            table.setRowHeight(r, max(height, even) + 6)  # breathing room, as in the conflict view

    def _choose_fix(self, key: str, value: str) -> None:
        self.chosen_fix = (key, value)
        self.done(self.FIX)

    def _add_gmt_offer(self, changeset: ChangeSet, layout: QVBoxLayout) -> None:
        """A new area code: VICIdial keeps the old GMT offset; offer the new number's, in the same save."""
        from leadeditor.editing.gmt_offset import phone_zone_change

        self.gmtNote: QLabel | None = None
        self.gmtChoice: QComboBox | None = None
        self.gmtButton: QPushButton | None = None
        change = phone_zone_change(changeset)
        if change is None:
            return
        text = tr(
            "⚠ The area code changes from {0} to {1}. VICIdial does not recompute the lead's GMT "
            "offset when its phone number is updated: the dialer would go on calling at the old local "
            "time (offset {2}) until the server's time-zone script runs, if it is scheduled at all."
        )
        text = text.format(change.old_area, change.new_area, change.current or empty())
        if not change.choices:
            text += " " + tr("The time zone of the new number is not known; set the GMT offset yourself.")
        elif len(change.choices) == 1:
            text += " " + tr("The new number is in {0}: offset {1} now.").format(
                ", ".join(change.choices[0].zones), change.choices[0].offset
            )
        else:
            text += " " + tr("The new number's area spans several time zones: choose the lead's.")
        self.gmtNote = QLabel(text, self)
        self.gmtNote.setObjectName("confirmGmtNote")
        self.gmtNote.setWordWrap(True)
        styled(self.gmtNote, _warning_style)
        layout.addWidget(self.gmtNote)
        if not change.choices:
            return
        row = QHBoxLayout()
        self.gmtChoice = QComboBox(self)
        self.gmtChoice.setObjectName("gmtOffsetChoice")
        self.gmtChoice.setAccessibleName(tr("GMT offset for the new phone number"))
        for choice in change.choices:
            zones = ", ".join(choice.zones[:3]) + (" …" if len(choice.zones) > 3 else "")
            self.gmtChoice.addItem(f"{choice.offset}  ({zones})", choice.offset)
        self.gmtButton = QPushButton(tr("Also set the GMT offset in this save"), self)
        self.gmtButton.setObjectName("gmtOffsetButton")
        self.gmtButton.setAutoDefault(False)
        self.gmtButton.clicked.connect(self._choose_gmt)
        row.addWidget(self.gmtChoice, 1)
        row.addWidget(self.gmtButton)
        layout.addLayout(row)

    def _choose_gmt(self) -> None:
        from leadeditor.vicidial import columns as col

        if self.gmtChoice is not None:
            self._choose_fix(col.GMT_OFFSET_NOW, str(self.gmtChoice.currentData()))
