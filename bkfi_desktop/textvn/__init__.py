"""Vietnamese text: NFC cleanup, tone placement, name folding, legacy encodings, deadlines, collation, dates.

No Qt here; everything is pure functions over str.
"""

from bkfi_desktop.textvn.collation import person_sort_key, vietnamese_sort_key
from bkfi_desktop.textvn.dates import format_date_vn, parse_date_vn
from bkfi_desktop.textvn.deadlines import RECURRENCES, Deadline, parse_deadline
from bkfi_desktop.textvn.folding import fold_for_match, fold_for_search, names_match
from bkfi_desktop.textvn.legacy import (
    detect_legacy_encoding,
    repair_legacy_text,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)
from bkfi_desktop.textvn.normalize import clean_line, clean_text, nfc
from bkfi_desktop.textvn.tones import classic_tone_placement, modern_tone_placement

__all__ = [
    "RECURRENCES",
    "Deadline",
    "classic_tone_placement",
    "clean_line",
    "clean_text",
    "detect_legacy_encoding",
    "fold_for_match",
    "fold_for_search",
    "format_date_vn",
    "modern_tone_placement",
    "names_match",
    "nfc",
    "parse_date_vn",
    "parse_deadline",
    "person_sort_key",
    "repair_legacy_text",
    "tcvn3_to_unicode",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vietnamese_sort_key",
    "vni_to_unicode",
]
