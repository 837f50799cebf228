"""`bkfi verify` and `bkfi report sign`: exit codes, Vietnamese output, secrets only from env."""

from __future__ import annotations

import argparse
import json

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.cli.signing_commands import register_report_sign
from tests.signing import tamper
from tests.signing.pki import HOLDER

PASSWORD_VAR = "BKFI_TEST_P12_PASSWORD"
PIN_VAR = "BKFI_TEST_PIN"


def _sign_with_p12(pdf, out, pki) -> int:
    """`bkfi report sign` with the test .p12, its password read from PASSWORD_VAR."""
    return main(["report", "sign", str(pdf), "--out", str(out), "--sign-p12", str(pki.p12()), "--password-env", PASSWORD_VAR])


@pytest.fixture
def cli_signed(pki, p12_password, report_pdf, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PASSWORD_VAR, p12_password)
    out = tmp_path / "ký qua dòng lệnh.pdf"
    code = _sign_with_p12(report_pdf, out, pki)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Đã ký" in captured.out and HOLDER in captured.out
    assert p12_password not in captured.out + captured.err
    return out


def test_sign_then_verify_exits_zero(cli_signed, pki, capsys):
    assert main(["verify", str(cli_signed), "--trust", str(pki.root_pem)]) == 0
    out = capsys.readouterr().out
    assert "Kết luận: HỢP LỆ" in out and f"Người ký: {HOLDER}" in out


def test_verify_json(cli_signed, pki, capsys):
    assert main(["verify", str(cli_signed), "--trust", str(pki.root_pem), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["signer_holder"] == HOLDER and data["payload_covered"] is True


def test_verify_altered_file_exits_one_with_a_reason(cli_signed, pki, capsys):
    altered = cli_signed.with_name("sửa.pdf")
    altered.write_bytes(tamper.add_annotation(cli_signed.read_bytes()))
    assert main(["verify", str(altered), "--trust", str(pki.root_pem)]) == 1
    captured = capsys.readouterr()
    assert "KHÔNG HỢP LỆ" in captured.out
    assert captured.err.count("\n") == 1 and "sửa.pdf đã bị sửa sau khi ký" in captured.err


def test_verify_untrusted_and_unsigned_exit_one(cli_signed, report_pdf, pki, capsys):
    assert main(["verify", str(cli_signed), "--trust", str(pki.other_root_pem)]) == 1
    assert main(["verify", str(report_pdf), "--trust", str(pki.root_pem), "--json"]) == 1
    captured = capsys.readouterr()
    assert "chưa được ký số" in captured.err


def test_verify_missing_file(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "không có.pdf")]) == 1
    assert "Không tìm thấy tệp không có.pdf" in capsys.readouterr().err


def test_wrong_password_from_env_leaves_no_file_and_is_not_printed(
    pki, report_pdf, tmp_path, monkeypatch, capsys
):
    wrong = "mật-khẩu-sai-42"
    monkeypatch.setenv(PASSWORD_VAR, wrong)
    out = tmp_path / "x.pdf"
    code = _sign_with_p12(report_pdf, out, pki)
    captured = capsys.readouterr()
    assert code == 1 and not out.exists()
    assert "mật khẩu không đúng" in captured.err
    assert wrong not in captured.out + captured.err


def test_unset_env_variable_is_named(pki, report_pdf, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(PASSWORD_VAR, raising=False)
    code = main(
        ["report", "sign", str(report_pdf), "--sign-p12", str(pki.p12()), "--password-env", PASSWORD_VAR]
    )
    assert code == 1
    assert f"Biến môi trường {PASSWORD_VAR} chưa được đặt" in capsys.readouterr().err


def test_no_argument_takes_a_secret():
    parser = argparse.ArgumentParser()
    register_report_sign(parser.add_subparsers())
    sign = parser._subparsers._group_actions[0].choices["sign"]
    options = {option for action in sign._actions for option in action.option_strings}
    assert not {"--password", "--pin", "-p"} & options
    assert {"--password-env", "--pin-env", "--sign-p12", "--pkcs11-lib"} <= options


def test_sign_with_token_from_cli(softhsm_token, pki, report_pdf, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PIN_VAR, softhsm_token.pin)
    out = tmp_path / "token.pdf"
    code = main(
        [
            "report",
            "sign",
            str(report_pdf),
            "--out",
            str(out),
            "--pkcs11-lib",
            str(softhsm_token.lib),
            "--token-label",
            softhsm_token.label,
            "--key-label",
            softhsm_token.key_label,
            "--pin-env",
            PIN_VAR,
            "--invisible",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert softhsm_token.pin not in captured.out + captured.err
    assert main(["verify", str(out), "--trust", str(pki.root_pem)]) == 0


def test_default_output_name(pki, p12_password, report_pdf, monkeypatch, capsys):
    monkeypatch.setenv(PASSWORD_VAR, p12_password)
    assert (
        main(
            ["report", "sign", str(report_pdf), "--sign-p12", str(pki.p12()), "--password-env", PASSWORD_VAR]
        )
        == 0
    )
    assert report_pdf.with_name(f"{report_pdf.stem}-da-ky.pdf").is_file()


def test_signing_a_workspace_report_records_it_as_signed(pki, p12_password, tmp_path, monkeypatch, capsys):
    """`bkfi report sign` on a report built in this workspace makes it final: status signed."""
    db = str(tmp_path / "đơn vị.db")
    assert main(["--db", db, "demo"]) == 0
    built = tmp_path / "báo cáo 2025-H1.pdf"
    assert main(["--db", db, "report", "build", "--period", "2025-H1", "--out", str(built)]) == 0
    monkeypatch.setenv(PASSWORD_VAR, p12_password)
    signed = tmp_path / "đã ký.pdf"
    args = ["--db", db, "report", "sign", str(built), "--out", str(signed)]
    assert main([*args, "--sign-p12", str(pki.p12()), "--password-env", PASSWORD_VAR]) == 0
    assert "được ghi nhận là đã ký số" in capsys.readouterr().out
    assert main(["--db", db, "report", "list", "--json"]) == 0
    [report] = json.loads(capsys.readouterr().out)
    assert report["status"] == "signed"
    # Its number is final now: rebuilding the signed report is refused.
    assert main(["--db", db, "report", "build", "--period", "2025-H1", "--out", str(built), "--report-id", "1"]) == 1
