"""Moving a whole workspace to a new PC: `bkfi db backup --full` then `bkfi db restore` into an empty folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from bkfi_desktop.cli import main
from bkfi_desktop.core.profile import update_profile
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.signing.trust import import_trust_root, list_trust_roots
from bkfi_desktop.workflows.backup import MANIFEST

PASSWORD_VAR = "BKFI_TEST_P12_PASSWORD"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    capsys.readouterr()  # what earlier commands printed
    assert main(list(args)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def _empty_crl(pki) -> bytes:
    """A CRL from the test root revoking nothing (DER), as a unit imports from its CA."""
    now = dt.datetime.now(dt.UTC)
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(pki.root.cert.subject)
        .last_update(now - dt.timedelta(hours=1))
        .next_update(now + dt.timedelta(days=7))
        .sign(pki.root.key, hashes.SHA256())
    )
    return crl.public_bytes(serialization.Encoding.DER)


@pytest.fixture
def old_pc(tmp_path, monkeypatch, pki, p12_password, images, capsys) -> dict:
    """A unit's PC after months of work: evidence, a trusted root and a CRL, a signed report, images."""
    home = tmp_path / "máy cũ" / "dữ liệu"
    monkeypatch.setenv("BKFI_HOME", str(home))
    db = home / "bkfi.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    tasks = cli_json(capsys, "--db", str(db), "tasks", "list", "--json")
    documents = tmp_path / "máy cũ" / "Tài liệu"
    documents.mkdir(parents=True)
    proofs = {
        tasks[0]["code"]: [documents / "Biên bản hội nghị.pdf", documents / "ảnh tuyên truyền.jpg"],
        tasks[1]["code"]: [documents / "kế hoạch chi tiết.docx"],
    }
    for index, (code, files) in enumerate(proofs.items()):
        for number, path in enumerate(files):
            path.write_bytes(f"minh chứng {index}-{number} ".encode() * 500)
            assert main(["--db", str(db), "evidence", "add", code, str(path)]) == 0
    assert main(["--db", str(db), "evidence", "add", tasks[0]["code"], "baobackan.org.vn/tin-doi-ngoai"]) == 0
    import_trust_root(pki.root_pem)
    (home / "crl").mkdir()
    crl = _empty_crl(pki)
    (home / "crl" / "ca-thu-nghiem.crl").write_bytes(crl)
    (home / "settings.ini").write_text("[backup]\nkeep=5\n", encoding="utf-8")
    signature, seal = documents / "chữ ký.png", documents / "con dấu.png"
    shutil.copyfile(images.signature, signature)
    shutil.copyfile(images.seal, seal)
    with Workspace.open(db) as workspace, workspace.transaction() as session:
        update_profile(session, signature_image=str(signature), seal_image=str(seal))
    out = documents / "Báo cáo" / "bao-cao-2025-H1.pdf"
    assert main(["--db", str(db), "report", "build", "--period", "2025-H1", "--out", str(out),
                 "--xlsx", str(out.with_suffix(".xlsx"))]) == 0
    monkeypatch.setenv(PASSWORD_VAR, p12_password)
    signed = out.with_name("bao-cao-2025-H1 đã ký.pdf")
    assert main(["--db", str(db), "report", "sign", str(out), "--out", str(signed),
                 "--sign-p12", str(pki.p12()), "--password-env", PASSWORD_VAR]) == 0
    capsys.readouterr()
    evidence = {code: cli_json(capsys, "--db", str(db), "evidence", "list", code, "--json") for code in proofs}
    return {
        "home": home, "db": db, "evidence": evidence, "signed_sha256": sha256(signed), "crl": crl,
        "root": tmp_path / "máy cũ",
    }


def test_a_full_backup_restored_into_an_empty_folder_has_everything(old_pc, tmp_path, monkeypatch, capsys):
    archive = tmp_path / "USB" / "sao lưu toàn bộ.zip"
    assert main(["--db", str(old_pc["db"]), "db", "backup", "--full", str(archive)]) == 0
    assert "3 tệp minh chứng" in capsys.readouterr().out
    shutil.rmtree(old_pc["root"])  # the old PC is gone: nothing may point back to it

    new_home = tmp_path / "máy mới" / "BKFI"
    monkeypatch.setenv("BKFI_HOME", str(new_home))
    assert main(["db", "restore", str(archive)]) == 0  # the default workspace of an empty data folder
    said = capsys.readouterr().out
    assert "3 tệp minh chứng" in said and "1 báo cáo" in said and "1 chứng thư tin cậy" in said
    db = new_home / "bkfi.db"

    assert main(["--db", str(db), "db", "check"]) == 0
    for code, before in old_pc["evidence"].items():
        after = cli_json(capsys, "--db", str(db), "evidence", "list", code, "--json")
        assert [(e["original_name"], e["sha256"]) for e in after] == [(e["original_name"], e["sha256"]) for e in before]
        for item in after:
            if item["kind"] == "file":
                assert item["present"] and Path(item["path"]).is_relative_to(new_home)
                assert sha256(Path(item["path"])) == item["sha256"]
            else:
                assert item["url"] == "https://baobackan.org.vn/tin-doi-ngoai"

    [root] = list_trust_roots()
    assert root.path.is_relative_to(new_home)
    assert (new_home / "crl" / "ca-thu-nghiem.crl").read_bytes() == old_pc["crl"]
    assert "keep=5" in (new_home / "settings.ini").read_text(encoding="utf-8")

    [report] = cli_json(capsys, "--db", str(db), "report", "list", "--json")
    assert report["status"] == "signed"
    for field in ("pdf_path", "xlsx_path", "signed_path"):
        assert Path(report[field]).is_file() and Path(report[field]).is_relative_to(new_home), field
    assert sha256(Path(report["signed_path"])) == old_pc["signed_sha256"]
    # The restored trust root is the one the new PC checks signatures against (no --trust given).
    verdict = cli_json(capsys, "verify", report["signed_path"], "--json")
    assert verdict["ok"], verdict["problems"]

    with Workspace.open(db) as workspace, workspace.session() as session:
        from bkfi_desktop.core.profile import get_profile

        profile = get_profile(session)
        for image in (profile.signature_image, profile.seal_image):
            assert Path(image).is_file() and Path(image).is_relative_to(new_home)


def test_a_damaged_archive_is_refused_and_changes_nothing(old_pc, tmp_path, monkeypatch, capsys):
    archive = tmp_path / "sao lưu.zip"
    assert main(["--db", str(old_pc["db"]), "db", "backup", "--full", str(archive)]) == 0
    damaged = tmp_path / "hỏng.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("evidence/") and b"X" not in data[:1]:
                data = b"X" + data[1:]  # one byte changed, as a failing USB stick does
            target.writestr(item, data)
    capsys.readouterr()
    new_home = tmp_path / "máy mới"
    monkeypatch.setenv("BKFI_HOME", str(new_home))
    assert main(["db", "restore", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "không khớp mã băm" in err and "hỏng.zip" in err
    assert not (new_home / "bkfi.db").exists() and not (new_home / "evidence").exists()
    assert [p.name for p in new_home.iterdir()] == []


def test_an_archive_from_a_newer_program_is_refused_and_changes_nothing(old_pc, tmp_path, monkeypatch, capsys):
    archive = tmp_path / "sao lưu.zip"
    assert main(["--db", str(old_pc["db"]), "db", "backup", "--full", str(archive)]) == 0
    newer = tmp_path / "mới hơn.zip"
    with zipfile.ZipFile(archive) as source:
        manifest = json.loads(source.read(MANIFEST))
        database = tmp_path / "db-moi.db"
        database.write_bytes(source.read("database/bkfi.db"))
        with sqlite3.connect(database) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.close()
        for item in manifest["files"]:
            if item["entry"] == "database/bkfi.db":
                item["sha256"] = sha256(database)
        with zipfile.ZipFile(newer, "w") as target:
            for info in source.infolist():
                if info.filename == MANIFEST:
                    target.writestr(MANIFEST, json.dumps(manifest))
                elif info.filename == "database/bkfi.db":
                    target.write(database, info.filename)
                else:
                    target.writestr(info, source.read(info))
    capsys.readouterr()
    existing = tmp_path / "đang dùng" / "bkfi.db"
    assert main(["--db", str(existing), "demo"]) == 0
    before = sha256(existing)
    assert main(["--db", str(existing), "db", "restore", str(newer)]) == 1
    assert "mới hơn" in capsys.readouterr().err
    assert sha256(existing) == before
    assert not (existing.parent / "evidence").exists() and not (existing.parent / "bao-cao").exists()


def test_restoring_over_a_workspace_keeps_a_copy_of_it_first(old_pc, tmp_path, capsys):
    archive = tmp_path / "sao lưu.zip"
    assert main(["--db", str(old_pc["db"]), "db", "backup", "--full", str(archive)]) == 0
    other = tmp_path / "khác" / "bkfi.db"
    assert main(["--db", str(other), "demo"]) == 0
    assert main(["--db", str(other), "staff", "add", "Hoàng Thị Chỉ Có Ở Máy Này"]) == 0
    capsys.readouterr()
    assert main(["--db", str(other), "db", "restore", str(archive)]) == 0
    kept = list((other.parent / "backups").glob("*truoc-khoi-phuc*.db"))
    assert len(kept) == 1 and f"“{kept[0]}”" in capsys.readouterr().out
    with sqlite3.connect(kept[0]) as connection:
        assert connection.execute("SELECT count(*) FROM staff WHERE full_name LIKE 'Hoàng Thị Chỉ%'").fetchone() == (1,)
    connection.close()


def test_a_zip_that_is_not_a_backup_is_refused(tmp_path, capsys):
    stray = tmp_path / "tài liệu.zip"
    with zipfile.ZipFile(stray, "w") as zf:
        zf.writestr("a.txt", "x")
    assert main(["--db", str(tmp_path / "bkfi.db"), "db", "restore", str(stray)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tài liệu.zip" in err
