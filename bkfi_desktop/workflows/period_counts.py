"""The numbers a period's report will print, and its data-made narrative: what the Báo cáo page shows
before building. Read-only; plain data (no ORM objects), so the result may cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass

from bkfi_desktop.core.periods import Period
from bkfi_desktop.core.reports import compile_content, prefill_narrative
from bkfi_desktop.core.reports.registry import period_for
from bkfi_desktop.core.reports.scope import left_out_activities, left_out_indicators, left_out_trainings
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.progress import Progress


@dataclass(frozen=True)
class KindCount:
    label: str
    entries: int
    quantity: int


@dataclass(frozen=True)
class PeriodCounts:
    period: Period
    tasks: int
    tasks_done: int
    tasks_in_progress: int
    tasks_lead: int
    trainings: int
    participants: int
    hours: float
    foreign_language_courses: int
    leaders: tuple[str, ...]
    officers: tuple[str, ...]
    activities: tuple[KindCount, ...]
    prefill: dict[str, str]
    # One plan among several: what its report leaves to the whole-work report, as the PDF says it.
    notes: tuple[str, ...] = ()

    @property
    def activity_entries(self) -> int:
        return sum(kind.entries for kind in self.activities)

    @property
    def activity_quantity(self) -> int:
        return sum(kind.quantity for kind in self.activities)


def count_period(
    workspace: Workspace, period_code: str, progress: Progress | None = None, plan: str | None = None
) -> PeriodCounts:
    """The numbers the report of period_code will print (about one plan, or None: the whole work), and
    its data-made narrative."""
    if progress is not None:
        progress.check_cancelled()
    with workspace.session() as session:
        period = period_for(session, period_code)
        content = compile_content(session, period, plan)
        session.rollback()
    tasks = content.tasks
    summary = content.training_summary
    return PeriodCounts(
        period=period,
        tasks=len(tasks),
        tasks_done=sum(1 for task in tasks if task.status == "done"),
        tasks_in_progress=sum(1 for task in tasks if task.status == "in_progress"),
        tasks_lead=sum(1 for task in tasks if task.role == "lead"),
        trainings=summary.count,
        participants=summary.participants,
        hours=summary.hours,
        foreign_language_courses=summary.foreign_language_courses,
        leaders=tuple(person.name for person in content.people("leader")),
        officers=tuple(person.name for person in content.people("officer")),
        activities=tuple(KindCount(t.label, t.entries, t.quantity) for t in content.activity_totals),
        prefill=prefill_narrative(content),
        notes=tuple(text for text in (left_out_activities(content), left_out_trainings(content),
                                      left_out_indicators(content)) if text),
    )
