"""Temporary files the program can always find again: a half-written backup, a signing stamp.

A write that is killed (power cut, Task Manager, a crash) leaves its temporary file behind, and it
may sit anywhere (a backup goes where the clerk chose). So every temporary file is named in a small
registry in the data folder *before* it is created, one registry file per process. At the next start
(opening a workspace, signing, backing up) the registry is swept: the files of processes that are no
longer running are deleted, with the journal SQLite may have left beside them.
"""

from __future__ import annotations

import atexit
import os
import sys
import uuid
from pathlib import Path

from bkfi_desktop import paths

_SIBLINGS = ("", "-journal", "-wal", "-shm")
_registered_exit = False


def registry_dir() -> Path:
    return paths.data_dir() / "tam"


def _own_entry() -> Path:
    return registry_dir() / f"{os.getpid()}.txt"


def new_temporary_path(folder: Path, prefix: str, suffix: str) -> Path:
    """A fresh name in `folder`, registered before anything is written under it."""
    path = Path(folder) / f"{prefix}{uuid.uuid4().hex[:12]}{suffix}"
    register(path)
    return path


def register(path: Path) -> None:
    global _registered_exit
    entry = _own_entry()
    entry.parent.mkdir(parents=True, exist_ok=True)
    with entry.open("a", encoding="utf-8") as handle:
        handle.write(str(Path(path).resolve()) + "\n")
        handle.flush()
    if not _registered_exit:  # a process that ends normally leaves no registry behind
        atexit.register(_forget_own_entry)
        _registered_exit = True


def remove(path: Path) -> None:
    """Delete a temporary file and what SQLite may have put beside it."""
    for suffix in _SIBLINGS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def sweep() -> list[Path]:
    """Delete the temporary files of processes that ended without cleaning up; return them."""
    folder = registry_dir()
    if not folder.is_dir():
        return []
    removed: list[Path] = []
    for entry in folder.glob("*.txt"):
        try:
            pid = int(entry.stem)
        except ValueError:
            continue
        if pid == os.getpid() or _alive(pid):
            continue
        try:
            listed = entry.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in filter(None, listed):
            path = Path(line)
            if any(Path(f"{path}{suffix}").exists() for suffix in _SIBLINGS):
                try:
                    remove(path)
                    removed.append(path)
                except OSError:
                    continue
        entry.unlink(missing_ok=True)
    return removed


def _forget_own_entry() -> None:
    entry = _own_entry()
    try:
        for line in filter(None, entry.read_text(encoding="utf-8").splitlines()):
            remove(Path(line))
    except OSError:
        pass
    entry.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
