"""A report remembers the plan it is about: building it again (by its id) keeps to that plan, a draft
for one plan is not mixed up with the whole work's, and a report is not silently turned into another
plan's report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.core.reports import create_draft
from bkfi_desktop.core.reports.registry import get_report, list_reports
from bkfi_desktop.core.workspace import Workspace
from tests.reports.test_report_by_plan import SECOND, two_plans  # noqa: F401  (fixture)


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _build(capsys: pytest.CaptureFixture[str], db: Path, out: Path, *extra: str) -> dict[str, Any]:
    payload = out.with_suffix(".json")
    code, _out, err = _run(capsys, db, "report", "build", "--period", "2025-H1", "--issued-on", "20/07/2025",
                           "--out", str(out), "--payload-out", str(payload), "--json", *extra)
    assert code == 0, err
    return json.loads(payload.read_text(encoding="utf-8"))


def _listed(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, Any]]:
    code, out, err = _run(capsys, db, "report", "list", "--json")
    assert code == 0, err
    return json.loads(out)


def test_building_a_report_again_keeps_to_its_plan(two_plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    first = _build(capsys, two_plans, tmp_path / "bc-cds.pdf", "--plan", "kh-99-cds")
    [report] = _listed(capsys, two_plans)
    assert report["plan"] == "kh-99-cds" and [t["content"] for t in first["tasks"]] == SECOND

    again = _build(capsys, two_plans, tmp_path / "bc-cds.pdf", "--report-id", str(report["id"]))
    assert [t["content"] for t in again["tasks"]] == SECOND  # not the whole work
    assert again["plan"]["key"] == "kh-99-cds" and again["uuid"] == first["uuid"]
    [rebuilt] = _listed(capsys, two_plans)
    assert (rebuilt["id"], rebuilt["number"], rebuilt["plan"]) == (report["id"], report["number"], "kh-99-cds")

    whole = _build(capsys, two_plans, tmp_path / "bc-toan-bo.pdf")  # a new report about the whole work
    assert len(whole["plans"]) == 2 and whole["uuid"] != first["uuid"]
    listed = {item["id"]: item["plan"] for item in _listed(capsys, two_plans)}
    assert sorted(listed.values(), key=lambda key: key or "") == [None, "kh-99-cds"]


def test_a_report_is_not_turned_into_another_plans(two_plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    _build(capsys, two_plans, tmp_path / "bc.pdf")
    [report] = _listed(capsys, two_plans)
    assert report["plan"] is None
    before = (tmp_path / "bc.pdf").read_bytes()
    code, _out, err = _run(capsys, two_plans, "report", "build", "--period", "2025-H1", "--out", str(tmp_path / "bc.pdf"),
                           "--report-id", str(report["id"]), "--plan", "kh-99-cds")
    assert code != 0
    assert "toàn bộ công tác" in err and "kh-99-cds" in err and "báo cáo mới" in err
    assert (tmp_path / "bc.pdf").read_bytes() == before
    assert _listed(capsys, two_plans) == [report]


def test_a_plans_draft_is_its_own(two_plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    with Workspace.open(two_plans) as workspace, workspace.transaction() as session:
        whole = create_draft(session, "2025-H1").summary.id
        ours = create_draft(session, "2025-H1", "kh-99-cds")
        assert ours.summary.plan_key == "kh-99-cds"
    _build(capsys, two_plans, tmp_path / "bc-cds.pdf", "--plan", "kh-99-cds")
    with Workspace.open(two_plans) as workspace, workspace.session() as session:
        states = {report.id: (report.status, report.plan_key) for report in list_reports(session)}
        assert states[ours.summary.id] == ("issued", "kh-99-cds")  # the plan's draft was issued…
        assert states[whole] == ("draft", None)  # …not the whole work's
        assert get_report(session, whole).summary.plan_key is None
