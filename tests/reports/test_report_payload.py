"""The payload: valid `bkfi.report/1`, embedded in the PDF with the appendix, identical to the file written beside."""

from __future__ import annotations

import json
import unicodedata

import jsonschema
import pytest
from sqlalchemy import select

from bkfi_desktop.core.store.models import Report
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.attachments import APPENDIX_NAME, PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.report_payload import load_schema, read_payload, validate_payload
from tests.reports.conftest import BuiltFiles


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (key, *_strings(item))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def test_payload_written_beside_is_valid_against_the_published_schema(h1_report: BuiltFiles) -> None:
    payload = json.loads(h1_report.payload.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(load_schema()).validate(payload)
    assert payload["schema"] == "bkfi.report/1"
    assert payload["period"]["start"] == "2024-12-15" and payload["period"]["end"] == "2025-06-14"
    assert payload["document"]["number_text"] == "01/BC-UBND"
    assert payload["unit"]["name"] == "UBND phường Đức Xuân"
    assert payload["program"]["name"] == "BKFI Desktop" and payload["program"]["version"]
    assert payload["activities"] and all(
        set(activity) >= {"date", "kind", "quantity", "title"} for activity in payload["activities"]
    )
    assert sum(a["quantity"] for a in payload["activities"]) == payload["activity_totals"]["quantity"]
    assert all(unicodedata.is_normalized("NFC", text) for text in _strings(payload))


def test_payload_and_appendix_are_embedded_in_the_pdf(h1_report: BuiltFiles) -> None:
    embedded = read_embedded_files(h1_report.pdf)
    assert set(embedded) == {PAYLOAD_NAME, APPENDIX_NAME}
    assert embedded[PAYLOAD_NAME] == h1_report.payload.read_bytes()
    assert embedded[APPENDIX_NAME] == h1_report.xlsx.read_bytes()
    payload = read_payload(embedded[PAYLOAD_NAME])
    assert payload["uuid"] == h1_report.built.uuid


def test_the_database_keeps_the_payload_and_the_hash(h1_report: BuiltFiles) -> None:
    import hashlib

    with Workspace.open(h1_report.workspace_path) as workspace, workspace.session() as session:
        report = session.scalar(select(Report).where(Report.uuid == h1_report.built.uuid))
        assert report is not None
        assert report.payload == json.loads(h1_report.payload.read_text(encoding="utf-8"))
        assert report.pdf_sha256 == hashlib.sha256(h1_report.pdf.read_bytes()).hexdigest()
        assert report.status == "issued" and report.number_text == "01/BC-UBND"


def test_a_broken_payload_is_refused_in_vietnamese(h1_report: BuiltFiles) -> None:
    payload = json.loads(h1_report.payload.read_text(encoding="utf-8"))
    payload["activities"][0]["quantity"] = "nhiều"
    with pytest.raises(InvalidInputError, match=r"không đúng cấu trúc bkfi\.report/1"):
        validate_payload(payload)
    with pytest.raises(InvalidInputError, match="không đọc được"):
        read_payload(b"\xff not json")
