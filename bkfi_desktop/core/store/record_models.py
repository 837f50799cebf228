"""Dated records the report counts: trainings, activities, and the indicators that count them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Column, Date, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bkfi_desktop.core.store.base import Base, JsonText, utc_now
from bkfi_desktop.core.store.work_models import Staff

training_participant = Table(
    "training_participant",
    Base.metadata,
    Column("training_id", ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True),
)


class TrainingSession(Base):
    __tablename__ = "training_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(12), default="attended")  # organised | attended
    topics: Mapped[list[str] | None] = mapped_column(JsonText)  # ttdn, foreign_language, digital_skills, …
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    place: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(String(12), default="in_person")  # in_person | online
    external_participants: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[Staff]] = relationship(secondary=training_participant)


class Activity(Base):
    __tablename__ = "activity"
    # quantity too: activity_totals sums it per kind over a date range from the index alone.
    __table_args__ = (Index("ix_activity_date_kind_quantity", "date", "kind", "quantity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(Text, default="")
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    # fold_for_search(title): lets the search box ignore diacritics and case in SQL. Last and with a
    # server default, as migration 0002 added it (a new workspace is created from these models).
    title_key: Mapped[str] = mapped_column(Text, default="", server_default="")


class Indicator(Base):
    """What the report counts and how: e.g. the sum of activities of some kinds."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(String(40), default="")  # tin/bài, lượt, người…
    source: Mapped[str] = mapped_column(String(30))  # activities | trainings | training_participants | …
    params: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    position: Mapped[int] = mapped_column(Integer, default=0)
