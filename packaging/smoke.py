"""Smoke test of a frozen bundle, run from the bundle alone: the one script Linux CI (.ci/run) and the
Windows workflow (.github/workflows/windows.yml) share.

    python packaging/smoke.py dist/bkfi-desktop

The programs run from a scratch folder outside the checkout with a scrubbed environment (no
PYTHONPATH, no virtualenv, a fresh home), so nothing of the source tree can stand in for a missing
piece of the bundle. The Python running this script only drives the programs and makes a throwaway
.p12 (with `cryptography`, from the project's venv); it never imports the program it tests, except to
learn which command groups the source defines, so that the frozen `bkfi --help` must list them all.

Checks, in order: `bkfi --help` lists every command group; demo; `tasks list --json`; evidence add and
list; report build, sign with a .p12, verify; compile; a text PDF plan read; whole-workspace backup restored into an empty
data folder; the GUI starts offscreen and shows its main window in Vietnamese; portable mode writes
into data/ beside the executable and nowhere else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXE = ".exe" if os.name == "nt" else ""
PASSWORD_ENV = "BKFI_SMOKE_P12_PASSWORD"


class SmokeFailure(Exception):
    pass


class Bundle:
    def __init__(self, folder: Path, scratch: Path) -> None:
        self.folder = folder.resolve()
        self.cli = self.folder / f"bkfi{EXE}"
        self.gui = self.folder / f"bkfi-desktop{EXE}"
        for program in (self.cli, self.gui):
            if not program.is_file():
                raise SmokeFailure(f"{program} is missing from the bundle")
        self.scratch = scratch
        self.home = scratch / "nhà người dùng"
        self.home.mkdir(parents=True)

    def env(self, **extra: str) -> dict[str, str]:
        """A clean environment: the bundle must not lean on the checkout or on a Python install."""
        keep = ("PATH", "SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP", "COMSPEC", "PATHEXT", "LANG", "LC_ALL")
        env = {name: os.environ[name] for name in keep if name in os.environ}
        env.update(
            HOME=str(self.home),
            USERPROFILE=str(self.home),
            APPDATA=str(self.home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(self.home / "AppData" / "Local"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            QT_QPA_PLATFORM="offscreen",
            PYTHONIOENCODING="utf-8",
        )
        env.update(extra)
        return env

    def run(self, program: Path, *args: str, env: dict[str, str] | None = None, ok: bool = True,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        done = subprocess.run(
            [str(program), *args], cwd=self.scratch, env=env or self.env(), capture_output=True,
            text=True, encoding="utf-8", errors="replace", timeout=timeout,
        )
        shown = " ".join([program.name, *args])
        print(f"  $ {shown}  → {done.returncode} ({time.monotonic() - started:.1f} s)", flush=True)
        if ok and done.returncode != 0:
            raise SmokeFailure(f"{shown} exited {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}")
        return done

    def bkfi(self, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
        return self.run(self.cli, *args, **kwargs)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def command_groups_in_source() -> list[str]:
    """The command groups the source defines (driver side); the frozen --help must show each."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bkfi_desktop.cli import build_parser

    parser = build_parser()
    for action in parser._actions:  # argparse keeps subcommands here
        if hasattr(action, "choices") and isinstance(action.choices, dict):
            return list(action.choices)
    raise SmokeFailure("no command groups in the source parser")


def demo_unit_in_source() -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bkfi_desktop.core.demo import DEMO_UNIT

    return DEMO_UNIT


def make_p12(folder: Path, password: str, organisation: str) -> tuple[Path, Path]:
    """A throwaway root and signer (.p12) so the bundle can sign and verify offline. The signer's
    organisation is the demo unit: the compiling office only counts a report its own unit signed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    def name(cn: str, org: str = "BKFI thử nghiệm") -> x509.Name:
        return x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ])

    now = dt.datetime.now(dt.UTC)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = (
        x509.CertificateBuilder().subject_name(name("CA thử nghiệm BKFI")).issuer_name(name("CA thử nghiệm BKFI"))
        .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder().subject_name(name("Nguyễn Văn Thử", organisation)).issuer_name(root.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=180))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    root_pem = folder / "goc-tin-cay.pem"
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    p12 = folder / "nguoi-ky.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"bkfi", key, cert, [root], serialization.BestAvailableEncryption(password.encode("utf-8"))
    ))
    return root_pem, p12


def check_cli(bundle: Bundle) -> Path:
    print("== bkfi --help lists every command group")
    help_text = bundle.bkfi("--help").stdout
    missing = [group for group in command_groups_in_source() if group not in help_text]
    expect(not missing, f"bkfi --help lacks command groups {missing}:\n{help_text}")

    print("== demo, tasks list --json")
    workspace = bundle.scratch / "vùng làm việc" / "đơn vị.db"
    bundle.bkfi("--db", str(workspace), "demo")
    tasks = json.loads(bundle.bkfi("--db", str(workspace), "tasks", "list", "--json").stdout)
    groups = {task["group"] for task in tasks}
    expect(len(tasks) >= 12 and len(groups) >= 5, f"demo tasks: {len(tasks)} in {len(groups)} groups")

    print("== evidence add / list")
    code = tasks[0]["code"]
    proof = bundle.scratch / "minh chứng.txt"
    proof.write_text("Biên bản hội nghị tuyên truyền đối ngoại\n", encoding="utf-8")
    bundle.bkfi("--db", str(workspace), "evidence", "add", code, str(proof))
    bundle.bkfi("--db", str(workspace), "evidence", "add", code, "https://example.gov.vn/tin-bai")
    evidence = json.loads(bundle.bkfi("--db", str(workspace), "evidence", "list", code, "--json").stdout)
    kinds = sorted(item["kind"] for item in evidence)
    expect(kinds == ["file", "link"], f"evidence list: {evidence}")
    return workspace


def check_reports(bundle: Bundle, workspace: Path) -> None:
    print("== report build, sign with a .p12, verify, compile")
    password = "mật-khẩu-thử"
    root, p12 = make_p12(bundle.scratch, password, demo_unit_in_source())
    pdf = bundle.scratch / "báo cáo" / "bao-cao-2025-H1.pdf"
    bundle.bkfi("--db", str(workspace), "report", "build", "--period", "2025-H1", "--out", str(pdf),
                "--xlsx", str(pdf.with_suffix(".xlsx")))
    expect(pdf.read_bytes()[:5] == b"%PDF-", "report build wrote no PDF")
    signed = pdf.with_name("bao-cao-2025-H1-da-ky.pdf")
    env = bundle.env(**{PASSWORD_ENV: password})
    bundle.bkfi("--db", str(workspace), "report", "sign", str(pdf), "--out", str(signed),
                "--sign-p12", str(p12), "--password-env", PASSWORD_ENV, env=env)
    verdict = json.loads(bundle.bkfi("verify", str(signed), "--trust", str(root), "--json").stdout)
    expect(verdict.get("valid") is True or verdict.get("ok") is True, f"verify: {verdict}")
    compiled = json.loads(bundle.bkfi("compile", str(signed), "--trust", str(root), "--period", "2025-H1",
                                      "--out", str(bundle.scratch / "tong-hop.xlsx"), "--json").stdout)
    expect(len(compiled.get("accepted", [])) == 1, f"compile: {compiled}")
    expect((bundle.scratch / "tong-hop.xlsx").is_file(), "compile wrote no workbook")


PLAN_LINES = (
    "KẾ HOẠCH",
    "Triển khai công tác thông tin đối ngoại năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao hiệu quả công tác thông tin đối ngoại trên địa bàn.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Tuyên truyền về tiềm năng, thế mạnh của địa phương trên các nền tảng số. Phòng Văn hóa và "
    "Thông tin chủ trì, phối hợp với Công an xã thực hiện. Thời gian: thường xuyên.",
    "2. Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ, công chức. Văn phòng HĐND và UBND "
    "chủ trì. Thời gian: quý III/2026.",
)


def check_pdf_plan(bundle: Bundle) -> None:
    """A plan sent as a text PDF is read by the frozen bkfi (pdfplumber and its PDF engine shipped)."""
    print("== import-tasks of a text PDF plan (--dry-run)")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    font = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "LiberationSerif-Regular.ttf"
    pdfmetrics.registerFont(TTFont("SmokeSerif", str(font)))
    style = ParagraphStyle("body", fontName="SmokeSerif", fontSize=13, leading=16)
    pdf = bundle.scratch / "kế hoạch.pdf"
    SimpleDocTemplate(str(pdf)).build([Paragraph(line, style) for line in PLAN_LINES])
    preview = json.loads(
        bundle.bkfi("--db", str(bundle.scratch / "pdf.db"), "import-tasks", str(pdf), "--dry-run", "--json").stdout
    )
    units = set(preview.get("units_created", []))
    expect(preview.get("tasks") == 2 and {"Phòng Văn hóa và Thông tin", "Công an xã"} <= units,
           f"PDF plan read as: {json.dumps(preview, ensure_ascii=False)[:800]}")


def check_full_backup(bundle: Bundle, workspace: Path) -> None:
    print("== whole-workspace backup, restored into an empty data folder")
    archive = bundle.scratch / "sao lưu" / "toàn bộ.zip"
    bundle.bkfi("--db", str(workspace), "db", "backup", "--full", str(archive))
    new_pc = bundle.scratch / "máy mới" / "bkfi.db"
    env = bundle.env(BKFI_HOME=str(new_pc.parent))
    bundle.bkfi("--db", str(new_pc), "db", "restore", str(archive), env=env)
    tasks = json.loads(bundle.bkfi("--db", str(new_pc), "tasks", "list", "--json", env=env).stdout)
    evidence = json.loads(bundle.bkfi("--db", str(new_pc), "evidence", "list", tasks[0]["code"], "--json",
                                      env=env).stdout)
    files = [item for item in evidence if item["kind"] == "file"]
    expect(len(files) == 1 and Path(files[0]["path"]).is_file(), f"restored evidence: {evidence}")
    expect(str(new_pc.parent) in files[0]["path"], f"evidence path not rewritten: {files[0]['path']}")
    reports = json.loads(bundle.bkfi("--db", str(new_pc), "report", "list", "--json", env=env).stdout)
    expect(reports and all(Path(r["signed_path"] or r["pdf_path"]).is_file() for r in reports),
           f"restored reports: {reports}")


def check_gui(bundle: Bundle, workspace: Path) -> None:
    print("== GUI starts offscreen and shows its main window")
    shown_file = bundle.scratch / "gui-shown.json"
    bundle.run(bundle.gui, "--db", str(workspace), env=bundle.env(BKFI_SMOKE_REPORT=str(shown_file)), timeout=180)
    expect(shown_file.is_file(), "the GUI exited without showing its main window")
    shown = json.loads(shown_file.read_text(encoding="utf-8"))
    expect(shown["visible"] and "BKFI" in shown["title"], f"main window: {shown}")
    # Vietnamese menus prove the compiled .qm shipped and loaded.
    expect(any("Tệp" in menu for menu in shown["menus"]), f"menus not in Vietnamese: {shown['menus']}")


def _bkfi_files(home: Path) -> list[Path]:
    """Files the program would keep in the user's folders (Qt's own font caches do not count)."""
    return [path for path in home.rglob("*") if path.is_file() and "BKFI" in str(path)]


def check_portable(bundle: Bundle) -> None:
    print("== portable mode: data/ beside the executable, nothing in the user's folders")
    bundle.home = bundle.scratch / "nhà người dùng portable"  # a fresh user: earlier checks used the first
    bundle.home.mkdir()
    marker = bundle.folder / "bkfi-portable.txt"
    data = bundle.folder / "data"
    expect(not data.exists(), f"{data} exists before the portable check")
    marker.write_text("BKFI Desktop portable\n", encoding="utf-8")
    try:
        bundle.bkfi("demo")  # the demo workspace, demo.db in the data folder
        bundle.bkfi("staff", "add", "Nguyễn Văn Thử")  # the unit's own workspace, bkfi.db
        for name in ("demo.db", "bkfi.db"):
            expect((data / name).is_file(), f"portable mode did not write data/{name} beside the executable")
        expect(not _bkfi_files(bundle.home), f"portable mode wrote into the user's folders: {_bkfi_files(bundle.home)}")
        shown_file = bundle.scratch / "gui-portable.json"
        bundle.run(bundle.gui, env=bundle.env(BKFI_SMOKE_REPORT=str(shown_file)), timeout=180)
        expect(shown_file.is_file(), "the portable GUI did not show its main window")
        expect(not _bkfi_files(bundle.home), f"portable GUI wrote into the user's folders: {_bkfi_files(bundle.home)}")
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/bkfi-desktop)")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bkfi-smoke-") as scratch_root:
        bundle = Bundle(args.bundle, Path(scratch_root) / "thử khói")
        try:
            workspace = check_cli(bundle)
            check_reports(bundle, workspace)
            check_pdf_plan(bundle)
            check_full_backup(bundle, workspace)
            check_gui(bundle, workspace)
            check_portable(bundle)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
