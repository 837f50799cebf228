"""The compiling office's board: for each unit expected to report, on time, late, refused (and why) or missing.

A report's lateness is judged by its signing time (Vietnam time) against the office's deadline; a
late report is still counted, and the board says by how many days. A unit whose only files were
refused shows the reason of the last of them; files no unit can be read from stay in `refused` only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bkfi_desktop.core.task_duties import unit_keys
from bkfi_desktop.documents.signing.certificates import VIETNAM_TZ
from bkfi_desktop.exchange.compilation_model import AcceptedReport, Compilation, RefusedFile
from bkfi_desktop.textvn.collation import vietnamese_sort_key
from bkfi_desktop.textvn.folding import fold_for_match

STATUS_LABELS = {
    "on_time": "Đã nộp hợp lệ",
    "late": "Nộp muộn",
    "refused": "Bị từ chối",
    "missing": "Chưa nộp",
}


@dataclass(frozen=True)
class BoardRow:
    unit: str
    status: str  # on_time | late | refused | missing
    reason: str
    signer: str | None = None
    signed_at: dt.datetime | None = None
    days_late: int = 0
    file: str | None = None
    path: Path | None = None
    on_roster: bool = True
    code: str = ""  # the refusal's code (REFUSAL_LABELS), for a refused row
    signer_organisations: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "status": self.status,
            "label": self.label,
            "reason": self.reason,
            "signer": self.signer,
            "signed_at": self.signed_at.astimezone(VIETNAM_TZ).isoformat() if self.signed_at else None,
            "days_late": self.days_late,
            "file": self.file,
            "on_roster": self.on_roster,
        }


def days_late(signed_at: dt.datetime | None, due: dt.date | None) -> int:
    if signed_at is None or due is None:
        return 0
    return max(0, (signed_at.astimezone(VIETNAM_TZ).date() - due).days)


def _accepted_row(unit: str, report: AcceptedReport, due: dt.date | None, on_roster: bool) -> BoardRow:
    late = days_late(report.signing_time, due)
    if late:
        reason = f"Ký sau hạn {due:%d/%m/%Y} {late} ngày; vẫn được tổng hợp."
    else:
        reason = "Hợp lệ, đúng hạn." if due else "Hợp lệ."
    return BoardRow(
        unit, "late" if late else "on_time", reason, report.signer, report.signing_time, late,
        report.file, report.path, on_roster,
    )


def _refused_row(unit: str, refusal: RefusedFile, on_roster: bool) -> BoardRow:
    return BoardRow(
        unit, "refused", f"{refusal.label}: {refusal.reason}", refusal.signer, refusal.signing_time, 0,
        refusal.file, refusal.path, on_roster, refusal.code, refusal.signer_organisations,
    )


def build_board(compilation: Compilation, roster: list[str], due: dt.date | None) -> list[BoardRow]:
    """One row per unit on the roster (in its order), then any other unit whose report came in.

    A report is the roster's unit when their names fold alike, the locality aside: the plan names
    "Phòng Tư pháp thành phố" where the unit's own report says "Phòng Tư pháp"."""
    accepted = [(unit_keys(report.unit_name), report) for report in compilation.accepted]
    refused: dict[str, tuple[frozenset[str], RefusedFile]] = {}
    for refusal in compilation.refused:
        if refusal.unit_name and refusal.code not in {"duplicate_uuid", "duplicate_unit"}:
            refused[fold_for_match(refusal.unit_name)] = (unit_keys(refusal.unit_name), refusal)  # the last wins
    rows: list[BoardRow] = []
    seen: list[frozenset[str]] = []
    used: set[int] = set()
    for unit in roster:
        keys = unit_keys(unit)
        if not keys or any(keys & known for known in seen):
            continue
        seen.append(keys)
        report = next((r for k, r in accepted if k & keys and id(r) not in used), None)
        refusal = next((r for k, r in refused.values() if k & keys), None)
        if report is not None:
            used.add(id(report))
            rows.append(_accepted_row(unit, report, due, True))
        elif refusal is not None:
            rows.append(_refused_row(unit, refusal, True))
        else:
            rows.append(BoardRow(unit, "missing", "Chưa nhận được báo cáo."))
    extra: list[BoardRow] = []
    for keys, report in accepted:
        if id(report) not in used and not any(keys & known for known in seen):
            seen.append(keys)
            extra.append(_accepted_row(report.unit_name, report, due, False))
    for keys, refusal in refused.values():
        if not any(keys & known for known in seen):
            seen.append(keys)
            extra.append(_refused_row(refusal.unit_name or refusal.file, refusal, False))
    extra.sort(key=lambda row: vietnamese_sort_key(row.unit))
    return rows + extra


def board_counts(rows: list[BoardRow]) -> dict[str, int]:
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for row in rows:
        counts[row.status] += 1
    return counts
