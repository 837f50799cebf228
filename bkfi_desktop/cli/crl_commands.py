"""`bkfi crl import|list|remove`: the certificate revocation lists the compiling office imports.

Every verification (`bkfi compile`, `bkfi verify`, the GUI) uses the imported CRLs when no `--crl` is
given; a certificate none of them covers is reported as "not checked for revocation".
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bkfi_desktop.cli.common import print_json, print_line
from bkfi_desktop.documents.signing.certificates import format_datetime


def register(subparsers: argparse._SubParsersAction) -> None:
    crl = subparsers.add_parser("crl", help="danh sách chứng thư bị thu hồi (CRL) dùng khi kiểm tra chữ ký")
    crl_sub = crl.add_subparsers(dest="action", metavar="VIỆC", required=True)
    importing = crl_sub.add_parser("import", help="nhập tệp CRL (DER hoặc PEM) tải từ trang của nơi cấp")
    importing.add_argument("files", metavar="FILE", type=Path, nargs="+", help="tệp .crl")
    importing.set_defaults(handler=run_crl_import)
    listing = crl_sub.add_parser("list", help="các danh sách thu hồi đã nhập")
    listing.add_argument("--json", action="store_true", help="in dạng JSON (UTF-8)")
    listing.set_defaults(handler=run_crl_list)
    removing = crl_sub.add_parser("remove", help="bỏ một danh sách thu hồi đã nhập")
    removing.add_argument("which", metavar="KEY", help="mã (cột đầu của “bkfi crl list”), tên tệp hoặc nơi cấp")
    removing.set_defaults(handler=run_crl_remove)


def _describe(info) -> str:
    following = format_datetime(info.next_update) if info.next_update else "không ghi"
    return (
        f"{info.key}: {info.issuer}; phát hành {format_datetime(info.this_update)}; cập nhật tiếp theo "
        f"{following}; thu hồi {info.revoked} chứng thư"
    )


def run_crl_import(args: argparse.Namespace) -> int:
    from bkfi_desktop.documents.signing.crl_store import import_crls

    for info in import_crls(list(args.files)):
        print_line(f"Đã nhập {_describe(info)}.")
        if info.warning():
            print_line(f"Cảnh báo: {info.warning()}")
    return 0


def run_crl_list(args: argparse.Namespace) -> int:
    from bkfi_desktop.documents.signing.crl_store import list_crls

    infos = list_crls()
    if args.json:
        print_json({"crls": [info.to_dict() for info in infos]})
        return 0
    if not infos:
        print_line("Chưa nhập danh sách thu hồi nào: chữ ký được ghi là chưa kiểm tra thu hồi chứng thư.")
    for info in infos:
        print_line(_describe(info) + (f". Cảnh báo: {info.warning()}" if info.warning() else ""))
    return 0


def run_crl_remove(args: argparse.Namespace) -> int:
    from bkfi_desktop.documents.signing.crl_store import remove_crl

    info = remove_crl(args.which)
    print_line(f"Đã bỏ danh sách thu hồi của {info.issuer} ({info.path.name}).")
    return 0
