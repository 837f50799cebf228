"""Signing from the command line with the wrong things at hand: nothing is issued, written or leaked."""

from __future__ import annotations

from pathlib import Path

import pytest

PASSWORD_VAR = "BKFI_TEST_P12_PASSWORD"


def _one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text and "Error" not in text


@pytest.mark.parametrize("which", ["signer", "expired"])
def test_build_and_sign_with_an_unusable_p12_issues_no_number_and_writes_nothing(
    run_cli, demo_db: Path, pki, p12_password: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    wrong_password = "mật-khẩu-sai-42"
    monkeypatch.setenv(PASSWORD_VAR, wrong_password if which == "signer" else p12_password)
    out = tmp_path / "báo cáo.pdf"
    result = run_cli(
        "--db", str(demo_db), "report", "build", "--period", "2025-H1", "--out", str(out),
        "--sign-p12", str(pki.p12(which)), "--password-env", PASSWORD_VAR,
    )
    assert result.code == 1
    assert _one_line(result.err), result.err
    assert ("mật khẩu không đúng" if which == "signer" else "hết hạn") in result.err
    assert wrong_password not in result.err + result.out
    assert not out.exists() and not list(tmp_path.glob("*.pdf"))
    assert run_cli("--db", str(demo_db), "report", "list", "--json").json() == []

    # Once the clerk has the right certificate, the report still gets the year's first number.
    monkeypatch.setenv(PASSWORD_VAR, p12_password)
    again = run_cli(
        "--db", str(demo_db), "report", "build", "--period", "2025-H1", "--out", str(out),
        "--issued-on", "2025-06-20", "--sign-p12", str(pki.p12()), "--password-env", PASSWORD_VAR, "--json",
    )
    assert again.code == 0, again.err
    assert again.json()["number"] == 1


def test_sign_into_a_folder_is_one_vietnamese_line(
    run_cli, pki, p12_password: str, report_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_VAR, p12_password)
    folder = tmp_path / "thư mục"
    folder.mkdir()
    result = run_cli(
        "report", "sign", str(report_pdf), "--out", str(folder), "--sign-p12", str(pki.p12()),
        "--password-env", PASSWORD_VAR,
    )
    assert result.code == 1
    assert _one_line(result.err) and "là một thư mục" in result.err, result.err
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        report_pdf.name, folder.name
    ]


def test_verify_a_file_that_is_not_a_pdf_says_so_in_vietnamese(run_cli, tmp_path: Path) -> None:
    fake = tmp_path / "công văn.pdf"
    fake.write_text("Xin chào, đây không phải PDF\n", encoding="utf-8")
    result = run_cli("verify", str(fake))
    assert result.code == 1
    assert _one_line(result.err) and "không phải tệp PDF" in result.err, result.err
    assert "header" not in result.err.lower()
