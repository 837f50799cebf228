"""All-or-nothing output files: each is written to a temporary file beside its target, then renamed."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bkfi_desktop.errors import BkfiError, os_error_reason


def _reason(exc: OSError) -> str:
    return os_error_reason(exc)


def write_error(path: Path, exc: OSError) -> BkfiError:
    return BkfiError(f"Không ghi được tệp “{path}”: {_reason(exc)}; báo cáo chưa được lập.")


@dataclass
class StagedFiles:
    """Files written but not yet in place. ``commit`` renames them all; ``discard`` removes them."""

    pending: list[tuple[Path, Path]] = field(default_factory=list)  # (temporary, final)
    placed: list[Path] = field(default_factory=list)

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
            try:
                os.replace(temporary, final)
            except OSError as exc:
                raise write_error(final, exc) from exc
            self.placed.append(final)

    def discard(self) -> None:
        for temporary, _final in self.pending:
            temporary.unlink(missing_ok=True)
