"""The user's edits to one lead, compared with what was loaded and with what the server will really store."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from leadeditor.editing.lead import Lead
from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import (
    BLANK,
    Blank,
    FieldSpec,
    explain,
    predict_custom_stored,
    predict_stored,
    refusal,
)
from leadeditor.vicidial.fields import field as field_spec
from leadeditor.vicidial.live_agents import AgentOnLead
from leadeditor.vicidial.value_notes import ValueNote

__all__ = ["ChangeNote", "ChangeRow", "ChangeSet", "ChangeWarning", "Edit"]

Edit = str | Blank


class ChangeNote(Enum):
    """A warning about one edit that the change set itself gives (the catalogue's are `ValueNote`s);
    `ui.texts.change_warning_text` words it."""

    SIGN_DROPPED = "sign_dropped"  # data: sign, stored (a phone number's leading - or + is dropped)
    PHONE_TOO_SHORT = "phone_too_short"  # data: stored (1 or 2 digits cannot be dialled)
    PHONE_NOT_SWITCHED = "phone_not_switched"  # written only after "Change phone number"
    MOVES_LIST = "moves_list"  # data: stored (the list the lead moves to; the server checks nothing)
    ALREADY_HELD = "already_held"  # the server already holds this value
    CUSTOM_STORED = "custom_stored"  # data: stored (what the server keeps of a custom field's value)


@dataclass(frozen=True)
class ChangeWarning:
    reason: ChangeNote
    stored: str = ""
    sign: str = ""


# Statuses of a lead that is being dialled or talked to right now (VICIdial's own codes)
LIVE_STATUSES = frozenset({"INCALL", "QUEUE", "XFER", "DIAL"})


def _phone_cautions(typed: Edit, stored: str) -> list[ChangeWarning]:
    """Warnings for a new phone number that is probably a typing mistake."""
    out: list[ChangeWarning] = []
    text = "" if isinstance(typed, Blank) else typed.strip()
    if text[:1] in ("-", "+") and not stored.startswith(text[:1]):
        out.append(ChangeWarning(ChangeNote.SIGN_DROPPED, stored, sign=text[:1]))
    if 0 < len(stored) <= 2:
        out.append(ChangeWarning(ChangeNote.PHONE_TOO_SHORT, stored))
    return out


def _fold_accents(text: str) -> str:
    """Latin letters without their accents ("José" → "Jose"); other characters kept."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@dataclass(frozen=True)
class ChangeRow:
    """One edited field: what is there now, what was typed, what the server will store, and why it differs."""

    key: str  # column name, or the label of a custom field
    label: str
    now: str
    typed: Edit
    will_store: str | None  # None: the server will leave the field as it is
    warnings: tuple[
        ValueNote | ChangeWarning, ...
    ]  # `fields.explain` and the change set's own (`ui.texts.note_texts`)
    custom: bool = False
    now_known: bool = True  # False: the lead could not be read, `now` is not what the server holds

    @property
    def sends(self) -> bool:
        """True when this row is written: it changes something the server will apply."""
        return self.will_store is not None and (not self.now_known or self.will_store != self.now)

    @property
    def differs_from_typed(self) -> bool:
        typed = "" if isinstance(self.typed, Blank) else self.typed
        return self.will_store is None or self.will_store != typed


@dataclass
class ChangeSet:
    """Edits to `lead` (the values the form was loaded with), keyed by column or custom field label."""

    lead: Lead
    non_latin: bool = False
    edits: dict[str, Edit] = field(default_factory=dict)
    custom_edits: dict[str, Edit] = field(default_factory=dict)
    update_phone_number: bool = False
    # the logged-in agents that have the lead on screen (`CorrectionWorkflow.agents_on_lead`, read just before
    # the confirmation): their disposition will save the lead from their form, whatever its status says
    on_screen: tuple[AgentOnLead, ...] = ()

    def set(self, column: str, value: Edit) -> None:
        """Record an edit; an edit back to the loaded value removes it."""
        if isinstance(value, Blank) and not field_spec(column).blankable:
            raise ValueError(f"{column} cannot be blanked")
        if (
            not isinstance(value, Blank)
            and value == self.lead.value(column)
            and (self.lead.known or value == "")
        ):
            self.edits.pop(column, None)
        else:
            self.edits[column] = value

    def set_custom(self, label: str, value: Edit) -> None:
        if not isinstance(value, Blank) and value == self.lead.custom.get(label, ""):
            self.custom_edits.pop(label, None)
        else:
            self.custom_edits[label] = value

    def revert(self, key: str) -> None:
        self.edits.pop(key, None)
        self.custom_edits.pop(key, None)

    def clear(self) -> None:
        self.edits.clear()
        self.custom_edits.clear()

    def row(self, column: str) -> ChangeRow | None:
        if column not in self.edits:
            return None
        return self._row(field_spec(column), self.edits[column])

    def _row(self, spec: FieldSpec, value: Edit) -> ChangeRow:
        now = self.lead.value(spec.column)
        # a value the client refuses to send (it would be stored as another, valid-looking value) is never
        # sent: its row predicts nothing, and explain() says why
        refused = refusal(spec, value) is not None
        stored = None if refused else predict_stored(spec, value, non_latin=self.non_latin)
        warnings: list[ValueNote | ChangeWarning] = list(explain(spec, value, non_latin=self.non_latin))
        if spec.column == col.PHONE_NUMBER and stored is not None:
            warnings += _phone_cautions(value, stored)
        if spec.column == col.PHONE_NUMBER and not self.update_phone_number:
            stored = None
            warnings.append(ChangeWarning(ChangeNote.PHONE_NOT_SWITCHED))
        if spec.column == col.LIST_ID and stored is not None and stored != now:
            # PROTOCOL §2.5 and §5.13: the move is not checked against existing or allowed lists
            warnings.append(ChangeWarning(ChangeNote.MOVES_LIST, stored))
        if stored is not None and stored == now and not warnings and self.lead.known:
            warnings.append(ChangeWarning(ChangeNote.ALREADY_HELD, stored))
        return ChangeRow(
            spec.column, spec.label, now, value, stored, tuple(warnings), now_known=self.lead.known
        )

    def _custom_row(self, label: str, value: Edit) -> ChangeRow:
        now = self.lead.custom.get(label, "")
        stored = predict_custom_stored(value, non_latin=self.non_latin)
        warnings: list[ValueNote | ChangeWarning] = []
        typed = "" if isinstance(value, Blank) else value
        if stored != typed:
            warnings.append(ChangeWarning(ChangeNote.CUSTOM_STORED, stored))
        return ChangeRow(
            label, label, now, value, stored, tuple(warnings), custom=True, now_known=self.lead.known
        )

    def rows(self) -> list[ChangeRow]:
        """Every edit, standard fields in catalogue order, then custom fields."""
        from leadeditor.vicidial.fields import FIELDS

        out = [self._row(spec, self.edits[spec.column]) for spec in FIELDS if spec.column in self.edits]
        out += [self._custom_row(label, value) for label, value in self.custom_edits.items()]
        return out

    @property
    def is_empty(self) -> bool:
        return not self.edits and not self.custom_edits

    def wire_changes(self) -> dict[str, Edit]:
        """The standard fields to send: only those whose stored value will change."""
        out: dict[str, Edit] = {}
        for row in self.rows():
            if row.custom or not row.sends:
                continue
            out[row.key] = BLANK if isinstance(row.typed, Blank) else row.typed
        return out

    def wire_custom_changes(self) -> dict[str, str]:
        """Custom fields to send; an empty value clears a custom field (PROTOCOL §2.9)."""
        return {
            r.key: "" if isinstance(r.typed, Blank) else r.typed for r in self.rows() if r.custom and r.sends
        }

    @property
    def has_writes(self) -> bool:
        return bool(self.wire_changes() or self.wire_custom_changes())

    def copy_for(self, lead: Lead) -> ChangeSet:
        """The same edits on another lead (a common change applied to several leads)."""
        out = ChangeSet(lead, self.non_latin, update_phone_number=self.update_phone_number)
        for column, value in self.edits.items():
            out.set(column, value)
        for label, value in self.custom_edits.items():
            out.set_custom(label, value)
        return out

    @property
    def live_call(self) -> str | None:
        """The lead's status when it says the lead is in a live call or being dialled (the agent's disposition
        will rewrite every standard field from the agent's screen), else None."""
        status = self.lead.value(col.STATUS)
        return status if status.upper() in LIVE_STATUSES else None

    @property
    def needs_caution(self) -> bool:
        """Saving should be a deliberate choice: a value stored differently from what was typed, a phone
        number that looks wrong, or a lead in a live call."""
        rows = self.rows()
        return (
            any(r.sends and r.differs_from_typed for r in rows)
            or self.live_call is not None
            or bool(self.on_screen)
            or any(
                r.key == col.PHONE_NUMBER and r.sends and _phone_cautions(r.typed, r.will_store or "")
                for r in rows
            )
        )

    def suggested_fix(self, row: ChangeRow) -> str | None:
        """A value close to what was typed that the server stores exactly as typed ("José" → "Jose" where
        accents would be dropped), or None when there is none or nothing needs fixing."""
        if not row.sends or not row.differs_from_typed or isinstance(row.typed, Blank):
            return None
        folded = _fold_accents(row.typed)
        if folded == row.typed or folded == row.will_store:
            return None  # nothing to fold, or the fold is what the server stores anyway
        stored = (
            predict_custom_stored(folded, non_latin=self.non_latin)
            if row.custom
            else predict_stored(field_spec(row.key), folded, non_latin=self.non_latin)
        )
        return folded if stored == folded else None

    def predictions(self) -> dict[str, str]:
        """Predicted stored values of everything that will be sent (for verification after the write)."""
        return {r.key: r.will_store for r in self.rows() if r.sends and r.will_store is not None}
