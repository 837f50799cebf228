"""Session fixtures: the demo workspace built once, and a fresh copy of it for each test that writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bkfi_desktop.core.demo import create_demo
from bkfi_desktop.core.store.backup import backup_to
from bkfi_desktop.core.workspace import Workspace


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mẫu báo cáo") / "phường Đức Xuân.db"
    with Workspace.open(path) as workspace:
        create_demo(workspace)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    target = tmp_path / "đơn vị.db"
    backup_to(demo_file, target)
    with Workspace.open(target) as workspace:
        yield workspace
