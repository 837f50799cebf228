"""Verify a PDF inside a child process with a time and memory ceiling.

pyHanko reads whatever a PDF declares: an XRef stream claiming a hundred million entries, a stream
that inflates to gigabytes, arrays nested two hundred thousand deep. Recursion is caught in-process
(verify.py); memory and time cannot be bounded inside the same interpreter, so the reading runs in a
child that the operating system caps (RLIMIT_AS on Linux/macOS, a watchdog on Windows) and that is
killed when it runs over time. Whatever happens, the caller gets a VerificationReport whose problem
names the file and the limit.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from bkfi_desktop.documents.signing.verify import (
    PayloadReader,
    VerificationReport,
    read_payload_into,
    verify_pdf,
)

MAX_PDF_BYTES = 64 * 1024 * 1024
TIME_LIMIT_SECONDS = 40.0
MEMORY_LIMIT_BYTES = 512 * 1024 * 1024
_MEMORY_EXIT = 86  # the child's exit code when it ran out of its allowance


def verify_pdf_bounded(
    path: Path,
    trust_roots: list[Path] | None = None,
    *,
    crl_files: list[Path] | None = None,
    time_limit: float = TIME_LIMIT_SECONDS,
    memory_limit: int = MEMORY_LIMIT_BYTES,
    payload_reader: PayloadReader | None = None,
) -> VerificationReport:
    """verify_pdf, run in a child process that cannot take more than memory_limit or time_limit.

    `payload_reader` is verify_pdf's; it runs here, on the payload bytes the child found, so the child
    loads nothing but the signature checker."""
    path = Path(path)
    report = VerificationReport(file=path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        report.problems.append(f"Không đọc được tệp {path.name}: {exc.strerror or type(exc).__name__}.")
        return report
    if size > MAX_PDF_BYTES:
        report.problems.append(
            f"Tệp {path.name} quá lớn ({size // 1024 // 1024} MB; giới hạn {MAX_PDF_BYTES // 1024 // 1024} MB "
            "cho một báo cáo); tệp không được kiểm tra."
        )
        return report
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    roots = None if trust_roots is None else [str(root) for root in trust_roots]
    crls = None if crl_files is None else [str(crl) for crl in crl_files]
    child = context.Process(
        target=_child,
        args=(sender, str(path), roots, crls, memory_limit, time_limit),
        daemon=True,
    )
    child.start()
    sender.close()
    try:
        # The child's own limit is CPU time; the wall-clock wait is a backstop for a busy machine.
        if receiver.poll(time_limit * 3 + 30):
            outcome = receiver.recv()
        else:
            outcome = ("time", None)
    except (EOFError, OSError):
        outcome = ("died", None)
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    kind, value = outcome
    if kind == "report":
        if payload_reader is not None:
            read_payload_into(value, payload_reader)
        return value
    over_cpu = {-getattr(signal, name) for name in ("SIGXCPU", "SIGKILL") if hasattr(signal, name)}
    if kind == "died" and child.exitcode in over_cpu:
        kind = "time"
    if kind == "died" and child.exitcode != _MEMORY_EXIT:
        report.problems.append(
            f"Tệp {path.name} làm dừng bất thường chương trình kiểm tra (mã {child.exitcode}); tệp bị từ chối."
        )
    elif kind == "time":
        report.problems.append(
            f"Tệp {path.name} cần kiểm tra quá {int(time_limit)} giây (giới hạn); tệp có cấu trúc bất thường, bị từ chối."
        )
    else:
        report.problems.append(
            f"Tệp {path.name} cần quá {memory_limit // 1024 // 1024} MB bộ nhớ để đọc (giới hạn); "
            "tệp có cấu trúc bất thường, bị từ chối."
        )
    return report


def _child(
    sender: Connection,
    path: str,
    roots: list[str] | None,
    crls: list[str] | None,
    memory_limit: int,
    time_limit: float,
) -> None:
    _cap_memory(memory_limit, time_limit)
    try:
        report = verify_pdf(
            Path(path),
            None if roots is None else [Path(root) for root in roots],
            crl_files=None if crls is None else [Path(crl) for crl in crls],
        )
    except MemoryError:
        os._exit(_MEMORY_EXIT)
    except Exception as exc:  # any other way a hostile file breaks pyHanko: one line, not a traceback
        report = VerificationReport(file=Path(path).name)
        report.problems.append(
            f"Tệp {Path(path).name} có cấu trúc bất thường, không kiểm tra được ({type(exc).__name__}); tệp bị từ chối."
        )
    sender.send(("report", report))
    sender.close()


def _cap_memory(limit: int, seconds: float) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; a watchdog ends the process instead
        threading.Thread(target=_watch_memory, args=(limit,), daemon=True).start()
        return
    cpu = int(seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))  # SIGXCPU ends the child
    # The address space holds the interpreter, pyHanko and cryptography before any PDF is read.
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _watch_memory(limit: int) -> None:
    if sys.platform != "win32":
        return
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
            (name, ctypes.c_size_t)
            for name in ("PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage",
                         "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage")
        ]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    process = ctypes.windll.kernel32.GetCurrentProcess()
    while True:
        if ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
            if counters.PagefileUsage > limit:
                os._exit(_MEMORY_EXIT)
        time.sleep(0.05)
