"""Layering rules a reviewer would otherwise have to remember."""

from __future__ import annotations

import itertools
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import bkfi_desktop
from tests import architecture

GUI_PREFIXES = ("bkfi_desktop.ui", "bkfi_desktop.app")


def _non_gui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(bkfi_desktop.__path__, prefix="bkfi_desktop."):
        if info.name.startswith(GUI_PREFIXES) or ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def test_nothing_below_the_gui_loads_qt() -> None:
    modules = _non_gui_modules()
    assert "bkfi_desktop.core.workspace" in modules and "bkfi_desktop.cli" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"Qt loaded below the GUI: {result.stdout.strip()}"


def test_python_files_stay_reasonably_small() -> None:
    root = Path(bkfi_desktop.__file__).resolve().parent
    too_big = {
        str(path.relative_to(root)): count
        for path in root.rglob("*.py")
        if "migrations" not in path.parts and (count := len(path.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert not too_big, f"split these by concept: {too_big}"


# --- the import graph (tests/architecture.py): layers and cycles ----------------------------------------

def test_the_layers_keep_their_rules() -> None:
    found = architecture.violations(architecture.package_imports())
    assert not found, "imports that break the layers (docs/ARCHITECTURE.md):\n" + "\n".join(found)


def test_no_module_imports_itself_back_at_load_time() -> None:
    cycles = architecture.import_cycles(architecture.package_imports())
    assert not cycles, "import cycles:\n" + "\n".join(" → ".join(cycle) for cycle in cycles)


# Deliberate forbidden imports: (module added, its source, the edge the check must name).
FORBIDDEN = [
    pytest.param(
        "bkfi_desktop.core.reports.extra", "from bkfi_desktop.exchange.report_payload import build_payload\n",
        "bkfi_desktop.core.reports.extra → bkfi_desktop.exchange.report_payload (line 1): core knows no file format",
        id="core-imports-exchange",
    ),
    pytest.param(
        "bkfi_desktop.core.reports.extra", "def later():\n    from ...documents import report_pdf\n",
        "bkfi_desktop.core.reports.extra → bkfi_desktop.documents (line 2): core draws no PDF",
        id="core-imports-documents-lazily-and-relatively",
    ),
    pytest.param(
        "bkfi_desktop.documents.signing.extra", "import bkfi_desktop.exchange.report_payload\n",
        "bkfi_desktop.documents.signing.extra → bkfi_desktop.exchange.report_payload (line 1): "
        "documents are given their data, they do not read formats",
        id="documents-imports-exchange",
    ),
    pytest.param(
        "bkfi_desktop.textvn.extra", "\n\nfrom bkfi_desktop.core.units import find_unit\n",
        "bkfi_desktop.textvn.extra → bkfi_desktop.core.units (line 3): textvn imports nothing of the project",
        id="textvn-imports-core",
    ),
    pytest.param(
        "bkfi_desktop.exchange.extra", "from bkfi_desktop.workflows.progress import Progress\n",
        "bkfi_desktop.exchange.extra → bkfi_desktop.workflows.progress (line 1): "
        "the layers below call nobody above them",
        id="exchange-imports-workflows",
    ),
    pytest.param(
        "bkfi_desktop.core.extra", "import importlib\nimportlib.import_module('bkfi_desktop.ui.dialogs')\n",
        "bkfi_desktop.core.extra → bkfi_desktop.ui.dialogs (line 2): the layers below call nobody above them",
        id="core-imports-ui-through-importlib",
    ),
    pytest.param(
        "bkfi_desktop.workflows.extra", "from bkfi_desktop.ui import dialogs\n",
        "bkfi_desktop.workflows.extra → bkfi_desktop.ui (line 1): workflows serve the GUI and the CLI alike",
        id="workflows-imports-ui",
    ),
    pytest.param(
        "bkfi_desktop.cli.extra", "from bkfi_desktop.ui.worker import TaskRunner\n",
        "bkfi_desktop.cli.extra → bkfi_desktop.ui.worker (line 1): the command line works without Qt",
        id="cli-imports-ui",
    ),
    pytest.param(
        "bkfi_desktop.ui.pages.extra", "from bkfi_desktop.core.store.models import Staff\n",
        "bkfi_desktop.ui.pages.extra → bkfi_desktop.core.store.models (line 1): "
        "the UI sees views returned by services, not ORM models",
        id="ui-imports-orm-models",
    ),
    pytest.param(
        "bkfi_desktop.exchange.extra",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import QObject\n",
        "bkfi_desktop.exchange.extra → PySide6.QtCore (line 3): nothing below the GUI imports Qt",
        id="exchange-imports-qt",
    ),
]


@pytest.mark.parametrize(("module", "source", "edge"), FORBIDDEN)
def test_a_forbidden_import_is_caught_with_its_edge(module: str, source: str, edge: str) -> None:
    graph = architecture.package_imports()
    graph[module] = architecture.imports_in(source, module)
    assert architecture.violations(graph) == [edge]


def test_a_new_cycle_is_caught_with_its_path() -> None:
    graph = architecture.package_imports()
    workflow, core = "bkfi_desktop.workflows.build_report", "bkfi_desktop.core.reports.build"
    assert any(imp.imported == core and imp.top_level for imp in graph[workflow])
    # The workflow calls the core's build steps; the core importing the workflow back closes a loop.
    graph[core] = [*graph[core], *architecture.imports_in(f"import {workflow}\n", core)]
    cycles = architecture.import_cycles(graph)
    assert [cycle for cycle in cycles if {(workflow, core), (core, workflow)} <= set(itertools.pairwise(cycle))]
