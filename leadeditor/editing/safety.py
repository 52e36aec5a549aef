"""The judgement behind a safe write: conflicts, verification, unknown outcomes, undo and multi-lead plans.

Pure functions over plain mappings (column name -> text, as `read_lead` shows values), so that they are
independent of the client's record class and of Qt. `changes` always maps a column to the requested value or
`BLANK`, exactly what `VicidialClient.update` takes.

VICIdial has no locking and no audit trail (PROTOCOL §2.16): every safety check here is made on the client
side by reading the lead before and after the write.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from leadeditor.vicidial import columns as col
from leadeditor.vicidial.fields import BLANK, Blank, FieldSpec, predict_stored
from leadeditor.vicidial.fields import field as field_spec

__all__ = [
    "UNRESTORABLE_COLUMNS",
    "Changes",
    "Conflict",
    "FieldCheck",
    "FieldEvidence",
    "FieldVerdict",
    "LeadStep",
    "MultiLeadPlan",
    "NotRestorable",
    "Rebase",
    "Resolution",
    "ResolutionReason",
    "ResolutionState",
    "UndoBlock",
    "UndoPlan",
    "UndoSource",
    "Verification",
    "detect_conflicts",
    "label_of",
    "multi_lead_plan",
    "predict_all",
    "rebase_changes",
    "resolve_unknown_delete",
    "resolve_unknown_outcome",
    "undo_changes",
    "values_of",
    "verify_saved",
]

Changes = Mapping[str, str | Blank]

# Columns the server can never empty with --BLANK-- (PROTOCOL §2.5): an empty "before" cannot be restored.
UNRESTORABLE_COLUMNS = frozenset(c.name for c in col.COLUMNS if c.editable and not c.blankable)

# Columns that change without anyone editing the lead (dialing activity); a difference here is still shown as
# a conflict, but flagged so that the view can say it came from the dialer rather than from a person.
_ACTIVITY_COLUMNS = frozenset({col.CALLED_COUNT, col.LAST_LOCAL_CALL_TIME, col.STATUS, col.USER})
# The record's identity and the server's own bookkeeping, not lead data to compare.
_NOT_LEAD_DATA = frozenset({col.LEAD_ID, col.ENTRY_DATE, col.MODIFY_DATE, col.CALLED_SINCE_LAST_RESET})


def _spec_or_none(column: str) -> FieldSpec | None:
    try:
        return field_spec(column)
    except KeyError:
        return None


def label_of(column: str) -> str:
    """The user-facing label of a column (the column name itself for columns outside the catalogue)."""
    spec = _spec_or_none(column)
    return spec.label if spec else column


def _predict(column: str, value: str | Blank, non_latin: bool) -> str | None:
    """What the server stores for a column; columns outside the catalogue are taken as stored verbatim."""
    spec = _spec_or_none(column)
    if spec is None:
        return "" if isinstance(value, Blank) else value
    return predict_stored(spec, value, non_latin=non_latin)


def predict_all(changes: Changes, *, non_latin: bool = False) -> dict[str, str | None]:
    """The predicted stored value of every change (None: the server will leave that field as it is)."""
    return {column: _predict(column, value, non_latin) for column, value in changes.items()}


def values_of(lead: object) -> dict[str, str]:
    """Column -> text of a lead read: a mapping (e.g. `Lead.values`) or the client's `LeadRecord`.

    Every `vicidial_list` column the object has, as text (ints such as ``list_id`` turned into str, None into
    ""). Custom fields are not included: compare those separately, by label.
    """
    if isinstance(lead, Mapping):
        return {str(k): "" if v is None else str(v) for k, v in lead.items()}
    values = getattr(lead, "values", None)
    if isinstance(values, Mapping):
        return {k: v for k, v in values_of(values).items() if k not in _NOT_LEAD_DATA}
    out: dict[str, str] = {}
    for column in col.STANDARD - _NOT_LEAD_DATA:  # a record object with one attribute per column
        if hasattr(lead, column):
            value = getattr(lead, column)
            out[column] = "" if value is None else str(value)
    return out


# --- conflict check -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """A field that differs between the form's values and a fresh read: one row of the conflict view."""

    column: str
    label: str
    when_opened: str
    now: str
    your_change: str | Blank | None  # None: you did not change this field
    dialer_activity: bool = False  # a column the dialer changes by itself (status, called count, ...)

    @property
    def yours(self) -> bool:
        """True when you changed this field too (the dangerous case: your write would overwrite theirs)."""
        return self.your_change is not None


def detect_conflicts(
    loaded: Mapping[str, str], fresh: Mapping[str, str], changes: Changes, *, ignore: Iterable[str] = ()
) -> list[Conflict]:
    """Every column whose value changed on the server since the form loaded it.

    Only columns present in both reads are compared (a column missing from one read cannot be judged). Fields
    the user changed come first, in the order of `changes`, then the others in the order of `loaded`.
    """
    skip = set(ignore)
    found: list[Conflict] = []
    for column, then in loaded.items():
        if column in skip or column not in fresh or fresh[column] == then:
            continue
        found.append(
            Conflict(
                column,
                label_of(column),
                then,
                fresh[column],
                changes.get(column),
                column in _ACTIVITY_COLUMNS,
            )
        )
    order = {column: i for i, column in enumerate(changes)}
    found.sort(key=lambda c: (0, order[c.column]) if c.yours else (1, 0))
    return found


@dataclass(frozen=True)
class Rebase:
    """The user's changes re-applied on the fresh values: what to send now, and against which baseline."""

    changes: dict[str, str | Blank]  # still to send
    baseline: dict[str, str]  # the fresh values: the next conflict check compares against these
    already_so: tuple[str, ...]  # changes dropped because the server already stores what they would store

    @property
    def nothing_to_send(self) -> bool:
        return not self.changes


def rebase_changes(changes: Changes, fresh: Mapping[str, str], *, non_latin: bool = False) -> Rebase:
    """Re-apply my changes on the current values: keep each change, take the fresh read as the new baseline.

    A change whose predicted stored value already equals the fresh value is dropped (sending it would change
    nothing). The caller runs the conflict check again against `baseline` just before writing.
    """
    keep: dict[str, str | Blank] = {}
    already: list[str] = []
    for column, value in changes.items():
        predicted = _predict(column, value, non_latin)
        if column in fresh and predicted is not None and predicted == fresh[column]:
            already.append(column)
        else:
            keep[column] = value
    return Rebase(keep, dict(fresh), tuple(already))


# --- verification after a write -------------------------------------------------------------------------


class FieldCheck(Enum):
    MATCHES = "matches"  # the server stores what was predicted
    DIFFERS = "differs"  # it stores something else (shown)
    NOT_READ = "not read"  # the read-back did not include the field (unreadable lead)
    UNCHECKED = "unchecked"  # the server was expected to ignore the value and the value before is unknown


@dataclass(frozen=True)
class FieldVerdict:
    column: str
    label: str
    requested: str | Blank
    predicted: str | None  # None: the server was expected to leave the field unchanged
    stored: str | None  # None: not read back
    check: FieldCheck


@dataclass(frozen=True)
class Verification:
    fields: tuple[FieldVerdict, ...]

    @property
    def ok(self) -> bool:
        """Every changed field was read back and holds exactly the predicted value."""
        return all(f.check is FieldCheck.MATCHES for f in self.fields)

    @property
    def verified(self) -> bool:
        """Every changed field was read back and compared (whether or not it matched)."""
        return all(f.check in (FieldCheck.MATCHES, FieldCheck.DIFFERS) for f in self.fields)

    @property
    def differences(self) -> tuple[FieldVerdict, ...]:
        return tuple(f for f in self.fields if f.check is FieldCheck.DIFFERS)

    @property
    def stored(self) -> dict[str, str | None]:
        """Column -> what the server now stores (None where it could not be read): for the journal."""
        return {f.column: f.stored for f in self.fields}


def verify_saved(
    changes: Changes,
    predicted: Mapping[str, str | None],
    reread: Mapping[str, str],
    *,
    before: Mapping[str, str] | None = None,
) -> Verification:
    """Compare each changed field of a fresh read with what the server was predicted to store.

    A prediction of None means the server leaves the field as it was: it is then checked against `before`
    when that is known, and otherwise only reported as read.
    """
    verdicts: list[FieldVerdict] = []
    for column, requested in changes.items():
        expected = predicted.get(column)
        if expected is None and before is not None and column in before:
            expected = before[column]
        stored = reread.get(column)
        if stored is None:
            check = FieldCheck.NOT_READ
        elif expected is None:
            check = FieldCheck.UNCHECKED
        else:
            check = FieldCheck.MATCHES if stored == expected else FieldCheck.DIFFERS
        verdicts.append(
            FieldVerdict(column, label_of(column), requested, predicted.get(column), stored, check)
        )
    return Verification(tuple(verdicts))


# --- unknown outcome ------------------------------------------------------------------------------------


class FieldEvidence(Enum):
    APPLIED = "applied"  # now holds the requested value, which differs from before
    NOT_APPLIED = "not applied"  # still holds the before value, which differs from the requested one
    CANNOT_TELL = "cannot tell"  # the requested value equals the before value (or before is unknown)
    OTHER_VALUE = "other value"  # holds neither: someone else wrote it meanwhile
    NOT_READ = "not read"  # the field could not be read back


class ResolutionState(Enum):
    APPLIED = "applied"
    NOT_APPLIED = "not applied"
    UNKNOWN = "still unknown"
    # The lead holds every requested value, but each was already so before: whether this write ran cannot be
    # told and does not matter. Reading again would not tell more.
    AS_REQUESTED = "as requested"


@dataclass(frozen=True)
class FieldResolution:
    column: str
    label: str
    before: str | None
    requested: str | Blank
    predicted: str | None
    now: str | None
    evidence: FieldEvidence


class ResolutionReason(Enum):
    """Why a lost answer was judged as it was (`ui.texts.resolution_text` words it)."""

    NOT_READ = "not_read"  # the lead could not be read back
    MIXED = "mixed"  # some fields hold the new values, some the old: someone else wrote meanwhile
    HOLDS_NEW = "holds_new"  # the lead holds the values asked for
    HOLDS_OLD = "holds_old"  # the lead still holds the values it had before
    ALREADY_SO = "already_so"  # it holds the values asked for, which it held before too
    NEITHER = "neither"  # neither the old values nor the new: someone else changed it
    PARTLY_READ = "partly_read"  # some fields could not be read back


@dataclass(frozen=True)
class Resolution:
    state: ResolutionState
    fields: tuple[FieldResolution, ...]
    reason: ResolutionReason
    changed_by_others: bool = False  # some fields have since been changed by someone else

    @property
    def final(self) -> bool:
        """False when reading again might still tell more ("Check again")."""
        return self.state is not ResolutionState.UNKNOWN

    @property
    def stored(self) -> dict[str, str | None]:
        return {f.column: f.now for f in self.fields}


def _field_evidence(before: str | None, predicted: str | None, now: str | None) -> FieldEvidence:
    if now is None:
        return FieldEvidence.NOT_READ
    if predicted is None:
        # the server was never going to touch this field: it says nothing about the write
        return FieldEvidence.CANNOT_TELL if before is None or now == before else FieldEvidence.OTHER_VALUE
    if before is None:
        # before unknown (unreadable lead): holding the value proves nothing, lacking it means not applied
        # unless someone overwrote it meanwhile, which this read cannot tell apart
        return FieldEvidence.CANNOT_TELL if now == predicted else FieldEvidence.NOT_APPLIED
    if predicted == before:
        return FieldEvidence.CANNOT_TELL if now == before else FieldEvidence.OTHER_VALUE
    if now == predicted:
        return FieldEvidence.APPLIED
    if now == before:
        return FieldEvidence.NOT_APPLIED
    return FieldEvidence.OTHER_VALUE


def resolve_unknown_outcome(
    changes: Changes,
    before: Mapping[str, str | None] | None,
    reread: Mapping[str, str] | None,
    *,
    predicted: Mapping[str, str | None] | None = None,
    non_latin: bool = False,
) -> Resolution:
    """Whether a write whose answer never came was applied, judged from a fresh read of the lead.

    `before` holds the values read just before the write (None, or a column mapped to None, where unknown);
    `reread` the values read now (None when the lead could not be read at all). One `update_lead` call is a
    single UPDATE statement, so its fields are applied together or not at all: one field that proves the write
    (now holds a requested value that differs from before) decides "applied", one that proves the opposite
    decides "not applied", and both at once mean someone else wrote meanwhile ("still unknown").
    """
    pred = dict(predicted) if predicted is not None else predict_all(changes, non_latin=non_latin)
    rows: list[FieldResolution] = []
    for column, requested in changes.items():
        b = before.get(column) if before is not None else None
        now = reread.get(column) if reread is not None else None
        p = pred.get(column)
        rows.append(
            FieldResolution(column, label_of(column), b, requested, p, now, _field_evidence(b, p, now))
        )
    kinds = {r.evidence for r in rows}
    fields = tuple(rows)
    if reread is None or (FieldEvidence.NOT_READ in kinds and len(kinds) == 1):
        return Resolution(ResolutionState.UNKNOWN, fields, ResolutionReason.NOT_READ)
    others = FieldEvidence.OTHER_VALUE in kinds
    if FieldEvidence.APPLIED in kinds and FieldEvidence.NOT_APPLIED in kinds:
        return Resolution(ResolutionState.UNKNOWN, fields, ResolutionReason.MIXED, True)
    if FieldEvidence.APPLIED in kinds:
        return Resolution(ResolutionState.APPLIED, fields, ResolutionReason.HOLDS_NEW, others)
    if FieldEvidence.NOT_APPLIED in kinds:
        return Resolution(ResolutionState.NOT_APPLIED, fields, ResolutionReason.HOLDS_OLD, others)
    if kinds == {FieldEvidence.CANNOT_TELL}:
        return Resolution(ResolutionState.AS_REQUESTED, fields, ResolutionReason.ALREADY_SO)
    if others:
        return Resolution(ResolutionState.UNKNOWN, fields, ResolutionReason.NEITHER, True)
    return Resolution(ResolutionState.UNKNOWN, fields, ResolutionReason.PARTLY_READ)


def resolve_unknown_delete(still_found: bool | None) -> ResolutionState:
    """A deletion whose answer never came: the lead being gone proves it (None: the read failed too)."""
    if still_found is None:
        return ResolutionState.UNKNOWN
    return ResolutionState.NOT_APPLIED if still_found else ResolutionState.APPLIED


# --- undo -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UndoSource:
    """What undo needs from a journal entry: per column the value before, what is stored now, requested."""

    lead_id: int
    before: Mapping[str, str | None]  # None: the value before was unknown (or not kept)
    stored: Mapping[str, str | None]  # what the entry's write left (None: not known)


@dataclass(frozen=True)
class UndoPlan:
    lead_id: int
    changes: dict[str, str | Blank]  # to send, through the same safe path (conflict check, verify, journal)
    expected_now: dict[str, str]  # the values the lead must hold now: the conflict-check baseline
    not_restorable: dict[str, NotRestorable]  # column -> why it cannot be put back
    inexact: dict[str, str]  # column -> what will be stored instead of the exact before value
    update_phone_number: bool = False

    @property
    def possible(self) -> bool:
        return bool(self.changes)


class UndoBlock(Enum):
    """Why one field of a journal entry cannot be put back (`ui.texts.not_restorable_text` words it)."""

    BEFORE_UNKNOWN = "before_unknown"  # its value before the change is unknown
    NOT_WRITABLE = "not_writable"  # not a field Lead Editor can write
    CANNOT_EMPTY = "cannot_empty"  # it was empty, and the server cannot empty this field
    IGNORED = "ignored"  # the server would ignore the value before for this field


@dataclass(frozen=True)
class NotRestorable:
    reason: UndoBlock
    before: str | None = None  # the value that cannot be written back, where it matters


def undo_changes(entry: UndoSource, *, non_latin: bool = False) -> UndoPlan:
    """The changes that put each field of a journal entry back to its value before.

    An empty value before becomes BLANK where the server can blank the field. Fields the server can never
    empty (rank, called count, phone code, list ID, phone number), values before that are unknown, and values
    the server's filter would alter are reported instead of being silently approximated.
    """
    changes: dict[str, str | Blank] = {}
    expected: dict[str, str] = {}
    not_restorable: dict[str, NotRestorable] = {}
    inexact: dict[str, str] = {}
    for column, before in entry.before.items():
        stored = entry.stored.get(column)
        if before is None:
            not_restorable[column] = NotRestorable(UndoBlock.BEFORE_UNKNOWN)
            continue
        if stored is not None and stored == before:
            continue  # the change left it as it was: nothing to undo
        spec = _spec_or_none(column)
        if spec is None:
            not_restorable[column] = NotRestorable(UndoBlock.NOT_WRITABLE, before)
            continue
        value: str | Blank = before
        if before == "":
            if not spec.blankable:
                not_restorable[column] = NotRestorable(UndoBlock.CANNOT_EMPTY, before)
                continue
            value = BLANK
        will_store = predict_stored(spec, value, non_latin=non_latin)
        if will_store is None:
            not_restorable[column] = NotRestorable(UndoBlock.IGNORED, before)
            continue
        if will_store != before:
            inexact[column] = will_store
        changes[column] = value
        if stored is not None:
            expected[column] = stored
    return UndoPlan(
        entry.lead_id,
        changes,
        expected,
        not_restorable,
        inexact,
        update_phone_number=col.PHONE_NUMBER in changes,
    )


# --- several leads at once ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LeadStep:
    """One lead of a multi-lead correction: written by its own lead ID, checked and verified on its own."""

    lead_id: int
    changes: dict[str, str | Blank]


@dataclass(frozen=True)
class MultiLeadPlan:
    steps: tuple[LeadStep, ...]
    predicted: dict[str, str | None]
    duplicates: tuple[int, ...] = ()  # lead IDs given more than once (done once)
    ignored: dict[str, str] = field(default_factory=dict)  # column -> why it is not sent

    @property
    def lead_ids(self) -> tuple[int, ...]:
        return tuple(s.lead_id for s in self.steps)


def multi_lead_plan(lead_ids: Sequence[int], changes: Changes, *, non_latin: bool = False) -> MultiLeadPlan:
    """Apply one change to several leads: one step per distinct lead ID, in the order given.

    Never a single `update_lead` with `records=N` (which updates whatever the search finds, newest first):
    each step is a separate write by lead ID, conflict-checked and verified by the workflow. Changes the
    server would ignore are left out and reported.
    """
    seen: set[int] = set()
    dupes: list[int] = []
    ordered: list[int] = []
    for raw in lead_ids:
        lead_id = int(raw)
        if lead_id <= 0:
            raise ValueError(f"not a lead ID: {raw!r}")
        if lead_id in seen:
            dupes.append(lead_id)
            continue
        seen.add(lead_id)
        ordered.append(lead_id)
    predicted = predict_all(changes, non_latin=non_latin)
    ignored = {c: "the server would leave this field unchanged" for c, p in predicted.items() if p is None}
    effective = {c: v for c, v in changes.items() if c not in ignored}
    if not effective:
        raise ValueError("no change the server would apply")
    steps = tuple(LeadStep(lead_id, dict(effective)) for lead_id in ordered)
    return MultiLeadPlan(steps, {c: p for c, p in predicted.items() if p is not None}, tuple(dupes), ignored)
