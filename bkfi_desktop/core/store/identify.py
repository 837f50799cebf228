"""Know what a file is before anything writes to it.

Opening a database through the engine sets WAL mode, which rewrites the file's header: a file that is
then refused would no longer be "kept as is". So a file is identified first, read-only, with plain
sqlite3: a BKFI workspace of a revision this program knows (or a new/empty file), else refused with
the reason. The place is checked too: a healthy workspace in a folder nobody may write to is said to
be read-only, not damaged.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from bkfi_desktop.errors import DatabaseError

MIGRATIONS_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
# Tables every BKFI workspace has had since the first revision: with alembic_version, they tell a
# workspace from a newer program apart from another program's database.
_BKFI_TABLES = {"plan", "task", "unit", "profile"}


class ReadOnlyPlaceError(DatabaseError):
    """The workspace is fine but its file or folder cannot be written (permissions, read-only media)."""


def known_revisions() -> set[str]:
    """Revision ids of this program's migrations: files are named NNNN_<what>.py with revision NNNN."""
    return {path.name.split("_", 1)[0] for path in MIGRATIONS_VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py")}


def read_only_uri(path: Path) -> str:
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def sqlite_reason(exc: BaseException, path: Path) -> str:
    """Why SQLite refused, in Vietnamese, from its message and the place (never the SQL or data)."""
    text = str(getattr(exc, "orig", exc)).lower()
    place = read_only_reason(path)
    if place is not None and ("readonly" in text or "read-only" in text or "unable to open" in text):
        return place
    if "locked" in text or "busy" in text:
        return "tệp đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử lại"
    if "full" in text:
        return "ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại"
    if "readonly" in text or "read-only" in text:
        return "tệp chỉ cho phép đọc (kiểm tra quyền ghi của tệp và thư mục chứa nó)"
    if "unable to open" in text:
        return "không mở được tệp (kiểm tra quyền truy cập tệp và thư mục)"
    if "malformed" in text or "not a database" in text or "disk image" in text:
        return "tệp bị hỏng; hãy chạy “bkfi db check” hoặc khôi phục từ bản sao lưu"
    return "lỗi khi đọc hoặc ghi tệp"


def read_only_reason(path: Path) -> str | None:
    """Why the workspace file (or the folder that must hold its journal) cannot be written, or None."""
    folder = path.parent
    if _on_read_only_media(folder):
        return f"tệp nằm trên ổ chỉ đọc (đĩa CD, USB khóa ghi hoặc ổ mạng chỉ đọc): “{folder}”"
    if path.exists() and not os.access(path, os.W_OK):
        return f"không có quyền ghi vào tệp “{path.name}” (tệp chỉ đọc hoặc thuộc người dùng khác)"
    if folder.exists() and not os.access(folder, os.W_OK):
        return f"không có quyền ghi vào thư mục “{folder}”"
    return None


def _on_read_only_media(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs; os.access covers it there
        return False


def identify_workspace(path: Path) -> str | None:
    """The workspace's schema revision, None for a new or empty file; raises DatabaseError, having
    written nothing, for anything that is not a workspace this program may open."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(f"Tệp “{path}” không phải là tệp dữ liệu BKFI Desktop (không phải SQLite); tệp được giữ nguyên.")
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Không mở được tệp dữ liệu “{path}”: {sqlite_reason(exc, path)}; tệp được giữ nguyên.") from exc
    if not tables:
        return None
    if revision is None and tables != {"alembic_version"}:
        raise DatabaseError(f"Tệp “{path}” không phải là tệp dữ liệu BKFI Desktop (cơ sở dữ liệu của chương trình khác); tệp được giữ nguyên.")
    if revision is not None and revision not in known_revisions():
        if _BKFI_TABLES <= tables:
            raise DatabaseError(
                f"Tệp dữ liệu “{path}” được tạo bởi một phiên bản BKFI Desktop mới hơn (lược đồ {revision}); "
                "hãy cập nhật chương trình. Tệp được giữ nguyên."
            )
        raise DatabaseError(f"Tệp “{path}” không phải là tệp dữ liệu BKFI Desktop (cơ sở dữ liệu của chương trình khác); tệp được giữ nguyên.")
    return revision


def refuse_read_only_place(path: Path) -> None:
    reason = read_only_reason(path)
    if reason is not None:
        raise ReadOnlyPlaceError(
            f"Không mở được tệp dữ liệu “{path}” để làm việc: {reason}. Hãy chép tệp sang một thư mục "
            "có quyền ghi (ví dụ Tài liệu) rồi mở lại; tệp được giữ nguyên."
        )
