"""One hostile file must not take the batch with it: each file is checked in a worker with a time and
memory budget; the file that breaks one is refused with its reason, every other file is still checked."""

from __future__ import annotations

import json
import os
import time
import zlib
from pathlib import Path

import pytest

from bkfi_desktop.cli import main
from bkfi_desktop.exchange.compilation_pool import check_isolated
from tests.compile.conftest import ReportSet


def _check(path: Path, tag: str) -> str:
    """Stands in for a parser meeting each kind of hostile input."""
    kind = path.stem
    if kind == "hang":
        time.sleep(3600)
    if kind == "deep":
        def down(n: int) -> int:
            return down(n + 1) + 1
        down(0)
    if kind == "hungry":
        hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB
        return str(len(hoard))
    if kind == "crash":
        os._exit(9)  # a worker dying outright (as on a segfault in a C library)
    return f"{tag}:{kind}"


def _refused(path: Path, code: str, reason: str) -> tuple[str, str, str]:
    return (path.name, code, reason)


def test_each_hostile_kind_costs_only_its_own_file(tmp_path: Path) -> None:
    names = ["a", "hang", "b", "deep", "c", "hungry", "d", "crash", "e"]
    paths = [tmp_path / f"{name}.pdf" for name in names]
    started = time.monotonic()
    results = check_isolated(paths, _check, ("ok",), _refused, workers=2, seconds=10)
    assert time.monotonic() - started < 90
    assert [r for r in results if isinstance(r, str)] == ["ok:a", "ok:b", "ok:c", "ok:d", "ok:e"]
    refused = {r[0]: r[1:] for r in results if isinstance(r, tuple)}
    assert refused["hang.pdf"][0] == "too_slow" and "10 giây" in refused["hang.pdf"][1]
    assert refused["deep.pdf"][0] == "too_deep"
    assert refused["hungry.pdf"][0] == "too_big" and "512 MiB" in refused["hungry.pdf"][1]
    assert refused["crash.pdf"][0] == "too_big" and "dừng đột ngột" in refused["crash.pdf"][1]


def _deep_pdf(depth: int) -> bytes:
    body = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + b"[" * depth + b"]" * depth + b" >>\nendobj\n"
    return b"%PDF-1.7\n" + body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def _absurd_xref_pdf() -> bytes:
    stream = zlib.compress(b"\x00" * 16)
    obj = (
        b"1 0 obj\n<< /Type /XRef /Size 1000000000 /W [ 9999999 9999999 9999999 ] /Length "
        + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream\nendobj\n"
    )
    return b"%PDF-1.7\n" + obj + b"startxref\n9\n%%EOF\n"


@pytest.mark.parametrize("hostile", ["deep", "xref"])
def test_a_hostile_pdf_is_refused_and_the_batch_goes_on(
    hostile: str, report_set: ReportSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = report_set.copy(tmp_path, "a_h1", "b_h1")
    bad = tmp_path / f"độc hại {hostile}.pdf"
    bad.write_bytes(_deep_pdf(200_000) if hostile == "deep" else _absurd_xref_pdf())
    started = time.monotonic()
    code = main(["compile", str(good[0]), str(bad), str(good[1]), "--trust", str(report_set.root_pem), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert time.monotonic() - started < 90
    assert code == 1
    assert sorted(a["file"] for a in data["accepted"]) == sorted(p.name for p in good)
    (refusal,) = data["refused"]
    assert refusal["file"] == bad.name and refusal["reason"]
