"""The five narrative sections of the Báo cáo page: filled without marking them edited, watched for
changes, and saved when the clerk leaves a field (the page does the saving)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

LIVE_PREVIEW_DELAY_MS = 1500


class NarrativeEditor(QObject):
    """`left_field` fires when focus leaves an edited section; `typing_paused` after a pause in typing."""

    left_field = Signal()
    typing_paused = Signal()

    def __init__(self, edits: dict[str, QPlainTextEdit], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edits = edits  # section key (core.reports.narrative.SECTIONS) → its edit
        self.dirty = False
        self._filling = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(LIVE_PREVIEW_DELAY_MS)
        self._pause.timeout.connect(self.typing_paused)
        for edit in edits.values():
            edit.installEventFilter(self)
            edit.textChanged.connect(self._changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.dirty:
            self._pause.stop()
            self.left_field.emit()
        return False

    def _changed(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self._pause.start()

    def texts(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.edits.items()}

    def fill(self, texts: dict[str, str], *, read_only: bool) -> None:
        """Show texts as saved (not edited); read-only for a signed or sent report."""
        self._filling = True
        try:
            for key, edit in self.edits.items():
                if edit.toPlainText() != texts.get(key, ""):
                    edit.setPlainText(texts.get(key, ""))
                edit.setReadOnly(read_only)
        finally:
            self._filling = False
        self.dirty = False
        self._pause.stop()

    def mark_saved(self) -> None:
        self.dirty = False
