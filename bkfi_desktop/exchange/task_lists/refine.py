"""The last pass over a task list read from any file: what a person reads without effort.

- roles written in the task's sentence when no field or column gave any (role_clauses);
- a deadline written inside the text: "(thời gian hoàn thành: Quý II/2025)", "…, hoàn thành trước
  30/6/2026.";
- the "./." and "./" that close Vietnamese documents, never part of a value;
- the end of the plan ("Trên đây là…", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Lưu: VT", the signer)
  never a task or a unit;
- abbreviated unit names written out (the document's key, the clerk's list, the built-in list).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from bkfi_desktop.core.plan_data import PlanData, TaskData, UnitRef
from bkfi_desktop.exchange.task_lists.abbreviations import (
    BUILTIN_ABBREVIATIONS,
    AbbreviationResolver,
    load_user_abbreviations,
)
from bkfi_desktop.exchange.task_lists.role_clauses import roles_in_prose
from bkfi_desktop.exchange.task_lists.unit_cells import looks_like_unit
from bkfi_desktop.textvn.folding import fold_for_search

_CLOSING = re.compile(r"\s*\./\.?\s*$")  # "./." and "./" at the end of the last sentence
_DEADLINE_IN_TEXT = (
    # "(thời gian hoàn thành: Quý II/2025)", "(Thời hạn: trước 30/6/2025)"
    re.compile(r"\(\s*(?:thời gian|thời hạn|tiến độ)(?:\s+(?:hoàn thành|thực hiện))?\s*:\s*(?P<d>[^()]{2,60}?)\s*\)",
               re.IGNORECASE),
    # "…, hoàn thành trước 30/6/2026.", "hoàn thành trong Quý III/2025", "xong trước ngày 15/10/2025"
    re.compile(
        r"(?:hoàn thành|xong|thực hiện xong)\s+(?P<d>(?:trước|trong)(?:\s+ngày)?\s+(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
        r"|(?:quý|tháng)\s+[IVX\d]+\s*/\s*\d{4}|năm\s+\d{4})|(?:quý|tháng)\s+[IVX\d]+\s*/\s*\d{4}|năm\s+\d{4})",
        re.IGNORECASE,
    ),
    # "…, báo cáo chậm nhất ngày 15/12/2025", "gửi về trước ngày 30/6/2025"
    re.compile(r"(?P<d>(?:chậm nhất|muộn nhất|trước)(?:\s+(?:là|vào))?(?:\s+ngày)?\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})",
               re.IGNORECASE),
    # "Thời gian thực hiện: tháng 9/2025" at the end of a sentence
    re.compile(r"(?:thời gian|thời hạn)(?:\s+(?:hoàn thành|thực hiện))?\s*:\s*(?P<d>[^.;()]{2,60}?)\s*(?:[.;]|$)",
               re.IGNORECASE),
)
_TAIL_STARTS = ("tren day la", "noi nhan", "tm. ", "kt. ", "tl. ", "tuq. ", "luu: vt", "luu vt", "luu:")
_POSITIONS = ("chu tich", "pho chu tich", "giam doc", "pho giam doc", "truong phong", "pho truong phong",
              "truong ban", "bi thu", "chanh van phong")
_NOT_UNIT = re.compile(r"^(?:(?:TM|KT|TL|TUQ|Q)\.|Lưu\s*:|Nơi nhận|Trên đây)", re.IGNORECASE)


def strip_closing(text: str) -> str:
    """ "… thành phố Bắc Kạn./." → "… thành phố Bắc Kạn."; "Quý II/2025./" → "Quý II/2025."."""
    return _CLOSING.sub(".", text) if text else text


def deadline_in_text(text: str) -> str:
    """A deadline written inside a task's text, as the words say it; "" when there is none."""
    for pattern in _DEADLINE_IN_TEXT:
        match = pattern.search(text)
        if match:
            phrase = " ".join(_CLOSING.sub("", match.group("d")).split()).strip(" ,.;")
            return phrase[:1].upper() + phrase[1:]
    return ""


def is_tail_text(text: str) -> bool:
    """A line of the plan's closing block: never a task or a unit."""
    folded = fold_for_search(text).strip()
    if folded.startswith(_TAIL_STARTS):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and folded.strip(" .:") in _POSITIONS


def refine_plan(plan: PlanData, *, document_key: Mapping[str, str] | None = None,
                user_folder: Path | None = None) -> PlanData:
    """Apply the passes above to every task of the plan, in place; returns the plan."""
    user = load_user_abbreviations(user_folder) if user_folder is not None else {}
    resolver = AbbreviationResolver(document_key or {}, user, BUILTIN_ABBREVIATIONS)
    _drop_tail(plan)
    for group in plan.groups:
        for task in group.tasks:
            _refine_task(plan, task, resolver)
    return plan


def _drop_tail(plan: PlanData) -> None:
    """From the first task that is the plan's closing block on, nothing is a task."""
    cut = False
    for group in plan.groups:
        kept = []
        for task in group.tasks:
            cut = cut or is_tail_text(task.content)
            if not cut:
                kept.append(task)
        group.tasks = kept
    plan.groups = [group for group in plan.groups if group.tasks]


def _refine_task(plan: PlanData, task: TaskData, resolver: AbbreviationResolver) -> None:
    task.content = strip_closing(task.content)
    task.details = [strip_closing(detail) for detail in task.details]
    task.deadline_text = strip_closing(task.deadline_text).rstrip(" .")
    task.product = strip_closing(task.product)
    if not task.units:
        prose = roles_in_prose(" ".join([task.content, *task.details]))
        task.units = prose.units
        for words in prose.uncertain:
            plan.warnings.append(
                f"Nhiệm vụ {task.code} ({task.source_location}): chưa rõ “{words[:80]}” có phải là đơn vị "
                "phối hợp không; hãy kiểm tra."
            )
    if not task.deadline_text:
        task.deadline_text = deadline_in_text(" ".join([task.content, *task.details]))
    units: list[UnitRef] = []
    for ref in task.units:
        name = strip_closing(ref.name).strip(" .;,")
        if not name or _NOT_UNIT.match(name) or is_tail_text(name):
            continue
        name = resolver.expand(name)
        if not looks_like_unit(name) and not looks_like_unit(ref.name):
            plan.warnings.append(
                f"Nhiệm vụ {task.code} ({task.source_location}): “{name[:80]}” không giống tên một đơn vị; hãy kiểm tra."
            )
        if all((u.name, u.role) != (name, ref.role) for u in units):
            units.append(UnitRef(name, ref.role))
    task.units = units
