"""The interface is Vietnamese: every source string has a finished translation, the catalogue is up to
date with the sources, and the running window shows Vietnamese."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from bkfi_desktop.ui import i18n
from bkfi_desktop.ui.i18n import unfinished_messages


def test_no_unfinished_translation() -> None:
    missing = unfinished_messages(i18n.ts_path())
    listing = "\n".join(f"[{context}] {source}" for context, source in missing)
    assert not missing, (
        f"{len(missing)} strings lack a Vietnamese translation in {i18n.ts_path().name}:\n{listing}"
    )


def test_catalogue_holds_every_source_string(tmp_path: Path) -> None:
    """lupdate over the current sources adds nothing: no tr() string is missing from the .ts."""
    if i18n._qt_tool("lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "bkfi_vi.ts"
    shutil.copy(i18n.ts_path(), copy)
    i18n.run_lupdate(copy, locked=False)
    before = {pair for pair in unfinished_messages(i18n.ts_path())}
    new = [pair for pair in unfinished_messages(copy) if pair not in before]
    assert not new, f"run `python -m bkfi_desktop.ui.i18n update` and translate: {new}"


def test_compile_translations(tmp_path: Path) -> None:
    if i18n._qt_tool("lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    written = i18n.compile_translations(tmp_path)
    assert [path.name for path in written] == ["bkfi_vi.qm"]
    assert written[0].stat().st_size > 1000


@pytest.fixture
def vietnamese(qapp: QApplication) -> Any:
    locale = QLocale()
    translators = i18n.install_translators(qapp)
    assert translators, "no translation could be loaded"
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_window_shows_vietnamese(vietnamese: Any, main_window: Any) -> None:
    nav = main_window.ui.navList
    labels = [nav.item(row).text() for row in range(nav.count())]
    assert labels == ["Tổng quan", "Nhiệm vụ", "Cán bộ", "Tập huấn", "Hoạt động", "Báo cáo", "Cài đặt"]
    assert main_window.ui.menuFile.title() == "&Tệp"
    dashboard = main_window.current_page()
    assert dashboard.ui.titleLabel.text() == "Tổng quan"


def test_standard_buttons_are_vietnamese(vietnamese: Any, qtbot: Any) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {button.text() for button in box.buttons()}
    assert texts == {"&Có", "Hủy"}
    assert QCoreApplication.translate("QWizard", "&Finish") == "&Hoàn tất"
