"""Signing with a USB token, played by SoftHSM2: listing, signing, wrong PIN, missing token."""

from __future__ import annotations

import logging

import pytest

from bkfi_desktop.documents.signing import (
    Pkcs11Signer,
    SignatureAppearance,
    list_pkcs11_certificates,
    list_pkcs11_tokens,
    sign_pdf,
    verify_pdf,
)
from bkfi_desktop.errors import BkfiError
from tests.signing.pki import HOLDER, ORGANISATION
from tests.signing.support import pdfsig_output

APPEARANCE = SignatureAppearance("Nguyễn Thị Hồng Nhung", "Chủ tịch", "TM. Ủy ban nhân dân")


def test_lists_tokens(softhsm_token):
    tokens = list_pkcs11_tokens(softhsm_token.lib)
    assert [token.label for token in tokens] == [softhsm_token.label]
    assert tokens[0].manufacturer and not tokens[0].has_pin_pad


def test_lists_token_certificates_by_holder_and_validity(softhsm_token):
    infos = list_pkcs11_certificates(softhsm_token.lib)
    by_label = {info.key_label: info for info in infos}
    assert set(by_label) == {softhsm_token.key_label, softhsm_token.expired_key_label}
    good = by_label[softhsm_token.key_label]
    assert (good.holder, good.organisation, good.token_label) == (HOLDER, ORGANISATION, softhsm_token.label)
    assert good.usable and good.problem is None
    expired = by_label[softhsm_token.expired_key_label]
    assert not expired.usable and "hết hạn" in expired.problem


def test_token_signature_is_valid(softhsm_token, pki, report_pdf, images, tmp_path, nss_db):
    out = tmp_path / "token.pdf"
    signer = Pkcs11Signer(softhsm_token.lib, softhsm_token.label, softhsm_token.key_label, softhsm_token.pin)
    appearance = SignatureAppearance("Nguyễn Thị Hồng Nhung", "Chủ tịch", "", images.signature, images.seal)
    result = sign_pdf(report_pdf, out, signer, appearance)

    assert result.signer.holder == HOLDER
    text = pdfsig_output(out)
    assert "Signature is Valid." in text and "Total document signed" in text
    assert "Certificate is Trusted" in pdfsig_output(out, "-nssdir", nss_db)
    assert verify_pdf(out, [pki.root_pem]).ok


def test_wrong_pin_says_so_leaves_no_file_and_never_shows_the_pin(
    softhsm_token, report_pdf, tmp_path, caplog
):
    wrong_pin = "9999-Sai"
    out = tmp_path / "token.pdf"
    signer = Pkcs11Signer(softhsm_token.lib, softhsm_token.label, softhsm_token.key_label, wrong_pin)
    with caplog.at_level(logging.DEBUG), pytest.raises(BkfiError) as caught:
        sign_pdf(report_pdf, out, signer, APPEARANCE)

    assert caught.value.message.endswith(": mã PIN không đúng.")
    assert report_pdf.name in caught.value.message
    assert list(tmp_path.iterdir()) == [report_pdf]
    for text in (caught.value.message, str(caught.value), repr(caught.value), repr(signer), caplog.text):
        assert wrong_pin not in text
        assert softhsm_token.pin not in text


def test_missing_token_is_named(softhsm_token, report_pdf, tmp_path):
    signer = Pkcs11Signer(softhsm_token.lib, "Token vắng mặt", softhsm_token.key_label, softhsm_token.pin)
    with pytest.raises(BkfiError, match="không thấy token «Token vắng mặt»"):
        sign_pdf(report_pdf, tmp_path / "x.pdf", signer, APPEARANCE)
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_key_label_is_named(softhsm_token, report_pdf, tmp_path):
    signer = Pkcs11Signer(softhsm_token.lib, softhsm_token.label, "khong-co", softhsm_token.pin)
    with pytest.raises(BkfiError, match="không có khóa ký mang nhãn «khong-co»"):
        sign_pdf(report_pdf, tmp_path / "x.pdf", signer, APPEARANCE)


def test_expired_token_certificate_is_refused(softhsm_token, report_pdf, tmp_path):
    signer = Pkcs11Signer(
        softhsm_token.lib, softhsm_token.label, softhsm_token.expired_key_label, softhsm_token.pin
    )
    with pytest.raises(BkfiError, match="đã hết hạn ngày"):
        sign_pdf(report_pdf, tmp_path / "x.pdf", signer, APPEARANCE)
    assert not (tmp_path / "x.pdf").exists()


def test_missing_library_is_named(tmp_path):
    with pytest.raises(BkfiError, match=r"vendor-pkcs11\.dll"):
        list_pkcs11_certificates(tmp_path / "vendor-pkcs11.dll")
