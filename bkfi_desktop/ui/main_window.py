"""The main window: navigation list, page stack, menus, shortcuts, status bar; remembers its layout."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from bkfi_desktop import paths
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages import PAGES, PageSpec
from bkfi_desktop.ui.pages.base import Page
from bkfi_desktop.ui.pages.placeholder_page import PlaceholderPage

log = logging.getLogger(__name__)


class MainWindowUi(FormUi):
    form = "main_window"
    mainSplitter: QSplitter
    navList: QListWidget
    pageStack: QStackedWidget
    statusbar: QStatusBar
    demoBanner: QFrame
    demoBannerLabel: QLabel
    demoBannerButton: QPushButton
    menuFile: QMenu
    menuEdit: QMenu
    actionImport: QAction
    actionDetailedPlan: QAction
    actionVerify: QAction
    actionCompile: QAction
    actionCrl: QAction
    actionUnits: QAction
    actionPlans: QAction
    actionQuit: QAction
    actionNew: QAction
    actionDelete: QAction
    actionSearch: QAction
    actionRefresh: QAction
    actionAbout: QAction


# Qt.ItemDataRole.UserRole as its number: the shell is built before Qt's enums are (see app.py).
PAGE_KEY_ROLE = 0x0100


def settings_store() -> QSettings:
    """Window layout lives beside the data (follows BKFI_HOME and portable mode), not in the registry."""
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def load_page_class(spec: PageSpec) -> type[QWidget] | None:
    """Import a page module lazily; None when it does not exist yet (a placeholder is shown)."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name and spec.module.startswith(exc.name):
            return None
        raise
    found = getattr(module, spec.class_name, None)
    if isinstance(found, type) and issubclass(found, QWidget):
        return found
    candidates = [
        value
        for value in vars(module).values()
        if inspect.isclass(value)
        and issubclass(value, QWidget)
        and value.__module__ == module.__name__
        and value.__name__.endswith("Page")
    ]
    return candidates[0] if len(candidates) == 1 else None


class MainWindow(QMainWindow):
    """Built with a context (tests, a reopened workspace), or as a shell (context None) that app.main
    paints before the workspace and SQLAlchemy are loaded, then `attach`es the opened workspace to."""

    context: AppContext

    def __init__(self, context: AppContext | None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or settings_store()
        self.ui = MainWindowUi.load_into(self)
        self.pages: dict[str, QWidget] = {}
        self._build_status_bar()
        self._build_navigation()
        self._connect_actions()
        self.restore_layout()
        self._opening: QLabel | None = None
        if context is None:
            self._set_ready(False)
            self._opening = QLabel(QCoreApplication.translate("app", "Opening the data file…"), self)
            # Centred by its style sheet: Qt.AlignmentFlag would build all of Qt's enums before the
            # first paint (see app.py).
            self._opening.setStyleSheet("qproperty-alignment: AlignCenter;")
            self._opening.setEnabled(False)  # greyed: a note, not content
            self.ui.pageStack.addWidget(self._opening)
        else:
            self.attach(context)

    def attach(self, context: AppContext, demo_state: tuple[str | None] | None = None) -> None:
        """Show context's workspace: the first page, the status bar, the banner (demo_state: its state
        when already known, see demo_banner.demo_state), scheduled backups."""
        from bkfi_desktop.ui.auto_backup import AutoBackup
        from bkfi_desktop.ui.demo_banner import DemoBanner

        self.context = context
        if self._opening is not None:
            self.ui.pageStack.removeWidget(self._opening)
            self._opening.deleteLater()
            self._opening = None
        self._set_ready(True)
        self.context.signals.backup_made.connect(self.update_status)
        self.context.signals.workspace_replaced.connect(self._workspace_replaced)
        self._close_when_idle = False  # the clerk chose to close during work: close once it has stopped
        self.context.runner.idle.connect(self._work_stopped)
        self.update_status()
        self.auto_backup = AutoBackup(context, self)
        self.show_page(PAGES[0].key)
        self.demo_banner = DemoBanner(self, demo_state)  # "Dữ liệu mẫu": the demo workspace, or demo data left over

    def is_attached(self) -> bool:
        return hasattr(self, "context")

    def _set_ready(self, ready: bool) -> None:
        """Until a workspace is attached only Thoát works: every other action needs the data."""
        self.ui.navList.setEnabled(ready)
        for action in self.findChildren(QAction):
            if action is not self.ui.actionQuit and not action.menu():
                action.setEnabled(ready)

    # --- building --------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.workspace_label = QLabel(self)
        self.backup_label = QLabel(self)
        self.ui.statusbar.addWidget(self.workspace_label, 1)
        self.ui.statusbar.addPermanentWidget(self.backup_label)

    def _build_navigation(self) -> None:
        for spec in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("pages", spec.title))
            item.setData(PAGE_KEY_ROLE, spec.key)
            self.ui.navList.addItem(item)
        self.ui.navList.currentRowChanged.connect(self._nav_row_changed)

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionImport.triggered.connect(self.open_import_wizard)
        ui.actionDetailedPlan.triggered.connect(self.open_detailed_plan)
        ui.actionVerify.triggered.connect(self.open_verify_dialog)
        ui.actionCompile.triggered.connect(self.open_compile_dialog)
        ui.actionCrl.triggered.connect(self.open_crl_dialog)
        ui.actionUnits.triggered.connect(self.open_unit_directory)
        ui.actionPlans.triggered.connect(self.open_plan_details)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionNew.triggered.connect(lambda: self._call_page("new_item"))
        ui.actionDelete.triggered.connect(lambda: self._call_page("delete_selected"))
        ui.actionSearch.triggered.connect(lambda: self._call_page("focus_search"))
        ui.actionRefresh.triggered.connect(self.refresh_current)
        ui.actionAbout.triggered.connect(self._about)

    # --- pages -----------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for key, built on first use."""
        if key not in self.pages:
            spec = next(spec for spec in PAGES if spec.key == key)
            title = QCoreApplication.translate("pages", spec.title)
            try:
                page_class = load_page_class(spec)
                widget = (
                    PlaceholderPage(self.context, title) if page_class is None else page_class(self.context)
                )
            except Exception:  # a broken page must not take the whole window down
                log.exception("cannot build page %s", spec.key)
                widget = PlaceholderPage(self.context, title)
            navigate = getattr(widget, "navigate", None)
            if navigate is not None and hasattr(navigate, "connect"):
                navigate.connect(self.show_page)
            self.ui.pageStack.addWidget(widget)
            self.pages[key] = widget
            self._call(widget, "restore_layout", self.settings)
            self._call(widget, "refresh")
        return self.pages[key]

    def current_key(self) -> str:
        item = self.ui.navList.currentItem()
        return str(item.data(PAGE_KEY_ROLE)) if item else PAGES[0].key

    def current_page(self) -> QWidget:
        return self.page(self.current_key())

    def show_page(self, key: str, filter: dict[str, Any] | None = None) -> QWidget:
        row = next(index for index, spec in enumerate(PAGES) if spec.key == key)
        widget = self.page(key)
        if self.ui.navList.currentRow() != row:
            self.ui.navList.setCurrentRow(row)
        self.ui.pageStack.setCurrentWidget(widget)
        if filter:
            self._call(widget, "apply_filter", filter)
        return widget

    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.ui.pageStack.setCurrentWidget(self.page(PAGES[row].key))

    def _call_page(self, method: str) -> None:
        self._call(self.current_page(), method)

    def _call(self, widget: QWidget, method: str, *args: Any) -> None:
        handler = getattr(widget, method, None)
        if callable(handler):
            handler(*args)

    def refresh_current(self) -> None:
        self._call_page("refresh")
        self.update_status()

    def _workspace_replaced(self) -> None:
        for widget in self.pages.values():
            self._call(widget, "refresh")
        self.update_status()

    # --- actions ---------------------------------------------------------------------------------

    def open_import_wizard(self) -> None:
        from bkfi_desktop.ui.import_wizard import open_import_wizard

        open_import_wizard(self.context, self)

    def open_detailed_plan(self) -> None:
        from bkfi_desktop.ui.printing import open_detailed_plan_dialog

        open_detailed_plan_dialog(self.context, self)

    def open_verify_dialog(self) -> None:
        """The receiving office checks a report's signature before accepting it (Tệp menu)."""
        from bkfi_desktop.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_compile_dialog(self) -> None:
        """The compiling office compiles the units' signed reports without retyping them (Tệp menu)."""
        from bkfi_desktop.ui.compile_dialog import CompileDialog

        dialog = CompileDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_crl_dialog(self) -> None:
        """The revocation lists every signature check uses (Tệp menu; also from the compile dialog)."""
        from bkfi_desktop.ui.crl_dialog import CrlDialog

        dialog = CrlDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_unit_directory(self) -> None:
        """The clerk corrects the units an import created (Sửa menu)."""
        from bkfi_desktop.ui.unit_directory_dialog import UnitDirectoryDialog

        dialog = UnitDirectoryDialog(self.context.workspace, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_plan_details(self) -> None:
        """The clerk corrects a plan's details or archives it (Sửa menu)."""
        from bkfi_desktop.ui.plan_details_dialog import PlanDetailsDialog

        dialog = PlanDetailsDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _about(self) -> None:
        from bkfi_desktop import __version__

        dialogs.show_info(
            self,
            self.tr("BKFI Desktop, version %1").replace("%1", __version__)
            + "\n\n"
            + self.tr("BKFI Desktop: tasks, progress and periodic reports on the plans a unit carries out.")
            + "\n\n"
            + self.tr("Data file: %1").replace("%1", str(self.context.workspace.path)),
            self.tr("About BKFI Desktop"),
        )

    # --- status bar ------------------------------------------------------------------------------

    def update_status(self) -> None:
        workspace = self.context.workspace
        self.workspace_label.setText(self.tr("Data file: %1").replace("%1", str(workspace.path)))
        self.workspace_label.setToolTip(str(workspace.path))
        last = workspace.last_backup()
        if last is None:
            self.backup_label.setText(self.tr("Not backed up yet"))
        else:
            when = dt.datetime.fromtimestamp(last.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
            self.backup_label.setText(self.tr("Last backup: %1").replace("%1", when))
            self.backup_label.setToolTip(str(last))

    # --- layout memory ---------------------------------------------------------------------------

    def restore_layout(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._fit_first_start()
        state = self.settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.mainSplitter.restoreState(splitter)
        else:
            self.ui.mainSplitter.setSizes([190, 990])

    def _fit_first_start(self) -> None:
        """First start: the window fits the screen's free area (an old 1024×768 or 1366×768 screen
        included), never running under the taskbar, and sits in the middle of it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame = QSize(16, 40)  # the window frame and title bar around the client area
        self.resize(self.size().boundedTo(available.size() - frame).expandedTo(self.minimumSize()))
        geometry = self.frameGeometry()
        geometry.moveCenter(available.center())
        self.move(geometry.topLeft())

    def save_layout(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.setValue("main_window/splitter", self.ui.mainSplitter.saveState())
        for widget in self.pages.values():
            self._call(widget, "save_layout", self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Work still running: ask, then cancel it and close once it has stopped cleanly.
        if getattr(self, "context", None) is not None and self.context.runner.busy():
            event.ignore()
            if not self._close_when_idle and dialogs.confirm(
                self,
                self.tr("Some work is still running. Cancel it and close the program?"),
                self.tr("Close BKFI Desktop"),
            ):
                self._close_when_idle = True
                self.context.runner.cancel_all()
            return
        self.save_layout()
        super().closeEvent(event)

    def _work_stopped(self) -> None:
        if self._close_when_idle:
            self.close()


__all__ = ["MainWindow", "Page", "load_page_class", "settings_store"]
