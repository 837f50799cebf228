"""The demo workspace: the built-in plan seen from UBND phường Đức Xuân, with 2024–2026 records.

Every page and report has something real to show. `generate_activities` also feeds the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bkfi_desktop.core import assignments, staff, training
from bkfi_desktop.core.plans import install_builtin_plan
from bkfi_desktop.core.profile import update_profile
from bkfi_desktop.core.store.models import Activity, Indicator, Task, utc_now
from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.textvn.folding import fold_for_match, fold_for_search

DEMO_UNIT = "UBND phường Đức Xuân"
DEMO_PARENT = "UBND thành phố Bắc Kạn"

_TITLES: dict[str, tuple[str, ...]] = {
    "news": (
        "Tin bài giới thiệu lễ hội Lồng Tồng phường Đức Xuân",
        "Bài viết quảng bá du lịch hồ Ba Bể tới du khách quốc tế",
        "Tin về hoạt động đối ngoại nhân dân trên địa bàn phường",
        "Tin bài tuyên truyền Kết luận 57-KL/TW về thông tin đối ngoại",
    ),
    "social_post": (
        "Bài đăng Fanpage phường về hình ảnh Bắc Kạn xanh",
        "Video ngắn trên Zalo OA giới thiệu đặc sản địa phương",
        "Bài đăng quảng bá chợ phiên cuối tuần",
    ),
    "press_info": (
        "Cung cấp thông tin cho Báo Bắc Kạn về chuyển đổi số",
        "Trả lời phỏng vấn Đài PT-TH tỉnh về đô thị văn minh",
    ),
    "rebuttal": (
        "Phản bác thông tin sai lệch về giải phóng mặt bằng trên mạng xã hội",
        "Đính chính tin đồn thất thiệt về dịch bệnh",
    ),
    "meeting": (
        "Hội nghị quán triệt Nghị quyết 47/NQ-CP",
        "Hội nghị giao ban công tác thông tin đối ngoại quý",
    ),
    "propaganda": (
        "Treo băng rôn, khẩu hiệu chào mừng ngày Quốc khánh",
        "Pa nô tuyên truyền hình ảnh phường Đức Xuân",
    ),
}

_KIND_WEIGHTS = {"news": 5, "social_post": 8, "press_info": 2, "rebuttal": 1, "meeting": 1, "propaganda": 2}

DEFAULT_INDICATORS = (
    ("TIN_BAI", "Số tin, bài viết về thông tin đối ngoại", "tin/bài", "activities", {"kinds": ["news"]}),
    ("MXH", "Số bài đăng trên mạng xã hội", "bài", "activities", {"kinds": ["social_post"]}),
    ("BAO_CHI", "Số lần cung cấp thông tin cho báo chí", "lần", "activities", {"kinds": ["press_info"]}),
    ("PHAN_BAC", "Số tin, bài phản bác thông tin sai trái", "tin/bài", "activities", {"kinds": ["rebuttal"]}),
    ("TAP_HUAN", "Số lớp tập huấn, bồi dưỡng", "lớp", "trainings", {}),
    ("LUOT_TAP_HUAN", "Số lượt người được tập huấn, bồi dưỡng", "lượt", "training_participants", {}),
)


def create_demo(workspace: Workspace, *, seed: int = 47) -> None:
    """Fill an empty workspace with the demo data. One transaction: all or nothing."""
    rng = random.Random(seed)
    with workspace.transaction() as session:
        install_builtin_plan(session)
        update_profile(
            session,
            unit_name=DEMO_UNIT,
            parent_agency=DEMO_PARENT,
            place_name="Đức Xuân",
            number_prefix="UBND",
            signer_name="Hoàng Thị Thu Hà",
            signer_position="Chủ tịch",
            signer_authority="TM. ỦY BAN NHÂN DÂN",
            receiving_office="Phòng Văn hoá và Thông tin thành phố Bắc Kạn",
            recipients=["Phòng Văn hoá và Thông tin thành phố", "TT Đảng ủy, HĐND phường", "Lưu: VT"],
        )
        ensure_default_indicators(session)
        people = _add_staff(session)
        _add_trainings(session, people)
        _add_assignments(session, people, rng)
        generate_activities(session, 240, seed=seed, start=dt.date(2024, 1, 2), end=dt.date(2026, 11, 20))


def ensure_default_indicators(session: Session) -> None:
    existing = set(session.scalars(select(Indicator.code)))
    for position, (code, name, measure, source, params) in enumerate(DEFAULT_INDICATORS):
        if code not in existing:
            session.add(Indicator(code=code, name=name, measure=measure, source=source, params=params, position=position))
    session.flush()


def generate_activities(
    session: Session,
    count: int,
    *,
    seed: int = 1,
    start: dt.date = dt.date(2024, 1, 1),
    end: dt.date = dt.date(2026, 12, 31),
) -> int:
    """Insert `count` plausible activities in bulk (fast enough for 100k in a benchmark)."""
    rng = random.Random(seed)
    task_ids = list(session.scalars(select(Task.id).where(Task.withdrawn_at.is_(None))))
    kinds = list(_KIND_WEIGHTS)
    weights = list(_KIND_WEIGHTS.values())
    span = (end - start).days
    now = utc_now()
    rows = []
    for number in range(count):
        kind = rng.choices(kinds, weights)[0]
        title = f"{rng.choice(_TITLES[kind])} (số {number + 1})"
        rows.append(
            {
                "date": start + dt.timedelta(days=rng.randint(0, span)),
                "kind": kind,
                "quantity": rng.choice((1, 1, 1, 2, 3)),
                "title": title,
                "title_key": fold_for_search(title),
                "link": "",
                "task_id": rng.choice(task_ids) if task_ids and rng.random() < 0.7 else None,
                "note": "",
                "created_at": now,
            }
        )
    for chunk_start in range(0, len(rows), 5000):
        session.execute(insert(Activity), rows[chunk_start : chunk_start + 5000])
    return count


def _add_staff(session: Session) -> dict[str, int]:
    leader = staff.add_staff(
        session, "Hoàng Thị Thu Hà", title="Chủ tịch UBND phường", ttdn_role="leader", from_date=dt.date(2021, 7, 1),
        phone="0209 3870 123",
    )
    officer = staff.add_staff(
        session, "Nguyễn Văn Bình", title="Công chức Văn hoá - Xã hội", ttdn_role="officer",
        from_date=dt.date(2022, 3, 1), email="binhnv@ducxuan.backan.gov.vn",
    )
    member = staff.add_staff(session, "Lý Thị Ánh", title="Công chức Văn phòng - Thống kê", from_date=dt.date(2023, 1, 1))
    former = staff.add_staff(
        session, "Trần Đức An", title="Phó Chủ tịch UBND phường", ttdn_role="leader", from_date=dt.date(2020, 1, 1)
    )
    staff.end_staff(session, former.id, dt.date(2024, 6, 30))
    return {"leader": leader.id, "officer": officer.id, "member": member.id, "former": former.id}


def _add_trainings(session: Session, people: dict[str, int]) -> None:
    training.add_training(
        session, "Tập huấn nghiệp vụ thông tin đối ngoại năm 2024", dt.date(2024, 5, 16), kind="attended",
        topics=["ttdn"], end_date=dt.date(2024, 5, 17), hours=16, place="Hội trường UBND thành phố",
        organiser="Phòng Văn hoá và Thông tin thành phố", participants=[people["officer"], people["member"]],
    )
    training.add_training(
        session, "Bồi dưỡng tiếng Anh giao tiếp cho cán bộ phường", dt.date(2025, 3, 10), kind="organised",
        topics=["foreign_language"], end_date=dt.date(2025, 5, 30), hours=60, place="UBND phường Đức Xuân",
        organiser="UBND phường Đức Xuân", participants=[people["officer"], people["member"]], external_participants=12,
    )
    training.add_training(
        session, "Kỹ năng số trong tuyên truyền đối ngoại trên mạng xã hội", dt.date(2025, 9, 23), kind="attended",
        topics=["digital_skills", "ttdn"], hours=8, mode="online", organiser="Sở Văn hoá, Thể thao và Du lịch",
        participants=[people["leader"], people["officer"]],
    )
    training.add_training(
        session, "Tập huấn phản bác thông tin sai trái năm 2026", dt.date(2026, 4, 8), kind="attended",
        topics=["ttdn"], hours=8, place="Trung tâm Chính trị thành phố", organiser="Ban Tuyên giáo Thành ủy",
        participants=[people["officer"]],
    )


def _add_assignments(session: Session, people: dict[str, int], rng: random.Random) -> None:
    mine = list_tasks(session, mine_only=True)
    statuses = ("done", "in_progress", "in_progress", "not_started", "blocked")
    for index, task in enumerate(mine):
        status = statuses[index % len(statuses)]
        progress = {"done": 100, "in_progress": rng.choice((30, 50, 70)), "not_started": 0, "blocked": 20}[status]
        due = dt.date(2026, 12, 15) if index % 3 else dt.date(2026, 10, 31)
        assignments.set_assignment(
            session, task.id, status=status, progress=progress,
            owner=people["officer"] if index % 2 else people["leader"], own_due_date=due,
            result="Đã tổ chức quán triệt tới toàn thể cán bộ, công chức phường." if status == "done" else "",
        )
        if index == 0:
            assignments.add_subtask(
                session, task.id, "Xây dựng kế hoạch chi tiết của phường", dt.date(2024, 8, 30), owner=people["officer"]
            )
            assignments.add_subtask(
                session, task.id, "Tổ chức hội nghị quán triệt", dt.date(2024, 9, 20), owner=people["leader"]
            )


# --- sample data left in a real workspace by an earlier version ----------------------------------

_DEMO_LEADER = "Hoàng Thị Thu Hà"


def holds_demo_data(session: Session) -> bool:
    """True when the workspace holds the demo unit's data (earlier versions filled a fresh default
    workspace with it, with nothing saying so): the demo unit's name, its leader on the staff list and
    its generated activities."""
    from bkfi_desktop.core.profile import get_profile
    from bkfi_desktop.core.store.models import Staff

    if session.scalar(select(Staff.id).limit(1)) is None:
        return False
    if fold_for_match(get_profile(session).unit_name) != fold_for_match(DEMO_UNIT):
        return False
    if session.scalar(select(Staff.id).where(Staff.full_name == _DEMO_LEADER).limit(1)) is None:
        return False
    # and the generated activities ("… (số 17)"): a real unit of that name and leader has its own
    return session.scalar(select(Activity.id).where(Activity.title.like("% (số %)")).limit(1)) is not None


def clear_workspace_data(workspace: Workspace) -> Path:
    """Empty the workspace of all its data (the sample and anything added since), keeping the audit
    log, after a backup; returns the backup. One transaction: all or nothing."""
    from sqlalchemy import delete

    from bkfi_desktop.core import audit
    from bkfi_desktop.core.store.base import Base
    from bkfi_desktop.core.store.models import AuditEntry

    backup = workspace.backup()
    with workspace.transaction() as session:
        removed: dict[str, int] = {}
        for table in reversed(Base.metadata.sorted_tables):  # children before parents
            if table.name == AuditEntry.__tablename__:
                continue
            count = session.execute(delete(table)).rowcount
            if count:
                removed[table.name] = count
        audit.record(
            session,
            "clear_demo",
            "workspace",
            None,
            f"Xoá dữ liệu mẫu ({DEMO_UNIT}) khỏi tệp dữ liệu; bản sao lưu trước khi xoá: {backup.name}",
            {"backup": str(backup), "removed": removed},
        )
    return backup
