"""The report names the plan it answers with the title as written — never "về dANH MỤC NHIỆM VỤ…"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest

from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.core.profile import update_profile
from bkfi_desktop.core.reports import compile_content
from bkfi_desktop.core.reports.plan_title import has_real_title, quoted_title
from bkfi_desktop.core.reports.registry import period_for
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.report_pdf.body import introduction
from bkfi_desktop.workflows.build_report import build_report

CAPS = "DANH MỤC NHIỆM VỤ TRIỂN KHAI CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2025"


def _workspace_with_plan(workspace: Workspace, title: str, **fields: object) -> None:
    task = TaskData("1", "Tuyên truyền đối ngoại", units=[UnitRef("UBND xã Nông Thượng", "implement")])
    plan = PlanData(key="kh-1", title=title, groups=[GroupData("I", "Nhiệm vụ", tasks=[task])], **fields)  # type: ignore[arg-type]
    with workspace.transaction() as session:
        apply_plan(session, plan)
        update_profile(session, unit_name="UBND xã Nông Thượng", place_name="Nông Thượng")


def _intro(workspace: Workspace) -> str:
    with workspace.session() as session:
        return introduction(compile_content(session, period_for(session, "2025-Y")))


def test_an_all_caps_title_is_quoted_as_written(empty_workspace: Workspace, tmp_path: Path) -> None:
    _workspace_with_plan(
        empty_workspace, CAPS, number="15/KH-UBND", issued_on=dt.date(2025, 2, 3), issuer="UBND huyện Bạch Thông"
    )
    intro = _intro(empty_workspace)
    assert intro.startswith(
        f"Thực hiện Kế hoạch số 15/KH-UBND ngày 03/02/2025 của UBND huyện Bạch Thông về “{CAPS}”, "
        "UBND xã Nông Thượng báo cáo"
    )
    assert "dANH" not in intro
    built = build_report(empty_workspace, "2025-Y", out_pdf=tmp_path / "bc.pdf", out_xlsx=tmp_path / "pl.xlsx")
    with pdfplumber.open(built.pdf_path) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages).replace("\n", " ")
    assert "“DANH MỤC NHIỆM VỤ TRIỂN KHAI" in text and "dANH" not in text


def test_a_sentence_case_title_keeps_its_capital(empty_workspace: Workspace) -> None:
    _workspace_with_plan(empty_workspace, "Triển khai Nghị quyết số 47/NQ-CP", number="7/KH-UBND")
    assert "Kế hoạch số 7/KH-UBND về “Triển khai Nghị quyết số 47/NQ-CP”, " in _intro(empty_workspace)


@pytest.mark.parametrize("title", ["", "DANH MỤC NHIỆM VỤ", "Phụ lục I", "Sheet1", "ds nhiem vu.xlsx", " … "])
def test_a_plan_without_a_real_title_falls_back(empty_workspace: Workspace, title: str) -> None:
    _workspace_with_plan(empty_workspace, title)
    intro = _intro(empty_workspace)
    assert intro.startswith(
        "Thực hiện kế hoạch công tác thông tin đối ngoại được giao, UBND xã Nông Thượng báo cáo"
    ), intro
    assert not has_real_title(title) and quoted_title(title) == ""


def test_a_numbered_plan_without_a_title_is_named_by_its_number(empty_workspace: Workspace) -> None:
    _workspace_with_plan(empty_workspace, "DANH MỤC NHIỆM VỤ", number="15/KH-UBND")
    assert _intro(empty_workspace).startswith("Thực hiện Kế hoạch số 15/KH-UBND, UBND xã Nông Thượng")
