"""Layering rules a reviewer would otherwise have to remember."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import bkfi_desktop

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
