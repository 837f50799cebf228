"""Task-list readers are chosen from one registry by what the content is: a file is read by the
format whose signature it carries whatever its name says, and a format added to the registry (one
reader module and one entry) is read, offered by the wizard and refused in its words, with nothing
else changed."""

from __future__ import annotations

import shutil
import sys
import types
from pathlib import Path

import pytest

from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.task_import import read_task_list
from bkfi_desktop.exchange.task_lists import registry
from bkfi_desktop.exchange.task_lists.registry import TaskListFormat
from bkfi_desktop.exchange.task_lists.sniff import detect_format, file_error
from tests.exchange import builders


def test_a_renamed_workbook_is_read_by_its_content(tmp_path: Path) -> None:
    original = builders.appendix_xlsx(tmp_path / "phụ lục.xlsx")
    renamed = shutil.copy(original, tmp_path / "phụ lục.txt")
    assert detect_format(Path(renamed)).kind == "xlsx"
    as_named, as_renamed = read_task_list(original), read_task_list(Path(renamed))
    assert [t.content for g in as_renamed.groups for t in g.tasks] == [
        t.content for g in as_named.groups for t in g.tasks
    ]


def test_text_formats_are_told_apart_by_their_ending(tmp_path: Path) -> None:
    text = tmp_path / "danh sách.csv"
    text.write_text("STT;Nội dung;Chủ trì\n1;Việc một;Văn phòng\n", encoding="utf-8")
    assert detect_format(text).kind == "csv"
    assert detect_format(shutil.copy(text, tmp_path / "danh sách.txt")).kind == "text"
    assert detect_format(shutil.copy(text, tmp_path / "danh sách")).kind == "text"


def _ledger_reader(path: Path) -> PlanData:
    """A made-up format for the test: 'BKFI-LEDGER' then one task per line."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    if not lines:
        raise file_error(path, "không có nhiệm vụ nào.")
    tasks = [TaskData(code=str(n), content=line) for n, line in enumerate(lines, 1)]
    return PlanData(key="so-cai", title="Kế hoạch sổ cái", groups=[GroupData(ordinal="I", title="Nhóm", tasks=tasks)])


@pytest.fixture
def ledger_format(monkeypatch: pytest.MonkeyPatch) -> TaskListFormat:
    module = types.ModuleType("tests_ledger_reader")
    module.read_ledger = _ledger_reader  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    fmt = TaskListFormat("ledger", "Sổ cái", (".ledger",), f"{module.__name__}:read_ledger", magic=b"BKFI-LEDGER")
    monkeypatch.setattr(registry, "FORMATS", (*registry.FORMATS, fmt))
    return fmt


def test_a_registered_format_is_read_through_the_registry(ledger_format: TaskListFormat, tmp_path: Path) -> None:
    path = tmp_path / "sổ.ledger"
    path.write_text("BKFI-LEDGER\nRà soát hồ sơ\nCập nhật phần mềm\n", encoding="utf-8")
    plan = read_task_list(path)
    assert [t.content for t in plan.groups[0].tasks] == ["Rà soát hồ sơ", "Cập nhật phần mềm"]
    assert plan.source_name == "sổ.ledger"
    assert ".ledger" in registry.offered_extensions()
    empty = tmp_path / "trống.ledger"
    empty.write_text("BKFI-LEDGER\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"trống\.ledger.*không có nhiệm vụ nào"):
        read_task_list(empty)


def test_every_registered_reader_can_be_loaded() -> None:
    for fmt in registry.FORMATS:
        module, _, function = fmt.reader.partition(":")
        assert callable(getattr(__import__(module, fromlist=[function]), function)), fmt.kind
