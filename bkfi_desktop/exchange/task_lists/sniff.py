"""What kind of file the user gave us, judged by its content (the extension is only a hint).

The formats we read, and the signatures they are known by, are listed in `registry.FORMATS`; this module
refuses what no reader takes (old .xls/.doc, password-protected files, images, HTML renamed .xls …)
and otherwise returns the registered format whose signature the content carries.

Every refusal is an InvalidInputError with one Vietnamese line that names the file and says what
to do: an old .xls is saved again as .xlsx, a password is removed, a truncated download is fetched
again. Nothing here reads the whole file into memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.office_budget import check_zip_directory
from bkfi_desktop.exchange.task_lists.registry import (
    TaskListFormat,
    by_extension,
    by_magic,
    by_zip_parts,
    package_extensions,
    text_format,
    zip_folders,
)

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
# What the zip members may unpack to: far above any real appendix, far below a zip bomb.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def file_error(path: Path, reason: str, where: str = "") -> InvalidInputError:
    """The one-line message every reader uses: the file's name, where in it, then the reason.

    reason reads as a predicate of "Tệp “X”": "bị hỏng …", "là định dạng Excel cũ …".
    """
    place = f" ({where})" if where else ""
    return InvalidInputError(f"Tệp “{path.name}”{place} {reason}")


def detect_kind(path: Path) -> str:
    """The registered kind of the file ("xlsx", "docx", "pdf", "text", "csv"); see detect_format."""
    return detect_format(path).kind


def detect_format(path: Path) -> TaskListFormat:
    """Check size and content; return the format that reads the file or raise InvalidInputError."""
    if not path.exists():
        raise InvalidInputError(f"Không tìm thấy tệp “{path}”.")
    if path.is_dir():
        raise InvalidInputError(f"“{path.name}” là một thư mục, không phải tệp.")
    size = path.stat().st_size
    if size == 0:
        raise file_error(path, "rỗng (0 byte), không có nội dung để nhập.")
    if size > MAX_BYTES:
        mb = f"{size / 1024 / 1024:.1f}".replace(".", ",")
        raise file_error(path, f"quá lớn ({mb} MB; tối đa 20 MB). Hãy tách bảng nhiệm vụ ra tệp riêng.")
    with path.open("rb") as handle:
        head = handle.read(4096)
    suffix = path.suffix.lower()
    if head.startswith(_ZIP_MAGICS):
        return _zip_kind(path, suffix)
    if head.startswith(_OLE_MAGIC):
        raise _ole_error(path)
    recognised = by_magic(head)
    if recognised is not None:
        return recognised
    _refuse_known_binary(path, head)
    if suffix in package_extensions():
        if _looks_like_html(head):
            raise file_error(
                path,
                "thực chất là trang HTML (thường do phần mềm xuất ra với đuôi Excel); "
                "hãy mở bằng Excel rồi lưu lại dưới dạng .xlsx.",
            )
        if suffix in (".xls", ".doc"):
            raise _ole_error(path)
        raise file_error(
            path,
            f"có đuôi {suffix} nhưng nội dung không phải {_format_name(suffix)} "
            "(tệp bị đổi tên hoặc bị hỏng).",
        )
    if not _looks_like_text(head):
        raise file_error(path, "không phải tệp Excel (.xlsx), Word (.docx) hay văn bản (.txt).")
    return text_format(suffix)


def _format_name(suffix: str) -> str:
    fmt = by_extension(suffix)
    return fmt.name if fmt is not None else suffix


def _zip_kind(path: Path, suffix: str) -> TaskListFormat:
    check_zip_directory(path)  # a huge central directory is refused before zipfile loads it
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise file_error(path, "bị hỏng hoặc không đầy đủ (có thể tải về chưa xong); hãy lấy lại tệp gốc.") from exc
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise file_error(path, "khi giải nén lớn bất thường (trên 400 MB); không phải phụ lục nhiệm vụ thông thường.")
    names = {member.filename for member in members}
    recognised = by_zip_parts(names)
    if recognised is not None:
        return recognised
    if "xl/workbook.bin" in names:
        raise file_error(path, "là sổ Excel nhị phân (.xlsb); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.")
    if "mimetype" in names and "content.xml" in names:
        raise file_error(
            path, "là tệp OpenDocument (.ods/.odt); hãy lưu lại dưới dạng .xlsx (bảng tính) hoặc .docx (văn bản)."
        )
    if any(name.startswith(zip_folders()) for name in names) or suffix in (".xlsx", ".docx"):
        raise file_error(path, "bị hỏng: thiếu phần nội dung chính của tệp Excel/Word; hãy lấy lại tệp gốc.")
    raise file_error(path, "là tệp nén (.zip), không phải tệp Excel (.xlsx) hay Word (.docx).")


def _ole_error(path: Path) -> InvalidInputError:
    """An OLE compound file: a password-protected .xlsx/.docx, or an old .xls/.doc."""
    streams = _ole_stream_names(path)
    if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
        return file_error(
            path,
            "được đặt mật khẩu; hãy mở bằng Excel/Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ) "
            "rồi lưu lại và nhập lại.",
        )
    if "WordDocument" in streams or path.suffix.lower() == ".doc":
        return file_error(path, "là định dạng Word cũ (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.")
    if "Workbook" in streams or "Book" in streams or path.suffix.lower() == ".xls":
        return file_error(
            path, "là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx rồi nhập lại."
        )
    return file_error(path, "là tệp Office cũ không đọc được; hãy lưu lại dưới dạng .xlsx hoặc .docx.")


def _ole_stream_names(path: Path) -> set[str]:
    """Stream names found in an OLE file's directory entries (UTF-16LE, 64-byte names)."""
    wanted = ("EncryptedPackage", "EncryptionInfo", "WordDocument", "Workbook", "Book")
    found: set[str] = set()
    with path.open("rb") as handle:
        data = handle.read(min(path.stat().st_size, 4 * 1024 * 1024))
    for name in wanted:
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        if encoded in data:
            found.add(name)
    return found


def _refuse_known_binary(path: Path, head: bytes) -> None:
    if head.startswith(b"{\\rtf"):
        raise file_error(path, "là tệp RTF; hãy mở bằng Word và lưu lại dưới dạng .docx.")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise file_error(path, "là tệp ảnh; hãy dùng bản Word (.docx) hoặc Excel (.xlsx) của kế hoạch.")


def _looks_like_html(head: bytes) -> bool:
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return sample.startswith((b"<html", b"<!doctype html", b"<?xml")) or b"<table" in sample[:2048]


def _looks_like_text(head: bytes) -> bool:
    if head.startswith(_TEXT_BOMS):
        return True
    if b"\x00" in head:
        # UTF-16 without a BOM: every other byte is zero for Vietnamese/ASCII text.
        return head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(head) // 100
