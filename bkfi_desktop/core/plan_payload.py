"""The data a detailed plan PDF carries (bkfi-plan.json): its schema id and the check a verifier runs.

Kept apart from the plan's compilation so the signature checker can use it without loading the domain.
"""

from __future__ import annotations

import json

SCHEMA_ID = "bkfi.plan/1"
_ROW_FIELDS = ("code", "task", "lead", "support", "deadline", "product")


def plan_payload_problem(data: bytes) -> str | None:
    """Where embedded plan data breaks `bkfi.plan/1` ("rows/3/task", "JSON"…), or None when it holds."""
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return "không phải JSON UTF-8"
    if not isinstance(payload, dict) or payload.get("schema") != SCHEMA_ID:
        return "schema"
    for key in ("uuid", "unit", "number_text", "issued_on"):
        if not isinstance(payload.get(key), str) or not payload[key]:
            return key
    rows = payload.get("rows")
    if not isinstance(rows, list):
        return "rows"
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            return f"rows/{index}"
        for key in _ROW_FIELDS:
            if not isinstance(row.get(key), str):
                return f"rows/{index}/{key}"
    return None
