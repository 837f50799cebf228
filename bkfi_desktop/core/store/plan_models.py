"""The plan a unit receives: its task groups, tasks, and which units lead, support or implement them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bkfi_desktop.core.store.base import Base, JsonText, utc_now

DEFAULT_TOPIC = "thông tin đối ngoại"


class Plan(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    number: Mapped[str] = mapped_column(String(80), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    year: Mapped[int | None] = mapped_column(Integer)
    issuer: Mapped[str] = mapped_column(String(300), default="")
    parent_agency: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    signer: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    recipients: Mapped[list[str] | None] = mapped_column(JsonText)
    source_name: Mapped[str] = mapped_column(String(300), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    # What the plan is about, in the words a report uses ("thông tin đối ngoại", "chuyển đổi số").
    topic: Mapped[str] = mapped_column(String(200), default=DEFAULT_TOPIC, server_default=DEFAULT_TOPIC)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # kept, read-only, out of today's lists

    groups: Mapped[list[TaskGroup]] = relationship(
        back_populates="plan", order_by="TaskGroup.position", cascade="all, delete-orphan"
    )
    tasks: Mapped[list[Task]] = relationship(back_populates="plan", order_by="Task.position")


class TaskGroup(Base):
    __tablename__ = "task_group"
    __table_args__ = (UniqueConstraint("plan_id", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    ordinal: Mapped[str] = mapped_column(String(20))
    section: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[Plan] = relationship(back_populates="groups")
    tasks: Mapped[list[Task]] = relationship(back_populates="group", order_by="Task.position")


class Task(Base):
    __tablename__ = "task"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("task_group.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str] = mapped_column(Text, default="")
    deadline_text: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    recurrence: Mapped[str] = mapped_column(String(20), default="none")
    note: Mapped[str] = mapped_column(Text, default="")
    # A task gone from a re-imported list is withdrawn, never deleted: its history stays.
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    group: Mapped[TaskGroup] = relationship(back_populates="tasks")
    unit_links: Mapped[list[TaskUnit]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskUnit.id"
    )


class Unit(Base):
    """A unit, or a collective reference ("UBND các xã, phường") that covers whole categories."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # fold_for_match(name): the identity used when matching names from imported files.
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    short_name: Mapped[str] = mapped_column(String(120), default="")
    category: Mapped[str] = mapped_column(String(30), default="khac")
    covers: Mapped[list[str] | None] = mapped_column(JsonText)
    aliases: Mapped[list[str] | None] = mapped_column(JsonText)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)

    task_links: Mapped[list[TaskUnit]] = relationship(back_populates="unit")


class TaskUnit(Base):
    __tablename__ = "task_unit"
    __table_args__ = (
        UniqueConstraint("task_id", "unit_id", "role"),
        Index("ix_task_unit_unit_role", "unit_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(12))

    task: Mapped[Task] = relationship(back_populates="unit_links")
    unit: Mapped[Unit] = relationship(back_populates="task_links")
