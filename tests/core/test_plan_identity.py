"""One plan from several files, several plans in one workspace: the acceptance of issue 11's first part."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from bkfi_desktop.cli import main
from bkfi_desktop.core.plans import NEW_PLAN, apply_plan, preview_plan
from bkfi_desktop.core.store.models import Plan, Task, TaskGroup, Unit
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.exchange.task_import import read_task_list
from bkfi_desktop.textvn.folding import fold_for_match
from tests.exchange import builders, pdf_builders


def _import(workspace: Workspace, path: Path, **kwargs: object) -> int:
    data = read_task_list(path)
    with workspace.transaction() as session:
        return apply_plan(session, data, **kwargs).plan_id  # type: ignore[arg-type]


def test_seed_appendix_then_docx_then_pdf_make_one_plan_with_the_union(workspace: Workspace, tmp_path: Path) -> None:
    xlsx = builders.seed_appendix_xlsx(tmp_path / "phụ lục.xlsx")
    first = _import(workspace, xlsx)
    with workspace.session() as session:
        table_tasks = session.scalar(select(func.count(Task.id)))
    assert table_tasks == 12  # §II's five groups

    assert _import(workspace, builders.seed_docx(tmp_path / "kế hoạch.docx")) == first
    assert _import(workspace, pdf_builders.seed_pdf(tmp_path / "kế hoạch.pdf")) == first

    with workspace.session() as session:
        assert session.scalar(select(func.count(Plan.id))) == 1
        plan = session.get(Plan, first)
        assert plan is not None
        assert plan.title.startswith("Triển khai thực hiện Nghị quyết số 47/NQ-CP")  # the text's title, not the appendix's
        tasks = list(session.scalars(select(Task).where(Task.withdrawn_at.is_(None))))
        contents = [fold_for_match(task.content) for task in tasks]
        assert len(contents) == len(set(contents)) == 20  # 12 from the table + 8 of §IV, none twice
        codes = [task.code for task in tasks]
        assert len(codes) == len(set(codes))
        assert session.scalar(select(func.count(Task.id)).where(Task.withdrawn_at.is_not(None))) == 0
        ordinals = list(session.scalars(select(TaskGroup.ordinal)))
        assert ordinals.count("IV") == 1
        names = [fold_for_match(name) for name in session.scalars(select(Unit.name))]
        culture = [name for name in names if name.startswith("phòng văn hóa thông tin")]
        assert len(culture) == 1, culture
        # §IV's roles came from the text: Phòng Tài chính - Kế hoạch leads IV.4.
        assert any(name.startswith("phòng tài chính") for name in names)

    # A different plan imported next stays apart.
    other = _import(workspace, builders.appendix_xlsx(tmp_path / "kh 125.xlsx"))
    assert other != first
    with workspace.session() as session:
        assert session.scalar(select(func.count(Plan.id))) == 2
        assert session.scalar(select(func.count(Task.id)).where(Task.plan_id == first)) == 20


def test_text_first_then_appendix_withdraws_nothing(workspace: Workspace, tmp_path: Path) -> None:
    first = _import(workspace, builders.seed_docx(tmp_path / "kế hoạch.docx"))
    assert _import(workspace, builders.seed_appendix_xlsx(tmp_path / "phụ lục.xlsx")) == first
    with workspace.session() as session:
        plan = session.get(Plan, first)
        assert plan is not None and plan.title.startswith("Triển khai thực hiện")
        assert session.scalar(select(func.count(Task.id)).where(Task.withdrawn_at.is_(None))) == 20


def test_uncertain_match_is_reported_and_the_choice_is_the_users(workspace: Workspace, tmp_path: Path) -> None:
    first = _import(workspace, builders.seed_docx(tmp_path / "kế hoạch.docx"))
    data = read_task_list(builders.seed_path())
    # Same tasks, but a year that contradicts: the match is offered, not taken.
    data.key, data.title, data.year = "khac", "Kế hoạch khác hẳn về chuyển đổi số năm 2025", 2025
    preview = preview_plan(workspace, data)
    assert preview.match.plan_id == first and not preview.match.certain
    assert any("trùng nội dung" in reason for reason in preview.match.reasons)
    assert preview.plan_id != first
    with workspace.transaction() as session:
        chosen = apply_plan(session, data, target=first)
    assert chosen.plan_id == first
    with workspace.transaction() as session:
        apart = apply_plan(session, data, target=NEW_PLAN)
    assert apart.plan_id != first


def test_cli_refuses_an_uncertain_match_until_the_clerk_chooses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    docx = builders.seed_docx(tmp_path / "kế hoạch.docx")
    text = builders.seed_path().read_text(encoding="utf-8").replace("năm 2024", "năm 2025")
    other = tmp_path / "kế hoạch 2025.txt"
    other.write_text(text.replace("Triển khai thực hiện Nghị quyết", "Tiếp tục triển khai Nghị quyết"), encoding="utf-8")

    def bkfi(*args: str) -> SimpleNamespace:
        code = main(["--db", str(db), *args])
        captured = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=captured.out, stderr=captured.err)

    first = bkfi("import-tasks", str(docx), "--json")
    assert first.returncode == 0, first.stderr
    key = json.loads(first.stdout)["plan_key"]
    refused = bkfi("import-tasks", str(other))
    assert refused.returncode != 0
    assert f"--plan {key}" in refused.stderr and "trùng nội dung" in refused.stderr
    chosen = bkfi("import-tasks", str(other), "--plan", key, "--json")
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["plan_key"] == key and json.loads(chosen.stdout)["updates_existing"]
    apart = bkfi("import-tasks", str(other), "--new-plan", "--json")
    assert apart.returncode == 0, apart.stderr
    assert json.loads(apart.stdout)["plan_key"] != key
