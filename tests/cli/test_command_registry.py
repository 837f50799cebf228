"""The CLI loads only the module of the command it runs; the table saying which module owns which
command must match what the modules register, or a command would vanish from `bkfi`."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from bkfi_desktop.cli import (
    COMMAND_MODULES,
    COMMAND_OWNERS,
    _VietnameseArgumentParser,
    build_parser,
    modules_for,
)


def _registered(module_name: str) -> set[str]:
    parser = _VietnameseArgumentParser(prog="bkfi")
    subparsers = parser.add_subparsers(parser_class=_VietnameseArgumentParser)
    importlib.import_module(module_name).register(subparsers)
    return set(subparsers.choices)


def test_the_owner_table_names_every_command_and_the_module_that_registers_it() -> None:
    registered = {command: module for module in COMMAND_MODULES for command in _registered(module)}
    assert registered == COMMAND_OWNERS


def test_help_lists_every_command() -> None:
    help_text = build_parser(["--help"]).format_help()
    for command in COMMAND_OWNERS:
        assert command in help_text


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--db", "report", "tasks", "list"], "bkfi_desktop.cli.task_commands"),
        (["--db=x.db", "report", "build"], "bkfi_desktop.cli.report_commands"),
        (["import-tasks", "a.xlsx"], "bkfi_desktop.cli.import_commands"),
    ],
)
def test_a_command_loads_only_its_own_module(argv: list[str], expected: str) -> None:
    assert modules_for(argv) == [expected]


def test_an_unknown_word_loads_everything_so_argparse_can_name_the_choices() -> None:
    assert modules_for(["reprot"]) == list(COMMAND_MODULES)


def test_running_tasks_list_does_not_import_pdf_or_signing_libraries(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from bkfi_desktop.cli import main\n"
        f"main(['--db', {str(tmp_path / 'w.db')!r}, 'tasks', 'list'])\n"
        "print(sorted(m for m in ('reportlab', 'pyhanko', 'openpyxl') if m in sys.modules))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip().splitlines()[-1] == "[]"
