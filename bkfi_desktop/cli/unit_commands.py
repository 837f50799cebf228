"""`bkfi units rename|merge|set-category|alias|abbrev`: the clerk's corrections to the unit directory
and the abbreviations imports write out in full.

Each runs in one transaction and prints one Vietnamese line (or the unit as JSON with --json);
the corrections are kept as aliases and categories, so the next import respects them.
"""

from __future__ import annotations

import argparse

from bkfi_desktop import paths
from bkfi_desktop.cli.common import open_workspace, print_json, print_line
from bkfi_desktop.core.unit_directory import add_unit_alias, merge_units, rename_unit, set_unit_category
from bkfi_desktop.core.units import unit_to_json
from bkfi_desktop.core.vocabulary import UNIT_CATEGORY_LABELS
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.task_lists.abbreviations import (
    BUILTIN_ABBREVIATIONS,
    load_user_abbreviations,
    save_user_abbreviations,
)
from bkfi_desktop.textvn.normalize import clean_line


def register_corrections(units_sub: argparse._SubParsersAction) -> None:
    rename = units_sub.add_parser("rename", help="đổi tên đơn vị (tên cũ được giữ làm tên gọi khác)")
    rename.add_argument("unit", help="tên, tên viết tắt hoặc mã số đơn vị")
    rename.add_argument("new_name", help="tên mới")
    rename.add_argument("--json", action="store_true")
    rename.set_defaults(handler=_rename)
    merge = units_sub.add_parser("merge", help="gộp các đơn vị trùng vào một đơn vị")
    merge.add_argument("keep", help="đơn vị giữ lại")
    merge.add_argument("duplicates", nargs="+", help="các đơn vị trùng, sẽ gộp vào đơn vị giữ lại")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=_merge)
    category = units_sub.add_parser("set-category", help="đặt loại đơn vị: " + ", ".join(UNIT_CATEGORY_LABELS))
    category.add_argument("unit")
    category.add_argument("category", help="mã loại (phong_ban, nganh, doan_the, dang, xa, phuong, …) hoặc tên loại")
    category.add_argument("--json", action="store_true")
    category.set_defaults(handler=_set_category)
    alias = units_sub.add_parser("alias", help="thêm tên gọi khác (tên viết tắt) cho đơn vị")
    alias.add_argument("unit")
    alias.add_argument("alias")
    alias.add_argument("--json", action="store_true")
    alias.set_defaults(handler=_alias)
    abbrev = units_sub.add_parser("abbrev", help="chữ viết tắt dùng khi nhập kế hoạch (danh sách sẵn có và của bạn)")
    abbrev_sub = abbrev.add_subparsers(dest="abbrev_command", metavar="LỆNH", required=True)
    listed = abbrev_sub.add_parser("list", help="liệt kê chữ viết tắt")
    listed.add_argument("--json", action="store_true")
    listed.set_defaults(handler=_abbrev_list)
    added = abbrev_sub.add_parser("set", help="thêm hoặc sửa một chữ viết tắt (thắng danh sách sẵn có)")
    added.add_argument("short", help="chữ viết tắt, ví dụ “CA TP”")
    added.add_argument("full", help="tên đầy đủ, ví dụ “Công an thành phố”")
    added.set_defaults(handler=_abbrev_set)
    removed = abbrev_sub.add_parser("remove", help="bỏ một chữ viết tắt đã thêm")
    removed.add_argument("short")
    removed.set_defaults(handler=_abbrev_remove)


def _run(args: argparse.Namespace, change, message) -> int:  # type: ignore[no-untyped-def]
    with open_workspace(args) as workspace, workspace.transaction() as session:
        unit = change(session)
        if args.json:
            print_json(unit_to_json(unit))
        else:
            print_line(message(unit))
    return 0


def _rename(args: argparse.Namespace) -> int:
    return _run(args, lambda s: rename_unit(s, args.unit, args.new_name),
                lambda u: f"Đã đổi tên đơn vị “{args.unit}” thành “{u.name}”.")


def _merge(args: argparse.Namespace) -> int:
    return _run(args, lambda s: merge_units(s, args.keep, args.duplicates),
                lambda u: f"Đã gộp {len(args.duplicates)} đơn vị vào “{u.name}”.")


def _set_category(args: argparse.Namespace) -> int:
    return _run(args, lambda s: set_unit_category(s, args.unit, args.category),
                lambda u: f"Đơn vị “{u.name}” thuộc loại: {UNIT_CATEGORY_LABELS[u.category]}.")


def _alias(args: argparse.Namespace) -> int:
    return _run(args, lambda s: add_unit_alias(s, args.unit, args.alias),
                lambda u: f"Đã thêm tên gọi khác “{args.alias}” cho đơn vị “{u.name}”.")


def _abbrev_list(args: argparse.Namespace) -> int:
    own = load_user_abbreviations(paths.data_dir())
    rows = [{"short": short, "full": full, "source": "user"} for short, full in sorted(own.items())]
    rows += [{"short": short, "full": full, "source": "builtin"} for short, full in sorted(BUILTIN_ABBREVIATIONS.items())
             if short not in own]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            mark = "*" if row["source"] == "user" else " "
            print_line(f"{mark} {row['short']} = {row['full']}")
    return 0


def _abbrev_set(args: argparse.Namespace) -> int:
    short, full = clean_line(args.short), clean_line(args.full)
    if not short or not full:
        raise InvalidInputError("Cần cả chữ viết tắt và tên đầy đủ.")
    if "=" in short or "#" in short + full:
        raise InvalidInputError("Chữ viết tắt và tên đầy đủ không được chứa dấu “=” hay “#”.")
    own = load_user_abbreviations(paths.data_dir())
    own[short] = full
    save_user_abbreviations(paths.data_dir(), own)
    print_line(f"Đã lưu chữ viết tắt “{short}” = “{full}”; lần nhập sau sẽ dùng.")
    return 0


def _abbrev_remove(args: argparse.Namespace) -> int:
    own = load_user_abbreviations(paths.data_dir())
    short = clean_line(args.short)
    if short not in own:
        raise InvalidInputError(f"Chưa có chữ viết tắt “{short}” trong danh sách của bạn.")
    del own[short]
    save_user_abbreviations(paths.data_dir(), own)
    print_line(f"Đã bỏ chữ viết tắt “{short}”.")
    return 0
