"""The unit's detailed plan and evidence links through the assignment service, as the GUI and CLI use it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bkfi_desktop.core import assignments
from bkfi_desktop.core.demo import create_demo
from bkfi_desktop.core.store.models import AuditEntry, Evidence, SubTask
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import InvalidInputError, NotFoundError

DUE = dt.date(2024, 8, 30)


def _subtask(
    workspace: Workspace, title: str = "Đăng tin trên cổng thông tin", due: dt.date | None = None
) -> int:
    with workspace.transaction() as session:
        return assignments.add_subtask(session, "1.1", title, due).id


def test_update_subtask_changes_title_and_date_and_is_audited(workspace: Workspace) -> None:
    create_demo(workspace)
    subtask_id = _subtask(workspace)
    with workspace.transaction() as session:
        assignments.update_subtask(session, subtask_id, title="  Đăng 02 tin   trên cổng ", due_date=DUE)
    with workspace.session() as session:
        subtask = session.get(SubTask, subtask_id)
        assert (subtask.title, subtask.due_date) == ("Đăng 02 tin trên cổng", DUE)
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "subtask", AuditEntry.action == "update")
        ).one()
        assert entry.entity_id == subtask_id and entry.detail == {"fields": ["due_date", "title"]}


def test_update_subtask_leaves_unnamed_fields_and_can_clear_the_date(workspace: Workspace) -> None:
    create_demo(workspace)
    subtask_id = _subtask(workspace, due=DUE)
    with workspace.transaction() as session:
        assignments.update_subtask(session, subtask_id, title="Việc khác")
    with workspace.session() as session:
        assert session.get(SubTask, subtask_id).due_date == DUE
    with workspace.transaction() as session:
        assignments.update_subtask(session, subtask_id, due_date=None)
    with workspace.session() as session:
        subtask = session.get(SubTask, subtask_id)
        assert (subtask.title, subtask.due_date) == ("Việc khác", None)


def test_update_subtask_without_a_change_writes_no_audit_entry(workspace: Workspace) -> None:
    create_demo(workspace)
    subtask_id = _subtask(workspace, title="Việc A", due=DUE)
    with workspace.transaction() as session:
        before = len(session.scalars(select(AuditEntry.id)).all())
        assignments.update_subtask(session, subtask_id, title="Việc A", due_date=DUE)
        assert len(session.scalars(select(AuditEntry.id)).all()) == before


def test_update_subtask_refuses_in_vietnamese_and_changes_nothing(workspace: Workspace) -> None:
    create_demo(workspace)
    subtask_id = _subtask(workspace, title="Việc A")
    with pytest.raises(InvalidInputError, match="Chưa nhập nội dung"), workspace.transaction() as session:
        assignments.update_subtask(session, subtask_id, title="   ", due_date=DUE)
    with (
        pytest.raises(NotFoundError, match="Không tìm thấy việc cần làm"),
        workspace.transaction() as session,
    ):
        assignments.update_subtask(session, subtask_id + 1000, title="x")
    with workspace.session() as session:
        subtask = session.get(SubTask, subtask_id)
        assert (subtask.title, subtask.due_date) == ("Việc A", None)


@pytest.mark.parametrize(
    ("pasted", "stored"),
    [
        ("https://backan.gov.vn/tin-tuc/123", "https://backan.gov.vn/tin-tuc/123"),
        ("  ducxuan.backan.gov.vn/tin-tuc/hoi-nghi  ", "https://ducxuan.backan.gov.vn/tin-tuc/hoi-nghi"),
        ("www.facebook.com/ubndphuongducxuan/posts/1", "https://www.facebook.com/ubndphuongducxuan/posts/1"),
        ("http://zalo.me/g/abc", "http://zalo.me/g/abc"),
    ],
)
def test_evidence_links_are_taken_as_pasted(workspace: Workspace, pasted: str, stored: str) -> None:
    create_demo(workspace)
    with workspace.transaction() as session:
        evidence = assignments.add_evidence_link(session, "1.1", pasted, "  Tin hội nghị ")
        assert (evidence.kind, evidence.url, evidence.label) == ("link", stored, "Tin hội nghị")


@pytest.mark.parametrize(
    "pasted", ["abc def", "abc", "mailto:vanthu@backan.gov.vn", "javascript:alert(1)", "https://"]
)
def test_obvious_non_addresses_are_refused(workspace: Workspace, pasted: str) -> None:
    create_demo(workspace)
    with (
        pytest.raises(InvalidInputError, match="không phải là địa chỉ trang web"),
        workspace.transaction() as s,
    ):
        assignments.add_evidence_link(s, "1.1", pasted)
    with workspace.session() as session:
        assert session.scalars(select(Evidence).where(Evidence.kind == "link")).all() == []
