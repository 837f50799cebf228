"""Restore a whole-workspace archive (workflows/backup.py), on this PC or into an empty data folder on a new one.

Checked before anything changes: the manifest's format, every file's SHA-256, the database's
integrity and its schema revision (one this program knows; an older one is upgraded as on every
open). Reports and signature/seal images are put beside the workspace (`bao-cao/`, `hinh-anh/`) and
the database is rewritten to point at them; evidence keeps its hash names under `evidence/`; trust
roots and CRLs go to the data folder. If the workspace already exists, it is copied to `backups/`
first. A failure part-way removes every file it had put in place and leaves the database untouched.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from bkfi_desktop import paths
from bkfi_desktop.core.store import backup as db_backup
from bkfi_desktop.core.store.engine import make_engine
from bkfi_desktop.core.store.migrate import migration_state, sqlite_integrity_problems
from bkfi_desktop.core.store.models import Profile, Report
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError, DatabaseError, os_error_reason
from bkfi_desktop.workflows.backup import (
    DATA_FOLDERS,
    DATABASE_ENTRY,
    FORMAT,
    MANIFEST,
    SETTINGS_FILE,
    sha256_of,
)
from bkfi_desktop.workflows.progress import Progress


@dataclass(frozen=True)
class RestoreSummary:
    workspace: Path
    evidence: int
    reports: int
    trust: int
    previous_copy: Path | None  # the workspace as it was, when one existed


def is_full_backup(path: Path) -> bool:
    if not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as zf:
        return MANIFEST in zf.namelist()


def _safe_name(name: str) -> PurePosixPath:
    """An archive entry as a relative path that cannot climb out of the folder it is unpacked into."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts or ":" in path.parts[0]:
        raise ValueError(name)
    return path


def _read_manifest(archive: Path, zf: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (KeyError, ValueError):
        raise BkfiError(f"Tệp “{archive}” không phải là bản sao lưu toàn bộ của BKFI Desktop (thiếu {MANIFEST}).") from None
    if manifest.get("format") != FORMAT:
        raise BkfiError(
            f"Tệp “{archive}” là bản sao lưu dạng “{manifest.get('format')}”, phiên bản này chỉ đọc được {FORMAT}."
        )
    return manifest


def _unpack(archive: Path, zf: zipfile.ZipFile, manifest: dict, staging: Path, progress: Progress) -> None:
    """Extract every listed file into staging, checking its hash; any mismatch stops the restore."""
    listed = manifest.get("files", [])
    for index, item in enumerate(listed):
        name = item["entry"]
        progress.step(5 + 55 * index / max(1, len(listed)), f"Đang kiểm tra {PurePosixPath(name).name}…")
        try:
            target = staging.joinpath(*_safe_name(name).parts)
        except ValueError:
            raise BkfiError(f"Tệp sao lưu “{archive}” chứa đường dẫn không hợp lệ “{name}”.") from None
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        try:
            with zf.open(name) as source, open(target, "wb") as out:
                for block in iter(lambda: source.read(1 << 20), b""):
                    digest.update(block)
                    out.write(block)
        except KeyError:
            raise BkfiError(f"Tệp sao lưu “{archive}” thiếu tệp “{name}” ghi trong danh mục; dữ liệu hiện tại được giữ nguyên.") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile):
            raise BkfiError(f"Tệp sao lưu “{archive}” bị hỏng ở “{name}”; dữ liệu hiện tại được giữ nguyên.") from None
        if digest.hexdigest() != item.get("sha256"):
            raise BkfiError(
                f"Tệp sao lưu “{archive}” bị hỏng: “{name}” không khớp mã băm SHA-256; dữ liệu hiện tại được giữ nguyên."
            )


def _free_name(folder: Path, name: str, digest: str) -> Path:
    """`name` in folder, or “name (2)” … when a different file already has it; the same file is reused."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    counter = 2
    while candidate.exists() and sha256_of(candidate) != digest:
        candidate = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return candidate


class _Placement:
    """Files put in place so far, removed again if the restore fails before the database is replaced."""

    def __init__(self) -> None:
        self.added: list[Path] = []  # files and the folders made for them, in creation order

    def put(self, staged: Path, target: Path) -> None:
        if target.exists():
            return  # same name: evidence, trust roots and CRLs are named by their hash
        missing = [folder for folder in reversed(target.parents) if not folder.exists()]
        target.parent.mkdir(parents=True, exist_ok=True)
        self.added += missing
        shutil.copyfile(staged, target)
        self.added.append(target)

    def undo(self) -> None:
        for path in reversed(self.added):
            try:
                path.rmdir() if path.is_dir() else path.unlink(missing_ok=True)
            except OSError:
                pass  # best effort; the message already says the data was kept


def _check_database(archive: Path, staged_db: Path) -> None:
    """Integrity and schema revision, before a single file is put in place."""
    problems = sqlite_integrity_problems(staged_db)
    if problems:
        raise DatabaseError(f"Cơ sở dữ liệu trong “{archive}” bị hỏng ({problems[0]}); dữ liệu hiện tại được giữ nguyên.")
    probe = make_engine(staged_db)
    try:
        state = migration_state(probe)
    except SQLAlchemyError:
        raise DatabaseError(f"Tệp “{archive}” không chứa tệp dữ liệu BKFI Desktop; dữ liệu hiện tại được giữ nguyên.") from None
    finally:
        probe.dispose()
    if state.current is None or not state.known:
        raise DatabaseError(
            f"Bản sao lưu “{archive}” được tạo bởi một phiên bản BKFI Desktop mới hơn (lược đồ {state.current}); "
            "hãy cập nhật chương trình rồi khôi phục lại. Dữ liệu hiện tại được giữ nguyên."
        )


def restore_archive(archive: Path, workspace_path: Path, progress: Progress | None = None) -> RestoreSummary:
    progress = progress or Progress()
    archive = Path(archive).expanduser()
    workspace_path = Path(workspace_path).expanduser().resolve()
    if not archive.is_file():
        raise BkfiError(f"Không tìm thấy tệp sao lưu “{archive}”.")
    if not zipfile.is_zipfile(archive):
        raise BkfiError(f"Tệp “{archive}” không phải là tệp .zip sao lưu toàn bộ của BKFI Desktop.")
    progress.step(0, "Đang đọc tệp sao lưu…")
    try:
        workspace_path.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".khoi-phuc-", dir=workspace_path.parent))
    except OSError as exc:
        raise BkfiError(f"Không tạo được thư mục dữ liệu “{workspace_path.parent}”: {os_error_reason(exc)}.") from None
    placement = _Placement()
    try:
        with zipfile.ZipFile(archive) as zf:
            manifest = _read_manifest(archive, zf)
            _unpack(archive, zf, manifest, staging, progress)
        staged_db = staging / DATABASE_ENTRY
        if not staged_db.is_file():
            raise BkfiError(f"Tệp sao lưu “{archive}” không chứa cơ sở dữ liệu.")
        _check_database(archive, staged_db)
        progress.step(62, "Đang đặt các tệp vào thư mục dữ liệu…")
        counts = _place_files(manifest, staging, workspace_path, placement)
        progress.step(75, "Đang cập nhật đường dẫn trong cơ sở dữ liệu…")
        _rewrite_paths(staged_db, manifest, staging, workspace_path, placement)
        progress.step(90, "Đang thay cơ sở dữ liệu…")
        previous = None
        if workspace_path.exists():
            previous = db_backup.backup_to(
                workspace_path, db_backup.default_backup_path(workspace_path, "truoc-khoi-phuc")
            )
        db_backup.backup_to(staged_db, workspace_path)
        for suffix in ("-wal", "-shm"):
            Path(str(workspace_path) + suffix).unlink(missing_ok=True)
    except OSError as exc:
        placement.undo()
        raise BkfiError(f"Không khôi phục được vào “{workspace_path.parent}”: {os_error_reason(exc)}; "
                        "dữ liệu hiện tại được giữ nguyên.") from None
    except BaseException:
        placement.undo()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress.report(100, "Đã khôi phục.")  # done: too late to cancel
    return RestoreSummary(workspace_path, counts["evidence"], counts["reports"], counts["trust"], previous)


def _place_files(manifest: dict, staging: Path, workspace_path: Path, placement: _Placement) -> dict[str, int]:
    counts = {"evidence": 0, "reports": len({r["id"] for r in manifest.get("reports", [])}), "trust": 0}
    data = paths.data_dir()
    for item in manifest.get("files", []):
        entry = _safe_name(item["entry"])
        staged = staging.joinpath(*entry.parts)
        top, rest = entry.parts[0], entry.parts[1:]
        if item["kind"] == "evidence":
            placement.put(staged, paths.evidence_dir(workspace_path).joinpath(*rest))
            counts["evidence"] += 1
        elif item["kind"] in DATA_FOLDERS and top in DATA_FOLDERS:
            placement.put(staged, data / top / Path(*rest))
            counts["trust"] += item["kind"] == "trust"
        elif item["kind"] == "settings" and not (data / SETTINGS_FILE).exists():
            placement.put(staged, data / SETTINGS_FILE)
    return counts


def _rewrite_paths(staged_db: Path, manifest: dict, staging: Path, workspace_path: Path, placement: _Placement) -> None:
    """Point the reports and the signature/seal images at their new homes beside the workspace."""
    hashes = {item["entry"]: item["sha256"] for item in manifest.get("files", [])}
    placed: dict[str, Path] = {}

    def place(entry: str, folder: Path) -> Path:
        if entry not in placed:
            staged = staging.joinpath(*_safe_name(entry).parts)
            target = _free_name(folder, staged.name, hashes[entry])
            placement.put(staged, target)
            placed[entry] = target
        return placed[entry]

    workspace = Workspace.open(staged_db)  # upgrades an older schema; refuses a newer one untouched
    try:
        with workspace.transaction() as session:
            for ref in manifest.get("reports", []):
                report = session.get(Report, ref["id"])
                if report is not None:
                    setattr(report, ref["field"], str(place(ref["entry"], paths.reports_dir(workspace_path))))
            profile = session.scalar(select(Profile).limit(1))
            for ref in manifest.get("images", []):
                if profile is not None:
                    setattr(profile, ref["field"], str(place(ref["entry"], paths.images_dir(workspace_path))))
    finally:
        workspace.close()
