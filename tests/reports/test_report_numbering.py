"""Document numbers: sequential per calendar year, held in the database, never reused; builds all or nothing."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bkfi_desktop.core.reports import list_reports
from bkfi_desktop.core.reports.document_info import format_date_line, format_number_text
from bkfi_desktop.core.store.models import Report
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.workflows.build_report import build_report
from bkfi_desktop.workflows.progress import Progress

D = dt.date


@pytest.mark.parametrize(
    ("number", "text"), [(5, "05/BC-UBND"), (9, "09/BC-UBND"), (10, "10/BC-UBND"), (123, "123/BC-UBND")]
)
def test_numbers_below_ten_get_a_leading_zero(number: int, text: str) -> None:
    assert format_number_text(number, "UBND") == text


@pytest.mark.parametrize(
    ("day", "line"),
    [
        (D(2025, 1, 5), "Đức Xuân, ngày 05 tháng 01 năm 2025"),
        (D(2025, 2, 28), "Đức Xuân, ngày 28 tháng 02 năm 2025"),
        (D(2025, 3, 15), "Đức Xuân, ngày 15 tháng 3 năm 2025"),
        (D(2025, 12, 9), "Đức Xuân, ngày 09 tháng 12 năm 2025"),
    ],
)
def test_date_line_leading_zeros_only_where_the_decree_wants_them(day: dt.date, line: str) -> None:
    assert format_date_line("Đức Xuân", day) == line


def _build(workspace: Workspace, folder: Path, period: str, day: dt.date, **extra: object):
    return build_report(workspace, period, out_pdf=folder / f"{period}-{day}.pdf", issued_on=day, **extra)


def test_numbers_run_per_calendar_year_of_issue(demo: Workspace, tmp_path: Path) -> None:
    first = _build(demo, tmp_path, "2025-H1", D(2025, 6, 18))
    annual = _build(demo, tmp_path, "2025-Y", D(2025, 12, 20))
    quarter = _build(demo, tmp_path, "2025-Q4", D(2026, 1, 5))
    assert [first.number_text, annual.number_text, quarter.number_text] == ["01/BC-UBND", "02/BC-UBND", "01/BC-UBND"]
    with demo.session() as session:
        assert [(r.period, r.number, r.status) for r in list_reports(session)] == [
            ("2025-Q4", 1, "issued"),
            ("2025-Y", 2, "issued"),
            ("2025-H1", 1, "issued"),
        ]


def test_rebuilding_a_report_keeps_its_number_and_uuid(demo: Workspace, tmp_path: Path) -> None:
    first = _build(demo, tmp_path, "2025-H1", D(2025, 6, 18))
    again = build_report(demo, "2025-H1", out_pdf=tmp_path / "lại.pdf", report_id=first.report_id)
    assert (again.number_text, again.uuid, again.issued_on) == (first.number_text, first.uuid, first.issued_on)
    following = _build(demo, tmp_path, "2025-Y", D(2025, 12, 20))
    assert following.number == 2


def test_a_preview_takes_no_number_and_saves_nothing(demo: Workspace, tmp_path: Path) -> None:
    preview = build_report(demo, "2025-H1", out_pdf=tmp_path / "xem trước.pdf", preview=True)
    assert preview.number is None and preview.report_id is None
    assert preview.pdf_path.exists()
    with demo.session() as session:
        assert session.scalar(select(func.count(Report.id))) == 0
    assert _build(demo, tmp_path, "2025-H1", D(2025, 6, 18)).number == 1


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "ổ đĩa đã đầy"),
        (PermissionError(errno.EACCES, "Permission denied"), "không có quyền ghi"),
    ],
)
def test_full_disk_or_no_permission_fails_whole(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    """The disk fills (or writing is refused) while the PDF is written: one clear line, no file,
    no number taken. Simulated at the write, since CI runs as root and has room."""
    from bkfi_desktop.core.reports import files

    def failing_fsync(_fd: int) -> None:
        raise error

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    out_dir = tmp_path / "báo cáo"
    target = out_dir / "bc.pdf"
    with pytest.raises(BkfiError, match=reason) as raised:
        build_report(demo, "2025-H1", out_pdf=target, out_xlsx=out_dir / "phụ lục.xlsx")
    assert str(target) in raised.value.message
    monkeypatch.undo()
    assert list(out_dir.iterdir()) == []
    with demo.session() as session:
        assert session.scalar(select(func.count(Report.id))) == 0


def test_a_failed_build_consumes_no_number_and_leaves_no_file(demo: Workspace, tmp_path: Path) -> None:
    first = _build(demo, tmp_path, "2025-H1", D(2025, 6, 18))
    good_pdf = tmp_path / "bc.pdf"
    blocker = tmp_path / "không phải thư mục"
    blocker.write_text("tệp thường", encoding="utf-8")
    with pytest.raises(BkfiError, match="báo cáo chưa được lập"):
        build_report(
            demo, "2025-Y", out_pdf=good_pdf, out_xlsx=blocker / "phụ lục.xlsx", issued_on=D(2025, 12, 20)
        )
    assert not good_pdf.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with demo.session() as session:
        assert [r.number for r in list_reports(session)] == [first.number]
    assert _build(demo, tmp_path, "2025-Y", D(2025, 12, 20)).number == 2


def test_cancelling_writes_nothing(demo: Workspace, tmp_path: Path) -> None:
    seen: list[int] = []

    def sink(percent: int, message: str) -> None:
        seen.append(percent)
        if percent >= 30:
            progress.cancel()

    progress = Progress(sink)
    with pytest.raises(BkfiError, match="Đã hủy"):
        build_report(demo, "2025-H1", out_pdf=tmp_path / "bc.pdf", progress=progress)
    assert seen == [0, 15, 30]
    assert not [p for p in tmp_path.iterdir() if p.suffix in {".pdf", ".partial"}]
    with demo.session() as session:
        assert list_reports(session) == []


def test_issued_numbers_are_never_handed_out_again_whatever_the_status(demo: Workspace, tmp_path: Path) -> None:
    first = _build(demo, tmp_path, "2025-H1", D(2025, 6, 18))
    with demo.transaction() as session:
        session.get(Report, first.report_id).status = "sent"
    second = _build(demo, tmp_path, "2025-Y", D(2025, 12, 20))
    third = _build(demo, tmp_path, "2025-Q4", D(2025, 12, 22))
    numbers = [first.number, second.number, third.number]
    assert numbers == [1, 2, 3] and len(set(numbers)) == 3


def test_the_number_the_register_gives_is_used_and_must_be_free_in_its_year(demo: Workspace, tmp_path: Path) -> None:
    """The văn thư hands out numbers from the register; the program's suggestion is only a suggestion."""
    first = _build(demo, tmp_path, "2025-H1", D(2025, 6, 18), number=17)
    assert (first.number, first.number_text) == (17, "17/BC-UBND")
    assert _build(demo, tmp_path, "2025-Q3", D(2025, 10, 2)).number == 18  # the suggestion follows it
    with pytest.raises(BkfiError, match=r"Số 17 năm 2025 đã dùng cho báo cáo 17/BC-UBND \(2025-H1\)"):
        _build(demo, tmp_path, "2025-Y", D(2025, 12, 20), number=17)
    with demo.session() as session:  # refused: nothing recorded, no number taken
        assert session.scalar(select(func.count(Report.id))) == 2
    assert _build(demo, tmp_path, "2025-Q4", D(2026, 1, 5), number=17).number_text == "17/BC-UBND"  # a new year
    # Rebuilding a report with another number from the register renumbers it; its own number is no clash.
    again = build_report(demo, "2025-H1", out_pdf=tmp_path / "lại.pdf", report_id=first.report_id, number=3)
    assert again.number_text == "03/BC-UBND" and again.uuid == first.uuid
    same = build_report(demo, "2025-H1", out_pdf=tmp_path / "lại 2.pdf", report_id=first.report_id, number=3)
    assert same.number_text == "03/BC-UBND"
    with pytest.raises(BkfiError, match="số nguyên dương"):
        _build(demo, tmp_path, "2025-Y", D(2025, 12, 20), number=0)
