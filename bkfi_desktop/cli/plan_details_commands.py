"""`bkfi plan list|show|set|archive`: the plans of the workspace, their details, archiving."""

from __future__ import annotations

import argparse

from bkfi_desktop.cli.common import date_arg, format_date, open_workspace, print_json, print_line
from bkfi_desktop.core.plan_details import PlanSummary, archive_plan, get_plan, list_plans, set_plan_details


def register_plan_details(plan_sub: argparse._SubParsersAction) -> None:
    listing = plan_sub.add_parser("list", help="các kế hoạch trong dữ liệu (mã, số, tên, số nhiệm vụ)")
    listing.add_argument("--archived", action="store_true", help="kể cả kế hoạch đã lưu trữ")
    listing.add_argument("--json", action="store_true", help="in kết quả dạng JSON (UTF-8)")
    listing.set_defaults(handler=_list)
    show = plan_sub.add_parser("show", help="thông tin một kế hoạch")
    show.add_argument("key", metavar="MÃ_KẾ_HOẠCH")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    setter = plan_sub.add_parser("set", help="sửa tên, số, ngày, cơ quan ban hành, lĩnh vực, thời gian hiệu lực")
    setter.add_argument("key", metavar="MÃ_KẾ_HOẠCH")
    setter.add_argument("--title", metavar="TÊN")
    setter.add_argument("--number", metavar="SỐ_KÝ_HIỆU", help="ví dụ 125/KH-UBND")
    setter.add_argument("--issued-on", metavar="NGÀY", type=date_arg)
    setter.add_argument("--issuer", metavar="CƠ_QUAN")
    setter.add_argument("--topic", metavar="LĨNH_VỰC", help="ví dụ: thông tin đối ngoại, chuyển đổi số")
    setter.add_argument("--valid-from", metavar="NGÀY", type=date_arg, help="có hiệu lực từ ngày")
    setter.add_argument("--valid-to", metavar="NGÀY", type=date_arg, help="đến ngày")
    setter.add_argument("--json", action="store_true")
    setter.set_defaults(handler=_set)
    archive = plan_sub.add_parser("archive", help="lưu trữ kế hoạch (giữ lại, chỉ xem, không còn trong danh sách)")
    archive.add_argument("key", metavar="MÃ_KẾ_HOẠCH")
    archive.add_argument("--restore", action="store_true", help="đưa kế hoạch ra khỏi lưu trữ")
    archive.set_defaults(handler=_archive)


def _lines(plan: PlanSummary) -> list[str]:
    validity = ""
    if plan.valid_from or plan.valid_to:
        validity = f"{format_date(plan.valid_from) or '…'} – {format_date(plan.valid_to) or '…'}"
    return [
        f"Mã: {plan.key}" + (" [đã lưu trữ]" if plan.archived else ""),
        f"Tên: {plan.title}",
        f"Số: {plan.number or '—'}; ngày: {format_date(plan.issued_on) or '—'}; cơ quan ban hành: {plan.issuer or '—'}",
        f"Lĩnh vực: {plan.topic}" + (f"; hiệu lực: {validity}" if validity else ""),
        f"Số nhiệm vụ: {plan.task_count}" + (f"; nhập từ tệp “{plan.source_name}”" if plan.source_name else ""),
    ]


def _list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        plans = list_plans(session, include_archived=args.archived)
    if args.json:
        print_json([plan.to_json() for plan in plans])
        return 0
    if not plans:
        print_line("Chưa có kế hoạch nào. Nhập danh sách nhiệm vụ bằng lệnh “bkfi import-tasks TỆP”.")
    for plan in plans:
        archived = " [đã lưu trữ]" if plan.archived else ""
        print_line(f"{plan.key}  {plan.short_name}  ({plan.task_count} nhiệm vụ){archived}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        plan = get_plan(session, args.key)
    if args.json:
        print_json(plan.to_json())
    else:
        for line in _lines(plan):
            print_line(line)
    return 0


def _set(args: argparse.Namespace) -> int:
    names = ("title", "number", "issued_on", "issuer", "topic", "valid_from", "valid_to")
    fields = {name: getattr(args, name) for name in names if getattr(args, name) is not None}
    with open_workspace(args) as workspace, workspace.transaction() as session:
        plan = set_plan_details(session, args.key, **fields)
    if args.json:
        print_json(plan.to_json())
    else:
        print_line(f"Đã cập nhật kế hoạch “{plan.key}”.")
        for line in _lines(plan):
            print_line(line)
    return 0


def _archive(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.transaction() as session:
        plan = archive_plan(session, args.key, restore=args.restore)
    if plan.archived:
        print_line(f"Đã lưu trữ kế hoạch “{plan.key}”: giữ nguyên số liệu, chỉ xem, không còn trong danh sách hằng ngày.")
    else:
        print_line(f"Đã đưa kế hoạch “{plan.key}” ra khỏi lưu trữ.")
    return 0
