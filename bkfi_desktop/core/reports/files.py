"""All-or-nothing output files: each is written to a temporary file beside its target, then renamed."""

from __future__ import annotations

import os
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from bkfi_desktop.errors import BkfiError, os_error_reason


def _reason(exc: OSError) -> str:
    return os_error_reason(exc)


def write_error(path: Path, exc: OSError) -> BkfiError:
    return BkfiError(f"Không ghi được tệp “{path}”: {_reason(exc)}; báo cáo chưa được lập.")


@dataclass
class StagedFiles:
    """Files written but not yet in place.

    ``commit`` renames them all into place, keeping any file it replaces aside; ``finish`` (once the
    database has recorded them) drops those old copies; ``discard`` removes the temporaries and, if
    ``finish`` was not reached, puts every replaced file back and removes every new one.
    """

    pending: list[tuple[Path, Path]] = field(default_factory=list)  # (temporary, final)
    placed: list[tuple[Path, Path | None]] = field(default_factory=list)  # (final, previous file kept aside)
    finished: bool = False

    def stage(self, target: Path, data: bytes) -> None:
        target = Path(target).expanduser()
        if target.is_dir():
            raise BkfiError(f"“{target}” là một thư mục; hãy chọn tên tệp để lưu báo cáo.")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                    stream.flush()
                    os.fsync(stream.fileno())
            except BaseException:
                Path(name).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise write_error(target, exc) from exc
        self.pending.append((Path(name), target.resolve()))

    def commit(self) -> None:
        for temporary, final in self.pending:
            previous = None
            try:
                if final.exists():
                    previous = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.previous")
                    os.replace(final, previous)
                os.replace(temporary, final)
            except OSError as exc:
                if previous is not None and previous.exists() and not final.exists():
                    os.replace(previous, final)
                self.undo()
                raise write_error(final, exc) from exc
            self.placed.append((final, previous))

    def undo(self) -> None:
        """Put back what ``commit`` replaced; remove what it added."""
        for final, previous in reversed(self.placed):
            try:
                if previous is not None:
                    os.replace(previous, final)
                else:
                    final.unlink(missing_ok=True)
            except OSError:
                pass  # best effort: the database was not changed, the message already says so
        self.placed.clear()

    def finish(self) -> None:
        """The files are recorded: the copies kept aside are no longer needed."""
        self.finished = True
        for _final, previous in self.placed:
            if previous is not None:
                previous.unlink(missing_ok=True)

    def discard(self) -> None:
        for temporary, _final in self.pending:
            temporary.unlink(missing_ok=True)
        if not self.finished:
            self.undo()
