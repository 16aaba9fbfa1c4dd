"""CSV: one claim per row (UTF-8 with BOM, `;` between cells by default, as Excel in a Norwegian locale
reads it; `,` on request). A cell that a spreadsheet would run as a formula (it starts with =, +, -,
@, a tab or a carriage return: list items in articles begin with "- ") is written with a leading `'`,
which reading back removes (OWASP's advice against CSV injection). Read back: changed fields correct the claim, the
status column accepts or rejects it, a row without claim_id adds one. Every row is validated first;
errors name the row and field, and nothing is written when there is any.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pipeline.io import decode_bytes
from pipeline.review import store
from pipeline.review.edits import (
    EditError,
    add_record,
    get_field,
    new_claim,
)
from pipeline.review.interop.common import (
    AMOUNT_FIELDS,
    ANALYST_COLUMNS,
    OTHER_FIELDS,
    TIME_COLUMNS,
    Changes,
    anchor_of,
    apply_edits,
    field_edits,
    fmt,
)
from pipeline.review.merge import status_of
from pipeline.schema import STATUSES, time_value

#: The longest cell read back: an article sentence or a note, never a document.
MAX_CELL = 1_000_000
#: What a spreadsheet takes for the start of a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: `'` before what would start a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def cell_value(raw: str | None) -> str | None:
    """What safe_cell wrote, back: the `'` before a formula start is dropped (other text stays)."""
    if raw and raw.startswith("'") and raw[1:2] and raw[1] in "=+-@\t\r":
        return raw[1:]
    return raw


def csv_row(record: dict) -> dict:
    """A record as the cells of its row (formula-safe)."""
    return {name: safe_cell(value) for name, value in claim_cells(record).items()}


def claim_cells(record: dict) -> dict:
    """A record as the text of its cells, one per CSV column."""
    anchor = anchor_of(record)
    span = anchor[1] if anchor else {}
    review = record.get("review") or {}
    row = {"doc_id": record.get("doc_id", ""), "claim_id": record.get("claim_id", ""), "status": status_of(record),
           "kind": record.get("kind", ""), "anchor_start": fmt(span.get("start")), "anchor_end": fmt(span.get("end")),
           "anchor_text": span.get("text") or ""}
    for name in AMOUNT_FIELDS + OTHER_FIELDS:
        row[name] = fmt(get_field(record, name))
    row.update({"evidence": (record.get("evidence") or {}).get("text") or "", "annotator": review.get("annotator") or "",
                "reviewed_at": review.get("reviewed_at") or "", "note": review.get("note") or "",
                "stale": "true" if review.get("stale") else ""})
    row.update({name: fmt(record.get(name)) for name in ANALYST_COLUMNS[:-1]})
    row["summable"] = "true" if record.get("summable") else "false"
    row.update({name: str(value).lower() if isinstance(value, bool) else fmt(value)
                for name, value in time_value(record).items()})
    return row


CSV_COLUMNS = ("doc_id", "claim_id", "status", "kind", "anchor_start", "anchor_end", "anchor_text") + AMOUNT_FIELDS \
    + OTHER_FIELDS + ("evidence", "annotator", "reviewed_at", "note", "stale") + TIME_COLUMNS + ANALYST_COLUMNS


def import_csv(path: Path, changes: Changes) -> None:
    """Rows of a CSV as exported, or as a spreadsheet saved it again: UTF-8 with or without BOM (cp1252
    tolerated), comma or semicolon separated (Excel in a Norwegian locale writes semicolons)."""
    try:
        content, _ = decode_bytes(Path(path).read_bytes())
    except OSError as exc:
        changes.errors.append(f"{path}: cannot read: {exc}")
        return
    header = content.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
    missing = {"doc_id", "claim_id", "status"} - set(reader.fieldnames or ())
    if missing:
        changes.errors.append(f"{path}: missing columns: {', '.join(sorted(missing))}")
        return
    csv.field_size_limit(MAX_CELL)
    try:
        for row in reader:
            import_csv_row({name: cell_value(value) for name, value in row.items()}, f"row {reader.line_num}", changes)
    except csv.Error as exc:  # a cell over MAX_CELL, a quote left open …
        changes.errors.append(f"{path}: row {reader.line_num}: cannot read: {exc}")


def import_csv_row(row: dict, where: str, changes: Changes) -> None:
    errors = changes.errors
    doc_id = (row.get("doc_id") or "").strip()
    records = changes.records(doc_id)
    if records is None:
        errors.append(f"{where}: doc_id: no annotation file for {doc_id!r}")
        return
    status = (row.get("status") or "").strip() or None
    if status is not None and status not in STATUSES:
        errors.append(f"{where}: status: {status!r} is not one of {', '.join(STATUSES)}")
        return
    values = {name: row[name] for name in AMOUNT_FIELDS + OTHER_FIELDS if name in row}
    note = row.get("note")
    claim_id = (row.get("claim_id") or "").strip()
    if not claim_id:
        add_from_row(row, where, doc_id, values, note, changes)
        return
    record = next((r for r in records if r.get("claim_id") == claim_id), None)
    if record is None:
        errors.append(f"{where}: claim_id: no claim {claim_id!r} in {doc_id}")
        return
    before = len(errors)
    edits = field_edits(record, values, where, errors)
    if len(errors) == before:
        apply_edits(changes, doc_id, record, edits, status, note, where)


def add_from_row(row: dict, where: str, doc_id: str, values: dict, note: str | None, changes: Changes) -> None:
    errors = changes.errors
    text = (store.read_sidecar(changes.folder, doc_id) or {}).get("text")
    if not isinstance(text, str):
        errors.append(f"{where}: doc_id: no article text for {doc_id} (run claims annotate)")
        return
    try:
        start, end = int(row.get("anchor_start") or ""), int(row.get("anchor_end") or "")
    except ValueError:
        errors.append(f"{where}: anchor_start: a new claim needs anchor_start and anchor_end (offsets)")
        return
    if not (0 <= start < end <= len(text)) or text[start:end] != (row.get("anchor_text") or text[start:end]):
        errors.append(f"{where}: anchor_text: does not match the article text at {start}-{end}")
        return
    fields = {k: v for k, v in values.items() if v not in (None, "")}
    fields["kind"] = (row.get("kind") or "quantity").strip()
    try:
        record = new_claim(doc_id, text, start, end, fields, changes.who, note=note)
        changes.docs[doc_id] = add_record(changes.docs[doc_id], record)
    except EditError as exc:
        errors.append(f"{where}: {exc.field}: {exc.message}")
        return
    changes.report.added += 1
