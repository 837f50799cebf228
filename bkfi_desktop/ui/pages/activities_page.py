"""Hoạt động: dated activities with a quick entry row for daily work, over a paged SQL table model."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from bkfi_desktop.core.activities import ActivityFilter
from bkfi_desktop.core.tasks import list_tasks, several_plans, shown_code
from bkfi_desktop.core.vocabulary import ACTIVITY_KIND_LABELS
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.activity_delegate import ActivityDelegate
from bkfi_desktop.ui.activity_table_model import (
    COL_DATE,
    COL_KIND,
    COL_LINK,
    COL_QUANTITY,
    COL_TASK,
    COL_TITLE,
    SORT_KEY_OF_COLUMN,
    ActivityTableModel,
)
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.date_fields import from_qdate, optional_date, set_optional_date, setup_date_edit
from bkfi_desktop.ui.empty_hint import EmptyHint
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.base import Page

SEARCH_DELAY_MS = 250


class ActivitiesPageUi(FormUi):
    form = "activities_page"
    addDateEdit: QDateEdit
    addKindCombo: QComboBox
    addQuantitySpin: QSpinBox
    addTitleEdit: QLineEdit
    addTaskCombo: QComboBox
    addLinkEdit: QLineEdit
    addButton: QPushButton
    searchEdit: QLineEdit
    kindFilterCombo: QComboBox
    filterFromCheck: QCheckBox
    filterFromEdit: QDateEdit
    filterToCheck: QCheckBox
    filterToEdit: QDateEdit
    clearFilterButton: QPushButton
    activityTable: QTableView
    countLabel: QLabel
    deleteButton: QPushButton


class ActivitiesPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ActivitiesPageUi.load_into(self)
        ui = self.ui
        self._announcing = False  # our own activities_changed must not reload our own table
        self.model = ActivityTableModel(context.workspace, context.runner, self)
        self.model.error_raised.connect(lambda message: dialogs.show_error(self, message))
        self.model.totals_changed.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_args: self._update_count())
        self.model.dataChanged.connect(lambda *_args: self._announce())

        for code, text in ACTIVITY_KIND_LABELS.items():
            ui.addKindCombo.addItem(text, code)
        ui.kindFilterCombo.addItem(self.tr("All kinds"), None)
        for code, text in ACTIVITY_KIND_LABELS.items():
            ui.kindFilterCombo.addItem(text, code)
        today = context.today()
        setup_date_edit(ui.addDateEdit, today)
        set_optional_date(ui.filterFromCheck, ui.filterFromEdit, None)
        set_optional_date(ui.filterToCheck, ui.filterToEdit, None)
        setup_date_edit(ui.filterFromEdit, dt.date(today.year, 1, 1))
        setup_date_edit(ui.filterToEdit, today)

        table = ui.activityTable
        header = table.horizontalHeader()
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        table.setModel(self.model)
        table.setItemDelegate(ActivityDelegate(self.model, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_DATE, 100), (COL_KIND, 200), (COL_QUANTITY, 80), (COL_TASK, 80), (COL_LINK, 180)):
            header.resizeSection(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.empty_hint = EmptyHint.install(table, self._empty_text)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_filters)
        ui.kindFilterCombo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for widget in (ui.filterFromCheck, ui.filterToCheck):
            widget.toggled.connect(lambda _on: self.apply_filters())
        for edit in (ui.filterFromEdit, ui.filterToEdit):
            edit.dateChanged.connect(lambda _date: self.apply_filters())
        ui.clearFilterButton.clicked.connect(self.clear_filters)
        ui.addButton.clicked.connect(self.add_from_entry_row)
        ui.deleteButton.clicked.connect(self.delete_selected)
        for widget in (ui.addDateEdit, ui.addKindCombo, ui.addQuantitySpin, ui.addTitleEdit, ui.addTaskCombo, ui.addLinkEdit):
            widget.installEventFilter(self)

        context.signals.activities_changed.connect(self._changed_elsewhere)
        context.signals.tasks_changed.connect(self._load_tasks)
        self._load_tasks()
        self.model.set_filter(self.current_filter())

    def _empty_text(self) -> str:
        if self.current_filter() != ActivityFilter():
            return self.tr("No activity matches these filters. Press “Clear filter” to see them all.")
        return self.tr(
            "No activity recorded yet. Type the first one in the quick entry row above and press Enter."
        )

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("activities_page/header", self.ui.activityTable.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        """Column widths the clerk set last time (the sort order is always newest first)."""
        header = self.ui.activityTable.horizontalHeader()
        state = settings.value("activities_page/header")
        if isinstance(state, QByteArray):
            header.blockSignals(True)
            header.restoreState(state)
            header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)

    # --- page contract ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.workspace = self.context.workspace  # a restore may have replaced it
        self._load_tasks()
        self.model.reload()

    def new_item(self) -> None:
        self.ui.addTitleEdit.setFocus()
        self.ui.addTitleEdit.selectAll()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def delete_selected(self) -> None:
        rows = sorted({index.row() for index in self.ui.activityTable.selectionModel().selectedRows()})
        if not rows:
            return
        if len(rows) == 1:
            question = self.tr("Delete the activity “%1”?").replace("%1", self.model.row_data(rows[0]).title)
        else:
            question = self.tr("Delete the %1 selected activities?").replace("%1", str(len(rows)))
        if not dialogs.confirm(self, question, self.tr("Delete activities")):
            return
        if self.model.remove_rows(rows):
            self._announce()

    def apply_filter(self, filter: dict[str, Any]) -> None:
        """From the dashboard: {"kind": code, "start": date, "end": date, "text": str}."""
        ui = self.ui
        for widget in (ui.searchEdit, ui.kindFilterCombo, ui.filterFromCheck, ui.filterToCheck, ui.filterFromEdit, ui.filterToEdit):
            widget.blockSignals(True)
        ui.searchEdit.setText(str(filter.get("text", "")))
        ui.kindFilterCombo.setCurrentIndex(max(0, ui.kindFilterCombo.findData(filter.get("kind"))))
        set_optional_date(ui.filterFromCheck, ui.filterFromEdit, filter.get("start"))
        set_optional_date(ui.filterToCheck, ui.filterToEdit, filter.get("end"))
        for widget in (ui.searchEdit, ui.kindFilterCombo, ui.filterFromCheck, ui.filterToCheck, ui.filterFromEdit, ui.filterToEdit):
            widget.blockSignals(False)
        self.apply_filters()

    # --- filtering ----------------------------------------------------------------------------------

    def current_filter(self) -> ActivityFilter:
        ui = self.ui
        return ActivityFilter(
            text=ui.searchEdit.text().strip(),
            kind=ui.kindFilterCombo.currentData(),
            start=optional_date(ui.filterFromCheck, ui.filterFromEdit),
            end=optional_date(ui.filterToCheck, ui.filterToEdit),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        wanted = self.current_filter()
        if wanted != self.model.query_filter:
            self.model.set_filter(wanted)

    def clear_filters(self) -> None:
        self.apply_filter({})

    # --- quick entry --------------------------------------------------------------------------------

    def add_from_entry_row(self) -> None:
        ui = self.ui
        try:
            self.model.add(
                from_qdate(ui.addDateEdit.date()),
                ui.addKindCombo.currentData(),
                ui.addQuantitySpin.value(),
                ui.addTitleEdit.text(),
                task_id=ui.addTaskCombo.currentData(),
                link=ui.addLinkEdit.text(),
            )
        except BkfiError as error:
            dialogs.show_error(self, error)
            ui.addTitleEdit.setFocus()
            return
        # Date, kind and task stay: daily entry is usually several of the same kind on one day.
        ui.addTitleEdit.clear()
        ui.addLinkEdit.clear()
        ui.addQuantitySpin.setValue(1)
        ui.addTitleEdit.setFocus()
        ui.activityTable.scrollToTop()
        self._announce()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter anywhere in the quick entry row adds the activity (unless a list is open)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                combo_open = isinstance(watched, QComboBox) and watched.view().isVisible()
                if not combo_open:
                    self.add_from_entry_row()
                    return True
        return super().eventFilter(watched, event)

    # --- helpers ------------------------------------------------------------------------------------

    def _load_tasks(self) -> None:
        try:
            with self.context.workspace.session() as session:
                views = list_tasks(session)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        views.sort(key=lambda view: not view.mine)  # the unit's own tasks first, plan order kept
        several = several_plans(views)  # codes repeat across plans: show which plan
        self.model.set_tasks({view.id: (shown_code(view, several), view.content) for view in views})
        combo = self.ui.addTaskCombo
        keep = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("(no task)"), None)
        for view in views:
            combo.addItem(f"{shown_code(view, several)} — {view.content[:90]}", view.id)
            combo.setItemData(combo.count() - 1, view.content, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(keep)))

    def _keep_sortable_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Task and link cannot be sorted: put the arrow back on the column the rows are sorted by."""
        if column in SORT_KEY_OF_COLUMN:
            return
        current = next(col for col, key in SORT_KEY_OF_COLUMN.items() if key == self.model.order_by)
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        header = self.ui.activityTable.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(current, order)
        header.blockSignals(False)

    def _update_count(self) -> None:
        self.ui.countLabel.setText(
            self.tr("Showing %1 of %2 activities")
            .replace("%1", f"{self.model.rowCount():,}".replace(",", "."))
            .replace("%2", f"{self.model.total:,}".replace(",", "."))
        )

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.context.announce("activities")
        finally:
            self._announcing = False

    def _changed_elsewhere(self) -> None:
        if not self._announcing:
            self.model.reload()
