"""Load Qt Designer forms from forms/*.ui at run time: the .ui files are the only layouts.

Two ways to use a form:

- `load_form("tasks_page", parent)` returns a new widget tree; `child(widget, QLineEdit, "searchEdit")`
  finds a named child and fails loudly when a form and the code disagree.
- Declare the widgets the code needs on a `FormUi` subclass and load the form *into* an existing
  widget (a page, a dialog, the main window):

      class TasksPageUi(FormUi):
          form = "tasks_page"
          searchEdit: QLineEdit
          taskTree: QTreeView

      self.ui = TasksPageUi.load_into(self)   # self gets the form's layout; self.ui.searchEdit typed

Every FormUi subclass is recorded in `FormUi.registry`; tests/ui/test_forms.py imports every module
under bkfi_desktop.ui and checks each declared name and type against its .ui file.
"""

from __future__ import annotations

import typing
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDateEdit, QWidget

from bkfi_desktop.paths import form_path
from bkfi_desktop.ui.date_typing import make_typeable

T = TypeVar("T", bound=QObject)
U = TypeVar("U", bound="FormUi")


class FormError(RuntimeError):
    """A form file is missing or lacks a widget the code needs: a programming error."""


class _IntoLoader(QUiLoader):
    """A loader that builds the form's top-level widget *into* an existing instance."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base = base

    def createWidget(self, class_name: str, parent: QWidget | None = None, name: str = "") -> QWidget:
        if parent is None:
            return self._base
        return super().createWidget(class_name, parent, name)


def _open(name: str) -> QFile:
    path = form_path(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open form {path}")
    return handle


def _load(loader: QUiLoader, name: str, parent: QWidget | None) -> QWidget:
    handle = _open(name)
    try:
        widget = loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise FormError(f"cannot load form {form_path(name)}: {loader.errorString()}")
    # Every date field in every form reads a whole typed date ("15/03/2026"), whoever sets it up later.
    for edit in widget.findChildren(QDateEdit):
        make_typeable(edit)
    return widget


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    return _load(QUiLoader(), name, parent)


def load_form_into(name: str, base: QWidget) -> QWidget:
    """Apply the form to `base` (its class must match the form's top-level class or derive from it)."""
    _load(_IntoLoader(base), name, None)
    return base


def child(widget: QObject, kind: type[T], name: str) -> T:
    found = widget.findChild(kind, name)
    if found is None:
        raise FormError(f"form {widget.objectName()!r} has no {kind.__name__} named {name!r}")
    return found


class FormUi:
    """Typed access to the named widgets of one form; subclasses declare `form` and annotations."""

    form: ClassVar[str] = ""
    registry: ClassVar[list[type[FormUi]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.form:
            FormUi.registry.append(cls)

    @classmethod
    def widget_types(cls) -> dict[str, type[QObject]]:
        hints = typing.get_type_hints(cls)
        return {
            name: kind
            for name, kind in hints.items()
            if isinstance(kind, type) and issubclass(kind, QObject) and not name.startswith("_")
        }

    @classmethod
    def bind(cls: type[U], root: QObject) -> U:
        ui = cls()
        ui.root = root  # type: ignore[attr-defined]
        for name, kind in cls.widget_types().items():
            if root.objectName() == name and isinstance(root, kind):
                setattr(ui, name, root)
            else:
                setattr(ui, name, child(root, kind, name))
        return ui

    @classmethod
    def load_into(cls: type[U], base: QWidget) -> U:
        load_form_into(cls.form, base)
        return cls.bind(base)

    @classmethod
    def load(cls: type[U], parent: QWidget | None = None) -> tuple[QWidget, U]:
        widget = load_form(cls.form, parent)
        return widget, cls.bind(widget)
