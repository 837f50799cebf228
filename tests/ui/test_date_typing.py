"""Dates typed as clerks type them, in the real window: click into the field, type 15/03/2026, done.

Qt's own QDateEdit kept the old day (01/03/2026) and turned 31/02/2026 into another date; every date
field and the activities table's date cells now read the whole typed date or refuse it with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateEdit, QDialogButtonBox, QWidget
from sqlalchemy import select

from bkfi_desktop.core.store.models import Activity, TrainingSession
from bkfi_desktop.ui import i18n
from bkfi_desktop.ui.activity_table_model import COL_DATE
from bkfi_desktop.ui.date_typing import date_typing
from tests.ui.clerk import click_index, type_into


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp)
    assert translators, "no translation could be loaded"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def click_into(qtbot: Any, edit: QDateEdit, where: float = 0.5) -> None:
    """A mouse click somewhere in the field's text (0 = on the day, 0.9 = on the year)."""
    line = edit.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(int(line.width() * where), line.height() // 2))
    qtbot.waitUntil(lambda: edit.hasFocus())


def shown(edit: QDateEdit) -> str:
    return edit.date().toString("dd/MM/yyyy")


@pytest.mark.parametrize("where", [0.05, 0.5, 0.9])
def test_a_date_typed_after_a_click_is_the_date_typed(qtbot: Any, main_window: Any, where: float) -> None:
    page = main_window.show_page("training")
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    start, end = dialog.ui.startDateEdit, dialog.ui.endDateEdit
    start.setDate(QDate(2026, 3, 1))  # the state the report came from: 01/03/2026 in the field
    end.setDate(QDate(2026, 3, 1))

    click_into(qtbot, start, where)
    qtbot.keyClicks(start, "15/03/2026")
    assert start.text() == "15/03/2026" and shown(start) == "15/03/2026"
    click_into(qtbot, end, where)
    qtbot.keyClicks(end, "17.3.2026")  # dots and single digits are read the same way
    assert shown(end) == "17/03/2026"
    type_into(qtbot, dialog.ui.titleEdit, "Tập huấn kỹ năng viết tin")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    with main_window.context.workspace.session() as session:
        stored = session.scalars(select(TrainingSession).where(TrainingSession.title == "Tập huấn kỹ năng viết tin")).one()
        assert (stored.start_date, stored.end_date) == (dt.date(2026, 3, 15), dt.date(2026, 3, 17))


def test_an_impossible_date_is_refused_with_the_reason(qtbot: Any, vietnamese: None, main_window: Any) -> None:
    page = main_window.show_page("staff")
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ui.fromDateCheck, Qt.MouseButton.LeftButton)
    edit = dialog.ui.fromDateEdit
    edit.setDate(QDate(2026, 3, 1))

    click_into(qtbot, edit)
    qtbot.keyClicks(edit, "31/02/2026")
    typing = date_typing(edit)
    assert typing is not None
    assert "31/02/2026" in typing.message and "không" in typing.message.lower()
    assert edit.toolTip() == typing.message and "c62828" in edit.styleSheet()  # red frame, reason on hover
    assert edit.text() == "31/02/2026"  # left on screen to be corrected…
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert shown(edit) == "01/03/2026" and edit.text() == "01/03/2026"  # …and never turned into 01/02 or 28/02
    assert "01/03/2026" in typing.message

    click_into(qtbot, edit)
    qtbot.keyClicks(edit, "28/02/2026")
    assert shown(edit) == "28/02/2026"
    assert typing.message == "" and edit.toolTip() == "" and edit.styleSheet() == ""
    dialog.reject()


def test_enter_on_a_half_typed_date_does_not_save_the_old_one(qtbot: Any, main_window: Any) -> None:
    page = main_window.show_page("staff")
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    type_into(qtbot, dialog.ui.nameEdit, "Nguyễn Văn Tư")
    qtbot.mouseClick(dialog.ui.fromDateCheck, Qt.MouseButton.LeftButton)
    edit = dialog.ui.fromDateEdit
    click_into(qtbot, edit)
    qtbot.keyClicks(edit, "15/3")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter did not accept the dialog with whatever date was there before
    typing = date_typing(edit)
    assert typing is not None and typing.message and edit.text() == "15/3"  # the reason; the entry kept
    qtbot.keyClicks(edit, "/2026")
    assert shown(edit) == "15/03/2026"
    dialog.reject()


def test_a_date_cell_in_the_activities_table(qtbot: Any, main_window: Any) -> None:
    page = main_window.show_page("activities")
    table = page.ui.activityTable
    index = page.model.index(0, COL_DATE)
    activity_id = page.model.activity_id(0)
    with main_window.context.workspace.session() as session:
        before = session.get(Activity, activity_id).date

    def open_editor() -> QDateEdit:
        click_index(qtbot, table, index)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        [editor] = [found for found in table.viewport().findChildren(QDateEdit) if found.isVisible()]
        qtbot.waitUntil(editor.hasFocus)
        return editor

    editor = open_editor()
    qtbot.keyClicks(editor, "30/02/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert table.state() == QAbstractItemView.State.EditingState  # kept open, with the reason
    assert "30/02/2026" in date_typing(editor).message  # type: ignore[union-attr]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    with main_window.context.workspace.session() as session:
        assert session.get(Activity, activity_id).date == before

    editor = open_editor()
    qtbot.keyClicks(editor, "05/11/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    with main_window.context.workspace.session() as session:
        assert session.get(Activity, activity_id).date == dt.date(2026, 11, 5)


def date_fields(widget: QWidget) -> list[QDateEdit]:
    return widget.findChildren(QDateEdit)


def test_every_date_field_reads_whole_dates(qtbot: Any, main_window: Any) -> None:
    found: dict[str, QDateEdit] = {}
    tasks = main_window.show_page("tasks")
    click_index(qtbot, tasks.ui.taskTree, tasks.proxy.index(0, 0, tasks.proxy.index(0, 0)))
    for key in ("tasks", "staff", "training", "activities"):
        page = main_window.show_page(key)
        found.update({f"{key}.{edit.objectName()}": edit for edit in date_fields(page)})
        if key in ("staff", "training"):  # the pages whose "Add…" opens a dialog
            qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
            found.update({f"{key} dialog.{edit.objectName()}": edit for edit in date_fields(page.dialog)})
            page.dialog.reject()
    assert len(found) >= 11, sorted(found)
    missing = [name for name, edit in found.items() if date_typing(edit) is None]
    assert not missing, f"date fields that still type section by section: {missing}"


def test_progress_typed_as_150_is_refused_out_loud(qtbot: Any, vietnamese: None, main_window: Any) -> None:
    from bkfi_desktop.core.store.models import Assignment
    from bkfi_desktop.ui.field_problem import problem
    from bkfi_desktop.ui.task_tree_model import VIEW_ROLE
    from tests.ui.clerk import type_into as type_in

    page = main_window.show_page("tasks")
    first = page.proxy.index(0, 0, page.proxy.index(0, 0))
    click_index(qtbot, page.ui.taskTree, first)
    task_id = first.data(VIEW_ROLE).id
    spin = page.ui.progressSpin
    type_in(qtbot, spin, "40", enter=True)
    type_in(qtbot, spin, "150", enter=True)

    assert spin.value() == 40 and spin.text() == "40 %"  # never read as 15
    assert "150 %" in problem(spin) and "100 %" in problem(spin) and "40 %" in problem(spin)
    assert "vượt" in problem(spin) or "tối đa" in problem(spin)
    with main_window.context.workspace.session() as session:
        assert session.scalars(select(Assignment.progress).where(Assignment.task_id == task_id)).one() == 40
    type_in(qtbot, spin, "100", enter=True)
    assert spin.value() == 100 and problem(spin) == ""


def test_every_date_field_in_every_form_reads_whole_dates(qapp: Any) -> None:
    from bkfi_desktop.paths import form_path
    from bkfi_desktop.ui.forms import load_form

    forms = sorted(path.stem for path in form_path("main_window").parent.glob("*.ui"))
    seen = 0
    for name in forms:
        widget = load_form(name)
        for edit in widget.findChildren(QDateEdit):
            seen += 1
            assert date_typing(edit) is not None, f"{name}.ui: {edit.objectName()}"
        widget.deleteLater()
    assert seen >= 12
