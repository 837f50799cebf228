"""All ORM models, in one import. Alembic's env.py and the services import from here."""

from bkfi_desktop.core.store.base import Base, JsonText, utc_now
from bkfi_desktop.core.store.plan_models import Plan, Task, TaskGroup, TaskUnit, Unit
from bkfi_desktop.core.store.record_models import Activity, Indicator, TrainingSession, training_participant
from bkfi_desktop.core.store.report_models import AuditEntry, Report
from bkfi_desktop.core.store.roster_models import AcceptedSigner, PeriodDeadline, ReceivedReport, RosterEntry
from bkfi_desktop.core.store.work_models import (
    Assignment,
    DetailedPlan,
    Evidence,
    Profile,
    Staff,
    StaffRoleHistory,
    SubTask,
)

__all__ = [
    "AcceptedSigner",
    "Activity",
    "Assignment",
    "AuditEntry",
    "Base",
    "DetailedPlan",
    "Evidence",
    "Indicator",
    "JsonText",
    "PeriodDeadline",
    "Plan",
    "Profile",
    "ReceivedReport",
    "Report",
    "RosterEntry",
    "Staff",
    "StaffRoleHistory",
    "SubTask",
    "Task",
    "TaskGroup",
    "TaskUnit",
    "TrainingSession",
    "Unit",
    "training_participant",
    "utc_now",
]
