"""Who signed for which unit, folded the way unit names are, so an accepted signer is found again
whatever the spelling of a later report ("Phòng VH&TT" = "Phòng Văn hoá và Thông tin").

No database here: the compile (exchange) matches with it and the store (core.signer_acceptance) keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable

from bkfi_desktop.textvn.folding import fold_for_match

SignerIdentity = tuple[str, str, str]  # (unit, signer, organisations), each folded


def signer_identity(unit: str, signer: str | None, organisations: Iterable[str]) -> SignerIdentity:
    folded = sorted({fold_for_match(name) for name in organisations if name and name.strip()})
    return fold_for_match(unit), fold_for_match(signer or ""), " | ".join(folded)
