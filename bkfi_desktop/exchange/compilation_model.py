"""What a compilation holds: the units accepted, the files refused and why, and the consolidated figures.

Figures come from each accepted payload's own summaries (`activity_totals`, `training_summary`,
`compliance`) and its task list: the compiling office adds up what the units signed, nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bkfi_desktop.core.vocabulary import ACTIVITY_KIND_LABELS, STATUS_LABELS
from bkfi_desktop.documents.signing.certificates import VIETNAM_TZ

# Stable codes (CLI --json, tests); the Vietnamese reason travels beside them.
REFUSAL_LABELS: dict[str, str] = {
    "unreadable": "Không đọc được tệp",
    "not_signed": "Chưa ký số",
    "altered": "Bị sửa sau khi ký",
    "untrusted": "Chữ ký không được tin cậy",
    "no_payload": "Không có dữ liệu báo cáo",
    "payload_not_covered": "Dữ liệu báo cáo nằm ngoài phần đã ký",
    "wrong_schema": "Dữ liệu báo cáo sai cấu trúc",
    "invalid_signature": "Chữ ký không hợp lệ",
    "other_period": "Khác kỳ báo cáo",
    "duplicate_uuid": "Trùng mã báo cáo",
    "duplicate_unit": "Đơn vị gửi hai lần",
    "revoked": "Chứng thư đã bị thu hồi",
    "signer_mismatch": "Người ký không thuộc đơn vị",
    "too_deep": "Tệp lồng nhau quá sâu",
    "too_big": "Tệp cần quá nhiều bộ nhớ",
    "too_slow": "Kiểm tra tệp quá lâu",
}


@dataclass(frozen=True)
class KindTotal:
    kind: str
    label: str
    entries: int
    quantity: int


@dataclass(frozen=True)
class TrainingFigures:
    sessions: int = 0
    organised: int = 0
    attended: int = 0
    participants: int = 0
    hours: float = 0.0
    foreign_language_courses: int = 0

    def __add__(self, other: TrainingFigures) -> TrainingFigures:
        return TrainingFigures(
            self.sessions + other.sessions,
            self.organised + other.organised,
            self.attended + other.attended,
            self.participants + other.participants,
            round(self.hours + other.hours, 2),
            self.foreign_language_courses + other.foreign_language_courses,
        )


@dataclass(frozen=True)
class UnitFigures:
    """One unit's figures for the period, as its signed payload states them."""

    activities: dict[str, KindTotal]
    activity_entries: int
    activity_quantity: int
    trainings: TrainingFigures
    task_status: dict[str, int]
    tasks_total: int
    leader_named: bool
    officer_named: bool
    detailed_plan: bool

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> UnitFigures:
        totals = payload["activity_totals"]
        activities: dict[str, KindTotal] = {}
        for item in totals["by_kind"]:
            known = activities.get(item["kind"])
            entries = item["entries"] + (known.entries if known else 0)
            quantity = item["quantity"] + (known.quantity if known else 0)
            activities[item["kind"]] = KindTotal(item["kind"], item["label"], entries, quantity)
        summary = payload["training_summary"]
        status: dict[str, int] = {}
        for task in payload["tasks"]:
            status[task["status"]] = status.get(task["status"], 0) + 1
        compliance = payload["compliance"]
        return cls(
            activities=activities,
            activity_entries=totals["entries"],
            activity_quantity=totals["quantity"],
            trainings=TrainingFigures(
                sessions=summary["count"],
                organised=summary.get("organised", 0),
                attended=summary.get("attended", 0),
                participants=summary["participants"],
                hours=float(summary["hours"]),
                foreign_language_courses=summary["foreign_language_courses"],
            ),
            task_status=status,
            tasks_total=len(payload["tasks"]),
            leader_named=compliance["leader_named"],
            officer_named=compliance["officer_named"],
            detailed_plan=compliance["detailed_plan"],
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            **_figures_dict(self),
            "compliance": {
                "leader_named": self.leader_named,
                "officer_named": self.officer_named,
                "detailed_plan": self.detailed_plan,
            },
        }


@dataclass(frozen=True)
class Totals:
    """The figures of every accepted unit added up."""

    units: int
    activities: dict[str, KindTotal]
    activity_entries: int
    activity_quantity: int
    trainings: TrainingFigures
    task_status: dict[str, int]
    tasks_total: int
    leader_named_units: int
    officer_named_units: int
    detailed_plan_units: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "units": self.units,
            **_figures_dict(self),
            "compliance": {
                "leader_named_units": self.leader_named_units,
                "officer_named_units": self.officer_named_units,
                "detailed_plan_units": self.detailed_plan_units,
            },
        }


def _figures_dict(figures: UnitFigures | Totals) -> dict[str, Any]:
    """The activity, training and task figures one unit and the total share."""
    return {
        "activities": {
            "entries": figures.activity_entries,
            "quantity": figures.activity_quantity,
            "by_kind": [_kind_dict(total) for total in figures.activities.values()],
        },
        "trainings": _training_dict(figures.trainings),
        "tasks": {"total": figures.tasks_total, "by_status": dict(figures.task_status)},
    }


def _kind_dict(total: KindTotal) -> dict[str, Any]:
    return {"kind": total.kind, "label": total.label, "entries": total.entries, "quantity": total.quantity}


def _training_dict(figures: TrainingFigures) -> dict[str, Any]:
    return {
        "sessions": figures.sessions,
        "organised": figures.organised,
        "attended": figures.attended,
        "participants": figures.participants,
        "hours": figures.hours,
        "foreign_language_courses": figures.foreign_language_courses,
    }


def _iso_time(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(VIETNAM_TZ).isoformat() if moment else None


@dataclass(frozen=True)
class AcceptedReport:
    file: str
    path: Path
    unit_name: str
    number_text: str
    issued_on: dt.date
    signing_time: dt.datetime | None
    signer: str | None
    signer_organisation: str | None
    uuid: str
    period_code: str
    period_label: str
    figures: UnitFigures
    payload: dict[str, Any] = field(repr=False)
    signer_organisations: tuple[str, ...] = ()
    revocation_checked: bool | None = None  # None: no imported CRL covers the signer's certificate
    notes: tuple[str, ...] = ()
    sha256: str = ""  # of the file as received: the consolidated report names each unit report by it

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "path": str(self.path),
            "unit": self.unit_name,
            "number_text": self.number_text,
            "issued_on": self.issued_on.isoformat(),
            "signing_time": _iso_time(self.signing_time),
            "signer": self.signer,
            "signer_organisation": self.signer_organisation,
            "signer_organisations": list(self.signer_organisations),
            "revocation_checked": self.revocation_checked,
            "uuid": self.uuid,
            "sha256": self.sha256,
            "period": self.period_code,
            "notes": list(self.notes),
            "figures": self.figures.to_dict(),
        }


@dataclass(frozen=True)
class RefusedFile:
    file: str
    path: Path
    code: str  # a key of REFUSAL_LABELS
    reason: str  # one Vietnamese sentence
    details: tuple[str, ...] = ()  # the verifier's own sentences, when there are any
    unit_name: str | None = None
    signing_time: dt.datetime | None = None
    signer: str | None = None
    sha256: str = ""
    signer_organisations: tuple[str, ...] = ()  # the certificate's O / OU, when the refusal is about them

    @property
    def label(self) -> str:
        return REFUSAL_LABELS.get(self.code, self.code)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "path": str(self.path),
            "code": self.code,
            "label": self.label,
            "reason": self.reason,
            "details": list(self.details),
            "unit": self.unit_name,
            "signer": self.signer,
            "signing_time": _iso_time(self.signing_time),
        }


def ordered_kinds(figures: list[UnitFigures]) -> list[tuple[str, str]]:
    """(kind, label) for every kind any unit reported: the vocabulary's order first, then others by code."""
    labels: dict[str, str] = {}
    for unit in figures:
        for kind, total in unit.activities.items():
            labels.setdefault(kind, total.label or ACTIVITY_KIND_LABELS.get(kind, kind))
    known = [kind for kind in ACTIVITY_KIND_LABELS if kind in labels]
    return [(kind, labels[kind]) for kind in known + sorted(set(labels) - set(known))]


def ordered_statuses(figures: list[UnitFigures]) -> list[tuple[str, str]]:
    """(status, label): every status of the vocabulary, then any other status a unit used."""
    seen = {status for unit in figures for status in unit.task_status}
    extra = sorted(seen - set(STATUS_LABELS))
    return [*STATUS_LABELS.items(), *((status, status) for status in extra)]


def add_up(figures: list[UnitFigures]) -> Totals:
    activities: dict[str, KindTotal] = {}
    for kind, kind_label in ordered_kinds(figures):
        parts = [unit.activities[kind] for unit in figures if kind in unit.activities]
        activities[kind] = KindTotal(
            kind, kind_label, sum(p.entries for p in parts), sum(p.quantity for p in parts)
        )
    trainings = TrainingFigures()
    for unit in figures:
        trainings = trainings + unit.trainings
    return Totals(
        units=len(figures),
        activities=activities,
        activity_entries=sum(unit.activity_entries for unit in figures),
        activity_quantity=sum(unit.activity_quantity for unit in figures),
        trainings=trainings,
        task_status={
            status: sum(unit.task_status.get(status, 0) for unit in figures)
            for status, _label in ordered_statuses(figures)
        },
        tasks_total=sum(unit.tasks_total for unit in figures),
        leader_named_units=sum(unit.leader_named for unit in figures),
        officer_named_units=sum(unit.officer_named for unit in figures),
        detailed_plan_units=sum(unit.detailed_plan for unit in figures),
    )


@dataclass
class Compilation:
    """The result of compiling a batch of unit reports for one period."""

    period_code: str | None
    period_label: str | None
    accepted: list[AcceptedReport] = field(default_factory=list)
    refused: list[RefusedFile] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """At least one report accepted and none refused."""
        return bool(self.accepted) and not self.refused

    @property
    def totals(self) -> Totals:
        return add_up([report.figures for report in self.accepted])

    @property
    def activity_kinds(self) -> list[tuple[str, str]]:
        return ordered_kinds([report.figures for report in self.accepted])

    @property
    def task_statuses(self) -> list[tuple[str, str]]:
        return ordered_statuses([report.figures for report in self.accepted])

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": {"code": self.period_code, "label": self.period_label},
            "ok": self.ok,
            "accepted": [report.to_dict() for report in self.accepted],
            "refused": [refusal.to_dict() for refusal in self.refused],
            "totals": self.totals.to_dict(),
        }
