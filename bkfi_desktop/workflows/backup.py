"""Whole-workspace backup: one .zip that moves everything a unit has to a new PC.

The archive holds the database (a consistent copy made with SQLite's backup API), the evidence
files, the trust roots and CRLs, every issued and signed report with its Excel appendix, the
signature and seal images, and the settings file, with a manifest listing each file's SHA-256, the
schema revision and where each report and image was referenced from, so that `restore_archive`
(workflows/restore.py) can check it whole and rewrite the paths on the new PC.

Scheduled backups (`auto_backup_due`, `write_auto_backup`) write the same archive into
`backups/tu-dong/` beside the workspace and keep the newest N.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from bkfi_desktop import __version__, paths
from bkfi_desktop.core.store import backup as db_backup
from bkfi_desktop.core.store.models import Profile, Report
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError, os_error_reason
from bkfi_desktop.workflows.progress import Progress

FORMAT = "bkfi.workspace-backup/1"
MANIFEST = "manifest.json"
DATABASE_ENTRY = "database/bkfi.db"
# Folders of the data folder (shared by every workspace there) that the archive carries whole.
DATA_FOLDERS = ("trust", "crl")
SETTINGS_FILE = "settings.ini"
PROFILE_IMAGE_FIELDS = ("signature_image", "seal_image")
REPORT_FILE_FIELDS = ("pdf_path", "xlsx_path", "signed_path")
AUTO_FOLDER = "tu-dong"
AUTO_PREFIX = "bkfi-tu-dong-"
# Already compressed: storing them as they are saves time and changes nothing in size.
_STORED_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".zip", ".docx", ".xlsx", ".mp4", ".gif", ".webp", ".rar"}


@dataclass(frozen=True)
class BackupSummary:
    archive: Path
    files: int
    evidence: int
    reports: int
    size: int


@dataclass(frozen=True)
class _Entry:
    source: Path
    name: str  # inside the archive, POSIX
    kind: str  # database | evidence | trust | crl | report | image | settings


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _files_under(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.endswith(".partial"):
                yield path


def _collect(workspace: Workspace) -> tuple[list[_Entry], list[dict], list[dict]]:
    """Every file the archive carries, and where the database refers to reports and images."""
    entries = [_Entry(source, "evidence/" + source.relative_to(workspace.evidence_dir).as_posix(), "evidence")
               for source in _files_under(workspace.evidence_dir)]
    data = paths.data_dir()
    for folder in DATA_FOLDERS:
        entries += [_Entry(source, f"{folder}/" + source.relative_to(data / folder).as_posix(), folder)
                    for source in _files_under(data / folder)]
    if (data / SETTINGS_FILE).is_file():
        entries.append(_Entry(data / SETTINGS_FILE, f"settings/{SETTINGS_FILE}", "settings"))
    reports: list[dict] = []
    images: list[dict] = []
    with workspace.session() as session:
        for report in session.scalars(select(Report).order_by(Report.id)):
            for field in REPORT_FILE_FIELDS:
                source = Path(getattr(report, field) or "")
                if getattr(report, field) and source.is_file():
                    name = f"reports/{report.id}/{field}/{source.name}"
                    entries.append(_Entry(source, name, "report"))
                    reports.append({"id": report.id, "field": field, "entry": name})
        profile = session.scalar(select(Profile).limit(1))
        for field in PROFILE_IMAGE_FIELDS:
            value = getattr(profile, field, "") if profile else ""
            if value and Path(value).is_file():
                name = f"images/{field}/{Path(value).name}"
                entries.append(_Entry(Path(value), name, "image"))
                images.append({"field": field, "entry": name})
    return entries, reports, images


def write_full_backup(workspace: Workspace, archive: Path, progress: Progress | None = None) -> BackupSummary:
    """Write the whole workspace to `archive` (.zip). All or nothing: a failure leaves no archive."""
    progress = progress or Progress()
    archive = Path(archive).expanduser()
    if archive.is_dir():
        archive = archive / f"bkfi-toan-bo-{dt.datetime.now():%Y%m%d-%H%M%S}.zip"
    progress.step(0, "Đang liệt kê dữ liệu cần sao lưu…")
    entries, reports, images = _collect(workspace)
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
        handle, partial_name = tempfile.mkstemp(prefix=f".{archive.name}.", suffix=".partial", dir=archive.parent)
        os.close(handle)
    except OSError as exc:
        raise BkfiError(f"Không ghi được tệp sao lưu “{archive}”: {os_error_reason(exc)}.") from None
    partial = Path(partial_name)
    try:
        with tempfile.TemporaryDirectory(prefix="bkfi-sao-luu-") as scratch:
            database = db_backup.backup_to(workspace.path, Path(scratch) / "bkfi.db")
            entries.insert(0, _Entry(database, DATABASE_ENTRY, "database"))
            listed = []
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
                for index, entry in enumerate(entries):
                    progress.step(5 + 90 * index / max(1, len(entries)), f"Đang sao lưu {entry.source.name}…")
                    stored = entry.source.suffix.lower() in _STORED_SUFFIXES
                    zf.write(entry.source, entry.name, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
                    listed.append({"entry": entry.name, "kind": entry.kind, "sha256": sha256_of(entry.source),
                                   "size": entry.source.stat().st_size})
                manifest = {
                    "format": FORMAT,
                    "program_version": __version__,
                    "schema_revision": workspace.migration_state().current,
                    "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "workspace_name": workspace.path.name,
                    "files": listed,
                    "reports": reports,
                    "images": images,
                }
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        progress.step(97, "Đang hoàn tất tệp sao lưu…")
        partial.replace(archive)
    except OSError as exc:
        raise BkfiError(f"Không ghi được tệp sao lưu “{archive}”: {os_error_reason(exc)}.") from None
    finally:
        partial.unlink(missing_ok=True)
    progress.report(100, "Đã sao lưu.")  # done: too late to cancel
    return BackupSummary(
        archive=archive,
        files=len(entries),
        evidence=sum(1 for e in entries if e.kind == "evidence"),
        reports=len({r["id"] for r in reports}),
        size=archive.stat().st_size,
    )


# --- scheduled backups ------------------------------------------------------------------------------


def auto_backup_dir(workspace_path: Path) -> Path:
    return paths.backups_dir(workspace_path) / AUTO_FOLDER


def auto_backups(workspace_path: Path) -> list[Path]:
    """Scheduled archives, oldest first (their names carry the time, so name order is time order)."""
    folder = auto_backup_dir(workspace_path)
    return sorted(folder.glob(f"{AUTO_PREFIX}*.zip")) if folder.is_dir() else []


def last_auto_backup_time(workspace_path: Path) -> dt.datetime | None:
    found = auto_backups(workspace_path)
    return dt.datetime.fromtimestamp(found[-1].stat().st_mtime) if found else None


def auto_backup_due(workspace_path: Path, now: dt.datetime | None = None, every: dt.timedelta = dt.timedelta(days=1)) -> bool:
    last = last_auto_backup_time(workspace_path)
    return last is None or (now or dt.datetime.now()) - last >= every


def write_auto_backup(workspace: Workspace, keep: int, progress: Progress | None = None) -> BackupSummary:
    """One scheduled archive in backups/tu-dong/, then only the newest `keep` are kept."""
    # Microseconds too: two backups in one second (a test, a double click) must not share a name.
    target = auto_backup_dir(workspace.path) / f"{AUTO_PREFIX}{dt.datetime.now():%Y%m%d-%H%M%S-%f}.zip"
    summary = write_full_backup(workspace, target, progress)
    prune_auto_backups(workspace.path, keep)
    return summary


def prune_auto_backups(workspace_path: Path, keep: int) -> list[Path]:
    """Delete the oldest scheduled archives beyond `keep` (at least one is always kept)."""
    found = auto_backups(workspace_path)
    removed = found[: max(0, len(found) - max(1, keep))]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
