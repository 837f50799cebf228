"""The detailed-plan workflow on the shared progress/cancel protocol: cancelled means nothing written."""

from __future__ import annotations

import pytest

from bkfi_desktop.errors import Cancelled
from bkfi_desktop.workflows.detailed_plan import build_detailed_plan
from bkfi_desktop.workflows.progress import Progress


def test_progress_reaches_100_and_cancel_leaves_no_file(demo, tmp_path) -> None:
    seen: list[tuple[int, str]] = []
    built = build_detailed_plan(demo, out_pdf=tmp_path / "a.pdf", progress=Progress(lambda p, t: seen.append((p, t))))
    assert built.pdf_path.is_file() and seen[-1][0] == 100
    assert [p for p, _ in seen] == sorted(p for p, _ in seen)

    def cancel_while_writing_word(_percent: int, text: str) -> None:
        if "Word" in text:
            progress.cancel()  # at the .docx step, as the Hủy button would

    progress = Progress(cancel_while_writing_word)
    with pytest.raises(Cancelled, match="chưa có tệp nào được ghi"):
        build_detailed_plan(demo, out_pdf=tmp_path / "b.pdf", out_docx=tmp_path / "b.docx", progress=progress)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".docx")) == ["a.pdf"]
