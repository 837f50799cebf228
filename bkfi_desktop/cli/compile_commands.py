"""`bkfi compile`: the compiling office compiles signed unit reports without retyping them.

One line per file (accepted or refused, with the reason), then the totals; optionally the
consolidated workbook. Exit 0 only when at least one report was accepted and none refused.
"""

from __future__ import annotations

import argparse
import logging
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from bkfi_desktop import paths as data_paths
from bkfi_desktop.cli.common import format_date, open_workspace, print_json, print_line
from bkfi_desktop.documents.signing.certificates import format_datetime
from bkfi_desktop.errors import InvalidInputError, NotFoundError
from bkfi_desktop.exchange.compilation import Compilation
from bkfi_desktop.exchange.compilation_board import BoardRow
from bkfi_desktop.workflows.compile_reports import CompiledPeriod, compile_period

if TYPE_CHECKING:
    from bkfi_desktop.core.workspace import Workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    compile_parser = subparsers.add_parser(
        "compile",
        help="tổng hợp các báo cáo đã ký số của đơn vị (không phải nhập lại)",
        description="Kiểm tra chữ ký số của từng báo cáo PDF, đọc dữ liệu bkfi-report.json nằm trong phần đã "
        "ký và cộng số liệu của các đơn vị. Tệp chưa ký, bị sửa, người ký không tin cậy, khác kỳ hoặc trùng "
        "đơn vị bị từ chối kèm lý do. Thoát với mã 0 khi có ít nhất một báo cáo được nhận và không tệp nào "
        "bị từ chối.",
    )
    compile_parser.add_argument("files", metavar="FILE.pdf", type=Path, nargs="*", help="báo cáo PDF đã ký số")
    compile_parser.add_argument(
        "--dir", metavar="FOLDER", type=Path, action="append", help="lấy mọi tệp .pdf trong thư mục này"
    )
    compile_parser.add_argument("--period", metavar="KỲ", help="kỳ cần tổng hợp: 2025-H1, 2025-Y, 2025-Q3…")
    compile_parser.add_argument(
        "--trust",
        metavar="ROOT.pem",
        type=Path,
        action="append",
        help="chứng thư gốc tin cậy (PEM/DER/CER), có thể lặp lại; mặc định: thư mục trust trong thư mục dữ liệu",
    )
    compile_parser.add_argument(
        "--crl", metavar="F.crl", type=Path, action="append",
        help="danh sách chứng thư bị thu hồi (CRL) của nơi cấp, có thể lặp lại; mặc định: các CRL đã nhập",
    )
    compile_parser.add_argument("--plan", metavar="KEY", help="kế hoạch có danh sách đơn vị phải báo cáo")
    compile_parser.add_argument(
        "--accept-signer", metavar="FILE.pdf", action="append", default=[],
        help="chấp nhận người ký của tệp này dù không thuộc đơn vị ghi trong báo cáo (ký thay), có thể lặp lại",
    )
    compile_parser.add_argument("--out", metavar="TONG_HOP.xlsx", type=Path, help="ghi bảng tổng hợp Excel")
    compile_parser.add_argument(
        "--report-out", metavar="BAO_CAO.pdf", type=Path,
        help="lập dự thảo báo cáo tổng hợp theo Nghị định 30 (PDF, có dữ liệu đính kèm để ký số)",
    )
    compile_parser.add_argument("--docx", metavar="BAO_CAO.docx", type=Path, help="bản Word của báo cáo tổng hợp để sửa")
    compile_parser.add_argument(
        "--tasks", action="store_true",
        help="in kết quả theo từng nhiệm vụ: mỗi đơn vị có vai trò báo cáo gì (tình trạng, tiến độ, kết quả), "
        "đơn vị chưa báo cáo",
    )
    compile_parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON (UTF-8)")
    compile_parser.set_defaults(handler=run_compile)


def _quiet_pyhanko() -> None:
    """pyHanko logs a traceback for every refused signature; each file gets one Vietnamese line instead."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def collect_paths(files: list[Path], folders: list[Path]) -> list[Path]:
    """The files named, then each folder's .pdf files by name; each file once."""
    paths: list[Path] = list(files)
    for folder in folders:
        if not folder.is_dir():
            raise NotFoundError(f"Không tìm thấy thư mục {folder}.")
        paths.extend(sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".pdf"))
    unique: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    if not unique:
        raise InvalidInputError("Chưa có tệp báo cáo nào để tổng hợp: hãy chỉ ra tệp PDF hoặc dùng --dir THƯ_MỤC.")
    return unique


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _board_line(row: BoardRow) -> str:
    who = f"; ký bởi {row.signer}" if row.signer else ""
    when = f" lúc {format_datetime(row.signed_at)}" if row.signed_at else ""
    return f"  {row.unit}: {row.label}{who}{when} — {row.reason}"


def _print_text(result: CompiledPeriod) -> None:
    compilation = result.compilation
    out = result.written.get("xlsx")
    if compilation.period_code:
        print_line(f"Kỳ báo cáo: {compilation.period_label} ({compilation.period_code})")
    for report in compilation.accepted:
        when = format_datetime(report.signing_time) if report.signing_time else "—"
        print_line(
            f"NHẬN     {report.file} — {report.unit_name}; số {report.number_text} ngày "
            f"{format_date(report.issued_on)}; ký lúc {when} bởi {report.signer or '—'}"
            + "".join(f". {note}" for note in report.notes)
            + ("" if report.revocation_checked else "; chưa kiểm tra thu hồi chứng thư (không có CRL của nơi cấp)")
        )
    for refusal in compilation.refused:
        print_line(f"TỪ CHỐI  {refusal.file} — {refusal.label}: {refusal.reason}")
    totals = compilation.totals
    print_line(f"Tổng hợp: {totals.units} đơn vị; {len(compilation.refused)} tệp bị từ chối.")
    if totals.units:
        by_kind = "; ".join(f"{kind.label} {kind.quantity}" for kind in totals.activities.values())
        print_line(f"Hoạt động: {totals.activity_quantity} ({by_kind or 'không có'}).")
        trainings = totals.trainings
        print_line(
            f"Tập huấn: {trainings.sessions} lớp, {trainings.participants} lượt người, "
            f"{_number(trainings.hours)} giờ, {trainings.foreign_language_courses} lớp ngoại ngữ."
        )
        print_line(
            f"Nhiệm vụ: {totals.tasks_total}, hoàn thành {totals.task_status.get('done', 0)}; "
            f"đơn vị có cán bộ phụ trách: {totals.officer_named_units}/{totals.units}; "
            f"có kế hoạch chi tiết: {totals.detailed_plan_units}/{totals.units}."
        )
    if result.board:
        due = f" (hạn nộp {format_date(result.due_date)})" if result.due_date else ""
        print_line(f"Tình hình nộp báo cáo{due}:")
        for row in result.board:
            print_line(_board_line(row))
    if out is not None:
        print_line(f"Đã ghi bảng tổng hợp: {out}")
    for kind, text in (("pdf", "báo cáo tổng hợp (PDF)"), ("docx", "báo cáo tổng hợp (Word)")):
        if kind in result.written:
            print_line(f"Đã ghi {text}: {result.written[kind]}")


def _print_tasks(result: CompiledPeriod) -> None:
    """Task by task, one line per unit: what it reported, or why nothing is there."""
    if not result.tasks:
        print_line("Không có nhiệm vụ nào trong các báo cáo được nhận.")
        return
    print_line("Kết quả theo từng nhiệm vụ:")
    several = len({row.plan for row in result.tasks}) > 1
    for row in result.tasks:
        plan = f" [{row.plan}]" if several and row.plan else ""
        print_line(f"Nhiệm vụ {row.code}{plan}: {row.title} — {row.reported}/{len(row.units)} đơn vị đã báo cáo")
        for line in row.units:
            if line.reported:
                result_text = " ".join(line.result.split())
                print_line(
                    f"  {line.unit} ({line.role_label}): {line.status_label}, {line.progress}%"
                    + (f" — {result_text}" if result_text else "") + (f" ({line.note})" if line.note else "")
                )
            else:
                print_line(f"  {line.unit} ({line.role_label}): {line.status_label} — {line.note}")


def _failure_reason(compilation: Compilation) -> str:
    if not compilation.accepted:
        if len(compilation.refused) == 1:
            only = compilation.refused[0]
            return f"Không có báo cáo nào được nhận: tệp {only.file} bị từ chối — {only.reason}"
        return f"Không có báo cáo nào được nhận: cả {len(compilation.refused)} tệp đều bị từ chối."
    return (
        f"{len(compilation.refused)} trong {len(compilation.refused) + len(compilation.accepted)} tệp bị từ chối; "
        "xem lý do ở từng dòng TỪ CHỐI."
    )


def _workspace_if_any(args: argparse.Namespace) -> Workspace | None:
    """The office's workspace (roster, deadline, profile) when there is one; compiling needs none."""
    if args.db or data_paths.default_workspace_path().exists():
        return open_workspace(args)
    return None


def run_compile(args: argparse.Namespace) -> int:
    _quiet_pyhanko()
    paths = collect_paths(list(args.files), list(args.dir or []))
    workspace = _workspace_if_any(args)
    try:
        result = compile_period(
            workspace, paths, period=args.period, plan_key=args.plan, trust_roots=args.trust,
            crl_files=args.crl, accept_signer_files=args.accept_signer, xlsx_out=args.out,
            report_out=args.report_out, docx_out=args.docx,
        )
    finally:
        if workspace is not None:
            workspace.close()
    if args.json:
        print_json(result.to_dict())
    else:
        _print_text(result)
        if args.tasks:
            _print_tasks(result)
    compilation = result.compilation
    if compilation.ok:
        return 0
    print(unicodedata.normalize("NFC", f"bkfi: {_failure_reason(compilation)}"), file=sys.stderr)
    return 1
