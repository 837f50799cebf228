"""The unit's work on a task: status, progress, owner, results, sub-tasks and evidence."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import shutil
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.hashing import file_sha256
from bkfi_desktop.core.plan_details import check_task_writable
from bkfi_desktop.core.staff import find_staff
from bkfi_desktop.core.store.models import Assignment, Evidence, SubTask, Task
from bkfi_desktop.core.tasks import get_task
from bkfi_desktop.core.vocabulary import STATUS_LABELS, require_code
from bkfi_desktop.errors import InvalidInputError, NotFoundError, os_error_reason
from bkfi_desktop.textvn.normalize import clean_line, clean_text

_UNSET: Any = object()


def get_assignment(session: Session, task: Task | int | str) -> Assignment:
    """The unit's assignment on a task (by Task, id or code), created empty on first use."""
    task_obj = _task(session, task)
    assignment = session.scalar(select(Assignment).where(Assignment.task_id == task_obj.id))
    if assignment is None:
        assignment = Assignment(task_id=task_obj.id, status="not_started", progress=0, result="", note="")
        session.add(assignment)
        session.flush()
    return assignment


def _writable_assignment(session: Session, task: Task | int | str) -> Assignment:
    """The assignment to record work on: never on an archived plan's task (kept read-only)."""
    assignment = get_assignment(session, task)
    check_task_writable(assignment.task)
    return assignment


def set_assignment(
    session: Session,
    task: Task | int | str,
    *,
    status: str | None = None,
    progress: int | None = None,
    owner: str | int | None = _UNSET,
    own_due_date: dt.date | None = _UNSET,
    result: str | None = None,
    note: str | None = None,
) -> Assignment:
    assignment = _writable_assignment(session, task)
    changes: dict[str, Any] = {}
    if status is not None:
        changes["status"] = require_code(STATUS_LABELS, status, "trạng thái")
    if progress is not None:
        if not 0 <= int(progress) <= 100:
            raise InvalidInputError(f"Tiến độ phải từ 0 đến 100 (%), không phải {progress}.")
        changes["progress"] = int(progress)
    if owner is not _UNSET:
        changes["owner_id"] = None if owner in (None, "") else find_staff(session, owner).id
    if own_due_date is not _UNSET:
        changes["own_due_date"] = own_due_date
    if result is not None:
        changes["result"] = clean_text(result)
    if note is not None:
        changes["note"] = clean_text(note)
    # Keep status and progress consistent the way a clerk expects.
    if changes.get("status") == "done" and "progress" not in changes:
        changes["progress"] = 100
    if changes.get("progress") == 100 and "status" not in changes:
        changes["status"] = "done"
    if changes.get("progress", 0) > 0 and "status" not in changes and assignment.status == "not_started":
        changes["status"] = "in_progress"
    changed = {name: value for name, value in changes.items() if getattr(assignment, name) != value}
    for name, value in changed.items():
        setattr(assignment, name, value)
    if changed:
        task_obj = session.get(Task, assignment.task_id)
        audit.record(
            session,
            "update",
            "assignment",
            assignment.id,
            f"Cập nhật nhiệm vụ {task_obj.code if task_obj else assignment.task_id}",
            {"fields": sorted(changed)},
        )
    session.flush()
    return assignment


def add_subtask(
    session: Session,
    task: Task | int | str,
    title: str,
    due_date: dt.date | None = None,
    owner: str | int | None = None,
) -> SubTask:
    """A step of the unit's detailed plan; ``owner`` (staff name or id) is who carries it out."""
    title = clean_line(title)
    if not title:
        raise InvalidInputError("Chưa nhập nội dung việc cần làm.")
    owner_id = None if owner in (None, "") else find_staff(session, owner).id
    assignment = _writable_assignment(session, task)
    subtask = SubTask(title=title, due_date=due_date, position=len(assignment.subtasks), owner_id=owner_id)
    assignment.subtasks.append(subtask)
    session.flush()
    audit.record(session, "create", "subtask", subtask.id, f"Thêm việc cần làm: {title}")
    return subtask


def set_subtask_done(session: Session, subtask_id: int, done: bool) -> SubTask:
    subtask = _get(session, SubTask, subtask_id, "việc cần làm")
    subtask.done = done
    audit.record(session, "update", "subtask", subtask.id, f"{'Hoàn thành' if done else 'Mở lại'}: {subtask.title}")
    return subtask


def update_subtask(
    session: Session, subtask_id: int, *, title: str | None = None, due_date: dt.date | None = _UNSET
) -> SubTask:
    """Change a sub-task's title and/or due date (None clears the date); unchanged fields are left alone."""
    subtask = _get(session, SubTask, subtask_id, "việc cần làm")
    changes: dict[str, Any] = {}
    if title is not None:
        title = clean_line(title)
        if not title:
            raise InvalidInputError("Chưa nhập nội dung việc cần làm.")
        changes["title"] = title
    if due_date is not _UNSET:
        if due_date is not None and not isinstance(due_date, dt.date):
            raise InvalidInputError(f"Hạn của việc cần làm phải là một ngày, không phải “{due_date}”.")
        changes["due_date"] = due_date
    changed = {name: value for name, value in changes.items() if getattr(subtask, name) != value}
    for name, value in changed.items():
        setattr(subtask, name, value)
    if changed:
        audit.record(
            session,
            "update",
            "subtask",
            subtask.id,
            f"Sửa việc cần làm: {subtask.title}",
            {"fields": sorted(changed)},
        )
    session.flush()
    return subtask


def remove_subtask(session: Session, subtask_id: int) -> None:
    subtask = _get(session, SubTask, subtask_id, "việc cần làm")
    audit.record(session, "delete", "subtask", subtask.id, f"Xóa việc cần làm: {subtask.title}")
    session.delete(subtask)
    session.flush()


def add_evidence_file(session: Session, evidence_dir: Path, task: Task | int | str, source: Path) -> Evidence:
    """Copy the file into the workspace's evidence folder (named by its hash) and record it."""
    source = Path(source)
    if not source.is_file():
        raise InvalidInputError(f"Không tìm thấy tệp minh chứng “{source}”.")
    assignment = _writable_assignment(session, task)
    digest = file_sha256(source)
    stored = Path(digest[:2]) / f"{digest}{source.suffix.lower()}"
    target = evidence_dir / stored
    partial = target.with_name(target.name + ".partial")
    try:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, partial)
            partial.replace(target)
    except OSError as exc:
        raise InvalidInputError(
            f"Không sao chép được tệp minh chứng “{source.name}”: {os_error_reason(exc)}."
        ) from None
    finally:
        partial.unlink(missing_ok=True)  # a copy cut short (full disk, Ctrl+C) leaves nothing behind
    name = unicodedata.normalize("NFC", source.name)  # names from a Mac or a zip are often NFD
    evidence = Evidence(
        kind="file",
        label=name,
        original_name=name,
        stored_path=stored.as_posix(),
        sha256=digest,
        size=source.stat().st_size,
    )
    assignment.evidence.append(evidence)
    session.flush()
    audit.record(session, "create", "evidence", evidence.id, f"Thêm minh chứng {name}")
    return evidence


_HOST_LABEL = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")


def normalize_link(text: str) -> str:
    """A web address as a clerk pastes it, made whole: spaces trimmed, https:// added when missing (NFC).

    Refuses what is obviously not an address (spaces inside, no domain, another scheme) in Vietnamese.
    """
    url = unicodedata.normalize("NFC", text).strip()
    if not url:
        raise InvalidInputError("Chưa nhập địa chỉ (đường dẫn) minh chứng.")
    refused = InvalidInputError(
        f"“{url}” không phải là địa chỉ trang web. Hãy dán địa chỉ dạng https://… (ví dụ "
        "https://ubnd.phuong.gov.vn/tin-tuc/… hoặc www.facebook.com/…)."
    )
    if any(char.isspace() for char in url):
        raise refused
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url):
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)", url) and not url.lower().startswith(("www.", "localhost")):
            raise refused  # mailto:, javascript:, C:\…
        url = "https://" + url.lstrip("/")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        raise refused from None
    if parts.scheme.lower() not in ("http", "https") or not _valid_host(host):
        raise refused
    return url


def _valid_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        return False
    return not labels[-1].isdigit() and len(labels[-1]) >= 2


def add_evidence_link(session: Session, task: Task | int | str, url: str, label: str = "") -> Evidence:
    """Record a web address (article on the portal, a Facebook or Zalo post) as evidence."""
    url = normalize_link(url)
    assignment = _writable_assignment(session, task)
    evidence = Evidence(kind="link", url=url, label=clean_line(label) or url)
    assignment.evidence.append(evidence)
    session.flush()
    audit.record(session, "create", "evidence", evidence.id, f"Thêm liên kết minh chứng {url}")
    return evidence


def remove_evidence(session: Session, evidence_id: int) -> None:
    """Forget the evidence; the copied file stays (another record may share the same content)."""
    evidence = _get(session, Evidence, evidence_id, "minh chứng")
    audit.record(session, "delete", "evidence", evidence.id, f"Xóa minh chứng {evidence.label}")
    session.delete(evidence)
    session.flush()


def evidence_file_path(evidence_dir: Path, evidence: Evidence) -> Path | None:
    return evidence_dir / evidence.stored_path if evidence.kind == "file" and evidence.stored_path else None


def _task(session: Session, task: Task | int | str) -> Task:
    if isinstance(task, Task):
        return task
    if isinstance(task, int):
        found = session.get(Task, task)
        if found is None:
            raise NotFoundError(f"Không có nhiệm vụ mã số {task}.")
        return found
    return get_task(session, task)


def _get(session: Session, model: type[Any], row_id: int, what: str) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"Không tìm thấy {what} mã số {row_id}.")
    return row


