"""The workspace profile: who this workspace belongs to and what its reports print."""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.store.models import Profile, Unit
from bkfi_desktop.core.units import ensure_unit
from bkfi_desktop.errors import InvalidInputError

EDITABLE_FIELDS = (
    "kind",
    "unit_name",
    "parent_agency",
    "place_name",
    "number_prefix",
    "signer_name",
    "signer_position",
    "signer_authority",
    "receiving_office",
    "recipients",
    "cutoff",
    "signature_image",
    "seal_image",
    "pkcs11_library",
    "timestamp_url",
    "language",
)


def get_profile(session: Session) -> Profile:
    profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
    if profile is None:
        profile = Profile(id=1)
        session.add(profile)
        session.flush()
    return profile


def profile_values(session: Session) -> dict[str, Any]:
    """The editable fields as plain values (lists and dicts copied): the profile as the GUI shows it,
    safe to keep after the session closes."""
    profile = get_profile(session)
    return {name: copy.deepcopy(getattr(profile, name)) for name in EDITABLE_FIELDS}


def update_profile(session: Session, **fields: Any) -> Profile:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInputError(f"Không có trường cấu hình “{', '.join(sorted(unknown))}”.")
    profile = get_profile(session)
    changed = {}
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip()
        if getattr(profile, name) != value:
            setattr(profile, name, value)
            changed[name] = value
    if "unit_name" in changed and profile.unit_name:
        unit, _created = ensure_unit(session, profile.unit_name)
        profile.unit_id = unit.id
    if changed:
        audit.record(session, "update", "profile", profile.id, "Cập nhật thông tin đơn vị", {"fields": sorted(changed)})
    return profile


def own_unit(session: Session) -> Unit | None:
    profile = get_profile(session)
    return session.get(Unit, profile.unit_id) if profile.unit_id else None


def set_own_unit(session: Session, name: str) -> Unit:
    update_profile(session, unit_name=name)
    unit = own_unit(session)
    assert unit is not None
    return unit
