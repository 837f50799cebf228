"""Qt's own words in Vietnamese (message-box buttons, edit menus, Qt's file dialog) and the About box
with the version, seen through the catalogue app.main installs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTreeView

from bkfi_desktop import __version__
from bkfi_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers


def menu_texts(menu: Any) -> list[str]:
    return [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]


def test_message_box_buttons_and_context_menus_are_vietnamese(qtbot: Any, vietnamese: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Xác nhận", "Xoá?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Không"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert menu_texts(edit.createStandardContextMenu()) == [
        "&Hoàn tác", "&Làm lại", "C&ắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả",
    ]
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin_menu = spin.lineEdit().createStandardContextMenu()
    assert "&Sao chép" in menu_texts(spin_menu)


def test_qt_file_dialog_speaks_vietnamese(qtbot: Any, vietnamese: None, tmp_path: Any) -> None:
    """Where the system has no native dialog (Linux without a portal), Qt's own one is translated."""
    dialog = QFileDialog(None, "Chọn tệp", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"&Mở", "Hủy"} <= buttons
    view = dialog.findChild(QTreeView, "treeView")
    headers = [view.model().headerData(i, Qt.Orientation.Horizontal) for i in range(view.model().columnCount())]
    assert headers[:3] == ["Tên", "Kích thước", "Loại"]


def test_help_about_shows_the_version(
    qtbot: Any, vietnamese: None, main_window: MainWindow, answers: DialogAnswers
) -> None:
    """Trợ giúp → Giới thiệu: the version a clerk reads out to the help desk."""
    menus = {action.text(): action.menu() for action in main_window.menuBar().actions() if action.menu()}
    help_menu = menus["T&rợ giúp"]
    (about,) = [action for action in help_menu.actions() if action.text().startswith("&Giới thiệu")]
    about.trigger()
    (text,) = answers.infos
    assert f"phiên bản {__version__}" in text
    assert str(main_window.context.workspace.path) in text
