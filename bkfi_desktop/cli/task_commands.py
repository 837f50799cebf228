"""`bkfi tasks list` and `bkfi assignment set`."""

from __future__ import annotations

import argparse
import datetime as dt

from bkfi_desktop.cli.common import (
    add_plan_argument,
    date_arg,
    format_date,
    open_workspace,
    print_json,
    print_line,
)
from bkfi_desktop.core.assignments import set_assignment
from bkfi_desktop.core.store.models import Plan
from bkfi_desktop.core.tasks import get_task, list_tasks, plan_id_for, task_view
from bkfi_desktop.core.vocabulary import ROLE_LABELS, STATUS_LABELS, label


def _progress_arg(text: str) -> int:
    """argparse type: "40" or "40%"; the service itself refuses anything outside 0–100 with the reason."""
    digits = text.strip().removesuffix("%").strip()
    try:
        return int(digits)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tiến độ “{text}” không phải một số phần trăm (0-100)") from None

def register(subparsers: argparse._SubParsersAction) -> None:
    tasks = subparsers.add_parser("tasks", help="nhiệm vụ của kế hoạch")
    tasks_sub = tasks.add_subparsers(dest="tasks_command", metavar="LỆNH", required=True)
    listing = tasks_sub.add_parser("list", help="liệt kê nhiệm vụ")
    listing.add_argument("--mine", action="store_true", help="chỉ nhiệm vụ của đơn vị mình")
    listing.add_argument("--withdrawn", action="store_true", help="kể cả nhiệm vụ đã bị rút khỏi kế hoạch")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--plan", metavar="MÃ_KẾ_HOẠCH", help="chỉ nhiệm vụ của kế hoạch này")
    listing.set_defaults(handler=_tasks_list)

    assignment = subparsers.add_parser("assignment", help="tiến độ của đơn vị trên một nhiệm vụ")
    assignment_sub = assignment.add_subparsers(dest="assignment_command", metavar="LỆNH", required=True)
    setter = assignment_sub.add_parser("set", help="cập nhật trạng thái, tiến độ, người phụ trách, kết quả")
    setter.add_argument("code", help="mã nhiệm vụ, ví dụ 1.1")
    setter.add_argument("--status", choices=list(STATUS_LABELS))
    setter.add_argument("--progress", type=_progress_arg, metavar="0-100", help="phần trăm, ví dụ 40 hoặc 40%%")
    setter.add_argument("--owner", metavar="CÁN_BỘ", help="họ tên hoặc mã số cán bộ ('' để bỏ)")
    setter.add_argument("--due", type=date_arg, metavar="NGÀY", help="hạn riêng của đơn vị")
    setter.add_argument("--result", metavar="KẾT_QUẢ")
    setter.add_argument("--note", metavar="GHI_CHÚ")
    setter.add_argument("--json", action="store_true")
    add_plan_argument(setter)
    setter.set_defaults(handler=_assignment_set)


def _tasks_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        views = list_tasks(session, mine_only=args.mine, include_withdrawn=args.withdrawn)
        if args.plan:
            plan_key = session.get(Plan, plan_id_for(session, args.plan)).key  # type: ignore[union-attr]
            views = [view for view in views if view.plan == plan_key]
        several = len({view.plan for view in views}) > 1  # then a code alone does not say which task
        if args.json:
            print_json([view.to_json() for view in views])
            return 0
        for view in views:
            role = label(ROLE_LABELS, view.my_role) or "-"
            status = label(STATUS_LABELS, view.status)
            progress = view.assignment.progress if view.assignment else 0
            # This period's due date for repeating work ("Hằng năm" → 31/12 of this year).
            due = format_date(view.due_on(dt.date.today())) or view.deadline_text
            withdrawn = " [đã rút]" if view.withdrawn else ""
            plan = f"[{view.plan_name}] " if several else ""
            print_line(f"{plan}{view.code:<7} {role:<10} {status:<15} {progress:>3}%  {due:<12} {view.content[:70]}{withdrawn}")
    return 0


def _assignment_set(args: argparse.Namespace) -> int:
    fields: dict[str, object] = {}
    if args.owner is not None:
        fields["owner"] = args.owner or None
    if args.due is not None:
        fields["own_due_date"] = args.due
    with open_workspace(args) as workspace:
        with workspace.transaction() as session:
            assignment = set_assignment(
                session, get_task(session, args.code, plan=args.plan), status=args.status, progress=args.progress, result=args.result, note=args.note,
                **fields,  # type: ignore[arg-type]
            )
            view = task_view(session, assignment.task)
            if args.json:
                print_json(view.to_json())
            else:
                print_line(
                    f"Đã cập nhật nhiệm vụ {view.code}: {label(STATUS_LABELS, view.status)}, "
                    f"{assignment.progress}%."
                )
    return 0

