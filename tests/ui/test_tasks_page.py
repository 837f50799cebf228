"""Nhiệm vụ, driven as a clerk: import a list through the wizard, open a task, record the work,
search and filter — then check what the database holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bkfi_desktop.core.store.models import Assignment, AuditEntry, Evidence, Plan, Staff, SubTask, Task
from bkfi_desktop.ui.task_tree_model import VIEW_ROLE
from tests.ui.clerk import choose, click, click_index, drop_files, top_level, type_into, type_text
from tests.ui.conftest import TODAY

NEW_TASK = "Tổ chức tọa đàm giới thiệu thông tin đối ngoại cho thanh niên các phường"


def write_task_list(path: Path) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phụ lục"
    sheet.append(["PHỤ LỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH THÔNG TIN ĐỐI NGOẠI NĂM 2026"])
    sheet.append(
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"]
    )
    sheet.append(["I", "Tuyên truyền, quảng bá", None, None, None, None])
    sheet.append(
        [1, NEW_TASK, "UBND các xã, phường", "Phòng Văn hoá và Thông tin", "Quý III/2026", "Báo cáo kết quả"]
    )
    sheet.append(
        [
            2,
            "Cập nhật tin bài đối ngoại trên cổng thông tin điện tử",
            "Phòng Văn hoá và Thông tin",
            "UBND các xã, phường",
            "Thường xuyên",
            "Tin, bài",
        ]
    )
    workbook.save(path)
    return path


def task_ids_by_content(workspace: Any, content: str) -> list[int]:
    with workspace.session() as session:
        return list(session.scalars(select(Task.id).where(Task.content == content)))


def test_import_task_list_through_the_wizard(
    qtbot: Any, main_window: Any, context: Any, answers: Any, tmp_path: Path
) -> None:
    pytest.importorskip("bkfi_desktop.exchange.task_import")
    from bkfi_desktop.ui.import_wizard import STEP_PREVIEW, STEP_RESULT, ImportWizard

    source = write_task_list(tmp_path / "Phụ lục nhiệm vụ 2026.xlsx")
    page = main_window.show_page("tasks")
    click(qtbot, page.ui.importButton)
    wizard = top_level(ImportWizard)
    answers.open_files.append(source)
    click(qtbot, wizard.ui.browseButton)
    assert wizard.ui.fileEdit.text() == str(source)
    click(qtbot, wizard.ui.nextButton)
    assert wizard.step() == STEP_PREVIEW
    assert wizard.preview is not None and len(wizard.preview.added) == 2
    assert task_ids_by_content(context.workspace, NEW_TASK) == []  # the preview changed nothing
    click(qtbot, wizard.ui.importButton)
    assert wizard.step() == STEP_RESULT
    assert wizard.ui.resultText.toPlainText().strip()
    click(qtbot, wizard.ui.closeButton)

    (task_id,) = task_ids_by_content(context.workspace, NEW_TASK)
    assert task_id in page.visible_task_ids(), "the tasks page reloads after the import"


def test_drop_a_file_on_the_wizard(qtbot: Any, main_window: Any, tmp_path: Path) -> None:
    from bkfi_desktop.ui.import_wizard import ImportWizard

    source = write_task_list(tmp_path / "ds.xlsx")
    main_window.ui.actionImport.trigger()
    wizard = top_level(ImportWizard)
    assert drop_files(wizard, [source])
    assert wizard.ui.fileEdit.text() == str(source)
    wizard.reject()


def _open_first_task(qtbot: Any, page: Any) -> int:
    tree = page.ui.taskTree
    group = page.proxy.index(0, 0)
    first = page.proxy.index(0, 0, group)
    click_index(qtbot, tree, first)
    view = first.data(VIEW_ROLE)
    assert page.detail.task_id == view.id
    return view.id


def test_clerk_records_work_on_a_task(
    qtbot: Any, main_window: Any, context: Any, answers: Any, tmp_path: Path
) -> None:
    page = main_window.show_page("tasks")
    ui = page.ui
    task_id = _open_first_task(qtbot, page)
    assert ui.detailStack.currentIndex() == 1

    type_into(qtbot, ui.progressSpin, "40", enter=True)
    choose(qtbot, ui.ownerCombo, "Lý Thị Ánh")
    type_into(qtbot, ui.resultEdit, "Đã tổ chức 02 hội nghị quán triệt.")
    type_into(qtbot, ui.subtaskEdit, "Gửi báo cáo kết quả về Phòng VH&TT", enter=True)
    evidence = tmp_path / "Biên bản hội nghị.pdf"
    evidence.write_bytes(b"%PDF-1.4 minh chung")
    answers.open_file_lists.append([evidence])
    click(qtbot, ui.addEvidenceButton)
    dropped = tmp_path / "ảnh hội nghị.jpg"
    dropped.write_bytes(b"\xff\xd8 anh")
    assert drop_files(ui.evidenceList.viewport(), [dropped])
    qtbot.waitUntil(lambda: not page.detail._result_timer.isActive(), timeout=3000)

    with context.workspace.session() as session:
        assignment = session.scalar(select(Assignment).where(Assignment.task_id == task_id))
        assert assignment.progress == 40
        assert session.get(Staff, assignment.owner_id).full_name == "Lý Thị Ánh"
        assert assignment.result == "Đã tổ chức 02 hội nghị quán triệt."
        subtasks = [
            s.title for s in session.scalars(select(SubTask).where(SubTask.assignment_id == assignment.id))
        ]
        assert "Gửi báo cáo kết quả về Phòng VH&TT" in subtasks
        files = list(session.scalars(select(Evidence).where(Evidence.assignment_id == assignment.id)))
        assert sorted(e.original_name for e in files) == ["Biên bản hội nghị.pdf", "ảnh hội nghị.jpg"]
        for item in files:
            assert (context.workspace.evidence_dir / item.stored_path).read_bytes() in (
                evidence.read_bytes(),
                dropped.read_bytes(),
            )
        audited = session.scalars(select(AuditEntry.entity).where(AuditEntry.entity_id.is_not(None))).all()
        assert {"assignment", "subtask", "evidence"} <= set(audited)

    # the row in the tree shows the new progress without a reload
    row = page.proxy.mapFromSource(page.model.index_of_task(task_id))
    assert row.siblingAtColumn(3).data() == "40 %"

    # open, then remove an evidence file (asks first)
    ui.evidenceList.setCurrentRow(0)
    click(qtbot, ui.openEvidenceButton)
    assert answers.opened and answers.opened[0].isLocalFile()
    answers.confirms.append(True)
    ui.evidenceList.setFocus()
    main_window.ui.actionDelete.trigger()
    assert ui.evidenceList.count() == 1
    with context.workspace.session() as session:
        assert (
            session.scalar(select(Evidence.id).where(Evidence.original_name == "Biên bản hội nghị.pdf"))
            is None
        )


def test_search_ignores_accents_and_case(qtbot: Any, main_window: Any) -> None:
    page = main_window.show_page("tasks")
    choose(qtbot, page.ui.scopeCombo, page.ui.scopeCombo.itemText(1))  # all tasks of the plan
    everything = set(page.visible_task_ids())
    main_window.ui.actionSearch.trigger()
    assert page.ui.searchEdit.hasFocus()
    type_text(page.ui.searchEdit, "THONG tin")
    qtbot.waitUntil(lambda: set(page.visible_task_ids()) != everything, timeout=2000)
    shown = page.visible_task_ids()
    assert shown
    for task_id in shown:
        view = page.model.index_of_task(task_id).data(VIEW_ROLE)
        text = " ".join(
            [
                view.content,
                view.details,
                view.product,
                view.group_title,
                *view.lead_units,
                *view.support_units,
                *view.implement_units,
            ]
        ).lower()
        assert "thông tin" in text


def test_filter_overdue_and_status(qtbot: Any, main_window: Any, context: Any) -> None:
    from bkfi_desktop.core.tasks import list_tasks

    page = main_window.show_page("tasks")
    choose(qtbot, page.ui.deadlineFilterCombo, page.ui.deadlineFilterCombo.itemText(1))  # overdue
    with context.workspace.session() as session:
        expected = {view.id for view in list_tasks(session, mine_only=True) if view.is_overdue(TODAY)}
    assert expected and set(page.visible_task_ids()) == expected
    choose(qtbot, page.ui.deadlineFilterCombo, page.ui.deadlineFilterCombo.itemText(0))
    choose(qtbot, page.ui.statusFilterCombo, "Hoàn thành")
    with context.workspace.session() as session:
        done = {view.id for view in list_tasks(session, mine_only=True) if view.status == "done"}
    assert set(page.visible_task_ids()) == done


def test_setting_progress_to_100_marks_done(qtbot: Any, main_window: Any, context: Any) -> None:
    page = main_window.show_page("tasks")
    task_id = _open_first_task(qtbot, page)
    type_into(qtbot, page.ui.progressSpin, "100", enter=True)
    assert page.ui.statusCombo.currentData() == "done"
    with context.workspace.session() as session:
        assert session.scalar(select(Assignment.status).where(Assignment.task_id == task_id)) == "done"
        assert session.scalar(select(Plan.id)) is not None
