"""`bkfi plan build` (the unit's Kế hoạch chi tiết) and `bkfi subtask add|list|done` (its steps)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bkfi_desktop.cli.common import (
    add_plan_argument,
    date_arg,
    format_date,
    open_workspace,
    print_json,
    print_line,
)
from bkfi_desktop.cli.plan_details_commands import register_plan_details
from bkfi_desktop.core.assignments import add_subtask, get_assignment, set_subtask_done
from bkfi_desktop.core.tasks import get_task


def register(subparsers: argparse._SubParsersAction) -> None:
    plan = subparsers.add_parser("plan", help="các kế hoạch (danh sách, thông tin, lưu trữ) và kế hoạch chi tiết của đơn vị")
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="LỆNH", required=True)
    build = plan_sub.add_parser(
        "build",
        help="lập Kế hoạch chi tiết (PDF theo Nghị định 30/2020, có thể kèm tệp Word .docx)",
        description="Lập Kế hoạch chi tiết triển khai các nhiệm vụ được giao: mục đích, yêu cầu; bảng nhiệm vụ "
        "(mã nhiệm vụ, nội dung, chủ trì, phối hợp, thời hạn, sản phẩm); kinh phí; tổ chức thực hiện. PDF mang "
        "dữ liệu kế hoạch (bkfi-plan.json) và ô chữ ký, ký số được như báo cáo.",
    )
    build.add_argument("--plan", metavar="KEY", help="mã kế hoạch (mặc định: kế hoạch của các nhiệm vụ hiện hành)")
    build.add_argument("--out", required=True, metavar="F.pdf", type=Path, help="tệp PDF")
    build.add_argument("--docx", metavar="F.docx", type=Path, help="ghi thêm tệp Word để chỉnh sửa")
    build.add_argument("--issued-on", metavar="NGÀY", type=date_arg, help="ngày ban hành (mặc định: đã lưu hoặc hôm nay)")
    build.add_argument("--json", action="store_true", help="in kết quả dạng JSON (UTF-8)")
    try:
        from bkfi_desktop.cli.signing_commands import add_signer_arguments
    except ModuleNotFoundError as exc:  # pragma: no cover - signing always ships today
        if exc.name != "bkfi_desktop.cli.signing_commands":
            raise
    else:
        add_signer_arguments(build, required=False)
    build.set_defaults(handler=run_plan_build)
    register_plan_details(plan_sub)  # list|show|set|archive: the plans themselves

    subtask = subparsers.add_parser("subtask", help="việc cần làm (bước) của một nhiệm vụ trong kế hoạch chi tiết")
    sub = subtask.add_subparsers(dest="subtask_command", metavar="LỆNH", required=True)
    add = sub.add_parser("add", help="thêm việc cần làm cho một nhiệm vụ")
    add.add_argument("code", metavar="CODE", help="mã nhiệm vụ, ví dụ 1.1")
    add.add_argument("title", metavar="TITLE", help="nội dung việc cần làm")
    add.add_argument("--due", type=date_arg, metavar="NGÀY", help="hạn hoàn thành")
    add.add_argument("--owner", metavar="CÁN_BỘ", help="họ tên hoặc mã số cán bộ thực hiện")
    add_plan_argument(add)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_subtask_add)
    listing = sub.add_parser("list", help="các việc cần làm của một nhiệm vụ")
    listing.add_argument("code", metavar="CODE", help="mã nhiệm vụ")
    add_plan_argument(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_subtask_list)
    done = sub.add_parser("done", help="đánh dấu việc cần làm đã xong")
    done.add_argument("subtask_id", metavar="ID", type=int, help="mã số việc cần làm (cột đầu của “subtask list”)")
    done.add_argument("--undo", action="store_true", help="mở lại việc đã đánh dấu xong")
    done.set_defaults(handler=run_subtask_done)


def _subtask_json(subtask: Any) -> dict[str, Any]:
    return {
        "id": subtask.id,
        "title": subtask.title,
        "due_date": subtask.due_date,
        "owner": subtask.owner.full_name if subtask.owner else None,
        "done": bool(subtask.done),
    }


def _subtask_line(data: dict[str, Any]) -> str:
    mark = "x" if data["done"] else " "
    due = f" hạn {format_date(data['due_date'])}" if data["due_date"] else ""
    owner = f" — {data['owner']}" if data["owner"] else ""
    return f"{data['id']:>4} [{mark}] {data['title']}{due}{owner}"


def run_subtask_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.transaction() as session:
        subtask = add_subtask(session, get_task(session, args.code, plan=args.plan), args.title, args.due, owner=args.owner)
        data = _subtask_json(subtask)
    if args.json:
        print_json(data)
    else:
        print_line(f"Đã thêm việc cần làm cho nhiệm vụ {args.code.strip()}:")
        print_line(_subtask_line(data))
    return 0


def run_subtask_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        task = get_task(session, args.code, plan=args.plan)
        assignment = get_assignment(session, task)
        rows = [_subtask_json(subtask) for subtask in assignment.subtasks]
        session.rollback()  # reading only: an assignment created on first use is not kept
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print_line(f"Nhiệm vụ {task.code} chưa có việc cần làm nào.")
    for row in rows:
        print_line(_subtask_line(row))
    return 0


def run_subtask_done(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.transaction() as session:
        subtask = set_subtask_done(session, args.subtask_id, not args.undo)
        title = subtask.title
    print_line(f"{'Đã mở lại' if args.undo else 'Đã xong'}: {title}")
    return 0


def run_plan_build(args: argparse.Namespace) -> int:
    from bkfi_desktop.workflows.detailed_plan import build_detailed_plan

    signer = None
    if getattr(args, "sign_p12", None) or getattr(args, "pkcs11_lib", None):
        from bkfi_desktop.cli.signing_commands import signer_from_args
        from bkfi_desktop.documents.signing.sign import check_signer

        signer = signer_from_args(args)
        check_signer(signer, args.out.name)  # a wrong password stops us before any file is written
    with open_workspace(args) as workspace:
        built = build_detailed_plan(
            workspace, out_pdf=args.out, out_docx=args.docx, plan_key=args.plan, issued_on=args.issued_on
        )
        signed = _sign(workspace, built.pdf_path, signer, args) if signer is not None else None
    if args.json:
        data = built.to_json()
        data["signed"] = signed
        print_json(data)
        return 0
    number = f"số {built.number_text}" if built.content.document.number else "chưa cấp số"
    print_line(f"Đã lập Kế hoạch chi tiết ({number}, {built.rows} nhiệm vụ, {built.page_count} trang): {built.pdf_path}")
    if built.docx_path:
        print_line(f"Tệp Word: {built.docx_path}")
    if signed:
        print_line(f"Đã ký số: {signed['path']} (SHA-256: {signed['sha256']}).")
    return 0


def _sign(workspace: Any, pdf: Path, signer: Any, args: argparse.Namespace) -> dict[str, str]:
    """Signed like a report: the one appearance rule of workflows.sign_report, `<name>-da-ky.pdf`."""
    from bkfi_desktop.cli.signing_commands import _quiet_pyhanko, choice_from_args
    from bkfi_desktop.workflows.sign_report import sign_file

    _quiet_pyhanko()
    signed = sign_file(workspace, pdf, signer, choice=choice_from_args(args))
    return {"path": str(signed.out_path), "sha256": signed.sha256}
