"""Signing with a .p12 file: the result passes pdfsig and our verifier; bad certificates leave nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields

from bkfi_desktop.documents.attachments import APPENDIX_NAME, PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.documents.signing import (
    P12Signer,
    SignatureAppearance,
    sign_pdf,
    verify_pdf,
)
from bkfi_desktop.documents.signing.certificates import VIETNAM_TZ
from bkfi_desktop.errors import BkfiError
from tests.signing.pki import HOLDER, ORGANISATION
from tests.signing.support import pdfsig_output

APPEARANCE = SignatureAppearance("Nguyễn Thị Hồng Nhung", "Chủ tịch", "TM. Ủy ban nhân dân")


def _signature_widget(path: Path):
    reader = PdfFileReader(io.BytesIO(path.read_bytes()))
    found = list(fields.enumerate_sig_fields(reader, with_name="BKFI_Signature"))
    assert len(found) == 1
    _name, value, ref = found[0]
    return reader, value, ref.get_object()


def test_p12_signature_is_valid_for_pdfsig_and_verify(
    pki, p12_password, report_pdf, images, tmp_path, nss_db
):
    out = tmp_path / "đã ký.pdf"
    appearance = SignatureAppearance(
        "Nguyễn Thị Hồng Nhung", "Chủ tịch", "TM. Ủy ban nhân dân", images.signature, images.seal
    )
    steps: list[int] = []
    result = sign_pdf(
        report_pdf,
        out,
        P12Signer(pki.p12(), p12_password),
        appearance,
        progress=lambda p, _t: steps.append(p),
    )

    assert result.out_path == out and out.is_file()
    assert result.signer.holder == HOLDER and result.signer.organisation == ORGANISATION
    assert steps[0] < steps[-1] == 100
    text = pdfsig_output(out)
    assert "Signature is Valid." in text
    assert "Total document signed" in text
    assert "Certificate is Trusted" in pdfsig_output(out, "-nssdir", nss_db)

    report = verify_pdf(out, [pki.root_pem])
    assert report.ok, report.problems
    assert report.signer_holder == HOLDER
    assert (
        report.signing_time is not None and abs((report.signing_time - result.signed_at).total_seconds()) < 1
    )
    files = read_embedded_files(out)
    assert set(files) == {PAYLOAD_NAME, APPENDIX_NAME}
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp files left


def test_fills_the_prepared_field_of_the_report(pki, p12_password, report_pdf, tmp_path):
    writer = IncrementalPdfFileWriter(io.BytesIO(report_pdf.read_bytes()))
    box = (330, 150, 530, 240)
    fields.append_signature_field(writer, fields.SigFieldSpec("BKFI_Signature", on_page=0, box=box))
    prepared = tmp_path / "có ô ký.pdf"
    with prepared.open("wb") as stream:
        writer.write(stream)

    out = tmp_path / "out.pdf"
    sign_pdf(prepared, out, P12Signer(pki.p12(), p12_password), APPEARANCE)

    _reader, value, widget = _signature_widget(out)
    assert value is not None
    assert [round(float(v)) for v in widget["/Rect"]] == list(box)
    assert verify_pdf(out, [pki.root_pem]).ok


def test_new_field_sits_bottom_right_of_the_last_page(pki, p12_password, report_pdf, tmp_path):
    out = tmp_path / "out.pdf"
    sign_pdf(report_pdf, out, P12Signer(pki.p12(), p12_password), APPEARANCE)
    reader, _value, widget = _signature_widget(out)
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    last_page = reader.root["/Pages"]["/Kids"][-1].get_object()
    assert widget.raw_get("/P").idnum == reader.root["/Pages"]["/Kids"].raw_get(-1).idnum
    page_width = float(last_page["/MediaBox"][2])
    assert x2 > page_width * 0.8 and x1 > page_width * 0.4
    assert y1 < 200 and y2 > y1 + 100


def test_invisible_signature_has_no_area(pki, p12_password, report_pdf, tmp_path):
    out = tmp_path / "out.pdf"
    appearance = SignatureAppearance("", "", "", visible=False)
    sign_pdf(report_pdf, out, P12Signer(pki.p12(), p12_password), appearance)
    _reader, _value, widget = _signature_widget(out)
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    assert x1 == x2 and y1 == y2
    assert verify_pdf(out, [pki.root_pem]).ok


@pytest.mark.parametrize(
    ("which", "reason"),
    [("expired", "đã hết hạn ngày"), ("no_usage", "không có quyền ký số")],
)
def test_unusable_certificate_is_refused_and_leaves_no_file(
    pki, p12_password, report_pdf, tmp_path, which, reason
):
    out = tmp_path / "out.pdf"
    with pytest.raises(BkfiError) as caught:
        sign_pdf(report_pdf, out, P12Signer(pki.p12(which), p12_password), APPEARANCE)
    assert reason in caught.value.message
    assert report_pdf.name in caught.value.message
    assert list(tmp_path.iterdir()) == [report_pdf]


def test_expired_message_gives_the_date(pki, p12_password, report_pdf, tmp_path):
    expected = pki.expired.cert.not_valid_after_utc.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y")
    with pytest.raises(BkfiError) as caught:
        sign_pdf(report_pdf, tmp_path / "o.pdf", P12Signer(pki.p12("expired"), p12_password), APPEARANCE)
    assert f"chứng thư số đã hết hạn ngày {expected}." in caught.value.message


def test_wrong_password_keeps_an_existing_output_and_hides_the_password(pki, report_pdf, tmp_path):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"previous version")
    wrong = "sai-mật-khẩu-123"
    with pytest.raises(BkfiError) as caught:
        sign_pdf(report_pdf, out, P12Signer(pki.p12(), wrong), APPEARANCE)
    assert "mật khẩu không đúng" in caught.value.message
    assert wrong not in str(caught.value) and wrong not in repr(caught.value)
    assert out.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([report_pdf.name, "out.pdf"])


def test_signing_an_already_signed_field_is_refused(pki, p12_password, report_pdf, tmp_path):
    first = tmp_path / "first.pdf"
    sign_pdf(report_pdf, first, P12Signer(pki.p12(), p12_password), APPEARANCE)
    with pytest.raises(BkfiError, match="đã được ký"):
        sign_pdf(first, tmp_path / "second.pdf", P12Signer(pki.p12(), p12_password), APPEARANCE)
    assert not (tmp_path / "second.pdf").exists()


def test_secret_is_not_in_the_signer_repr(pki, p12_password):
    assert p12_password not in repr(P12Signer(pki.p12(), p12_password))
