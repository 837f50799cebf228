"""`bkfi import-tasks FILE` and `bkfi template-xlsx OUT.xlsx`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bkfi_desktop.cli.common import open_workspace, print_json, print_line
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.template_xlsx import write_task_template
from bkfi_desktop.textvn.shorten import shorten
from bkfi_desktop.workflows.import_tasks import choose_plan, import_read, read_tasks


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser(
        "import-tasks", help="nhập danh sách nhiệm vụ từ phụ lục Excel (.xlsx) hoặc văn bản kế hoạch (.docx, .txt)"
    )
    importer.add_argument("file", metavar="TỆP", help="tệp .xlsx, .docx hoặc .txt")
    importer.add_argument("--dry-run", action="store_true", help="chỉ cho biết sẽ thêm, sửa, rút gì; không ghi")
    importer.add_argument("--sheet", metavar="TÊN_TRANG", help="trang tính chứa bảng nhiệm vụ (khi có nhiều trang)")
    importer.add_argument("--json", action="store_true", help="kết quả dạng JSON")
    choice = importer.add_mutually_exclusive_group()
    choice.add_argument("--plan", metavar="MÃ_KẾ_HOẠCH", help="cập nhật kế hoạch có mã này (xem `bkfi plan list`)")
    choice.add_argument("--new-plan", action="store_true", help="nhập thành một kế hoạch mới, không gộp")
    importer.set_defaults(handler=_import_tasks)

    template = subparsers.add_parser("template-xlsx", help="tạo tệp Excel mẫu phụ lục nhiệm vụ để gửi các đơn vị")
    template.add_argument("out", metavar="TỆP_RA", help="đường dẫn tệp .xlsx sẽ tạo")
    template.set_defaults(handler=_template_xlsx)


def _import_tasks(args: argparse.Namespace) -> int:
    # Read and check the file before opening the workspace: a bad file changes nothing.
    data = read_tasks(Path(args.file), sheet=args.sheet)
    with open_workspace(args, create=True) as workspace:
        choice = choose_plan(workspace, data, plan_key=args.plan, new_plan=args.new_plan)
        if choice.undecided:  # an uncertain match without a choice is refused, with the reasons
            match = choice.match
            raise InvalidInputError(
                f"Tệp “{data.source_name}” có thể là của kế hoạch “{match.plan_key}” ({shorten(match.plan_title, 80)}): "
                f"{'; '.join(match.reasons)}. Chọn --plan {match.plan_key} để cập nhật kế hoạch đó "
                "hoặc --new-plan để nhập thành kế hoạch mới."
            )
        summary = import_read(workspace, data, dry_run=args.dry_run, target=choice.target)
    if args.json:
        print_json(summary.to_json())
    else:
        for line in summary.summary_lines():
            print_line(line)
    return 0


def _template_xlsx(args: argparse.Namespace) -> int:
    path = write_task_template(Path(args.out))
    print_line(f"Đã tạo tệp mẫu phụ lục nhiệm vụ: {path}")
    return 0
