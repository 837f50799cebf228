"""Faster versions of two pure functions pyHanko's checking spends its time in, put in place when
verification is imported. Same inputs, same results and errors; only the time differs.

1. The reader for PDF hex strings.

A signature's /Contents is a hex string of tens of thousands of digits; pyHanko reads it one byte
at a time through Python (about a third of the time of checking a signed report, measured on
compile). This reads up to the closing ">" in blocks and decodes it at once. Anything unusual (a
comment inside the string, a stray character, no ">") is handed to pyHanko's reader from the same
position, so the result and the errors are exactly pyHanko's.

2. asn1crypto's RFC 4518 string preparation of certificate name values, run every time two names are
compared (pyHanko matches the signer's issuer and serial against each embedded certificate, the
registry hashes every root's name): a character-by-character stringprep in Python, about 2 ms per
signed report with Vietnamese names, on the same few strings again and again. It depends only on
its string, so its results are remembered.
"""

from __future__ import annotations

import binascii
import functools
import re

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import generic

_original = generic.read_hex_string_from_stream
_WHITESPACE = b" \t\r\n\x0c\x00"
_HEX = re.compile(rb"[0-9A-Fa-f]*")
_BLOCK = 1 << 16


def read_hex_string_from_stream(stream):
    start = stream.tell()
    stream.read(1)  # "<"
    parts: list[bytes] = []
    while True:
        block = stream.read(_BLOCK)
        if not block:
            break
        end = block.find(b">")
        if end < 0:
            parts.append(block)
            continue
        parts.append(block[:end])
        digits = b"".join(parts)
        clean = digits.translate(None, _WHITESPACE)
        if _HEX.fullmatch(clean):
            stream.seek(start + 1 + len(digits) + 1)
            if len(clean) % 2:
                clean += b"0"
            return generic.pdf_string(binascii.unhexlify(clean))
        break
    stream.seek(start)
    return _original(stream)


_original_prep = asn1_x509.NameTypeAndValue._ldap_string_prep


@functools.lru_cache(maxsize=4096)
def _prepared(string: str) -> str:
    return _original_prep(None, string)  # the method never looks at its instance


def _ldap_string_prep(_self: object, string: str) -> str:
    if len(string) > 256:  # real names are short; a hostile file's long ones are not kept
        return _original_prep(None, string)
    return _prepared(string)


def install() -> None:
    generic.read_hex_string_from_stream = read_hex_string_from_stream
    asn1_x509.NameTypeAndValue._ldap_string_prep = _ldap_string_prep
