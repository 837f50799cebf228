"""`python -m bench.compile_bench`: P4 of issue 16 — `bkfi compile` of 300 signed unit reports, as one
whole process, against poppler's `pdfsig` run over the same 300 files one process each (what a
script checking the files would do). The two sides run alternately (A B A B …, at least 5 pairs);
prints the median ratio with its min–max and each side's peak RSS. Goal: ratio ≤ 1.0.

The reports are real: demo-workspace reports of distinct units, each signed with its own unit's
certificate under a throwaway root; they are made once and kept in a cache folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.pairs import PairResult, Sample, alternate

GOAL = 1.0


def _unit(n: int) -> str:
    return f"UBND xã Thử Tải {n:03d}"


def make_reports(folder: Path, count: int) -> tuple[Path, Path]:
    """`count` signed 2025-H1 reports in folder/reports, and the root certificate (PEM)."""
    reports, root_pem = folder / "reports", folder / "root.pem"
    if reports.is_dir() and len(list(reports.glob("*.pdf"))) >= count and root_pem.exists():
        return reports, root_pem
    from bkfi_desktop.core.activities import add_activity
    from bkfi_desktop.core.demo import create_demo
    from bkfi_desktop.core.profile import update_profile
    from bkfi_desktop.core.reports import build_report
    from bkfi_desktop.core.workspace import Workspace
    from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
    from tests.signing.pki import make_root, make_signer

    shutil.rmtree(reports, ignore_errors=True)
    reports.mkdir(parents=True)
    work = folder / "work"
    work.mkdir(exist_ok=True)
    os.environ["BKFI_HOME"] = str(work)
    root = make_root()
    root_pem.write_bytes(root.cert_pem())
    import datetime as dt

    with Workspace.open(work / "units.db") as workspace:
        create_demo(workspace, seed=5)
        for n in range(1, count + 1):
            unit = _unit(n)
            with workspace.transaction() as session:
                update_profile(session, unit_name=unit)
                add_activity(session, dt.date(2025, 3, 1 + n % 28), "news", n, f"Tin bài {n}")
            built = build_report(workspace, "2025-H1", out_pdf=work / "unsigned.pdf")
            signer = make_signer(root, cn=f"Người ký {n}", org=unit)
            p12 = work / "signer.p12"
            p12.write_bytes(signer.p12("bench", [root.cert]))
            sign_pdf(built.pdf_path, reports / f"{n:03d}.pdf", P12Signer(p12, "bench"), SignatureAppearance())
            if n % 25 == 0:
                print(f"  made {n}/{count} signed reports", flush=True)
    return reports, root_pem


_TIME = shutil.which("time") or "/usr/bin/time"


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(seconds, peak RSS KiB, exit code) of one whole process. The RSS comes from GNU time run between
    us and the process: a child forked straight from this (large) process would report our own RSS."""
    measure = Path(_TIME).exists()
    report = tempfile.NamedTemporaryFile(suffix=".rss", delete=False)
    report.close()
    command = [_TIME, "-f", "%M", "-o", report.name, *argv] if measure else argv
    started = time.perf_counter()
    code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env).returncode
    seconds = time.perf_counter() - started
    text = Path(report.name).read_text().strip().splitlines()
    Path(report.name).unlink()
    return seconds, int(text[-1]) if measure and text and text[-1].isdigit() else 0, code


def ours(reports: Path, root_pem: Path, env: dict[str, str]) -> tuple[float, int]:
    seconds, rss, code = _run(
        [sys.executable, "-m", "bkfi_desktop", "compile", "--dir", str(reports), "--period", "2025-H1",
         "--trust", str(root_pem), "--json"],
        env,
    )
    if code != 0:
        raise SystemExit(f"bkfi compile failed (exit {code}); the benchmark needs every report accepted")
    return seconds, rss


def pdfsig(reports: Path, env: dict[str, str]) -> tuple[float, int]:
    tool = shutil.which("pdfsig")
    if tool is None:
        raise SystemExit("pdfsig (poppler-utils) is not installed")
    started, peak = time.perf_counter(), 0
    for path in sorted(reports.glob("*.pdf")):
        _seconds, rss, _code = _run([tool, str(path)], env)
        peak = max(peak, rss)
    return time.perf_counter() - started, peak


def run(count: int, pairs: int, cache: Path) -> dict[str, float]:
    reports, root_pem = make_reports(cache, count)
    env = dict(os.environ, BKFI_HOME=str(Path(tempfile.mkdtemp(prefix="bkfi-bench-home-"))))
    ratios, ours_rss, base_rss, ours_s, base_s = [], 0, 0, [], []
    for _ in range(pairs):
        a, rss_a = ours(reports, root_pem, env)
        b, rss_b = pdfsig(reports, env)
        ours_s.append(a)
        base_s.append(b)
        ratios.append(a / b)
        ours_rss, base_rss = max(ours_rss, rss_a), max(base_rss, rss_b)
    result = {
        "median": statistics.median(ratios), "min": min(ratios), "max": max(ratios),
        "ours_s": statistics.median(ours_s), "base_s": statistics.median(base_s),
        "ours_rss_mib": ours_rss / 1024, "base_rss_mib": base_rss / 1024,
    }
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"P4 compile {count} signed reports vs pdfsig ×{count}: ratio {result['median']:.2f} "
        f"(min {result['min']:.2f} – max {result['max']:.2f}, {pairs} pairs; goal ≤ {GOAL:.1f}); "
        f"{result['ours_s']:.2f} s vs {result['base_s']:.2f} s; peak RSS {result['ours_rss_mib']:.0f} MiB "
        f"(main process) vs {result['base_rss_mib']:.0f} MiB (largest pdfsig); {os.cpu_count()} cores, load {load:.1f}"
    )
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bkfi-bench-compile")
    args = parser.parse_args(argv)
    run(args.reports, max(5, args.pairs), args.cache)


if __name__ == "__main__":
    main()


def measure(pairs: int = 5, count: int = 300) -> list[PairResult]:
    """P4 for `python -m bench`: the same alternating pairs, as a PairResult for the common table."""
    reports, root_pem = make_reports(Path(tempfile.gettempdir()) / "bkfi-bench-compile", count)
    env = dict(os.environ, BKFI_HOME=str(Path(tempfile.mkdtemp(prefix="bkfi-bench-home-"))))

    def side(measured: tuple[float, int]) -> Sample:
        seconds, rss_kib = measured
        return Sample(wall=seconds, cpu=0.0, peak_rss_mib=rss_kib / 1024)

    result = PairResult(f"P4 bkfi compile of {count} signed reports", f"pdfsig over the same {count} files",
                        goal_time=GOAL)
    return [alternate(result, lambda: side(ours(reports, root_pem, env)), lambda: side(pdfsig(reports, env)),
                      max(5, pairs), warm_up=False)]
