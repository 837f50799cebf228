"""What a clerk does with mouse and keyboard, as small helpers over qtbot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, widget: QWidget, text: str, *, replace: bool = True, enter: bool = False) -> None:
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_text(widget: QWidget, text: str) -> None:
    """Type text as a Vietnamese keyboard (Unikey) delivers it: one key event per character.

    QTest.keyClicks only knows Latin-1 and aborts on "Đ"; real key events with text work for all.
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    target = widget.focusProxy() or widget
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick an entry with the arrow keys, as from the keyboard (emits `activated` like a real choice)."""
    target = combo.findText(text)
    assert target >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def click_index(qtbot: Any, view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def top_level(kind: type) -> Any:
    found = [
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, kind) and widget.isVisible()
    ]
    assert found, f"no visible {kind.__name__}"
    return found[-1]


def drop_files(widget: QWidget, paths: list[Any]) -> bool:
    """Drag files from the file manager onto widget and let go: DragEnter, then Drop."""
    import warnings

    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def open_import_preview(qtbot: Any, main_window: Any, answers: Any, source: Any) -> Any:
    """Tệp → Nhập danh sách nhiệm vụ, choose `source` in the file dialog, Tiếp: the wizard at its preview."""
    from bkfi_desktop.ui.import_wizard import STEP_PREVIEW, ImportWizard

    main_window.ui.actionImport.trigger()
    wizard = top_level(ImportWizard)
    answers.open_files.append(source)
    click(qtbot, wizard.ui.browseButton)
    click(qtbot, wizard.ui.nextButton)
    assert wizard.step() == STEP_PREVIEW
    return wizard
