"""`bkfi report …`: build, list and sign periodic reports."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from bkfi_desktop.cli.common import date_arg, format_date, open_workspace, print_json, print_line
from bkfi_desktop.core.reports import list_reports
from bkfi_desktop.core.vocabulary import REPORT_STATUS_LABELS, label
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.build_report import BuiltReport, build_report


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="báo cáo định kỳ")
    report_sub = report.add_subparsers(dest="report_command", metavar="LỆNH")
    report_sub.required = True
    _register_build(report_sub)
    _register_list(report_sub)
    # `report sign` belongs to the signing module, which owns every secret-handling argument.
    try:
        from bkfi_desktop.cli.signing_commands import register_report_sign
    except ModuleNotFoundError as exc:  # signing not built yet in this checkout
        if exc.name != "bkfi_desktop.cli.signing_commands":
            raise
    else:
        register_report_sign(report_sub)


def _register_build(report_sub: argparse._SubParsersAction) -> None:
    build = report_sub.add_parser(
        "build",
        help="lập báo cáo định kỳ (PDF theo Nghị định 30/2020, phụ lục Excel, dữ liệu JSON)",
        description="Lập báo cáo của kỳ: tổng hợp số liệu trong thời gian chốt số liệu, cấp số văn bản, "
        "ghi PDF (kèm dữ liệu bkfi-report.json và phụ lục Excel bên trong). Có thể ký số ngay sau khi lập.",
    )
    build.add_argument("--period", required=True, metavar="KỲ", help="kỳ báo cáo: 2025-H1, 2025-Y, 2025-Q3…")
    build.add_argument("--out", metavar="F.pdf", type=Path, help="tệp PDF (mặc định: bao-cao-<kỳ>.pdf)")
    build.add_argument("--xlsx", metavar="F.xlsx", type=Path, help="ghi thêm phụ lục Excel ra tệp này")
    build.add_argument("--payload-out", metavar="F.json", type=Path, help="ghi thêm dữ liệu báo cáo (JSON)")
    build.add_argument("--issued-on", metavar="NGÀY", type=date_arg, help="ngày của văn bản (mặc định: hôm nay)")
    build.add_argument(
        "--number", metavar="SỐ", type=int, help="số văn bản do văn thư cấp theo sổ đăng ký (mặc định: số kế tiếp của năm)"
    )
    build.add_argument("--report-id", metavar="ID", type=int, help="lập lại báo cáo đã có (giữ nguyên số)")
    build.add_argument(
        "--preview", action="store_true", help="chỉ xem trước: không cấp số, không lưu vào dữ liệu"
    )
    build.add_argument(
        "--plan", metavar="MÃ_KẾ_HOẠCH", help="báo cáo về một kế hoạch (mặc định: toàn bộ công việc, mỗi kế hoạch một phần)"
    )
    build.add_argument("--json", action="store_true", help="in kết quả dạng JSON (UTF-8)")
    # Hook: the signing module's options (--sign-p12 …, --pkcs11-lib …); when one is given the built
    # report is signed right away with the same sign service `bkfi report sign` uses.
    try:
        from bkfi_desktop.cli.signing_commands import add_signer_arguments
    except ModuleNotFoundError as exc:
        if exc.name != "bkfi_desktop.cli.signing_commands":
            raise
    else:
        add_signer_arguments(build, required=False)
    build.set_defaults(handler=run_build)


def _register_list(report_sub: argparse._SubParsersAction) -> None:
    listing = report_sub.add_parser("list", help="danh sách báo cáo (dự thảo, đã lập, đã ký, đã gửi)")
    listing.add_argument("--json", action="store_true", help="in kết quả dạng JSON (UTF-8)")
    listing.set_defaults(handler=run_list)
    sent = report_sub.add_parser("mark-sent", help="ghi nhận báo cáo đã gửi cơ quan tổng hợp")
    sent.add_argument("report_id", type=int, metavar="MÃ_SỐ", help="mã số báo cáo (cột đầu của “report list”)")
    sent.set_defaults(handler=run_mark_sent)


def run_mark_sent(args: argparse.Namespace) -> int:
    from bkfi_desktop.core.reports import mark_sent

    with open_workspace(args) as workspace, workspace.transaction() as session:
        summary = mark_sent(session, args.report_id)
    print_line(f"Đã ghi nhận báo cáo số {summary.number_text} đã gửi.")
    return 0


def run_build(args: argparse.Namespace) -> int:
    out: Path = args.out or Path(f"bao-cao-{args.period.strip().upper()}.pdf")
    signer = _signer(args)
    if signer is not None:
        # A wrong password, a missing token or an expired certificate must stop us before a number is taken.
        from bkfi_desktop.documents.signing.sign import check_signer

        _quiet_signing_logs()
        check_signer(signer, out.name)
    with open_workspace(args) as workspace:
        built = build_report(
            workspace,
            args.period,
            out_pdf=out,
            out_xlsx=args.xlsx,
            payload_out=args.payload_out,
            issued_on=args.issued_on,
            report_id=args.report_id,
            preview=args.preview,
            number=args.number,
            plan=args.plan,
        )
        signed = _sign(workspace, built, signer, args) if signer is not None else None
        timing = None if args.preview else _timing_note(workspace, built.period)
    if args.json:
        data: dict[str, Any] = built.to_json()
        data["signed"] = signed
        print_json(data)
        return 0
    number = f"số {built.number_text}" if built.number is not None else "bản xem trước, chưa cấp số"
    print_line(f"Đã lập báo cáo kỳ {built.period} ({number}, ngày {format_date(built.issued_on)}): {built.pdf_path}")
    print_line(f"Số trang: {built.page_count}; SHA-256: {built.pdf_sha256}.")
    if built.xlsx_path:
        print_line(f"Phụ lục Excel: {built.xlsx_path}")
    if built.payload_path:
        print_line(f"Dữ liệu báo cáo (JSON): {built.payload_path}")
    if signed:
        print_line(f"Đã ký số: {signed['path']} (SHA-256: {signed['sha256']}).")
    if timing:
        print_line(timing)
    return 0


def _timing_note(workspace: Workspace, period_code: str) -> str | None:
    """Built while the window is still open, or after the due date: said, as the Báo cáo page asks."""
    import datetime as dt

    from bkfi_desktop.core.periods import format_date_vi
    from bkfi_desktop.core.reports.registry import period_for

    with workspace.session() as session:
        period = period_for(session, period_code)
    today = dt.date.today()
    if today <= period.end:
        return (
            f"Lưu ý: kỳ báo cáo tính số liệu đến hết ngày {format_date_vi(period.end)}; "
            "công việc ghi nhận từ nay đến đó chưa có trong báo cáo này."
        )
    if today > period.due_date:
        return (
            f"Lưu ý: hạn gửi báo cáo kỳ này là ngày {format_date_vi(period.due_date)}, "
            f"đã quá {(today - period.due_date).days} ngày."
        )
    return None


def _signer(args: argparse.Namespace) -> Any:
    """The signer named by --sign-p12/--pkcs11-lib (asked for before building), or None."""
    if not (getattr(args, "sign_p12", None) or getattr(args, "pkcs11_lib", None)):
        return None
    from bkfi_desktop.cli.signing_commands import signer_from_args

    return signer_from_args(args)


def _sign(workspace: Workspace, built: BuiltReport, signer: Any, args: argparse.Namespace) -> dict[str, str]:
    from bkfi_desktop.cli.signing_commands import choice_from_args
    from bkfi_desktop.errors import InvalidInputError
    from bkfi_desktop.workflows.sign_report import sign_report

    if built.report_id is None:
        raise InvalidInputError("Bản xem trước chưa có số văn bản nên không ký được; hãy bỏ --preview.")
    _quiet_signing_logs()
    signed = sign_report(workspace, built.report_id, signer, choice=choice_from_args(args))
    return {"path": str(signed.out_path), "sha256": signed.sha256}


def _quiet_signing_logs() -> None:
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def run_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, workspace.session() as session:
        reports = list_reports(session)
    if args.json:
        print_json([report.to_json() for report in reports])
        return 0
    if not reports:
        print_line("Chưa có báo cáo nào.")
        return 0
    for report in reports:
        number = report.number_text if report.number is not None else "(chưa cấp số)"
        print_line(
            f"{report.id:>4}  {report.period:<8}  {number:<16}  {format_date(report.issued_on):<10}  "
            f"{label(REPORT_STATUS_LABELS, report.status):<12}  {report.subject}"
            + (f"  [kế hoạch {report.plan_key}]" if report.plan_key else "")
        )
    return 0
