"""`bkfi reminder`: the công văn đôn đốc names exactly the units still owing a valid report, ready to sign."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bkfi_desktop.cli import main
from tests.compile.fixtures import ALTERED, MISSING, ON_TIME, OTHER_SIGNER, RosterSet
from tests.compile.test_roster_board import OFFICE, office_workspace
from tests.tooling import require_tool


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _text(pdf: Path) -> str:
    tool = require_tool("pdftotext")
    return subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_reminder_names_the_units_still_missing_after_a_compile(
    roster_set: RosterSet, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "tong-hop.db"
    office_workspace(capsys, db, roster_set.due)
    _run(capsys, "--db", db, "compile", "--dir", roster_set.folder, "--period", "2025-H1", "--trust", roster_set.root_pem)
    out = tmp_path / "CONG_VAN.pdf"
    code, stdout, err = _run(capsys, "--db", db, "reminder", "--period", "2025-H1", "--out", out)
    assert code == 0, err
    assert "5 đơn vị" in stdout
    text = " ".join(_text(out).split())
    for unit in [*MISSING, OTHER_SIGNER, ALTERED]:  # refused units still owe a valid report
        assert f"- {unit}" in text
    for unit in ON_TIME:
        assert f"- {unit};" not in text and f"- {unit}." not in text
    assert "Kính gửi:" in text and "V/v đôn đốc gửi báo cáo" in text and OFFICE.upper() in text
    assert "TM. ỦY BAN NHÂN DÂN" in text and "Hoàng Văn Tổng" in text
    assert b"/FT /Sig" in out.read_bytes()  # an empty signature field: ready to sign


def test_no_reminder_when_nobody_is_missing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "tong-hop.db"
    _run(capsys, "--db", db, "profile", "set", "--unit", OFFICE, "--place", "Bắc Kạn")
    _run(capsys, "--db", db, "roster", "set", "--period", "2025-H1", "Phòng Tư pháp", "--not-required", "Phòng Y tế")
    code, _out, err = _run(capsys, "--db", db, "reminder", "--period", "2025-H1", "--out", tmp_path / "cv.pdf")
    assert code == 0
    code, _out, err = _run(capsys, "--db", db, "roster", "set", "--period", "2025-H1", "--not-required", "Phòng Tư pháp")
    code, _out, err = _run(capsys, "--db", db, "reminder", "--period", "2025-H1", "--out", tmp_path / "cv2.pdf")
    assert code == 1 and "không cần đôn đốc" in err
    assert not (tmp_path / "cv2.pdf").exists()
