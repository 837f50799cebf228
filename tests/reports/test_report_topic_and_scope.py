"""A plan on another topic, imported from a file like an office's, reports in its own words; a report on
one plan counts only that plan's work, and its PDF, appendix and payload say the same figures."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from bkfi_desktop.cli import main
from bkfi_desktop.core.periods import parse_period
from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.core.store.backup import backup_to
from bkfi_desktop.core.store.models import Activity, Plan, Task, TrainingSession
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.period_counts import count_period
from tests.exchange.builders import simple_xlsx

SEED = "nq47-bac-kan-2024"
SEED_TOPIC = "thông tin đối ngoại"
H1 = parse_period("2025-H1")


@pytest.fixture(scope="module")
def two_topics(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo ward, which works on the seed plan, imports a city plan on digital transformation
    (the header, "KẾ HOẠCH" and its title above the task table, as offices send them) and links one
    news item to one of its tasks."""
    folder = tmp_path_factory.mktemp("hai lĩnh vực")
    db = folder / "phường.db"
    backup_to(demo_file, db)
    appendix = simple_xlsx(folder / "KH chuyển đổi số.xlsx", [
        ["ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN"],
        ["Số: 12/KH-UBND"],
        ["KẾ HOẠCH"],
        ["Chuyển đổi số năm 2025"],
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
        ["I", "Hạ tầng số"],
        [1, "Số hóa hồ sơ thủ tục hành chính một cửa", "Văn phòng HĐND và UBND thành phố", "UBND các xã, phường",
         "Năm 2025"],
        [2, "Cập nhật cổng thông tin điện tử phường", "Phòng Văn hóa và Thông tin", "UBND các xã, phường", "Hằng quý"],
    ])
    assert main(["--db", str(db), "import-tasks", str(appendix)]) == 0
    with Workspace.open(db) as workspace, workspace.session() as session:
        key = session.scalar(select(Plan.key).where(Plan.number == "12/KH-UBND"))
    assert key and main(["--db", str(db), "activity", "add", "--date", "2025-03-03", "--kind", "news", "--quantity", "4",
                         "--title", "Tin về số hóa hồ sơ một cửa", "--task", "I.1", "--plan", key]) == 0
    return db, key


def _build(db: Path, out: Path, *plan: str) -> dict[str, Any]:
    """PDF text, appendix cells and payload of the 2025-H1 report (of one plan, or the whole work)."""
    name = plan[0] if plan else "toàn bộ"
    pdf, xlsx, data = out / f"{name}.pdf", out / f"{name}.xlsx", out / f"{name}.json"
    args = ["--db", str(db), "report", "build", "--period", "2025-H1", "--preview", "--out", str(pdf),
            "--xlsx", str(xlsx), "--payload-out", str(data)]
    assert main([*args, *(["--plan", plan[0]] if plan else [])]) == 0
    with pdfplumber.open(pdf) as document:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)
    book = load_workbook(xlsx)
    sheets = {sheet.title: [[c for c in row] for row in sheet.iter_rows(values_only=True)] for sheet in book}
    return {"pdf": text, "sheets": sheets, "payload": json.loads(data.read_text(encoding="utf-8"))}


def _all_text(report: dict[str, Any]) -> str:
    cells = " ".join(str(c) for rows in report["sheets"].values() for row in rows for c in row if c is not None)
    return " ".join([report["pdf"], cells, json.dumps(report["payload"], ensure_ascii=False)]).lower()


def _pdf_total(report: dict[str, Any]) -> tuple[int, int] | None:
    found = re.search(r"Tổng cộng (\d+) (\d+)", report["pdf"])
    return (int(found[1]), int(found[2])) if found else None


def _sheet_total(report: dict[str, Any]) -> tuple[int, int] | None:
    row = next((r for r in report["sheets"]["Chỉ tiêu"] if len(r) > 1 and r[1] == "Tổng cộng"), None)
    return (row[2], row[3]) if row else None


def _window_counts(db: Path, plan_key: str | None) -> tuple[int, int]:
    """Counted straight from the database: activities of the window linked to the plan's tasks."""
    with Workspace.open(db) as workspace, workspace.session() as session:
        query = select(func.count(Activity.id), func.coalesce(func.sum(Activity.quantity), 0)).where(
            Activity.date >= H1.start, Activity.date <= H1.end)
        if plan_key == "":
            query = query.where(Activity.task_id.is_(None))
        elif plan_key is not None:
            query = query.join(Task, Activity.task_id == Task.id).join(Plan, Task.plan_id == Plan.id).where(
                Plan.key == plan_key)
        entries, quantity = session.execute(query).one()
    return int(entries), int(quantity)


def test_a_plan_on_digital_transformation_reports_in_its_own_words(
    two_topics: tuple[Path, str], tmp_path: Path
) -> None:
    db, key = two_topics
    with Workspace.open(db) as workspace, workspace.session() as session:
        topics = {row.key: row.topic for row in session.execute(select(Plan.key, Plan.topic))}
    assert topics == {SEED: SEED_TOPIC, key: "chuyển đổi số"}  # the import read it from the title

    report = _build(db, tmp_path, key)
    text = _all_text(report)  # the PDF, every appendix cell, the payload with its narrative prefill
    assert "đối ngoại" not in text and "ttđn" not in text
    assert "kết quả thực hiện công tác chuyển đổi số 6 tháng đầu năm 2025" in text
    assert "lãnh đạo phụ trách công tác chuyển đổi số" in report["payload"]["narrative"]["results"].lower()
    assert "Kết quả hoạt động chuyển đổi số" in report["pdf"]
    assert report["sheets"]["Hoạt động"][0][0] == "HOẠT ĐỘNG CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025"
    assert report["sheets"]["Cán bộ"][0][0] == "LÃNH ĐẠO, CÁN BỘ PHỤ TRÁCH CÔNG TÁC CHUYỂN ĐỔI SỐ"
    assert report["payload"]["plan"]["topic"] == "chuyển đổi số"

    seed = _build(db, tmp_path, SEED)  # the seed plan still speaks of foreign information
    assert "Kết quả thực hiện công tác thông tin đối ngoại 6 tháng đầu năm 2025" in seed["pdf"]
    assert seed["sheets"]["Hoạt động"][0][0] == "HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2025"
    assert "chuyển đổi số" not in _all_text(seed)


def test_a_report_on_one_plan_counts_only_that_plans_work(two_topics: tuple[Path, str], tmp_path: Path) -> None:
    db, key = two_topics
    reports = {name: _build(db, tmp_path, *plan) for name, plan in (("cds", (key,)), ("seed", (SEED,)), ("whole", ()))}
    expected = {"cds": _window_counts(db, key), "seed": _window_counts(db, SEED), "whole": _window_counts(db, None)}
    unlinked = _window_counts(db, "")
    assert expected["cds"] == (1, 4) and unlinked[0] > 0 and expected["seed"][0] > 0
    for name, report in reports.items():
        totals = report["payload"]["activity_totals"]
        figures = (totals["entries"], totals["quantity"])
        assert figures == expected[name], name
        assert _pdf_total(report) == figures and _sheet_total(report) == figures, name  # all three agree
        assert len(report["payload"]["activities"]) == figures[0]

    # The whole work counts everything once: each plan's share plus what is linked to no task.
    whole = reports["whole"]["payload"]["activity_totals"]
    shares = {row["plan"]: (row["entries"], row["quantity"]) for row in whole["by_plan"]}
    assert shares == {key: expected["cds"], SEED: expected["seed"], "": unlinked}
    assert "Trong đó, theo từng kế hoạch:" in reports["whole"]["pdf"]
    assert "left_out" not in whole

    # One plan among several leaves the general work (no task, trainings, indicators) to the whole work and says so.
    with Workspace.open(db) as workspace, workspace.session() as session:
        trainings = int(session.scalar(select(func.count(TrainingSession.id)).where(
            TrainingSession.start_date >= H1.start, TrainingSession.start_date <= H1.end)) or 0)
    assert trainings and reports["whole"]["payload"]["training_summary"]["count"] == trainings
    for name in ("cds", "seed"):
        payload = reports[name]["payload"]
        assert payload["training_summary"]["count"] == 0 and payload["trainings"] == [] and payload["indicators"] == []
        assert payload["activity_totals"]["left_out"] == {
            "activities": unlinked[0], "quantity": unlinked[1], "trainings": trainings,
            "indicators": len(reports["whole"]["payload"]["indicators"]),
        }
        assert f"{unlinked[0]} lượt hoạt động không gắn với nhiệm vụ nào" in reports[name]["pdf"]
        assert "Trong kỳ chưa tổ chức hoặc cử cán bộ tham gia tập huấn" not in reports[name]["pdf"]


def test_a_workspace_with_one_plan_reads_as_before(demo_file: Path, tmp_path: Path) -> None:
    db = backup_to(demo_file, tmp_path / "một kế hoạch.db")
    alone, whole = _build(db, tmp_path, SEED), _build(db, tmp_path)
    for field in ("activity_totals", "training_summary", "indicators"):
        assert alone["payload"][field] == whole["payload"][field]
    assert alone["payload"]["training_summary"]["count"] > 0 and "left_out" not in alone["payload"]["activity_totals"]


def test_the_report_page_counts_agree_with_the_report(two_topics: tuple[Path, str], tmp_path: Path) -> None:
    db, key = two_topics
    report = _build(db, tmp_path, key)
    with Workspace.open(db) as workspace:
        counts = count_period(workspace, "2025-H1", None, key)
        whole = count_period(workspace, "2025-H1")
    totals = report["payload"]["activity_totals"]
    assert (counts.activity_entries, counts.activity_quantity) == (totals["entries"], totals["quantity"])
    assert counts.trainings == 0 and whole.trainings > 0 and not whole.notes
    assert counts.notes and all(note in report["pdf"] for note in counts.notes)  # the words the PDF prints


def test_an_archived_plans_activities_still_count_once_in_the_whole_work(
    two_topics: tuple[Path, str], tmp_path: Path
) -> None:
    db = backup_to(two_topics[0], tmp_path / "ba kế hoạch.db")
    task = TaskData("1", "Rà soát thủ tục hành chính", units=[UnitRef("UBND các xã, phường", "implement")])
    data = PlanData(key="kh-7-cchc", title="Kế hoạch cải cách hành chính năm 2024", number="7/KH-UBND", year=2024,
                    groups=[GroupData("I", "Cải cách", tasks=[task])])
    with Workspace.open(db) as workspace, workspace.transaction() as session:
        apply_plan(session, data)
    base = ["--db", str(db)]
    assert main([*base, "activity", "add", "--date", "2025-02-02", "--kind", "meeting", "--quantity", "2",
                 "--title", "Hội nghị rà soát thủ tục", "--task", "1", "--plan", "kh-7-cchc"]) == 0
    assert main([*base, "plan", "archive", "kh-7-cchc"]) == 0
    whole = _build(db, tmp_path)
    totals = whole["payload"]["activity_totals"]
    shares = {row["plan"]: row for row in totals["by_plan"]}
    assert shares["kh-7-cchc"]["name"] == "KH 7/KH-UBND (cải cách hành chính)" and shares["kh-7-cchc"]["quantity"] == 2
    assert sum(row["entries"] for row in totals["by_plan"]) == totals["entries"] == _window_counts(db, None)[0]
    assert "KH 7/KH-UBND (cải cách hành chính)" in whole["pdf"]
