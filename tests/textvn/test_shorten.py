"""One-line shortening never cuts a word in half."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bkfi_desktop.textvn.shorten import shorten

words = st.lists(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ", min_size=1, max_size=12), min_size=1, max_size=30)


@given(words, st.integers(10, 120))
def test_shortened_text_is_whole_words_and_fits(parts: list[str], limit: int) -> None:
    text = " ".join(parts)
    short = shorten(text, limit)
    assert len(short) <= limit
    if short == text:
        return
    assert short.endswith("…")
    kept = short.removesuffix("…").split()
    if kept:  # whole words from the start (a single over-long first word is cut: nowhere better)
        assert kept[:-1] == parts[: len(kept) - 1]
        assert kept[-1] == parts[len(kept) - 1] or len(kept) == 1


def test_the_plan_title_example() -> None:
    title = "DANH MỤC NHIỆM VỤ TRIỂN KHAI CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2026 CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ"
    assert shorten(title, 60) == "DANH MỤC NHIỆM VỤ TRIỂN KHAI CÔNG TÁC THÔNG TIN ĐỐI NGOẠI…"
