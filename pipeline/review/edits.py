"""Annotator actions on claim records, as pure functions: accept, reject, correct (edit fields), add.

Field edits are addressed by flat names (`value`, `unit`, `actor`, `time_from`, …); each maps to a
path in the record. When a machine record is corrected, `review.machine` keeps the machine's original
value of every field the annotator changed, under the path (`{"amount.value": 450000000.0}`).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from datetime import UTC, datetime

from pipeline.dimensions.numbers import parse_value
from pipeline.review.merge import is_reviewed, sort_records, status_of
from pipeline.schema import ACTOR_TYPES, KINDS, PERS, QUALIFIERS, SCHEMA, claim_id

#: Editable field name -> (object in the record, key in that object).
FIELDS: dict[str, tuple[str, str]] = {
    "value": ("amount", "value"),
    "unit": ("amount", "unit"),
    "qualifier": ("amount", "qualifier"),
    "per": ("amount", "per"),
    "actor": ("actor", "canonical"),
    "actor_type": ("actor", "type"),
    "time_from": ("time", "from"),
    "time_to": ("time", "to"),
    "measure": ("measure", "canonical"),
    "kind": ("", "kind"),
}


class EditError(ValueError):
    """An edit that is not valid (unknown field, wrong type, value out of its vocabulary)."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")





def _blank(value):
    return value is None or (isinstance(value, str) and value.strip() == "")


def coerce(field: str, value):
    """The typed value of an edited field (strings from forms and CSV cells are parsed); EditError if invalid."""
    if field not in FIELDS:
        raise EditError(field, "unknown field")
    if field == "value":
        if _blank(value):
            raise EditError(field, "a number is required")
        if isinstance(value, bool):
            raise EditError(field, f"not a number: {value!r}")
        number = float(value) if isinstance(value, int | float) else parse_value(str(value))
        if number is None:
            raise EditError(field, f"not a number: {value!r}")
        if not math.isfinite(number):
            raise EditError(field, f"not a finite number: {value!r}")
        return number
    if field in ("time_from", "time_to"):
        if _blank(value):
            return None
        try:
            year = int(str(value).strip())
        except ValueError:
            raise EditError(field, f"not a year: {value!r}") from None
        if not 1000 <= year <= 2999:
            raise EditError(field, f"not a year: {value!r}")
        return year
    if field in ("qualifier", "per", "kind", "actor_type"):
        allowed = {"qualifier": QUALIFIERS, "per": PERS, "kind": KINDS, "actor_type": ACTOR_TYPES}[field]
        choice = None if _blank(value) else str(value).strip()
        if choice not in allowed:
            raise EditError(field, f"{choice!r} is not one of {', '.join(str(a) for a in allowed if a)}")
        return choice
    if _blank(value):
        return None if field in ("actor", "measure") else ""
    return str(value).strip()


def get_field(record: dict, field: str):
    obj_name, key = FIELDS[field]
    obj = record if obj_name == "" else record.get(obj_name)
    return obj.get(key) if isinstance(obj, dict) else None


def _path(field: str) -> str:
    obj_name, key = FIELDS[field]
    return f"{obj_name}.{key}" if obj_name else key


def _set_field(record: dict, field: str, value) -> None:
    """Set a field in place, creating (or dropping) the actor/time/measure object as needed."""
    obj_name, key = FIELDS[field]
    if obj_name == "":
        record[key] = value
        return
    obj = record.get(obj_name)
    if obj is None:
        if value is None:
            return
        obj = _new_object(obj_name)
        record[obj_name] = obj
    obj[key] = value
    if obj_name == "actor" and key == "canonical" and value is None:
        record["actor"] = None
    if obj_name == "measure" and key == "canonical" and value is None and obj.get("start") is None:
        record["measure"] = None


def _new_object(name: str) -> dict:
    if name == "actor":
        return {"start": None, "end": None, "text": None, "canonical": "", "type": "organisation", "inherited": False}
    if name == "time":
        return {"start": None, "end": None, "text": None, "from": None, "to": None, "date": None, "inherited": False}
    if name == "measure":
        return {"start": None, "end": None, "text": None, "canonical": ""}
    if name == "amount":
        return {"start": None, "end": None, "text": None, "value": 0.0, "unit": "", "qualifier": None, "per": None,
                "range": None, "currency_inferred": False}
    raise KeyError(name)


def _same(a, b) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool) and not isinstance(b, bool):
        return float(a) == float(b)
    return a == b


@dataclass(frozen=True)
class Reviewer:
    annotator: str | None
    at: str | None = None

    def time(self) -> str:
        return self.at or now_iso()


def _stamp(record: dict, status: str, who: Reviewer, note: str | None = None) -> None:
    review = dict(record.get("review") or {})
    review["status"] = status
    review["annotator"] = who.annotator
    review["reviewed_at"] = who.time()
    review.setdefault("machine", None)
    if note is not None:
        review["note"] = note or None
    review.setdefault("note", None)
    record["review"] = review


def accept(record: dict, who: Reviewer, note: str | None = None) -> dict:
    """Accepted as is (a corrected record stays corrected; an added one stays added)."""
    out = copy.deepcopy(record)
    status = status_of(record)
    _stamp(out, status if status in ("corrected", "added") else "accepted", who, note)
    return out


def reject(record: dict, who: Reviewer, note: str | None = None) -> dict:
    out = copy.deepcopy(record)
    _stamp(out, "rejected", who, note)
    return out


def correct(record: dict, fields: dict, who: Reviewer, note: str | None = None) -> dict:
    """The record with `fields` applied. Machine records become `corrected` (or `accepted` when nothing
    differs from the machine's values); added records stay `added`."""
    out = copy.deepcopy(record)
    status = status_of(record)
    machine = dict((record.get("review") or {}).get("machine") or {})
    for field, raw in fields.items():
        value = coerce(field, raw)
        old = get_field(out, field)
        if _same(old, value):
            continue
        if field in ("value", "unit", "qualifier", "per") and out.get("amount") is None:
            raise EditError(field, "this claim has no amount")
        path = _path(field)
        if status != "added":
            if path not in machine:
                machine[path] = old
            elif _same(machine[path], value):
                del machine[path]
        _set_field(out, field, value)
    if status == "added":
        new_status = "added"
    else:
        new_status = "corrected" if machine else "accepted"
    _stamp(out, new_status, who, note)
    out["review"]["machine"] = machine or None
    return out


def new_claim(doc_id: str, text: str, start: int, end: int, fields: dict, who: Reviewer,
              doc_date: str | None = None, evidence: tuple[int, int] | None = None, note: str | None = None) -> dict:
    """A record the annotator added by selecting `text[start:end]` (the amount; the measure for kind=measure)."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise EditError("span", f"not a span of the text: {start}-{end}")
    surface = text[start:end]
    kind = coerce("kind", fields.get("kind") or "quantity")
    ev_start, ev_end = evidence or sentence_around(text, start, end)
    record: dict = {
        "schema": SCHEMA,
        "claim_id": claim_id(doc_id, start, end, surface),
        "doc_id": doc_id,
        "doc_date": doc_date,
        "kind": kind,
        "evidence": {"start": ev_start, "end": ev_end, "text": text[ev_start:ev_end]},
        "amount": None,
        "actor": None,
        "time": None,
        "measure": None,
        "change_id": None,
        "claimant": None,
        "confidence": 1.0,
        "pipeline_version": "annotator",
        "review": {"status": "added", "annotator": who.annotator, "reviewed_at": who.time(), "machine": None,
                   "note": note or None},
    }
    if kind == "measure":
        record["measure"] = {"start": start, "end": end, "text": surface,
                             "canonical": coerce("measure", fields.get("measure")) or surface.lower()}
    else:
        amount = _new_object("amount")
        amount.update({"start": start, "end": end, "text": surface, "value": coerce("value", fields.get("value")),
                       "unit": coerce("unit", fields.get("unit")) or ""})
        record["amount"] = amount
    rest = {k: v for k, v in fields.items() if k not in ("kind", "value", "unit") and k in FIELDS}
    for field, raw in rest.items():
        value = coerce(field, raw)
        if value is not None:
            _set_field(record, field, value)
    return record


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding text[start:end]: from after the previous . ! ? or newline to the next."""
    left = start
    while left > 0 and text[left - 1] != "\n" and not (text[left - 1] == " " and left >= 2 and text[left - 2] in ".!?"):
        left -= 1
    right = end
    while right < len(text) and text[right] != "\n" and not (text[right] in ".!?" and (right + 1 == len(text) or text[right + 1] in " \n")):
        right += 1
    if right < len(text) and text[right] in ".!?":
        right += 1
    while left < start and text[left].isspace():
        left += 1
    return left, max(right, end)


ACTIONS = ("accept", "reject", "save")


def apply_action(records: list[dict], claim_id: str, action: str, fields: dict | None, who: Reviewer,
                 note: str | None = None) -> list[dict]:
    """The document's records after the annotator's action on one claim (KeyError: no such claim)."""
    index = next((i for i, r in enumerate(records) if r.get("claim_id") == claim_id), None)
    if index is None:
        raise KeyError(claim_id)
    record = records[index]
    if action == "accept":
        changed = correct(record, fields, who, note) if fields else record
        changed = accept(changed, who, note) if not fields else changed
    elif action == "reject":
        changed = reject(record, who, note)
    elif action == "save":
        changed = correct(record, fields or {}, who, note)
    else:
        raise EditError("action", f"{action!r} is not one of {', '.join(ACTIONS)}")
    out = list(records)
    out[index] = changed
    return out


def add_record(records: list[dict], record: dict) -> list[dict]:
    """Records with an added one; it replaces an unreviewed machine record of the same id, never a reviewed one."""
    for existing in records:
        if existing.get("claim_id") == record["claim_id"] and is_reviewed(existing):
            raise EditError("span", "a reviewed claim with this span already exists")
    return sort_records([r for r in records if r.get("claim_id") != record["claim_id"]] + [record])
