"""`bkfi crl import|list|remove`: the office imports its CA's CRL once (carried on USB), and every later
verification — `bkfi compile`, `bkfi verify` — uses it without `--crl`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.paths import data_dir
from tests.compile.crl_helpers import RevokedReport, make_crl
from tests.compile.fixtures import ReportSet

if TYPE_CHECKING:
    from tests.signing.pki import TestPki

pytest_plugins = ["tests.compile.revocation"]


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _listed(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    code, out, err = _run(capsys, "crl", "list", "--json")
    assert code == 0, err
    return json.loads(out)["crls"]


def test_an_imported_crl_is_used_by_compile_and_verify_without_naming_it(
    capsys: pytest.CaptureFixture[str], revoked_report: RevokedReport, report_set: ReportSet, tmp_path: Path
) -> None:
    trust = ("--trust", report_set.root_pem)
    # before: the revoked signer's report is accepted, revocation "not checked"
    code, out, _ = _run(capsys, "compile", revoked_report.signed, *trust, "--json")
    assert code == 0 and json.loads(out)["accepted"][0]["revocation_checked"] is None

    code, out, err = _run(capsys, "crl", "import", revoked_report.crl)
    assert code == 0, err
    assert "BKFI Test Root CA" in out and "thu hồi 1 chứng thư" in out
    (listed,) = _listed(capsys)
    assert listed["issuer"] == "BKFI Test Root CA" and listed["revoked"] == 1 and listed["stale"] is False
    assert listed["next_update"] > listed["this_update"]

    code, out, _ = _run(capsys, "compile", revoked_report.signed, *trust, "--json")
    data = json.loads(out)
    assert code == 1 and data["accepted"] == []
    assert data["refused"][0]["code"] == "revoked" and "thu hồi" in data["refused"][0]["reason"]
    (good,) = report_set.copy(tmp_path, "b_h1")
    code, out, _ = _run(capsys, "compile", good, *trust, "--json")
    assert code == 0 and json.loads(out)["accepted"][0]["revocation_checked"] is True

    code, out, _ = _run(capsys, "verify", revoked_report.signed, *trust, "--json")
    verified = json.loads(out)
    assert code != 0 and verified["revoked"] is True and verified["ok"] is False

    code, out, err = _run(capsys, "crl", "remove", listed["key"])
    assert code == 0, err
    assert _listed(capsys) == []
    code, out, _ = _run(capsys, "compile", revoked_report.signed, *trust)
    assert code == 0 and "chưa kiểm tra thu hồi chứng thư" in out


def test_pem_stale_and_replacing_lists(capsys: pytest.CaptureFixture[str], pki: TestPki, tmp_path: Path) -> None:
    stale = make_crl(pki.root, [], tmp_path / "cu.pem", pem=True, issued_hours_ago=24 * 10, next_update_days=-3)
    code, out, err = _run(capsys, "crl", "import", stale)
    assert code == 0, err
    assert "Cảnh báo" in out and "quá hạn cập nhật" in out
    assert _listed(capsys)[0]["stale"] is True
    code, out, _ = _run(capsys, "crl", "list")
    assert "quá hạn cập nhật" in out

    fresh = make_crl(pki.root, [7, 8], tmp_path / "moi.crl")
    assert _run(capsys, "crl", "import", fresh)[0] == 0
    (listed,) = _listed(capsys)  # one list per issuer: the newer replaces the older
    assert listed["revoked"] == 2 and listed["stale"] is False

    code, _out, err = _run(capsys, "crl", "import", stale)  # an older list never replaces a newer one
    assert code == 1 and "cu.pem" in err and "cũ hơn" in err
    assert _listed(capsys)[0]["revoked"] == 2


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("hỏng.crl", b"\x30\x82\x01\x00 not a CRL", "không phải là danh sách"),
        ("trống.pem", b"-----BEGIN X509 CRL-----\n-----END X509 CRL-----\n", "không phải là danh sách"),
    ],
)
def test_a_broken_file_is_named_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], pki: TestPki, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    good = make_crl(pki.root, [1], tmp_path / "tot.crl")
    broken = tmp_path / name
    broken.write_bytes(content)
    code, out, err = _run(capsys, "crl", "import", good, broken)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and name in err and words in err
    assert _listed(capsys) == [] and not any((data_dir() / "crl").glob("*"))


def test_a_forged_list_of_a_trusted_root_is_refused(
    capsys: pytest.CaptureFixture[str], pki: TestPki, tmp_path: Path
) -> None:
    from bkfi_desktop.documents.signing import import_trust_root

    import_trust_root(pki.root_pem)
    forged = make_crl(pki.root, [], tmp_path / "gia.crl", signing_key=pki.other_root)
    code, _out, err = _run(capsys, "crl", "import", forged)
    assert code == 1 and "gia.crl" in err and "chữ ký" in err
    assert _listed(capsys) == []
    code, _out, err = _run(capsys, "crl", "remove", "không có")
    assert code == 1 and "bkfi crl list" in err
