"""The audit log: every change a user makes, written in the same transaction as the change."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core.store.models import AuditEntry


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (service accounts, odd Windows setups)
        return ""


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        action=action, entity=entity, entity_id=entity_id, summary=summary, detail=detail, actor=current_actor()
    )
    session.add(entry)
    return entry


def recent(session: Session, limit: int = 100) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
