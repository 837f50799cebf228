"""The `bkfi` command line: a public interface, thin over the same services as the GUI.

Each command group lives in its own module with a `register(subparsers)` function. Exit 0 on
success; on a user error, one Vietnamese line on stderr and exit 1 (2 for bad usage).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bkfi_desktop import __version__
from bkfi_desktop.errors import BkfiError, os_error_reason

# One module per command group, each with register(subparsers). Order is the help order.
COMMAND_MODULES = (
    "bkfi_desktop.cli.workspace_commands",
    "bkfi_desktop.cli.task_commands",
    "bkfi_desktop.cli.record_commands",
    "bkfi_desktop.cli.import_commands",
    "bkfi_desktop.cli.report_commands",
    "bkfi_desktop.cli.signing_commands",
    "bkfi_desktop.cli.compile_commands",
    "bkfi_desktop.cli.office_commands",
    "bkfi_desktop.cli.crl_commands",
    "bkfi_desktop.cli.plan_commands",
    "bkfi_desktop.cli.evidence_commands",
    "bkfi_desktop.cli.print_commands",
)

# Which module owns which command word: running one command imports only its module (a report build
# need not load the compile or import code); `bkfi --help` and a word not listed load them all. A test
# keeps this true to what the modules register.
COMMAND_OWNERS: dict[str, str] = {
    command: f"bkfi_desktop.cli.{module}"
    for module, commands in {
        "workspace_commands": ("db", "demo", "units"),
        "task_commands": ("assignment", "tasks"),
        "record_commands": ("activity", "staff", "training"),
        "import_commands": ("import-tasks", "template-xlsx"),
        "report_commands": ("report",),
        "signing_commands": ("verify",),
        "compile_commands": ("compile",),
        "office_commands": ("profile", "reminder", "roster"),
        "crl_commands": ("crl",),
        "plan_commands": ("plan", "subtask"),
        "evidence_commands": ("evidence",),
        "print_commands": ("print", "summary"),
    }.items()
    for command in commands
}


class _VietnameseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"bkfi: lỗi cú pháp lệnh: {message}\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``'s command (every command when argv is None or names none we know)."""
    parser = _VietnameseArgumentParser(
        prog="bkfi",
        description="BKFI Desktop — dòng lệnh quản lý nhiệm vụ, tiến độ và báo cáo định kỳ.",
    )
    parser.add_argument("--db", metavar="PATH", help="tệp dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--version", action="version", version=f"bkfi {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_VietnameseArgumentParser)
    subparsers.required = True
    for module_name in modules_for(argv):
        importlib.import_module(module_name).register(subparsers)
    return parser


def modules_for(argv: Sequence[str] | None) -> list[str]:
    """The command modules needed to parse ``argv``: the one owning its command word, else all."""
    word = _command_word(argv) if argv is not None else None
    owner = COMMAND_OWNERS.get(word or "")
    return [owner] if owner else list(COMMAND_MODULES)


def _command_word(argv: Sequence[str]) -> str | None:
    """The first word that is not a global option (``--db PATH`` / ``--db=PATH``)."""
    items = iter(argv)
    for item in items:
        if item == "--db":
            next(items, None)
        elif not item.startswith("-"):
            return item
    return None


def main(argv: Sequence[str] | None = None) -> int:
    _force_utf8_output()
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        result = args.handler(args)
    except BkfiError as exc:
        print(f"bkfi: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bkfi: đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    except OSError as exc:  # last resort: a file problem no service explained still gets one line
        where = f" “{exc.filename}”" if exc.filename else ""
        print(f"bkfi: không xử lý được tệp{where}: {os_error_reason(exc)}.", file=sys.stderr)
        return 1
    return int(result or 0)


def _force_utf8_output() -> None:
    """Windows consoles default to a legacy code page; our output is always UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass
