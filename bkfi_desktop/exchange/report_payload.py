"""The report payload (`bkfi.report/1`): the report's data as JSON, embedded in its PDF for the compiling office."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bkfi_desktop import __version__
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.schema_check import compile_schema
from bkfi_desktop.paths import resource_path
from bkfi_desktop.textvn.normalize import nfc_deep

if TYPE_CHECKING:  # building needs them; checking a payload (every file of a compile) does not
    import jsonschema

    from bkfi_desktop.core.reports.content import ReportContent
    from bkfi_desktop.core.reports.document_info import DocumentInfo

SCHEMA_ID = "bkfi.report/1"
SCHEMA_FILE = "bkfi.report-1.schema.json"
PAYLOAD_FILENAME = "bkfi-report.json"
PROGRAM_NAME = "BKFI Desktop"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    with resource_path("schemas", SCHEMA_FILE).open(encoding="utf-8") as handle:
        return json.load(handle)


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Replace local ``#/$defs/…`` references by their content: the same rules, checked much faster."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if len(node) == 1 and isinstance(ref, str) and ref.startswith("#/$defs/"):
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {key: _inline_refs(value, defs) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline_refs(value, defs) for value in node]
    return node


@lru_cache(maxsize=1)
def _quick_check() -> Callable[[Any], bool]:
    """The schema compiled to plain checks: the fast "valid?" before jsonschema says where it is not."""
    schema = load_schema()
    return compile_schema(_inline_refs(schema, schema.get("$defs", {})))


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    # Imported here: only a payload that breaks the schema needs jsonschema, to say where (its import
    # with its reference registries is a good part of a second on an old PC).
    import jsonschema

    schema = load_schema()
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None



def build_payload(
    content: ReportContent,
    document: DocumentInfo,
    narrative: dict[str, str],
    *,
    generated_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The payload dict for one report; NFC everywhere, validated against the schema."""
    from bkfi_desktop.core.reports.document_info import format_date_line

    period, unit = content.period, content.unit
    moment = (generated_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    summary = content.training_summary
    payload: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "uuid": document.uuid,
        "program": {"name": PROGRAM_NAME, "version": __version__},
        "generated_at": moment.isoformat().replace("+00:00", "Z"),
        "document": {
            "number": document.number,
            "number_text": document.number_text,
            "issued_on": document.issued_on.isoformat(),
            "place": format_date_line(unit.place_name, document.issued_on),
            "subject": document.subject,
        },
        "unit": {
            "name": unit.unit_name,
            "parent_agency": unit.parent_agency,
            "place_name": unit.place_name,
            "receiving_office": unit.receiving_office,
            "signer": {
                "name": unit.signer_name,
                "position": unit.signer_position,
                "authority": unit.signer_authority,
            },
        },
        "period": {
            "code": period.code,
            "kind": period.kind,
            "year": period.year,
            "index": period.index,
            "label": period.label_vi,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "due_date": period.due_date.isoformat(),
        },
        "plan": None
        if content.plan is None
        else {
            "key": content.plan.key,
            "number": content.plan.number,
            "title": content.plan.title,
            "issuer": content.plan.issuer,
            "issued_on": _iso(content.plan.issued_on),
            "topic": content.plan.topic,
        },
        "tasks": [
            {
                "code": t.code,
                "group": t.group,
                "content": t.content,
                "role": t.role,
                "status": t.status,
                "progress": t.progress,
                "result": t.result,
                "deadline_text": t.deadline_text,
                "due_date": _iso(t.due_date),
                "subtasks_total": t.subtasks_total,
                "subtasks_done": t.subtasks_done,
                "activities_in_window": t.activities_in_window,
            }
            for t in content.tasks
        ],
        "staff": [
            {"name": s.name, "title": s.title, "role": s.role, "from": _iso(s.from_date), "to": _iso(s.to_date)}
            for s in content.staff
        ],
        "trainings": [
            {
                "title": t.title,
                "kind": t.kind,
                "topics": list(t.topics),
                "start_date": t.start_date.isoformat(),
                "end_date": _iso(t.end_date),
                "hours": t.hours,
                "participants": t.participants,
                "place": t.place,
                "organiser": t.organiser,
                "foreign_language": t.foreign_language,
            }
            for t in content.trainings
        ],
        "training_summary": {
            "count": summary.count,
            "organised": summary.organised,
            "attended": summary.attended,
            "participants": summary.participants,
            "hours": summary.hours,
            "foreign_language_courses": summary.foreign_language_courses,
        },
        "activities": [
            {
                "date": a.date.isoformat(),
                "kind": a.kind,
                "quantity": a.quantity,
                "title": a.title,
                "link": a.link,
                "task": a.task_code,
            }
            for a in content.activities
        ],
        "activity_totals": {
            "entries": content.activity_entries,
            "quantity": content.activity_quantity,
            "by_kind": [
                {"kind": t.kind, "label": t.label, "entries": t.entries, "quantity": t.quantity}
                for t in content.activity_totals
            ],
        },
        "indicators": [
            {"code": i.code, "name": i.name, "measure": i.measure, "value": i.value} for i in content.indicators
        ],
        "compliance": {
            "leader_named": content.compliance.leader_named,
            "officer_named": content.compliance.officer_named,
            "detailed_plan": content.compliance.detailed_plan,
            "reports_sent": content.compliance.reports_sent,
            "previous_report": content.compliance.previous_report,
            "previous_report_sent": content.compliance.previous_report_sent,
        },
        "narrative": dict(narrative),
    }
    if len(content.plans) > 1:
        # A report on the unit's whole work across plans says which plan each task is of, so the
        # compiling office adds like with like. Absent for one plan: such a payload is as before.
        payload["plans"] = [
            {"key": p.key, "number": p.number, "title": p.title, "issuer": p.issuer, "issued_on": _iso(p.issued_on),
             "topic": p.topic}
            for p in content.plans
        ]
        for item, line in zip(payload["tasks"], content.tasks, strict=True):
            item["plan"] = line.plan
        for item, activity in zip(payload["activities"], content.activities, strict=True):
            item["plan"] = activity.plan
    if content.activity_by_plan:
        payload["activity_totals"]["by_plan"] = [
            {"plan": row.plan, "name": row.name, "entries": row.entries, "quantity": row.quantity}
            for row in content.activity_by_plan
        ]
    if content.left_out is not None:
        left = content.left_out
        payload["activity_totals"]["left_out"] = {
            "activities": left.activities, "quantity": left.quantity, "trainings": left.trainings,
            "indicators": left.indicators,
        }
    payload = nfc_deep(payload)
    validate_payload(payload)
    return payload


def validate_payload(payload: Any) -> None:
    """Raise InvalidInputError (Vietnamese) when the payload does not follow `bkfi.report/1`.

    The compiled check answers "valid?" with jsonschema's meaning (tests/reports/test_schema_check.py)
    in a fraction of the time on 20,000 activities; jsonschema runs only to say where a payload breaks."""
    if _quick_check()(payload):
        return
    error = _first_error(payload)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "gốc"
        raise InvalidInputError(
            f"Dữ liệu báo cáo không đúng cấu trúc {SCHEMA_ID} tại “{where}”: {_schema_reason(error)}."
        )


def _first_error(payload: Any) -> jsonschema.exceptions.ValidationError | None:
    from jsonschema.exceptions import best_match

    return best_match(_validator().iter_errors(payload))


_SCHEMA_REASONS = {
    "type": "sai kiểu dữ liệu",
    "enum": "giá trị không được phép",
    "const": "giá trị không được phép",
    "pattern": "sai định dạng",
    "format": "sai định dạng",
    "minimum": "giá trị nhỏ hơn mức cho phép",
    "maximum": "giá trị lớn hơn mức cho phép",
    "minLength": "để trống",
    "additionalProperties": "có trường không thuộc lược đồ",
}


def _schema_reason(error: jsonschema.exceptions.ValidationError) -> str:
    """jsonschema explains in English; the clerk reads Vietnamese."""
    if error.validator == "required":
        missing = [name for name in error.validator_value if isinstance(error.instance, dict) and name not in error.instance]
        return f"thiếu trường {', '.join(missing)}" if missing else "thiếu trường bắt buộc"
    return _SCHEMA_REASONS.get(str(error.validator), "không hợp lệ")


def parse_payload(data: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """(payload, None) when the embedded bytes follow `bkfi.report/1`, else (None, where it breaks:
    "period/start", "JSON"…). Parsed and validated once, so a compile pays for it once per file."""
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None, "không phải JSON UTF-8"
    if not _quick_check()(payload):
        error = _first_error(payload)
        if error is not None:
            return None, "/".join(str(part) for part in error.absolute_path) or "gốc"
    period = payload["period"]
    if period["start"] > period["end"]:
        return None, "period/start sau period/end"
    return payload, None


def payload_problem(data: bytes) -> str | None:
    """Where embedded payload bytes break `bkfi.report/1` ("period/start", "JSON"…), or None when they hold."""
    return parse_payload(data)[1]


def read_signed_payload(data: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """For the signature check (documents.signing.verify_pdf's ``payload_reader``): the payload, or None
    and what is wrong with it, as the end of the sentence "Dữ liệu báo cáo … trong tệp X …"."""
    payload, where = parse_payload(data)
    return payload, None if where is None else f"không đúng cấu trúc {SCHEMA_ID} ({where})"


def payload_bytes(payload: dict[str, Any]) -> bytes:
    """UTF-8 JSON, stable key order, Vietnamese letters kept readable. One line: with an indent,
    json falls back to its pure-Python encoder, which took seconds on a 20,000-activity payload."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def read_payload(data: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInputError("Tệp dữ liệu báo cáo đính kèm không đọc được (không phải JSON UTF-8).") from exc
    validate_payload(payload)
    return payload
