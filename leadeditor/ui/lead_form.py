"""The lead form: every editable field grouped, Blank toggles, edit marks, live "will be stored" previews."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadeditor.editing.changes import ChangeRow, ChangeSet
from leadeditor.editing.lead import Lead
from leadeditor.ui import glossary
from leadeditor.ui.field_editors import Editor, different_text, make_custom_editor, make_editor
from leadeditor.ui.glossary import display, empty
from leadeditor.ui.texts import (
    field_hint,
    field_label,
    group_title,
    in_sentence,
    lead_note_text,
    note_texts,
    tr,
)
from leadeditor.ui.theme import Tone, box_style, styled, swatch
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import BLANK, FIELDS, Blank, FieldGroup, FieldKind, FieldSpec

EDIT_MARK = "●"
_GROUP_ORDER = (
    FieldGroup.NAME,
    FieldGroup.CONTACT,
    FieldGroup.ADDRESS,
    FieldGroup.DIALING,
    FieldGroup.SOURCE,
    FieldGroup.NOTES,
)


def _group_title(group: FieldGroup) -> str:
    return group_title(group.value)


def _preview_style() -> str:
    return box_style(Tone.EDITED)


def _empty_state_style() -> str:
    muted = swatch(Tone.MUTED)
    return (
        f"QLabel#emptyState {{ color: {muted.text};"
        f" border: 1px dashed {muted.border}; border-radius: 4px;"
        " padding: 16px; }"
    )


def _unlock_phone() -> str:
    return tr("Unlock the phone number (sent with update_phone_number=Y)")


class FieldRow:
    """The widgets of one field inside a group's grid, and its edit state."""

    def __init__(
        self,
        form: LeadForm,
        grid: QGridLayout,
        row: int,
        key: str,
        label: str,
        editor: Editor,
        *,
        blankable: bool,
        spec: FieldSpec | None,
        hint: str = "",
    ) -> None:
        self.form, self.key, self.title, self.editor, self.spec = form, key, label, editor, spec
        self.loaded = self.shown = ""  # shown: the value loaded; loaded: what the editor reads as then
        self.different = False  # the leads edited together hold different values in this field
        parent = grid.parentWidget()
        self.label = QLabel(label, parent)
        self.label.setBuddy(editor.widget)
        self.label.setObjectName(f"label_{key}")
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label.setMinimumWidth(120)
        self.label.setWordWrap(True)  # a long label (another language) wraps instead of being cut off
        editor.widget.setObjectName(f"field_{key}")
        editor.widget.setAccessibleName(label)
        # what a screen reader says about the field when it is not edited (show_state adds the edit)
        self.description = hint.replace("\n", " ") or tr(
            "Type the corrected value; nothing is sent before you review and confirm."
        )
        editor.widget.setAccessibleDescription(self.description)
        if hint:
            editor.widget.setToolTip(hint)
        if editor.widget.maximumWidth() >= 5000:
            editor.widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.blank: QCheckBox | None = None
        self.blank_hint = ""  # what the field's description says about Ctrl+B, when it can be blanked
        if blankable:
            self.blank = QCheckBox(tr("Blank"), parent)
            self.blank.setObjectName(f"blank_{key}")
            self.blank.setAccessibleName(tr("Blank {0}").format(in_sentence(label)))
            self.blank.setToolTip(tr("Empty this field on the server (sent as --BLANK--)"))
            self.blank.setAccessibleDescription(self.blank.toolTip())
            self.blank.toggled.connect(self._blank_toggled)
            # not a Tab stop (a box after every field doubled the Tab presses through the form): Ctrl+B
            # toggles it from the field, which says so; the box stays clickable and in the accessibility tree
            self.blank.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.blank_hint = tr("Ctrl+B blanks this field (empties it on the server).")
            self.description += " " + self.blank_hint
            editor.widget.setAccessibleDescription(self.description)

        self.revert = QToolButton(parent)
        self.revert.setObjectName(f"revert_{key}")
        self.revert.setIcon(editor.widget.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.revert.setToolTip(tr("Revert {0} to the value on the server").format(in_sentence(label)))
        self.revert.setAccessibleName(tr("Revert {0}").format(in_sentence(label)))
        self.revert.setAutoRaise(True)
        self.revert.clicked.connect(self.revert_field)
        keep = self.revert.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.revert.setSizePolicy(keep)
        self.revert.hide()

        # several leads edited together: an untouched field says, in words, that it is not written
        self.leave = QLabel(tr("leave as is"), parent)
        self.leave.setObjectName(f"leave_{key}")
        styled(self.leave, lambda: f"color: {swatch(Tone.MUTED).text}; font-style: italic;")
        self.leave.setToolTip(tr("Not written: each lead keeps its own value unless you change this field"))
        self.leave.hide()

        self.preview = QLabel(parent)
        self.preview.setObjectName(f"preview_{key}")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        styled(self.preview, _preview_style)  # follows a live light/dark switch
        self.preview.hide()

        self.extra = QHBoxLayout()
        self.extra.setContentsMargins(0, 0, 0, 0)
        self.extra.setSpacing(6)
        if editor.widget.maximumWidth() < 5000:  # short columns: a short editor, aligned left
            self.extra.addWidget(editor.widget)
            self.extra.addWidget(self.leave)
            self.extra.addStretch(1)
        else:
            self.extra.addWidget(editor.widget, 1)
            self.extra.addWidget(self.leave)
        grid.addWidget(self.label, row, 0)
        grid.addLayout(self.extra, row, 1)
        if self.blank is not None:
            grid.addWidget(self.blank, row, 2)
        grid.addWidget(self.revert, row, 3)
        grid.addWidget(self.preview, row + 1, 1, 1, 3)
        editor.on_change(self._changed)

    # -- state -----------------------------------------------------------------------------------------
    def load(self, value: str, *, different: bool = False) -> None:
        """Show `value` as stored; `different`: the leads edited together hold different values here."""
        self.loaded = self.shown = value
        widget = self.editor.widget
        widget.blockSignals(True)
        if self.blank is not None:
            self.blank.blockSignals(True)
            self.blank.setChecked(False)
            self.blank.blockSignals(False)
            self.editor.set_locked(False)
        self.editor.show_different(False)
        self.editor.set(value)
        if different:
            self.editor.show_different(True)
            self.loaded = self.editor.get()  # what the editor reads as while it says "(different values)"
        self.different = different
        widget.blockSignals(False)
        self.show_state(None)

    def edit(self) -> str | Blank | None:
        """The user's edit, or None when the field shows what was loaded."""
        if self.blank is not None and self.blank.isChecked():
            return BLANK
        value = self.editor.get()
        if self.editor.same(value, self.loaded):
            return None
        if (
            value == ""
            and self.blank is not None
            and self.spec is not None
            and self.spec.kind in (FieldKind.ENUM, FieldKind.DATE)
        ):
            return BLANK  # "(empty)" gender or "none" date: the only way there is --BLANK--
        return value

    def _blank_toggled(self, checked: bool) -> None:
        self.editor.set_locked(checked)
        self._changed()

    def _changed(self) -> None:
        self.form.field_changed(self)

    def revert_field(self) -> None:
        self.load(self.shown, different=self.different)
        self.form.field_changed(self)

    def show_state(self, row: ChangeRow | None) -> None:
        """Mark an edited field in words and weight (not colour alone), and show the preview."""
        edited = row is not None
        font = self.label.font()
        font.setBold(edited)
        self.label.setFont(font)
        self.label.setText(f"{EDIT_MARK} {self.title}" if edited else self.title)
        # the phone number is locked while several leads are edited (its button says so): no marker there
        self.leave.setVisible(self.form.is_common and not edited and self.key != col.PHONE_NUMBER)
        held = tr("different values on the leads") if self.different else _quote(self.loaded)
        was = tr("Edited; the server holds {0}").format(held) if edited else ""
        self.label.setToolTip(was)
        self.revert.setVisible(edited)
        text = preview_text(row) if row is not None else ""
        idle = self.description
        if self.form.is_common:
            idle = f"{different_text()}. {self.leave.text()}" if self.different else self.leave.text()
        described = f"{was}. {text} {self.blank_hint}".strip() if edited else idle
        self.editor.widget.setAccessibleDescription(described)
        self.preview.setText(text)
        self.preview.setVisible(bool(text))


def _quote(value: str) -> str:
    return tr("nothing (empty)") if value == "" else f"“{value}”"


def preview_text(row: ChangeRow) -> str:
    """What the server will store when it differs from what was typed, and why; empty when it is the same."""
    if not row.differs_from_typed and not row.warnings:
        return ""
    reasons = " ".join(note_texts(row.warnings))
    if row.will_store is None:
        return tr("Will not change: {0}").format(reasons)
    head = tr("Will be stored as: {0}").format(f"“{row.will_store}”" if row.will_store else empty())
    if not row.differs_from_typed:
        return reasons
    return f"{head} — {reasons}" if reasons else head


def _empty_text() -> str:
    return tr(
        "Search for a lead, then select it in the results.\n\nIts current values appear here. Correct "
        "what is wrong, tick Blank to empty a field, and review exactly what will be stored before "
        "anything is sent."
    )


class LeadForm(QWidget):
    """Shows one lead; `saveRequested` when the user asks to review and save the edits."""

    saveRequested = Signal()
    editsChanged = Signal(int)
    commonChanged = Signal(int)  # how many leads the form edits together (0: one lead, or none)

    def __init__(self, parent: QWidget | None = None, *, non_latin: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("leadForm")
        self.setAccessibleName(tr("Lead details"))
        self.non_latin = non_latin
        self.lead: Lead | None = None
        self.changeset: ChangeSet | None = None
        self.common_ids: list[int] = []  # several leads edited together: one change for all of them
        self.common_leads: list[Lead] = []  # those leads as listed (what "leave as is" keeps)
        self.rows: dict[str, FieldRow] = {}
        self.custom_rows: dict[str, FieldRow] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        from leadeditor.ui.theme import heading

        self.title = heading(tr("No lead selected"), self, scale=1.25)
        self.title.setObjectName("leadTitle")
        self.subtitle = QLabel(tr("Select a lead in the results to see and correct it."), self)
        self.subtitle.setObjectName("leadSubtitle")
        self.subtitle.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("leadNote")
        self.note.setWordWrap(True)
        styled(self.note, _preview_style)
        self.note.hide()
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        outer.addWidget(self.note)

        self.scrollArea = QScrollArea(self)
        self.scrollArea.setObjectName("leadFormScroll")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.StyledPanel)
        # not a Tab stop of its own: Tab goes from the results straight to the first field (it still scrolls
        # to whichever field has the focus)
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget(self.scrollArea)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(8, 8, 8, 8)
        self.body_layout.setSpacing(10)
        self._build_groups()
        self.custom_box = QGroupBox(tr("Custom fields"), self.body)
        self.custom_grid = self._grid(self.custom_box)
        self.custom_box.hide()
        self.body_layout.addWidget(self.custom_box)
        self.body_layout.addStretch(1)
        self.scrollArea.setWidget(self.body)
        outer.addWidget(self.scrollArea, 1)
        self.emptyState = QLabel(_empty_text(), self)
        self.emptyState.setObjectName("emptyState")
        self.emptyState.setWordWrap(True)
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        styled(self.emptyState, _empty_state_style)
        outer.addWidget(self.emptyState, 1)
        self.editUnknownButton = QPushButton(tr("Edit without current values…"), self)
        self.editUnknownButton.setObjectName("editUnknownButton")
        self.editUnknownButton.setToolTip(
            tr(
                "Write fields of this lead although its current values could "
                "not be read; you acknowledge that before saving"
            )
        )
        self.editUnknownButton.clicked.connect(self._edit_unknown)
        self.editUnknownButton.hide()
        self._unknown_id = 0
        outer.addWidget(self.editUnknownButton, 0, Qt.AlignmentFlag.AlignLeft)

        footer = QHBoxLayout()
        self.editCount = QLabel(self)
        self.editCount.setObjectName("editCount")
        self.revertAllButton = QPushButton(tr("Revert all"), self)
        self.revertAllButton.setObjectName("revertAllButton")
        self.revertAllButton.setToolTip(tr("Undo every edit in this form (nothing has been sent)"))
        self.revertAllButton.clicked.connect(self.revert_all)
        self.undoRevertButton = QPushButton(tr("Undo revert"), self)
        self.undoRevertButton.setObjectName("undoRevertButton")
        self.undoRevertButton.setToolTip(tr("Bring back the edits that “Revert all” removed"))
        self.undoRevertButton.clicked.connect(self.undo_revert)
        self.undoRevertButton.hide()
        self._reverted: tuple[dict[str, str | Blank], dict[str, str | Blank], bool] | None = None
        self._restoring = False
        self.saveButton = QPushButton(tr("Review and save…"), self)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.saveButton.setToolTip(tr("See exactly what will be stored, then confirm (Ctrl+S)"))
        # Ctrl+S is the window's "Review and save" action (a button's shortcut is lost on every setText)
        self.saveButton.clicked.connect(self.saveRequested)
        footer.addWidget(self.editCount, 1)
        footer.addWidget(self.undoRevertButton)
        footer.addWidget(self.revertAllButton)
        footer.addWidget(self.saveButton)
        outer.addLayout(footer)
        self.set_lead(None)

    # -- building --------------------------------------------------------------------------------------
    @staticmethod
    def _grid(box: QGroupBox) -> QGridLayout:
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_groups(self) -> None:
        for group in _GROUP_ORDER:
            box = QGroupBox(_group_title(group), self.body)
            box.setObjectName(f"group_{group.name.lower()}")
            grid = self._grid(box)
            row = 0
            for spec in (f for f in FIELDS if f.group is group):
                editor = make_editor(spec, box)
                hint = field_hint(spec.column, spec.hint)
                if spec.length:
                    hint = (hint + "\n" if hint else "") + glossary.at_most_characters(spec.length)
                label = field_label(spec.column, spec.label)
                field_row = FieldRow(
                    self,
                    grid,
                    row,
                    spec.column,
                    label,
                    editor,
                    blankable=spec.blankable,
                    spec=spec,
                    hint=hint,
                )
                self.rows[spec.column] = field_row
                row += 2
            self.body_layout.addWidget(box)
        phone = self.rows[col.PHONE_NUMBER]
        self.changePhoneButton = QPushButton(tr("Change phone number"), self.body)
        self.changePhoneButton.setObjectName("changePhoneButton")
        self.changePhoneButton.setToolTip(_unlock_phone())
        self.changePhoneButton.clicked.connect(self.unlock_phone)
        phone.extra.addWidget(self.changePhoneButton)
        # a longer button text (Spanish, the pseudo-locale) must not squeeze the number out of sight
        digits = phone.editor.widget.fontMetrics().horizontalAdvance("0" * 14)
        phone.editor.widget.setMinimumWidth(digits + 24)
        # the fields never scroll sideways: the form asks the splitter for the width its longest row needs
        bar = self.scrollArea.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(460, self.body.minimumSizeHint().width() + bar + 8))

    def _set_phone_locked(self, locked: bool) -> None:
        editor = self.rows[col.PHONE_NUMBER].editor.widget
        if isinstance(editor, QLineEdit):
            editor.setReadOnly(locked)
        self.changePhoneButton.setEnabled(locked and self.lead is not None)
        self.changePhoneButton.setText(tr("Change phone number") if locked else tr("Phone number unlocked"))
        if self.changeset is not None:
            self.changeset.update_phone_number = not locked

    def unlock_phone(self) -> None:
        self._set_phone_locked(False)
        widget = self.rows[col.PHONE_NUMBER].editor.widget
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        self.field_changed(self.rows[col.PHONE_NUMBER])

    def _build_custom(self, lead: Lead) -> None:
        for row in self.custom_rows.values():
            for w in (row.label, row.editor.widget, row.blank, row.revert, row.preview):
                if w is not None:
                    w.deleteLater()
        self.custom_rows.clear()
        while self.custom_grid.count():
            self.custom_grid.takeAt(0)
        labels = list(lead.custom)
        for n, label in enumerate(labels):
            editor = make_custom_editor(self.custom_box)
            self.custom_rows[label] = FieldRow(
                self,
                self.custom_grid,
                n * 2,
                label,
                label,
                editor,
                blankable=True,
                spec=None,
                hint=tr("Custom field of list {0}").format(lead.entry_list_id or lead.list_id),
            )
        self.custom_box.setTitle(tr("Custom fields (list {0})").format(lead.entry_list_id or lead.list_id))
        self.custom_box.setVisible(bool(labels))

    # -- loading ---------------------------------------------------------------------------------------
    def set_common(self, leads: Sequence[Lead]) -> None:
        """Several leads edited together: each field shows the value they share, or "(different values)"
        as a placeholder; only what the user changes is written, to each lead by its own lead ID."""
        from leadeditor.editing.multi_lead import shared_values

        shared = shared_values(leads)
        self.set_lead(shared.lead, announce=False)
        self.common_ids = [lead.lead_id for lead in leads]
        self.common_leads = list(leads)
        for column, row in self.rows.items():
            row.load(shared.lead.value(column), different=column in shared.different)
        count = len(self.common_ids)
        shown = ", ".join(map(str, self.common_ids[:8])) + (" …" if count > 8 else "")
        self.title.setText(tr("One change for %n leads", None, count))
        self.subtitle.setText(tr("Leads {0}").format(shown))
        # the window's banner says the mode and how it writes; the form keeps its height for the fields
        self.note.setVisible(False)
        self.saveButton.setText(tr("Review and apply to %n leads…", None, count))
        # one phone number for several leads is never a correction: phone numbers change one lead at a time
        self.changePhoneButton.setEnabled(False)
        self.changePhoneButton.setText(tr("Phone: one lead at a time"))
        self.changePhoneButton.setToolTip(
            tr("Several leads are selected: change a phone number on one lead at a time")
        )
        self._update_footer()
        self.commonChanged.emit(count)

    def offer_unknown(self, lead_id: int) -> None:
        """The lead could not be read: offer to edit it anyway (values unknown, acknowledged at saving)."""
        self._unknown_id = lead_id
        self.title.setText(tr("Lead {0} · details unavailable").format(lead_id))
        self.emptyState.setText(
            tr(
                "The server did not send this lead's current values, so they cannot be "
                "shown or checked.\n\nIf it must be corrected now, use “Edit without "
                "current values”: the form starts empty, only the fields you fill in are "
                "written, and you confirm first that the values could not be checked."
            )
        )
        self.editUnknownButton.show()

    def _edit_unknown(self) -> None:
        lead_id = self._unknown_id
        self.set_lead(Lead.unknown(lead_id, tr("Its current values could not be read.")))
        self.note.setText(
            tr(
                "Note: the current values of lead {0} could not be read. The fields are empty; "
                "fill in only what must change. Nothing else is sent."
            ).format(lead_id)
        )
        self.note.setVisible(True)

    @property
    def is_common(self) -> bool:
        return bool(self.common_ids)

    def set_lead(self, lead: Lead | None, *, problem: str = "", announce: bool = True) -> None:
        """Show a lead as stored (no edits), or the empty state; this ends editing several leads together."""
        self._forget_revert()
        was_common = self.is_common
        self.common_ids = []
        self.common_leads = []
        self.saveButton.setText(tr("Review and save…"))
        self.changePhoneButton.setToolTip(_unlock_phone())
        self.editUnknownButton.hide()
        self.emptyState.setText(_empty_text())
        self.lead = lead
        self.changeset = ChangeSet(lead, self.non_latin) if lead is not None else None
        self.scrollArea.setVisible(lead is not None)
        self.emptyState.setVisible(lead is None)
        self.body.setEnabled(lead is not None)
        if lead is None:
            self.title.setText(tr("No lead selected"))
            self.subtitle.setText(problem)
            self.subtitle.setVisible(bool(problem))
            styled(self.subtitle, _preview_style if problem else str)
            self.note.setVisible(False)
        else:
            styled(self.subtitle, str)
            self.subtitle.setVisible(True)
            self.title.setText(
                tr("Lead {0} · {1}").format(
                    lead.lead_id, lead.full_name or (tr("(no name)") if lead.known else tr("values unknown"))
                )
            )
            calls = lead.value(col.CALLED_COUNT) or "0"
            called = glossary.times_called(calls)
            last = lead.value(col.LAST_LOCAL_CALL_TIME)
            last_text = tr(" · last call {0}").format(last) if calls != "0" and last else ""
            self.subtitle.setText(
                tr("List {0} · status {1} · {2}{3}").format(
                    lead.value(col.LIST_ID) or "?", lead.value(col.STATUS) or tr("(none)"), called, last_text
                )
                if lead.known
                else tr(
                    "The current values could not be read. Fill in only what must "
                    "change; nothing else is sent."
                )
            )
            said = lead_note_text(problem or lead.note)
            self.note.setText((tr("Note: ") + said) if said else "")
            self.note.setVisible(bool(problem or lead.note))
            for column, row in self.rows.items():
                row.load(lead.value(column))
            self._build_custom(lead)
            for label, row in self.custom_rows.items():
                row.load(lead.custom.get(label, ""))
        self._set_phone_locked(True)
        self._update_footer()
        self._chain_tab_order()
        if was_common and announce:
            self.commonChanged.emit(0)

    def tab_entry(self) -> QWidget:
        """The first field, where Tab from the results table lands."""
        return next(iter(self.rows.values())).editor.widget

    def _chain_tab_order(self) -> None:
        """Tab in visual order: each field's editor, its extra button, Blank and Revert, the custom fields
        (built later, so otherwise last in the chain, after Save), then Revert all and Save."""
        chain: list[QWidget] = []
        for row in (*self.rows.values(), *self.custom_rows.values()):
            chain.append(row.editor.widget)
            if row is self.rows.get(col.PHONE_NUMBER):
                chain.append(self.changePhoneButton)
            chain.extend(w for w in (row.blank, row.revert) if w is not None)
        chain.extend((self.editUnknownButton, self.undoRevertButton, self.revertAllButton, self.saveButton))
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- edits -----------------------------------------------------------------------------------------
    def field_changed(self, row: FieldRow) -> None:
        if self.changeset is None:
            return
        if not self._restoring and self._reverted is not None:
            self._forget_revert()  # a new edit: the reverted ones are not brought back over it
        edit = row.edit()
        custom = row.key in self.custom_rows
        if edit is None:
            self.changeset.revert(row.key)
            row.show_state(None)
        else:
            if custom:
                self.changeset.set_custom(row.key, edit)
                change = next((r for r in self.changeset.rows() if r.custom and r.key == row.key), None)
            else:
                self.changeset.set(row.key, edit)
                change = self.changeset.row(row.key)
            row.show_state(change)
        self._update_footer()

    def apply_edits(self, edits: Mapping[str, str | Blank]) -> None:
        """Type these edits into the fields (a draft restored after a restart), as if the user had."""
        for column, value in edits.items():
            row = self.rows.get(column) or self.custom_rows.get(column)
            if row is None:
                continue
            if isinstance(value, Blank):
                if row.blank is not None:
                    row.blank.setChecked(True)
            else:
                row.editor.set(value)
                self.field_changed(row)

    def set_edit(self, key: str, value: str) -> bool:
        """Put `value` in a field as if typed (a suggested fix); False when the form has no such field."""
        row = self.rows.get(key) or self.custom_rows.get(key)
        if row is None:
            return False
        if row.blank is not None and row.blank.isChecked():
            row.blank.setChecked(False)
        row.editor.set(value)
        self.field_changed(row)
        return True

    def revert_all(self) -> None:
        """Back to the values on the server; "Undo revert" brings the edits back until the next edit."""
        if self.lead is None or self.changeset is None:
            return
        kept = (
            dict(self.changeset.edits),
            dict(self.changeset.custom_edits),
            self.changeset.update_phone_number,
        )
        if self.is_common:
            self.set_common(self.common_leads)
        else:
            self.set_lead(self.lead)
        if kept[0] or kept[1]:
            self._reverted = kept
            self.undoRevertButton.show()

    def undo_revert(self) -> None:
        """Put back the edits "Revert all" removed."""
        if self._reverted is not None:
            self._put_back(self._reverted)
        self._forget_revert()

    def rebase(self, lead: Lead) -> None:
        """Show the values the server holds now and keep the user's edits on top of them, still unsaved
        (after a conflict: never the stale values, never the edits lost)."""
        if self.changeset is None or self.is_common:
            self.set_lead(lead)
            return
        kept = (
            dict(self.changeset.edits),
            dict(self.changeset.custom_edits),
            self.changeset.update_phone_number,
        )
        self.set_lead(lead)
        self._put_back(kept)

    def _put_back(self, kept: tuple[dict[str, str | Blank], dict[str, str | Blank], bool]) -> None:
        edits, custom, phone_unlocked = kept
        self._restoring = True
        try:
            if phone_unlocked:
                self._set_phone_locked(False)
            for key, value in (*edits.items(), *custom.items()):
                row = self.rows.get(key) or self.custom_rows.get(key)
                if row is None:
                    continue
                if isinstance(value, Blank):
                    if row.blank is not None:
                        row.blank.setChecked(True)
                else:
                    self.set_edit(key, value)
        finally:
            self._restoring = False

    def _forget_revert(self) -> None:
        self._reverted = None
        self.undoRevertButton.hide()

    def edit_count(self) -> int:
        if self.changeset is None:
            return 0
        return len(self.changeset.edits) + len(self.changeset.custom_edits)

    def _update_footer(self) -> None:
        n = self.edit_count()
        sends = self.changeset.has_writes if self.changeset is not None else False
        self.editCount.setText(
            "" if self.lead is None else tr("No changes") if n == 0 else tr("%n fields edited", None, n)
        )
        self.revertAllButton.setEnabled(n > 0)
        self.saveButton.setEnabled(sends)
        self.editsChanged.emit(n)

    def set_busy(self, busy: bool) -> None:
        self.body.setEnabled(not busy and self.lead is not None)
        self.saveButton.setEnabled(not busy and bool(self.changeset and self.changeset.has_writes))
        self.revertAllButton.setEnabled(not busy and self.edit_count() > 0)


__all__ = ["EDIT_MARK", "FieldRow", "LeadForm", "display", "preview_text"]
