"""The figures behind the leader's charts (Tổng quan and the one-page summary), in one read, no Qt.

Tasks are the unit's own, not withdrawn; activities are counted as records per month (what a leader
means by "how often did we publish"); trainings and their participants per quarter of the year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from bkfi_desktop.core.store.models import Activity
from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.core.training import list_trainings
from bkfi_desktop.core.vocabulary import STATUS_LABELS


@dataclass(frozen=True)
class ChartData:
    year: int
    status_counts: tuple[tuple[str, int], ...]  # (status code, tasks) in STATUS_LABELS order
    group_progress: tuple[tuple[str, float], ...]  # (group ordinal, mean progress 0–100)
    activities_this_year: tuple[int, ...]  # 12 months
    activities_last_year: tuple[int, ...]
    trainings_by_quarter: tuple[int, ...]  # 4 quarters
    participants_by_quarter: tuple[int, ...]

    @property
    def task_count(self) -> int:
        return sum(count for _status, count in self.status_counts)


def _per_month(session: Session, year: int) -> tuple[int, ...]:
    rows = session.execute(
        select(extract("month", Activity.date), func.count(Activity.id))
        .where(Activity.date >= dt.date(year, 1, 1), Activity.date <= dt.date(year, 12, 31))
        .group_by(extract("month", Activity.date))
    )
    months = [0] * 12
    for month, count in rows:
        months[int(month) - 1] = int(count)
    return tuple(months)


def chart_data(session: Session, today: dt.date) -> ChartData:
    mine = list_tasks(session, mine_only=True)
    statuses = dict.fromkeys(STATUS_LABELS, 0)
    groups: dict[str, list[int]] = {}
    for view in mine:
        statuses[view.status] = statuses.get(view.status, 0) + 1
        groups.setdefault(view.group, []).append(view.assignment.progress if view.assignment else 0)
    trainings = [0] * 4
    participants = [0] * 4
    for training in list_trainings(session, dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)):
        quarter = (training.start_date.month - 1) // 3
        trainings[quarter] += 1
        participants[quarter] += len(training.participants) + training.external_participants
    return ChartData(
        year=today.year,
        status_counts=tuple(statuses.items()),
        group_progress=tuple((group, round(sum(values) / len(values), 1)) for group, values in groups.items()),
        activities_this_year=_per_month(session, today.year),
        activities_last_year=_per_month(session, today.year - 1),
        trainings_by_quarter=tuple(trainings),
        participants_by_quarter=tuple(participants),
    )
