"""Nhiệm vụ's detail panel as a clerk uses it for proof and planning: evidence links (typed, pasted,
dropped, opened, removed) and sub-tasks with due dates (added, listed, edited, ticked) — then the database."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QDialogButtonBox
from sqlalchemy import select

from bkfi_desktop.core.store.models import Assignment, AuditEntry, Evidence, SubTask
from bkfi_desktop.ui import i18n
from bkfi_desktop.ui.evidence_link_dialog import EvidenceLinkDialog
from bkfi_desktop.ui.subtask_dialog import SubtaskDialog
from bkfi_desktop.ui.subtask_panel import OVERDUE_COLOR
from bkfi_desktop.ui.task_tree_model import VIEW_ROLE
from tests.ui.clerk import click, click_index, top_level, type_into

PORTAL = "https://ducxuan.backan.gov.vn/tin-tuc/hoi-nghi-thong-tin-doi-ngoai"


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp)
    assert translators, "no translation could be loaded"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def page(qtbot: Any, main_window: Any) -> Any:
    tasks = main_window.show_page("tasks")
    first = tasks.proxy.index(0, 0, tasks.proxy.index(0, 0))
    click_index(qtbot, tasks.ui.taskTree, first)
    assert tasks.detail.task_id == first.data(VIEW_ROLE).id
    return tasks


def links(context: Any, task_id: int) -> list[tuple[str, str]]:
    with context.workspace.session() as session:
        rows = session.execute(
            select(Evidence.url, Evidence.label)
            .join(Assignment, Evidence.assignment_id == Assignment.id)
            .where(Assignment.task_id == task_id, Evidence.kind == "link")
            .order_by(Evidence.id)
        )
        return [(url, label) for url, label in rows]


def subtasks(context: Any, task_id: int) -> list[SubTask]:
    with context.workspace.session() as session:
        found = session.scalars(
            select(SubTask)
            .join(Assignment, SubTask.assignment_id == Assignment.id)
            .where(Assignment.task_id == task_id)
            .order_by(SubTask.position)
        ).all()
        session.expunge_all()
        return list(found)


def type_date(qtbot: Any, edit: QDateEdit, digits: str) -> None:
    """Tab into a date box (the day is selected) and type ddmmyyyy, as a clerk does."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, digits)


def save(qtbot: Any, dialog: Any) -> None:
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))


def test_clerk_adds_opens_and_removes_evidence_links(
    qtbot: Any, page: Any, main_window: Any, context: Any, answers: Any
) -> None:
    ui = page.ui
    task_id = page.detail.task_id
    before = ui.evidenceList.count()

    click(qtbot, ui.addLinkButton)
    dialog = top_level(EvidenceLinkDialog)
    assert dialog.focusWidget() is dialog.ui.urlEdit
    type_into(qtbot, dialog.ui.urlEdit, PORTAL)
    type_into(qtbot, dialog.ui.labelEdit, "Tin hội nghị trên cổng thông tin phường")
    save(qtbot, dialog)
    assert not dialog.isVisible()

    click(qtbot, ui.addLinkButton)
    dialog = top_level(EvidenceLinkDialog)
    type_into(qtbot, dialog.ui.urlEdit, "  www.facebook.com/ubndducxuan/posts/123  ", enter=True)
    assert not dialog.isVisible()

    click(qtbot, ui.addLinkButton)
    dialog = top_level(EvidenceLinkDialog)
    type_into(qtbot, dialog.ui.urlEdit, "abc def", enter=True)
    assert dialog.isVisible(), "a refused address keeps the dialog open with what was typed"
    assert "không phải là địa chỉ trang web" in dialog.ui.errorLabel.text()
    assert dialog.ui.urlEdit.text() == "abc def"
    qtbot.keyClick(dialog.ui.urlEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    assert links(context, task_id) == [
        (PORTAL, "Tin hội nghị trên cổng thông tin phường"),
        ("https://www.facebook.com/ubndducxuan/posts/123", "https://www.facebook.com/ubndducxuan/posts/123"),
    ]
    assert ui.evidenceList.count() == before + 2
    item = ui.evidenceList.item(before)
    assert (item.text(), item.toolTip()) == ("Tin hội nghị trên cổng thông tin phường", PORTAL)

    # Enter on the link opens it in the browser (the open helper answers here)
    ui.evidenceList.setFocus()
    ui.evidenceList.setCurrentRow(before)
    qtbot.keyClick(ui.evidenceList, Qt.Key.Key_Return)
    assert answers.opened[-1] == QUrl(PORTAL)

    # Delete asks first; No keeps it, Yes removes it
    answers.confirms.extend([False, True])
    main_window.ui.actionDelete.trigger()
    assert len(links(context, task_id)) == 2
    ui.evidenceList.setCurrentRow(before)
    main_window.ui.actionDelete.trigger()
    assert [url for url, _label in links(context, task_id)] == [
        "https://www.facebook.com/ubndducxuan/posts/123"
    ]
    assert "Tin hội nghị" in answers.asked[-1][1]
    with context.workspace.session() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "evidence")).all()
        assert actions.count("create") >= 2 and "delete" in actions


def test_pasting_or_dropping_an_address_adds_a_link(
    qtbot: Any, page: Any, context: Any, answers: Any
) -> None:
    ui = page.ui
    task_id = page.detail.task_id
    QGuiApplication.clipboard().setText("  zalo.me/g/ubndducxuan \n")
    ui.evidenceList.setFocus()
    qtbot.keyClick(ui.evidenceList, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    mime = QMimeData()
    mime.setUrls([QUrl(PORTAL)])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(ui.evidenceList.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(ui.evidenceList.viewport(), drop)
    assert drop.isAccepted()
    assert [url for url, _label in links(context, task_id)] == ["https://zalo.me/g/ubndducxuan", PORTAL]

    answers.allow_errors = True
    QGuiApplication.clipboard().setText("abc def")
    qtbot.keyClick(ui.evidenceList, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "không phải là địa chỉ trang web" in answers.errors[-1]
    assert len(links(context, task_id)) == 2


def test_clerk_plans_sub_tasks_with_due_dates(
    qtbot: Any, vietnamese: None, page: Any, context: Any, answers: Any
) -> None:
    ui = page.ui
    task_id = page.detail.task_id
    type_into(qtbot, ui.subtaskEdit, "Đăng tin về hội nghị trên cổng thông tin")
    qtbot.keyClick(ui.subtaskEdit, Qt.Key.Key_Tab)
    assert ui.subtaskDueCheck.hasFocus()
    qtbot.keyClick(ui.subtaskDueCheck, Qt.Key.Key_Space)
    assert ui.subtaskDueEdit.isEnabled()
    type_date(qtbot, ui.subtaskDueEdit, "30082024")
    qtbot.keyClick(ui.subtaskDueEdit, Qt.Key.Key_Return)  # Enter in the date box adds, like in the title box
    type_into(qtbot, ui.subtaskEdit, "Tổng hợp ý kiến", enter=True)  # no date this time

    added = subtasks(context, task_id)
    assert [(s.title, s.due_date and s.due_date.isoformat(), s.done) for s in added][-2:] == [
        ("Đăng tin về hội nghị trên cổng thông tin", "2024-08-30", False),
        ("Tổng hợp ý kiến", None, False),
    ]
    assert not ui.subtaskDueCheck.isChecked(), "the next sub-task gets a date only when asked"
    row = ui.subtaskList.count() - 2
    item = ui.subtaskList.item(row)
    assert item.text() == "Đăng tin về hội nghị trên cổng thông tin (hạn 30/08/2024)"
    assert item.foreground().color().name() == OVERDUE_COLOR  # 30/08/2024 has passed, not done
    assert ui.subtaskList.item(row + 1).text() == "Tổng hợp ý kiến"

    # F2 opens the sub-task: a clearer title and a later date
    ui.subtaskList.setFocus()
    ui.subtaskList.setCurrentRow(row)
    qtbot.keyClick(ui.subtaskList, Qt.Key.Key_F2)
    dialog = top_level(SubtaskDialog)
    assert dialog.ui.titleEdit.text() == "Đăng tin về hội nghị trên cổng thông tin"
    assert dialog.ui.dueCheck.isChecked()
    type_into(qtbot, dialog.ui.titleEdit, "Đăng 02 tin về hội nghị")
    type_date(qtbot, dialog.ui.dueEdit, "15122026")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    edited = subtasks(context, task_id)[-2]
    assert (edited.title, edited.due_date.isoformat()) == ("Đăng 02 tin về hội nghị", "2026-12-15")
    item = ui.subtaskList.item(row)
    assert item.text() == "Đăng 02 tin về hội nghị (hạn 15/12/2026)"
    assert item.foreground().color().name() != OVERDUE_COLOR

    # an empty title is refused in the dialog, which stays open
    ui.subtaskList.setCurrentRow(row + 1)
    qtbot.keyClick(ui.subtaskList, Qt.Key.Key_F2)
    dialog = top_level(SubtaskDialog)
    type_into(qtbot, dialog.ui.titleEdit, "   ")
    save(qtbot, dialog)
    assert dialog.isVisible() and "Chưa nhập nội dung" in dialog.ui.errorLabel.text()
    dialog.reject()

    # Space ticks it done
    ui.subtaskList.setCurrentRow(row)
    qtbot.keyClick(ui.subtaskList, Qt.Key.Key_Space)
    assert subtasks(context, task_id)[-2].done
    assert ui.subtaskList.item(row).checkState() == Qt.CheckState.Checked
    with context.workspace.session() as session:
        summaries = session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "subtask")).all()
        assert any(text.startswith("Sửa việc cần làm") for text in summaries)
