"""`bkfi report …`: build, list and sign periodic reports."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="báo cáo định kỳ")
    report_sub = report.add_subparsers(dest="report_command", metavar="LỆNH")
    report_sub.required = True
    # `report sign` belongs to the signing module, which owns every secret-handling argument.
    try:
        from bkfi_desktop.cli.signing_commands import register_report_sign
    except ModuleNotFoundError as exc:  # signing not built yet in this checkout
        if exc.name != "bkfi_desktop.cli.signing_commands":
            raise
    else:
        register_report_sign(report_sub)
