"""Training sessions the unit organised or sent staff to, and their totals for a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bkfi_desktop.core import audit
from bkfi_desktop.core.staff import find_staff
from bkfi_desktop.core.store.models import Staff, TrainingSession
from bkfi_desktop.core.vocabulary import (
    TRAINING_KIND_LABELS,
    TRAINING_MODE_LABELS,
    TRAINING_TOPIC_LABELS,
    require_code,
)
from bkfi_desktop.errors import InvalidInputError, NotFoundError
from bkfi_desktop.textvn.normalize import clean_line, clean_text

_FIELDS = (
    "title", "kind", "topics", "start_date", "end_date", "hours", "place", "organiser", "mode",
    "external_participants", "note", "participants",
)


@dataclass(frozen=True)
class TrainingTotals:
    sessions: int
    organised: int
    attended: int
    participants: int  # staff participants plus external ones, counted per session
    staff_trained: int  # distinct staff
    hours: float
    foreign_language_sessions: int

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def add_training(
    session: Session,
    title: str,
    start_date: dt.date,
    *,
    kind: str = "attended",
    topics: list[str] | None = None,
    end_date: dt.date | None = None,
    hours: float = 0.0,
    place: str = "",
    organiser: str = "",
    mode: str = "in_person",
    participants: list[int | str] | None = None,
    external_participants: int = 0,
    note: str = "",
) -> TrainingSession:
    training = TrainingSession(title="", start_date=start_date)
    session.add(training)
    _apply(
        session,
        training,
        title=title, kind=kind, topics=topics or ["ttdn"], start_date=start_date, end_date=end_date, hours=hours,
        place=place, organiser=organiser, mode=mode, participants=participants or [],
        external_participants=external_participants, note=note,
    )
    session.flush()
    audit.record(session, "create", "training", training.id, f"Thêm tập huấn: {training.title}")
    return training


def update_training(session: Session, training_id: int, **fields: Any) -> TrainingSession:
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise InvalidInputError(f"Không có trường “{', '.join(sorted(unknown))}” cho tập huấn.")
    training = _get(session, training_id)
    _apply(session, training, **fields)
    session.flush()
    audit.record(session, "update", "training", training.id, f"Sửa tập huấn: {training.title}", {"fields": sorted(fields)})
    return training


def delete_training(session: Session, training_id: int) -> None:
    training = _get(session, training_id)
    audit.record(session, "delete", "training", training.id, f"Xóa tập huấn: {training.title}")
    session.delete(training)
    session.flush()


@dataclass(frozen=True)
class TrainingView:
    """One training session as the GUI shows it: plain data, safe to keep after the session closes."""

    id: int
    title: str
    kind: str
    topics: tuple[str, ...]
    start_date: dt.date
    end_date: dt.date | None
    hours: float
    place: str
    organiser: str
    mode: str
    external_participants: int
    note: str
    participants: tuple[tuple[int, str], ...]  # (staff id, full name)


def training_view(training: TrainingSession) -> TrainingView:
    return TrainingView(
        training.id, training.title, training.kind, tuple(training.topics or ()), training.start_date,
        training.end_date, training.hours, training.place, training.organiser, training.mode,
        training.external_participants, training.note,
        tuple((person.id, person.full_name) for person in training.participants),
    )


def list_training_views(session: Session, start: dt.date | None = None, end: dt.date | None = None) -> list[TrainingView]:
    """``list_trainings`` as views (newest first)."""
    return [training_view(training) for training in list_trainings(session, start, end)]


def get_training_view(session: Session, training_id: int) -> TrainingView:
    return training_view(_get(session, training_id))


def list_trainings(
    session: Session, start: dt.date | None = None, end: dt.date | None = None
) -> list[TrainingSession]:
    query = select(TrainingSession).options(selectinload(TrainingSession.participants))
    if start is not None:
        query = query.where(TrainingSession.start_date >= start)
    if end is not None:
        query = query.where(TrainingSession.start_date <= end)
    return list(session.scalars(query.order_by(TrainingSession.start_date.desc(), TrainingSession.id.desc())))


def training_totals(session: Session, start: dt.date, end: dt.date) -> TrainingTotals:
    trainings = list_trainings(session, start, end)
    staff_ids = {person.id for training in trainings for person in training.participants}
    return TrainingTotals(
        sessions=len(trainings),
        organised=sum(1 for t in trainings if t.kind == "organised"),
        attended=sum(1 for t in trainings if t.kind == "attended"),
        participants=sum(len(t.participants) + t.external_participants for t in trainings),
        staff_trained=len(staff_ids),
        hours=round(sum(t.hours for t in trainings), 1),
        foreign_language_sessions=sum(1 for t in trainings if "foreign_language" in (t.topics or [])),
    )


def training_to_json(training: TrainingSession) -> dict[str, Any]:
    return {
        "id": training.id,
        "title": training.title,
        "kind": training.kind,
        "topics": list(training.topics or []),
        "start_date": training.start_date.isoformat(),
        "end_date": training.end_date.isoformat() if training.end_date else None,
        "hours": training.hours,
        "place": training.place,
        "organiser": training.organiser,
        "mode": training.mode,
        "participants": [person.full_name for person in training.participants],
        "external_participants": training.external_participants,
    }


def _apply(session: Session, training: TrainingSession, **fields: Any) -> None:
    if "title" in fields:
        title = clean_line(fields["title"])
        if not title:
            raise InvalidInputError("Chưa nhập tên lớp tập huấn.")
        training.title = title
    if "kind" in fields:
        training.kind = require_code(TRAINING_KIND_LABELS, fields["kind"], "hình thức tham gia")
    if "mode" in fields:
        training.mode = require_code(TRAINING_MODE_LABELS, fields["mode"], "hình thức học")
    if "topics" in fields:
        topics = list(dict.fromkeys(fields["topics"] or []))
        for topic in topics:
            require_code(TRAINING_TOPIC_LABELS, topic, "chủ đề")
        training.topics = topics
    for name in ("start_date", "end_date"):
        if name in fields:
            setattr(training, name, fields[name])
    if training.end_date and training.end_date < training.start_date:
        raise InvalidInputError("Ngày kết thúc tập huấn không được trước ngày bắt đầu.")
    if "hours" in fields:
        hours = float(fields["hours"] or 0)
        if hours < 0:
            raise InvalidInputError("Số giờ tập huấn không được âm.")
        training.hours = hours
    if "external_participants" in fields:
        count = int(fields["external_participants"] or 0)
        if count < 0:
            raise InvalidInputError("Số người tham gia ngoài đơn vị không được âm.")
        training.external_participants = count
    for name in ("place", "organiser"):
        if name in fields:
            setattr(training, name, clean_line(fields[name] or ""))
    if "note" in fields:
        training.note = clean_text(fields["note"] or "")
    if "participants" in fields:
        people: list[Staff] = []
        for ref in fields["participants"]:
            person = find_staff(session, ref)
            if person not in people:
                people.append(person)
        training.participants = people


def _get(session: Session, training_id: int) -> TrainingSession:
    training = session.get(TrainingSession, training_id)
    if training is None:
        raise NotFoundError(f"Không có tập huấn mã số {training_id}.")
    return training
