"""A JSON Schema compiled into plain Python checks, for the one question a compile asks of every payload:
valid or not? jsonschema answers it too but walks thousands of activity lines through its generic
machinery (about 40% of checking a signed report). The compiled check is used first; when it says
"not valid" (rare), jsonschema runs to say where, so messages are unchanged.

Only the keywords the payload schemas use are compiled, with jsonschema's meaning (draft 2020-12:
an integer may be written 3.0, a boolean is never a number, "format" is not checked). A keyword not
known here is checked by jsonschema for that part, so the answer is always jsonschema's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]
_ANNOTATIONS = {"$id", "$schema", "$defs", "title", "description", "format", "$comment"}
_KNOWN = _ANNOTATIONS | {
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
    "minimum", "maximum", "minLength", "oneOf",
}


def _is_type(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if kind == "number":
        return isinstance(value, int | float)
    return False


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _jsonschema_check(node: Any) -> Check:
    """jsonschema itself for a part not compiled here; imported only then (the payload schema has none)."""
    import jsonschema

    return jsonschema.Draft202012Validator(node).is_valid


def compile_schema(node: Any) -> Check:
    """A predicate equal to ``jsonschema.Draft202012Validator(node).is_valid`` for `node` ($ref inlined).

    Each keyword becomes one small closure, specialised for what the schema says (one type, a closed
    object), and a node's closures run in a plain loop: a report's 20,000 activity lines go through
    them, so generator expressions and per-call sets would be most of the time."""
    if node is True or node == {}:
        return lambda _value: True
    if node is False:
        return lambda _value: False
    if not isinstance(node, dict) or set(node) - _KNOWN or "$ref" in node:
        return _jsonschema_check(node)
    checks: list[Check] = []
    if "type" in node:
        checks.append(_type_check(node["type"] if isinstance(node["type"], list) else [node["type"]]))
    if "enum" in node or "const" in node:
        allowed = node["enum"] if "enum" in node else [node["const"]]
        if all(isinstance(item, str) for item in allowed):
            names = frozenset(allowed)
            checks.append(lambda v, names=names: isinstance(v, str) and v in names)
        else:
            checks.append(_jsonschema_check({"enum": allowed}))
    if "pattern" in node:
        pattern = re.compile(node["pattern"])
        checks.append(lambda v, p=pattern: not isinstance(v, str) or p.search(v) is not None)
    if "minLength" in node:
        checks.append(lambda v, n=node["minLength"]: not isinstance(v, str) or len(v) >= n)
    if "minimum" in node:
        checks.append(lambda v, n=node["minimum"]: not _number(v) or v >= n)
    if "maximum" in node:
        checks.append(lambda v, n=node["maximum"]: not _number(v) or v <= n)
    if "required" in node:
        required = frozenset(node["required"])
        checks.append(lambda v, r=required: not isinstance(v, dict) or v.keys() >= r)
    properties = tuple((key, compile_schema(sub)) for key, sub in node.get("properties", {}).items())
    if properties:
        def check_properties(v: Any, props: tuple[tuple[str, Check], ...] = properties) -> bool:
            if not isinstance(v, dict):
                return True
            for key, check in props:
                if key in v and not check(v[key]):
                    return False
            return True
        checks.append(check_properties)
    if "additionalProperties" in node:
        known = frozenset(node.get("properties", {}))
        if node["additionalProperties"] is False:  # a closed object: every key must be a known one
            checks.append(lambda v, known=known: not isinstance(v, dict) or known.issuperset(v))
        else:
            extra = compile_schema(node["additionalProperties"])
            checks.append(
                lambda v, extra=extra, known=known: not isinstance(v, dict)
                or all(extra(item) for key, item in v.items() if key not in known)
            )
    if "items" in node:
        each = compile_schema(node["items"])

        def check_items(v: Any, each: Check = each) -> bool:
            if not isinstance(v, list):
                return True
            for item in v:
                if not each(item):
                    return False
            return True
        checks.append(check_items)
    if "oneOf" in node:
        options = [compile_schema(sub) for sub in node["oneOf"]]
        checks.append(lambda v, options=options: sum(1 for option in options if option(v)) == 1)
    return _all_of(checks)


def _all_of(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    ordered = tuple(checks)

    def check_all(value: Any) -> bool:
        for check in ordered:
            if not check(value):
                return False
        return True
    return check_all


_TYPE_CHECKS: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: _is_type(v, "integer"),
    "number": lambda v: _is_type(v, "number"),
}


def _type_check(kinds: list[str]) -> Check:
    """`type`: one direct isinstance for the usual single type, else any of the kinds (in _is_type's meaning)."""
    if len(kinds) == 1 and kinds[0] in _TYPE_CHECKS:
        return _TYPE_CHECKS[kinds[0]]
    return lambda v, kinds=tuple(kinds): any(_is_type(v, kind) for kind in kinds)
