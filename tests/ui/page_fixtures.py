"""Fixtures for the page tests (Cán bộ, Tập huấn, Hoạt động, Cài đặt), loaded with
`pytest_plugins = ["tests.ui.page_fixtures"]`; `answers`, `context` (demo workspace) and
`empty_workspace` come from tests/ui/conftest.py.
"""

from __future__ import annotations

import pytest

from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.worker import InlineTaskRunner


@pytest.fixture
def empty_context(empty_workspace: Workspace, answers: object) -> AppContext:
    """A fresh, empty workspace with the inline runner; every modal question scripted."""
    return AppContext(empty_workspace, InlineTaskRunner())

