"""What a plan is about ("thông tin đối ngoại", "chuyển đổi số"), as the reports word it.

An imported plan gets the topic its title names; the clerk corrects it in the plan's details. Pages and
documents about the whole workspace (staff printout, leader summary, a reminder for every plan) speak
of the topics of the plans the unit works on today.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core.store.models import Plan
from bkfi_desktop.core.store.plan_models import DEFAULT_TOPIC

# "…công tác thông tin đối ngoại trong tình hình mới…": the words after "công tác" name the work.
_WORK = re.compile(r"\bcông tác\s+", re.IGNORECASE)
# Words a title starts with that say what kind of paper it is, not what it is about.
_LEAD = re.compile(
    r"^(?:danh mục(?: các)? nhiệm vụ|phụ lục|kế hoạch|triển khai|thực hiện|tổ chức|về việc|về|công tác)\b[\s:.,-]*",
    re.IGNORECASE,
)
# Where the topic ends: the time, the place, whose plan it is, or a bracket.
_END = re.compile(
    r"\s+(?:trong|trên địa bàn|tại|của|năm|giai đoạn|đến năm|từ năm|6 tháng|sáu tháng|quý|đợt)\b|\s+\d|[(;:\"“”]",
    re.IGNORECASE,
)
# A title that names another paper ("Triển khai Nghị quyết số 47…") does not say the topic by itself.
_PAPER = re.compile(
    r"^(?:nghị quyết|nghị định|quyết định|kết luận|chỉ thị|thông tư|luật|chương trình|đề án|văn bản|công văn)\b",
    re.IGNORECASE,
)
MAX_WORDS = 10

__all__ = ["DEFAULT_TOPIC", "guess_topic", "join_topics", "topic_of_title", "workspace_topic"]


def join_topics(topics: list[str]) -> str:
    """Several plans' topics as one phrase: "thông tin đối ngoại và chuyển đổi số"."""
    unique = list(dict.fromkeys(topic.strip() for topic in topics if topic and topic.strip())) or [DEFAULT_TOPIC]
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " và " + unique[-1]


def guess_topic(title: str) -> str | None:
    """The topic a plan's title names, in lower case as a sentence uses it; None when it names none."""
    text = " ".join(unicodedata.normalize("NFC", title or "").split())
    found = _WORK.search(text)
    if found:
        text = text[found.end():]
    else:
        while (lead := _LEAD.match(text)) and lead.end():
            text = text[lead.end():]
    end = _END.search(text)
    topic = (text[: end.start()] if end else text).strip(" ,.-–")
    words = topic.split()
    # One word is a label ("Phụ lục I", "Sheet1"), a dot or an underscore a file name, a digit a date.
    if not 2 <= len(words) <= MAX_WORDS or _PAPER.match(topic) or any(ch.isdigit() or ch in "._/\\" for ch in topic):
        return None
    return _sentence_case(topic)


def _sentence_case(topic: str) -> str:
    """"CHUYỂN ĐỔI SỐ" and "Chuyển đổi số" → "chuyển đổi số"; an abbreviation ("CCHC", "ATTT") stays."""
    if topic.isupper() and len(topic.split()) > 1:
        return topic.lower()
    first = topic.split()[0]
    if len(first) > 1 and first[1:].islower():
        return first[0].lower() + topic[1:]
    return topic


def topic_of_title(title: str) -> str:
    return guess_topic(title) or DEFAULT_TOPIC


def workspace_topic(session: Session, plan_key: str | None = None) -> str:
    """The topic of that plan, else of every plan the workspace works on today ("… và …")."""
    query = select(Plan.topic).where(Plan.archived_at.is_(None)).order_by(Plan.id)
    if plan_key:
        topic = session.scalar(select(Plan.topic).where(Plan.key == plan_key))
        if topic:
            return topic
    return join_topics(list(session.scalars(query)))
