"""Check many files in worker processes: in parallel across cores, each file within a time and memory budget.

A hostile file (nesting that exhausts the stack, an XRef stream whose declared widths make the parser
allocate gigabytes, a parser that never ends) must not take the batch with it: a worker that runs
past the time limit is killed, a worker that dies is replaced, and only the file that did it is
refused, with its reason. Every other file is checked again in a fresh worker.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeVar

FILE_SECONDS = 60.0  # issue 17's budget per file
FILE_MEMORY_BYTES = 512 * 1024 * 1024  # what one file may add to a worker's data segment
STACK_DEPTH = 6000  # deep enough for any honest PDF, low enough to fail fast on a hostile one

Outcome = TypeVar("Outcome")
# check(path, *args) runs in a worker; failure(path, code, reason) makes the refusal in the parent.
Failure = Callable[[Path, str, str], Any]
Progress = Callable[[int, int, Path], None]


def _data_segment_now() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _limit_worker() -> None:
    """Runs once in each worker: cap what a file may allocate on top of what the worker already holds."""
    sys.setrecursionlimit(STACK_DEPTH)
    if sys.platform.startswith("linux"):
        import resource

        limit = _data_segment_now() + FILE_MEMORY_BYTES
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _guarded(check: Callable[..., Any], path: Path, args: tuple[Any, ...]) -> tuple[str, Any]:
    """Run in the worker: the outcome, or why the file could not be checked (never an exception)."""
    try:
        return "done", check(path, *args)
    except RecursionError:
        return "nesting", None
    except MemoryError:
        return "memory", None


def worker_count(files: int) -> int:
    return max(1, min(files, os.cpu_count() or 1))


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the workers now (one may be stuck in a parser that never returns)."""
    for process in list(getattr(pool, "_processes", {}).values()):
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


_REASONS = {
    "nesting": ("too_deep", "Cấu trúc tệp lồng nhau quá sâu (vượt giới hạn {depth} cấp); không đọc tiếp."),
    "memory": ("too_big", "Đọc tệp cần quá {mib} MiB bộ nhớ; đã dừng kiểm tra tệp này."),
    "crash": ("too_big", "Tiến trình kiểm tra tệp bị dừng đột ngột (tệp hỏng hoặc cần quá nhiều bộ nhớ)."),
    "time": ("too_slow", "Kiểm tra tệp quá {seconds:g} giây; đã dừng kiểm tra tệp này."),
}


def _reason(kind: str, seconds: float) -> tuple[str, str]:
    code, text = _REASONS[kind]
    return code, text.format(depth=STACK_DEPTH, mib=FILE_MEMORY_BYTES // (1024 * 1024), seconds=seconds)


def check_isolated(
    paths: list[Path],
    check: Callable[..., Outcome],
    args: tuple[Any, ...],
    failure: Failure,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    seconds: float = FILE_SECONDS,
) -> list[Any]:
    """`check(path, *args)` for every path, in worker processes; outcomes in the order of `paths`.

    At most `workers` files are in flight, each started when a worker is free, so its clock starts
    when its check does. When a worker dies, the files it may have been checking are checked again
    one at a time, so that only the file that kills a worker alone is refused.
    """
    results: list[Any] = [None] * len(paths)
    queue = list(range(len(paths)))
    suspects: list[int] = []  # in flight when a worker died: checked again, each alone
    done = 0

    def settle(index: int, outcome: Any) -> None:
        nonlocal done
        results[index] = outcome
        done += 1
        if progress is not None:
            progress(done, len(paths), paths[index])

    while queue or suspects:
        alone = bool(suspects)
        batch = suspects if alone else queue
        width = 1 if alone else (workers or worker_count(len(queue)))
        pool = ProcessPoolExecutor(max_workers=width, initializer=_limit_worker)
        running: dict[Future[tuple[str, Any]], tuple[int, float]] = {}
        crashed = timed_out = False
        try:
            while (batch or running) and not (crashed or timed_out):
                while batch and len(running) < width:
                    index = batch.pop(0)
                    running[pool.submit(_guarded, check, paths[index], args)] = (index, time.monotonic())
                finished, _ = wait(running, timeout=0.25, return_when=FIRST_COMPLETED)
                for future in finished:
                    index, _started = running.pop(future)
                    try:
                        kind, outcome = future.result()
                    except BrokenProcessPool:
                        crashed = True
                        if alone:
                            settle(index, failure(paths[index], *_reason("crash", seconds)))
                        else:
                            suspects.append(index)
                        continue
                    settle(index, outcome if kind == "done" else failure(paths[index], *_reason(kind, seconds)))
                now = time.monotonic()
                for future, (index, started) in list(running.items()):
                    if now - started > seconds:
                        del running[future]
                        settle(index, failure(paths[index], *_reason("time", seconds)))
                        timed_out = True
        finally:
            if crashed or timed_out:
                _stop(pool)
            else:
                pool.shutdown(wait=True)
        # Files still in flight when the pool was stopped go again: alone when a worker died unseen.
        left = [index for index, _started in running.values()]
        if crashed and not alone:
            suspects.extend(left)
        else:
            batch[:0] = left
    return results
