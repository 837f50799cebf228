"""The compiled payload check says "valid" exactly when jsonschema does: a report build and a compile rely
on it alone for a valid payload, so it must never accept what the schema refuses (nor refuse what it takes)."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.report_payload import _inline_refs, _quick_check, load_schema, validate_payload

# Values that break one rule or another of the schema: wrong types, a bool where a number goes, an
# integer written 3.0 (jsonschema takes it), empty and malformed strings, out-of-range numbers.
_ODD_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 3.0, 2.5, 10**9, "", " ", "x", "2025-13-40", "2025-H1", "abc-def",
    "00000000-0000-0000-0000-000000000000", [], [1], {}, {"x": 1},
)


def _validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):  # the first items stand for the rest
            yield from _paths(value, (*prefix, index))


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


def _mutations(payload: dict[str, Any], rng: random.Random) -> Iterator[tuple[str, Any]]:
    """Every field of the payload replaced by odd values, removed, and joined by a stranger field."""
    for path in _paths(payload):
        if not path:
            continue
        parent = _get(payload, path[:-1])
        for value in rng.sample(_ODD_VALUES, 6):
            changed = copy.deepcopy(payload)
            _get(changed, path[:-1])[path[-1]] = value
            yield f"{'/'.join(map(str, path))} = {value!r}", changed
        if isinstance(parent, dict):
            changed = copy.deepcopy(payload)
            del _get(changed, path[:-1])[path[-1]]
            yield f"{'/'.join(map(str, path))} removed", changed
            changed = copy.deepcopy(payload)
            _get(changed, path[:-1])["không_có_trong_lược_đồ"] = 1
            yield f"{'/'.join(map(str, path[:-1]))} + unknown field", changed


@pytest.fixture(scope="module")
def payload(h1_report: Any) -> dict[str, Any]:
    data = json.loads(h1_report.payload.read_text(encoding="utf-8"))
    assert _validator().is_valid(data)
    return data


def test_the_compiled_check_agrees_with_jsonschema_on_every_kind_of_damage(payload: dict[str, Any]) -> None:
    quick, full = _quick_check(), _validator()
    seen = {True: 0, False: 0}
    for what, changed in _mutations(payload, random.Random(16)):
        expected = full.is_valid(changed)
        assert quick(changed) == expected, what
        seen[expected] += 1
    # The damage must really reach both answers, else the comparison proves nothing.
    assert seen[False] > 200 and seen[True] > 20


def test_a_damaged_payload_is_still_refused_with_where_it_breaks(payload: dict[str, Any]) -> None:
    damaged = copy.deepcopy(payload)
    damaged["activities"][0]["quantity"] = "ba"
    with pytest.raises(InvalidInputError) as raised:
        validate_payload(damaged)
    assert "activities/0/quantity" in raised.value.message
    validate_payload(payload)  # the intact one passes


def test_a_valid_payload_is_checked_without_loading_jsonschema(h1_report: Any) -> None:
    """jsonschema (and its reference registries) load only to explain a broken payload."""
    script = (
        "import json, sys\n"
        "from bkfi_desktop.exchange.report_payload import validate_payload\n"
        f"validate_payload(json.loads(open({str(h1_report.payload)!r}, encoding='utf-8').read()))\n"
        "print('jsonschema' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
