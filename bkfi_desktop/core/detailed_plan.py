"""The unit's Kế hoạch chi tiết: what it prints, compiled from its tasks, sub-tasks, owners and own items.

Section IV.3 of the city plan asks every unit first to "build a detailed plan to implement the tasks
assigned". The content here is plain data that the PDF, the .docx and the embedded payload share.
The editable texts have defaults written from the data, so a clerk can issue the plan unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bkfi_desktop.core.plan_payload import SCHEMA_ID
from bkfi_desktop.core.reports.compile import unit_info
from bkfi_desktop.core.reports.content import PlanInfo, UnitInfo
from bkfi_desktop.core.reports.document_info import DocumentInfo, format_number_text
from bkfi_desktop.core.reports.plan_title import quoted_title
from bkfi_desktop.core.store.models import Assignment, DetailedPlan, Plan, SubTask, Task
from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.errors import InvalidInputError, NotFoundError

DOCUMENT_KIND = "KH"  # Kế hoạch
TEXT_KEYS = ("subject", "intro", "purpose", "requirements", "budget_note", "organisation")


@dataclass(frozen=True)
class SubtaskLine:
    id: int
    title: str
    due_date: dt.date | None
    owner: str
    done: bool


@dataclass(frozen=True)
class PlanRow:
    """One row of "II. NHIỆM VỤ CỤ THỂ": a task of the city plan, or one of the unit's own items (code "")."""

    code: str
    group: str  # "I. Tăng cường …"; the unit's own items: ""
    task: str
    content: str  # what the unit does about it (its result so far or the task's details)
    lead: str
    support: str
    deadline: str
    product: str
    budget: int | None = None
    subtasks: tuple[SubtaskLine, ...] = ()
    owner: str = ""  # the staff member in charge of the task


@dataclass(frozen=True)
class DetailedPlanContent:
    unit: UnitInfo
    plan: PlanInfo
    document: DocumentInfo
    texts: dict[str, str]
    rows: tuple[PlanRow, ...]
    duties: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())  # (person, task codes) for part IV

    @property
    def budget_rows(self) -> list[PlanRow]:
        return [row for row in self.rows if row.budget]

    @property
    def budget_total(self) -> int:
        return sum(row.budget or 0 for row in self.rows)

    def to_payload(self) -> dict[str, Any]:
        """The data embedded in the PDF (covered by the signature), versioned like the report payload."""
        return {
            "schema": SCHEMA_ID,
            "uuid": self.document.uuid,
            "unit": self.unit.unit_name,
            "parent_agency": self.unit.parent_agency,
            "plan": {"key": self.plan.key, "number": self.plan.number, "title": self.plan.title},
            "number_text": self.document.number_text,
            "issued_on": self.document.issued_on.isoformat(),
            "subject": self.document.subject,
            "rows": [
                {
                    "code": row.code,
                    "task": row.task,
                    "content": row.content,
                    "lead": row.lead,
                    "support": row.support,
                    "deadline": row.deadline,
                    "product": row.product,
                    "budget": row.budget,
                    "subtasks": [
                        {
                            "title": sub.title,
                            "due_date": sub.due_date.isoformat() if sub.due_date else None,
                            "owner": sub.owner,
                            "done": sub.done,
                        }
                        for sub in row.subtasks
                    ],
                }
                for row in self.rows
            ],
            "budget_total": self.budget_total,
        }


def find_plan(session: Session, key: str | None) -> Plan:
    """The plan named by key; without one, the plan the unit's current tasks come from (the newest)."""
    if key:
        plan = session.scalar(select(Plan).where(Plan.key == key.strip()))
        if plan is None:
            keys = ", ".join(session.scalars(select(Plan.key).order_by(Plan.id))) or "chưa có"
            raise NotFoundError(f"Không có kế hoạch mã “{key}” (các kế hoạch đã nhập: {keys}).")
        return plan
    plan = session.scalar(select(Plan).join(Task).where(Task.withdrawn_at.is_(None)).order_by(Plan.id.desc()).limit(1))
    if plan is None:
        raise InvalidInputError("Chưa có kế hoạch nào; hãy nhập danh sách nhiệm vụ trước khi lập kế hoạch chi tiết.")
    return plan


def plan_reference(plan: PlanInfo) -> str:
    """ "Kế hoạch số 123/KH-UBND ngày 05/03/2024 của UBND thành phố Bắc Kạn"."""
    number = plan.number.strip()
    text = "Kế hoạch" + (f" số {number}" if number and not number.startswith("/") else "")
    if plan.issued_on:
        text += f" ngày {plan.issued_on.strftime('%d/%m/%Y')}"
    if plan.issuer:
        text += f" của {plan.issuer}"
    return text


def default_texts(unit: UnitInfo, plan: PlanInfo) -> dict[str, str]:
    reference = plan_reference(plan)
    about = quoted_title(plan.title)  # as written: lower-casing broke all-caps titles
    return {
        "subject": f"Triển khai thực hiện {reference}{about}",
        "intro": f"Thực hiện {reference}{about}, {unit.unit_name} xây dựng Kế hoạch chi tiết triển khai "
        "thực hiện như sau:",
        "purpose": f"Triển khai đầy đủ, kịp thời, có hiệu quả các nhiệm vụ được giao tại {reference}.\n"
        f"Nâng cao nhận thức và trách nhiệm của cán bộ, công chức đối với công tác {plan.topic}.",
        "requirements": "Xác định rõ nội dung, thời hạn hoàn thành, người chủ trì và sản phẩm của từng nhiệm vụ; "
        "gắn với nhiệm vụ chính trị của đơn vị.\n"
        "Định kỳ 6 tháng, hằng năm đánh giá, báo cáo kết quả thực hiện theo quy định.",
        "budget_note": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách hằng năm của đơn vị "
        "theo phân cấp hiện hành và các nguồn kinh phí hợp pháp khác.",
        "organisation": "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, cán bộ, công chức "
        f"kịp thời báo cáo lãnh đạo {unit.unit_name} để xem xét, chỉ đạo giải quyết.",
    }


def _deadline(due: dt.date | None, text: str) -> str:
    return due.strftime("%d/%m/%Y") if due else text


def _rows(session: Session, plan: Plan, own_name: str, budget: dict[str, Any]) -> list[PlanRow]:
    plan_task_ids = set(session.scalars(select(Task.id).where(Task.plan_id == plan.id)))
    views = [v for v in list_tasks(session, mine_only=True) if v.id in plan_task_ids and v.my_role]
    subtasks: dict[int, list[SubTask]] = {}
    for assignment in session.scalars(
        select(Assignment).options(selectinload(Assignment.subtasks).selectinload(SubTask.owner))
    ):
        subtasks[assignment.task_id] = list(assignment.subtasks)
    rows = []
    for view in views:
        owner = view.assignment.owner if view.assignment and view.assignment.owner else ""
        if view.my_role == "support":
            lead = "; ".join(view.lead_units) or own_name
            support = own_name + (f" ({owner})" if owner else "")
        else:
            lead = own_name + (f" ({owner})" if owner else "")
            support = "; ".join(view.support_units)
        subs = tuple(
            SubtaskLine(s.id, s.title, s.due_date, s.owner.full_name if s.owner else "", s.done)
            for s in subtasks.get(view.id, [])
        )
        result = view.assignment.result if view.assignment else ""
        rows.append(
            PlanRow(
                code=view.code,
                group=f"{view.group}. {view.group_title}".strip(". "),
                task=view.content,
                content=view.details or result,
                lead=lead,
                support=support,
                deadline=_deadline(view.effective_due_date, view.deadline_text),
                product=view.product,
                budget=_amount(budget.get(view.code)),
                subtasks=subs,
                owner=owner or "",
            )
        )
    return rows


def _amount(value: Any) -> int | None:
    try:
        amount = int(value)
    except (TypeError, ValueError):
        return None
    return amount if amount > 0 else None


def _extra_rows(items: list[dict[str, Any]], own_name: str) -> list[PlanRow]:
    return [
        PlanRow(
            code="",
            group="",
            task=str(item.get("task", "")).strip(),
            content=str(item.get("content", "")).strip(),
            lead=str(item.get("lead", "")).strip() or own_name,
            support=str(item.get("support", "")).strip(),
            deadline=str(item.get("deadline", "")).strip(),
            product=str(item.get("product", "")).strip(),
            budget=_amount(item.get("budget")),
        )
        for item in items
        if str(item.get("task", "")).strip()
    ]


def _duties(rows: list[PlanRow]) -> list[tuple[str, tuple[str, ...]]]:
    """Who does what: each person in charge of a task or of a sub-task, with the task codes, in plan order."""
    people: dict[str, list[str]] = {}
    for row in rows:
        for person in (row.owner, *(sub.owner for sub in row.subtasks)):
            if person and row.code and row.code not in people.setdefault(person, []):
                people[person].append(row.code)
    return [(name, tuple(codes)) for name, codes in people.items()]


def compile_detailed_plan(
    session: Session, plan_key: str | None = None, *, issued_on: dt.date | None = None
) -> DetailedPlanContent:
    plan = find_plan(session, plan_key)
    unit = unit_info(session)
    info = PlanInfo(key=plan.key, number=plan.number, issued_on=plan.issued_on, issuer=plan.issuer, title=plan.title,
                    topic=plan.topic)
    stored = session.scalar(select(DetailedPlan).where(DetailedPlan.plan_id == plan.id))
    texts = default_texts(unit, info)
    for key, value in ((stored.texts or {}) if stored else {}).items():
        if key in texts and str(value).strip():
            texts[key] = str(value).strip()
    budget = (stored.budget or {}) if stored else {}
    rows = _rows(session, plan, unit.unit_name, budget)
    rows += _extra_rows((stored.extra_items or []) if stored else [], unit.unit_name)
    day = issued_on or (stored.issued_on if stored else None) or dt.date.today()
    number = stored.number if stored else None
    document = DocumentInfo(
        uuid=(stored.uuid if stored and stored.uuid else ""),
        number=number,
        number_text=format_number_text(number, unit.number_prefix, DOCUMENT_KIND),
        issued_on=day,
        subject=texts["subject"],
    )
    return DetailedPlanContent(unit, info, document, texts, tuple(rows), tuple(_duties(rows)))
