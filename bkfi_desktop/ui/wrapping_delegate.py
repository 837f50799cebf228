"""Tree rows as tall as their wrapped text: Qt sizes a row for one line even with word wrap on.

`install_wrapping(tree)` turns word wrap on, lets rows differ in height, and sizes each cell for its
text at the column's current width (less the indentation in the first column); rows are laid out again
when a column is resized. A cap on lines keeps long titles to a few lines, cut with "…" beyond that
(the whole text stays in the tooltip and the detail panel).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_MARGINS = 12


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeView, max_lines: int = 0) -> None:
        super().__init__(tree)
        self.tree = tree
        self.max_lines = max_lines  # 0: as many as the text needs

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        tree = self.tree
        parent = index.parent()
        spanned = tree.isFirstColumnSpanned(index.row(), QModelIndex(parent))
        width = tree.viewport().width() if spanned else tree.header().sectionSize(index.column())
        if index.column() == 0:
            depth = 0
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= tree.indentation() * (depth + int(tree.rootIsDecorated()))
        width = max(width - _MARGINS, 40)
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        height = bounds.height()
        if self.max_lines:
            height = min(height, self.max_lines * opt.fontMetrics.lineSpacing())
        return QSize(base.width(), max(base.height(), height + 6))

    def relayout(self, *_args: object) -> None:
        """Row heights follow the columns' widths (a bound method: dropped with the delegate)."""
        self.tree.scheduleDelayedItemsLayout()


def install_wrapping(tree: QTreeView, max_lines: int = 0) -> WrappingDelegate:
    delegate = WrappingDelegate(tree, max_lines)
    tree.setItemDelegate(delegate)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.header().sectionResized.connect(delegate.relayout)
    return delegate

