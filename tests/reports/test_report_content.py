"""What the report counts: the right window, the people of that time, trainings, activities, narrative."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from bkfi_desktop.core.activities import add_activity
from bkfi_desktop.core.profile import update_profile
from bkfi_desktop.core.reports import compile_content, create_draft, get_report, save_narrative
from bkfi_desktop.core.reports.registry import mark_signed, period_for
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.workflows.build_report import build_report

D = dt.date


def _count(workspace: Workspace, code: str) -> dict[str, int]:
    with workspace.session() as session:
        content = compile_content(session, period_for(session, code))
    return {total.kind: total.quantity for total in content.activity_totals}


def _unit(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        update_profile(session, unit_name="UBND xã Nông Thượng", place_name="Nông Thượng")


@pytest.mark.parametrize(
    ("day", "h1_2025", "y_2025", "y_2026"),
    [
        (D(2025, 6, 14), 1, 1, 0),
        (D(2025, 6, 15), 0, 1, 0),
        (D(2025, 12, 14), 0, 1, 0),
        (D(2025, 12, 15), 0, 0, 1),
        (D(2024, 12, 15), 1, 1, 0),
    ],
)
def test_activities_on_the_window_edges_are_counted_in_the_right_report(
    empty_workspace: Workspace, day: dt.date, h1_2025: int, y_2025: int, y_2026: int
) -> None:
    _unit(empty_workspace)
    with empty_workspace.transaction() as session:
        add_activity(session, day, "news", 1, "Tin bài ở mép kỳ báo cáo")
    assert _count(empty_workspace, "2025-H1").get("news", 0) == h1_2025
    assert _count(empty_workspace, "2025-Y").get("news", 0) == y_2025
    assert _count(empty_workspace, "2026-Y").get("news", 0) == y_2026


def test_a_workspace_cut_off_rule_changes_the_window(empty_workspace: Workspace) -> None:
    _unit(empty_workspace)
    with empty_workspace.transaction() as session:
        update_profile(session, cutoff={"start_day": 1, "start_month_offset": 0})
        add_activity(session, D(2025, 6, 20), "news", 2, "Tin bài cuối tháng 6")
    assert _count(empty_workspace, "2025-H1") == {"news": 2}


def test_the_report_names_the_people_in_charge_during_the_window(demo: Workspace) -> None:
    with demo.session() as session:
        early = compile_content(session, period_for(session, "2024-H1"))
        later = compile_content(session, period_for(session, "2025-H1"))
    assert "Trần Đức An" in [s.name for s in early.people("leader")]  # left on 30/06/2024
    assert "Trần Đức An" not in [s.name for s in later.people("leader")]
    assert [s.name for s in later.people("officer")] == ["Nguyễn Văn Bình"]
    assert later.compliance.officer_named and later.compliance.leader_named


def test_trainings_and_activity_totals_of_the_demo_half_year(demo: Workspace) -> None:
    with demo.session() as session:
        content = compile_content(session, period_for(session, "2025-H1"))
    summary = content.training_summary
    assert (summary.count, summary.foreign_language_courses, summary.hours, summary.participants) == (1, 1, 60, 14)
    assert content.activity_quantity == sum(a.quantity for a in content.activities)
    assert content.activity_entries == len(content.activities)
    assert all(content.period.start <= a.date <= content.period.end for a in content.activities)
    assert content.tasks and all(t.role in {"lead", "support", "implement"} for t in content.tasks)
    news = next(i for i in content.indicators if i.code == "TIN_BAI")
    assert news.value == sum(a.quantity for a in content.activities if a.kind == "news")


def test_narrative_is_prefilled_from_the_data_edited_and_printed(demo: Workspace, tmp_path) -> None:
    with demo.transaction() as session:
        draft = create_draft(session, "2025-H1")
    assert "Hoàng Thị Thu Hà" in draft.narrative["results"]
    assert "khóa học ngoại ngữ" in draft.narrative["results"]
    assert all(draft.narrative[key] for key in ("limitations", "causes", "directions", "proposals"))
    with demo.transaction() as session:
        save_narrative(session, draft.summary.id, {"proposals": "Đề nghị cấp thêm máy quay phim cho phường."})
    with demo.session() as session:
        reopened = get_report(session, draft.summary.id)
    assert reopened.narrative["proposals"] == "Đề nghị cấp thêm máy quay phim cho phường."
    assert reopened.narrative["results"] == draft.narrative["results"]

    built = build_report(demo, "2025-H1", out_pdf=tmp_path / "bc.pdf", issued_on=D(2025, 6, 18))
    assert built.report_id == draft.summary.id, "the period's draft is the report that gets issued"
    with pdfplumber.open(built.pdf_path) as pdf:
        text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert "Đề nghị cấp thêm máy quay phim cho phường." in text
    assert built.payload["narrative"]["proposals"] == "Đề nghị cấp thêm máy quay phim cho phường."


def test_a_signed_report_can_no_longer_be_edited_or_rebuilt(demo: Workspace, tmp_path) -> None:
    built = build_report(demo, "2025-H1", out_pdf=tmp_path / "bc.pdf", issued_on=D(2025, 6, 18))
    with demo.transaction() as session:
        mark_signed(session, built.report_id, str(tmp_path / "bc-da-ky.pdf"), "ab" * 32)
    with demo.transaction() as session, pytest.raises(InvalidInputError, match="không sửa nội dung"):
        save_narrative(session, built.report_id, {"causes": "Sửa sau khi ký"})
    with pytest.raises(InvalidInputError, match="không lập lại"):
        build_report(demo, "2025-H1", out_pdf=tmp_path / "lại.pdf", report_id=built.report_id)


def test_unknown_narrative_sections_are_refused(demo: Workspace) -> None:
    with demo.transaction() as session:
        draft = create_draft(session, "2025-Y")
        with pytest.raises(InvalidInputError, match="không tồn tại"):
            save_narrative(session, draft.summary.id, {"ket_luan": "…"})


def test_a_workspace_without_a_unit_name_is_told_what_to_do(empty_workspace: Workspace, tmp_path) -> None:
    with pytest.raises(InvalidInputError, match="Chưa khai báo tên đơn vị"):
        build_report(empty_workspace, "2025-H1", out_pdf=tmp_path / "bc.pdf")
    assert not (tmp_path / "bc.pdf").exists()
