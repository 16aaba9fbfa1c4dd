"""Annotator actions on claim records, as pure functions: accept, reject, correct (edit fields), redraw
a span, add.

Field edits are addressed by flat names (`value`, `unit`, `actor`, `time_from`, …); each maps to a
path in the record. Whether the claim's year is inferred (`time_inferred`) and why (`time_basis`) are
edited like its years. What the claim is compared to (`compared_to`) is edited in place (its time's
years and ISO bounds, its amount's value and unit), cleared as a whole, or added: typed years make a
compared time, a typed value a compared amount (its span is where the claim's evidence states it).
When a machine record is corrected, `review.machine` keeps the machine's original value of every field
the annotator changed, under the path (`{"amount.value": 450000000.0}`; `{"compared_to": null}` for a
comparison the machine did not have).
A typed value is read by the project's own parsers (pipeline.review.amounts): `10 mrd`, `1.000.000`,
`kr 250 000`; a currency or qualifier it names sets the unit or qualifier too.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from pipeline.review.amounts import amounts_in, read_amount, suggest_amount
from pipeline.review.merge import is_reviewed, sort_records, status_of
from pipeline.schema import ACTOR_TYPES, BASES, KINDS, PERS, QUALIFIERS, SCHEMA, claim_id

try:  # the grains of docs/time-values.md, defined by the time dimension where it has them
    from pipeline.dimensions.calendar import GRAINS
except ImportError:
    GRAINS = ("year", "half", "quarter", "month", "week", "day")

#: Editable field name -> (object in the record, key in that object). Edits apply in this order.
FIELDS: dict[str, tuple[str, str]] = {
    "kind": ("", "kind"),
    "value": ("amount", "value"),
    "unit": ("amount", "unit"),
    "qualifier": ("amount", "qualifier"),
    "per": ("amount", "per"),
    "actor": ("actor", "canonical"),
    "actor_type": ("actor", "type"),
    "time_from": ("time", "from"),
    "time_to": ("time", "to"),
    "time_from_date": ("time", "from_date"),
    "time_to_date": ("time", "to_date"),
    "time_grain": ("time", "grain"),
    #: whether the year is not in the text but inferred (true/false), and from what (pipeline.schema.BASES)
    "time_inferred": ("time", "inferred"),
    "time_basis": ("time", "basis"),
    "measure": ("measure", "canonical"),
    "compared_time_from": ("compared_to.time", "from"),
    "compared_time_to": ("compared_to.time", "to"),
    "compared_time_from_date": ("compared_to.time", "from_date"),
    "compared_time_to_date": ("compared_to.time", "to_date"),
    "compared_value": ("compared_to.amount", "value"),
    "compared_unit": ("compared_to.amount", "unit"),
    #: only cleared (to null): "clear" or null; "keep" (what the form sends when unchanged) changes nothing
    "compared_to": ("", "compared_to"),
}
AMOUNT_FIELDS = ("value", "unit", "qualifier", "per")
#: The fields inside compared_to (not carried by CSV or Label Studio imports); typed years add a compared
#: time, a typed value a compared amount, where the record lacks them
COMPARED_FIELDS = ("compared_time_from", "compared_time_to", "compared_time_from_date", "compared_time_to_date",
                   "compared_value", "compared_unit", "compared_to")
#: What a missing object is called in an error
OBJECT_WORDS = {"amount": "amount", "compared_to.time": "compared time", "compared_to.amount": "compared amount"}
CLEAR, KEEP = "clear", "keep"
#: The parts of a record whose span an annotator can redraw.
SPAN_PARTS = ("amount", "actor", "time", "measure", "evidence")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: What a form, a CSV cell or the API may send for time_inferred (blank is false)
TRUE_WORDS, FALSE_WORDS = ("true", "1", "yes", "on"), ("false", "0", "no", "off", "")


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
    if field in ("value", "compared_value"):
        if _blank(value):
            raise EditError(field, "a number is required")
        if isinstance(value, bool):
            raise EditError(field, f"not a number: {value!r}")
        if isinstance(value, int | float):
            number = float(value)
        else:
            reading = read_amount(str(value))
            if reading is None:
                raise EditError(field, f"not a number: {value!r}")
            number = reading.value
        if not math.isfinite(number):
            raise EditError(field, f"not a finite number: {value!r}")
        return number
    if field == "compared_to":
        if value is None or str(value).strip() == CLEAR:
            return None
        raise EditError(field, f"can only be cleared: give {CLEAR!r} (or null), not {value!r}")
    if field in ("time_from", "time_to", "compared_time_from", "compared_time_to"):
        if _blank(value):
            return None
        try:
            year = int(str(value).strip())
        except ValueError:
            raise EditError(field, f"not a year: {value!r}") from None
        if not 1000 <= year <= 2999:
            raise EditError(field, f"not a year: {value!r}")
        return year
    if field in ("time_from_date", "time_to_date", "compared_time_from_date", "compared_time_to_date"):
        if _blank(value):
            return None
        text = str(value).strip()
        try:
            if not ISO_DATE.fullmatch(text):
                raise ValueError(text)
            date.fromisoformat(text)
        except ValueError:
            raise EditError(field, f"not a date (YYYY-MM-DD): {value!r}") from None
        return text
    if field == "time_inferred":
        if isinstance(value, bool):
            return value
        word = "" if value is None else str(value).strip().lower()
        if word not in TRUE_WORDS + FALSE_WORDS:
            raise EditError(field, f"not true or false: {value!r}")
        return word in TRUE_WORDS
    if field == "actor_type" and _blank(value):
        return None  # a claim without an actor has no type; a type alone is never cleared
    if field in ("qualifier", "per", "kind", "actor_type", "time_grain", "time_basis"):
        allowed = {"qualifier": QUALIFIERS, "per": PERS, "kind": KINDS, "actor_type": ACTOR_TYPES,
                   "time_grain": (None, *GRAINS), "time_basis": BASES}[field]
        choice = None if _blank(value) else str(value).strip()
        if choice not in allowed:
            raise EditError(field, f"{choice!r} is not one of {', '.join(str(a) for a in allowed if a)}")
        return choice
    if _blank(value):
        return None if field in ("actor", "measure") else ""
    return str(value).strip()


def _object(record: dict, obj_name: str) -> dict | None:
    """The object at a dotted path (`compared_to.time`); the record itself for ""; None if absent."""
    obj = record
    for part in obj_name.split(".") if obj_name else ():
        obj = obj.get(part) if isinstance(obj, dict) else None
    return obj if isinstance(obj, dict) else None


def get_field(record: dict, field: str):
    obj_name, key = FIELDS[field]
    obj = _object(record, obj_name)
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
    if "." in obj_name:  # inside compared_to: edited where it is (correct() adds a missing one first)
        _object(record, obj_name)[key] = value
        return
    obj = record.get(obj_name)
    if obj is None:
        if value is None or field in ("time_inferred", "time_basis"):
            return  # no time is made to say how its year was inferred
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
    if name == "time":  # set by hand: not inferred
        return {"start": None, "end": None, "text": None, "from": None, "to": None, "date": None, "inherited": False,
                "inferred": False, "basis": None}
    if name == "compared_to.time":
        return {"start": None, "end": None, "text": None, "from": None, "to": None, "grain": None, "from_date": None,
                "to_date": None, "date": None, "inherited": False, "inferred": False, "basis": None}
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


def _covered(machine: dict, path: str) -> bool:
    """Whether the machine's value of an object around `path` is kept already (`compared_to` around
    `compared_to.time.from`, after a comparison was added): then it holds the machine's value of `path` too."""
    parts = path.split(".")
    return any(".".join(parts[:n]) in machine for n in range(1, len(parts)))


def _track(machine: dict, path: str, old, new, status: str) -> None:
    """Keep the machine's original value of a path the annotator changed (dropped when changed back)."""
    if status == "added" or _covered(machine, path):
        return
    if path not in machine:
        machine[path] = old
    elif _same(machine[path], new):
        del machine[path]


def _finish(out: dict, status: str, machine: dict, who: Reviewer, note: str | None) -> dict:
    new_status = "added" if status == "added" else ("corrected" if machine else "accepted")
    _stamp(out, new_status, who, note)
    out["review"]["machine"] = machine or None
    return out


def _changed(record: dict, field: str, raw) -> bool:
    return field in FIELDS and not _same(get_field(record, field), coerce(field, raw))


def with_implied(record: dict, fields: dict) -> dict:
    """`fields` plus what a typed value names: `kr 250 000` sets the unit (NOK) and the kind (money),
    `ca. 500 mill.` the qualifier; a typed compared value sets the compared unit likewise. A field the
    annotator also changed must agree (EditError)."""
    out = dict(fields)
    for source, implies in (("value", ("unit", "qualifier", "kind")), ("compared_value", ("compared_unit",))):
        raw = fields.get(source)
        reading = read_amount(raw) if isinstance(raw, str) else None
        if reading is None:
            continue
        named = {"unit": reading.unit, "compared_unit": reading.unit, "qualifier": reading.qualifier,
                 "kind": reading.kind}
        for field in implies:
            implied = named[field]
            if implied is None:
                continue
            if field in fields and _changed(record, field, fields[field]) and coerce(field, fields[field]) != implied:
                raise EditError(source, f"{raw!r} says {field} {implied!r}, but {field} was set to {fields[field]!r}")
            out[field] = implied
    return out


def machine_compared(current, machine: dict) -> dict | None:
    """The machine's compared_to: the current one with the machine's values of the paths inside it put
    back (what is kept when an annotator clears a comparison they had edited)."""
    if not isinstance(current, dict):
        return current
    out = copy.deepcopy(current)
    for path, old in machine.items():
        parts = path.split(".")
        if parts[0] == "compared_to" and len(parts) == 2:  # a compared time or amount the annotator added
            out[parts[1]] = old
    for path, old in machine.items():
        parts = path.split(".")
        if parts[0] == "compared_to" and len(parts) == 3 and isinstance(out.get(parts[1]), dict):
            out[parts[1]][parts[2]] = old
    return out


def _clear_compared(out: dict, machine: dict, status: str) -> None:
    """compared_to set to null; `review.machine` keeps the machine's whole comparison under `compared_to`."""
    old = machine_compared(out.get("compared_to"), machine)
    for path in [p for p in machine if p.startswith("compared_to.")]:
        del machine[path]
    _track(machine, "compared_to", old, None, status)
    out["compared_to"] = None


def _edges_free(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is not part of a longer word or number."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def compared_amount(record: dict, raw, value: float) -> dict:
    """A compared amount the annotator adds by typing its value: its span is where the claim's evidence
    states it (the typed text as it stands there, else an amount of that value), never the claim's own
    amount, so that its text is the text at its offsets. EditError when the evidence states no such amount."""
    evidence = record.get("evidence") or {}
    text, base = evidence.get("text"), evidence.get("start")
    if not isinstance(text, str) or not isinstance(base, int):
        raise EditError("compared_value", "this claim has no evidence to find the compared amount in")
    own = record.get("amount") or {}
    mentions = amounts_in(text)
    unit_at = {start: unit for start, _, _, unit in mentions}
    typed = raw.strip() if isinstance(raw, str) else ""
    candidates = [(i, i + len(typed), unit_at.get(i)) for i in range(len(text))
                  if typed and text.startswith(typed, i) and _edges_free(text, i, i + len(typed))]
    candidates += [(start, end, unit) for start, end, number, unit in mentions if _same(number, value)]
    for start, end, unit in candidates:
        if isinstance(own.get("start"), int) and isinstance(own.get("end"), int) \
                and base + start < own["end"] and own["start"] < base + end:
            continue  # the claim's own amount is not what it is compared with
        return {"start": base + start, "end": base + end, "text": text[start:end], "value": value,
                "unit": unit or own.get("unit") or ""}
    shown = typed or str(raw)
    raise EditError("compared_value", f"{shown!r} is not in the claim's evidence: a compared amount is a span of "
                                      "the text, so type it as the sentence states it")


def _add_compared(out: dict, obj_name: str, field: str, raw, value, machine: dict, status: str) -> None:
    """Add the compared time (typed years or dates) or the compared amount (a typed value) the record
    lacks; `review.machine` keeps the machine's comparison as it was (null) under `compared_to`, or
    its missing part under `compared_to.time` / `compared_to.amount`."""
    part = obj_name.split(".")[1]
    if part == "amount" and field != "compared_value":
        raise EditError(field, "this claim has no compared amount: type its value first")
    new = _new_object(obj_name) if part == "time" else compared_amount(out, raw, value)
    compared = out.get("compared_to")
    if isinstance(compared, dict):
        _track(machine, obj_name, None, new, status)
        compared[part] = new
    else:
        whole = {"time": None, "amount": None, part: new}
        _track(machine, "compared_to", compared, whole, status)
        out["compared_to"] = whole


def with_derived_basis(record: dict, fields: dict) -> dict:
    """Inferred unticked clears the basis, and a basis chosen ticks inferred, unless that was changed as
    well (then check_time sees that they agree)."""
    out = dict(fields)
    if "time_inferred" in fields and coerce("time_inferred", fields["time_inferred"]) is False \
            and not ("time_basis" in fields and _changed(record, "time_basis", fields["time_basis"])):
        out["time_basis"] = None
    if "time_basis" in fields and coerce("time_basis", fields["time_basis"]) is not None \
            and not ("time_inferred" in fields and _changed(record, "time_inferred", fields["time_inferred"])):
        out["time_inferred"] = True
    return out


#: (field prefix, object path, what it is called) of the two times an annotator edits
TIMES = (("time_", "time", "the time"), ("compared_time_", "compared_to.time", "the compared time"))


def with_derived_years(record: dict, fields: dict) -> dict:
    """A changed from_date/to_date sets the year `from`/`to` too, unless that was changed as well (for
    the claim's time and the compared time alike)."""
    out = dict(fields)
    for prefix, _, _ in TIMES:
        for side in ("from", "to"):
            raw, year = fields.get(f"{prefix}{side}_date"), f"{prefix}{side}"
            if raw is None or year in fields and _changed(record, year, fields[year]):
                continue
            day = coerce(f"{prefix}{side}_date", raw)
            if day is not None:
                out[year] = int(day[:4])
    return out


def check_time(record: dict) -> None:
    """The time bounds agree, in the claim's time and in the compared time: from <= to, from_date <=
    to_date, each year is the year of its date; a basis is given only for an inferred year."""
    for prefix, path, name in TIMES:
        time = _object(record, path)
        if time is None:
            continue
        if time.get("basis") is not None and time.get("inferred") is not True:
            raise EditError(f"{prefix}basis", f"{time['basis']!r} says where an inferred year comes from, but "
                                              f"{name}'s year is not inferred: tick inferred, or choose none")
        if isinstance(time.get("from"), int) and isinstance(time.get("to"), int) and time["from"] > time["to"]:
            raise EditError(f"{prefix}to", f"{name} ends ({time['to']}) before it starts ({time['from']})")
        first, last = time.get("from_date"), time.get("to_date")
        if isinstance(first, str) and isinstance(last, str) and first > last:
            raise EditError(f"{prefix}to_date", f"{name} ends ({last}) before it starts ({first})")
        for side in ("from", "to"):
            day, year = time.get(f"{side}_date"), time.get(side)
            if isinstance(day, str) and year is not None and int(day[:4]) != year:
                raise EditError(f"{prefix}{side}", f"{side} {year} is not the year of {side}_date {day}: change both")


def check_kind(record: dict) -> None:
    kind = record.get("kind")
    if kind in ("money", "quantity") and not record.get("amount"):
        raise EditError("kind", f"a {kind} claim needs an amount: mark its amount span first")
    if kind == "measure" and not record.get("measure"):
        raise EditError("kind", "a measure claim needs a measure: mark its measure span first")


def correct(record: dict, fields: dict, who: Reviewer, note: str | None = None) -> dict:
    """The record with `fields` applied. Machine records become `corrected` (or `accepted` when nothing
    differs from the machine's values); added records stay `added`."""
    out = copy.deepcopy(record)
    status = status_of(record)
    machine = dict((record.get("review") or {}).get("machine") or {})
    if "compared_to" in fields and fields["compared_to"] == KEEP:
        fields = {k: v for k, v in fields.items() if k != "compared_to"}
    clearing = "compared_to" in fields and coerce("compared_to", fields["compared_to"]) is None
    if clearing:  # the comparison goes as a whole: edits of its fields in the same save go with it
        fields = {k: v for k, v in fields.items() if k not in COMPARED_FIELDS}
    fields = with_derived_basis(record, with_derived_years(record, with_implied(record, fields)))
    for field in sorted(fields, key=lambda f: list(FIELDS).index(f) if f in FIELDS else -1):
        value = coerce(field, fields[field])
        old = get_field(out, field)
        if field == "actor_type" and (value is None or out.get("actor") is None):
            continue  # no actor to give a type (or the type of one left as it was)
        if field == "compared_to" or _same(old, value) or (field == "time_inferred" and bool(old) == value):
            continue  # a clearing is done last, as a whole; a missing `inferred` is false
        obj_name = FIELDS[field][0]
        if field in ("time_inferred", "time_basis") and out.get("time") is None:
            if not value:
                continue
            raise EditError(field, "this claim has no time: give its years first")
        if obj_name in OBJECT_WORDS and _object(out, obj_name) is None:
            if obj_name == "amount" or clearing:
                raise EditError(field, f"this claim has no {OBJECT_WORDS[obj_name]}")
            _add_compared(out, obj_name, field, fields[field], value, machine, status)
        _track(machine, _path(field), old, value, status)
        _set_field(out, field, value)
    if clearing and out.get("compared_to") is not None:
        _clear_compared(out, machine, status)
    check_time(out)
    check_kind(out)
    return _finish(out, status, machine, who, note)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def redraw(record: dict, part: str, start: int, end: int, text: str, who: Reviewer,
           note: str | None = None) -> dict:
    """The record with the span of `part` (amount, actor, time, measure, evidence) set to text[start:end].
    A part the record lacked is created (an actor named as the text reads, a measure likewise, an amount
    with the value the text states); the claim keeps its id, so a re-run does not add the machine's
    version of it again."""
    if part not in SPAN_PARTS:
        raise EditError("span", f"{part!r} is not one of {', '.join(SPAN_PARTS)}")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise EditError("span", f"not a span of the text: {start}-{end}")
    start, end = trim(text, start, end)
    if start == end:
        raise EditError("span", "the selection is only white space")
    surface = text[start:end]
    out = copy.deepcopy(record)
    status = status_of(record)
    machine = dict((record.get("review") or {}).get("machine") or {})
    obj = out.get(part)
    if not isinstance(obj, dict):
        obj = {"start": None, "end": None, "text": None} if part == "evidence" else _new_object(part)
        if part == "actor":
            obj["canonical"] = surface
        elif part == "measure":
            obj["canonical"] = surface.lower()
        elif part == "amount":
            reading = suggest_amount(surface)
            if reading is None:
                raise EditError("span", f"no amount in {surface!r}")
            obj.update({"value": reading.value, "unit": reading.unit or "", "qualifier": reading.qualifier})
        out[part] = obj
    for key, value in (("start", start), ("end", end), ("text", surface)):
        _track(machine, f"{part}.{key}", (record.get(part) or {}).get(key), value, status)
        obj[key] = value
    if "inherited" in obj:
        obj["inherited"] = False
    return _finish(out, status, machine, who, note)


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
        given = fields.get("value")
        reading = suggest_amount(surface) if _blank(given) else read_amount(str(given))
        amount = _new_object("amount")
        amount.update({"start": start, "end": end, "text": surface,
                       "value": coerce("value", given) if reading is None else reading.value,
                       "unit": coerce("unit", fields.get("unit")) or (reading.unit if reading else None) or "",
                       "qualifier": reading.qualifier if reading else None})
        record["amount"] = amount
    rest = {k: v for k, v in fields.items()
            if k not in ("kind", "value", "unit") and k in FIELDS and k not in COMPARED_FIELDS}
    for field, raw in rest.items():
        value = coerce(field, raw)
        if value is not None:
            _set_field(record, field, value)
    check_time(record)
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


ACTIONS = ("accept", "reject", "save", "span")


def find(records: list[dict], claim_id: str) -> dict:
    """The record of a claim (KeyError: no such claim)."""
    for record in records:
        if record.get("claim_id") == claim_id:
            return record
    raise KeyError(claim_id)


def apply_action(records: list[dict], claim_id: str, action: str, fields: dict | None, who: Reviewer,
                 note: str | None = None, span: dict | None = None, text: str | None = None) -> list[dict]:
    """The document's records after the annotator's action on one claim (KeyError: no such claim).
    `accept` with fields saves them (what the form shows is what is accepted); `span` redraws
    span = {part, start, end} in the article `text`."""
    record = find(records, claim_id)
    if action == "accept":
        changed = correct(record, fields, who, note) if fields else accept(record, who, note)
    elif action == "reject":
        changed = reject(record, who, note)
    elif action == "save":
        changed = correct(record, fields or {}, who, note)
    elif action == "span":
        if not isinstance(span, dict):
            raise EditError("span", "give the span as {part, start, end}")
        if text is None:
            raise EditError("span", "no article text for this document (run `claims annotate` first)")
        changed = redraw(record, str(span.get("part")), span.get("start"), span.get("end"), text, who, note)
    else:
        raise EditError("action", f"{action!r} is not one of {', '.join(ACTIONS)}")
    return replace_record(records, claim_id, changed)


def replace_record(records: list[dict], claim_id: str, record: dict | None) -> list[dict]:
    """Records with the claim's record replaced (removed when `record` is None), in the file order."""
    out = [r for r in records if r.get("claim_id") != claim_id]
    return sort_records(out + [record]) if record is not None else out


def add_record(records: list[dict], record: dict) -> list[dict]:
    """Records with an added one; it replaces an unreviewed machine record of the same id, never a reviewed one."""
    for existing in records:
        if existing.get("claim_id") == record["claim_id"] and is_reviewed(existing):
            raise EditError("span", "a reviewed claim with this span already exists")
    return sort_records([r for r in records if r.get("claim_id") != record["claim_id"]] + [record])
