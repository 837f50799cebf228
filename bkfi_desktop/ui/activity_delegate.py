"""In-place editors for the activities table: a date box (dd/MM/yyyy), kind and task lists, a quantity box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from bkfi_desktop.core.vocabulary import ACTIVITY_KIND_LABELS
from bkfi_desktop.ui.activity_table_model import (
    COL_DATE,
    COL_KIND,
    COL_QUANTITY,
    COL_TASK,
    ActivityTableModel,
    Index,
)
from bkfi_desktop.ui.date_fields import DISPLAY_FORMAT


class ActivityDelegate(QStyledItemDelegate):
    """In-place editors: a date box (dd/MM/yyyy), a kind list, a quantity box, a task list."""

    def __init__(self, model: ActivityTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == COL_DATE:
            editor = QDateEdit(parent)
            editor.setDisplayFormat(DISPLAY_FORMAT)
            editor.setCalendarPopup(True)
            return editor
        if column == COL_KIND:
            combo = QComboBox(parent)
            for code, text in ACTIVITY_KIND_LABELS.items():
                combo.addItem(text, code)
            return combo
        if column == COL_QUANTITY:
            spin = QSpinBox(parent)
            spin.setRange(1, 1_000_000)
            return spin
        if column == COL_TASK:
            combo = QComboBox(parent)
            combo.addItem(self.tr("(no task)"), None)
            for task_id, code in self.model.task_codes.items():
                combo.addItem(f"{code} — {self.model.task_titles.get(task_id, '')[:80]}", task_id)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, position))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
