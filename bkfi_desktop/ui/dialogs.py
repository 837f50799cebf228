"""Every modal question the GUI asks goes through here, so tests can answer without hanging.

Call these as `dialogs.confirm(...)` (module attribute, not a from-import): tests/ui/conftest.py
replaces them with scripted answers.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bkfi_desktop.errors import BkfiError

log = logging.getLogger(__name__)


def error_text(error: BaseException | str) -> str:
    """The Vietnamese sentence to show for an error; unexpected errors get a generic one."""
    if isinstance(error, str):
        return error
    if isinstance(error, BkfiError):
        return error.message
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate("dialogs", "An unexpected error occurred: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )


def show_error(parent: QWidget | None, error: BaseException | str, title: str = "") -> None:
    QMessageBox.critical(parent, title or QCoreApplication.translate("dialogs", "Error"), error_text(error))


def show_info(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("dialogs", "Information"), text)


def confirm(parent: QWidget | None, text: str, title: str = "") -> bool:
    """Ask a yes/no question; No is the default so Enter never deletes by accident."""
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("dialogs", "Confirm"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_open_file(parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(path) if path else None


def choose_open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return [Path(path) for path in paths]


def choose_save_file(
    parent: QWidget | None, title: str, suggested: str = "", name_filter: str = ""
) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(path) if path else None


def open_external(url: QUrl) -> bool:
    """Open a file or link with the system's program (Word, a PDF viewer, the browser)."""
    return QDesktopServices.openUrl(url)
