"""CSV: one claim per row (UTF-8 with BOM, `;` between cells by default, as Excel in a Norwegian locale
reads it; `,` on request). A cell that a spreadsheet would run as a formula (it starts with =, +, -,
@, a tab or a carriage return: list items in articles begin with "- ") is written with a leading `'`,
which reading back removes (OWASP's advice against CSV injection). Read back: changed fields correct the claim, the
status column accepts or rejects it, a row without claim_id adds one. Every row is validated first;
errors name the row and field, and nothing is written when there is any.
"""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

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
from pipeline.review.interop.stream import LineCounter, StreamError, detect_encoding
from pipeline.review.interop.validate import MAX_CELL, ROW_VALIDATOR, problems, row_is_valid
from pipeline.review.merge import status_of
from pipeline.schema import time_value_cells

#: What a spreadsheet takes for the start of a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: `'` before what would start a formula, and before a text
    that starts with `'` itself (so that reading it back cannot take its own `'` for ours)."""
    return "'" + value if value.startswith(FORMULA_START) or value.startswith("'") else value


def cell_value(raw: str | None) -> str | None:
    """What safe_cell wrote, back: the `'` before a formula start or before another `'` is dropped
    (other text stays)."""
    if raw and raw.startswith("'") and raw[1:2] and raw[1] in "=+-@\t\r'":
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
                for name, value in time_value_cells(record).items()})
    return row


CSV_COLUMNS = ("doc_id", "claim_id", "status", "kind", "anchor_start", "anchor_end", "anchor_text") + AMOUNT_FIELDS \
    + OTHER_FIELDS + ("evidence", "annotator", "reviewed_at", "note", "stale") + TIME_COLUMNS + ANALYST_COLUMNS


#: The most data rows one file may hold: what a spreadsheet's sheet holds.
MAX_ROWS = 1_048_576
#: The longest row (its cells and separators together); one cell is at most MAX_CELL.
MAX_ROW_CHARS = 4 * MAX_CELL
#: Columns the import reads; the others of an export are context (evidence, annotator …).
REQUIRED_COLUMNS = ("doc_id", "claim_id", "status")


def import_csv(path: Path, changes: Changes) -> None:
    """Rows of a CSV as exported, or as a spreadsheet saved it again: UTF-8 with or without BOM (UTF-16
    with a BOM; cp1252 tolerated), comma or semicolon separated (Excel in a Norwegian locale writes
    semicolons). Read a row at a time: memory holds one row and the documents it changes, whatever the
    size of the file; every row is checked against ROW_SCHEMA (interop/validate.py) before it is applied."""
    try:
        encoding, warning = detect_encoding(path)
        if warning:
            changes.report.warnings.append(f"{path}: {warning}")
        with open(path, encoding=encoding, newline="") as fh:
            read_rows(path, fh, changes)
    except StreamError as exc:
        changes.errors.append(f"{path}: {exc}")
    except OSError as exc:
        changes.errors.append(f"{path}: cannot read: {exc.strerror or exc}")


def read_rows(path: Path, fh, changes: Changes) -> None:
    lines = LineCounter(fh, MAX_ROW_CHARS)
    header = fh.readline(MAX_ROW_CHARS + 1)
    delimiter = ";" if header.count(";") > header.count(",") else ","
    csv.field_size_limit(MAX_CELL)
    reader = csv.DictReader(itertools.chain([header], lines), delimiter=delimiter)
    try:
        columns = reader.fieldnames or []
    except csv.Error as exc:
        changes.errors.append(f"{path}: row 1: cannot read the header: {exc}")
        return
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        changes.errors.append(f"{path}: missing columns: {', '.join(missing)}")
        return
    unknown = [name for name in columns if name not in CSV_COLUMNS]
    if unknown:
        changes.report.warnings.append(f"{path}: columns this import does not read, ignored: {', '.join(unknown)}")
    rows = 0
    while not changes.full:
        lines.reset()
        try:
            row = next(reader, None)
        except (csv.Error, StreamError) as exc:  # a cell over MAX_CELL, a quote left open, a row too long
            changes.errors.append(f"{path}: row {reader.line_num}: cannot read: {exc}; stopped there")
            return
        if row is None:
            return
        rows += 1
        if rows > MAX_ROWS:
            changes.errors.append(f"{path}: row {reader.line_num}: more than {MAX_ROWS:,} rows (what a sheet holds); "
                                  "stopped there")
            return
        where = f"{path}: row {reader.line_num}"
        if None in row:
            changes.errors.append(f"{where}: {len(columns) + len(row[None])} cells, the header has {len(columns)}")
            continue
        cells = {name: cell_value(value) for name, value in row.items() if value is not None}
        if not row_is_valid(cells):
            changes.errors.extend(f"{where}: {problem}" for problem in problems(ROW_VALIDATOR, cells))
            continue
        import_csv_row(cells, where, changes)
    changes.errors.append(f"{path}: stopped reading at row {reader.line_num} after {len(changes.errors):,} errors")


def import_csv_row(row: dict, where: str, changes: Changes) -> None:
    errors = changes.errors
    doc_id = row["doc_id"].strip()
    records = changes.records(doc_id)
    if records is None:
        errors.append(f"{where}: doc_id: no annotation file for {doc_id!r}")
        return
    status = (row.get("status") or "").strip() or None
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
    fixed_cells(record, row, where, errors)
    edits = field_edits(record, values, where, errors)
    if len(errors) == before:
        apply_edits(changes, doc_id, record, edits, status, note, where)


def fixed_cells(record: dict, row: dict, where: str, errors: list[str]) -> None:
    """The kind and span of a claim are what it is: a row that changes them is an error, not ignored."""
    anchor = anchor_of(record)
    span = anchor[1] if anchor else {}
    fixed = {"kind": record.get("kind", ""), "anchor_start": fmt(span.get("start")), "anchor_end": fmt(span.get("end"))}
    for name, value in fixed.items():
        given = (row.get(name) or "").strip()
        if given and given != value:
            errors.append(f"{where}: {name}: {given!r} differs from the claim's {value!r}; a claim's kind and "
                          "span are not edited (reject it and add a row without claim_id)")


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
