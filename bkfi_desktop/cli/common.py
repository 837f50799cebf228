"""Helpers every command module shares: opening the workspace, dates, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bkfi_desktop import paths
from bkfi_desktop.errors import DatabaseError
from bkfi_desktop.textvn.normalize import nfc_deep

if TYPE_CHECKING:  # imported when a command opens one: `bkfi compile` without a workspace skips SQLAlchemy
    from bkfi_desktop.core.workspace import Workspace


def open_workspace(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    """The workspace named by --db (or the default one). Only commands that add data create it:
    a mistyped path must not look like an empty workspace."""
    from bkfi_desktop.core.workspace import Workspace

    path = Path(args.db).expanduser() if args.db else paths.default_workspace_path()
    if not create and not path.exists():
        raise DatabaseError(
            f"Không tìm thấy tệp dữ liệu “{path}”; kiểm tra lại đường dẫn --db, "
            "hoặc tạo vùng làm việc bằng “bkfi demo” hay “bkfi import-tasks”."
        )
    return Workspace.open(path)


def date_arg(text: str) -> dt.date:
    """argparse type: YYYY-MM-DD or dd/mm/yyyy."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ngày “{text}” không hợp lệ (dùng YYYY-MM-DD hoặc dd/mm/yyyy)")


def _plain(value: Any) -> Any:
    """Dates as ISO strings, everything else as JSON already knows it."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def print_json(data: Any) -> None:
    """The --json contract: UTF-8, NFC, stable field names, dates as ISO strings."""
    sys.stdout.write(json.dumps(nfc_deep(_plain(data)), ensure_ascii=False, indent=2) + "\n")


def print_line(text: str) -> None:
    sys.stdout.write(unicodedata.normalize("NFC", text) + "\n")


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def add_plan_argument(parser: argparse.ArgumentParser) -> None:
    """`--plan KEY`: the plan a task code belongs to, needed when several plans use the code."""
    parser.add_argument("--plan", metavar="MÃ_KẾ_HOẠCH", help="kế hoạch của nhiệm vụ, khi mã có ở nhiều kế hoạch (xem “plan list”)")
