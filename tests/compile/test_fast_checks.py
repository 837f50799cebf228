"""The two shortcuts that make a compile fast must answer exactly as the libraries they stand in for:
the compiled payload check (vs jsonschema) and the hex-string reader (vs pyHanko's)."""

from __future__ import annotations

import copy
import io
import random
from typing import Any

import jsonschema
import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfStreamError

from bkfi_desktop.documents.signing import fast_parse
from bkfi_desktop.exchange import report_payload
from tests.compile.conftest import ReportSet

ODD_VALUES: list[Any] = [None, True, False, 0, -1, 3.0, 2.5, 101, "", "x", "2025-13-45", [], {}, ["a"], {"a": 1}]


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):
            found += _paths(value, (*here, index))
    return found


def _mutate(payload: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    mutated = copy.deepcopy(payload)
    path = rng.choice(_paths(mutated)[1:])
    parent = mutated
    for key in path[:-1]:
        parent = parent[key]
    action = rng.random()
    if action < 0.6:
        parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
    elif action < 0.8 and isinstance(parent, dict):
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent["trường_lạ"] = 1
    return mutated


def test_the_compiled_check_agrees_with_jsonschema_on_a_thousand_mutations(report_set: ReportSet) -> None:
    schema = report_payload.load_schema()
    validator = jsonschema.Draft202012Validator(report_payload._inline_refs(schema, schema.get("$defs", {})))
    quick = report_payload._quick_check()
    rng = random.Random(2025)
    payloads = [report_set.payload(name) for name in ("a_h1", "b_h1", "c_h1")]
    verdicts = set()
    for _ in range(1000):
        payload = _mutate(rng.choice(payloads), rng)
        expected = validator.is_valid(payload)
        assert quick(payload) == expected, payload
        verdicts.add(expected)
    assert verdicts == {True, False}  # both answers were exercised
    assert all(quick(payload) for payload in payloads)


@pytest.mark.parametrize(
    "text",
    [b"<48656C6C6F>", b"<48 65\n6C\r6C\t6F>", b"<4>", b"<>", b"<ABCDEF0123456789abcdef> rest",
     b"<48%comment\n65>", b"<48 zz>", b"<4865"],
)
def test_the_hex_reader_answers_as_pyhanko(text: bytes) -> None:
    def read(reader: Any) -> tuple[str, Any, int]:
        stream = io.BytesIO(text)
        try:
            value = reader(stream)
        except PdfStreamError as error:
            return "error", type(error).__name__, stream.tell()
        return "value", (type(value).__name__, bytes(value.original_bytes)), stream.tell()

    assert read(fast_parse.read_hex_string_from_stream) == read(fast_parse._original)


def test_verification_uses_the_fast_reader() -> None:
    import bkfi_desktop.documents.signing.verify  # noqa: F401 — installs it

    assert generic.read_hex_string_from_stream is fast_parse.read_hex_string_from_stream
