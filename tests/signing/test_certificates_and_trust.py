"""Certificates shown by holder, organisation and validity; trust roots imported from PEM/DER/CER."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bkfi_desktop.documents.signing import (
    describe_p12,
    import_trust_root,
    list_trust_roots,
    remove_trust_root,
)
from bkfi_desktop.documents.signing.trust import trust_dir
from bkfi_desktop.errors import InvalidInputError, NotFoundError
from bkfi_desktop.paths import data_dir
from tests.signing.pki import HOLDER, ORGANISATION


def test_describe_p12(pki, p12_password):
    info = describe_p12(pki.p12(), p12_password)
    assert (info.holder, info.organisation, info.usable, info.problem) == (HOLDER, ORGANISATION, True, None)
    assert info.valid_from < info.valid_to
    assert HOLDER in info.describe() and "hiệu lực" in info.describe()


def test_describe_unusable_p12(pki, p12_password):
    expired = describe_p12(pki.p12("expired"), p12_password)
    assert not expired.usable and expired.problem.startswith("Chứng thư số đã hết hạn ngày ")
    no_usage = describe_p12(pki.p12("no_usage"), p12_password)
    assert not no_usage.usable and "digitalSignature" in no_usage.problem


def test_wrong_p12_password_is_not_echoed(pki):
    with pytest.raises(InvalidInputError) as caught:
        describe_p12(pki.p12(), "Sai-Mật-Khẩu")
    assert "Sai-Mật-Khẩu" not in str(caught.value) and "signer.p12" in str(caught.value)


def test_import_pem_der_and_cer_into_the_workspace_trust_folder(pki, tmp_path):
    assert trust_dir() == data_dir() / "trust"
    der = tmp_path / "goc.cer"
    der.write_bytes(pki.other_root.cert_der())
    import_trust_root(pki.root_pem)
    import_trust_root(der)
    import_trust_root(pki.root_pem)  # the same root twice stays one entry
    subjects = sorted(root.subject for root in list_trust_roots())
    assert subjects == sorted(["BKFI Test Root CA", "Gốc lạ không tin cậy"])
    remove_trust_root(list_trust_roots()[0].fingerprint)
    assert len(list_trust_roots()) == 1
    with pytest.raises(NotFoundError):
        remove_trust_root("00" * 32)


def test_import_rejects_a_non_certificate(tmp_path):
    bogus = tmp_path / "không phải.pem"
    bogus.write_text("hello", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="không phải là chứng thư số"):
        import_trust_root(bogus)


def test_signing_code_does_not_import_qt():
    code = (
        "import sys, bkfi_desktop.documents.signing, bkfi_desktop.documents.attachments, "
        "bkfi_desktop.cli.signing_commands; print('PySide6' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
