"""Section IV ("Tổ chức thực hiện") assigning roles by pointing back to the tasks of section II.

    "1. Phòng Văn hóa và Thông tin: chủ trì thực hiện các nhiệm vụ tại mục 1, mục 2 Phần II;
     phối hợp thực hiện mục 4 …"
    "- Chủ trì các nhiệm vụ 1.1, 1.2 và từ mục 3 đến mục 5 Phần II Kế hoạch này."

A clause is read as a pointer when it names a role and item numbers after "mục", "tiểu mục",
"điểm" or "nhiệm vụ (số)". Pure functions over text; plans.apply is not involved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bkfi_desktop.core.plan_data import GroupData, TaskData, UnitRef
from bkfi_desktop.textvn.folding import fold_for_match, fold_for_search

_ROLE_WORDS = (("chu tri", "lead"), ("phoi hop", "support"), ("thuc hien", "implement"), ("trien khai", "implement"),
               ("tham gia", "support"))
_NUMBER = r"\d{1,2}(?:\.\d{1,2})*"
_JOIN = r"\s*(?:,|;|\bva\b|\bden\b|-|–|\bvà\b|\bđến\b)\s*"
_LIST = re.compile(
    rf"\b(?:tieu muc|muc|diem|nhiem vu(?: so)?|noi dung(?: so)?)\s+(?P<list>{_NUMBER}(?!\s*/)"
    rf"(?:{_JOIN}(?:(?:tieu muc|muc|diem|so)\s+)?{_NUMBER}(?!\s*/))*)"
)
_SECTION = re.compile(r"\b(?:phan|muc)\s+(?P<sec>[ivx]{1,4})\b")
_RANGE = re.compile(rf"(?P<a>{_NUMBER})\s*(?:\bden\b|-|–)\s*(?:(?:tieu muc|muc|diem|so)\s+)?(?P<b>{_NUMBER})")


@dataclass
class Pointer:
    role: str
    numbers: list[str]
    section: str = ""  # "II" when the clause names it; "" = the plan's task section


@dataclass
class DutyClauses:
    pointers: list[Pointer] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)  # clauses that are duties of their own


def _role_of(folded: str) -> str:
    positions = [(folded.find(word), role) for word, role in _ROLE_WORDS if word in folded]
    return min(positions)[1] if positions else ""


def _numbers(listed: str) -> list[str]:
    out: list[str] = []
    for match in _RANGE.finditer(listed):
        a, b = match.group("a"), match.group("b")
        if "." not in a and "." not in b and int(a) < int(b) <= int(a) + 30:
            out.extend(str(n) for n in range(int(a), int(b) + 1))
    out.extend(re.findall(_NUMBER, _RANGE.sub(" ", listed)))
    return list(dict.fromkeys(out))


def read_duty(text: str) -> DutyClauses:
    """Split a duty into pointer clauses (role + item numbers) and the clauses left as duties."""
    result = DutyClauses()
    section = ""
    for clause in re.split(r"\s*;\s*|\.\s+(?=[A-ZĐÂ-Ỹ])", text.strip()):
        clause = clause.strip(" .")
        if not clause:
            continue
        folded = fold_for_search(clause)
        lists = list(_LIST.finditer(folded))
        role = _role_of(folded)
        if not lists or not role:
            result.rest.append(clause)
            continue
        numbers: list[str] = []
        for found in lists:
            numbers.extend(n for n in _numbers(found.group("list")) if n not in numbers)
        named = _SECTION.search(folded)
        section = named.group("sec").upper() if named else section  # "…; phối hợp mục 4" stays in Phần II
        result.pointers.append(Pointer(role, numbers, section))
    return result


def apply_pointers(groups: list[GroupData], assignments: list[tuple[list[UnitRef], Pointer, str]],
                   default_section: str) -> list[str]:
    """Add each pointer's units, with its role, to the tasks it names; return warnings for the rest."""
    warnings: list[str] = []
    for units, pointer, where in assignments:
        section = pointer.section or default_section
        for number in pointer.numbers:
            tasks = _tasks_named(groups, section, number)
            if not tasks:
                warnings.append(
                    f"{where}: mục “{number}” Phần {section} được giao cho "
                    f"{', '.join(u.name for u in units)} nhưng không có trong kế hoạch; hãy kiểm tra."
                )
                continue
            for task in tasks:
                for unit in units:
                    key = fold_for_match(unit.name)
                    if all(fold_for_match(u.name) != key for u in task.units):
                        task.units.append(UnitRef(unit.name, pointer.role))
                    else:  # a §IV role is more precise than "Đơn vị thực hiện: các phòng, ban …"
                        task.units = [UnitRef(u.name, pointer.role) if fold_for_match(u.name) == key
                                      and u.role == "implement" else u for u in task.units]
    return warnings


def _tasks_named(groups: list[GroupData], section: str, number: str) -> list[TaskData]:
    in_section = [group for group in groups if group.section == section]
    for group in in_section:
        if group.ordinal == number:
            return list(group.tasks)
    return [task for group in in_section for task in group.tasks if task.code == number]
