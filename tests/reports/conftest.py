"""Fixtures: one demo workspace per session, copied per test; reports built once and measured by many tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest

from bkfi_desktop.core.store.backup import backup_to
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.build_report import BuiltReport, build_report


@pytest.fixture
def empty_workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "trống.db") as workspace:
        yield workspace


@dataclass(frozen=True)
class BuiltFiles:
    built: BuiltReport
    pdf: Path
    xlsx: Path
    payload: Path
    workspace_path: Path


@pytest.fixture(scope="session")
def h1_report(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> BuiltFiles:
    """The demo's 2025-H1 report, issued on 05/01/2025 (a date that needs leading zeros)."""
    folder = tmp_path_factory.mktemp("báo cáo 6 tháng")
    target = folder / "đơn vị.db"
    backup_to(demo_file, target)
    with Workspace.open(target) as workspace:
        built = build_report(
            workspace,
            "2025-H1",
            out_pdf=folder / "Báo cáo 6 tháng.pdf",
            out_xlsx=folder / "Phụ lục.xlsx",
            payload_out=folder / "dữ liệu.json",
            issued_on=dt.date(2025, 1, 5),
        )
    return BuiltFiles(built, built.pdf_path, folder / "Phụ lục.xlsx", folder / "dữ liệu.json", target)


@pytest.fixture(scope="session")
def h1_pdf(h1_report: BuiltFiles) -> Iterator[pdfplumber.PDF]:
    with pdfplumber.open(h1_report.pdf) as pdf:
        yield pdf
