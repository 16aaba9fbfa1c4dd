"""The one definition of what the pipeline writes: mention types, claim records (schema claim/1),
their JSON form and stable ids.

Every mention and every span of a record carries character (code point) offsets into the original
document text and its surface text, with ``text == document[start:end]`` always.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields

from pipeline import __version__

SCHEMA = "claim/1"
PIPELINE_VERSION = f"nb-claims {__version__}"


# --- mentions: what the stages find -----------------------------------------------------------

@dataclass
class Mention:
    type: str
    start: int
    end: int
    text: str

    def to_json(self, doc_id: str | None = None) -> dict:
        out = {"doc_id": doc_id} if doc_id is not None else {}
        data = _plain_fields(self)
        out.update({"type": data.pop("type"), "start": data.pop("start"), "end": data.pop("end"),
                    "text": data.pop("text")})
        out.update({("from" if k == "from_" else k): v for k, v in data.items()})
        return out


_FIELDS: dict[type, tuple[str, ...]] = {}
_PLAIN = (str, int, float, bool, type(None))


def _plain_fields(mention) -> dict:
    """asdict(mention) without its deep copy when every value is a str, number, bool or None (the
    copy of those is the value itself)."""
    names = _FIELDS.get(type(mention))
    if names is None:
        names = _FIELDS[type(mention)] = tuple(f.name for f in fields(mention))
    data = {name: getattr(mention, name) for name in names}
    if all(type(v) in _PLAIN for v in data.values()):
        return data
    return asdict(mention)


@dataclass
class Money(Mention):
    value: float = 0.0
    currency: str = "NOK"
    currency_inferred: bool = False
    qualifier: str | None = None
    per: str | None = None
    range: str | None = None


@dataclass
class Quantity(Mention):
    value: float = 0.0
    unit: str = ""
    qualifier: str | None = None
    per: str | None = None
    range: str | None = None


@dataclass
class Time(Mention):
    from_: int | None = None
    to: int | None = None
    date: str | None = None
    resolved: bool = True
    relative: bool = False
    #: The unit the text speaks in (calendar.GRAINS) and the inclusive ISO interval it covers
    #: (None where open); from_/to are the years of from_date/to_date (docs/time-values.md).
    grain: str | None = None
    from_date: str | None = None
    to_date: str | None = None


@dataclass
class Actor(Mention):
    canonical: str = ""
    actor_type: str = ""
    party: str | None = None
    ministry: str | None = None
    #: For `vi`/`vår`/`oss`: whose side the writer or speaker speaks for (else None).
    pronoun: bool = False


@dataclass
class Measure(Mention):
    canonical: str = ""
    in_lexicon: bool = False


# --- claim records ------------------------------------------------------------------------------

KINDS = ("money", "quantity", "measure")
QUALIFIERS = (None, "approx", "over", "under", "up_to", "at_least")
PERS = (None, "year", "month", "week", "day", "hour", "person", "unit")
RANGES = (None, "from", "to")
ACTOR_TYPES = ("party", "government", "ministry", "person", "organisation", "public_body", "place")
#: Where a claim's time comes from when the text does not state it (pipeline.claims.budget_year)
#: The grain of a time value (docs/time-values.md)
GRAINS = ("year", "half", "quarter", "month", "week", "day")
BASES = (None, "budget-named", "programme-period", "budget-year", "revised-budget", "document-date")
#: review.status of a record in an annotation file
STATUSES = ("unreviewed", "accepted", "corrected", "rejected", "added")


def claim_id(doc_id: str, start: int, end: int, text: str) -> str:
    """Stable id: first 16 hex digits of sha1(doc_id NUL start NUL end NUL text) of the amount span (of
    the measure span for kind=measure): the same document, span and text give the same id on every run."""
    key = f"{doc_id}\x00{start}\x00{end}\x00{text}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


def about(text: str, **schema) -> dict:
    """Field metadata for the JSON Schema: a description and any keywords (enum, minimum …)."""
    return {"description": text, **schema} if text else schema


@dataclass
class SpanRef:
    start: int | None
    end: int | None
    text: str | None


@dataclass
class AmountField:
    start: int
    end: int
    text: str
    value: float
    unit: str = field(metadata=about("ISO 4217 code for money; singular lemma of the counted noun for "
                                     "quantities; % for prosent."))
    qualifier: str | None = field(default=None, metadata=about("", enum=list(QUALIFIERS)))
    per: str | None = field(default=None, metadata=about("", enum=list(PERS)))
    range: str | None = field(default=None, metadata=about(
        "Which bound of a range (mellom X og Y, fra X til Y) this amount is.", enum=list(RANGES)))
    currency_inferred: bool = False


@dataclass
class ActorField:
    start: int | None
    end: int | None
    text: str | None
    canonical: str
    type: str = field(metadata=about("", enum=list(ACTOR_TYPES)))
    inherited: bool = False


@dataclass
class TimeField:
    start: int | None
    end: int | None
    text: str | None
    from_: int | None = field(metadata=about("First year, inclusive (null where open).", json="from"))
    to: int | None = field(metadata=about("Last year, inclusive (null where open)."))
    date: str | None = field(default=None, metadata=about(
        "The date as the text states it, at its own grain (2023-05-01, 2021-12), for a single day or month."))
    inherited: bool = False
    inferred: bool = field(default=False, metadata=about(
        "The year is not in the text: it is the document's budget year (see basis).", optional=True))
    basis: str | None = field(default=None, metadata=about(
        "Where an inferred year comes from: budget-named (the document names its budget year elsewhere), "
        "programme-period (a party programme's term, named in its title or opening, or the coming term of a party "
        "page before an election that speaks of it), "
        "budget-year (a budget proposal published in the autumn is for the next year), revised-budget "
        "(a revised budget is for the year it is published), document-date (the document's year).",
        enum=list(BASES), optional=True))
    grain: str | None = field(default=None, metadata=about(
        "The unit the text speaks in (docs/time-values.md).", enum=[None, *GRAINS], optional=True))
    from_date: str | None = field(default=None, metadata=about(
        "First day, inclusive, YYYY-MM-DD (null where open).", optional=True))
    to_date: str | None = field(default=None, metadata=about(
        "Last day, inclusive, YYYY-MM-DD (null where open).", optional=True))

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "from": self.from_, "to": self.to,
                "grain": self.grain, "from_date": self.from_date, "to_date": self.to_date, "date": self.date,
                "inherited": self.inherited, "inferred": self.inferred, "basis": self.basis}


@dataclass
class MeasureField:
    start: int
    end: int
    text: str
    canonical: str


@dataclass
class ComparedAmount:
    start: int
    end: int
    text: str
    value: float
    unit: str


@dataclass
class ComparedTo:
    """What a claim's amount is compared with: `300 millioner mer enn i fjor`, `mot 1,2 milliarder i 2022`,
    `sammenlignet med saldert budsjett 2019`. The compared time is not the claim's time."""

    time: TimeField | None = None
    amount: ComparedAmount | None = None

    def to_json(self) -> dict:
        return {"time": self.time.to_json() if self.time else None,
                "amount": asdict(self.amount) if self.amount else None}


@dataclass
class ClaimRecord:
    claim_id: str = field(metadata=about("First 16 hex digits of sha1(doc_id NUL start NUL end NUL text) of the "
                                         "amount span (of the measure span for kind=measure)."))
    doc_id: str
    doc_date: str | None = field(metadata=about("The document date in ISO form: YYYY, YYYY-MM or YYYY-MM-DD."))
    kind: str = field(metadata=about("", enum=list(KINDS)))
    evidence: SpanRef = field(metadata=about("The sentence or list item holding the claim."))
    amount: AmountField | None
    actor: ActorField | None
    time: TimeField | None
    measure: MeasureField | None
    change_id: str | None = field(default=None, metadata=about("Shared by the two records of a 'fra X til Y' change."))
    claimant: str | None = field(default=None, metadata=about(
        "Canonical name of who says it: the quoted speaker, else the publisher/author."))
    confidence: float = field(default=0.5, metadata=about("", minimum=0, maximum=1))
    pipeline_version: str = PIPELINE_VERSION
    compared_to: ComparedTo | None = field(default=None, metadata=about(
        "The time and/or amount the claim's amount is compared with (a comparison base is not the claim's "
        "time).", optional=True))
    # --- analysts' fields (issue 18): the article's metadata, and how claims repeat across articles ---
    publisher: str | None = field(default=None, metadata=about(
        "The document's publisher, from its metadata (meta.jsonl).", optional=True))
    title: str | None = field(default=None, metadata=about("The document's title, from its metadata.", optional=True))
    url: str | None = field(default=None, metadata=about("The document's address, from its metadata.", optional=True))
    claim_group: str | None = field(default=None, metadata=about(
        "Shared by the claims that state the same amount (value, unit, per, range bound) for the same measure "
        "and time by the same actor, in any document: first 16 hex digits of sha1 of those fields, normalised "
        "(pipeline.claims.groups). Null without an amount, an actor or a measure.", optional=True))
    summable: bool = field(default=False, metadata=about(
        "Whether SUM(value) over the amounts of one unit may count this one: false for ranges, per-unit amounts "
        "(per), percentages, comparisons and for a claim_group's repeats. In a record as the pipeline writes "
        "it a repeat is one within its document; the Parquet files of claims batch, the CSV/XLSX exports and "
        "claims report judge repeats across all their documents.", optional=True))
    # --- end of the analysts' fields ---
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "schema": SCHEMA,
            "claim_id": self.claim_id,
            "doc_id": self.doc_id,
            "doc_date": self.doc_date,
            "kind": self.kind,
            "evidence": asdict(self.evidence),
            "amount": asdict(self.amount) if self.amount else None,
            "actor": asdict(self.actor) if self.actor else None,
            "time": self.time.to_json() if self.time else None,
            "measure": asdict(self.measure) if self.measure else None,
            "change_id": self.change_id,
            "claimant": self.claimant,
            "confidence": round(self.confidence, 3),
            "pipeline_version": self.pipeline_version,
            "compared_to": self.compared_to.to_json() if self.compared_to else None,
            **self.analyst_json(),
        }

    def analyst_json(self) -> dict:
        return {"publisher": self.publisher, "title": self.title, "url": self.url,
                "claim_group": self.claim_group, "summable": self.summable}


#: The record fields for analysts (optional in the JSON Schema)
ANALYST_FIELDS = ("publisher", "title", "url", "claim_group", "summable")


# --- the JSON Schema of a record, generated from the dataclasses above ---------------------------

JSON_TYPES = {"int": "integer", "float": "number", "str": "string", "bool": "boolean", "None": "null"}
SPAN_FIELDS = ("start", "end", "text")


def _property(f) -> dict:
    schema = {k: v for k, v in f.metadata.items() if k not in ("json", "optional")}
    if "enum" not in schema:
        types = [JSON_TYPES[part.strip()] for part in f.type.split("|")]
        schema["type"] = types[0] if len(types) == 1 else types
    return schema


def _object(cls, required_span: bool = False) -> dict:
    props = {f.metadata.get("json", f.name): _property(f) for f in fields(cls)}
    if required_span:  # a span taken from the text: offsets and text always there
        for name in SPAN_FIELDS:
            props[name] = {"type": "string"} if name == "text" else {"type": "integer", "minimum": 0}
    required = [f.metadata.get("json", f.name) for f in fields(cls) if not f.metadata.get("optional")]
    return {"type": "object", "required": required, "properties": props}


def _optional(schema: dict) -> dict:
    return {"oneOf": [{"type": "null"}, schema]}


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a claim record; schema/claim.schema.json is this, written out
    by `make schema` (a test keeps the file current)."""
    record = {f.name: f for f in fields(ClaimRecord)}
    props: dict = {"schema": {"const": SCHEMA}}
    for name in ("claim_id", "doc_id", "doc_date", "kind"):
        props[name] = _property(record[name])
    props["evidence"] = {**_object(SpanRef, required_span=True), **record["evidence"].metadata}
    props["amount"] = _optional(_object(AmountField, required_span=True))
    props["actor"] = _optional(_object(ActorField))
    props["time"] = _optional(_object(TimeField))
    props["measure"] = _optional(_object(MeasureField, required_span=True))
    for name in ("change_id", "claimant", "confidence", "pipeline_version"):
        props[name] = _property(record[name])
    required = list(props)
    compared = {"type": "object", "required": ["time", "amount"], "properties": {
        "time": _optional(_object(TimeField)), "amount": _optional(_object(ComparedAmount, required_span=True))}}
    props["compared_to"] = {**_optional(compared), "description": record["compared_to"].metadata["description"]}
    for name in ANALYST_FIELDS:  # optional: records written before they existed stay valid
        props[name] = _property(record[name])
    props["review"] = REVIEW_SCHEMA
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA,
        "title": f"Claim record (schema {SCHEMA})",
        "description": "One claim extracted from one document. All start/end values are code-point offsets into "
                       "the document text exactly as read (header lines included); for every span, "
                       "text == document[start:end]. Inherited spans (taken from metadata, not from the text) "
                       "have start/end/text null.",
        "type": "object",
        "required": required,
        "properties": props,
    }


REVIEW_SCHEMA = {
    "type": "object",
    "description": "Only in annotation files (annotations/<doc_id>.jsonl).",
    "required": ["status"],
    "properties": {
        "status": {"enum": list(STATUSES)},
        "annotator": {"type": ["string", "null"]},
        "reviewed_at": {"type": ["string", "null"], "description": "ISO 8601 time"},
        "machine": {"type": ["object", "null"],
                    "description": "The machine's original field values when the record was corrected."},
        "note": {"type": ["string", "null"]},
        "stale": {"type": "boolean",
                  "description": "The document text changed since review and this record's spans no longer match it."},
    },
}


if __name__ == "__main__":
    import json

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))


# --- a record's time value as flat cells (CSV, XLSX, Parquet, Label Studio task data) -------------

TIME_VALUE_COLUMNS = ("time_grain", "time_from_date", "time_to_date", "time_inferred", "time_basis",
                      "compared_time_from", "compared_time_to", "compared_value", "compared_unit",
                      "compared_time_text", "compared_time_grain", "compared_time_from_date", "compared_time_to_date")


def time_value_cells(record: dict) -> dict:
    """The time value and comparison of a record (a JSON dict), by TIME_VALUE_COLUMNS name (None where
    absent): every export carries them (CSV, XLSX, Parquet, Label Studio task data)."""
    time = record.get("time") if isinstance(record.get("time"), dict) else {}
    compared = record.get("compared_to") if isinstance(record.get("compared_to"), dict) else {}
    ctime = compared.get("time") if isinstance(compared.get("time"), dict) else {}
    camount = compared.get("amount") if isinstance(compared.get("amount"), dict) else {}
    return {"time_grain": time.get("grain"), "time_from_date": time.get("from_date"), "time_to_date": time.get("to_date"),
            "time_inferred": time.get("inferred"), "time_basis": time.get("basis"),
            "compared_time_from": ctime.get("from"), "compared_time_to": ctime.get("to"),
            "compared_value": camount.get("value"), "compared_unit": camount.get("unit"),
            "compared_time_text": ctime.get("text"), "compared_time_grain": ctime.get("grain"),
            "compared_time_from_date": ctime.get("from_date"), "compared_time_to_date": ctime.get("to_date")}
