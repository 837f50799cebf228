"""`bkfi staff|training|activity add|list`: the unit's own records."""

from __future__ import annotations

import argparse

from bkfi_desktop.cli.common import (
    add_plan_argument,
    date_arg,
    format_date,
    open_workspace,
    print_json,
    print_line,
)
from bkfi_desktop.core import activities, staff, training
from bkfi_desktop.core.tasks import get_task
from bkfi_desktop.core.vocabulary import (
    ACTIVITY_KIND_LABELS,
    TRAINING_KIND_LABELS,
    TRAINING_MODE_LABELS,
    TRAINING_TOPIC_LABELS,
    TTDN_ROLE_LABELS,
    label,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_staff(subparsers)
    _register_training(subparsers)
    _register_activity(subparsers)


def _group(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    parser = subparsers.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=f"{name}_command", metavar="LỆNH", required=True)


def _list_parser(group: argparse._SubParsersAction, handler: object) -> argparse.ArgumentParser:
    parser = group.add_parser("list", help="liệt kê")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=handler)
    return parser


# --- staff ----------------------------------------------------------------------------------------


def _register_staff(subparsers: argparse._SubParsersAction) -> None:
    group = _group(subparsers, "staff", "cán bộ của đơn vị")
    add = group.add_parser("add", help="thêm cán bộ")
    add.add_argument("full_name", metavar="HỌ_TÊN")
    add.add_argument("--title", default="", help="chức vụ")
    add.add_argument("--role", default="member", choices=list(TTDN_ROLE_LABELS), help="vai trò (lãnh đạo phụ trách, cán bộ phụ trách, thành viên)")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--from", dest="from_date", type=date_arg)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_staff_add)
    _list_parser(group, _staff_list)


def _staff_add(args: argparse.Namespace) -> int:
    with open_workspace(args, create=True) as workspace, workspace.transaction() as session:
        person = staff.add_staff(
            session, args.full_name, title=args.title, ttdn_role=args.role, phone=args.phone, email=args.email,
            from_date=args.from_date,
        )
        if args.json:
            print_json(staff.staff_to_json(person))
        else:
            print_line(f"Đã thêm cán bộ {person.full_name} (mã số {person.id}).")
    return 0


def _staff_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        people = staff.list_staff(session)
        if args.json:
            print_json([staff.staff_to_json(person) for person in people])
            return 0
        for person in people:
            left = f" (đến {format_date(person.to_date)})" if person.to_date else ""
            print_line(f"{person.id:>4}  {person.full_name:<28} {label(TTDN_ROLE_LABELS, person.ttdn_role):<24} {person.title}{left}")
    return 0


# --- training -------------------------------------------------------------------------------------


def _register_training(subparsers: argparse._SubParsersAction) -> None:
    group = _group(subparsers, "training", "tập huấn, bồi dưỡng")
    add = group.add_parser("add", help="thêm lớp tập huấn")
    add.add_argument("--title", required=True)
    add.add_argument("--date", required=True, type=date_arg, help="ngày bắt đầu")
    add.add_argument("--end", type=date_arg, help="ngày kết thúc")
    add.add_argument("--kind", default="attended", choices=list(TRAINING_KIND_LABELS))
    add.add_argument("--topic", action="append", choices=list(TRAINING_TOPIC_LABELS), help="có thể lặp lại")
    add.add_argument("--hours", type=float, default=0.0)
    add.add_argument("--place", default="")
    add.add_argument("--organiser", default="")
    add.add_argument("--mode", default="in_person", choices=list(TRAINING_MODE_LABELS))
    add.add_argument("--participant", action="append", default=[], help="họ tên hoặc mã số cán bộ; có thể lặp lại")
    add.add_argument("--external", type=int, default=0, help="số người tham gia ngoài đơn vị")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_training_add)
    _list_parser(group, _training_list)


def _training_add(args: argparse.Namespace) -> int:
    with open_workspace(args, create=True) as workspace, workspace.transaction() as session:
        session_row = training.add_training(
            session, args.title, args.date, kind=args.kind, topics=args.topic or ["ttdn"], end_date=args.end,
            hours=args.hours, place=args.place, organiser=args.organiser, mode=args.mode,
            participants=args.participant, external_participants=args.external,
        )
        if args.json:
            print_json(training.training_to_json(session_row))
        else:
            print_line(f"Đã thêm lớp tập huấn “{session_row.title}” (mã số {session_row.id}).")
    return 0


def _training_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        rows = training.list_trainings(session)
        if args.json:
            print_json([training.training_to_json(row) for row in rows])
            return 0
        for row in rows:
            print_line(
                f"{row.id:>4}  {format_date(row.start_date)}  {label(TRAINING_KIND_LABELS, row.kind):<18} "
                f"{row.hours:>5g} giờ  {len(row.participants) + row.external_participants:>3} người  {row.title}"
            )
    return 0


# --- activity -------------------------------------------------------------------------------------


def _register_activity(subparsers: argparse._SubParsersAction) -> None:
    group = _group(subparsers, "activity", "hoạt động, kết quả")
    add = group.add_parser("add", help="thêm hoạt động")
    add.add_argument("--date", required=True, type=date_arg)
    add.add_argument("--kind", required=True, choices=list(ACTIVITY_KIND_LABELS))
    add.add_argument("--quantity", type=int, default=1)
    add.add_argument("--title", required=True)
    add.add_argument("--task", help="mã nhiệm vụ")
    add_plan_argument(add)
    add.add_argument("--link", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_activity_add)
    listing = _list_parser(group, _activity_list)
    listing.add_argument("--from", dest="start", type=date_arg)
    listing.add_argument("--to", dest="end", type=date_arg)
    listing.add_argument("--kind", choices=list(ACTIVITY_KIND_LABELS))
    listing.add_argument("--search", default="", help="tìm theo nội dung (không phân biệt dấu, hoa thường)")
    listing.add_argument("--limit", type=int, default=0, help="số dòng tối đa (0 = tất cả)")


def _activity_add(args: argparse.Namespace) -> int:
    with open_workspace(args, create=True) as workspace, workspace.transaction() as session:
        task = get_task(session, args.task, plan=args.plan).id if args.task else None
        row = activities.add_activity(session, args.date, args.kind, args.quantity, args.title, task=task, link=args.link)
        if args.json:
            print_json({"id": row.id, "date": row.date, "kind": row.kind, "quantity": row.quantity, "title": row.title})
        else:
            print_line(f"Đã thêm hoạt động ngày {format_date(row.date)}: {row.title}")
    return 0


def _activity_list(args: argparse.Namespace) -> int:
    query_filter = activities.ActivityFilter(text=args.search, kind=args.kind, start=args.start, end=args.end)
    with open_workspace(args) as workspace, workspace.session() as session:
        limit = args.limit if args.limit > 0 else activities.count_activities(session, query_filter)
        rows = activities.fetch_activities(session, query_filter, limit=max(limit, 1))
        if args.json:
            print_json([row.to_json() for row in rows])
            return 0
        for row in rows:
            print_line(
                f"{format_date(row.date)}  {label(ACTIVITY_KIND_LABELS, row.kind):<32} {row.quantity:>3}  {row.title}"
            )
    return 0
