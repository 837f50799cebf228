"""The main window: navigation, shortcuts delegated to the page, status bar, remembered layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt

from bkfi_desktop.ui.main_window import MainWindow, load_page_class
from bkfi_desktop.ui.pages import PAGES, PageSpec
from bkfi_desktop.ui.pages.placeholder_page import PlaceholderPage
from tests.ui.clerk import click_index


def test_navigation_switches_pages_by_mouse_and_keyboard(qtbot: Any, main_window: MainWindow) -> None:
    nav = main_window.ui.navList
    assert nav.count() == len(PAGES) == 7
    assert main_window.current_key() == "dashboard"
    click_index(qtbot, nav, nav.model().index(1, 0))
    assert main_window.current_key() == "tasks"
    assert main_window.ui.pageStack.currentWidget() is main_window.pages["tasks"]
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert main_window.current_key() == "staff"
    for spec in PAGES:  # every page opens (placeholders for modules still missing)
        assert main_window.show_page(spec.key).isVisible()


def test_missing_page_module_shows_a_placeholder(main_window: MainWindow) -> None:
    assert load_page_class(PageSpec("x", "X", "bkfi_desktop.ui.pages.not_written_yet", "XPage")) is None
    assert isinstance(main_window.show_page("reports"), main_window.page("reports").__class__)
    assert not isinstance(main_window.page("tasks"), PlaceholderPage)


def test_shortcuts_go_to_the_current_page(qtbot: Any, main_window: MainWindow) -> None:
    page = main_window.show_page("tasks")
    main_window.ui.actionSearch.trigger()
    assert page.ui.searchEdit.hasFocus()
    calls: list[str] = []
    page.refresh = lambda: calls.append("refresh")  # type: ignore[method-assign]
    main_window.ui.actionRefresh.trigger()
    assert calls == ["refresh"]
    assert main_window.ui.actionNew.shortcut().toString() == "Ctrl+N"
    assert main_window.ui.actionDelete.shortcut().toString() == "Del"
    assert main_window.ui.actionImport.shortcut().toString() == "Ctrl+I"


def test_status_bar_shows_file_and_last_backup(main_window: MainWindow, context: Any) -> None:
    assert str(context.workspace.path) in main_window.workspace_label.text()
    before = main_window.backup_label.text()
    context.workspace.backup()
    context.signals.backup_made.emit()
    after = main_window.backup_label.text()
    assert after != before and "/" in after  # dd/mm/yyyy hh:mm


def test_layout_is_remembered(qtbot: Any, context: Any, settings: QSettings, answers: Any) -> None:
    first = MainWindow(context, settings)
    qtbot.addWidget(first)
    first.show()
    first.ui.mainSplitter.setSizes([230, 770])
    first.close()
    assert settings.value("main_window/geometry") is not None
    second = MainWindow(context, settings)
    qtbot.addWidget(second)
    second.show()
    # the offscreen screen is small, so the window is clamped; the navigation keeps its wider share
    assert second.ui.mainSplitter.sizes()[0] > 200


def test_dashboard_opens_the_tasks_it_counts(qtbot: Any, main_window: MainWindow) -> None:
    dashboard = main_window.current_page()
    qtbot.mouseClick(dashboard.ui.overdueButton, Qt.MouseButton.LeftButton)
    assert main_window.current_key() == "tasks"
    tasks = main_window.pages["tasks"]
    assert tasks.ui.deadlineFilterCombo.currentIndex() == 1
    assert len(tasks.visible_task_ids()) == len(dashboard.summary.overdue)


def test_file_menu_opens_the_signature_check(qtbot: Any, main_window: MainWindow) -> None:
    """The receiving office checks a signed report from Tệp → Kiểm tra chữ ký số báo cáo…"""
    from bkfi_desktop.ui.verify_dialog import VerifyDialog

    assert main_window.ui.actionVerify in main_window.ui.menuFile.actions()
    main_window.ui.actionVerify.trigger()
    dialogs = [child for child in main_window.findChildren(VerifyDialog) if child.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
