"""What signing and checking cost (issue 16, P3/P4), without giving up any of what they check.

- Signing offline and checking signatures never load pyHanko's HTTP clients (aiohttp): they are
  loaded only when a timestamp server is really contacted (test_timestamp.py signs against one).
- A .p12 is unlocked once per signer spec, though `report build --sign-p12` opens it twice (the
  check before building, the signing after); the signature made still verifies.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf, verify_pdf
from bkfi_desktop.documents.signing import certificates as certificates_module
from bkfi_desktop.documents.signing.lazy_http import DEFERRALS, _package_folder
from bkfi_desktop.documents.signing.sign import check_signer
from bkfi_desktop.errors import BkfiError

ROOT = Path(__file__).resolve().parents[2]

SIGN_AND_CHECK = """
import json, sys
from pathlib import Path
from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf, verify_pdf
source, out, p12, password, root = sys.argv[1:6]
sign_pdf(Path(source), Path(out), P12Signer(Path(p12), password), SignatureAppearance("Nguyễn Thị Hồng Nhung"))
report = verify_pdf(Path(out), [Path(root)], crl_files=[])
print(json.dumps({"ok": report.ok, "intact": report.intact, "trusted": report.trusted,
                  "aiohttp": "aiohttp" in sys.modules}))
"""


def test_signing_offline_and_checking_never_load_the_http_clients(pki, p12_password, report_pdf, tmp_path):
    out = tmp_path / "đã ký.pdf"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    completed = subprocess.run(
        [sys.executable, "-c", SIGN_AND_CHECK, str(report_pdf), str(out), str(pki.p12()), p12_password,
         str(pki.root_pem)],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    outcome = json.loads(completed.stdout)
    assert outcome == {"ok": True, "intact": True, "trusted": True, "aiohttp": False}


def test_the_deferred_names_are_the_ones_pyhanko_exports_from_those_modules():
    """Guards a pyHanko upgrade: each name handed out early must be what the real __init__ imports
    from the submodule named, or an import of it would differ from pyHanko's own."""
    for deferral in DEFERRALS:
        folder = _package_folder(deferral.package)
        assert folder is not None, deferral.package
        tree = ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))
        exported = {
            alias.asname or alias.name: node.module
            for node in tree.body if isinstance(node, ast.ImportFrom) and node.level == 1
            for alias in node.names
        }
        for name, module in deferral.light.items():
            assert exported.get(name) == module, (deferral.package, name)
        for name in deferral.factories:
            assert name in exported or any(
                isinstance(node, ast.ClassDef) and node.name == name for node in tree.body
            ), (deferral.package, name)


def test_the_timestamp_client_is_still_there_when_asked_for():
    from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper

    assert issubclass(HTTPTimeStamper, TimeStamper)
    assert HTTPTimeStamper.__module__ == "pyhanko.sign.timestamps.aiohttp_client"


def _count_unlocks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = certificates_module.pkcs12.load_key_and_certificates

    def counting(data, password, *args, **kwargs):
        calls.append(1)
        return real(data, password, *args, **kwargs)

    monkeypatch.setattr(certificates_module.pkcs12, "load_key_and_certificates", counting)
    return calls


def test_a_p12_is_unlocked_once_for_the_check_and_the_signing(pki, p12_password, report_pdf, tmp_path, monkeypatch):
    calls = _count_unlocks(monkeypatch)
    signer = P12Signer(pki.p12(), p12_password)
    check_signer(signer, "bao-cao.pdf")
    out = tmp_path / "đã ký.pdf"
    sign_pdf(report_pdf, out, signer, SignatureAppearance("Nguyễn Thị Hồng Nhung"))
    assert len(calls) == 1
    report = verify_pdf(out, [pki.root_pem], crl_files=[])
    assert report.ok, report.problems


def test_a_p12_replaced_between_check_and_signing_is_unlocked_again(pki, p12_password, report_pdf, tmp_path, monkeypatch):
    p12 = tmp_path / "ky-so.p12"
    p12.write_bytes(pki.p12().read_bytes())
    signer = P12Signer(p12, p12_password)
    check_signer(signer, "bao-cao.pdf")
    p12.write_bytes(pki.p12("expired").read_bytes())  # another certificate under the same name
    calls = _count_unlocks(monkeypatch)
    with pytest.raises(BkfiError, match="hết hạn"):
        sign_pdf(report_pdf, tmp_path / "đã ký.pdf", signer, SignatureAppearance())
    assert len(calls) == 1
    assert not (tmp_path / "đã ký.pdf").exists()


def test_a_wrong_password_is_still_refused_on_every_try(pki, report_pdf, tmp_path):
    signer = P12Signer(pki.p12(), "sai-mật-khẩu")
    for _ in range(2):
        with pytest.raises(BkfiError, match="mật khẩu không đúng"):
            check_signer(signer, "bao-cao.pdf")
    assert "sai-mật-khẩu" not in repr(signer)
