"""`bkfi print tasks|staff|training --out F.pdf|F.xlsx` and `bkfi summary --out F.pdf`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bkfi_desktop.cli.common import date_arg, open_workspace, print_line


def register(subparsers: argparse._SubParsersAction) -> None:
    printing = subparsers.add_parser(
        "print",
        help="in danh sách nhiệm vụ, cán bộ, tập huấn ra PDF hoặc Excel (A4, lặp dòng tiêu đề, đánh số trang)",
    )
    printing.add_argument("kind", choices=("tasks", "staff", "training"), help="danh sách cần in")
    printing.add_argument("--out", required=True, type=Path, metavar="F.pdf|F.xlsx", help="tệp kết quả (.pdf hoặc .xlsx)")
    printing.add_argument("--all", action="store_true", help="nhiệm vụ: cả các nhiệm vụ không giao cho đơn vị")
    printing.add_argument("--plan", metavar="KEY", help="nhiệm vụ: chỉ của kế hoạch này")
    printing.add_argument("--year", type=int, metavar="NĂM", help="tập huấn: chỉ các lớp của năm này")
    printing.add_argument("--today", type=date_arg, metavar="NGÀY", help="ngày lập in trên danh sách (mặc định: hôm nay)")
    printing.set_defaults(handler=run_print)

    summary = subparsers.add_parser("summary", help="tóm tắt một trang cho lãnh đạo, có biểu đồ (PDF)")
    summary.add_argument("--out", required=True, type=Path, metavar="F.pdf")
    summary.add_argument("--today", type=date_arg, metavar="NGÀY", help="số liệu đến ngày (mặc định: hôm nay)")
    summary.set_defaults(handler=run_summary)


def run_print(args: argparse.Namespace) -> int:
    from bkfi_desktop.workflows.printouts import print_listing

    options: dict[str, object] = {}
    if args.kind == "tasks":
        options = {"mine_only": not args.all, "plan_key": args.plan}
    elif args.kind == "training" and args.year:
        options = {"year": args.year}
    with open_workspace(args) as workspace:
        path, listing = print_listing(workspace, args.kind, args.out, today=args.today, **options)
    print_line(f"Đã in {listing.title.lower()} ({len(listing.rows)} dòng): {path}")
    return 0


def run_summary(args: argparse.Namespace) -> int:
    from bkfi_desktop.workflows.leader_summary import build_leader_summary

    with open_workspace(args) as workspace:
        path = build_leader_summary(workspace, args.out, today=args.today)
    print_line(f"Đã lập tóm tắt cho lãnh đạo: {path}")
    return 0
