"""Every forms/*.ui loads, and every widget name a FormUi declares exists in its form with that type.

FormUi subclasses register themselves; importing every module under bkfi_desktop.ui collects all of
them, the other pages' included.
"""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

import bkfi_desktop.ui
from bkfi_desktop.paths import forms_dir
from bkfi_desktop.ui.forms import FormUi, load_form

FORM_FILES = sorted(forms_dir().glob("*.ui"))


def _import_all_ui_modules() -> None:
    for module in pkgutil.walk_packages(bkfi_desktop.ui.__path__, "bkfi_desktop.ui."):
        importlib.import_module(module.name)


_import_all_ui_modules()
FORM_CLASSES = sorted(FormUi.registry, key=lambda cls: (cls.form, cls.__qualname__))


def test_there_are_forms_and_bindings() -> None:
    assert FORM_FILES
    assert {"main_window", "dashboard_page", "tasks_page", "import_wizard"} <= {
        cls.form for cls in FORM_CLASSES
    }


@pytest.mark.parametrize("path", FORM_FILES, ids=[path.stem for path in FORM_FILES])
def test_form_loads(qtbot: Any, path: Any) -> None:
    widget = load_form(path.stem)
    qtbot.addWidget(widget)
    assert isinstance(widget, QWidget)
    root = ET.parse(path).getroot().find("widget")
    assert root is not None and widget.objectName() == root.get("name")


@pytest.mark.parametrize(
    "binding", FORM_CLASSES, ids=[f"{cls.form}:{cls.__qualname__}" for cls in FORM_CLASSES]
)
def test_declared_widgets_exist(qtbot: Any, binding: type[FormUi]) -> None:
    widget = load_form(binding.form)
    qtbot.addWidget(widget)
    ui = binding.bind(widget)  # raises FormError naming the missing widget
    for name, kind in binding.widget_types().items():
        assert isinstance(getattr(ui, name), kind), name


def test_every_form_is_used_by_code() -> None:
    used = {cls.form for cls in FORM_CLASSES}
    unused = [path.stem for path in FORM_FILES if path.stem not in used]
    assert not unused, f"forms no FormUi declares (dead, or their widget names go unchecked): {unused}"
