"""compile_reports: what is accepted, what is refused and why, and the figures added up."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from reportlab.pdfgen.canvas import Canvas

from bkfi_desktop.documents.attachments import PAYLOAD_NAME, embed_files
from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.compilation import Compilation, CompilationCancelled, compile_reports
from tests.compile.conftest import UNIT_A, UNIT_B, UNIT_C, ReportSet
from tests.compile.fixtures import unit_p12
from tests.signing.pki import P12_PASSWORD
from tests.signing.tamper import flip_byte, replace_attachment

if TYPE_CHECKING:  # not imported at run time: pytest would try to collect a class named Test…
    from tests.signing.pki import TestPki


def _compile(report_set: ReportSet, paths: list[Path], **kwargs: Any) -> Compilation:
    return compile_reports(paths, trust_roots=[report_set.root_pem], **kwargs)


def _codes(compilation: Compilation) -> dict[str, str]:
    return {refusal.file: refusal.code for refusal in compilation.refused}


def _expected_by_kind(payloads: list[dict[str, Any]]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for payload in payloads:
        for item in payload["activity_totals"]["by_kind"]:
            totals[item["kind"]] = totals.get(item["kind"], 0) + item["quantity"]
    return totals


def test_three_signed_reports_add_up(report_set: ReportSet, tmp_path: Path) -> None:
    paths = report_set.copy(tmp_path, "c_h1", "a_h1", "b_h1")
    compilation = _compile(report_set, paths)

    assert compilation.ok and compilation.refused == []
    assert [r.unit_name for r in compilation.accepted] == [UNIT_B, UNIT_A, UNIT_C]  # Vietnamese order
    assert compilation.period_code == "2025-H1" and compilation.period_label == "6 tháng đầu năm 2025"
    payloads = [report_set.payload(name) for name in ("a_h1", "b_h1", "c_h1")]
    totals = compilation.totals
    assert totals.units == 3
    assert totals.activity_quantity == sum(p["activity_totals"]["quantity"] for p in payloads)
    assert totals.activity_entries == sum(p["activity_totals"]["entries"] for p in payloads)
    assert {k: t.quantity for k, t in totals.activities.items()} == _expected_by_kind(payloads)
    assert totals.trainings.sessions == sum(p["training_summary"]["count"] for p in payloads)
    assert totals.trainings.participants == sum(p["training_summary"]["participants"] for p in payloads)
    assert totals.tasks_total == sum(len(p["tasks"]) for p in payloads)
    assert totals.task_status["done"] == sum(t["status"] == "done" for p in payloads for t in p["tasks"])
    assert totals.officer_named_units == sum(p["compliance"]["officer_named"] for p in payloads)
    a = next(r for r in compilation.accepted if r.unit_name == UNIT_A)
    assert a.uuid == report_set.payload("a_h1")["uuid"]
    assert a.signer and a.signing_time is not None and a.number_text == "01/BC-UBND"


def test_each_bad_file_is_refused_with_its_reason_and_the_rest_compile(
    report_set: ReportSet, tmp_path: Path
) -> None:
    good_b, good_c, altered, unsigned, untrusted, other_period = report_set.copy(
        tmp_path, "b_h1", "c_h1", "a_h1", "b_unsigned", "c_untrusted", "a_h2"
    )
    data = altered.read_bytes()
    altered.write_bytes(flip_byte(data, data.index(b"stream", len(data) // 3) + 40))

    compilation = _compile(report_set, [altered, good_b, unsigned, untrusted, good_c, other_period])

    assert [r.file for r in compilation.accepted] == [good_b.name, good_c.name]
    assert _codes(compilation) == {
        altered.name: "altered",
        unsigned.name: "not_signed",
        untrusted.name: "untrusted",
        other_period.name: "other_period",
    }
    assert [r.file for r in compilation.refused] == [altered.name, unsigned.name, untrusted.name, other_period.name]
    reasons = {r.code: r.reason for r in compilation.refused}
    assert "thay đổi sau khi ký" in reasons["altered"]
    assert "chưa được ký số" in reasons["not_signed"]
    assert "chứng thư gốc tin cậy" in reasons["untrusted"]
    assert "6 tháng cuối năm 2025 (2025-H2)" in reasons["other_period"]
    assert "6 tháng đầu năm 2025 (2025-H1)" in reasons["other_period"]
    assert not compilation.ok
    assert compilation.totals.units == 2


def test_the_same_unit_twice_keeps_the_newest_signature(report_set: ReportSet, tmp_path: Path) -> None:
    older, newer, other = report_set.copy(tmp_path, "a_h1", "a_h1_newer", "b_h1")
    for order in ([older, newer, other], [newer, other, older]):
        compilation = _compile(report_set, order)
        kept = next(r for r in compilation.accepted if r.unit_name == UNIT_A)
        assert kept.file == newer.name
        assert kept.uuid == report_set.payload("a_h1_newer")["uuid"]
        assert any(older.name in note for note in kept.notes)
        (refusal,) = compilation.refused
        assert (refusal.file, refusal.code, refusal.unit_name) == (older.name, "duplicate_unit", UNIT_A)
        assert newer.name in refusal.reason and "mới hơn" in refusal.reason
        quantity = report_set.payload("a_h1_newer")["activity_totals"]["quantity"]
        assert kept.figures.activity_quantity == quantity


def test_the_same_report_twice_is_refused_once(report_set: ReportSet, tmp_path: Path) -> None:
    first, again = report_set.copy(tmp_path, "a_h1", "a_h1_resigned")
    copy = tmp_path / "bản sao" / first.name
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    compilation = _compile(report_set, [first, again, copy])
    assert [r.file for r in compilation.accepted] == [again.name]
    assert [(r.path, r.code) for r in compilation.refused] == [(first, "duplicate_uuid"), (copy, "duplicate_uuid")]
    assert report_set.payload("a_h1")["uuid"] in compilation.refused[0].reason


def test_a_period_asked_for_refuses_the_others(report_set: ReportSet, tmp_path: Path) -> None:
    h1, h2 = report_set.copy(tmp_path, "a_h1", "a_h2")
    compilation = _compile(report_set, [h1, h2], period="2025-h2")
    assert compilation.period_code == "2025-H2"
    assert [r.file for r in compilation.accepted] == [h2.name]
    assert _codes(compilation) == {h1.name: "other_period"}
    assert "kỳ cần tổng hợp" in compilation.refused[0].reason
    nothing = _compile(report_set, [h1], period="2025-Y")
    assert nothing.accepted == [] and nothing.period_label == "năm 2025"
    with pytest.raises(InvalidInputError, match="2025-H1"):
        _compile(report_set, [h1], period="nửa đầu 2025")


def _signed(tmp_path: Path, pki: TestPki, name: str, files: list[tuple[str, bytes, str]]) -> Path:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(90, 760, "BAO CAO")
    canvas.showPage()
    canvas.save()
    data = embed_files(buffer.getvalue(), files) if files else buffer.getvalue()
    source = tmp_path / f"{name}-nguon.pdf"
    source.write_bytes(data)
    out = tmp_path / f"{name}.pdf"
    # Signed by unit B's own certificate: the payloads made here all name unit B.
    key = unit_p12(pki, tmp_path, UNIT_B)
    sign_pdf(source, out, P12Signer(key, P12_PASSWORD), SignatureAppearance(visible=False))
    return out


def test_payload_missing_uncovered_or_off_schema_is_refused(
    report_set: ReportSet, pki: TestPki, tmp_path: Path
) -> None:
    good, replaced = report_set.copy(tmp_path, "b_h1", "a_h1")
    forged = dict(report_set.payload("a_h1"), narrative={k: "x" for k in ("results", "limitations", "causes",
                                                                           "directions", "proposals")})
    replaced.write_bytes(replace_attachment(replaced.read_bytes(), new=json.dumps(forged).encode()))
    no_payload = _signed(tmp_path, pki, "khong du lieu", [])
    wrong = dict(report_set.payload("c_h1"), schema="bkfi.report/9")
    wrong_schema = _signed(
        tmp_path, pki, "sai cau truc", [(PAYLOAD_NAME, json.dumps(wrong).encode(), "application/json")]
    )
    garbage = tmp_path / "rac.pdf"
    garbage.write_bytes(b"day khong phai PDF")
    missing = tmp_path / "không có.pdf"

    compilation = _compile(report_set, [good, replaced, no_payload, wrong_schema, garbage, missing])

    assert [r.unit_name for r in compilation.accepted] == [UNIT_B]
    assert _codes(compilation) == {
        replaced.name: "payload_not_covered",
        no_payload.name: "no_payload",
        wrong_schema.name: "wrong_schema",
        garbage.name: "unreadable",
        missing.name: "unreadable",
    }
    assert all(r.reason and r.label for r in compilation.refused)


def test_progress_is_reported_and_can_cancel(report_set: ReportSet, tmp_path: Path) -> None:
    paths = report_set.copy(tmp_path, "a_h1", "b_h1")
    seen: list[int] = []
    _compile(report_set, paths, progress=lambda percent, _text: seen.append(percent))
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    with pytest.raises(CompilationCancelled):
        _compile(report_set, paths, progress=lambda percent, _text: percent < 40)
    with pytest.raises(InvalidInputError):
        _compile(report_set, [])


def test_accepted_and_refused_serialise_with_stable_fields(report_set: ReportSet, tmp_path: Path) -> None:
    paths = report_set.copy(tmp_path, "c_h1", "b_unsigned")
    data = _compile(report_set, paths).to_dict()
    assert set(data) == {"period", "ok", "accepted", "refused", "totals"}
    assert set(data["accepted"][0]) == {
        "file", "path", "unit", "number_text", "issued_on", "signing_time", "signer", "signer_organisation",
        "signer_organisations", "revocation_checked", "uuid", "sha256", "period", "notes", "figures",
    }
    assert data["accepted"][0]["signing_time"].endswith("+07:00")
    assert set(data["refused"][0]) == {
        "file", "path", "code", "label", "reason", "details", "unit", "signer", "signing_time"
    }
    assert data["accepted"][0]["unit"] == UNIT_C
    json.dumps(data)


def test_two_spellings_of_one_unit_are_one_unit(report_set: ReportSet, pki: TestPki, tmp_path: Path) -> None:
    (official,) = report_set.copy(tmp_path, "b_h1")
    payload = dict(report_set.payload("b_h1"), uuid="0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")
    payload["unit"] = dict(payload["unit"], name="Phòng TC-KH")
    later = _signed(tmp_path, pki, "TC-KH gui lai", [(PAYLOAD_NAME, json.dumps(payload).encode(), "application/json")])
    compilation = _compile(report_set, [official, later])
    assert [r.file for r in compilation.accepted] == [later.name]
    assert _codes(compilation) == {official.name: "duplicate_unit"}
    assert compilation.accepted[0].notes == (
        f"Bản ký mới nhất của đơn vị, thay cho tệp {official.name} ký lúc "
        f"{compilation.refused[0].signing_time:%d/%m/%Y %H:%M:%S} +07:00.",
    )
