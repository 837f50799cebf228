"""Sửa ▸ Kế hoạch…: the clerk corrects a plan's details and archives a plan from the real window; the
task tree, the dashboard and the activity picker follow; refused input changes nothing."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateEdit
from sqlalchemy import select

from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.core.store.models import AuditEntry, Plan
from bkfi_desktop.ui.plan_details_dialog import PlanDetailsDialog
from tests.ui.clerk import choose, click, click_index, type_into

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers

SEED = "nq47-bac-kan-2024"


def _second_plan(main_window: Any) -> None:
    ward = [UnitRef("UBND các xã, phường", "implement")]
    data = PlanData(
        key="kh-99-cds", title="Kế hoạch chuyển đổi số năm 2026", number="99/KH-UBND", year=2026,
        groups=[GroupData("1", "Chuyển đổi số", tasks=[
            TaskData("1.1", "Số hóa hồ sơ một cửa", deadline_text="Trước ngày 30/11/2026", units=ward),
        ])],
    )
    with main_window.context.workspace.transaction() as session:
        apply_plan(session, data)
    main_window.context.signals.plan_changed.emit()


def _open(main_window: Any) -> PlanDetailsDialog:
    main_window.ui.menuEdit.aboutToShow.emit()
    assert main_window.ui.actionPlans in main_window.ui.menuEdit.actions() and main_window.ui.actionPlans.isEnabled()
    main_window.ui.actionPlans.trigger()
    found = [child for child in main_window.findChildren(PlanDetailsDialog) if child.isVisible()]
    assert len(found) == 1
    return found[0]


def _select(qtbot: Any, dialog: PlanDetailsDialog, key: str) -> None:
    row = next(row for row, plan in enumerate(dialog.plans) if plan.key == key)
    click_index(qtbot, dialog.ui.planTable, dialog.ui.planTable.model().index(row, 0))
    assert dialog.selected() is not None and dialog.selected().key == key  # type: ignore[union-attr]


def _type_date(qtbot: Any, edit: QDateEdit, text: str) -> None:
    line = edit.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() // 2, line.height() // 2))
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, text)


def _plan(main_window: Any, key: str) -> Plan:
    with main_window.context.workspace.session() as session:
        plan = session.scalars(select(Plan).where(Plan.key == key)).one()
        session.expunge(plan)
        return plan


def _group_texts(main_window: Any) -> list[str]:
    page = main_window.show_page("tasks")
    choose_all = page.ui.scopeCombo.itemText(1)  # every task of every plan
    page.ui.scopeCombo.setCurrentText(choose_all)
    model = page.model
    return [model.item(row, 0).text() for row in range(model.rowCount())]


def test_the_clerk_corrects_a_plans_number_date_and_topic(qtbot: Any, main_window: Any) -> None:
    _second_plan(main_window)
    assert any(text.startswith("Triển khai thực hiện Nghị quyết… — ") for text in _group_texts(main_window))
    listing = main_window.show_page("dashboard").ui.deadlineList
    assert any("Triển khai thực hiện Nghị quyết…" in listing.item(i).text() for i in range(listing.count()))
    dialog = _open(main_window)
    table = dialog.ui.planTable
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [
        "Triển khai thực hiện Nghị quyết…", "KH 99/KH-UBND",
    ]
    _select(qtbot, dialog, SEED)
    assert dialog.ui.numberEdit.text() == "/KH-UBND" and not dialog.ui.issuedOnCheck.isChecked()

    type_into(qtbot, dialog.ui.numberEdit, "125/KH-UBND")
    click(qtbot, dialog.ui.issuedOnCheck)
    _type_date(qtbot, dialog.ui.issuedOnEdit, "15/05/2024")
    click(qtbot, dialog.ui.validFromCheck)
    _type_date(qtbot, dialog.ui.validFromEdit, "15.5.2024")
    click(qtbot, dialog.ui.validToCheck)
    _type_date(qtbot, dialog.ui.validToEdit, "31/12/2030")
    type_into(qtbot, dialog.ui.issuerEdit, "UBND thành phố Bắc Kạn")
    click(qtbot, dialog.ui.saveButton)

    assert dialog.ui.errorLabel.text() == ""
    plan = _plan(main_window, SEED)
    assert (plan.number, plan.issued_on, plan.issuer) == ("125/KH-UBND", dt.date(2024, 5, 15), "UBND thành phố Bắc Kạn")
    assert (plan.valid_from, plan.valid_to) == (dt.date(2024, 5, 15), dt.date(2030, 12, 31))
    row = next(row for row, p in enumerate(dialog.plans) if p.key == SEED)
    assert [table.item(row, column).text() for column in (0, 1, 2, 5)] == [
        "KH 125/KH-UBND", "125/KH-UBND", "15/05/2024", "15/05/2024 – 31/12/2030",
    ]
    with main_window.context.workspace.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "plan").order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.detail["after"]["number"] == "125/KH-UBND"  # type: ignore[index]
        assert "title" not in entry.detail["after"]  # type: ignore[index]  # only what changed is recorded
    dialog.close()
    # The pages name the plan by its new number.
    assert any(text.startswith("KH 125/KH-UBND — ") for text in _group_texts(main_window))
    dashboard = main_window.show_page("dashboard")
    listing = dashboard.ui.deadlineList
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert any("· KH 125/KH-UBND." in text for text in texts)  # the due list names the plan anew
    assert not any("Triển khai thực hiện Nghị quyết…" in text for text in texts)


def test_bad_input_is_refused_in_vietnamese_and_changes_nothing(
    qtbot: Any, vietnamese: None, main_window: Any
) -> None:
    before = _plan(main_window, SEED)
    dialog = _open(main_window)
    _select(qtbot, dialog, SEED)

    type_into(qtbot, dialog.ui.titleEdit, "   ")
    type_into(qtbot, dialog.ui.numberEdit, "7/KH-UBND")
    click(qtbot, dialog.ui.saveButton)
    assert dialog.ui.errorLabel.text() == "Tên kế hoạch không được để trống."
    assert _plan(main_window, SEED).number == before.number  # the number typed beside it was not saved

    type_into(qtbot, dialog.ui.titleEdit, "Kế hoạch thông tin đối ngoại")
    click(qtbot, dialog.ui.issuedOnCheck)
    _type_date(qtbot, dialog.ui.issuedOnEdit, "31/02/2026")
    click(qtbot, dialog.ui.saveButton)
    error = dialog.ui.errorLabel.text()
    assert error.startswith("Ngày ban hành: ") and "31/02/2026" in error and "không" in error.lower()
    assert "Chưa lưu" in error
    after = _plan(main_window, SEED)
    assert (after.title, after.number, after.issued_on) == (before.title, before.number, before.issued_on)

    _type_date(qtbot, dialog.ui.issuedOnEdit, "28/02/2026")
    click(qtbot, dialog.ui.validFromCheck)
    _type_date(qtbot, dialog.ui.validFromEdit, "01/06/2026")
    click(qtbot, dialog.ui.validToCheck)
    _type_date(qtbot, dialog.ui.validToEdit, "01/01/2026")
    click(qtbot, dialog.ui.saveButton)
    assert "Thời gian hiệu lực không hợp lệ" in dialog.ui.errorLabel.text()
    assert _plan(main_window, SEED).issued_on is None  # one transaction: nothing of the refused save


def test_archive_and_restore_after_asking(qtbot: Any, main_window: Any, answers: DialogAnswers) -> None:
    _second_plan(main_window)
    activities = main_window.show_page("activities")
    combo = activities.ui.addTaskCombo
    assert any("Số hóa hồ sơ" in combo.itemText(i) for i in range(combo.count()))
    dialog = _open(main_window)
    _select(qtbot, dialog, "kh-99-cds")

    answers.confirms.append(False)  # the clerk thinks again: nothing happens
    click(qtbot, dialog.ui.archiveButton)
    assert _plan(main_window, "kh-99-cds").archived_at is None

    answers.confirms.append(True)
    click(qtbot, dialog.ui.archiveButton)
    assert "Archive" in answers.asked[-1][1] and "kept" in answers.asked[-1][1]
    assert _plan(main_window, "kh-99-cds").archived_at is not None
    row = next(row for row, p in enumerate(dialog.plans) if p.key == "kh-99-cds")
    assert dialog.ui.planTable.item(row, 6).text() == "Archived"
    # Read-only: the form cannot be edited, the button now restores.
    assert not dialog.ui.titleEdit.isEnabled() and not dialog.ui.saveButton.isEnabled()
    assert not dialog.ui.issuedOnCheck.isEnabled() and not dialog.ui.validToEdit.isEnabled()
    assert "Restore" in dialog.ui.archiveButton.text()
    # Out of today's lists.
    assert not any("Số hóa hồ sơ" in combo.itemText(i) for i in range(combo.count()))
    assert not any(text.startswith("KH 99/KH-UBND") for text in _group_texts(main_window))

    answers.confirms.append(True)
    click(qtbot, dialog.ui.archiveButton)
    assert _plan(main_window, "kh-99-cds").archived_at is None
    assert dialog.ui.titleEdit.isEnabled()
    assert any("Số hóa hồ sơ" in combo.itemText(i) for i in range(combo.count()))
    choose(qtbot, main_window.show_page("tasks").ui.scopeCombo, main_window.show_page("tasks").ui.scopeCombo.itemText(1))
    assert any(text.startswith("KH 99/KH-UBND") for text in _group_texts(main_window))
