"""`bkfi demo`, `bkfi units list`, `bkfi db check|backup|restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bkfi_desktop import paths
from bkfi_desktop.cli.common import open_workspace, print_json, print_line
from bkfi_desktop.cli.unit_commands import register_corrections
from bkfi_desktop.core.demo import DEMO_UNIT, create_demo
from bkfi_desktop.core.store.models import Plan
from bkfi_desktop.core.units import list_units, unit_to_json
from bkfi_desktop.core.workspace import restore_workspace
from bkfi_desktop.errors import DatabaseError, InvalidInputError


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="tạo vùng làm việc mẫu (kế hoạch NQ 47, phường Đức Xuân)")
    demo.set_defaults(handler=_demo)

    units = subparsers.add_parser("units", help="danh bạ đơn vị")
    units_sub = units.add_subparsers(dest="units_command", metavar="LỆNH", required=True)
    units_list = units_sub.add_parser("list", help="liệt kê đơn vị")
    units_list.add_argument("--json", action="store_true")
    units_list.set_defaults(handler=_units_list)
    register_corrections(units_sub)

    db = subparsers.add_parser("db", help="kiểm tra, sao lưu, khôi phục tệp dữ liệu")
    db_sub = db.add_subparsers(dest="db_command", metavar="LỆNH", required=True)
    db_sub.add_parser("check", help="kiểm tra tính toàn vẹn và phiên bản lược đồ").set_defaults(handler=_db_check)
    backup = db_sub.add_parser("backup", help="sao lưu (mặc định vào thư mục backups cạnh tệp dữ liệu)")
    backup.add_argument("dest", nargs="?", help="tệp hoặc thư mục đích")
    backup.add_argument(
        "--full",
        action="store_true",
        help="sao lưu toàn bộ (.zip): dữ liệu, tệp minh chứng, chứng thư tin cậy, CRL, báo cáo đã lập và đã ký, "
        "ảnh chữ ký, con dấu, thiết lập — để chuyển sang máy mới",
    )
    backup.add_argument(
        "--keep", type=int, metavar="N", help="với --full không chỉ đích: chỉ giữ N bản sao lưu tự động mới nhất"
    )
    backup.set_defaults(handler=_db_backup)
    restore = db_sub.add_parser(
        "restore", help="khôi phục từ một bản sao lưu (.db, hoặc .zip toàn bộ — kể cả vào thư mục dữ liệu trống)"
    )
    restore.add_argument("src", help="tệp sao lưu")
    restore.set_defaults(handler=_db_restore)


def _demo(args: argparse.Namespace) -> int:
    if not args.db:  # sample data never goes into the clerk's own workspace
        args.db = str(paths.demo_workspace_path())
    with open_workspace(args, create=True) as workspace:
        with workspace.session() as session:
            if session.query(Plan.id).first() is not None:
                raise InvalidInputError(
                    f"Vùng làm việc “{workspace.path}” đã có dữ liệu; hãy chọn tệp khác bằng --db để tạo dữ liệu mẫu."
                )
        create_demo(workspace)
        print_line(f"Đã tạo vùng làm việc mẫu cho {DEMO_UNIT} tại “{workspace.path}”.")
    return 0


def _units_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        units = list_units(session)
        if args.json:
            print_json([unit_to_json(unit) for unit in units])
        else:
            for unit in units:
                print_line(f"{unit.id:>4}  {unit.name}  [{unit.category}]")
    return 0


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else paths.default_workspace_path()


def _db_check(args: argparse.Namespace) -> int:
    target = _db_path(args)
    if not target.is_file():
        raise DatabaseError(f"Không tìm thấy tệp dữ liệu “{target}”.")
    from bkfi_desktop.core.store.identify import ReadOnlyPlaceError
    from bkfi_desktop.core.store.migrate import sqlite_integrity_problems

    problems = sqlite_integrity_problems(target)
    if not problems:
        # Open only a healthy file: opening runs migrations, which must never touch a damaged one.
        try:
            with open_workspace(args) as workspace:
                problems = workspace.check()
        except ReadOnlyPlaceError as exc:  # healthy, but cannot be worked on where it is: say so
            raise DatabaseError(f"Tệp dữ liệu “{target}” nguyên vẹn nhưng không ghi được: {exc.message}") from exc
    if problems:
        raise DatabaseError(f"Tệp dữ liệu “{target}” có lỗi: {'; '.join(problems[:5])}.")
    print_line(f"Tệp dữ liệu “{target}” nguyên vẹn, lược đồ đã cập nhật.")
    return 0


def _db_backup(args: argparse.Namespace) -> int:
    if args.full:
        return _db_backup_full(args)
    if args.keep is not None:
        raise InvalidInputError("--keep chỉ dùng cùng --full (sao lưu toàn bộ tự động).")
    with open_workspace(args) as workspace:
        written = workspace.backup(Path(args.dest).expanduser() if args.dest else None)
    print_line(f"Đã sao lưu vào “{written}”.")
    return 0


def _db_backup_full(args: argparse.Namespace) -> int:
    from bkfi_desktop.workflows.backup import write_auto_backup, write_full_backup

    if args.keep is not None and (args.dest or args.keep < 1):
        raise InvalidInputError("--keep cần một số ≥ 1 và không đi cùng tệp đích (bản sao lưu vào backups/tu-dong).")
    with open_workspace(args) as workspace:
        if args.dest:
            summary = write_full_backup(workspace, Path(args.dest).expanduser())
        else:
            summary = write_auto_backup(workspace, keep=args.keep or 7)
    print_line(
        f"Đã sao lưu toàn bộ vào “{summary.archive}”: {summary.files} tệp "
        f"({summary.evidence} tệp minh chứng, {summary.reports} báo cáo), {summary.size / 1_048_576:.1f} MB."
    )
    return 0


def _db_restore(args: argparse.Namespace) -> int:
    target = _db_path(args)
    source = Path(args.src).expanduser()
    from bkfi_desktop.workflows.restore import is_full_backup, restore_archive

    if source.is_file() and is_full_backup(source):
        summary = restore_archive(source, target)
        kept = f" Bản dữ liệu trước đó được lưu tại “{summary.previous_copy}”." if summary.previous_copy else ""
        print_line(
            f"Đã khôi phục toàn bộ vào “{summary.workspace}”: {summary.evidence} tệp minh chứng, "
            f"{summary.reports} báo cáo, {summary.trust} chứng thư tin cậy.{kept}"
        )
        return 0
    safety = restore_workspace(Path(args.src).expanduser(), target)
    print_line(f"Đã khôi phục “{target}” từ “{args.src}”. Bản dữ liệu trước đó được lưu tại “{safety}”.")
    return 0
