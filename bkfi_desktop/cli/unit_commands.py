"""`bkfi units rename|merge|set-category|alias`: the clerk's corrections to the unit directory.

Each runs in one transaction and prints one Vietnamese line (or the unit as JSON with --json);
the corrections are kept as aliases and categories, so the next import respects them.
"""

from __future__ import annotations

import argparse

from bkfi_desktop.cli.common import open_workspace, print_json, print_line
from bkfi_desktop.core.unit_directory import add_unit_alias, merge_units, rename_unit, set_unit_category
from bkfi_desktop.core.units import unit_to_json
from bkfi_desktop.core.vocabulary import UNIT_CATEGORY_LABELS


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
