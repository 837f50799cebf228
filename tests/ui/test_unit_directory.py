"""Sửa ▸ Danh bạ đơn vị: the clerk corrects the units an import created, from the real window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bkfi_desktop.core.units import find_unit
from bkfi_desktop.ui.unit_directory_dialog import UnitDirectoryDialog
from tests.ui.clerk import choose, click, click_index, type_into

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers


def _open(main_window: Any) -> UnitDirectoryDialog:
    main_window.ui.actionUnits.trigger()
    dialogs = [child for child in main_window.findChildren(UnitDirectoryDialog) if child.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _select(qtbot: Any, dialog: UnitDirectoryDialog, name: str) -> None:
    row = next(row for row, unit in enumerate(dialog.units) if unit[1] == name)
    table = dialog.ui.unitTable
    click_index(qtbot, table, table.model().index(row, 0))
    assert dialog.ui.nameEdit.text() == name


def test_rename_category_alias_and_merge_from_the_edit_menu(
    qtbot: Any, main_window: Any, answers: DialogAnswers
) -> None:
    workspace = main_window.context.workspace
    with workspace.transaction() as session:  # a duplicate a careless import made
        from bkfi_desktop.core.units import ensure_unit

        ensure_unit(session, "Phòng Thông tin nhập nhầm", category="khac")
    dialog = _open(main_window)
    names = [unit[1] for unit in dialog.units]
    assert "Phòng Thông tin nhập nhầm" in names and len(names) > 3

    _select(qtbot, dialog, "Phòng Thông tin nhập nhầm")
    type_into(qtbot, dialog.ui.nameEdit, "Phòng Văn hóa, Thông tin (cũ)")
    click(qtbot, dialog.ui.renameButton)
    assert dialog.ui.errorLabel.text() == ""
    choose(qtbot, dialog.ui.categoryCombo, "Phòng, ban chuyên môn")
    click(qtbot, dialog.ui.categoryButton)
    type_into(qtbot, dialog.ui.aliasEdit, "P.TTNN")
    click(qtbot, dialog.ui.aliasButton)
    with workspace.session() as session:
        unit = find_unit(session, "P.TTNN")
        assert unit is not None and unit.name == "Phòng Văn hóa, Thông tin (cũ)" and unit.category == "phong_ban"
        assert "Phòng Thông tin nhập nhầm" in (unit.aliases or [])
        target = next(u for u in (find_unit(session, "Phòng Văn hoá và Thông tin thành phố"),) if u)
        target_name = target.name

    _select(qtbot, dialog, "Phòng Văn hóa, Thông tin (cũ)")
    choose(qtbot, dialog.ui.mergeCombo, target_name)
    click(qtbot, dialog.ui.mergeButton)
    assert dialog.ui.nameEdit.text() == target_name
    assert "Phòng Văn hóa, Thông tin (cũ)" not in [unit[1] for unit in dialog.units]
    with workspace.session() as session:
        merged = find_unit(session, "Phòng Thông tin nhập nhầm")
        assert merged is not None and merged.name == target_name


def test_a_refused_correction_shows_the_reason_and_changes_nothing(qtbot: Any, main_window: Any) -> None:
    dialog = _open(main_window)
    first, second = dialog.units[0][1], dialog.units[1][1]
    _select(qtbot, dialog, first)
    type_into(qtbot, dialog.ui.nameEdit, second)
    click(qtbot, dialog.ui.renameButton)
    assert "gộp" in dialog.ui.errorLabel.text()
    assert [unit[1] for unit in dialog.units][:2] == [first, second]
