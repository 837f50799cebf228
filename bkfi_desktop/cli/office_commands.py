"""`bkfi profile …`, `bkfi roster …`, `bkfi reminder`: prepare a workspace and follow who must report.

`profile` names the unit (or compiling office) a workspace belongs to, so a script can prepare one
without the GUI. `roster` lists and sets the units expected to report for a period and the office's
deadline. `reminder` writes the công văn đôn đốc for the units still missing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bkfi_desktop.cli.common import date_arg, format_date, open_workspace, print_json, print_line
from bkfi_desktop.core.profile import get_profile, update_profile
from bkfi_desktop.core.roster import deadline, get_roster, set_deadline, set_roster

# option → Profile field
_PROFILE_OPTIONS = {
    "unit": "unit_name",
    "parent": "parent_agency",
    "place": "place_name",
    "signer_name": "signer_name",
    "position": "signer_position",
    "authority_line": "signer_authority",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    profile = subparsers.add_parser("profile", help="thông tin đơn vị của vùng làm việc")
    profile_sub = profile.add_subparsers(dest="action", metavar="VIỆC", required=True)
    show = profile_sub.add_parser("show", help="xem thông tin đơn vị")
    show.add_argument("--json", action="store_true", help="in dạng JSON (UTF-8)")
    show.set_defaults(handler=run_profile_show)
    change = profile_sub.add_parser("set", help="đặt thông tin đơn vị in trên báo cáo")
    change.add_argument("--unit", metavar="NAME", help="tên đơn vị (cơ quan ban hành)")
    change.add_argument("--parent", metavar="NAME", help="cơ quan chủ quản")
    change.add_argument("--place", metavar="NAME", help="địa danh ghi trước ngày tháng")
    change.add_argument("--signer-name", metavar="NAME", help="họ tên người ký")
    change.add_argument("--position", metavar="TEXT", help="chức vụ người ký")
    change.add_argument("--authority-line", metavar="TEXT", help="quyền hạn ký: TM., KT., Q., TL., TUQ.")
    change.set_defaults(handler=run_profile_set)

    roster = subparsers.add_parser("roster", help="danh sách đơn vị phải báo cáo và hạn nộp")
    roster_sub = roster.add_subparsers(dest="action", metavar="VIỆC", required=True)
    listing = roster_sub.add_parser("list", help="các đơn vị phải báo cáo trong kỳ")
    listing.add_argument("--period", metavar="KỲ", required=True, help="2025-H1, 2025-Y…")
    listing.add_argument("--plan", metavar="KEY", help="mã kế hoạch")
    listing.add_argument("--json", action="store_true", help="in dạng JSON (UTF-8)")
    listing.set_defaults(handler=run_roster_list)
    setting = roster_sub.add_parser("set", help="đặt danh sách đơn vị phải báo cáo trong kỳ")
    setting.add_argument("--period", metavar="KỲ", required=True)
    setting.add_argument("--plan", metavar="KEY")
    setting.add_argument(
        "--not-required", metavar="UNIT", action="append", default=[], help="đơn vị không phải báo cáo kỳ này"
    )
    setting.add_argument("units", metavar="UNIT", nargs="*", help="tên đơn vị")
    setting.set_defaults(handler=run_roster_set)
    due = roster_sub.add_parser("due", help="hạn nộp báo cáo của các đơn vị trong kỳ")
    due.add_argument("--period", metavar="KỲ", required=True)
    due.add_argument("date", metavar="DATE", type=date_arg, help="YYYY-MM-DD hoặc dd/mm/yyyy")
    due.set_defaults(handler=run_roster_due)

    reminder = subparsers.add_parser("reminder", help="lập công văn đôn đốc các đơn vị chưa nộp báo cáo")
    reminder.add_argument("--period", metavar="KỲ", required=True)
    reminder.add_argument("--plan", metavar="KEY")
    reminder.add_argument("--out", metavar="CONG_VAN.pdf", type=Path, required=True)
    reminder.add_argument(
        "--received", metavar="FILE.pdf", type=Path, action="append", default=[],
        help="báo cáo đã nhận (mặc định: các đơn vị đã nộp hợp lệ lần tổng hợp gần nhất)",
    )
    reminder.add_argument("--dir", metavar="FOLDER", type=Path, action="append", help="thư mục báo cáo đã nhận")
    reminder.add_argument("--trust", metavar="ROOT.pem", type=Path, action="append")
    reminder.set_defaults(handler=run_reminder)


def _profile_dict(profile) -> dict[str, object]:
    return {
        "kind": profile.kind,
        "unit": profile.unit_name,
        "parent": profile.parent_agency,
        "place": profile.place_name,
        "number_prefix": profile.number_prefix,
        "signer_name": profile.signer_name,
        "position": profile.signer_position,
        "authority_line": profile.signer_authority,
        "receiving_office": profile.receiving_office,
        "recipients": list(profile.recipients or []),
    }


def run_profile_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        data = _profile_dict(get_profile(session))
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print_line(f"{key}: {value if not isinstance(value, list) else '; '.join(value)}")
    return 0


def run_profile_set(args: argparse.Namespace) -> int:
    fields = {field: getattr(args, option) for option, field in _PROFILE_OPTIONS.items()}
    fields = {field: value for field, value in fields.items() if value is not None}
    with open_workspace(args, create=True) as workspace:
        with workspace.transaction() as session:
            update_profile(session, **fields)
        with workspace.session() as session:
            print_line(f"Đơn vị: {get_profile(session).unit_name or '—'}")
    return 0


def run_roster_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        units = get_roster(session, args.period, args.plan)
        due, source = deadline(session, args.period)
    if args.json:
        print_json(
            {"period": args.period, "due_date": due, "due_source": source, "units": [u.to_json() for u in units]}
        )
        return 0
    print_line(f"Hạn nộp: {format_date(due)} ({'cơ quan tổng hợp đặt' if source == 'office' else 'mặc định'})")
    for unit in units:
        print_line(f"{unit.name}{'' if unit.required else ' (không phải báo cáo kỳ này)'}")
    return 0


def run_roster_set(args: argparse.Namespace) -> int:
    with open_workspace(args, create=True) as workspace, workspace.transaction() as session:
        units = set_roster(session, args.period, list(args.units), plan_key=args.plan, not_required=args.not_required)
    print_line(f"Đã đặt {sum(u.required for u in units)} đơn vị phải báo cáo kỳ {args.period}.")
    return 0


def run_roster_due(args: argparse.Namespace) -> int:
    with open_workspace(args, create=True) as workspace, workspace.transaction() as session:
        set_deadline(session, args.period, args.date)
    print_line(f"Hạn nộp báo cáo kỳ {args.period}: {format_date(args.date)}.")
    return 0


def run_reminder(args: argparse.Namespace) -> int:
    from bkfi_desktop.cli.compile_commands import collect_paths
    from bkfi_desktop.workflows.reminder import write_reminder

    received = collect_paths(list(args.received), list(args.dir or [])) if (args.received or args.dir) else []
    with open_workspace(args) as workspace:
        written, missing = write_reminder(
            workspace, args.period, args.out, received=received, plan_key=args.plan, trust_roots=args.trust
        )
    print_line(f"Đã ghi công văn đôn đốc {len(missing)} đơn vị chưa nộp báo cáo: {written}")
    return 0
