"""Re-issuing a report: its number stays in its year, and a failed rebuild leaves the issued files as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bkfi_desktop.core.reports import list_reports
from bkfi_desktop.core.store.models import Report
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.workflows.build_report import build_report

D = dt.date


def test_reissuing_into_another_year_is_refused_so_the_number_is_never_reused(
    demo: Workspace, tmp_path: Path
) -> None:
    first = build_report(demo, "2025-H1", out_pdf=tmp_path / "h1.pdf", issued_on=D(2025, 6, 20))
    with pytest.raises(BkfiError, match="phải thuộc năm 2025"):
        build_report(
            demo, "2025-H1", out_pdf=tmp_path / "h1.pdf", report_id=first.report_id, issued_on=D(2026, 1, 5)
        )
    annual = build_report(demo, "2025-Y", out_pdf=tmp_path / "y.pdf", issued_on=D(2025, 12, 20))
    assert (first.number_text, annual.number_text) == ("01/BC-UBND", "02/BC-UBND")
    with demo.session() as session:
        assert sorted((r.issued_on, r.number) for r in list_reports(session)) == [
            (D(2025, 6, 20), 1),
            (D(2025, 12, 20), 2),
        ]


def test_a_rebuild_whose_appendix_cannot_be_placed_keeps_the_issued_pdf(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "báo cáo"
    pdf, xlsx = out / "bc.pdf", out / "phụ lục.xlsx"
    first = build_report(demo, "2025-H1", out_pdf=pdf, out_xlsx=xlsx, issued_on=D(2025, 6, 20))
    issued_pdf, issued_xlsx = pdf.read_bytes(), xlsx.read_bytes()

    from bkfi_desktop.core.reports import files

    real_replace = files.os.replace

    def xlsx_is_open_in_excel(src, dst) -> None:
        if Path(dst) == xlsx.resolve() and str(src).endswith(".partial"):
            raise PermissionError(13, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", xlsx_is_open_in_excel)
    with pytest.raises(BkfiError, match="không có quyền ghi"):
        build_report(
            demo, "2025-H1", out_pdf=pdf, out_xlsx=xlsx, report_id=first.report_id,
            narrative={"results": "Nội dung sửa lại"},
        )
    monkeypatch.undo()
    assert pdf.read_bytes() == issued_pdf and xlsx.read_bytes() == issued_xlsx
    assert sorted(p.name for p in out.iterdir()) == ["bc.pdf", "phụ lục.xlsx"]
    with demo.session() as session:
        assert session.get(Report, first.report_id).pdf_sha256 == first.pdf_sha256


def test_a_commit_that_fails_after_the_files_are_placed_takes_them_back(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def database_locked(self: Session) -> None:
        raise OperationalError("COMMIT", {}, Exception("database is locked"))

    monkeypatch.setattr(Session, "commit", database_locked)
    out = tmp_path / "báo cáo"
    with pytest.raises(BkfiError, match="khóa"):
        build_report(demo, "2025-H1", out_pdf=out / "bc.pdf", out_xlsx=out / "phụ lục.xlsx", issued_on=D(2025, 6, 20))
    monkeypatch.undo()
    assert list(out.iterdir()) == []
    with demo.session() as session:
        assert list_reports(session) == []
