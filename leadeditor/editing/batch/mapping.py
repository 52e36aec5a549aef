"""Which column of a correction file feeds which lead field, and which column is the match key.

Headers match a field by its VICIdial column name, its API parameter or its label in the app, ignoring case,
spaces, dashes and underscores ("Phone Number", "E-mail", "Alt Phone", "Vendor Lead Code"); a list's custom
fields match by their label. Nothing is guessed: a header that matches nothing, two columns that would feed
the same field, and a repeated header are reported; `HEADER=field` (or `HEADER=custom:Label`, or `HEADER=` to
ignore a column) decides. The phone number and the list ID are never fed automatically: a column of them in
an export is usually there for reference, and changing them moves or renames the lead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Final

from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.batch.table import Column
from leadeditor.vicidial import columns as col
from leadeditor.vicidial import fields as catalogue

__all__ = [
    "ColumnMap",
    "MappingIssue",
    "MappingProblem",
    "Target",
    "Unmatched",
    "map_columns",
    "normalize",
    "parse_assignment",
]

CUSTOM_PREFIX: Final = "custom:"
_IGNORED: Final = frozenset({"", "-", "ignore"})
_EXPLICIT_ONLY: Final = frozenset({col.PHONE_NUMBER, col.LIST_ID})
_SEPARATORS: Final = re.compile(r"[\s_\-]+")
_KEY_ALIASES: Final = {KeyKind.LEAD_ID: (col.LEAD_ID, "Lead ID")}


def normalize(name: str) -> str:
    """A header or field name compared loosely: case, spaces, dashes and underscores ignored."""
    return _SEPARATORS.sub("", name).casefold()


@dataclass(frozen=True)
class Target:
    """A lead field: a standard column (``status``) or a custom field of the lead's list, by label."""

    name: str
    custom: bool = False

    def __str__(self) -> str:
        return f"{CUSTOM_PREFIX}{self.name}" if self.custom else self.name


class MappingProblem(Enum):
    BAD_ASSIGNMENT = "bad_assignment"  # data: text (no "=" in an explicit mapping)
    UNKNOWN_HEADER = "unknown_header"  # data: header (an explicit mapping names no column of the file)
    UNKNOWN_FIELD = "unknown_field"  # data: header, field
    AMBIGUOUS_HEADER = "ambiguous_header"  # data: header, columns (letters): the same header more than once
    DUPLICATE_TARGET = "duplicate_target"  # data: field, columns (letters): two columns feed one field
    NO_KEY_COLUMN = "no_key_column"  # data: key
    SCOPE_REFUSED = "scope_refused"  # data: problems (the window's sentences)
    NOTHING_TO_CHANGE = "nothing_to_change"  # no column feeds a field


@dataclass(frozen=True)
class MappingIssue:
    reason: MappingProblem
    data: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Unmatched:
    column: Column
    explicit_only: str | None = None  # the field it names, when that field is only ever mapped by hand


@dataclass(frozen=True)
class ColumnMap:
    key: BatchKey
    key_column: Column | None
    targets: tuple[tuple[Column, Target], ...]
    unmatched: tuple[Unmatched, ...] = ()
    ignored: tuple[Column, ...] = ()  # ignored by the user's choice
    problems: tuple[MappingIssue, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether rows can be planned (no problem left)."""
        return not self.problems

    def assignments(self) -> list[tuple[str, str]]:
        """The whole mapping as (column key, target) pairs: what a template keeps."""
        out = [(c.key, str(t)) for c, t in self.targets]
        if self.key_column is not None:
            out.insert(0, (self.key_column.key, self.key.kind.value))
        out += [(c.key, "") for c in self.ignored]
        return out


def parse_assignment(text: str) -> tuple[str, str] | None:
    """``"HEADER=field"`` -> (header, field); None without ``=`` (a header may hold "=", a field never)."""
    if "=" not in text:
        return None
    header, _, target = text.rpartition("=")
    return header.strip(), target.strip()


def _names(spec: catalogue.FieldSpec) -> set[str]:
    return {normalize(spec.column), normalize(spec.param), normalize(spec.label)}


class _Lookup:
    """Normalized name -> what it names (a key, a standard field or a custom field)."""

    def __init__(self, key: KeyKind, custom_labels: Iterable[str]) -> None:
        self.key = key
        self.key_names = {normalize(n) for n in _KEY_ALIASES.get(key, ())}
        self.fields: dict[str, Target] = {}
        for spec in catalogue.FIELDS:
            names = _names(spec)
            if spec.column == key.value:
                self.key_names |= names
            for name in names:
                self.fields[name] = Target(spec.column)
        self.custom = {normalize(label): Target(label, custom=True) for label in custom_labels}

    def explicit(self, target: str) -> Target | KeyKind | None:
        if target.lower().startswith(CUSTOM_PREFIX):
            label = target[len(CUSTOM_PREFIX) :].strip()
            return Target(label, custom=True) if label else None
        norm = normalize(target)
        if norm in self.key_names or norm == normalize(self.key.value):
            return self.key
        return self.fields.get(norm) or self.custom.get(norm)

    def automatic(self, header: str) -> Target | KeyKind | None:
        norm = normalize(header)
        if not norm:
            return None
        if norm in self.key_names:
            return self.key
        return self.fields.get(norm) or self.custom.get(norm)


def _find_column(columns: Sequence[Column], header: str) -> Column | None:
    exact = next((c for c in columns if c.key == header), None)
    if exact is not None:
        return exact
    loose = [c for c in columns if c.header.casefold() == header.casefold()]
    return loose[0] if len(loose) == 1 else None


def map_columns(
    columns: Sequence[Column],
    key: BatchKey,
    *,
    assignments: Iterable[str | tuple[str, str]] = (),
    custom_labels: Iterable[str] = (),
) -> ColumnMap:
    """The mapping of a file's columns: explicit ``assignments`` first, then headers matched by name."""
    lookup = _Lookup(key.kind, custom_labels)
    problems: list[MappingIssue] = []
    chosen: dict[int, Target | KeyKind | None] = {}  # column index -> explicit choice (None: ignore)
    for item in assignments:
        pair = parse_assignment(item) if isinstance(item, str) else item
        if pair is None:
            problems.append(MappingIssue(MappingProblem.BAD_ASSIGNMENT, {"text": item}))
            continue
        header, target = pair
        column = _find_column(columns, header)
        if column is None:
            problems.append(MappingIssue(MappingProblem.UNKNOWN_HEADER, {"header": header}))
            continue
        if target.lower() in _IGNORED:
            chosen[column.index] = None
            continue
        resolved = lookup.explicit(target)
        if resolved is None:
            problems.append(MappingIssue(MappingProblem.UNKNOWN_FIELD, {"header": header, "field": target}))
            continue
        chosen[column.index] = resolved

    # a header written twice (also "E-mail" beside "email") maps neither column unless one is chosen by hand
    by_name: dict[str, list[Column]] = {}
    for column in columns:
        if column.index not in chosen and normalize(column.header):
            by_name.setdefault(normalize(column.header), []).append(column)

    wanted: dict[Target | KeyKind, list[Column]] = {}
    unmatched: list[Unmatched] = []
    ignored = [c for c in columns if c.index in chosen and chosen[c.index] is None]
    for column in columns:
        if column.index in chosen:
            resolved = chosen[column.index]
            if resolved is not None:
                wanted.setdefault(resolved, []).append(column)
            continue
        resolved = lookup.automatic(column.header)
        if resolved is None:
            unmatched.append(Unmatched(column))
            continue
        twins = by_name[normalize(column.header)]
        if len(twins) > 1:
            if column is twins[0]:
                letters = [c.letter for c in twins]
                problems.append(
                    MappingIssue(
                        MappingProblem.AMBIGUOUS_HEADER, {"header": column.header, "columns": letters}
                    )
                )
            unmatched.append(Unmatched(column))
            continue
        if isinstance(resolved, Target) and not resolved.custom and resolved.name in _EXPLICIT_ONLY:
            unmatched.append(Unmatched(column, explicit_only=resolved.name))
            continue
        wanted.setdefault(resolved, []).append(column)

    key_column: Column | None = None
    targets: list[tuple[Column, Target]] = []
    conflicted: list[Target | KeyKind] = []  # fed by several columns: reported once, not again as missing
    for resolved, feeding in wanted.items():
        if len(feeding) > 1:
            name = resolved.value if isinstance(resolved, KeyKind) else str(resolved)
            letters = [c.letter for c in feeding]
            problems.append(
                MappingIssue(MappingProblem.DUPLICATE_TARGET, {"field": name, "columns": letters})
            )
            conflicted.append(resolved)
        elif isinstance(resolved, KeyKind):
            key_column = feeding[0]
        else:
            targets.append((feeding[0], resolved))
    targets.sort(key=lambda pair: pair[0].index)

    if key_column is None and key.kind not in conflicted:
        problems.append(MappingIssue(MappingProblem.NO_KEY_COLUMN, {"key": key.kind.value}))
    scope = key.scope_problems()
    if scope:
        problems.append(MappingIssue(MappingProblem.SCOPE_REFUSED, {"problems": scope}))
    if not targets and not any(isinstance(c, Target) for c in conflicted):
        problems.append(MappingIssue(MappingProblem.NOTHING_TO_CHANGE))
    return ColumnMap(key, key_column, tuple(targets), tuple(unmatched), tuple(ignored), tuple(problems))
