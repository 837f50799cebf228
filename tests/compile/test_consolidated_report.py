"""The city's consolidated report, drafted from the units' signed payloads: PDF (payload embedded,
signable) and .docx; once signed, the level above compiles it to the same totals."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from docx import Document

from bkfi_desktop.cli import main
from bkfi_desktop.documents.attachments import PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
from tests.compile.fixtures import ALTERED, LATE, MISSING, ON_TIME, OTHER_SIGNER, RosterSet, unit_p12
from tests.compile.test_roster_board import OFFICE, office_workspace
from tests.signing.pki import P12_PASSWORD
from tests.tooling import require_tool

if TYPE_CHECKING:
    from tests.signing.pki import TestPki


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _figures(totals: dict) -> dict:
    """What must survive a level: activities, trainings and tasks added up (not the unit count)."""
    return {key: totals[key] for key in ("activities", "trainings", "tasks")}


def test_consolidated_report_is_built_signed_and_compiles_again_with_the_same_totals(
    roster_set: RosterSet, pki: TestPki, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "tong-hop.db"
    office_workspace(capsys, db, roster_set.due)
    pdf, docx = tmp_path / "BAO_CAO_TONG_HOP.pdf", tmp_path / "BAO_CAO_TONG_HOP.docx"
    code, out, err = _run(
        capsys, "--db", db, "compile", "--dir", roster_set.folder, "--period", "2025-H1",
        "--trust", roster_set.root_pem, "--report-out", pdf, "--docx", docx, "--json",
    )
    first = json.loads(out)
    assert (first["report_out"], first["docx"]) == (str(pdf), str(docx))

    payload = json.loads(read_embedded_files(pdf)[PAYLOAD_NAME])
    assert payload["schema"] == "bkfi.report/1" and payload["unit"]["name"] == OFFICE
    compiled = payload["compiled"]
    by_unit = {item["unit"]: item for item in compiled["units"]}
    assert set(by_unit) == {*ON_TIME, LATE}
    accepted = {item["unit"]: item for item in first["accepted"]}
    for unit, item in by_unit.items():
        assert (item["uuid"], item["sha256"]) == (accepted[unit]["uuid"], accepted[unit]["sha256"])
    assert by_unit[LATE]["days_late"] >= 2
    assert compiled["missing"] == MISSING
    assert {item["unit"] for item in compiled["refused"]} == {OTHER_SIGNER, ALTERED}
    assert {task["unit"] for task in payload["tasks"]} <= {*ON_TIME, LATE}
    assert "chưa gửi báo cáo: " + ", ".join(MISSING) in payload["narrative"]["limitations"]

    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "BÁO CÁO" in text and OFFICE.upper() in "\n".join(
        cell.text for table in Document(str(docx)).tables for row in table.rows for cell in row.cells
    )
    assert ", ".join(MISSING) in text

    signed = tmp_path / "Báo cáo tổng hợp đã ký.pdf"
    sign_pdf(pdf, signed, P12Signer(unit_p12(pki, tmp_path, OFFICE, "Hoàng Văn Tổng"), P12_PASSWORD), SignatureAppearance())
    code, out, err = _run(capsys, "compile", signed, "--period", "2025-H1", "--trust", roster_set.root_pem, "--json")
    assert code == 0, err
    upper = json.loads(out)
    assert [a["unit"] for a in upper["accepted"]] == [OFFICE]
    assert _figures(upper["totals"]) == _figures(first["totals"])
    assert upper["totals"]["activities"]["quantity"] > 0


def test_consolidated_pdf_pages_render(
    roster_set: RosterSet, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdftoppm = require_tool("pdftoppm")
    db = tmp_path / "tong-hop.db"
    office_workspace(capsys, db, roster_set.due)
    pdf = tmp_path / "tong-hop.pdf"
    _run(capsys, "--db", db, "compile", "--dir", roster_set.folder, "--period", "2025-H1",
         "--trust", roster_set.root_pem, "--report-out", pdf)
    subprocess.run([pdftoppm, "-png", "-r", "40", str(pdf), str(tmp_path / "trang")], check=True)
    assert len(list(tmp_path.glob("trang*.png"))) >= 2
