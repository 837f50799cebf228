"""Fixtures: the demo workspace's detailed plan, built once through the workflow and measured by many tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest

from bkfi_desktop.core.detailed_plan_settings import load_settings, save_settings
from bkfi_desktop.core.store.backup import backup_to
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.detailed_plan import BuiltPlan, build_detailed_plan


@dataclass(frozen=True)
class PlanFiles:
    built: BuiltPlan
    pdf: Path
    docx: Path
    workspace_path: Path


@pytest.fixture(scope="session")
def built_plan(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> PlanFiles:
    """The demo's detailed plan numbered 03, with two estimates and one activity of the unit's own."""
    folder = tmp_path_factory.mktemp("kế hoạch chi tiết")
    target = folder / "đơn vị.db"
    backup_to(demo_file, target)
    with Workspace.open(target) as workspace:
        with workspace.transaction() as session:
            settings = load_settings(session)
            settings.number = 3
            settings.budget = {"1.1": "2.500.000", "2.1": "1 000 000"}
            settings.extra_items = [
                {"task": "Tổ chức cuộc thi ảnh “Đức Xuân - điểm đến thân thiện”", "deadline": "Quý III/2025",
                 "product": "Bộ ảnh dự thi", "budget": "5000000"}
            ]
            save_settings(session, settings)
        built = build_detailed_plan(
            workspace, out_pdf=folder / "Kế hoạch chi tiết.pdf", out_docx=folder / "Kế hoạch chi tiết.docx",
            issued_on=dt.date(2025, 1, 5),
        )
    return PlanFiles(built, built.pdf_path, folder / "Kế hoạch chi tiết.docx", target)


@pytest.fixture(scope="session")
def plan_pdf(built_plan: PlanFiles) -> Iterator[pdfplumber.PDF]:
    with pdfplumber.open(built_plan.pdf) as pdf:
        yield pdf
