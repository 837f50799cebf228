"""Signers the compiling office accepts for a unit their certificate does not name (a leader who
signs for two units): remembered, audited, and counted by every later compile (GUI and CLI).

The certificate's chain, integrity and revocation are still checked for every report; this only lifts
the refusal "signer of another organisation than the unit".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.signer_identity import SignerIdentity, signer_identity
from bkfi_desktop.core.store.models import AcceptedSigner
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.textvn.normalize import nfc


@dataclass(frozen=True)
class SignerAcceptance:
    unit: str
    signer: str
    organisations: tuple[str, ...]
    file: str
    accepted_at: dt.datetime

    def to_json(self) -> dict[str, object]:
        return {
            "unit": self.unit, "signer": self.signer, "organisations": list(self.organisations),
            "file": self.file, "accepted_at": self.accepted_at.isoformat(),
        }


def accept_signer(
    session: Session, unit: str, signer: str | None, organisations: Iterable[str], *, file: str = ""
) -> bool:
    """Accept `signer` (of `organisations`) for `unit`; False when already accepted. Audited."""
    unit, signer = nfc(unit or "").strip(), nfc(signer or "").strip()
    names = tuple(nfc(name).strip() for name in organisations if name and name.strip())
    if not unit or not signer:
        raise InvalidInputError("Cần biết tên đơn vị và tên người ký để chấp nhận người ký.")
    unit_key, signer_key, organisation_key = signer_identity(unit, signer, names)
    known = session.scalar(
        select(AcceptedSigner.id).where(
            AcceptedSigner.unit_key == unit_key, AcceptedSigner.signer_key == signer_key,
            AcceptedSigner.organisation_key == organisation_key,
        )
    )
    if known is not None:
        return False
    row = AcceptedSigner(
        unit_name=unit, unit_key=unit_key, signer=signer, signer_key=signer_key,
        organisations="; ".join(names), organisation_key=organisation_key, file=nfc(file),
    )
    session.add(row)
    session.flush()
    where = " / ".join(names) or "không ghi tổ chức"
    audit.record(
        session, "create", "accepted_signer", row.id,
        f"Chấp nhận người ký {signer} ({where}) ký báo cáo của {unit}",
        {"unit": unit, "signer": signer, "organisations": list(names), "file": row.file},
    )
    return True


def accepted_identities(session: Session) -> set[SignerIdentity]:
    """What the compile matches against: (unit, signer, organisations), folded."""
    return {
        (row.unit_key, row.signer_key, row.organisation_key) for row in session.scalars(select(AcceptedSigner))
    }


def list_accepted_signers(session: Session) -> list[SignerAcceptance]:
    rows = session.scalars(select(AcceptedSigner).order_by(AcceptedSigner.unit_key, AcceptedSigner.id))
    return [
        SignerAcceptance(
            row.unit_name, row.signer, tuple(p for p in row.organisations.split("; ") if p), row.file,
            row.accepted_at,
        )
        for row in rows
    ]
