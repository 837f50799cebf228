"""Table columns that share a small screen fairly, and the full text of a cut cell on hover.

Qt's ResizeToContents + one Stretch column lets a long e-mail address keep its whole width while the
stretched column (a job title) is squeezed to "Phó C…", even at 1024×768 where a little from each
long column would do. `ColumnFitter` gives every column its content width while the view has room
(the extra goes to the stretch column); when it has not, the widest columns give way first and
equally ("water-filling"), so short columns (dates, phone numbers) are never cut. A cell whose text
is cut wraps (tables with word wrap on) and shows the whole text as its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QTreeView

_MIN_WIDTH = 48
_PADDING = 14  # margins and a little air around a cell's text


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]


def share(wants: list[int], available: int, stretch: int) -> list[int]:
    """Widths for columns wanting `wants` pixels in `available`: all they want and the rest to `stretch`,
    or, when short, the same cap on every column wider than it (never below a small minimum)."""
    total = sum(wants)
    if total <= available:
        widths = list(wants)
        if 0 <= stretch < len(widths):
            widths[stretch] += available - total
        return widths
    low, high = _MIN_WIDTH, max(wants, default=_MIN_WIDTH)
    while low < high:  # the largest cap whose columns still fit
        cap = (low + high + 1) // 2
        if sum(min(want, cap) for want in wants) <= available:
            low = cap
        else:
            high = cap - 1
    return [max(min(want, low), min(want, _MIN_WIDTH)) for want in wants]


class ColumnFitter(QObject):
    """Keeps a table's or tree's columns fitted as its width and contents change."""

    def __init__(self, view: QAbstractItemView, stretch: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        header = _header(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self.viewport = view.viewport()
        self.viewport.installEventFilter(self)
        model = view.model()
        if model is not None:
            # Bound methods (not lambdas): Qt drops these connections when the fitter goes away.
            model.modelReset.connect(self.schedule)
            model.layoutChanged.connect(self.schedule)
            model.rowsInserted.connect(self.schedule)
            model.dataChanged.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Look at the event type first: while a window is torn down, asking the view anything crashes.
        kind = event.type()
        if kind not in (QEvent.Type.Resize, QEvent.Type.ToolTip) or watched is not getattr(self, "viewport", None):
            return False
        if kind == QEvent.Type.Resize:
            self._timer.start()
        elif isinstance(event, QHelpEvent):
            return self._tooltip(event)
        return False

    def fit(self) -> None:
        view = self.view
        header = _header(view)
        columns = [column for column in range(header.count()) if not header.isSectionHidden(column)]
        if not columns:
            return
        wants = [
            max(view.sizeHintForColumn(column), header.sectionSizeHint(column)) + _PADDING // 2
            for column in columns
        ]
        stretch = columns.index(self.stretch) if self.stretch in columns else -1
        for column, width in zip(columns, share(wants, view.viewport().width(), stretch), strict=True):
            header.resizeSection(column, width)
        if isinstance(view, QTableView) and view.wordWrap():
            view.resizeRowsToContents()  # a cut text wraps onto a second line rather than losing its end

    def _tooltip(self, event: QHelpEvent) -> bool:
        """The whole text of a cut cell; cells that fit (or have their own tooltip) are left alone."""
        view = self.view
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(0x03):  # Qt.ToolTipRole: the model already says more
            return False
        text = str(index.data() or "")
        room = view.visualRect(index).width() - _PADDING
        if not text or view.fontMetrics().horizontalAdvance(text) <= room:
            return False
        QToolTip.showText(event.globalPos(), text, view)
        return True


def fit_columns(view: QTableView | QTreeView, stretch: int) -> ColumnFitter:
    return ColumnFitter(view, stretch)
