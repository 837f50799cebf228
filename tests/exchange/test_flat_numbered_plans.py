"""Plans that list their tasks as plain numbered paragraphs under "NHIỆM VỤ…", each task one sentence
naming its units (no "Nội dung:" labels, no "- …" items under the number): every paragraph is a task,
coded by its number, with the roles and deadline its sentence gives. Found by the frozen build's smoke
test, whose small plan imported nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from bkfi_desktop.exchange.task_import import read_task_list

LINES = (
    "ỦY BAN NHÂN DÂN XÃ THỬ",
    "KẾ HOẠCH",
    "Triển khai công tác thông tin đối ngoại năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao hiệu quả công tác thông tin đối ngoại trên địa bàn.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Tuyên truyền về tiềm năng, thế mạnh của địa phương trên các nền tảng số. Phòng Văn hóa và "
    "Thông tin chủ trì, phối hợp với Công an xã thực hiện. Thời gian: thường xuyên.",
    "2. Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ, công chức. Văn phòng HĐND và UBND "
    "xã chủ trì. Thời gian: quý III/2026.",
    "3. Cập nhật thông tin đối ngoại lên Cổng thông tin điện tử của xã.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Văn hóa và Thông tin: chủ trì thực hiện nhiệm vụ tại mục 3 Phần II.",
    "Trên đây là Kế hoạch triển khai công tác thông tin đối ngoại năm 2026 của UBND xã./.",
)


def _txt(path: Path) -> Path:
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def _docx(path: Path) -> Path:
    document = Document()
    for line in LINES:
        document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.mark.parametrize("make", [_txt, _docx], ids=["txt", "docx"])
def test_each_numbered_paragraph_is_a_task_with_the_roles_its_sentence_names(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    plan = read_task_list(make(tmp_path / f"ke-hoach.{make.__name__[1:]}"))
    tasks = {task.code: task for group in plan.groups for task in group.tasks}
    assert sorted(tasks) == ["1", "2", "3"]
    roles = {code: sorted((ref.role, ref.name) for ref in task.units) for code, task in tasks.items()}
    assert roles["1"] == [("lead", "Phòng Văn hóa và Thông tin"), ("support", "Công an xã")]
    assert [role for role, _name in roles["2"]] == ["lead"]
    assert "Văn phòng" in roles["2"][0][1]
    # §III points back at task 3, which names no unit in its own sentence.
    assert roles["3"] == [("lead", "Phòng Văn hóa và Thông tin")]
    assert tasks["2"].deadline_text.lower().startswith("quý iii/2026")
    assert tasks["1"].content.startswith("Tuyên truyền về tiềm năng")
