"""Reports issued by the unit, and the audit log of every change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bkfi_desktop.core.store.base import Base, JsonText, utc_now


class Report(Base):
    __tablename__ = "report"
    # A document number, once issued, is never reused within its year.
    __table_args__ = (UniqueConstraint("year", "number", name="year_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    period: Mapped[str] = mapped_column(String(12), index=True)  # 2025-H1, 2025-Y, 2025-Q3
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft | issued | signed | sent
    narrative: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    pdf_path: Mapped[str] = mapped_column(Text, default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    xlsx_path: Mapped[str] = mapped_column(Text, default="")
    signed_path: Mapped[str] = mapped_column(Text, default="")
    signed_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    # The plan the report is about (its key), or None: the unit's whole work, one section per plan.
    # Last, as migration 0008 added it: a new workspace's table is the same as an upgraded one's.
    plan_key: Mapped[str | None] = mapped_column(String(120), default=None)


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(40))  # create | update | delete | import | report | sign
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
