from __future__ import annotations

import unicodedata

from bkfi_desktop.textvn.normalize import clean_line, clean_text, nfc


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "Ủy ban nhân dân")
    assert nfc(decomposed) == "Ủy ban nhân dân"
    assert len(nfc(decomposed)) == len("Ủy ban nhân dân")


def test_clean_text_handles_none_and_blank() -> None:
    assert clean_text(None) == ""
    assert clean_text("  \n\t ") == ""


def test_clean_text_replaces_odd_spaces_and_invisible_characters() -> None:
    assert clean_text("Phòng\u00a0Văn\thóa\u200b  và\u202fThông tin\ufeff ") == "Phòng Văn hóa và Thông tin"


def test_clean_text_joins_line_broken_inside_a_sentence() -> None:
    text = "Phổ biến, quán triệt nội dung Kết luận\nsố 57-KL/TW đến toàn thể cán bộ,\ncông chức."
    assert (
        clean_text(text)
        == "Phổ biến, quán triệt nội dung Kết luận số 57-KL/TW đến toàn thể cán bộ, công chức."
    )


def test_clean_text_keeps_breaks_after_punctuation_and_before_capitals_and_bullets() -> None:
    text = "1.1. Nội dung:\n- Phổ biến nội dung;\n+ quan điểm mới\nPhòng Văn hóa chủ trì"
    assert clean_text(text) == "1.1. Nội dung:\n- Phổ biến nội dung;\n+ quan điểm mới\nPhòng Văn hóa chủ trì"


def test_clean_text_keeps_paragraphs_as_single_newlines() -> None:
    text = "Đoạn một kết thúc\r\n\r\n\r\nđoạn hai bắt đầu"
    assert clean_text(text) == "Đoạn một kết thúc\nđoạn hai bắt đầu"


def test_clean_text_reads_word_manual_line_breaks() -> None:
    assert clean_text("Dòng một.\vDòng hai.") == "Dòng một.\nDòng hai."


def test_clean_text_returns_nfc() -> None:
    out = clean_text(unicodedata.normalize("NFD", "Thường  xuyên"))
    assert out == "Thường xuyên"
    assert unicodedata.is_normalized("NFC", out)


def test_clean_line_puts_everything_on_one_line() -> None:
    assert clean_line("PHÒNG VĂN HÓA\nVÀ THÔNG TIN\n\n thành phố ") == "PHÒNG VĂN HÓA VÀ THÔNG TIN thành phố"
    assert clean_line(None) == ""
