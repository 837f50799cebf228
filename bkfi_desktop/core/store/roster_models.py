"""The compiling office's roster (who must report for a plan and period) and its own deadlines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from bkfi_desktop.core.store.base import Base, utc_now


class RosterEntry(Base):
    """One unit expected (or, with ``required`` false, excused) to report for a period of a plan."""

    __tablename__ = "roster_entry"
    __table_args__ = (UniqueConstraint("period", "plan_key", "unit_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(12), index=True)
    plan_key: Mapped[str] = mapped_column(String(120), default="", server_default="")  # "" when the workspace has one plan
    unit_name: Mapped[str] = mapped_column(String(300))
    unit_key: Mapped[str] = mapped_column(String(300))  # fold_for_match(unit_name)
    required: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class PeriodDeadline(Base):
    """The office's cut-off for units' reports of a period (else the Nghị định 09 due date)."""

    __tablename__ = "period_deadline"

    period: Mapped[str] = mapped_column(String(12), primary_key=True)
    due_date: Mapped[dt.date] = mapped_column(Date)


class ReceivedReport(Base):
    """What the last compile of a period found for a unit (the board's row), so a reminder and the
    board can be made again later without the files."""

    __tablename__ = "received_report"
    __table_args__ = (UniqueConstraint("period", "unit_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(12), index=True)
    unit_name: Mapped[str] = mapped_column(String(300))
    unit_key: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(12))  # on_time | late | refused
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    file: Mapped[str] = mapped_column(Text, default="", server_default="")
    signer: Mapped[str] = mapped_column(String(300), default="", server_default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    report_uuid: Mapped[str] = mapped_column(String(36), default="", server_default="")
    sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AcceptedSigner(Base):
    """A signer the office accepted for a unit although the certificate names another organisation
    (a leader who signs for two units): that unit's reports signed by them are counted."""

    __tablename__ = "accepted_signer"
    __table_args__ = (UniqueConstraint("unit_key", "signer_key", "organisation_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_name: Mapped[str] = mapped_column(String(300))
    unit_key: Mapped[str] = mapped_column(String(300))  # fold_for_match(unit_name)
    signer: Mapped[str] = mapped_column(String(300))  # the certificate holder's name
    signer_key: Mapped[str] = mapped_column(String(300))
    organisations: Mapped[str] = mapped_column(Text, default="", server_default="")  # the certificate's O / OU, "; "
    organisation_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    file: Mapped[str] = mapped_column(Text, default="", server_default="")  # the report that was accepted
    accepted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
