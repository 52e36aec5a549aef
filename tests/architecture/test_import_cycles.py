"""No import cycles between `leadeditor` modules, type-level (`if TYPE_CHECKING:`) and lazy imports included.

Every module is parsed with `ast` (nothing is imported), every `import` statement anywhere in it becomes an
edge, and the test names the first cycle it finds. The sandbox is included: its functions register with
its dispatcher instead of importing it back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import leadeditor

ROOT = Path(leadeditor.__file__).parent
EXCLUDED: tuple[str, ...] = ()  # package prefixes left out of the check (none)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _excluded(name: str) -> bool:
    return any(name == e or name.startswith(e + ".") for e in EXCLUDED)


def _targets(node: ast.AST, module: str, is_package: bool, known: set[str]) -> list[str]:
    """The `leadeditor` modules one import statement loads."""
    found: list[str] = []
    if isinstance(node, ast.Import):
        found = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".") if is_package else module.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            source = ".".join(base + ([node.module] if node.module else []))
        else:
            source = node.module or ""
        # `from package import submodule` loads the submodule (the package's __init__ is its parent, which
        # every submodule loads first: not an edge); `from module import name` loads the module
        subs = [f"{source}.{alias.name}" for alias in node.names if f"{source}.{alias.name}" in known]
        found = subs + ([source] if len(subs) < len(node.names) else [])
    out = []
    for name in found:
        # `import a.b.c` names a.b.c; keep the longest prefix that is one of our modules
        while name and name not in known:
            name = name.rpartition(".")[0]
        if name and name != module:
            out.append(name)
    return out


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        if _excluded(name):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        edges: set[str] = set()
        for node in ast.walk(tree):  # module level, under `if TYPE_CHECKING:`, inside functions alike
            edges.update(
                t for t in _targets(node, name, path.name == "__init__.py", known) if not _excluded(t)
            )
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_the_graph_sees_imports_of_every_kind() -> None:
    graph = import_graph()
    assert "leadeditor.editing.workflow" in graph["leadeditor.ui.main_window"]  # under TYPE_CHECKING
    assert "leadeditor.ui.write_actions" in graph["leadeditor.ui.main_window"]  # inside a method
    assert "leadeditor.editing.write_job" in graph["leadeditor.editing.lead_admin"]  # module level


def test_the_cycle_finder_names_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles_in_leadeditor() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])
