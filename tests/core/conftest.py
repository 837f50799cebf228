from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bkfi_desktop.core.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "vùng làm việc.db") as opened:
        yield opened
