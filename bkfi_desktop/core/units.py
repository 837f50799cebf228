"""The unit directory: real units and collective references, matched by folded name."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core.store.models import Unit
from bkfi_desktop.textvn.folding import fold_for_match
from bkfi_desktop.textvn.normalize import clean_line

# Words that mark a collective reference ("Các phòng, ban…", "UBND các xã, phường", "các thôn, bản").
_COLLECTIVE_MARKERS = ("các ", "những ", "toàn thể ")

# A unit's category comes from the words its name starts with (its head), never from a word
# further in: "Phòng Văn hóa - Xã hội" is a phòng, not a xã; "Công an phường" and "Đảng ủy phường"
# are organisations of the ward, not the ward. (folded head, category), longest heads first.
_HEADS: tuple[tuple[str, str], ...] = (
    ("văn phòng thành ủy", "dang"), ("văn phòng huyện ủy", "dang"), ("văn phòng tỉnh ủy", "dang"),
    ("văn phòng đảng ủy", "dang"),
    ("ủy ban nhân dân tỉnh", "cap_tren"), ("ủy ban nhân dân thành phố", "cap_tren"),
    ("ủy ban nhân dân huyện", "cap_tren"), ("ủy ban nhân dân thị xã", "cap_tren"), ("ủy ban nhân dân quận", "cap_tren"),
    ("ủy ban nhân dân phường", "phuong"), ("ủy ban nhân dân xã", "xa"), ("ủy ban nhân dân thị trấn", "xa"),
    ("ủy ban mặt trận tổ quốc", "doan_the"), ("mặt trận tổ quốc", "doan_the"), ("ủy ban kiểm tra", "dang"),
    ("thành ủy", "dang"), ("huyện ủy", "dang"), ("tỉnh ủy", "dang"), ("thị ủy", "dang"), ("đảng ủy", "dang"),
    ("đảng bộ", "dang"), ("chi bộ", "dang"), ("ban tuyên giáo", "dang"), ("ban tổ chức", "dang"),
    ("ban dân vận", "dang"), ("ban thường vụ", "dang"), ("thường trực", "dang"),
    ("đoàn thanh niên", "doan_the"), ("thành đoàn", "doan_the"), ("huyện đoàn", "doan_the"), ("tỉnh đoàn", "doan_the"),
    ("hội liên hiệp phụ nữ", "doan_the"), ("hội lhpn", "doan_the"), ("hội nông dân", "doan_the"),
    ("hội cựu chiến binh", "doan_the"), ("liên đoàn lao động", "doan_the"), ("công đoàn", "doan_the"),
    ("hội chữ thập đỏ", "doan_the"), ("hội người cao tuổi", "doan_the"), ("đoàn thể", "doan_the"),
    ("ban chỉ huy quân sự", "nganh"), ("bộ chỉ huy quân sự", "nganh"), ("chỉ huy quân sự", "nganh"),
    ("ban quản lý", "nganh"), ("công an", "nganh"), ("trung tâm", "nganh"), ("chi cục", "nganh"), ("đài", "nganh"),
    ("báo", "nganh"), ("kho bạc", "nganh"), ("bảo hiểm", "nganh"), ("trường", "nganh"), ("bệnh viện", "nganh"),
    ("chi nhánh", "nganh"), ("ngân hàng", "nganh"), ("hạt kiểm lâm", "nganh"), ("đội", "nganh"),
    ("văn phòng", "phong_ban"), ("phòng", "phong_ban"), ("ban", "phong_ban"),
    ("sở", "cap_tren"), ("bộ", "cap_tren"), ("cục", "cap_tren"), ("tổng cục", "cap_tren"),
    ("phường", "phuong"), ("xã", "xa"), ("thị trấn", "xa"),
    ("thôn", "thon_to"), ("bản", "thon_to"), ("tổ dân phố", "thon_to"), ("khối", "thon_to"), ("tổ", "thon_to"),
)
_HEADS_BY_LENGTH = tuple(sorted(_HEADS, key=lambda item: len(item[0].split()), reverse=True))

_COLLECTIVE_COVERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("phòng", "ban", "ngành"), "phong_ban"),
    (("ngành",), "nganh"),
    (("đoàn thể",), "doan_the"),
    (("xã", "thị trấn"), "xa"),
    (("phường",), "phuong"),
    (("thôn", "bản", "tổ dân phố"), "thon_to"),
)


def name_key(name: str) -> str:
    return fold_for_match(name)


def _tokens(name: str) -> str:
    """Folded name as space-separated words with spaces at both ends, for whole-word tests
    ("thôn" must not match inside "thông tin")."""
    return " " + " ".join(re.findall(r"\w+", fold_for_match(name))) + " "


def _has_words(padded: str, fragment: str) -> bool:
    return f" {fragment.strip()} " in padded


def is_collective_name(name: str) -> bool:
    padded = _tokens(name)
    return any(_has_words(padded, marker) for marker in _COLLECTIVE_MARKERS)


def guess_category(name: str) -> str:
    """The category a unit's name says by its head: "Phòng …" phòng ban, "Công an phường" ngành,
    "UBND phường X" / "Phường X" phường, "Đảng ủy xã" Đảng, "Hội LHPN phường" đoàn thể."""
    if is_collective_name(name):
        return "collective"
    padded = _tokens(name)
    for head, category in _HEADS_BY_LENGTH:
        if padded.startswith(f" {head} "):
            return category
    return "khac"


def guess_covers(name: str) -> list[str]:
    """Which categories a collective name covers: "UBND các xã, phường" → ["xa", "phuong"]."""
    # "Ủy ban" is the people's committee, not a "ban" of the city: drop it before looking.
    padded = _tokens(name).replace(" ủy ban nhân dân ", " ").replace(" ủy ban ", " ")
    covers: list[str] = []
    for words, category in _COLLECTIVE_COVERS:
        if any(_has_words(padded, word) for word in words) and category not in covers:
            covers.append(category)
    return covers


def find_unit(session: Session, name: str) -> Unit | None:
    key = name_key(name)
    if not key:
        return None
    unit = session.scalar(select(Unit).where(Unit.name_key == key))
    if unit is not None:
        return unit
    # Aliases are few per unit and the directory is small (tens to hundreds): a scan is fine.
    for candidate in session.scalars(select(Unit).where(Unit.aliases.is_not(None))):
        if any(name_key(alias) == key for alias in candidate.aliases or []):
            return candidate
        if candidate.short_name and name_key(candidate.short_name) == key:
            return candidate
    return None


def ensure_unit(
    session: Session,
    name: str,
    *,
    category: str | None = None,
    short_name: str = "",
    covers: list[str] | None = None,
    aliases: list[str] | None = None,
) -> tuple[Unit, bool]:
    """The unit with this name (matched after folding), created if unknown. Returns (unit, created)."""
    name = clean_line(name)
    existing = find_unit(session, name)
    if existing is not None:
        merged = list(existing.aliases or [])
        for alias in aliases or []:
            if alias not in merged and name_key(alias) != existing.name_key:
                merged.append(alias)
        if merged != (existing.aliases or []):
            existing.aliases = merged
        return existing, False
    category = category or guess_category(name)
    if category == "collective" and not covers:
        covers = guess_covers(name)
    unit = Unit(
        name=name,
        name_key=name_key(name),
        short_name=short_name,
        category=category,
        covers=covers or None,
        aliases=aliases or None,
    )
    session.add(unit)
    session.flush()
    return unit, True


def without_locality(name: str) -> str:
    from bkfi_desktop.core.plan_identity import without_locality as strip

    return strip(name)


class UnitIndex:
    """All units by folded name, alias and short name, for resolving many names in one import
    without a query per name."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_key: dict[str, Unit] = {}
        for unit in session.scalars(select(Unit)):
            self._remember(unit)

    def _remember(self, unit: Unit) -> None:
        for name in (unit.short_name, *(unit.aliases or [])):
            if name:
                self._by_key.setdefault(name_key(name), unit)
        self._by_key[unit.name_key] = unit

    def find(self, name: str) -> Unit | None:
        found = self._by_key.get(name_key(name))
        if found is None and (local := without_locality(name)):
            found = self._by_key.get(local)  # "Phòng … thành phố" is the "Phòng …" the directory has
        if found is None:
            found = next((unit for key, unit in self._by_key.items() if without_locality(key) == name_key(name)), None)
        return found

    def ensure(self, name: str, **details: Any) -> tuple[Unit, bool]:
        found = self.find(name)
        if found is not None and not details.get("aliases"):
            return found, False
        unit, created = ensure_unit(self.session, name, **details)
        self._remember(unit)
        return unit, created


def list_units(session: Session) -> list[Unit]:
    from bkfi_desktop.textvn.collation import vietnamese_sort_key

    units = list(session.scalars(select(Unit)))
    return sorted(units, key=lambda unit: (unit.category == "collective", vietnamese_sort_key(unit.name)))


def covers_unit(reference: Unit, own: Unit) -> bool:
    """Does a task naming `reference` concern `own`? Directly, or through a collective."""
    if reference.id == own.id:
        return True
    return reference.category == "collective" and own.category in (reference.covers or [])


def other_names(unit: Unit) -> list[str]:
    """The short name, then the other names the directory knows the unit by."""
    names = list(unit.aliases or [])
    if unit.short_name and unit.short_name not in names:
        names.insert(0, unit.short_name)
    return names


def unit_to_json(unit: Unit) -> dict[str, Any]:
    aliases = list(unit.aliases or [])
    if unit.short_name and unit.short_name not in aliases:
        aliases.insert(0, unit.short_name)
    return {"id": unit.id, "name": unit.name, "category": unit.category, "aliases": aliases}
