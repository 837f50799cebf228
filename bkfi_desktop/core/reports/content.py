"""What a report says, compiled from the window: plain data that the PDF, the appendix and the payload share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bkfi_desktop.core.periods import Period
from bkfi_desktop.core.plan_topic import DEFAULT_TOPIC as DEFAULT_TOPIC  # the seed plan's topic
from bkfi_desktop.core.plan_topic import join_topics as join_topics


@dataclass(frozen=True)
class UnitInfo:
    """The issuing unit and everything printed on the document that is not counted."""

    unit_name: str
    parent_agency: str
    place_name: str
    number_prefix: str
    signer_name: str
    signer_position: str
    signer_authority: str
    receiving_office: str
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class PlanInfo:
    key: str
    number: str
    issued_on: dt.date | None
    issuer: str
    title: str
    topic: str = DEFAULT_TOPIC  # what the plan is about, in the words the report uses


@dataclass(frozen=True)
class TaskLine:
    code: str
    group: str  # "I. Tăng cường …"
    content: str
    role: str  # lead | support | implement
    role_label: str
    status: str
    status_label: str
    progress: int
    result: str
    deadline_text: str
    due_date: dt.date | None
    subtasks_total: int
    subtasks_done: int
    activities_in_window: int
    plan: str = ""  # the plan's key: the compiling office adds a code up only with the same plan's


@dataclass(frozen=True)
class StaffLine:
    name: str
    title: str
    role: str  # leader | officer | member
    role_label: str
    from_date: dt.date | None
    to_date: dt.date | None


@dataclass(frozen=True)
class TrainingLine:
    title: str
    kind: str  # organised | attended
    topics: tuple[str, ...]
    topic_labels: tuple[str, ...]
    start_date: dt.date
    end_date: dt.date | None
    hours: float
    participants: int  # the unit's staff plus external participants
    place: str
    organiser: str

    @property
    def foreign_language(self) -> bool:
        return "foreign_language" in self.topics


@dataclass(frozen=True)
class TrainingSummary:
    count: int
    organised: int
    attended: int
    participants: int
    hours: float
    foreign_language_courses: int


@dataclass(frozen=True)
class ActivityLine:
    date: dt.date
    kind: str
    kind_label: str
    quantity: int
    title: str
    link: str
    task_code: str
    plan: str = ""  # the key of its task's plan ("" when linked to no task)


@dataclass(frozen=True)
class ActivityTotal:
    kind: str
    label: str
    entries: int
    quantity: int


@dataclass(frozen=True)
class PlanActivity:
    """A whole-work report's activities of one plan (key "" for those linked to no task)."""

    plan: str
    name: str
    entries: int
    quantity: int


@dataclass(frozen=True)
class LeftOut:
    """What a report on one plan among several leaves to the unit's whole-work report (see scope.py)."""

    activities: int  # entries linked to no task
    quantity: int
    trainings: int
    indicators: int = 0  # the unit's indicators are tied to no plan either


@dataclass(frozen=True)
class IndicatorLine:
    code: str
    name: str
    measure: str
    value: float | None  # None: the program cannot count this indicator by itself


@dataclass(frozen=True)
class Compliance:
    leader_named: bool
    officer_named: bool
    detailed_plan: bool  # the unit broke its tasks into its own steps (sub-tasks)
    reports_sent: int  # earlier reports of this workspace marked sent
    previous_report: str  # code of the report before this one
    previous_report_sent: bool


@dataclass
class ReportContent:
    period: Period
    unit: UnitInfo
    plan: PlanInfo | None
    tasks: list[TaskLine] = field(default_factory=list)
    staff: list[StaffLine] = field(default_factory=list)
    trainings: list[TrainingLine] = field(default_factory=list)
    training_summary: TrainingSummary = field(default_factory=lambda: TrainingSummary(0, 0, 0, 0, 0.0, 0))
    activities: list[ActivityLine] = field(default_factory=list)
    activity_totals: list[ActivityTotal] = field(default_factory=list)
    indicators: list[IndicatorLine] = field(default_factory=list)
    compliance: Compliance = field(default_factory=lambda: Compliance(False, False, False, 0, "", False))
    # Every plan the report covers: one when it is about one plan (`plan`), else each with a section.
    plans: list[PlanInfo] = field(default_factory=list)
    # The whole work over several plans: its activities plan by plan (they add up to activity_totals).
    activity_by_plan: list[PlanActivity] = field(default_factory=list)
    left_out: LeftOut | None = None  # one plan among several: the general work it does not count

    @property
    def activity_entries(self) -> int:
        return sum(total.entries for total in self.activity_totals)

    @property
    def activity_quantity(self) -> int:
        return sum(total.quantity for total in self.activity_totals)

    @property
    def topic(self) -> str:
        """What the report is about: its plan's topic, or every covered plan's ("… và …")."""
        plans = self.plans or ([self.plan] if self.plan else [])
        return join_topics([plan.topic for plan in plans])

    def people(self, role: str) -> list[StaffLine]:
        return [line for line in self.staff if line.role == role]
