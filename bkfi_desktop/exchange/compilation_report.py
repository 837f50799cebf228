"""The compiling office's own report, drafted from the units' accepted payloads (no field typed twice).

Figures are the units' signed figures added up; tasks are listed task by task with the unit that
reported each; trainings and activities are the units' own lines; the narrative is pre-filled from
the board (who reported, who is late, refused or missing) and the units' own texts, for the office
to edit. The payload is `bkfi.report/1` with a `compiled` section naming every unit report it
compiles by UUID and SHA-256, so the next level up compiles it like any unit report, to the same totals.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bkfi_desktop.core.periods import Period
from bkfi_desktop.core.reports.content import (
    ActivityLine,
    ActivityTotal,
    Compliance,
    IndicatorLine,
    PlanInfo,
    ReportContent,
    TaskLine,
    TrainingLine,
    TrainingSummary,
    UnitInfo,
)
from bkfi_desktop.core.reports.narrative import MAX_SECTION_CHARS, SECTION_KEYS, prefill_narrative
from bkfi_desktop.core.vocabulary import (
    ACTIVITY_KIND_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    TRAINING_TOPIC_LABELS,
)
from bkfi_desktop.exchange.compilation_board import BoardRow
from bkfi_desktop.exchange.compilation_model import AcceptedReport, Compilation

_ISO = dt.date.fromisoformat


def _day(text: str | None) -> dt.date | None:
    return _ISO(text) if text else None


def _tasks(accepted: list[AcceptedReport]) -> list[TaskLine]:
    """Task by task (plan order, by code), each unit's line under it."""
    lines: list[tuple[tuple[Any, ...], int, TaskLine]] = []
    for order, report in enumerate(accepted):
        for task in report.payload["tasks"]:
            lines.append((
                _task_key(report, task), order,
                TaskLine(
                    code=task["code"],
                    group=task.get("group", ""),
                    content=f"{task['content']} — {report.unit_name}",
                    role=task["role"],
                    role_label=ROLE_LABELS.get(task["role"], task["role"]),
                    status=task["status"],
                    status_label=STATUS_LABELS.get(task["status"], task["status"]),
                    progress=task["progress"],
                    result=task.get("result", ""),
                    deadline_text=task.get("deadline_text", ""),
                    due_date=_day(task.get("due_date")),
                    subtasks_total=task.get("subtasks_total", 0),
                    subtasks_done=task.get("subtasks_done", 0),
                    activities_in_window=task.get("activities_in_window", 0),
                    plan=_plan_of(report, task),
                ),
            ))
    lines.sort(key=lambda item: (item[0], item[1]))
    return [line for _code, _order, line in lines]


def _plan_of(report: AcceptedReport, task: dict[str, Any]) -> str:
    """The task's plan key: written per task since reports cover several plans; a report from before
    names only its one plan."""
    return str(task.get("plan") or (report.payload.get("plan") or {}).get("key") or "")


def _task_key(report: AcceptedReport, task: dict[str, Any]) -> tuple[Any, ...]:
    """Lines of one plan together, by code: two plans' "1.1" are two tasks, never added up."""
    return (_plan_of(report, task), _code_key(task["code"]))


def _code_key(code: str) -> tuple[Any, ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in code.replace("-", ".").split("."))


def task_units(accepted: list[AcceptedReport]) -> list[str]:
    """The unit of each line `_tasks` makes, in the same order (the payload's `unit` of each task)."""
    lines = [
        (_task_key(report, task), order, report.unit_name)
        for order, report in enumerate(accepted)
        for task in report.payload["tasks"]
    ]
    lines.sort(key=lambda item: (item[0], item[1]))
    return [unit for _code, _order, unit in lines]


def _trainings(accepted: list[AcceptedReport]) -> list[TrainingLine]:
    lines = []
    for report in accepted:
        for item in report.payload["trainings"]:
            topics = tuple(item.get("topics", ()))
            lines.append(
                TrainingLine(
                    title=f"{item['title']} ({report.unit_name})",
                    kind=item.get("kind", "organised"),
                    topics=topics,
                    topic_labels=tuple(TRAINING_TOPIC_LABELS.get(t, t) for t in topics),
                    start_date=_ISO(item["start_date"]),
                    end_date=_day(item.get("end_date")),
                    hours=float(item.get("hours", 0)),
                    participants=int(item.get("participants", 0)),
                    place=item.get("place", ""),
                    organiser=item.get("organiser", ""),
                )
            )
    return sorted(lines, key=lambda line: line.start_date)


def _activities(accepted: list[AcceptedReport]) -> list[ActivityLine]:
    lines = [
        ActivityLine(
            date=_ISO(item["date"]), kind=item["kind"], kind_label=ACTIVITY_KIND_LABELS.get(item["kind"], item["kind"]),
            quantity=int(item["quantity"]), title=item["title"], link=item.get("link", ""), task_code=item.get("task", ""),
        )
        for report in accepted
        for item in report.payload["activities"]
    ]
    return sorted(lines, key=lambda line: line.date)


def _indicators(accepted: list[AcceptedReport]) -> list[IndicatorLine]:
    sums: dict[str, IndicatorLine] = {}
    for report in accepted:
        for item in report.payload["indicators"]:
            known = sums.get(item["code"])
            value = item.get("value")
            if known is None:
                sums[item["code"]] = IndicatorLine(item["code"], item["name"], item["measure"], value)
            elif value is not None:
                sums[item["code"]] = IndicatorLine(known.code, known.name, known.measure, (known.value or 0) + value)
    return list(sums.values())


def consolidated_content(
    compilation: Compilation, office: UnitInfo, period: Period, plan: PlanInfo | None
) -> ReportContent:
    accepted = compilation.accepted
    totals = compilation.totals
    return ReportContent(
        period=period,
        unit=office,
        plan=plan,
        tasks=_tasks(accepted),
        staff=[],
        trainings=_trainings(accepted),
        training_summary=TrainingSummary(
            count=totals.trainings.sessions, organised=totals.trainings.organised,
            attended=totals.trainings.attended, participants=totals.trainings.participants,
            hours=totals.trainings.hours, foreign_language_courses=totals.trainings.foreign_language_courses,
        ),
        activities=_activities(accepted),
        activity_totals=[
            ActivityTotal(kind.kind, kind.label, kind.entries, kind.quantity) for kind in totals.activities.values()
        ],
        indicators=_indicators(accepted),
        compliance=Compliance(
            leader_named=bool(accepted) and totals.leader_named_units == totals.units,
            officer_named=bool(accepted) and totals.officer_named_units == totals.units,
            detailed_plan=bool(accepted) and totals.detailed_plan_units == totals.units,
            reports_sent=0, previous_report="", previous_report_sent=False,
        ),
    )


def _names(rows: list[BoardRow]) -> str:
    return ", ".join(row.unit for row in rows)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_SECTION_CHARS else text[: MAX_SECTION_CHARS - 1] + "…"


def consolidated_narrative(
    content: ReportContent, compilation: Compilation, board: list[BoardRow]
) -> dict[str, str]:
    """The five sections pre-filled: the board's facts, the added-up figures, then each unit's own text."""
    base = prefill_narrative(content)
    expected = [row for row in board if row.on_roster]
    good = [row for row in board if row.status in {"on_time", "late"}]
    late = [row for row in board if row.status == "late"]
    refused = [row for row in board if row.status == "refused"]
    missing = [row for row in board if row.status == "missing"]
    results = [
        f"Trong kỳ, {content.unit.unit_name} nhận được báo cáo hợp lệ của {len(good)}"
        + (f"/{len(expected)} đơn vị phải báo cáo" if expected else " đơn vị")
        + (f": {_names(good)}." if good else ".")
    ]
    if base["results"]:
        results.append(base["results"])
    limitations = []
    if late:
        limitations.append(
            "Đơn vị nộp báo cáo muộn: " + "; ".join(f"{row.unit} ({row.days_late} ngày)" for row in late) + "."
        )
    if refused:
        limitations.append("Báo cáo bị từ chối: " + "; ".join(f"{row.unit} ({row.reason})" for row in refused) + ".")
    if missing:
        limitations.append(f"Đơn vị chưa gửi báo cáo: {_names(missing)}.")
    sections = {"results": results, "limitations": limitations, "causes": [], "directions": [], "proposals": []}
    for report in compilation.accepted:
        own = report.payload.get("narrative", {})
        for key in ("results", "limitations", "causes", "directions", "proposals"):
            text = " ".join(line.strip() for line in str(own.get(key, "")).splitlines() if line.strip())
            if text:
                sections[key].append(f"{report.unit_name}: {text}")
    if not sections["limitations"] and base["limitations"]:
        sections["limitations"].append(base["limitations"])
    return {key: _clip("\n".join(sections[key])) for key in SECTION_KEYS}


def compiled_section(compilation: Compilation, board: list[BoardRow], due: dt.date | None) -> dict[str, Any]:
    """The payload's `compiled`: every unit report compiled (UUID, SHA-256) and who is late, refused, missing."""
    status = {row.file: row for row in board if row.file}
    return {
        "due_date": due.isoformat() if due else None,
        "units": [
            {
                "unit": report.unit_name,
                "uuid": report.uuid,
                "sha256": report.sha256,
                "file": report.file,
                "number_text": report.number_text,
                "signer": report.signer or "",
                "signed_at": report.signing_time.isoformat() if report.signing_time else None,
                "days_late": status[report.file].days_late if report.file in status else 0,
            }
            for report in compilation.accepted
        ],
        "refused": [{"unit": row.unit, "reason": row.reason} for row in board if row.status == "refused"],
        "missing": [row.unit for row in board if row.status == "missing"],
    }
