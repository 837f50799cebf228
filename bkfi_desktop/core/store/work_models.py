"""The unit's own records: its profile, its work on each task, its staff and evidence."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bkfi_desktop.core.store.base import Base, JsonText, utc_now

if TYPE_CHECKING:
    from bkfi_desktop.core.store.plan_models import Task


class Profile(Base):
    """This workspace: one row. Everything printed on a report that is not counted comes from here."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="unit")  # unit | compiling
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    unit_name: Mapped[str] = mapped_column(String(300), default="")
    parent_agency: Mapped[str] = mapped_column(String(300), default="")
    place_name: Mapped[str] = mapped_column(String(120), default="")
    number_prefix: Mapped[str] = mapped_column(String(40), default="UBND")
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    signer_position: Mapped[str] = mapped_column(String(120), default="")
    signer_authority: Mapped[str] = mapped_column(String(120), default="")
    receiving_office: Mapped[str] = mapped_column(String(300), default="")
    recipients: Mapped[list[str] | None] = mapped_column(JsonText)
    # Cut-off windows (Nghị định 09/2019 by default): {"start_day": 15, "start_month_offset": ...}
    cutoff: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    signature_image: Mapped[str] = mapped_column(Text, default="")
    seal_image: Mapped[str] = mapped_column(Text, default="")
    pkcs11_library: Mapped[str] = mapped_column(Text, default="")
    timestamp_url: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(10), default="vi")


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(120), default="")  # chức vụ
    ttdn_role: Mapped[str] = mapped_column(String(12), default="member")  # leader | officer | member
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    from_date: Mapped[dt.date | None] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date)  # left the unit or the role
    note: Mapped[str] = mapped_column(Text, default="")

    role_history: Mapped[list[StaffRoleHistory]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", order_by="StaffRoleHistory.id"
    )


class StaffRoleHistory(Base):
    """Who held which TTĐN role when: reports for past periods must name the people of that time."""

    __tablename__ = "staff_role_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    ttdn_role: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(120), default="")
    from_date: Mapped[dt.date | None] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date)

    staff: Mapped[Staff] = relationship(back_populates="role_history")


class Assignment(Base):
    """The unit's work on one task of the plan. Re-importing the plan never touches it."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    own_due_date: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    task: Mapped[Task] = relationship()
    owner: Mapped[Staff | None] = relationship()
    subtasks: Mapped[list[SubTask]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", order_by="SubTask.position"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", order_by="Evidence.id"
    )


class SubTask(Base):
    """A step of the unit's own detailed plan for a task."""

    __tablename__ = "subtask"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))

    assignment: Mapped[Assignment] = relationship(back_populates="subtasks")
    owner: Mapped[Staff | None] = relationship()


class DetailedPlan(Base):
    """The unit's own Kế hoạch chi tiết for one plan: the texts a clerk edits and the budget estimates."""

    __tablename__ = "detailed_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), unique=True)
    texts: Mapped[dict[str, Any] | None] = mapped_column(JsonText)  # section key -> text
    budget: Mapped[dict[str, Any] | None] = mapped_column(JsonText)  # task code -> estimate (VND)
    extra_items: Mapped[list[dict[str, Any]] | None] = mapped_column(JsonText)  # the unit's own activities
    number: Mapped[int | None] = mapped_column(Integer)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    uuid: Mapped[str] = mapped_column(String(36), default="", server_default="")
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utc_now, onupdate=utc_now, server_default=func.current_timestamp()
    )


class Evidence(Base):
    """A file copied into the data folder (with its hash) or a link, proving work was done."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="file")  # file | link
    label: Mapped[str] = mapped_column(Text, default="")
    original_name: Mapped[str] = mapped_column(Text, default="")
    stored_path: Mapped[str] = mapped_column(Text, default="")  # relative to the evidence folder
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    url: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    assignment: Mapped[Assignment | None] = relationship(back_populates="evidence")
