"""`bkfi verify` and `bkfi report sign`, plus the signer arguments `bkfi report build` reuses.

Secrets (the .p12 password, the token PIN) come only from a named environment variable or an
interactive prompt, never from an argument, and are never printed.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.signing import P12Signer, Pkcs11Signer, SignerSpec
from bkfi_desktop.documents.signing.certificates import format_datetime
from bkfi_desktop.errors import DatabaseError, InvalidInputError, NotFoundError
from bkfi_desktop.workflows.sign_report import SignatureChoice, sign_file

if TYPE_CHECKING:  # the checking stack loads for `bkfi verify` only, not for a report build that signs
    from bkfi_desktop.workflows.verify_file import VerificationReport


def register(subparsers: argparse._SubParsersAction) -> None:
    verify = subparsers.add_parser(
        "verify",
        help="kiểm tra chữ ký số của một báo cáo PDF",
        description="Kiểm tra chữ ký số: toàn vẹn, tin cậy, bao trùm toàn bộ tệp, không bị sửa sau khi ký, "
        "dữ liệu báo cáo nằm trong phần đã ký. Thoát với mã 0 chỉ khi tất cả đều đạt.",
    )
    verify.add_argument("file", metavar="FILE.pdf", type=Path, help="tệp PDF cần kiểm tra")
    verify.add_argument(
        "--trust",
        metavar="ROOT.pem",
        type=Path,
        action="append",
        help="chứng thư gốc tin cậy (PEM/DER/CER), có thể lặp lại; mặc định: thư mục trust trong thư mục dữ liệu",
    )
    verify.add_argument("--json", action="store_true", help="in kết quả dạng JSON (UTF-8)")
    verify.set_defaults(handler=run_verify)


def register_report_sign(report_subparsers: argparse._SubParsersAction) -> None:
    sign = report_subparsers.add_parser(
        "sign",
        help="ký số một báo cáo PDF đã có",
        description="Ký số báo cáo PDF bằng tệp .p12 hoặc USB token (PKCS#11). Mật khẩu/mã PIN lấy từ biến "
        "môi trường được chỉ định, hoặc được hỏi khi chạy trong cửa sổ lệnh.",
    )
    sign.add_argument("file", metavar="FILE.pdf", type=Path, help="báo cáo PDF cần ký")
    sign.add_argument("--out", metavar="SIGNED.pdf", type=Path, help="tệp đã ký (mặc định: <tên>-da-ky.pdf)")
    add_signer_arguments(sign, required=True)
    sign.set_defaults(handler=run_report_sign)


def add_signer_arguments(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """The signer and appearance options, shared by `report sign` and `report build`."""
    group = parser.add_argument_group("ký số")
    group.add_argument("--sign-p12", metavar="F", type=Path, help="ký bằng tệp chứng thư số .p12/.pfx")
    group.add_argument("--password-env", metavar="VAR", help="tên biến môi trường chứa mật khẩu tệp .p12")
    group.add_argument("--pkcs11-lib", metavar="PATH", type=Path, help="thư viện PKCS#11 của USB token")
    group.add_argument("--token-label", metavar="L", help="nhãn của token")
    group.add_argument("--key-label", metavar="K", help="nhãn của khóa ký trên token")
    group.add_argument("--pin-env", metavar="VAR", help="tên biến môi trường chứa mã PIN của token")
    group.add_argument("--invisible", action="store_true", help="chữ ký không hiển thị trên trang")
    group.add_argument("--signature-image", metavar="PNG", type=Path, help="ảnh chữ ký (PNG nền trong suốt)")
    group.add_argument("--seal-image", metavar="PNG", type=Path, help="ảnh con dấu (PNG nền trong suốt)")
    group.add_argument("--signer-name", metavar="TÊN", help="họ tên người ký (mặc định: theo chứng thư số)")
    group.add_argument("--position", metavar="CHỨC VỤ", default="", help="chức vụ người ký, ví dụ CHỦ TỊCH")
    group.add_argument(
        "--authority-line", metavar="DÒNG", default="", help="dòng thẩm quyền, ví dụ TM. ỦY BAN NHÂN DÂN"
    )
    group.add_argument("--timestamp-url", metavar="URL", help="máy chủ dấu thời gian (nếu có mạng)")
    parser.set_defaults(_signer_required=required)


def _secret(env_name: str | None, prompt: str, what: str) -> str | None:
    if env_name:
        value = os.environ.get(env_name)
        if value is None:
            raise InvalidInputError(f"Biến môi trường {env_name} chưa được đặt, nên không có {what}.")
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def signer_from_args(args: argparse.Namespace) -> SignerSpec | None:
    """The signer the options name, asking for the secret if needed; None when no signer option is given."""
    p12, lib = getattr(args, "sign_p12", None), getattr(args, "pkcs11_lib", None)
    if p12 and lib:
        raise InvalidInputError("Chỉ chọn một cách ký: --sign-p12 hoặc --pkcs11-lib, không dùng cả hai.")
    if p12:
        if not Path(p12).is_file():
            raise NotFoundError(f"Không tìm thấy tệp chứng thư số {Path(p12).name}.")
        password = _secret(args.password_env, "Mật khẩu tệp .p12: ", "mật khẩu tệp .p12")
        if password is None:
            raise InvalidInputError(
                f"Cần mật khẩu của tệp {Path(p12).name}: dùng --password-env VAR hoặc chạy trong cửa sổ lệnh."
            )
        return P12Signer(Path(p12), password)
    if lib:
        if not args.token_label or not args.key_label:
            raise InvalidInputError("Ký bằng token cần cả --token-label và --key-label.")
        pin = _secret(args.pin_env, f"Mã PIN token {args.token_label}: ", "mã PIN")
        return Pkcs11Signer(Path(lib), args.token_label, args.key_label, pin)  # pin None: the token's PIN pad
    if getattr(args, "_signer_required", False):
        raise InvalidInputError("Cần chọn cách ký: --sign-p12 F --password-env VAR hoặc --pkcs11-lib PATH ….")
    return None


def choice_from_args(args: argparse.Namespace) -> SignatureChoice:
    """What the options say about this signing; what they leave out comes from the workspace profile
    (workflows.sign_report holds that rule for every entry point)."""
    return SignatureChoice(
        signer_name=args.signer_name or "",
        position=args.position or "",
        authority_line=args.authority_line or "",
        signature_image=args.signature_image,
        seal_image=args.seal_image,
        visible=not args.invisible,
        timestamp_url=args.timestamp_url or "",
    )


def _quiet_pyhanko() -> None:
    """pyHanko logs tracebacks for every refused signature; the CLI prints one Vietnamese line instead."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def run_report_sign(args: argparse.Namespace) -> int:
    _quiet_pyhanko()
    source: Path = args.file
    signer = signer_from_args(args)
    assert signer is not None  # required=True
    workspace = _workspace_if_any(args)
    try:
        signed = sign_file(workspace, source, signer, out=args.out, choice=choice_from_args(args))
    finally:
        if workspace is not None:
            workspace.close()
    kind = "PAdES B-T (có dấu thời gian)" if signed.timestamped else "PAdES B-B"
    print(f"Đã ký {source.name} → {signed.out_path} ({kind}).")
    print(f"Người ký: {signed.signer.holder}; cơ quan: {signed.signer.organisation or '—'}.")
    print(f"Thời gian ký: {format_datetime(signed.signed_at)}; SHA-256: {signed.sha256}.")
    if signed.report_id is not None:
        print(f"Báo cáo số {signed.number_text} được ghi nhận là đã ký số.")
    return 0


def _workspace_if_any(args: argparse.Namespace) -> Workspace | None:
    """The workspace, when there is one: its profile gives the appearance, and a report of it signed here
    is recorded as signed. Without one, a PDF received from elsewhere is just signed."""
    from bkfi_desktop.cli.common import open_workspace

    try:
        return open_workspace(args)
    except DatabaseError:
        return None


def _yes(value: bool) -> str:
    return "có" if value else "không"


def _print_report(report: VerificationReport) -> None:
    print(f"Tệp: {report.file}")
    print(f"Kết luận: {'HỢP LỆ' if report.ok else 'KHÔNG HỢP LỆ'}")
    if report.signed:
        print(f"Người ký: {report.signer_holder or '—'}")
        print(f"Cơ quan: {report.signer_organisation or '—'}")
        when = format_datetime(report.signing_time) if report.signing_time else "—"
        print(f"Thời gian ký: {when}{' (dấu thời gian)' if report.timestamped else ''}")
        print(f"Toàn vẹn: {_yes(report.intact)}")
        trusted = "chưa kiểm tra được" if report.certificate_trusted is None else _yes(report.certificate_trusted)
        print(f"Chứng thư người ký dẫn về chứng thư gốc tin cậy: {trusted}")
        print(f"Chữ ký bao trùm toàn bộ tệp: {_yes(report.covers_whole_document)}")
        changed = "không" if not report.modified_after_signing else "có — " + "; ".join(report.modifications)
        print(f"Sửa sau khi ký: {changed}")
    print(
        f"Dữ liệu báo cáo: {_yes(report.payload_present)}; nằm trong phần đã ký: {_yes(report.payload_covered)}"
    )
    if report.problems:
        print("Vấn đề:")
        for problem in report.problems:
            print(f"  - {problem}")


def run_verify(args: argparse.Namespace) -> int:
    _quiet_pyhanko()
    path: Path = args.file
    if not path.is_file():
        raise NotFoundError(f"Không tìm thấy tệp {path.name}.")
    from bkfi_desktop.workflows.verify_file import verify_file

    report = verify_file(path, args.trust)
    if args.json:
        print(report.to_json())
    else:
        _print_report(report)
    if report.ok:
        return 0
    reason = report.problems[0] if report.problems else f"Tệp {path.name} không đạt kiểm tra chữ ký."
    print(f"bkfi: {reason}", file=sys.stderr)
    return 1
