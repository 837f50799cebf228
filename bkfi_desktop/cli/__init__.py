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
    "bkfi_desktop.cli.plan_commands",
)


class _VietnameseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"bkfi: lỗi cú pháp lệnh: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _VietnameseArgumentParser(
        prog="bkfi",
        description="BKFI Desktop — dòng lệnh quản lý nhiệm vụ, tiến độ và báo cáo định kỳ.",
    )
    parser.add_argument("--db", metavar="PATH", help="tệp dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--version", action="version", version=f"bkfi {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_VietnameseArgumentParser)
    subparsers.required = True
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # a command group not written yet
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _force_utf8_output()
    parser = build_parser()
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
