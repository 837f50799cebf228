"""What goes into a compile in Tổng hợp báo cáo các đơn vị: the PDF files (chosen, a folder's, dropped)
and the period (a list of recent ones, or one typed such as 2025-Q3). Helpers of ui/compile_dialog.py."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from bkfi_desktop.core.periods import make_period


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """The folder chooser (tests replace it, like the choosers in bkfi_desktop.ui.dialogs)."""
    folder = QFileDialog.getExistingDirectory(parent, title)
    return Path(folder) if folder else None


def pdfs_in(paths: Iterable[Path]) -> list[Path]:
    """The PDF files among `paths`, a folder standing for the .pdf files directly inside it (by name)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".pdf"))
        elif path.suffix.lower() == ".pdf":
            found.append(path)
    return found


def dropped_pdfs(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return pdfs_in(Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())


def fill_periods(combo: QComboBox, year: int, automatic: str) -> None:
    """"Automatic" first, then this year's and last year's annual and first-half periods."""
    combo.addItem(automatic, None)
    for each_year in (year, year - 1):
        for kind, index in (("year", 1), ("half", 1)):
            period = make_period(kind, each_year, index)
            combo.addItem(f"{period.code} — {period.label_vi}", period.code)
    combo.setCurrentIndex(0)


def chosen_period(combo: QComboBox) -> str | None:
    """The period chosen (None: automatic), or the code typed (checked when Compile is pressed)."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0:
        return combo.itemData(index)
    return text.split("—")[0].strip().upper() or None


def set_period(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(code or "")
