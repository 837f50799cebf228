"""The activities table: SQL paging, sorting and filtering so 100,000 rows stay smooth.

The model holds only the rows fetched so far (pages of PAGE_SIZE through core.activities); the view
asks for more as it scrolls (canFetchMore/fetchMore). Sorting and filtering re-query the database.
An edit, an addition or a deletion changes that one row in place: no full reload after each edit.

Paging by offset while rows are added, edited or deleted: `_fetched` is how many database rows of the
current query were read. A deletion of a read row, or an edit that may move it in the sort order,
steps `_fetched` back so no row is ever skipped; rows read twice are dropped by id.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from bkfi_desktop.core import activities as service
from bkfi_desktop.core.activities import ActivityFilter, ActivityRow
from bkfi_desktop.core.vocabulary import ACTIVITY_KIND_LABELS, label
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui.date_fields import format_date, from_qdate, to_qdate
from bkfi_desktop.ui.dialogs import error_text
from bkfi_desktop.ui.worker import TaskRunner

PAGE_SIZE = 200

COL_DATE, COL_KIND, COL_QUANTITY, COL_TITLE, COL_TASK, COL_LINK = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ActivityTableModel", "Date"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Kind"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Quantity"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Title"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Task"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Link"),
)
FIELD_OF_COLUMN = {COL_DATE: "date", COL_KIND: "kind", COL_QUANTITY: "quantity", COL_TITLE: "title",
                   COL_TASK: "task", COL_LINK: "link"}
SORT_KEY_OF_COLUMN = {COL_DATE: "date", COL_KIND: "kind", COL_QUANTITY: "quantity", COL_TITLE: "title"}

Index = QModelIndex | QPersistentModelIndex


class ActivityTableModel(QAbstractTableModel):
    """Rows of core.activities.ActivityRow, fetched a page at a time."""

    error_raised = Signal(str)  # a Vietnamese message from the service, for the page to show
    totals_changed = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner  # None: read on the calling thread
        self._generation = 0
        self._loading = False
        self.query_filter = ActivityFilter()
        self.order_by = "date"
        self.descending = True
        self.task_codes: dict[int, str] = {}
        self.task_titles: dict[int, str] = {}
        self._rows: list[ActivityRow] = []
        self._ids: set[int] = set()
        self._fetched = 0
        self._total = 0
        # Rows shown whose database position _fetched does not account for (added or moved here).
        self._extra: set[int] = set()

    # --- what the page asks -------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many activities match the filter in the database."""
        return self._total

    def set_tasks(self, tasks: dict[int, tuple[str, str]]) -> None:
        """{task id: (code, content)} for the task column and its editor."""
        self.task_codes = {task_id: code for task_id, (code, _content) in tasks.items()}
        self.task_titles = {task_id: content for task_id, (_code, content) in tasks.items()}

    def set_filter(self, query_filter: ActivityFilter) -> None:
        self.query_filter = query_filter
        self.reload()

    def reload(self) -> None:
        """Re-run the query from its first page (filter or sort changed, or another page wrote).

        The count and first page are read off the GUI thread (a diacritics-free search scans the
        table); the rows shown stay until the answer arrives, and a newer request wins over an older.
        """
        self._generation += 1
        generation = self._generation
        query_filter, order_by, descending = self.query_filter, self.order_by, self.descending
        workspace = self.workspace

        def read(_progress: Any) -> tuple[int, list[ActivityRow]]:
            with workspace.session() as session:
                total = service.count_activities(session, query_filter)
                first = service.fetch_activities(
                    session, query_filter, order_by=order_by, descending=descending, offset=0, limit=PAGE_SIZE
                )
            return total, first

        def show(result: tuple[int, list[ActivityRow]]) -> None:
            if generation != self._generation:
                return  # a newer filter or sort is on its way
            total, first = result
            self.beginResetModel()
            self._rows, self._ids, self._extra = [], set(), set()
            self._total, self._fetched = total, len(first)
            self._append(first)
            self._loading = False
            self.endResetModel()
            self.totals_changed.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._loading = False
                self.error_raised.emit(error_text(error))

        self._loading = True
        if self.runner is None:
            try:
                show(read(None))
            except BkfiError as error:
                failed(error)
            return
        self.runner.run(read, on_success=show, on_failure=failed)

    @property
    def loading(self) -> bool:
        return self._loading

    def activity_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, activity_id: int) -> int | None:
        for position, row in enumerate(self._rows):
            if row.id == activity_id:
                return position
        return None

    def row_data(self, row: int) -> ActivityRow:
        return self._rows[row]

    def add(
        self, date: dt.date, kind: str, quantity: int, title: str, *, task_id: int | None = None, link: str = ""
    ) -> int:
        """Save a new activity (one transaction) and show it at the top; raises BkfiError when refused."""
        with self.workspace.transaction() as session:
            activity = service.add_activity(session, date, kind, quantity, title, task=task_id, link=link)
            new = self._row_of_activity(activity)
        self._total += 1  # if it does not match the filter, the last fetchMore finds nothing more
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, new)
        self._ids.add(new.id)
        self._extra.add(new.id)
        self.endInsertRows()
        self.totals_changed.emit()
        return new.id

    def remove_rows(self, rows: list[int]) -> bool:
        """Delete the activities on these rows, all in one transaction; False (and a message) when refused."""
        rows = sorted(set(rows), reverse=True)
        try:
            with self.workspace.transaction() as session:
                for row in rows:
                    service.delete_activity(session, self._rows[row].id)
        except BkfiError as error:
            self.error_raised.emit(error.message)
            return False
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            removed = self._rows.pop(row)
            self.endRemoveRows()
            self._unplace(removed.id)
            self._ids.discard(removed.id)
            self._extra.discard(removed.id)
            self._total -= 1
        self.totals_changed.emit()
        return True

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and self._fetched < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        fresh: list[ActivityRow] = []
        try:
            with self.workspace.session() as session:
                while not fresh and self._fetched < self._total:  # rows read twice are skipped
                    fresh = [row for row in self._read_page(session) if row.id not in self._ids]
        except BkfiError as error:
            self.error_raised.emit(error.message)
            return
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
        self._append(fresh)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ActivityTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TASK and row.task_id is not None:
                return self.task_titles.get(row.task_id, "")
            if column in (COL_TITLE, COL_LINK):
                return row.title if column == COL_TITLE else row.link
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit one cell in place: one transaction through core.activities, then this row only."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        field = FIELD_OF_COLUMN[index.column()]
        if isinstance(value, QDate):
            value = from_qdate(value)
        if field == "task" and value in ("", None):
            value = None
        current = {"date": row.date, "kind": row.kind, "quantity": row.quantity, "title": row.title,
                   "task": row.task_id, "link": row.link}[field]
        if value == current:
            return False
        try:
            with self.workspace.transaction() as session:
                activity = service.update_activity(session, row.id, **{field: value})
                updated = self._row_of_activity(activity)
        except (BkfiError, ValueError, TypeError) as error:
            message = error.message if isinstance(error, BkfiError) else self.tr("This value cannot be used here.")
            self.error_raised.emit(message)
            return False
        self._rows[index.row()] = updated
        if SORT_KEY_OF_COLUMN.get(index.column()) == self.order_by:
            self._unplace(row.id)  # it may have moved across the paging boundary
            self._extra.add(row.id)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
        self.totals_changed.emit()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEY_OF_COLUMN.get(column)
        if key is None:
            return  # task and link are not sortable; the page keeps the indicator where it was
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.order_by, self.descending):
            return  # e.g. the view announcing the initial order: the page loads the first page itself
        self.order_by, self.descending = key, descending
        self.reload()

    # --- internals ----------------------------------------------------------------------------------

    def _read_page(self, session: Any) -> list[ActivityRow]:
        page = service.fetch_activities(
            session, self.query_filter, order_by=self.order_by, descending=self.descending,
            offset=self._fetched, limit=PAGE_SIZE,
        )
        self._fetched += len(page)
        if not page:
            self._fetched = self._total  # the table shrank under us: nothing more to read
        return page

    def _append(self, rows: list[ActivityRow]) -> None:
        for row in rows:
            if row.id not in self._ids:
                self._rows.append(row)
                self._ids.add(row.id)

    def _unplace(self, activity_id: int) -> None:
        """This read row left its place in the query's order: read from one place earlier next time."""
        if activity_id not in self._extra:
            self._fetched = max(0, self._fetched - 1)

    def _row_of_activity(self, activity: Any) -> ActivityRow:
        return ActivityRow(
            id=activity.id, date=activity.date, kind=activity.kind, quantity=activity.quantity,
            title=activity.title, link=activity.link, task_id=activity.task_id,
            task_code=self.task_codes.get(activity.task_id) if activity.task_id else None,
        )

    def _display(self, row: ActivityRow, column: int) -> str:
        if column == COL_DATE:
            return format_date(row.date)
        if column == COL_KIND:
            return label(ACTIVITY_KIND_LABELS, row.kind)
        if column == COL_QUANTITY:
            return str(row.quantity)
        if column == COL_TITLE:
            return row.title
        if column == COL_TASK:
            return row.task_code or (self.task_codes.get(row.task_id, "") if row.task_id else "")
        return row.link

    def _edit_value(self, row: ActivityRow, column: int) -> Any:
        if column == COL_DATE:
            return to_qdate(row.date)
        if column == COL_KIND:
            return row.kind
        if column == COL_QUANTITY:
            return row.quantity
        if column == COL_TITLE:
            return row.title
        if column == COL_TASK:
            return row.task_id
        return row.link
