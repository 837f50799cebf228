"""Staff order, role history, and who was in charge during a period."""

from __future__ import annotations

import datetime as dt

from bkfi_desktop.core import staff
from bkfi_desktop.core.workspace import Workspace


def test_staff_sorted_by_given_name_the_vietnamese_way(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        for name in ("Nguyễn Văn Bình", "Trần Thị An", "Lê Văn Ánh", "Hoàng Đức Anh", "Phạm Thị Ân"):
            staff.add_staff(session, name)
        names = [person.full_name for person in staff.list_staff(session)]
    assert names == ["Trần Thị An", "Hoàng Đức Anh", "Lê Văn Ánh", "Phạm Thị Ân", "Nguyễn Văn Bình"]


def test_role_change_keeps_history_for_past_periods(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        person = staff.add_staff(session, "Đỗ Thị Hoa", ttdn_role="member", from_date=dt.date(2023, 1, 1))
        staff.update_staff(session, person.id, ttdn_role="officer", effective=dt.date(2025, 3, 1))
        first_half_2024 = staff.staff_in_role(session, "officer", dt.date(2023, 12, 15), dt.date(2024, 6, 14))
        first_half_2025 = staff.staff_in_role(session, "officer", dt.date(2024, 12, 15), dt.date(2025, 6, 14))
        history = [(row.ttdn_role, row.from_date, row.to_date) for row in person.role_history]
    assert first_half_2024 == []
    assert [p.full_name for p in first_half_2025] == ["Đỗ Thị Hoa"]
    assert history == [
        ("member", dt.date(2023, 1, 1), dt.date(2025, 2, 28)),
        ("officer", dt.date(2025, 3, 1), None),
    ]


def test_leaving_closes_the_role(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        person = staff.add_staff(session, "Vũ Văn Nam", ttdn_role="leader", from_date=dt.date(2020, 1, 1))
        staff.end_staff(session, person.id, dt.date(2024, 6, 30))
        assert staff.staff_in_role(session, "leader", dt.date(2024, 12, 15), dt.date(2025, 6, 14)) == []
        assert staff.list_staff(session, include_former=False, on=dt.date(2025, 1, 1)) == []
