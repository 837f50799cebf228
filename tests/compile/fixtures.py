"""Signed unit reports for the compilation tests, built once per session (building and signing is
slowish) and shared by the compile, CLI and GUI tests (registered in tests/conftest.py).

Each unit signs with a certificate of its own organisation, as in real life. Each test copies the
files it needs into its own folder, so nothing it does leaks into another test.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bkfi_desktop.core.demo import create_demo
from bkfi_desktop.core.profile import update_profile
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.attachments import PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
from bkfi_desktop.workflows.build_report import build_report
from tests.signing.pki import P12_PASSWORD, TestPki, make_signer

UNIT_KEYS: dict[str, Path] = {}  # unit → its .p12, made once per session

UNIT_A = "Phòng Tư pháp"
UNIT_B = "Phòng Tài chính - Kế hoạch"
UNIT_C = "UBND xã Nông Thượng"


@dataclass(frozen=True)
class ReportSet:
    folder: Path
    root_pem: Path
    files: dict[str, Path]

    def copy(self, target: Path, *names: str) -> list[Path]:
        """Copies of the named files in `target` (file names kept), in the order given."""
        target.mkdir(parents=True, exist_ok=True)
        return [Path(shutil.copy2(self.files[name], target / self.files[name].name)) for name in names]

    def payload(self, name: str) -> dict[str, Any]:
        return json.loads(read_embedded_files(self.files[name])[PAYLOAD_NAME])


def _build(folder: Path, unit: str, seed: int, period: str, stem: str) -> Path:
    with Workspace.open(folder / f"{stem}.db") as workspace:
        create_demo(workspace, seed=seed)
        with workspace.transaction() as session:
            update_profile(session, unit_name=unit)
        built = build_report(workspace, period, out_pdf=folder / f"{stem}-chua-ky.pdf")
    return built.pdf_path


def _sign(source: Path, out: Path, p12: Path) -> Path:
    sign_pdf(source, out, P12Signer(p12, P12_PASSWORD), SignatureAppearance())
    return out


def unit_p12(pki: TestPki, folder: Path, unit: str, holder: str = "Trần Văn Ký") -> Path:
    """A .p12 whose certificate names `unit` as its organisation (O), under the test root."""
    if unit not in UNIT_KEYS:
        issued = make_signer(pki.root, cn=holder, org=unit)
        target = folder / f"ky-{len(UNIT_KEYS)}.p12"
        target.write_bytes(issued.p12(P12_PASSWORD, [pki.root.cert]))
        UNIT_KEYS[unit] = target
    return UNIT_KEYS[unit]


@pytest.fixture(scope="session")
def report_set(tmp_path_factory: pytest.TempPathFactory, pki: TestPki) -> ReportSet:
    """Three units' signed 2025-H1 reports, and the troublesome files a compiling office receives:

    a_h1/b_h1/c_h1  signed, trusted, 2025-H1
    a_h1_newer      unit A again (other figures, another UUID), signed at least a second after a_h1
    a_h1_resigned   a_h1's unsigned PDF signed again later: the same report UUID twice
    a_h2            unit A's 2025-H2 report, signed
    b_unsigned      unit B's report, never signed
    c_untrusted     unit C's report signed by a certificate under an unknown root
    """
    folder = tmp_path_factory.mktemp("báo cáo đơn vị")
    with pytest.MonkeyPatch.context() as patch:
        home = folder / "dữ liệu"
        home.mkdir()
        patch.setenv("BKFI_HOME", str(home))
        stranger = make_signer(pki.other_root, cn="Người ký lạ", org=UNIT_C)
        stranger_p12 = folder / "la.p12"
        stranger_p12.write_bytes(stranger.p12(P12_PASSWORD, [pki.other_root.cert]))

        a = _build(folder, UNIT_A, 11, "2025-H1", "a")
        b = _build(folder, UNIT_B, 12, "2025-H1", "b")
        c = _build(folder, UNIT_C, 13, "2025-H1", "c")
        a_newer = _build(folder, UNIT_A, 14, "2025-H1", "a-moi")
        with Workspace.open(folder / "a.db") as workspace:
            a_h2 = build_report(workspace, "2025-H2", out_pdf=folder / "a-h2-chua-ky.pdf").pdf_path
        key_a, key_b, key_c = (unit_p12(pki, folder, unit) for unit in (UNIT_A, UNIT_B, UNIT_C))
        files = {
            "a_h1": _sign(a, folder / "Phòng Tư pháp 6 tháng.pdf", key_a),
            "b_h1": _sign(b, folder / "Phòng TC-KH 6 tháng.pdf", key_b),
            "c_h1": _sign(c, folder / "xã Nông Thượng.pdf", key_c),
            "a_h2": _sign(a_h2, folder / "Phòng Tư pháp cả năm H2.pdf", key_a),
            "c_untrusted": _sign(c, folder / "xã Nông Thượng - ký lạ.pdf", stranger_p12),
            "b_unsigned": Path(shutil.copy2(b, folder / "Phòng TC-KH chưa ký.pdf")),
        }
        time.sleep(1.2)  # signing times have one-second resolution
        files["a_h1_newer"] = _sign(a_newer, folder / "Phòng Tư pháp bản sửa.pdf", key_a)
        files["a_h1_resigned"] = _sign(a, folder / "Phòng Tư pháp ký lại.pdf", key_a)
    return ReportSet(folder, pki.root_pem, files)


ROSTER_UNITS = [
    "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin", "Phòng Nội vụ",
    "Phòng Kinh tế", "Phòng Quản lý đô thị", "Phòng Giáo dục và Đào tạo", "Phòng Y tế",
    "UBND phường Đức Xuân", "UBND phường Sông Cầu", "UBND xã Nông Thượng", "UBND xã Dương Quang",
]
ON_TIME = ROSTER_UNITS[:6]
LATE, OTHER_SIGNER, ALTERED = ROSTER_UNITS[6], ROSTER_UNITS[7], ROSTER_UNITS[8]
MISSING = ROSTER_UNITS[9:]


@dataclass(frozen=True)
class RosterSet:
    folder: Path  # the nine received files, and nothing else
    root_pem: Path
    due: dt.date  # the office's deadline: every report but the late one is signed before it
    files: dict[str, Path]  # unit → its file


class _Later(dt.datetime):
    """The signing clock, five days on: the late unit signs after the deadline."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
        return dt.datetime.now(tz) + dt.timedelta(days=5)


@pytest.fixture(scope="session")
def roster_set(tmp_path_factory: pytest.TempPathFactory, pki: TestPki) -> RosterSet:
    """Nine of twelve units' signed 2025-H1 reports: six on time, one late, one signed by a certificate
    of another organisation, one altered after signing. Each unit's figures differ."""
    from bkfi_desktop.core.activities import add_activity
    from bkfi_desktop.documents.signing import sign as sign_module

    work = tmp_path_factory.mktemp("đơn vị làm báo cáo")
    received = tmp_path_factory.mktemp("báo cáo nhận được")
    files: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        home = work / "dữ liệu"
        home.mkdir()
        patch.setenv("BKFI_HOME", str(home))
        with Workspace.open(work / "don-vi.db") as workspace:
            create_demo(workspace, seed=21)
            for number, unit in enumerate(ROSTER_UNITS[:9], start=1):
                with workspace.transaction() as session:
                    update_profile(session, unit_name=unit)
                    add_activity(session, dt.date(2025, 3, number), "news", number, f"Tin bài số {number}")
                built = build_report(workspace, "2025-H1", out_pdf=work / f"{number}-chua-ky.pdf")
                target = received / f"{number:02d} {unit}.pdf"
                signer_unit = ROSTER_UNITS[0] if unit == OTHER_SIGNER else unit
                key = unit_p12(pki, work, signer_unit)
                if unit == LATE:
                    patch.setattr(sign_module, "datetime", _Later)
                    _sign(built.pdf_path, target, key)
                    patch.undo()
                    patch.setenv("BKFI_HOME", str(home))
                else:
                    _sign(built.pdf_path, target, key)
                if unit == ALTERED:
                    data = target.read_bytes()
                    at = data.index(b"stream", len(data) // 3) + 40
                    target.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])
                files[unit] = target
    return RosterSet(received, pki.root_pem, dt.date.today() + dt.timedelta(days=2), files)
