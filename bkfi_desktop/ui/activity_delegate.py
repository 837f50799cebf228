"""In-place editors for the activities table: a date box (dd/MM/yyyy), kind and task lists, a quantity box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from bkfi_desktop.core.vocabulary import ACTIVITY_KIND_LABELS
from bkfi_desktop.textvn.shorten import shorten
from bkfi_desktop.ui.activity_table_model import (
    COL_DATE,
    COL_KIND,
    COL_QUANTITY,
    COL_TASK,
    ActivityTableModel,
    Index,
)
from bkfi_desktop.ui.date_fields import prepare_date_edit
from bkfi_desktop.ui.date_typing import date_typing

_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class ActivityDelegate(QStyledItemDelegate):
    """In-place editors: a date box (dd/MM/yyyy), a kind list, a quantity box, a task list."""

    def __init__(self, model: ActivityTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == COL_DATE:
            editor = QDateEdit(parent)
            prepare_date_edit(editor)
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
                combo.addItem(f"{code} — {shorten(self.model.task_titles.get(task_id, ''), 80)}", task_id)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, position))
            return
        super().setEditorData(editor, index)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        # Enter or Tab on a half-typed or impossible date keeps the cell open with the reason shown,
        # instead of committing whatever the box held before.
        if isinstance(watched, QDateEdit) and event.type() == QEvent.Type.KeyPress:
            typing = date_typing(watched)
            key = event.key()  # type: ignore[attr-defined]
            if typing is not None and typing.entry is not None and key in _COMMIT_KEYS:
                if not typing.finish(keep_entry=True):
                    return True
        return super().eventFilter(watched, event)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            typing = date_typing(editor)
            if typing is not None and not typing.finish():
                return  # refused, with the reason shown; the cell keeps its date
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
