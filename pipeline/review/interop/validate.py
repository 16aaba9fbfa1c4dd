"""What an import accepts, as JSON Schemas: a Label Studio task (`TASK_SCHEMA`) and a CSV row
(`ROW_SCHEMA`), built from the vocabularies of pipeline.schema and written to schema/ by `make schema`.

Every task and row is checked before anything in it is applied; `problems` turns what the validator
finds into one line per bad value that names the field (`annotations[0].result[3].value.start: ...`),
so that an odd type (a number where a string belongs, a huge number, a nested list, null, 1e400)
is an error naming its place, never a Python exception later on.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

from jsonschema import Draft202012Validator

from pipeline.io import MAX_CHARS
from pipeline.review.interop.common import ANALYST_COLUMNS, TIME_COLUMNS
from pipeline.schema import ACTOR_TYPES, KINDS, PERS, QUALIFIERS, STATUSES

#: The longest CSV cell read back: an article sentence or a note, never a document.
MAX_CELL = 1_000_000
#: The longest note (what the review app allows).
MAX_NOTE = 10_000
#: A document id (pipeline.review.store.DOC_ID_RE).
DOC_ID_PATTERN = r"^[\w.-]{1,200}$"

# ---------------------------------------------------------------------------------------------
# Label Studio
# ---------------------------------------------------------------------------------------------
#: The control tags of our labelling config (labelstudio.LABEL_CONFIG) a result may come from.
FROM_NAMES = ["label", "kind", "value", "unit", "actor", "time_from", "time_to", "measure", "qualifier", "per",
              "actor_type"]
_OFFSET = {"type": "integer", "minimum": 0, "maximum": MAX_CHARS, "description": "a character offset"}
_SHORT = {"type": "string", "maxLength": 200}
_STRINGS = {"type": "array", "maxItems": 100, "items": {"type": "string", "maxLength": MAX_CELL}}
_STAMP = {"type": ["string", "null"], "maxLength": 100}
#: What an export writes for the reader and an import ignores (any value is let through).
_READ_ONLY = "read-only: written by claims export for the reader; claims import ignores it"

_VALUE = {
    "type": "object",
    "properties": {
        "start": _OFFSET,
        "end": _OFFSET,
        "text": {"type": ["string", "array"], "maxLength": MAX_CHARS, "maxItems": 100,
                 "items": {"type": "string", "maxLength": MAX_CELL}},
        "labels": {**_STRINGS, "items": {"enum": ["AMOUNT", "ACTOR", "TIME", "MEASURE"]}},
        "choices": _STRINGS,
    },
}

_RESULT_ITEM = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {"enum": ["labels", "choices", "textarea", "relation"]},
        "id": _SHORT,
        "from_name": {"enum": FROM_NAMES},
        "to_name": _SHORT,
        "value": _VALUE,
        "from_id": _SHORT,
        "to_id": _SHORT,
        "direction": _SHORT,
        "labels": _STRINGS,
    },
    "allOf": [
        {"if": {"properties": {"type": {"const": "relation"}}},
         "then": {"required": ["from_id", "to_id"]},
         "else": {"required": ["id", "from_name", "value"]}},
        {"if": {"properties": {"type": {"const": "labels"}}},
         "then": {"properties": {"value": {"required": ["start", "end", "labels"],
                                           "properties": {"labels": {"minItems": 1}}}}}},
        {"if": {"properties": {"type": {"const": "textarea"}}},
         "then": {"properties": {"value": {"required": ["text"], "properties": {"text": {"type": "array"}}}}}},
        {"if": {"properties": {"type": {"const": "choices"}}},
         "then": {"properties": {"value": {"required": ["choices"]}}}},
    ],
}

TASK_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "A Label Studio task as claims import --format labelstudio reads it",
    "type": "object",
    "required": ["data"],
    "properties": {
        "data": {
            "type": "object",
            "required": ["doc_id", "text"],
            "properties": {"doc_id": {"type": "string", "pattern": DOC_ID_PATTERN, "description": "a document id"},
                           "text": {"type": "string", "maxLength": MAX_CHARS},
                           **{name: {"description": _READ_ONLY} for name in ("title", "text_sha256", "time_values")}},
        },
        "annotations": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["result"],
                "properties": {
                    "result": {"type": "array", "items": _RESULT_ITEM},
                    "was_cancelled": {"type": "boolean"},
                    "created_at": _STAMP,
                    "updated_at": _STAMP,
                },
            },
        },
        "predictions": {"type": "array"},
    },
}

# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------
def _choice(values) -> dict:
    words = "|".join(v for v in values if v)
    return {"type": "string", "pattern": rf"^\s*({words})?\s*$", "description": f"one of {', '.join(v for v in values if v)} (or blank)"}


_CELL = {"type": "string", "maxLength": MAX_CELL}

#: The columns of claims export --format csv (csvfile.CSV_COLUMNS), each as a string cell.
ROW_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "A CSV row as claims import --format csv reads it (every cell is text)",
    "type": "object",
    "required": ["doc_id"],
    "properties": {
        "doc_id": {"type": "string", "pattern": r"^\s*[\w.-]{1,200}\s*$", "description": "a document id"},
        "claim_id": {"type": "string", "pattern": r"^\s*[\w:.-]{0,200}\s*$", "description": "a claim id (or blank for a new claim)"},
        "status": _choice(STATUSES),
        "kind": _choice(KINDS),
        "anchor_start": {"type": "string", "pattern": r"^\s*[0-9]{0,7}\s*$", "description": "a character offset"},
        "anchor_end": {"type": "string", "pattern": r"^\s*[0-9]{0,7}\s*$", "description": "a character offset"},
        "anchor_text": _CELL,
        "value": {"type": "string", "maxLength": 200},
        "unit": {"type": "string", "maxLength": 200},
        "qualifier": _choice(QUALIFIERS),
        "per": _choice(PERS),
        "actor": {"type": "string", "maxLength": 1000},
        "actor_type": _choice(ACTOR_TYPES),
        "time_from": {"type": "string", "pattern": r"^\s*([12][0-9]{3})?\s*$", "description": "a year (or blank)"},
        "time_to": {"type": "string", "pattern": r"^\s*([12][0-9]{3})?\s*$", "description": "a year (or blank)"},
        "measure": {"type": "string", "maxLength": 1000},
        "evidence": _CELL,
        "annotator": {"type": "string", "maxLength": 200},
        "reviewed_at": {"type": "string", "maxLength": 100},
        "note": {"type": "string", "maxLength": MAX_NOTE},
        "stale": {"type": "string", "maxLength": 10},
        **{name: {**_CELL, "description": _READ_ONLY} for name in TIME_COLUMNS + ANALYST_COLUMNS},
    },
}

TASK_VALIDATOR = Draft202012Validator(TASK_SCHEMA)
ROW_VALIDATOR = Draft202012Validator(ROW_SCHEMA)


#: The keywords compile_schema reads; a schema here that used another would be checked wrongly, so it may not.
KEYWORDS = {"type", "properties", "required", "items", "enum", "const", "minimum", "maximum", "maxLength",
            "maxItems", "minItems", "pattern", "allOf", "if", "then", "else", "$schema", "title", "description"}
_TYPES = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def compile_schema(schema: dict) -> Callable[[object], bool]:
    """A function that says what the JSON Schema validator says of a value (tests hold them to agree),
    in a tenth of its time or less: a million CSV rows, or thousands of Label Studio tasks of a hundred
    regions each, are checked in seconds; only what fails goes to `problems` for its messages. Reads
    only KEYWORDS, and enums of text (asserted, so that a schema here cannot outgrow it unnoticed)."""
    assert set(schema) <= KEYWORDS, set(schema) - KEYWORDS
    assert all(isinstance(v, str) for v in schema.get("enum", [])) and isinstance(schema.get("const", ""), str)
    checks: list[Callable[[object], bool]] = []
    if "type" in schema:
        kinds = [_TYPES[k] for k in (schema["type"] if isinstance(schema["type"], list) else [schema["type"]])]
        checks.append(kinds[0] if len(kinds) == 1 else lambda v: any(kind(v) for kind in kinds))
    if "maxLength" in schema:
        longest = schema["maxLength"]
        checks.append(lambda v: not isinstance(v, str) or len(v) <= longest)
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"])
        checks.append(lambda v: not isinstance(v, str) or pattern.search(v) is not None)
    if "enum" in schema or "const" in schema:
        allowed = frozenset(schema.get("enum", [schema.get("const")]))
        checks.append(lambda v: isinstance(v, str) and v in allowed)
    if "minimum" in schema:
        low = schema["minimum"]
        checks.append(lambda v: not _number(v) or not v < low)
    if "maximum" in schema:
        high = schema["maximum"]
        checks.append(lambda v: not _number(v) or not v > high)
    if "required" in schema:
        names = tuple(schema["required"])
        checks.append(lambda v: not isinstance(v, dict) or all(name in v for name in names))
    if "properties" in schema:
        parts = {name: compile_schema(sub) for name, sub in schema["properties"].items()}

        def properties(v, parts=parts) -> bool:
            if isinstance(v, dict):
                for key, item in v.items():
                    part = parts.get(key)
                    if part is not None and not part(item):
                        return False
            return True
        checks.append(properties)
    if "items" in schema:
        each = compile_schema(schema["items"])

        def items(v, each=each) -> bool:
            if isinstance(v, list):
                for item in v:
                    if not each(item):
                        return False
            return True
        checks.append(items)
    if "maxItems" in schema:
        most = schema["maxItems"]
        checks.append(lambda v: not isinstance(v, list) or len(v) <= most)
    if "minItems" in schema:
        least = schema["minItems"]
        checks.append(lambda v: not isinstance(v, list) or len(v) >= least)
    if "allOf" in schema:
        checks.extend(compile_schema(sub) for sub in schema["allOf"])
    if "if" in schema:
        condition = compile_schema(schema["if"])
        then = compile_schema(schema["then"]) if "then" in schema else None
        otherwise = compile_schema(schema["else"]) if "else" in schema else None

        def branch(v, condition=condition, then=then, otherwise=otherwise) -> bool:
            chosen = then if condition(v) else otherwise
            return chosen is None or chosen(v)
        checks.append(branch)

    def valid(value) -> bool:
        for check in checks:
            if not check(value):
                return False
        return True
    return valid


task_is_valid = compile_schema(TASK_SCHEMA)
row_is_valid = compile_schema(ROW_SCHEMA)


# ---------------------------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------------------------
def field_path(path) -> str:
    """`annotations[0].result[3].value.start` from the validator's path."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def shown(value) -> str:
    """A value as a message shows it: short, on one line, its JSON type named where that is the trouble."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "a number beyond any float (1e400 or the like)"
    if isinstance(value, int):
        digits = len(str(abs(value))) if abs(value) < 10 ** 50 else 51
        return str(value) if digits <= 12 else f"a {digits if digits <= 50 else 'many'}-digit number"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return json.dumps(text, ensure_ascii=False)
    return {"list": "a list", "dict": "an object"}.get(type(value).__name__, type(value).__name__)


TYPE_NAMES = {"string": "text", "integer": "a whole number", "number": "a number", "array": "a list",
              "object": "an object", "boolean": "true or false", "null": "null"}


def message(error) -> str:
    """One line for one validation error (the field is named by the caller)."""
    kind, value, schema = error.validator, error.instance, error.schema
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return f"{shown(value)} is not {' or '.join(TYPE_NAMES[w] for w in wanted)}"
    if kind == "required":
        missing = [name for name in error.validator_value if name not in value]
        return f"missing {', '.join(missing)}"
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        return f"{shown(value)} is not one of {', '.join(map(str, allowed))}"
    if kind in ("minimum", "maximum"):
        low, high = schema.get("minimum"), schema.get("maximum")
        bounds = f"{low:,} to {high:,}" if low is not None and high is not None else f"{kind} {error.validator_value:,}"
        return f"{shown(value)} is out of range ({bounds})"
    if kind == "pattern":
        return f"{shown(value)} is not {schema.get('description', 'in the expected form')}"
    if kind == "maxLength":
        return f"longer than {error.validator_value:,} characters"
    if kind == "maxItems":
        return f"more than {error.validator_value:,} items"
    if kind == "minItems":
        return "empty"
    return error.message if len(error.message) < 200 else error.message[:197] + "..."


def problems(validator: Draft202012Validator, instance, limit: int = 20) -> list[str]:
    """`field: what is wrong` for each bad value of `instance` (at most `limit`), in document order."""
    found, named = [], set()
    for error in validator.iter_errors(instance):
        path = field_path(error.absolute_path)
        if path in named:  # one line per bad value: 1e400 is no whole number, its range is moot
            continue
        named.add(path)
        found.append((list(error.absolute_path), f"{path}: {message(error)}" if path else message(error)))
        if len(found) >= limit:
            break
    found.sort(key=lambda pair: [(0, p) if isinstance(p, int) else (1, str(p)) for p in pair[0]])
    return [line for _, line in found]


def write_schemas(folder) -> None:
    """schema/labelstudio-task.schema.json and schema/csv-row.schema.json (make schema)."""
    from pathlib import Path

    for name, schema in (("labelstudio-task", TASK_SCHEMA), ("csv-row", ROW_SCHEMA)):
        path = Path(folder) / f"{name}.schema.json"
        path.write_text(json.dumps(schema, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
