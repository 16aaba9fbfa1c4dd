"""What both interchange formats share: the fields an annotator edits, the report and errors of an
import, and the changes an import makes to the annotation files (all or nothing)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.claims.groups import mark_summable
from pipeline.review import store
from pipeline.review.edits import (
    COMPARED_FIELDS,
    FIELDS,
    EditError,
    Reviewer,
    accept,
    coerce,
    correct,
    get_field,
    reject,
)
from pipeline.review.merge import sort_records, status_of
from pipeline.schema import TIME_VALUE_COLUMNS

AMOUNT_FIELDS = ("value", "unit", "qualifier", "per")
OTHER_FIELDS = ("actor", "actor_type", "time_from", "time_to", "measure")


#: An import stops reading after this many errors (nothing is written anyway): a broken file of a
#: million rows gives a screenful, not a million lines held in memory.
MAX_ERRORS = 1000


class ImportErrors(Exception):
    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


@dataclass
class ImportReport:
    corrected: int = 0
    accepted: int = 0
    rejected: int = 0
    added: int = 0
    noted: int = 0
    files: list[str] = field(default_factory=list)
    #: What was read but not used, said rather than dropped silently (a column this import does not know).
    warnings: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{self.accepted} accepted, {self.corrected} corrected, {self.rejected} rejected, {self.added} added, "
                f"{self.noted} notes; {len(self.files)} files changed")


def fmt(value) -> str:
    """A field value as text (what a form, a CSV cell or a Label Studio textarea shows)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def differs(record: dict, name: str, raw: str) -> bool:
    """Whether the text `raw` of a field means something else than the record's value (EditError if invalid)."""
    new = coerce(name, raw)
    old = get_field(record, name)
    if new in (None, "") and old in (None, ""):
        return False
    if isinstance(new, float) and isinstance(old, int | float) and not isinstance(old, bool):
        return float(old) != new
    return new != old


#: Read-only columns for analysts: the article's metadata and the claim's group and summable flag
ANALYST_COLUMNS = ("publisher", "title", "url", "claim_group", "summable")
#: Read-only columns of the claim's time value and comparison (pipeline.schema.time_value_cells)
TIME_COLUMNS = tuple(TIME_VALUE_COLUMNS)


def analyst_records(folder: Path) -> list[tuple[str, list[dict]]]:
    """Every document's records with the analysts' fields: publisher, title and url from the record, else
    from the document's sidecar; claim_group and summable recomputed (an annotator may have corrected
    the fields they come from) with repeats judged across the whole folder."""
    docs = []
    for doc_id in store.list_doc_ids(folder):
        sidecar = store.read_sidecar(folder, doc_id) or {}
        meta = {name: sidecar.get(name) for name in ("publisher", "title", "url")}
        docs.append((doc_id, [{**r, **{k: r.get(k) or v for k, v in meta.items()}}
                              for r in store.read_records(folder, doc_id)]))
    marked = iter(mark_summable(r for _, records in docs for r in records))
    return [(doc_id, [next(marked) for _ in records]) for doc_id, records in docs]


def editable_fields(record: dict) -> tuple[str, ...]:
    return (AMOUNT_FIELDS if record.get("amount") else ()) + OTHER_FIELDS


def anchor_of(record: dict) -> tuple[str, dict] | None:
    for name in ("amount", "measure"):
        span = record.get(name)
        if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
            return name, span
    return None


class Changes:
    """Records per document as an import changes them (loaded lazily), with the errors found."""

    def __init__(self, folder: Path, who: Reviewer):
        self.folder = folder
        self.who = who
        self.docs: dict[str, list[dict]] = {}
        self.originals: dict[str, str] = {}
        self.errors: list[str] = []
        self.report = ImportReport()

    @property
    def full(self) -> bool:
        """Whether so many errors were found that reading on would only add more."""
        return len(self.errors) >= MAX_ERRORS

    def records(self, doc_id: str) -> list[dict] | None:
        if doc_id not in self.docs:
            if not store.valid_doc_id(doc_id) or doc_id not in store.list_doc_ids(self.folder):
                return None
            content = store.read_content(self.folder, doc_id)
            try:
                self.docs[doc_id] = store.parse(content)
            except store.BadFile as exc:
                raise ImportErrors([*self.errors, f"{doc_id}.jsonl: {exc}"]) from None
            self.originals[doc_id] = content
        return self.docs[doc_id]

    def replace(self, doc_id: str, record: dict) -> None:
        self.docs[doc_id] = [record if r["claim_id"] == record["claim_id"] else r for r in self.docs[doc_id]]

    def write(self) -> ImportReport:
        """Write every changed document, all or nothing (store.write_many)."""
        changed = {}
        for doc_id, records in self.docs.items():
            content = store.serialise(sort_records(records))
            if content != self.originals[doc_id]:
                changed[doc_id] = sort_records(records)
                self.report.files.append(doc_id)
        if changed:
            store.write_many(self.folder, changed)
        return self.report


def apply_edits(changes: Changes, doc_id: str, record: dict, edits: dict, target: str | None, note: str | None,
                where: str) -> None:
    """Bring one record to what the imported row/region says (target status, field edits, note)."""
    who = changes.who
    current = status_of(record)
    note_changed = note is not None and (note or None) != (record.get("review") or {}).get("note")
    new = record
    if target == "rejected":
        if current != "rejected":
            new = reject(record, who, note if note_changed else None)
            changes.report.rejected += 1
    elif edits:
        new = correct(record, edits, who, note if note_changed else None)
        changes.report.corrected += 1
    elif target == "accepted" and current in ("unreviewed", "rejected"):
        new = accept(record, who, note if note_changed else None)
        changes.report.accepted += 1
    elif target in (None, current) or (target == "accepted" and current in ("corrected", "added")):
        pass
    else:
        changes.errors.append(f"{where}: status: cannot change {current!r} to {target!r} without a changed field")
        return
    if note_changed and new is record:
        new = {**record, "review": {**(record.get("review") or {}), "note": note or None}}
        changes.report.noted += 1
    if new is not record:
        changes.replace(doc_id, new)


def field_edits(record: dict, values: dict[str, str], where: str, errors: list[str]) -> dict:
    edits = {}
    for name, raw in values.items():
        if name not in FIELDS or name == "kind" or name in COMPARED_FIELDS or raw is None:
            continue  # the kind is not changed by an import; compared_to is edited in the review app only
        if name == "actor_type" and not raw.strip():
            continue  # a claim without an actor has no type to give; a type alone is never cleared
        if name in AMOUNT_FIELDS and not record.get("amount"):
            if raw.strip():
                errors.append(f"{where}: {name}: this claim has no amount")
            continue
        try:
            if differs(record, name, raw):
                edits[name] = raw
        except EditError as exc:
            errors.append(f"{where}: {exc.field}: {exc.message}")
    return edits
