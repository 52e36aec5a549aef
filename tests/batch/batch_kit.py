"""Helpers for the batch engine's tests: a correction file written in the test, its plans, an engine on a
sandbox with a journal."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from leadeditor.editing.batch.engine import BatchEngine
from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.batch.mapping import map_columns
from leadeditor.editing.batch.plan import PlanOptions, RowPlan, plan_rows
from leadeditor.editing.batch.reading import open_table
from leadeditor.editing.journal import Journal, JournalContext


def write_csv(folder: Path, text: str, name: str = "fixes.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def plans_of(path: Path, kind: KeyKind = KeyKind.LEAD_ID, **mapping: Any) -> list[RowPlan]:
    table = open_table(path)
    column_map = map_columns(table.columns, BatchKey(kind), **mapping)
    assert column_map.ok, column_map.problems
    return list(plan_rows(table.rows(), column_map, PlanOptions()))


def engine_for(client: Any, journal: Journal, **options: Any) -> BatchEngine:
    return BatchEngine(client, journal, JournalContext("Sandbox", client.url, client.user), **options)


def by_row(results: Iterable[Any]) -> dict[int, Any]:
    return {r.row: r for r in results}
