"""The import wizard's preview tree: every task as the file will put it, so a person can judge it.

Sections for new, changed, withdrawn and unchanged tasks; each task row shows its code, text, the
unit's role, lead and support units, and the deadline as read with the date it means. A changed task
lists "field: old → new" under it; a warning sits under the task it names (the row is marked ⚠), and
warnings that name no task come first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from bkfi_desktop.core.plan_preview import CHANGED, NEW, UNCHANGED, WITHDRAWN, ImportPreview, PreviewRow
from bkfi_desktop.core.vocabulary import ROLE_LABELS
from bkfi_desktop.ui.deadline_meaning import deadline_line
from bkfi_desktop.ui.wrapping_delegate import install_wrapping

COL_CODE, COL_TASK, COL_ROLE, COL_LEAD, COL_SUPPORT, COL_DEADLINE = range(6)
WARNING_MARK = "⚠"
PREVIEW_LIMIT = 500
_WARNING_BRUSH = QBrush(QColor("#8a4b00"))
_OLD_NEW_BRUSH = QBrush(QColor("#1f4e79"))
_MARKS = {NEW: "+", CHANGED: "±", WITHDRAWN: "−", UNCHANGED: ""}


class ImportPreviewTree(QObject):
    """Fills a QTreeWidget (from import_wizard.ui) with an ImportPreview."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.setColumnCount(6)
        tree.setHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Task"),
                self.tr("The unit's role"),
                self.tr("Lead"),
                self.tr("Support"),
                self.tr("Deadline (the date it means)"),
            ]
        )
        tree.setHeaderHidden(False)
        install_wrapping(tree)  # long texts wrap; rows follow the columns' widths
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TASK, QHeaderView.ResizeMode.Stretch)
        widths = ((COL_CODE, 100), (COL_ROLE, 115), (COL_LEAD, 140), (COL_SUPPORT, 140), (COL_DEADLINE, 190))
        for column, width in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree.setColumnWidth(column, width)

    def labels(self) -> dict[str, str]:
        return {
            NEW: self.tr("New tasks"),
            CHANGED: self.tr("Changed tasks (old → new)"),
            WITHDRAWN: self.tr("Tasks withdrawn from the plan (kept with their history)"),
            UNCHANGED: self.tr("Unchanged tasks"),
        }

    def field_labels(self) -> dict[str, str]:
        return {
            "code": self.tr("Code"),
            "group": self.tr("Group"),
            "content": self.tr("Text"),
            "lead": self.tr("Lead"),
            "support": self.tr("Support"),
            "implement": self.tr("Implementing"),
            "deadline": self.tr("Deadline"),
            "product": self.tr("Product"),
            "details": self.tr("Details"),
        }

    def fill(self, preview: ImportPreview, units_created: list[str]) -> None:
        tree = self.tree
        tree.clear()
        if preview.general_warnings:
            top = self._section(self.tr("Warnings"), len(preview.general_warnings))
            for warning in preview.general_warnings:
                top.addChild(self._note(f"{WARNING_MARK} {warning}", _WARNING_BRUSH))
            top.setExpanded(True)
        for change, title in self.labels().items():
            rows = preview.rows_with(change)
            if not rows:
                continue
            top = self._section(title, len(rows))
            for row in rows[:PREVIEW_LIMIT]:
                item = self._task_item(row)
                top.addChild(item)
                item.setExpanded(bool(row.changes or row.warnings))
            if len(rows) > PREVIEW_LIMIT:
                more = self.tr("… and %1 more").replace("%1", str(len(rows) - PREVIEW_LIMIT))
                top.addChild(self._note(more))
            top.setExpanded(change != UNCHANGED or len(rows) <= 20)
        if units_created:
            top = self._section(self.tr("New units"), len(units_created))
            for name in units_created:
                top.addChild(self._note(name))
            top.setExpanded(len(units_created) <= 20)
        self._span_notes()
        tree.scheduleDelayedItemsLayout()

    def _span_notes(self) -> None:
        """Notes (old → new, warnings) read across the whole row; spanning needs them in the tree."""
        pending = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while pending:
            item = pending.pop()
            if item.data(0, Qt.ItemDataRole.UserRole) == "note":
                item.setFirstColumnSpanned(True)
            pending.extend(item.child(i) for i in range(item.childCount()))

    def _section(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{title} ({count})"])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        return item

    def _note(self, text: str, brush: QBrush | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setToolTip(0, text)
        if brush is not None:
            item.setForeground(0, brush)
        item.setData(0, Qt.ItemDataRole.UserRole, "note")
        return item

    def _task_item(self, row: PreviewRow) -> QTreeWidgetItem:
        role = ROLE_LABELS.get(row.my_role, row.my_role) if row.my_role else "—"
        deadline = deadline_line(row.deadline, row.due, row.repeating)
        mark = " ".join(part for part in (_MARKS[row.change], WARNING_MARK if row.warnings else "") if part)
        values = [
            f"{mark} {row.code}".strip(),
            row.content,
            role,
            "; ".join(row.lead),
            "; ".join(row.support),
            deadline,
        ]
        item = QTreeWidgetItem(values)
        item.setData(0, Qt.ItemDataRole.UserRole, row.code)
        for column, value in enumerate(values):
            item.setToolTip(column, value)  # the whole text, whatever the column's width
        if row.change == WITHDRAWN:
            font = QFont(item.font(COL_TASK))
            font.setStrikeOut(True)
            item.setFont(COL_TASK, font)
        labels = self.field_labels()
        for change in row.changes:
            text = f"{labels.get(change.field, change.field)}: {change.old or '—'} → {change.new or '—'}"
            item.addChild(self._note(text, _OLD_NEW_BRUSH))
        for warning in row.warnings:
            item.addChild(self._note(f"{WARNING_MARK} {warning}", _WARNING_BRUSH))
        return item
