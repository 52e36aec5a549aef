"""The sandbox's modules import each other without a cycle, type-level (TYPE_CHECKING) imports included."""

from __future__ import annotations

import ast
from pathlib import Path

import leadeditor.sandbox
from leadeditor.sandbox.functions import FUNCTIONS

PACKAGE = "leadeditor.sandbox"
ROOT = Path(leadeditor.sandbox.__file__).parent


def _imports(path: Path) -> set[str]:
    """Every sandbox module this file imports, wherever the import statement is (functions, TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PACKAGE):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names if (ROOT / f"{a.name}.py").exists())
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith(PACKAGE))
    return {name for name in found if name != PACKAGE}


def _graph() -> dict[str, set[str]]:
    return {f"{PACKAGE}.{p.stem}": _imports(p) for p in ROOT.glob("*.py") if p.stem != "__init__"}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 visiting, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycle_in_the_sandbox() -> None:
    graph = _graph()
    assert f"{PACKAGE}.update_lead" in graph and f"{PACKAGE}.script" in graph
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = _graph()
    graph[f"{PACKAGE}.script"].add(f"{PACKAGE}.update_lead")  # what script.py used to do
    found = _cycle(graph)
    assert found is not None and found[0] == found[-1] and f"{PACKAGE}.script" in found


def test_script_does_not_know_its_functions() -> None:
    assert not any("fn_" in name or "update" in name for name in _graph()[f"{PACKAGE}.script"])
    assert set(FUNCTIONS) == {
        "update_lead",
        "lead_all_info",
        "lead_field_info",
        "lead_search",
        "logged_in_agents",
    }
