"""`bkfi compile --json` end to end on two signed reports about two plans that share task codes: the
office sees each plan's "1.1" apart, each with the unit that reported it, never one added into the other."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pdfplumber
import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.core import assignments
from bkfi_desktop.core.demo import create_demo
from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.core.profile import update_profile
from bkfi_desktop.core.tasks import get_task
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.build_report import build_report
from tests.compile.fixtures import _sign, unit_p12

if TYPE_CHECKING:  # imported here, pytest would try to collect the class as tests
    from tests.signing.pki import TestPki

SEED = "nq47-bac-kan-2024"
DIGITAL = "kh-99-cds"
WARD_A, WARD_B = "UBND phường Đức Xuân", "UBND phường Sông Cầu"


def _signed(folder: Path, pki: TestPki, unit: str, seed: int, plan: str) -> Path:
    with Workspace.open(folder / f"{seed}.db") as workspace:
        create_demo(workspace, seed=seed)
        with workspace.transaction() as session:
            update_profile(session, unit_name=unit)
            if plan == DIGITAL:
                tasks = [TaskData("1.1", "Số hóa hồ sơ một cửa", units=[UnitRef("UBND các xã, phường", "implement")])]
                data = PlanData(key=DIGITAL, title="Kế hoạch chuyển đổi số năm 2025", number="99/KH-UBND", year=2025,
                                groups=[GroupData("1", "Chuyển đổi số", tasks=tasks)])
                plan_id = apply_plan(session, data).plan_id
                assignments.set_assignment(session, get_task(session, "1.1", plan=plan_id), progress=40)
        built = build_report(workspace, "2025-H1", out_pdf=folder / f"{seed}-chua-ky.pdf", plan=plan)
    return _sign(built.pdf_path, folder / f"{unit} {plan}.pdf", unit_p12(pki, folder, unit))


def test_compile_keeps_two_plans_sharing_codes_apart(
    pki: TestPki, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _signed(tmp_path, pki, WARD_A, 31, SEED)
    second = _signed(tmp_path, pki, WARD_B, 32, DIGITAL)
    office = tmp_path / "văn phòng.db"
    assert main(["--db", str(office), "profile", "set", "--unit", "Phòng Văn hóa và Thông tin", "--place", "Bắc Kạn"]) == 0
    consolidated = tmp_path / "tổng hợp.pdf"
    capsys.readouterr()
    code = main(["--db", str(office), "compile", str(first), str(second), "--trust", str(pki.root_pem), "--json",
                 "--report-out", str(consolidated)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    data = json.loads(captured.out)
    assert {item["unit"] for item in data["accepted"]} == {WARD_A, WARD_B}
    ones = {row["plan"]: row for row in data["tasks"] if row["code"] == "1.1"}
    assert set(ones) == {SEED, DIGITAL}  # one "1.1" per plan, not one row adding both
    assert [line["unit"] for line in ones[DIGITAL]["units"] if line["reported"]] == [WARD_B]
    assert ones[DIGITAL]["title"] == "Số hóa hồ sơ một cửa" and ones[DIGITAL]["units"][0]["progress"] == 40
    assert [line["unit"] for line in ones[SEED]["units"] if line["reported"]] == [WARD_A]
    assert ones[SEED]["title"] != ones[DIGITAL]["title"]
    # the digital plan's one task is the only task of that plan; the seed plan's rows hold none of ward B's
    assert [row["code"] for row in data["tasks"] if row["plan"] == DIGITAL] == ["1.1"]
    assert not any(line["unit"] == WARD_B for row in data["tasks"] if row["plan"] == SEED for line in row["units"])
    # The office's consolidated report speaks of both plans' topics, from the payloads.
    with pdfplumber.open(consolidated) as document:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)
    assert "Kết quả thực hiện công tác thông tin đối ngoại và chuyển đổi số 6 tháng đầu năm 2025" in text
