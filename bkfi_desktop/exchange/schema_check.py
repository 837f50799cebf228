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
    """A predicate equal to ``jsonschema.Draft202012Validator(node).is_valid`` for `node` ($ref inlined)."""
    if node is True or node == {}:
        return lambda _value: True
    if node is False:
        return lambda _value: False
    if not isinstance(node, dict) or set(node) - _KNOWN or "$ref" in node:
        return _jsonschema_check(node)
    checks: list[Check] = []
    if "type" in node:
        kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
        checks.append(lambda v, kinds=kinds: any(_is_type(v, kind) for kind in kinds))
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
        required = tuple(node["required"])
        checks.append(lambda v, r=required: not isinstance(v, dict) or all(key in v for key in r))
    properties = {key: compile_schema(sub) for key, sub in node.get("properties", {}).items()}
    if properties:
        def check_properties(v: Any, props: dict[str, Check] = properties) -> bool:
            return not isinstance(v, dict) or all(props[k](v[k]) for k in props.keys() & v.keys())
        checks.append(check_properties)
    if "additionalProperties" in node:
        extra = compile_schema(node["additionalProperties"])
        known = frozenset(node.get("properties", {}))
        checks.append(
            lambda v, extra=extra, known=known: not isinstance(v, dict)
            or all(extra(item) for key, item in v.items() if key not in known)
        )
    if "items" in node:
        each = compile_schema(node["items"])
        checks.append(lambda v, each=each: not isinstance(v, list) or all(each(item) for item in v))
    if "oneOf" in node:
        options = [compile_schema(sub) for sub in node["oneOf"]]
        checks.append(lambda v, options=options: sum(1 for option in options if option(v)) == 1)
    return lambda value: all(check(value) for check in checks)
