"""The package's import graph, read from the source with ast (nothing is imported), and the layer rules
it must keep (docs/ARCHITECTURE.md). tests/test_architecture.py checks the real graph and, with
deliberately added forbidden imports, that every rule does catch what it forbids.

Every import counts: at the top, inside a function (a lazy import is still a dependency), under
TYPE_CHECKING, relative ones, and `importlib.import_module("…")` with a literal name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import bkfi_desktop

PACKAGE = "bkfi_desktop"
ROOT = Path(bkfi_desktop.__file__).resolve().parent

# Who may not import whom: (importer prefix, imported prefix, why). A prefix matches the module and
# everything below it.
LOWER = ("core", "textvn", "exchange", "documents", "errors", "paths")
RULES: tuple[tuple[str, str, str], ...] = (
    *((f"{PACKAGE}.{low}", f"{PACKAGE}.{up}", "the layers below call nobody above them")
      for low in LOWER for up in ("workflows", "ui", "cli", "app")),
    (f"{PACKAGE}.core", f"{PACKAGE}.exchange", "core knows no file format"),
    (f"{PACKAGE}.core", f"{PACKAGE}.documents", "core draws no PDF"),
    (f"{PACKAGE}.documents", f"{PACKAGE}.exchange", "documents are given their data, they do not read formats"),
    (f"{PACKAGE}.workflows", f"{PACKAGE}.ui", "workflows serve the GUI and the CLI alike"),
    (f"{PACKAGE}.workflows", f"{PACKAGE}.cli", "workflows serve the GUI and the CLI alike"),
    (f"{PACKAGE}.cli", f"{PACKAGE}.ui", "the command line works without Qt"),
    (f"{PACKAGE}.ui", f"{PACKAGE}.core.store", "the UI sees views returned by services, not ORM models"),
)
# textvn imports nothing of the project but the errors module.
TEXTVN_MAY_IMPORT = (f"{PACKAGE}.textvn", f"{PACKAGE}.errors")
GUI = (f"{PACKAGE}.ui", f"{PACKAGE}.app")
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int
    top_level: bool

    def edge(self) -> str:
        return f"{self.importer} → {self.imported} (line {self.line})"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of a relative import (`from ..exchange import x` in core/reports/build.py)."""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - level + 1] if level > 1 else base
    return ".".join([*base, name] if name else base)


def imports_in(source: str, module: str, *, is_package: bool = False) -> list[Import]:
    """Every import in one module's source."""
    tree = ast.parse(source)
    top = {id(node) for node in tree.body}
    found: list[Import] = []

    def add(name: str, node: ast.AST) -> None:
        found.append(Import(module, name, getattr(node, "lineno", 0), id(node) in top))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, is_package, node.level, node.module) if node.level else (node.module or "")
            add(base, node)
            for alias in node.names:  # `from pkg import submodule` imports the submodule
                add(f"{base}.{alias.name}", node)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            add(node.args[0].value, node)
    return found


def package_imports(root: Path = ROOT) -> dict[str, list[Import]]:
    """Module name → its imports, for every module of the package (migrations excluded: Alembic's)."""
    graph: dict[str, list[Import]] = {}
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = module_name(path, root)
        graph[name] = imports_in(path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py")
    return graph


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(graph: Mapping[str, Iterable[Import]]) -> list[str]:
    """Every import that breaks a rule, as "importer → imported (line n): why"."""
    found: dict[tuple[str, int, str], str] = {}  # one line per import statement and rule

    def breaks(imp: Import, why: str) -> None:
        found.setdefault((imp.importer, imp.line, why), f"{imp.edge()}: {why}")

    for module, imports in graph.items():
        for imp in imports:
            target = imp.imported
            for importer, imported, why in RULES:
                if _under(module, importer) and _under(target, imported):
                    breaks(imp, why)
            if (
                _under(module, f"{PACKAGE}.textvn")
                and _under(target, PACKAGE)
                and not any(_under(target, allowed) for allowed in TEXTVN_MAY_IMPORT)
            ):
                breaks(imp, "textvn imports nothing of the project")
            if not any(_under(module, gui) for gui in GUI) and any(_under(target, qt) for qt in QT):
                breaks(imp, "nothing below the GUI imports Qt")
    return sorted(found.values())


def import_cycles(graph: Mapping[str, Iterable[Import]]) -> list[list[str]]:
    """Cycles among the modules' top-level imports (those run when a module is loaded), each as the
    path module → … → module back to its start."""
    modules = set(graph)
    edges = {
        module: sorted({imp.imported for imp in imports if imp.top_level and imp.imported in modules} - {module})
        for module, imports in graph.items()
    }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    stack: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in edges[module]:
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target):], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module)
    return cycles
