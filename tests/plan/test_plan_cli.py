"""`bkfi plan build` signs and verifies like a report; `bkfi subtask` prepares the plan from a script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.attachments import PAYLOAD_NAME, PLAN_PAYLOAD_NAME, read_embedded_files
from tests.signing import tamper
from tests.signing.pki import HOLDER

PASSWORD_VAR = "BKFI_TEST_P12_PASSWORD"


def _db(workspace: Workspace) -> list[str]:
    return ["--db", str(workspace.path)]


def test_plan_build_signs_and_verifies_like_a_report(demo, pki, p12_password, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PASSWORD_VAR, p12_password)
    out = tmp_path / "kế hoạch.pdf"
    code = main([
        *_db(demo), "plan", "build", "--out", str(out), "--docx", str(tmp_path / "kế hoạch.docx"),
        "--sign-p12", str(pki.p12()), "--password-env", PASSWORD_VAR, "--json",
    ])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert p12_password not in captured.out + captured.err
    data = json.loads(captured.out)
    signed = Path(data["signed"]["path"])
    assert signed.is_file() and (tmp_path / "kế hoạch.docx").is_file()
    payload = json.loads(read_embedded_files(signed)[PLAN_PAYLOAD_NAME])
    assert payload["schema"] == "bkfi.plan/1" and payload["uuid"] == data["uuid"]
    assert [row["code"] for row in payload["rows"]][:2] == ["1.1", "1.2"]
    assert PAYLOAD_NAME not in read_embedded_files(signed)  # never mistaken for a periodic report

    assert main(["verify", str(signed), "--trust", str(pki.root_pem), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["signer_holder"] == HOLDER and report["payload_covered"] is True

    altered = tmp_path / "sửa.pdf"
    altered.write_bytes(tamper.add_annotation(signed.read_bytes()))
    assert main(["verify", str(altered), "--trust", str(pki.root_pem)]) == 1
    assert "sửa.pdf đã bị sửa sau khi ký" in capsys.readouterr().err


def test_a_signed_plan_is_refused_by_the_compiling_office(demo, pki, p12_password, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PASSWORD_VAR, p12_password)
    out = tmp_path / "kh.pdf"
    assert main([*_db(demo), "plan", "build", "--out", str(out), "--sign-p12", str(pki.p12()),
                 "--password-env", PASSWORD_VAR]) == 0
    capsys.readouterr()
    assert main(["compile", str(tmp_path / "kh-da-ky.pdf"), "--trust", str(pki.root_pem)]) != 0
    assert "kh-da-ky.pdf" in capsys.readouterr().out


def test_subtask_add_list_done(demo, capsys):
    db = _db(demo)
    assert main([*db, "subtask", "add", "1.2", "Soạn đề cương tuyên truyền", "--due", "15/03/2025",
                 "--owner", "lý thị ánh", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["owner"] == "Lý Thị Ánh" and added["due_date"] == "2025-03-15" and added["done"] is False
    assert main([*db, "subtask", "done", str(added["id"])]) == 0
    capsys.readouterr()
    assert main([*db, "subtask", "list", "1.2", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{**added, "done": True}]
    # The new sub-task and its owner reach the detailed plan.
    assert main([*db, "plan", "build", "--out", str(demo.path.parent / "kh.pdf"), "--json"]) == 0
    capsys.readouterr()
    payload = json.loads(read_embedded_files(demo.path.parent / "kh.pdf")[PLAN_PAYLOAD_NAME])
    row = next(r for r in payload["rows"] if r["code"] == "1.2")
    assert row["subtasks"] == [
        {"title": "Soạn đề cương tuyên truyền", "due_date": "2025-03-15", "owner": "Lý Thị Ánh", "done": True}
    ]


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["subtask", "add", "9.9", "Việc"], "Không có nhiệm vụ mã “9.9”"),
        (["subtask", "add", "1.1", "Việc", "--owner", "Người Lạ"], "Không có cán bộ tên “Người Lạ”"),
        (["subtask", "done", "999"], "Không tìm thấy việc cần làm mã số 999"),
        (["plan", "build", "--plan", "khong-co", "--out", "x.pdf"], "Không có kế hoạch mã “khong-co”"),
    ],
)
def test_bad_input_gets_one_vietnamese_line_and_changes_nothing(demo, capsys, argv, reason, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([*_db(demo), *argv]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and reason in err
    assert not (tmp_path / "x.pdf").exists()
    with demo.session() as session:
        from sqlalchemy import func, select

        from bkfi_desktop.core.store.models import SubTask

        assert session.scalar(select(func.count(SubTask.id))) == 2
