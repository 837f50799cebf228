"""What a clerk meets first: a fresh workspace says what to do, empty tables explain themselves, Tab
walks each form top to bottom, Enter/Escape work in dialogs, and Alt+letter never means two things."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from bkfi_desktop.core.staff import list_staff
from bkfi_desktop.ui import i18n
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.pages import PAGES
from bkfi_desktop.ui.pages.staff_dialog import StaffDialog
from tests.ui.clerk import click, type_into

pytest_plugins = ["tests.ui.page_fixtures"]


def tab_chain(root: QWidget) -> list[str]:
    """The named widgets Tab visits inside root, in order (what the .ui <tabstops> produce)."""
    names: list[str] = []
    widget = root.nextInFocusChain()
    while widget is not root:
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()
        if (
            focusable
            and widget.isVisibleTo(root)
            and widget.objectName()
            and not widget.objectName().startswith("qt_")
        ):
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


@pytest.fixture
def empty_window(qtbot: Any, empty_context: AppContext, settings: QSettings) -> Any:
    from bkfi_desktop.ui.main_window import MainWindow

    window = MainWindow(empty_context, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_fresh_workspace_dashboard_offers_the_import(qtbot: Any, empty_window: Any) -> None:
    from bkfi_desktop.ui.import_wizard import ImportWizard

    page = empty_window.current_page()
    assert not page.ui.setupFrame.isHidden()
    assert not page.ui.importPlanButton.isHidden()
    assert page.ui.openSettingsButton.isHidden()
    assert tab_chain(page)[0] == "importPlanButton"
    click(qtbot, page.ui.importPlanButton)
    wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()]
    assert len(wizards) == 1
    wizards[0].close()


def test_demo_dashboard_has_no_setup_banner(main_window: Any) -> None:
    assert main_window.current_page().ui.setupFrame.isHidden()


def test_empty_tables_say_what_to_do(empty_window: Any) -> None:
    hints = {
        key: empty_window.show_page(key).empty_hint.current_text()
        for key in ("tasks", "staff", "training", "activities")
    }
    assert "Ctrl+I" in hints["tasks"]
    assert "Ctrl+N" in hints["staff"] and "Ctrl+N" in hints["training"]
    assert "Enter" in hints["activities"]


def test_a_filter_that_hides_everything_says_so(qtbot: Any, main_window: Any) -> None:
    page = main_window.show_page("tasks")
    assert page.empty_hint.current_text() == ""
    page.apply_filter({"mine": False, "text": "không có nhiệm vụ nào như thế này"})
    assert page.visible_task_ids() == []
    assert "Ctrl+I" not in page.empty_hint.current_text()


def test_staff_dialog_tab_order_follows_the_form(qtbot: Any, empty_context: AppContext) -> None:
    dialog = StaffDialog(empty_context.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    chain = tab_chain(dialog)
    assert chain[:8] == [
        "nameEdit",
        "titleEdit",
        "roleCombo",
        "phoneEdit",
        "emailEdit",
        "fromDateCheck",
        "toDateCheck",
        "noteEdit",
    ]
    dialog.ui.fromDateCheck.setChecked(True)
    assert tab_chain(dialog).index("fromDateEdit") == tab_chain(dialog).index("fromDateCheck") + 1


def test_staff_dialog_enter_saves_and_escape_cancels(qtbot: Any, empty_context: AppContext) -> None:
    dialog = StaffDialog(empty_context.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.nameEdit, "Lò Văn Páo")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    with empty_context.workspace.session() as session:
        assert list_staff(session) == []

    dialog = StaffDialog(empty_context.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.nameEdit, "Lò Văn Páo", enter=True)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with empty_context.workspace.session() as session:
        assert [person.full_name for person in list_staff(session)] == ["Lò Văn Páo"]


def test_tasks_page_tab_order_reads_like_the_page(main_window: Any) -> None:
    page = main_window.show_page("tasks")
    chain = tab_chain(page)
    assert chain[:6] == [
        "searchEdit",
        "importButton",
        "scopeCombo",
        "statusFilterCombo",
        "deadlineFilterCombo",
        "taskTree",
    ]


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    translators = i18n.install_translators(qapp)
    assert translators, "no translation could be loaded"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root.window()):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            key = mnemonic(widget.text())
            if key:
                found.append((key, f"{widget.objectName()} “{widget.text()}”"))
    return found


def test_alt_letters_are_typeable_and_never_clash(vietnamese: None, main_window: Any) -> None:
    menus = [
        (mnemonic(action.text()), f"menu “{action.text()}”") for action in main_window.menuBar().actions()
    ]
    for spec in PAGES:
        if spec.key == "reports":
            continue  # being finished elsewhere
        page = main_window.show_page(spec.key)
        keys = [(key, where) for key, where in menus if key] + visible_mnemonics(page)
        untypeable = [where for key, where in keys if not re.fullmatch(r"[a-z0-9]", key)]
        assert not untypeable, f"{spec.key}: Alt+letter a US keyboard cannot type: {untypeable}"
        seen: dict[str, str] = {}
        for key, where in keys:
            assert key not in seen, f"{spec.key}: Alt+{key} means both {seen[key]} and {where}"
            seen[key] = where


def test_first_start_fits_the_screen_then_column_widths_are_remembered(
    qtbot: Any, context: AppContext, settings: QSettings, answers: Any
) -> None:
    from bkfi_desktop.ui.main_window import MainWindow

    first = MainWindow(context, settings)  # the offscreen screen is smaller than the form's 1180×760
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    assert first.height() < available.height()
    assert first.width() <= max(available.width(), first.minimumWidth())
    first.show()
    first.show_page("activities").ui.activityTable.horizontalHeader().resizeSection(1, 123)
    first.close()
    second = MainWindow(context, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.show_page("activities").ui.activityTable.horizontalHeader().sectionSize(1) == 123
