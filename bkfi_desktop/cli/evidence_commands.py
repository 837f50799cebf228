"""`bkfi evidence add CODE FILE|URL` and `bkfi evidence list CODE [--json]`: evidence as the Nhiệm vụ page records it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from sqlalchemy import select

from bkfi_desktop.cli.common import add_plan_argument, open_workspace, print_json, print_line
from bkfi_desktop.core import assignments
from bkfi_desktop.core.store.models import Assignment, Evidence
from bkfi_desktop.core.tasks import get_task
from bkfi_desktop.errors import InvalidInputError

# What a clerk meant as a file rather than a web address: C:\…, /…, \\server\…, ./…, ~/…, or a bare
# document name such as "bien-ban.pdf" or "minh-chung/anh.jpg" (a web address starts with a host name).
_ABSOLUTE_OR_RELATIVE = re.compile(r"^([A-Za-z]:[\\/]|[\\/.~])")
_DOCUMENT_SUFFIX = re.compile(r"\.(pdf|docx?|xlsx?|jpe?g|png|txt|zip|rar|mp4)$", re.IGNORECASE)


def _looks_like_path(text: str) -> bool:
    if "://" in text:
        return False
    if _ABSOLUTE_OR_RELATIVE.match(text):
        return True
    head = re.split(r"[\\/]", text, maxsplit=1)
    if len(head) == 2 and "." in head[0]:
        return False  # host.vn/…
    return bool(_DOCUMENT_SUFFIX.search(text))


def register(subparsers: argparse._SubParsersAction) -> None:
    evidence = subparsers.add_parser("evidence", help="minh chứng của nhiệm vụ (tệp hoặc liên kết)")
    sub = evidence.add_subparsers(dest="evidence_command", metavar="LỆNH", required=True)
    add = sub.add_parser(
        "add",
        help="thêm minh chứng: tệp (được sao chép vào thư mục dữ liệu) hoặc địa chỉ trang web",
    )
    add.add_argument("code", metavar="MÃ", help="mã nhiệm vụ (cột đầu của “tasks list”)")
    add.add_argument("source", metavar="TỆP|URL", help="đường dẫn tệp, hoặc địa chỉ https://…")
    add.add_argument("--label", default="", help="tên hiển thị của liên kết (mặc định: chính địa chỉ)")
    add_plan_argument(add)
    add.set_defaults(handler=_add)
    listing = sub.add_parser("list", help="liệt kê minh chứng của một nhiệm vụ")
    listing.add_argument("code", metavar="MÃ", help="mã nhiệm vụ")
    add_plan_argument(listing)
    listing.add_argument("--json", action="store_true", help="in kết quả dạng JSON (UTF-8)")
    listing.set_defaults(handler=_list)


def _add(args: argparse.Namespace) -> int:
    source = Path(args.source).expanduser()
    with open_workspace(args) as workspace, workspace.transaction() as session:
        task = get_task(session, args.code, plan=args.plan)
        if source.is_file():
            item = assignments.add_evidence_file(session, workspace.evidence_dir, task, source)
            print_line(f"Đã thêm tệp minh chứng “{item.original_name}” cho nhiệm vụ {task.code}.")
        elif _looks_like_path(args.source):
            raise InvalidInputError(f"Không tìm thấy tệp minh chứng “{source}”.")
        else:
            item = assignments.add_evidence_link(session, task, args.source, args.label)
            print_line(f"Đã thêm liên kết minh chứng {item.url} cho nhiệm vụ {task.code}.")
    return 0


def evidence_to_json(item: Evidence, evidence_dir: Path) -> dict:
    path = assignments.evidence_file_path(evidence_dir, item)
    return {
        "id": item.id,
        "kind": item.kind,
        "label": item.label,
        "original_name": item.original_name,
        "url": item.url,
        "path": str(path) if path else None,
        "present": bool(path and path.is_file()) if item.kind == "file" else None,
        "sha256": item.sha256,
        "size": item.size,
        "added_at": item.added_at.isoformat(timespec="seconds") if item.added_at else None,
    }


def _list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        task = get_task(session, args.code, plan=args.plan)
        items = list(
            session.scalars(
                select(Evidence)
                .join(Assignment, Evidence.assignment_id == Assignment.id)
                .where(Assignment.task_id == task.id)
                .order_by(Evidence.added_at, Evidence.id)
            )
        )
        rows = [evidence_to_json(item, workspace.evidence_dir) for item in items]
    if args.json:
        print_json(rows)
    elif not rows:
        print_line(f"Nhiệm vụ {task.code} chưa có minh chứng.")
    else:
        for row in rows:
            if row["kind"] == "file":
                missing = "" if row["present"] else "  (THIẾU TỆP)"
                print_line(f"{row['id']:>4}  tệp     {row['original_name']}  {row['path']}{missing}")
            else:
                print_line(f"{row['id']:>4}  liên kết {row['url']}")
    return 0
