"""Verification refuses every alteration, with the right Vietnamese reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from reportlab.pdfgen.canvas import Canvas

from bkfi_desktop.documents.attachments import PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.documents.signing import (
    P12Signer,
    SignatureAppearance,
    import_trust_root,
    sign_pdf,
    verify_pdf,
)
from bkfi_desktop.workflows.verify_file import verify_file
from tests.signing import tamper
from tests.signing.pki import HOLDER, ORGANISATION
from tests.signing.support import make_report_pdf, pdfsig_output

APPEARANCE = SignatureAppearance("Nguyễn Thị Hồng Nhung", "Chủ tịch", "TM. Ủy ban nhân dân")


@pytest.fixture
def signed(pki, p12_password, report_pdf, tmp_path) -> Path:
    out = tmp_path / "đã ký.pdf"
    sign_pdf(report_pdf, out, P12Signer(pki.p12(), p12_password), APPEARANCE)
    return out


def _altered(signed: Path, data: bytes) -> Path:
    path = signed.with_name("bị sửa.pdf")
    path.write_bytes(data)
    return path


def test_a_good_signature_holds_everything(signed, pki):
    report = verify_pdf(signed, [pki.root_pem])
    assert report.ok and report.problems == []
    assert (report.intact, report.trusted, report.covers_whole_document) == (True, True, True)
    assert not report.modified_after_signing
    assert report.payload_present and report.payload_covered
    assert (report.signer_holder, report.signer_organisation) == (HOLDER, ORGANISATION)


def test_default_trust_roots_come_from_the_workspace_trust_folder(signed, pki):
    assert not verify_pdf(signed).trusted
    import_trust_root(pki.root_pem)
    assert verify_pdf(signed).ok


def test_unsigned_pdf(report_pdf, pki):
    report = verify_pdf(report_pdf, [pki.root_pem])
    assert not report.ok and not report.signed
    assert report.problems == [f"Tệp {report_pdf.name} chưa được ký số."]


def test_flipped_byte_breaks_integrity(signed, pki):
    report = verify_pdf(_altered(signed, tamper.flip_byte(signed.read_bytes())), [pki.root_pem])
    assert not report.ok and not report.intact
    assert "đã bị thay đổi sau khi ký" in report.problems[0]
    assert "Signature is Valid." not in pdfsig_output(_altered(signed, tamper.flip_byte(signed.read_bytes())))


def test_added_annotation_is_named(signed, pki):
    report = verify_pdf(_altered(signed, tamper.add_annotation(signed.read_bytes())), [pki.root_pem])
    assert not report.ok
    assert report.intact and report.trusted  # the signed part is untouched…
    assert not report.covers_whole_document and report.modified_after_signing  # …but something came after
    assert "thêm 1 chú thích/dấu (Text) vào trang 1" in report.modifications
    assert any("đã bị sửa sau khi ký" in p for p in report.problems)


def test_added_stamp_is_named(signed, pki):
    report = verify_pdf(_altered(signed, tamper.add_stamp(signed.read_bytes())), [pki.root_pem])
    assert not report.ok and report.modified_after_signing
    assert any("nội dung trang 1 bị thay đổi" in m for m in report.modifications)


def test_replaced_attachment_is_not_covered(signed, pki):
    altered = _altered(signed, tamper.replace_attachment(signed.read_bytes()))
    assert read_embedded_files(altered)[PAYLOAD_NAME] == b'{"forged": true}'
    report = verify_pdf(altered, [pki.root_pem])
    assert not report.ok
    assert report.payload_present and not report.payload_covered
    assert f"tệp đính kèm {PAYLOAD_NAME} bị thay thế hoặc gỡ bỏ" in report.modifications
    assert any("không nằm trong phần đã ký" in p for p in report.problems)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_truncated_file_is_refused(signed, pki, keep):
    report = verify_pdf(_altered(signed, tamper.truncate(signed.read_bytes(), keep)), [pki.root_pem])
    assert not report.ok
    assert report.problems and "bị sửa.pdf" in report.problems[0]


def test_untrusted_root(signed, pki):
    report = verify_pdf(signed, [pki.other_root_pem])
    assert not report.ok and report.intact and not report.trusted
    assert report.problems == [
        f"Chứng thư số của người ký tệp {signed.name} không dẫn về chứng thư gốc tin cậy nào đã cài đặt."
    ]


def test_no_trust_roots_at_all_says_to_import_one(signed):
    report = verify_pdf(signed, [])
    assert not report.ok and "Chưa cài chứng thư gốc tin cậy nào" in report.problems[0]


def _sign_bypassing_our_checks(p12: Path, password: str, out: Path) -> None:
    signer = signers.SimpleSigner.load_pkcs12_data(p12.read_bytes(), [], passphrase=password.encode())
    writer = IncrementalPdfFileWriter(io.BytesIO(make_report_pdf()))
    meta = signers.PdfSignatureMetadata(field_name="BKFI_Signature", subfilter=fields.SigSeedSubFilter.PADES)
    with out.open("wb") as stream:
        signers.PdfSigner(meta, signer).sign_pdf(writer, output=stream)


def test_expired_certificate_is_not_trusted(pki, p12_password, tmp_path):
    out = tmp_path / "hết hạn.pdf"
    _sign_bypassing_our_checks(pki.p12("expired"), p12_password, out)
    report = verify_pdf(out, [pki.root_pem])
    assert not report.ok and report.intact and not report.trusted
    assert "đã hết hạn ngày" in report.problems[0]


def test_certificate_without_signing_usage_is_not_trusted(pki, p12_password, tmp_path):
    out = tmp_path / "sai mục đích.pdf"
    _sign_bypassing_our_checks(pki.p12("no_usage"), p12_password, out)
    report = verify_pdf(out, [pki.root_pem])
    assert not report.ok and not report.trusted
    assert "không được phép ký số" in report.problems[0]


def test_missing_payload_is_a_problem(pki, p12_password, tmp_path):
    source = tmp_path / "không có dữ liệu.pdf"
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, "no payload")
    canvas.showPage()
    canvas.save()
    source.write_bytes(buffer.getvalue())
    out = tmp_path / "ký.pdf"
    sign_pdf(source, out, P12Signer(pki.p12(), p12_password), APPEARANCE)
    report = verify_pdf(out, [pki.root_pem])
    assert report.intact and report.trusted and not report.payload_present and not report.ok
    assert any(PAYLOAD_NAME in p for p in report.problems)


def test_json_has_stable_fields(signed, pki):
    data = json.loads(verify_pdf(signed, [pki.root_pem]).to_json())
    assert {
        "file",
        "ok",
        "signed",
        "intact",
        "trusted",
        "covers_whole_document",
        "modified_after_signing",
        "modifications",
        "signer_holder",
        "signer_organisation",
        "signing_time",
        "payload_present",
        "payload_covered",
        "problems",
    } <= set(data)
    assert data["ok"] is True and data["signing_time"].endswith("+07:00")


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda p: p.update(schema="bkfi.report/2"), "schema"),
        (lambda p: p.pop("uuid"), "gốc"),
        (lambda p: p["period"].update(start="2025-07-01"), "period/start sau period/end"),
    ],
)
def test_a_signed_payload_that_breaks_the_schema_is_refused(pki, p12_password, tmp_path, change, where):
    """The compiling office imports the payload; a signature over garbage must not make it pass."""
    from reportlab.lib.pagesizes import A4

    from bkfi_desktop.documents.attachments import embed_files
    from tests.signing.support import PAYLOAD

    payload = json.loads(json.dumps(PAYLOAD))
    change(payload)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(90, 760, "BAO CAO")
    canvas.save()
    source = tmp_path / "dữ liệu lạ.pdf"
    source.write_bytes(
        embed_files(buffer.getvalue(), [(PAYLOAD_NAME, json.dumps(payload).encode("utf-8"), "application/json")])
    )
    out = tmp_path / "đã ký.pdf"
    sign_pdf(source, out, P12Signer(pki.p12(), p12_password), APPEARANCE)
    report = verify_file(out, [pki.root_pem])
    assert report.intact and report.trusted and report.payload_covered
    assert not report.ok
    assert report.problems == [
        f"Dữ liệu báo cáo {PAYLOAD_NAME} trong tệp đã ký.pdf không đúng cấu trúc bkfi.report/1 ({where})."
    ]
