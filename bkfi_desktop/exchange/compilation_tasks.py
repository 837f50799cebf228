"""The per-task view of a compile: for each task of the plan, what each responsible unit reported
(status, progress, result) — the table the compiling office writes its assessment from.

Built once from the accepted payloads (what the units signed, nothing else) and, when the office's
workspace knows the plan, its tasks and the units with a role in each (`core.task_duties`): a unit
with a role that did not report the task is listed as missing, saying why (no report yet, report
refused, or its report does not name the task). Pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bkfi_desktop.core.task_duties import DutyUnit, TaskDuty, unit_keys
from bkfi_desktop.core.vocabulary import ROLE_LABELS, STATUS_LABELS
from bkfi_desktop.exchange.compilation_board import BoardRow
from bkfi_desktop.exchange.compilation_model import AcceptedReport, Compilation

MISSING = "missing"
MISSING_LABEL = "Chưa báo cáo"
NOT_SENT = "Đơn vị chưa nộp báo cáo kỳ này."
NOT_NAMED = "Báo cáo của đơn vị không nêu nhiệm vụ này."


@dataclass(frozen=True)
class TaskUnitLine:
    unit: str
    role: str
    status: str  # the unit's task status (not_started | in_progress | done | blocked …) or "missing"
    progress: int | None  # percent; None when the unit did not report the task
    result: str
    note: str = ""  # why a unit is missing; for a reported line, e.g. that its report was late

    @property
    def reported(self) -> bool:
        return self.status != MISSING

    @property
    def status_label(self) -> str:
        return MISSING_LABEL if self.status == MISSING else STATUS_LABELS.get(self.status, self.status)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "role": self.role,
            "role_label": self.role_label,
            "status": self.status,
            "status_label": self.status_label,
            "progress": self.progress,
            "result": self.result,
            "reported": self.reported,
            "note": self.note,
        }


@dataclass(frozen=True)
class TaskRow:
    plan: str
    code: str
    group: str
    title: str
    deadline_text: str
    units: tuple[TaskUnitLine, ...]

    @property
    def reported(self) -> int:
        return sum(line.reported for line in self.units)

    @property
    def missing(self) -> int:
        return len(self.units) - self.reported

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan": self.plan,
            "code": self.code,
            "group": self.group,
            "title": self.title,
            "deadline_text": self.deadline_text,
            "reported": self.reported,
            "missing": self.missing,
            "units": [line.to_dict() for line in self.units],
        }


def plan_of(report: AcceptedReport, task: dict[str, Any]) -> str:
    """A task's plan key: written per task when a report covers several plans, else the report's plan."""
    return str(task.get("plan") or (report.payload.get("plan") or {}).get("key") or "")


def code_key(code: str) -> tuple[Any, ...]:
    """"1.2" before "1.10", digits before "IV": the plan's own order of codes."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in code.replace("-", ".").split("."))


def _board_note(row: BoardRow | None) -> str:
    if row is None or row.status == "missing":
        return NOT_SENT
    if row.status == "refused":
        return f"Báo cáo của đơn vị bị từ chối ({row.reason})."
    return NOT_NAMED


def _find_row(board: Sequence[BoardRow], unit: DutyUnit) -> BoardRow | None:
    return next((row for row in board if unit_keys(row.unit) & unit.keys), None)


def plans_reported(compilation: Compilation) -> list[str]:
    """The plan keys the accepted reports' tasks belong to, first seen first."""
    keys = [plan_of(report, task) for report in compilation.accepted for task in report.payload["tasks"]]
    return [key for key in dict.fromkeys(keys) if key]


def build_task_view(
    compilation: Compilation, board: Sequence[BoardRow] = (), duties: Sequence[TaskDuty] = ()
) -> list[TaskRow]:
    """One row per task (the plans' order, then by code), its reporting units first (the accepted
    reports' order), then the units with a role in `duties` that did not report it — those the board
    expects (on the roster, or that sent something), when there is a board."""
    heads: dict[tuple[str, str], tuple[str, str, str]] = {}  # (plan, code) → group, title, deadline
    lines: dict[tuple[str, str], list[tuple[frozenset[str], TaskUnitLine]]] = {}
    for duty in duties:
        heads.setdefault((duty.plan, duty.code), (duty.group, duty.title, duty.deadline_text))
    late = {row.file: row.days_late for row in board if row.status == "late" and row.file}
    for report in compilation.accepted:
        keys = unit_keys(report.unit_name)
        note = f"Báo cáo nộp muộn {late[report.file]} ngày." if report.file in late else ""
        for task in report.payload["tasks"]:
            key = (plan_of(report, task), task["code"])
            heads.setdefault(key, (task.get("group", ""), task["content"], task.get("deadline_text", "")))
            known = lines.setdefault(key, [])
            if any(seen & keys for seen, _line in known):
                continue  # one line per unit and task
            progress = max(0, min(100, int(task.get("progress", 0))))
            line = TaskUnitLine(report.unit_name, task["role"], task["status"], progress, task.get("result", ""), note)
            known.append((keys, line))
    for duty in duties:
        known = lines.setdefault((duty.plan, duty.code), [])
        for unit in duty.units:
            if any(seen & unit.keys for seen, _line in known):
                continue
            row = _find_row(board, unit)
            if board and row is None:
                continue  # not expected this period: left off (or excused from) the office's roster
            known.append((unit.keys, TaskUnitLine(unit.name, unit.role, MISSING, None, "", _board_note(row))))
    plan_order = {plan: index for index, plan in enumerate(dict.fromkeys(plan for plan, _code in heads))}
    rows = [
        TaskRow(plan, code, *heads[(plan, code)], tuple(line for _keys, line in lines.get((plan, code), [])))
        for plan, code in heads
    ]
    rows.sort(key=lambda row: (plan_order[row.plan], code_key(row.code)))
    return rows


# --- the workbook sheet (exchange/compilation_xlsx.py writes it like its other sheets) -------------

SHEET_TITLE = "Theo nhiệm vụ"


def sheet_columns(rows: Sequence[TaskRow]) -> list[tuple[str, float]]:
    several = len({row.plan for row in rows}) > 1
    return [
        ("TT", 6), *((("Kế hoạch", 18),) if several else ()), ("Mã nhiệm vụ", 10), ("Nhiệm vụ", 46),
        ("Đơn vị", 30), ("Vai trò", 11), ("Tình trạng", 14), ("Tiến độ (%)", 9), ("Kết quả", 60), ("Ghi chú", 30),
    ]


def sheet_rows(rows: Sequence[TaskRow]) -> list[list[Any]]:
    several = len({row.plan for row in rows}) > 1
    out: list[list[Any]] = []
    for row in rows:
        for line in row.units:
            out.append([
                len(out) + 1, *((row.plan,) if several else ()), row.code, row.title, line.unit, line.role_label,
                line.status_label, line.progress, line.result, line.note,
            ])
    return out
