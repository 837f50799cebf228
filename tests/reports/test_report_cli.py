"""`bkfi report build` and `bkfi report list`: the public command line, exit codes and JSON."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.core.store.backup import backup_to
from bkfi_desktop.documents.attachments import PAYLOAD_NAME, read_embedded_files


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "dữ liệu" / "đơn vị.db"
    backup_to(demo_file, target)
    return target


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_build_then_list(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx, payload = tmp_path / "Báo cáo.pdf", tmp_path / "Phụ lục.xlsx", tmp_path / "dữ liệu.json"
    code, out, err = _run(
        capsys, "--db", str(demo_db), "report", "build", "--period", "2025-H1", "--out", str(pdf),
        "--xlsx", str(xlsx), "--payload-out", str(payload), "--issued-on", "18/06/2025",
    )
    assert (code, err) == (0, "")
    assert "số 01/BC-UBND" in out and "18/06/2025" in out
    assert "Lưu ý: hạn gửi báo cáo kỳ này là ngày 20/06/2025, đã quá" in out  # built after its due date
    assert pdf.exists() and xlsx.exists() and payload.exists()
    assert read_embedded_files(pdf)[PAYLOAD_NAME] == payload.read_bytes()

    code, out, _err = _run(capsys, "--db", str(demo_db), "report", "list")
    assert code == 0 and "2025-H1" in out and "01/BC-UBND" in out and "Đã lập" in out and "Đã ban hành" not in out

    code, out, _err = _run(capsys, "--db", str(demo_db), "report", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and unicodedata.is_normalized("NFC", out)
    assert [(r["period"], r["number_text"], r["status"], r["issued_on"]) for r in listed] == [
        ("2025-H1", "01/BC-UBND", "issued", "2025-06-18")
    ]
    assert listed[0]["pdf_path"] == str(pdf.resolve())


def test_build_json_output(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(
        capsys, "--db", str(demo_db), "report", "build", "--period", "2025-Y", "--out", str(tmp_path / "năm.pdf"),
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {"id", "uuid", "period", "number", "number_text", "pdf_path", "page_count", "pdf_sha256"}
    assert data["period"] == "2025-Y" and data["number"] == 1 and data["signed"] is None


def test_preview_takes_no_number(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(
        capsys, "--db", str(demo_db), "report", "build", "--period", "2025-H1", "--out", str(tmp_path / "xem.pdf"),
        "--preview",
    )
    assert code == 0 and "chưa cấp số" in out
    code, out, _err = _run(capsys, "--db", str(demo_db), "report", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--period", "2025-H3"), "Kỳ báo cáo “2025-H3” không hợp lệ"),
        (("--period", "2025-H1", "--report-id", "99"), "Không có báo cáo mã số 99"),
    ],
)
def test_errors_are_one_vietnamese_line_and_exit_1(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, out, err = _run(capsys, "--db", str(demo_db), "report", "build", "--out", str(tmp_path / "x.pdf"), *args)
    assert code == 1 and out == ""
    assert err.startswith("bkfi: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_build_and_sign_in_one_command(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pki_module = pytest.importorskip("tests.signing.pki")
    pki = pki_module.build_pki(tmp_path / "pki")
    monkeypatch.setenv("BKFI_P12_PASSWORD", pki_module.P12_PASSWORD)
    pdf = tmp_path / "bc.pdf"
    code, out, err = _run(
        capsys, "--db", str(demo_db), "report", "build", "--period", "2025-H1", "--out", str(pdf),
        "--sign-p12", str(pki.p12("signer")), "--password-env", "BKFI_P12_PASSWORD", "--json",
    )
    assert (code, err) == (0, "")
    signed = Path(json.loads(out)["signed"]["path"])
    assert signed.exists() and signed.read_bytes().startswith(pdf.read_bytes()), "signing only appends"
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    with signed.open("rb") as stream:
        fields = [(name, value is not None) for name, value, _ref in enumerate_sig_fields(PdfFileReader(stream))]
    assert fields == [("BKFI_Signature", True)], "the prepared field is the one filled"
    code, out, _err = _run(capsys, "--db", str(demo_db), "report", "list", "--json")
    assert json.loads(out)[0]["status"] == "signed"
    assert json.loads(out)[0]["signed_path"] == str(signed)
