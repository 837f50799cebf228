"""The shortcuts that make a compile fast must answer exactly as the libraries they stand in for:
the compiled payload check (vs jsonschema), the hex-string reader (vs pyHanko's) and the remembered
certificate-name preparation (vs asn1crypto's); and a compile loads only what checking needs."""

from __future__ import annotations

import copy
import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from asn1crypto import x509 as asn1_x509
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


@pytest.mark.parametrize(
    "text",
    ["Ủy ban nhân dân phường Đức Xuân", "UBND  xã\u00a0Nông Thượng", "Phòng\u00adTư pháp\u200b", "ＡＢＣ ﬁ",
     "Tab\there", "x" * 300, "riêng\ue000tư", "\U000e0020gắn thẻ"],
)
def test_the_remembered_name_preparation_answers_as_asn1crypto(text: str) -> None:
    import bkfi_desktop.documents.signing.verify  # noqa: F401 — installs it

    def prepare(function: Any) -> tuple[str, str]:
        try:
            return "value", function(None, text)
        except ValueError as error:
            return "error", str(error)

    assert asn1_x509.NameTypeAndValue._ldap_string_prep is fast_parse._ldap_string_prep
    assert prepare(fast_parse._ldap_string_prep) == prepare(fast_parse._original_prep)
    assert prepare(fast_parse._ldap_string_prep) == prepare(fast_parse._original_prep)  # from memory


COMPILE_AND_LIST_MODULES = """
import sys
from bkfi_desktop.cli import main
code = main(sys.argv[1:])
print(sorted(name for name in ("aiohttp", "sqlalchemy") if name in sys.modules), file=sys.stderr)
sys.exit(code)
"""


def test_a_compile_without_a_workspace_loads_neither_the_database_nor_the_http_clients(
    report_set: ReportSet, tmp_path: Path
) -> None:
    """What the compile process imports is paid before the first file is checked (P4 of issue 16)."""
    paths = report_set.copy(tmp_path / "nhận", "a_h1", "b_h1")
    env = dict(os.environ, BKFI_HOME=str(tmp_path / "home"), PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    completed = subprocess.run(
        [sys.executable, "-c", COMPILE_AND_LIST_MODULES, "compile", *map(str, paths),
         "--trust", str(report_set.root_pem), "--json"],
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    assert len(json.loads(completed.stdout)["accepted"]) == 2
    assert completed.stderr.strip().splitlines()[-1] == "[]"
