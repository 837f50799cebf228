"""The clerk's corrections to the unit directory: rename, merge duplicates, category, aliases.

Every correction is kept in a form the next import respects: a renamed or merged unit keeps its
old names as aliases (so a re-imported file naming "CA TP" finds "Công an thành phố" again instead
of adding a duplicate), and an import never changes the category of a unit that exists.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.store.models import Profile, TaskUnit, Unit
from bkfi_desktop.core.units import find_unit, guess_covers, name_key
from bkfi_desktop.core.vocabulary import UNIT_CATEGORY_LABELS
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.textvn.normalize import clean_line


def get_unit(session: Session, name_or_id: str) -> Unit:
    """A unit by its id, name, short name or alias; a Vietnamese error when there is none."""
    text = clean_line(str(name_or_id))
    unit = session.get(Unit, int(text)) if text.isdigit() else find_unit(session, text)
    if unit is None:
        raise InvalidInputError(f"Không có đơn vị “{text}” trong danh bạ (xem “bkfi units list”).")
    return unit


def _add_aliases(unit: Unit, names: list[str]) -> None:
    aliases = list(unit.aliases or [])
    for name in names:
        name = clean_line(name)
        if name and name_key(name) != unit.name_key and all(name_key(a) != name_key(name) for a in aliases):
            aliases.append(name)
    unit.aliases = aliases or None


def rename_unit(session: Session, name_or_id: str, new_name: str) -> Unit:
    unit = get_unit(session, name_or_id)
    new_name = clean_line(new_name)
    if not new_name:
        raise InvalidInputError("Tên mới của đơn vị không được để trống.")
    other = find_unit(session, new_name)
    if other is not None and other.id != unit.id:
        raise InvalidInputError(
            f"Đã có đơn vị “{other.name}” trùng với tên mới; hãy gộp hai đơn vị (bkfi units merge) thay vì đổi tên."
        )
    old = unit.name
    unit.name, unit.name_key = new_name, name_key(new_name)
    unit.aliases = [a for a in (unit.aliases or []) if name_key(a) != unit.name_key] or None
    _add_aliases(unit, [old])  # the old name still finds the unit in the next import
    session.flush()
    audit.record(session, "rename", "unit", unit.id, f"Đổi tên đơn vị “{old}” thành “{new_name}”")
    return unit


def merge_units(session: Session, keep: str, duplicates: list[str]) -> Unit:
    """Fold duplicates into `keep`: their tasks, roles and names move over; the duplicates go."""
    target = get_unit(session, keep)
    for name in duplicates:
        duplicate = get_unit(session, name)
        if duplicate.id == target.id:
            raise InvalidInputError(f"“{name}” chính là đơn vị “{target.name}”; không thể gộp một đơn vị với chính nó.")
        kept = {(link.task_id, link.role) for link in session.scalars(select(TaskUnit).where(TaskUnit.unit_id == target.id))}
        for link in list(session.scalars(select(TaskUnit).where(TaskUnit.unit_id == duplicate.id))):
            if (link.task_id, link.role) in kept:
                session.delete(link)
            else:
                link.unit_id = target.id
                kept.add((link.task_id, link.role))
        for profile in session.scalars(select(Profile).where(Profile.unit_id == duplicate.id)):
            profile.unit_id = target.id
        _add_aliases(target, [duplicate.name, duplicate.short_name, *(duplicate.aliases or [])])
        session.flush()
        audit.record(session, "merge", "unit", target.id, f"Gộp đơn vị “{duplicate.name}” vào “{target.name}”")
        session.delete(duplicate)
        session.flush()
    return target


def set_unit_category(session: Session, name_or_id: str, category: str) -> Unit:
    unit = get_unit(session, name_or_id)
    code = _category_code(category)
    unit.category = code
    unit.covers = (unit.covers or guess_covers(unit.name)) if code == "collective" else None
    session.flush()
    audit.record(session, "set-category", "unit", unit.id,
                 f"Đặt loại đơn vị “{unit.name}”: {UNIT_CATEGORY_LABELS[code]}")
    return unit


def add_unit_alias(session: Session, name_or_id: str, alias: str) -> Unit:
    unit = get_unit(session, name_or_id)
    alias = clean_line(alias)
    other = find_unit(session, alias)
    if other is not None and other.id != unit.id:
        raise InvalidInputError(
            f"“{alias}” đã là tên của đơn vị “{other.name}”; hãy gộp hai đơn vị (bkfi units merge) nếu là một."
        )
    _add_aliases(unit, [alias])
    session.flush()
    audit.record(session, "alias", "unit", unit.id, f"Thêm tên gọi khác “{alias}” cho đơn vị “{unit.name}”")
    return unit


def _category_code(text: str) -> str:
    wanted = clean_line(text)
    if wanted in UNIT_CATEGORY_LABELS:
        return wanted
    for code, label in UNIT_CATEGORY_LABELS.items():
        if name_key(label) == name_key(wanted):
            return code
    choices = ", ".join(f"{code} ({label})" for code, label in UNIT_CATEGORY_LABELS.items())
    raise InvalidInputError(f"Không có loại đơn vị “{wanted}”; chọn một trong: {choices}.")
