"""User-facing errors.

Every error a clerk can cause (a bad file, a wrong PIN, a missing task) is a BkfiError whose
message is one Vietnamese sentence, ready to show in a dialog or print on stderr. Never put a
secret (PIN, password) in a message.
"""


class BkfiError(Exception):
    """An error with a Vietnamese, user-facing message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(BkfiError):
    """A record named by the user does not exist."""


class InvalidInputError(BkfiError):
    """A value or a file given by the user cannot be used."""


class DatabaseError(BkfiError):
    """The workspace file is damaged, locked, or newer than this program."""


class Cancelled(BkfiError):
    """The user asked to stop (Hủy, Esc, closing the window); raised between steps, nothing half-done.

    The one cancel exception of every layer (see bkfi_desktop.workflows.progress). It lives here, not
    in workflows, so that core, exchange and documents can raise it without importing workflows.
    """

    def __init__(self, message: str = "Đã hủy theo yêu cầu.") -> None:
        super().__init__(message)


def os_error_reason(exc: OSError) -> str:
    """Why the system refused a file operation, in Vietnamese (the OS's own text is English)."""
    import errno

    if exc.errno == errno.ENOSPC:
        return "ổ đĩa đã đầy"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "không có quyền ghi"
    if exc.errno == errno.EROFS:
        return "ổ đĩa chỉ cho phép đọc"
    if isinstance(exc, IsADirectoryError):
        return "đường dẫn là một thư mục"
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "thư mục chứa tệp không tồn tại và không tạo được"
    return f"lỗi hệ thống (mã {exc.errno})"
