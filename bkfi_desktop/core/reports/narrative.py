"""The five narrative sections of a report, prefilled with sentences made from the data; the clerk edits them."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from bkfi_desktop.core.reports.content import ReportContent
from bkfi_desktop.core.reports.vn_format import format_number_vi as _number
from bkfi_desktop.errors import InvalidInputError

# Key in code and payload → heading printed on the report.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("results", "Kết quả đạt được"),
    ("limitations", "Tồn tại, hạn chế"),
    ("causes", "Nguyên nhân"),
    ("directions", "Phương hướng, nhiệm vụ kỳ tới"),
    ("proposals", "Đề xuất, kiến nghị"),
)
SECTION_KEYS = tuple(key for key, _title in SECTIONS)
MAX_SECTION_CHARS = 20_000


def _names(content: ReportContent, role: str) -> str:
    people = content.people(role)
    return ", ".join(f"đồng chí {p.name}" + (f" ({p.title})" if p.title else "") for p in people)


def _results(content: ReportContent) -> str:
    unit = content.unit.unit_name
    lines: list[str] = []
    leaders, officers = _names(content, "leader"), _names(content, "officer")
    if leaders or officers:
        parts = []
        if leaders:
            parts.append(f"phân công {leaders} là lãnh đạo phụ trách công tác {content.topic}")
        if officers:
            parts.append(f"giao {officers} là cán bộ phụ trách")
        lines.append(f"{unit} đã " + "; ".join(parts) + ".")
    tasks = content.tasks
    if tasks:
        done = sum(1 for t in tasks if t.status == "done")
        going = sum(1 for t in tasks if t.status == "in_progress")
        lead = sum(1 for t in tasks if t.role == "lead")
        lines.append(
            f"Trong kỳ, đơn vị triển khai {_number(len(tasks))} nhiệm vụ theo Kế hoạch"
            + (f" (chủ trì {_number(lead)} nhiệm vụ)" if lead else "")
            + f"; đã hoàn thành {_number(done)} nhiệm vụ, đang thực hiện {_number(going)} nhiệm vụ."
        )
    if content.activity_totals:
        kinds = "; ".join(
            f"{t.label.lower()}: {_number(t.quantity)}" for t in content.activity_totals if t.quantity
        )
        lines.append(
            f"Kết quả hoạt động {content.topic} trong kỳ: {kinds} "
            f"(tổng cộng {_number(content.activity_quantity)})."
        )
    summary = content.training_summary
    if summary.count:
        sentence = (
            f"Đơn vị đã tổ chức và cử cán bộ tham gia {_number(summary.count)} lớp tập huấn, bồi dưỡng "
            f"với {_number(summary.participants)} lượt người tham gia, tổng thời lượng {_number(summary.hours)} giờ"
        )
        if summary.foreign_language_courses:
            sentence += f", trong đó có {_number(summary.foreign_language_courses)} khóa học ngoại ngữ"
        lines.append(sentence + ".")
    if not lines:
        lines.append("Trong kỳ báo cáo, đơn vị chưa ghi nhận kết quả cụ thể.")
    return "\n".join(lines)


def _limitations(content: ReportContent) -> str:
    lines: list[str] = []
    late = [t for t in content.tasks if t.status != "done" and t.progress < 50]
    if late:
        lines.append(f"Còn {_number(len(late))} nhiệm vụ tiến độ thực hiện dưới 50%.")
    if not content.compliance.officer_named:
        lines.append(f"Đơn vị chưa phân công cán bộ phụ trách công tác {content.topic}.")
    if not content.compliance.detailed_plan:
        lines.append("Đơn vị chưa xây dựng kế hoạch chi tiết để triển khai các nhiệm vụ được giao.")
    if not content.training_summary.count and not (content.left_out and content.left_out.trainings):
        lines.append("Trong kỳ chưa tổ chức hoặc cử cán bộ tham gia tập huấn, bồi dưỡng.")
    if not lines:
        lines.append(f"Nguồn nhân lực làm công tác {content.topic} còn mỏng, chủ yếu kiêm nhiệm.")
    return "\n".join(lines)


def _causes(content: ReportContent) -> str:
    return (
        f"Cán bộ làm công tác {content.topic} chủ yếu kiêm nhiệm nhiều việc; "
        "kinh phí và điều kiện cơ sở vật chất còn hạn chế."
    )


def _directions(content: ReportContent) -> str:
    lines = [
        "Tiếp tục triển khai có hiệu quả các nhiệm vụ được giao theo Kế hoạch; "
        "đẩy mạnh thông tin, tuyên truyền về tiềm năng, thế mạnh của địa phương."
    ]
    open_tasks = sum(1 for t in content.tasks if t.status != "done")
    if open_tasks:
        lines.append(f"Tập trung hoàn thành {_number(open_tasks)} nhiệm vụ chưa hoàn thành trong kỳ.")
    lines.append(f"Cử cán bộ tham gia đầy đủ các lớp tập huấn, bồi dưỡng nghiệp vụ {content.topic}.")
    return "\n".join(lines)


def _proposals(content: ReportContent) -> str:
    office = content.unit.receiving_office or "cơ quan cấp trên"
    return f"Đề nghị {office} tiếp tục tổ chức các lớp tập huấn, bồi dưỡng nghiệp vụ {content.topic} cho cán bộ cơ sở."


def prefill_narrative(content: ReportContent) -> dict[str, str]:
    """Every section, written from the counted data; a starting point the clerk edits."""
    makers = {
        "results": _results,
        "limitations": _limitations,
        "causes": _causes,
        "directions": _directions,
        "proposals": _proposals,
    }
    return {key: unicodedata.normalize("NFC", makers[key](content)) for key in SECTION_KEYS}


def clean_narrative(sections: Mapping[str, str], base: Mapping[str, str] | None = None) -> dict[str, str]:
    """Check and normalise sections given by the user; missing ones keep ``base``'s text."""
    unknown = set(sections) - set(SECTION_KEYS)
    if unknown:
        raise InvalidInputError(f"Mục báo cáo “{sorted(unknown)[0]}” không tồn tại.")
    result = {key: (base or {}).get(key, "") for key in SECTION_KEYS}
    for key, text in sections.items():
        if not isinstance(text, str):
            raise InvalidInputError("Nội dung báo cáo phải là văn bản.")
        if len(text) > MAX_SECTION_CHARS:
            raise InvalidInputError(f"Mục “{dict(SECTIONS)[key]}” quá dài (tối đa {MAX_SECTION_CHARS} ký tự).")
        lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        result[key] = unicodedata.normalize("NFC", "\n".join(line for line in lines if line))
    return result


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]
