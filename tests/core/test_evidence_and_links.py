"""Evidence files and activity links as clerks bring them: names from a Mac (NFD), a disk that fills up."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import unicodedata
from pathlib import Path

import pytest

from bkfi_desktop.core import assignments
from bkfi_desktop.core.activities import add_activity
from bkfi_desktop.core.demo import create_demo
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import InvalidInputError

NAME = "Biên bản họp Đức Xuân.pdf"


def _nfd_file(folder: Path) -> Path:
    source = folder / unicodedata.normalize("NFD", NAME)
    source.write_bytes(b"%PDF-1.4 bien ban")
    return source


def test_an_evidence_file_named_in_nfd_is_recorded_in_nfc(workspace: Workspace, tmp_path: Path) -> None:
    create_demo(workspace)
    source = _nfd_file(tmp_path)
    with workspace.transaction() as session:
        evidence = assignments.add_evidence_file(session, workspace.evidence_dir, "1.1", source)
        assert (evidence.label, evidence.original_name) == (NAME, NAME)
        assert (workspace.evidence_dir / evidence.stored_path).read_bytes() == source.read_bytes()


def test_a_copy_cut_short_by_a_full_disk_leaves_no_partial_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_demo(workspace)
    source = _nfd_file(tmp_path)

    def copy_then_disk_full(src: Path, dst: Path) -> None:
        Path(dst).write_bytes(Path(src).read_bytes()[:5])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", copy_then_disk_full)
    with pytest.raises(InvalidInputError, match="ổ đĩa đã đầy") as raised, workspace.transaction() as session:
        assignments.add_evidence_file(session, workspace.evidence_dir, "1.1", source)
    assert "No space" not in raised.value.message
    assert [p for p in workspace.evidence_dir.rglob("*") if p.is_file()] == []


def test_an_activity_link_is_stored_in_nfc(workspace: Workspace) -> None:
    link = "https://ducxuan.backan.gov.vn/tin-tức/" + unicodedata.normalize("NFD", "Đức Xuân")
    with workspace.transaction() as session:
        activity = add_activity(session, dt.date(2025, 3, 1), "news", 1, "Tin bài", link=link)
        assert activity.link == unicodedata.normalize("NFC", link)
