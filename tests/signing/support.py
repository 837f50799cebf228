"""Signing test fixtures (a plugin registered in tests/conftest.py): a throwaway CA, SoftHSM2, NSS."""

from __future__ import annotations

import io
import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bkfi_desktop.documents.attachments import APPENDIX_NAME, PAYLOAD_NAME, embed_files
from tests.signing.pki import P12_PASSWORD, TestPki, build_pki
from tests.tooling import require_file, require_tool

TOKEN_LABEL = "BKFI Token"
KEY_LABEL = "chu-ky-lanh-dao"
EXPIRED_KEY_LABEL = "chu-ky-het-han"
USER_PIN = "2468-Đúng"
SO_PIN = "12345678"
SOFTHSM_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
PAYLOAD = {  # a small payload that follows bkfi.report/1: `bkfi verify` checks it
    "schema": "bkfi.report/1",
    "uuid": "6f1d2c1e-7f55-4a39-9a43-1d3f0b6c2a10",
    "program": {"name": "BKFI Desktop", "version": "0.1.0"},
    "generated_at": "2025-06-20T01:00:00Z",
    "document": {
        "number": 5,
        "number_text": "05/BC-UBND",
        "issued_on": "2025-06-20",
        "place": "Bắc Kạn, ngày 20 tháng 6 năm 2025",
        "subject": "Kết quả thực hiện công tác thông tin đối ngoại 6 tháng đầu năm 2025",
    },
    "unit": {"name": "Phòng Văn hoá và Thông tin", "parent_agency": "UBND thành phố Bắc Kạn", "place_name": "Bắc Kạn"},
    "period": {
        "code": "2025-H1", "kind": "half", "year": 2025, "index": 1, "label": "6 tháng đầu năm 2025",
        "start": "2024-12-15", "end": "2025-06-14", "due_date": "2025-06-20",
    },
    "plan": None,
    "tasks": [],
    "staff": [],
    "trainings": [],
    "training_summary": {
        "count": 0, "organised": 0, "attended": 0, "participants": 0, "hours": 0, "foreign_language_courses": 0,
    },
    "activities": [],
    "activity_totals": {"entries": 0, "quantity": 0, "by_kind": []},
    "indicators": [],
    "compliance": {"leader_named": True, "officer_named": True, "detailed_plan": True, "reports_sent": 0},
    "narrative": {"results": "", "limitations": "", "causes": "", "directions": "", "proposals": ""},
}


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> TestPki:
    return build_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def p12_password() -> str:
    return P12_PASSWORD


def make_report_pdf(pages: int = 2) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        canvas.drawString(90, 760, f"BAO CAO - trang {number}")
        canvas.showPage()
    canvas.save()
    return embed_files(
        buffer.getvalue(),
        [
            (PAYLOAD_NAME, json.dumps(PAYLOAD, ensure_ascii=False).encode("utf-8"), "application/json"),
            (
                APPENDIX_NAME,
                b"PK\x03\x04 appendix",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        ],
    )


@pytest.fixture
def report_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "bao cáo 6 tháng.pdf"
    path.write_bytes(make_report_pdf())
    return path


@dataclass(frozen=True)
class Images:
    signature: Path
    seal: Path


@pytest.fixture(scope="session")
def images(tmp_path_factory: pytest.TempPathFactory) -> Images:
    folder = tmp_path_factory.mktemp("images")
    signature = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    ImageDraw.Draw(signature).line(
        [(10, 100), (80, 20), (150, 90), (290, 10)], fill=(20, 40, 200, 255), width=6
    )
    seal = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse([5, 5, 195, 195], outline=(220, 0, 0, 255), width=8)
    paths = Images(folder / "chu-ky.png", folder / "con-dau.png")
    signature.save(paths.signature)
    seal.save(paths.seal)
    return paths


@dataclass(frozen=True)
class SoftHsmToken:
    lib: Path
    label: str
    key_label: str
    expired_key_label: str
    pin: str


def _softhsm_lib() -> Path:
    for candidate in SOFTHSM_CANDIDATES:
        if os.path.exists(candidate):
            return Path(candidate)
    return Path(require_file(SOFTHSM_CANDIDATES[0], "the SoftHSM2 PKCS#11 module"))


def _import_key_and_cert(lib_path: Path, pki: TestPki) -> None:
    import pkcs11
    from pkcs11 import Attribute
    from pkcs11.util.rsa import decode_rsa_private_key
    from pkcs11.util.x509 import decode_x509_certificate

    token = pkcs11.lib(str(lib_path)).get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=USER_PIN) as session:
        for issued, label, key_id in (
            (pki.signer, KEY_LABEL, b"\x01"),
            (pki.expired, EXPIRED_KEY_LABEL, b"\x02"),
        ):
            key_attrs = decode_rsa_private_key(issued.key_der_pkcs1())
            key_attrs.update(
                {
                    Attribute.TOKEN: True,
                    Attribute.PRIVATE: True,
                    Attribute.SENSITIVE: True,
                    Attribute.SIGN: True,
                    Attribute.LABEL: label,
                    Attribute.ID: key_id,
                }
            )
            session.create_object(key_attrs)
            cert_attrs = decode_x509_certificate(issued.cert_der())
            cert_attrs.update({Attribute.TOKEN: True, Attribute.LABEL: label, Attribute.ID: key_id})
            session.create_object(cert_attrs)


@pytest.fixture(scope="session")
def softhsm_token(tmp_path_factory: pytest.TempPathFactory, pki: TestPki) -> Iterator[SoftHsmToken]:
    """A SoftHSM2 token in a temp dir (SOFTHSM2_CONF), holding the test signer's key and certificate."""
    util = require_tool("softhsm2-util")
    lib = _softhsm_lib()
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n",
        encoding="utf-8",
    )
    patch = pytest.MonkeyPatch()
    patch.setenv("SOFTHSM2_CONF", str(conf))
    try:
        subprocess.run(
            [util, "--init-token", "--free", "--label", TOKEN_LABEL, "--so-pin", SO_PIN, "--pin", USER_PIN],
            check=True,
            capture_output=True,
        )
        _import_key_and_cert(lib, pki)
        yield SoftHsmToken(lib, TOKEN_LABEL, KEY_LABEL, EXPIRED_KEY_LABEL, USER_PIN)
    finally:
        patch.undo()


def pdfsig_output(path: Path, *extra: str) -> str:
    """pdfsig exits 0 even for a broken signature, so tests read its text."""
    tool = require_tool("pdfsig")
    done = subprocess.run([tool, *extra, str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


@pytest.fixture(scope="session")
def nss_db(tmp_path_factory: pytest.TempPathFactory, pki: TestPki) -> str:
    """An NSS store trusting the test root, for `pdfsig -nssdir`.

    poppler checks signer certificates for S/MIME (email) use, so the root needs "C" in the second
    trust field too; "C,," alone leaves pdfsig saying the issuer is not trusted.
    """
    certutil = require_tool("certutil")
    folder = tmp_path_factory.mktemp("nss")
    subprocess.run(
        [certutil, "-N", "-d", f"sql:{folder}", "--empty-password"], check=True, capture_output=True
    )
    subprocess.run(
        [
            certutil,
            "-A",
            "-d",
            f"sql:{folder}",
            "-n",
            "bkfi-test-root",
            "-t",
            "C,C,C",
            "-i",
            str(pki.root_pem),
        ],
        check=True,
        capture_output=True,
    )
    return f"sql:{folder}"
