"""Domain codes and their Vietnamese labels.

Codes are stored and exchanged (CLI, payload); labels are what a clerk reads in the PDF, the CLI and
the GUI. They are data of the domain, so they live here rather than in Qt translation files.
"""

from __future__ import annotations

STATUS_LABELS: dict[str, str] = {
    "not_started": "Chưa thực hiện",
    "in_progress": "Đang thực hiện",
    "done": "Hoàn thành",
    "blocked": "Vướng mắc",
}

ROLE_LABELS: dict[str, str] = {
    "lead": "Chủ trì",
    "support": "Phối hợp",
    "implement": "Thực hiện",
}

# When a unit is named in several roles on one task, the report shows the strongest.
ROLE_STRENGTH: dict[str, int] = {"lead": 3, "implement": 2, "support": 1}

TTDN_ROLE_LABELS: dict[str, str] = {
    "leader": "Lãnh đạo phụ trách",
    "officer": "Cán bộ phụ trách",  # of the plans' work (the seed's TTĐN, or another topic)
    "member": "Thành viên",
}

ACTIVITY_KIND_LABELS: dict[str, str] = {
    "news": "Tin, bài viết",
    "social_post": "Bài đăng mạng xã hội",
    "press_info": "Cung cấp thông tin cho báo chí",
    "rebuttal": "Phản bác thông tin sai trái",
    "meeting": "Hội nghị, hội thảo",
    "propaganda": "Tuyên truyền trực quan, sự kiện",
    "other": "Hoạt động khác",
}

TRAINING_TOPIC_LABELS: dict[str, str] = {
    "ttdn": "Thông tin đối ngoại",
    "foreign_language": "Ngoại ngữ",
    "digital_skills": "Kỹ năng số",
    "other": "Chuyên đề khác",
}

TRAINING_KIND_LABELS: dict[str, str] = {
    "organised": "Đơn vị tổ chức",
    "attended": "Cử cán bộ tham gia",
}

TRAINING_MODE_LABELS: dict[str, str] = {
    "in_person": "Trực tiếp",
    "online": "Trực tuyến",
}

RECURRENCE_LABELS: dict[str, str] = {
    "none": "Một lần",
    "ongoing": "Thường xuyên",
    "yearly": "Hằng năm",
    "semiannual": "Định kỳ 6 tháng",
    "quarterly": "Hằng quý",
    "monthly": "Hằng tháng",
    "on_demand": "Khi phát sinh",
}

UNIT_CATEGORY_LABELS: dict[str, str] = {
    "phong_ban": "Phòng, ban chuyên môn",
    "nganh": "Cơ quan ngành",
    "doan_the": "Đoàn thể",
    "dang": "Cơ quan Đảng",
    "xa": "Xã",
    "phuong": "Phường",
    "thon_to": "Thôn, bản, tổ dân phố",
    "cap_tren": "Cơ quan cấp trên",
    "collective": "Nhóm đơn vị",
    "khac": "Khác",
}

# A built report is not yet issued: it is issued (ban hành) by the signature, then sent.
REPORT_STATUS_LABELS: dict[str, str] = {
    "draft": "Dự thảo",
    "issued": "Đã lập",
    "signed": "Đã ký",
    "sent": "Đã gửi",
}


def label(labels: dict[str, str], code: str | None) -> str:
    """The label for a code, or the code itself when unknown (never an empty cell)."""
    if not code:
        return ""
    return labels.get(code, code)


def require_code(labels: dict[str, str], code: str, what: str) -> str:
    """Validate a code from the CLI or a form; the message lists the accepted values."""
    from bkfi_desktop.errors import InvalidInputError

    if code not in labels:
        accepted = ", ".join(f"{key} ({value})" for key, value in labels.items())
        raise InvalidInputError(f"Giá trị {what} “{code}” không hợp lệ; chọn một trong: {accepted}.")
    return code
