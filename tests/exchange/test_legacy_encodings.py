"""Old TCVN3 (ABC) and VNI-Windows sheets and documents are converted to Unicode, and the user is told."""

from __future__ import annotations

from pathlib import Path

import docx

from bkfi_desktop.exchange.task_import import read_task_list
from bkfi_desktop.textvn.legacy import unicode_to_tcvn3, unicode_to_vni
from tests.exchange import builders


def test_tcvn3_sheet_with_vntime_and_vntimeh_cells(tmp_path: Path) -> None:
    def lower(text: str) -> tuple[str, str]:
        return unicode_to_tcvn3(text), ".VnTime"

    def caps(text: str) -> tuple[str, str]:
        return unicode_to_tcvn3(text.lower(), capitals=True), ".VnTimeH"

    path = builders.font_cells_xlsx(tmp_path / "abc.xlsx", [
        [caps("STT"), caps("Nội dung nhiệm vụ"), caps("Đơn vị chủ trì"), caps("Thời gian")],
        [caps("I"), caps("Công tác tuyên truyền")],
        [lower("1"), lower("Tuyên truyền về biển, đảo trên địa bàn"), lower("Phòng Văn hóa và Thông tin"),
         lower("Hằng năm")],
    ])
    plan = read_task_list(path)
    assert plan.converted_from == "tcvn3"
    assert any("TCVN3" in warning for warning in plan.warnings)
    group = plan.groups[0]
    assert group.title == "CÔNG TÁC TUYÊN TRUYỀN"
    task = group.tasks[0]
    assert task.content == "Tuyên truyền về biển, đảo trên địa bàn"
    assert [u.name for u in task.units] == ["Phòng Văn hóa và Thông tin"]
    assert task.deadline_text == "Hằng năm"


def test_vni_sheet_is_converted(tmp_path: Path) -> None:
    path = builders.font_cells_xlsx(tmp_path / "vni.xlsx", [
        [(unicode_to_vni(text), "VNI-Times") for text in ("STT", "Nội dung", "Chủ trì", "Phối hợp")],
        [(unicode_to_vni(text), "VNI-Times") for text in
         ("1", "Cập nhật thông tin đối ngoại", "Phòng Nội vụ", "Ủy ban nhân dân các xã, phường")],
    ])
    plan = read_task_list(path)
    assert plan.converted_from == "vni"
    task = plan.groups[0].tasks[0]
    assert task.content == "Cập nhật thông tin đối ngoại"
    assert [(u.name, u.role) for u in task.units] == [
        ("Phòng Nội vụ", "lead"), ("Ủy ban nhân dân các xã, phường", "support"),
    ]


def test_vni_text_without_a_legacy_font_is_still_detected(tmp_path: Path) -> None:
    path = builders.simple_xlsx(tmp_path / "vni-arial.xlsx", [
        [unicode_to_vni(t) for t in ("STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện")],
        [1, unicode_to_vni("Tuyên truyền đối ngoại thường xuyên trên mạng xã hội"), unicode_to_vni("Phòng Tư pháp")],
    ])
    plan = read_task_list(path)
    assert plan.groups[0].tasks[0].content == "Tuyên truyền đối ngoại thường xuyên trên mạng xã hội"
    assert plan.converted_from == "vni"


def test_tcvn3_docx_runs_are_converted_by_their_font(tmp_path: Path) -> None:
    document = docx.Document()
    for text, caps in (("II. NHIỆM VỤ, GIẢI PHÁP", True), ("1. Tuyên truyền", False), ("1.1. Nội dung:", False),
                       ("- Đăng tin về hoạt động đối ngoại", False), ("1.2. Đơn vị thực hiện: Phòng Nội vụ", False)):
        run = document.add_paragraph().add_run(unicode_to_tcvn3(text.lower() if caps else text, capitals=caps))
        run.font.name = ".VnTimeH" if caps else ".VnTime"
    path = tmp_path / "abc.docx"
    document.save(str(path))
    plan = read_task_list(path)
    assert plan.converted_from == "tcvn3"
    task = plan.groups[0].tasks[0]
    assert task.content == "Đăng tin về hoạt động đối ngoại"
    assert [u.name for u in task.units] == ["Phòng Nội vụ"]


def test_unicode_files_are_not_reported_as_converted(tmp_path: Path) -> None:
    plan = read_task_list(builders.appendix_xlsx(tmp_path / "unicode.xlsx"))
    assert plan.converted_from is None and not any("bảng mã" in w for w in plan.warnings)


def test_legacy_text_pasted_into_unicode_cells_is_converted_and_named(tmp_path: Path) -> None:
    """A Unicode workbook (Calibri, Times New Roman) where a clerk pasted a few cells from an old
    TCVN3 or VNI file: converted by their byte patterns, each cell named in one warning."""
    tcvn3_unit = unicode_to_tcvn3("Phòng Văn hóa và Thông tin")
    vni_task = unicode_to_vni("Tuyên truyền về biển, đảo trên sóng phát thanh")
    path = builders.font_cells_xlsx(tmp_path / "dán từ tệp cũ.xlsx", [
        [("STT", "Calibri"), ("Nội dung", "Calibri"), ("Chủ trì", "Calibri"), ("Thời gian", "Calibri")],
        [("1", "Calibri"), ("Đăng tin về hoạt động đối ngoại", "Times New Roman"), (tcvn3_unit, "Calibri"),
         ("Hằng quý", "Calibri")],
        [("2", "Calibri"), (vni_task, "Times New Roman"), ("Công an thành phố", "Calibri"), ("Quý II/2025", "Calibri")],
    ])
    plan = read_task_list(path)
    tasks = plan.groups[0].tasks
    assert [u.name for u in tasks[0].units] == ["Phòng Văn hóa và Thông tin"]
    assert tasks[1].content == "Tuyên truyền về biển, đảo trên sóng phát thanh"
    assert tasks[0].content == "Đăng tin về hoạt động đối ngoại"  # Unicode cells untouched
    warning = next(w for w in plan.warnings if "bảng mã cũ" in w)
    assert "ô C2" in warning and "ô B3" in warning and "TCVN3" in warning and "VNI" in warning


def test_a_tcvn3_paragraph_pasted_into_a_unicode_docx(tmp_path: Path) -> None:
    path = builders.docx_from_paragraphs(tmp_path / "kế hoạch.docx", [
        "KẾ HOẠCH", "Tuyên truyền năm 2025", "II. NHIỆM VỤ CỤ THỂ", "1. Tuyên truyền",
        "- " + unicode_to_tcvn3("Đăng tin về biển, đảo trên cổng thông tin điện tử"),
        "- Đơn vị thực hiện: Phòng Văn hóa và Thông tin.",
    ])
    plan = read_task_list(path)
    assert plan.groups[0].tasks[0].content == "Đăng tin về biển, đảo trên cổng thông tin điện tử"
    assert any("bảng mã cũ" in w and "đoạn 5" in w for w in plan.warnings)
