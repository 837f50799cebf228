from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from bkfi_desktop.cli import main


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    def run(*args: str) -> CliResult:
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo workspace built per test session; tests work on copies of it."""
    path = tmp_path_factory.mktemp("mẫu") / "đơn vị mẫu.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    from bkfi_desktop.core.store.backup import backup_to

    target = tmp_path / "thử nghiệm" / "đơn vị.db"
    backup_to(demo_template, target)
    return target


def is_nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text
