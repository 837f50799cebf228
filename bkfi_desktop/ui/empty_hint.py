"""An empty list or table says what to do: a grey sentence painted in the middle of its viewport.

    EmptyHint.install(view, lambda: page.tr("No staff yet. Press New… (Ctrl+N) to add someone."))

The text is asked for each time it is painted, so it can follow the filters (empty because nothing
matches, or empty because nothing was recorded yet) and the interface language. Painting only:
no widget is added, so the form's layout stays the one in forms/*.ui.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView

MARGIN = 24


class EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self.view = view
        self.text = text
        view.viewport().installEventFilter(self)

    @classmethod
    def install(cls, view: QAbstractItemView, text: Callable[[], str]) -> EmptyHint:
        return cls(view, text)

    def is_empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount(QModelIndex()) == 0

    def current_text(self) -> str:
        """The sentence shown now ("" while the view has rows)."""
        return self.text() if self.is_empty() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            text = self.current_text()
            if text:
                viewport = self.view.viewport()
                painter = QPainter(viewport)
                painter.setPen(self.view.palette().color(QPalette.ColorRole.PlaceholderText))
                area = viewport.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
                painter.drawText(area, int(flags), text)
                painter.end()
        return False
