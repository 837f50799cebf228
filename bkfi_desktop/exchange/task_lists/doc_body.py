"""Tasks written as paragraphs in a plan document (.docx or .txt).

Two layouts are common and both are read:

    II. NHIỆM VỤ, GIẢI PHÁP                 II. NHIỆM VỤ CỤ THỂ
    1. <group title>                        1. <group title>
    1.1. Nội dung:                          a) Nội dung: <task>
    - <task>                                b) Đơn vị chủ trì: <units>
    + <detail>                              c) Đơn vị phối hợp: <units>
    1.2. Đơn vị chủ trì tham mưu: <units>   d) Thời gian thực hiện: <deadline>
    1.3. Đơn vị phối hợp thực hiện: <units>

A numbered item is a group; its tasks come from the "Nội dung" label (inline text, or the "-"
paragraphs under it); unit, deadline and product labels apply to every task of the group. A
numbered sub-item that is not a label ("1.1. <task>", "a) <task>") is a task of its own, and the
labels under it apply to it alone. In "TỔ CHỨC THỰC HIỆN", each numbered item names units and the
paragraphs under it are their duties, as tasks "IV.1", "IV.2", …
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bkfi_desktop.core.plan_data import GroupData, TaskData, UnitRef
from bkfi_desktop.exchange.task_lists.abbreviations import is_key_entry
from bkfi_desktop.exchange.task_lists.doc_front import fold, is_tail_start
from bkfi_desktop.exchange.task_lists.duty_pointers import Pointer, apply_pointers, read_duty
from bkfi_desktop.exchange.task_lists.role_clauses import roles_in_prose
from bkfi_desktop.exchange.task_lists.unit_cells import looks_like_unit, unit_refs_from_cell
from bkfi_desktop.exchange.task_lists.vocabulary import UNIT_FIELDS, field_for_label
from bkfi_desktop.textvn.normalize import clean_line, clean_text

_SECTION = re.compile(r"^(?P<ordinal>(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)]\s+(?P<title>\S.*)$")
_NUMBER = re.compile(r"^(?P<n>\d{1,2})\s*[.)]\s*(?P<rest>(?!\d).*)$")
_SUB_NUMBER = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})+)\s*[.)]?\s+(?P<rest>.*)$|^(?P<m>\d{1,2}\.\d{1,2})\.?$")
_LETTER = re.compile(r"^(?P<n>[a-zđ])\s*[).]\s+(?P<rest>.*)$")
_BULLET = re.compile(r"^[-–—•·]\s*(?P<rest>.*)$")
_DETAIL = re.compile(r"^[+*]\s+(?P<rest>.*)$")
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=\S)(.+?)(?<=\S)\*{1,2}(?![\w*])")
_RECURRENCE = re.compile(
    r"định kỳ\s+0?6\s+tháng(?:\s*,\s*h[ằà]ng năm)?|định kỳ\s+h[ằà]ng\s+(?:quý|tháng|năm)|h[ằà]ng\s+(?:năm|quý|tháng)"
    r"|định kỳ\s+(?:quý|tháng|năm)|thường xuyên",
    re.IGNORECASE,
)
_TASK_SECTION_WORDS = ("nhiem vu", "noi dung", "giai phap", "cac hoat dong")
_DUTY_SECTION_WORDS = ("to chuc thuc hien", "trach nhiem thuc hien", "phan cong thuc hien", "phan cong nhiem vu")


@dataclass
class DocLine:
    text: str
    where: str  # "đoạn 34", for messages and source_location


@dataclass
class _Scope:
    """Where labels apply: a whole group, or one task that has its own labels."""

    units: list[UnitRef] = field(default_factory=list)
    deadline: str = ""
    product: str = ""


@dataclass
class BodyResult:
    groups: list[GroupData] = field(default_factory=list)
    tail_start: int | None = None  # index of "Trên đây là…"/"Nơi nhận:"
    body_start: int | None = None  # index of the first section heading
    warnings: list[str] = field(default_factory=list)


def strip_emphasis(text: str) -> str:
    """ "*“quoted”*" → "“quoted”": Markdown-style emphasis left in text copied from converters."""
    return _EMPHASIS.sub(r"\1", text)


class _Parser:
    def __init__(self) -> None:
        self.result = BodyResult()
        self.kind = ""  # "tasks" | "duties" | "" (a section we do not read)
        self.section = ""
        self.section_title = ""
        self.group: GroupData | None = None
        self.group_scope = _Scope()
        self.group_where = ""
        self.scopes: dict[int, _Scope] = {}  # id(task) -> its own scope
        self.task_scope: tuple[TaskData, _Scope] | None = None
        self.field = ""  # the label being filled: content | lead | support | implement | deadline | product
        self.last_task: TaskData | None = None
        self.last_from_bullet = False
        self.duty_units: list[UnitRef] = []
        self.pending: list[tuple[GroupData, _Scope, list[tuple[TaskData, _Scope | None]]]] = []
        self.members: list[tuple[TaskData, _Scope | None]] = []
        self.task_section = ""  # the first task section: where §IV's "mục 1, mục 2" point
        self.section_titles: dict[str, str] = {}
        self.lettered_content = False  # "a) Nội dung: …" under the open numbered item
        self.single: set[int] = set()  # id(group) of numbered items that are one task (a)–d) fields)
        self.pointers: list[tuple[list[UnitRef], Pointer, str]] = []
        self.in_key = False  # reading the lines of an abbreviation list

    # --- structure ------------------------------------------------------------------------

    def feed(self, index: int, line: DocLine) -> bool:
        """Read one paragraph; False once the document's closing part starts."""
        text = clean_text(strip_emphasis(line.text))
        if not text:
            return True
        first = clean_line(text.split("\n", 1)[0])
        if "viet tat" in fold(first[:60]) and not _NUMBER.match(first):
            self.in_key = True
            return True  # "Ghi chú: Chữ viết tắt: …": the document's key, read by abbreviations_from_text
        if self.in_key and is_key_entry(first):
            return True  # "- BCĐ: Ban Chỉ đạo" under "Các chữ viết tắt:"
        self.in_key = False
        if is_tail_start(first) and self.result.body_start is not None:
            self.result.tail_start = index
            return False
        section = _SECTION.match(first)
        if section and len(first) < 160:
            self._start_section(index, section.group("ordinal"), clean_line(section.group("title")))
            return True
        if self.kind == "tasks":
            self._task_line(text, first, line.where)
        elif self.kind == "duties":
            self._duty_line(text, first, line.where)
        return True

    def _start_section(self, index: int, ordinal: str, title: str) -> None:
        self._close_group()
        if self.result.body_start is None:
            self.result.body_start = index
        folded = fold(title)
        self.section, self.section_title = ordinal, title
        self.section_titles[ordinal] = _sentence_case(title)
        if any(word in folded for word in _DUTY_SECTION_WORDS):
            self.kind = "duties"
            self._open_group(ordinal, _sentence_case(title), ordinal)
        elif any(word in folded for word in _TASK_SECTION_WORDS) and "muc dich" not in folded:
            self.kind = "tasks"
            self.task_section = self.task_section or ordinal
        else:
            self.kind = ""

    def _open_group(self, ordinal: str, title: str, section: str, where: str = "") -> None:
        self._close_group()
        self.group = GroupData(ordinal=ordinal, title=title, section=section)
        self.group_where = where
        self.group_scope = _Scope()
        self.members = []
        self.task_scope = None
        self.field = ""
        self.last_task = None
        self.duty_units = []
        self.lettered_content = False

    def _close_group(self) -> None:
        if self.group is None:
            return
        if not self.members and self.kind == "tasks":
            # A numbered item with nothing under it is itself the task: with labelled units, with
            # roles in its own sentence ("Phòng X chủ trì, phối hợp với Y …", read in finish), or
            # none at all — many plans list their tasks as plain "1.", "2.", … paragraphs. Coded by
            # its own number, in a group for its section, like a heading with a)–d) fields.
            self._add_task(self.group.title, self.group_where, None)
            self.single.add(id(self.group))
        elif self.kind == "tasks" and self.lettered_content and len(self.members) == 1:
            self.single.add(id(self.group))
        self.pending.append((self.group, self.group_scope, self.members))
        self.group = None

    def finish(self) -> BodyResult:
        self._close_group()
        for group, scope, members in self.pending:
            for task, own in members:
                if own is None or not own.units:  # "Phòng X chủ trì, phối hợp với Y tổ chức …"
                    task.units = roles_in_prose(" ".join([task.content, *task.details])).units
                _apply_scope(task, own, scope)
                if not task.deadline_text:
                    task.deadline_text = _recurrence_phrase(task.content)
            if group.tasks:
                self.result.groups.append(group)
        self.result.warnings += apply_pointers(self.result.groups, self.pointers, self.task_section)
        self._merge_single_tasks()
        return self.result

    def _merge_single_tasks(self) -> None:
        """ "1. <heading>" + "a) Nội dung … d) Thời gian" is one task titled by the heading, in a
        group for its section, coded by its number."""
        merged: list[GroupData] = []
        by_section: dict[str, GroupData] = {}
        for group in self.result.groups:
            if id(group) not in self.single:
                merged.append(group)
                continue
            task = group.tasks[0]
            if task.content and task.content != group.title:
                task.details.insert(0, task.content)
            task.content, task.code = group.title, group.ordinal
            holder = by_section.get(group.section)
            if holder is None:
                title = self.section_titles.get(group.section, group.section)
                holder = by_section[group.section] = GroupData(ordinal=group.section, title=title, section=group.section)
                merged.append(holder)
            holder.tasks.append(task)
        self.result.groups = merged

    # --- task sections ----------------------------------------------------------------------

    def _task_line(self, text: str, first: str, where: str) -> None:
        number = _NUMBER.match(first)
        if number and number.group("rest"):
            self._open_group(number.group("n"), clean_line(number.group("rest")), self.section, where)
            return
        body, numbered = _strip_numbering(text)
        label = field_for_label(clean_line(body.split("\n", 1)[0])) if body else None
        if label:
            self.lettered_content = self.lettered_content or (label[0] == "content" and numbered == "letter")
            self._label(label[0], body.split(":", 1)[1].strip(), where)
            return
        if self.group is None:
            return  # text under a section heading, before its first numbered item
        if numbered in ("sub", "letter"):
            task = self._add_task(body, where, _Scope())
            self.task_scope = (task, self.scopes[id(task)])
            self.field = "content"
            return
        bullet = _BULLET.match(text)
        detail = _DETAIL.match(text)
        if self.field in (*UNIT_FIELDS, "deadline", "product"):
            if detail and self.last_task is not None and self.field in UNIT_FIELDS:
                self._value(self.field, detail.group("rest"))
            else:
                self._value(self.field, bullet.group("rest") if bullet else text)
            return
        if detail and self.last_task is not None:
            self.last_task.details.append(clean_text(detail.group("rest")))
            return
        if not bullet and self.last_task is not None and self.last_from_bullet:
            self.last_task.details.append(clean_text(text))
            return
        self.task_scope = None
        self._add_task(bullet.group("rest") if bullet else text, where, None)
        self.last_from_bullet = bool(bullet)

    def _label(self, name: str, rest: str, where: str) -> None:
        if name == "content":
            self.field = "content"
            self.task_scope = None
            if rest:
                self._add_task(rest, where, None)
                self.last_from_bullet = False
            return
        if name == "note":
            if self.last_task is not None:
                self.last_task.note = clean_text(rest)
            return
        self.field = name
        if rest:
            self._value(name, rest)

    def _value(self, name: str, text: str) -> None:
        scope = self.task_scope[1] if self.task_scope else self.group_scope
        if name in UNIT_FIELDS:
            for ref in unit_refs_from_cell(text, name):
                if all((ref.name, ref.role) != (u.name, u.role) for u in scope.units):
                    scope.units.append(ref)
        elif name == "deadline":
            scope.deadline = clean_line(f"{scope.deadline} {text}".strip().rstrip("."))
        elif name == "product":
            scope.product = clean_line(f"{scope.product} {text}".strip().rstrip("."))

    def _add_task(self, content: str, where: str, own: _Scope | None) -> TaskData:
        assert self.group is not None
        content = clean_text(content)
        code = f"{self.group.ordinal}.{len(self.group.tasks) + 1}"
        task = TaskData(code=code, content=content, source_location=where)
        self.group.tasks.append(task)
        if own is not None:
            self.scopes[id(task)] = own
        self.members.append((task, own))
        self.last_task = task
        return task

    # --- "Tổ chức thực hiện": duties per unit -------------------------------------------------

    def _duty_line(self, text: str, first: str, where: str) -> None:
        number = _NUMBER.match(first)
        if number and number.group("rest"):
            heading, _, duty = number.group("rest").partition(":")
            refs = unit_refs_from_cell(heading, "implement")
            if refs and all(looks_like_unit(ref.name) for ref in refs):
                single = len(refs) == 1 and not fold(refs[0].name).startswith(("cac ", "uy ban nhan dan cac", "ubnd cac"))
                self.duty_units = [UnitRef(ref.name, "lead" if single else "implement") for ref in refs]
                if duty.strip():
                    self._add_duty(duty.strip(), where)
            else:
                self.duty_units = []
            return
        detail = _DETAIL.match(text)
        if detail and self.last_task is not None:
            self.last_task.details.append(clean_text(detail.group("rest")))
            return
        if not self.duty_units:
            return
        body, _ = _strip_numbering(text)
        bullet = _BULLET.match(body)
        self._add_duty(bullet.group("rest") if bullet else body, where)

    def _add_duty(self, text: str, where: str) -> None:
        clauses = read_duty(text)
        for pointer in clauses.pointers:  # "chủ trì … mục 1, mục 2 Phần II": roles on those tasks
            self.pointers.append((list(self.duty_units), pointer, where))
        if clauses.pointers:
            if not clauses.rest:
                return
            text = "; ".join(clauses.rest)
            text = text[:1].upper() + text[1:] + "."
        task = self._add_task(text, where, _Scope(units=list(self.duty_units)))
        if fold(task.content).startswith("chu tri"):
            partner = re.search(r"phối hợp với\s+(.+?)(?:\s+(?:tham mưu|triển khai|thực hiện|để)\b|[,;.]|$)", task.content)
            if partner and looks_like_unit(partner.group(1)) and not fold(partner.group(1)).startswith("cac "):
                self.scopes[id(task)].units.append(UnitRef(clean_line(partner.group(1)), "support"))


def _strip_numbering(text: str) -> tuple[str, str]:
    """Remove "1.1." or "a)" from the start; say which it was ("sub", "letter" or "")."""
    sub = _SUB_NUMBER.match(text)
    if sub:
        return (sub.group("rest") or "").strip(), "sub"
    letter = _LETTER.match(text)
    if letter:
        return letter.group("rest").strip(), "letter"
    return text, ""


def _apply_scope(task: TaskData, own: _Scope | None, group: _Scope) -> None:
    for scope in (own, group):
        if scope is None:
            continue
        if not task.units:
            task.units = [UnitRef(clean_line(u.name), u.role) for u in scope.units]
        task.deadline_text = task.deadline_text or scope.deadline
        task.product = task.product or scope.product


def _recurrence_phrase(content: str) -> str:
    match = _RECURRENCE.search(content)
    if not match:
        return ""
    phrase = re.sub(r"\s+", " ", match.group(0))
    return phrase[:1].upper() + phrase[1:]


def _sentence_case(title: str) -> str:
    letters = [ch for ch in title if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        lowered = title.lower()
        return lowered[:1].upper() + lowered[1:]
    return title


def tasks_from_paragraphs(lines: list[DocLine]) -> BodyResult:
    parser = _Parser()
    for index, line in enumerate(lines):
        if not parser.feed(index, line):
            break
    return parser.finish()
