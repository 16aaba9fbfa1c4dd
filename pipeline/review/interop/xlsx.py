"""XLSX: the annotation files as a workbook for editors and analysts, read in any spreadsheet: a sheet
`claims` (the CSV's columns, amounts and offsets as numbers, summable as TRUE/FALSE) and a sheet `articles` (id, title,
publisher, date, url, source, number of claims). Text that starts like a formula is stored as text."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pipeline.io import atomic_write_bytes
from pipeline.review import store
from pipeline.review.interop.common import analyst_records
from pipeline.review.interop.csvfile import CSV_COLUMNS, claim_cells

ARTICLE_COLUMNS = ("doc_id", "title", "publisher", "date", "url", "source", "claims")
NUMBERS = {"value", "anchor_start", "anchor_end", "time_from", "time_to", "compared_time_from", "compared_time_to",
           "compared_value"}


def write_xlsx(folder: Path, out: Path) -> int:
    """Write the workbook; returns the number of claims in it."""
    from openpyxl import Workbook

    book = Workbook()
    claims = book.active
    claims.title = "claims"
    claims.append(list(CSV_COLUMNS))
    articles = book.create_sheet("articles")
    articles.append(list(ARTICLE_COLUMNS))
    count = 0
    for doc_id, records in analyst_records(folder):
        for record in records:
            cells = claim_cells(record)
            cells["summable"] = bool(record.get("summable"))
            append_text_safe(claims, [number(cells[c]) if c in NUMBERS else cells[c] for c in CSV_COLUMNS])
        count += len(records)
        sidecar = store.read_sidecar(folder, doc_id) or {}
        append_text_safe(articles, [doc_id] + [sidecar.get(c) for c in ARTICLE_COLUMNS[1:-1]] + [len(records)])
    buffer = BytesIO()
    book.save(buffer)
    atomic_write_bytes(out, buffer.getvalue())
    return count


def number(cell: str) -> float | int | str:
    """A numeric cell as a number (an amount's value, an offset, a year); other text as it is."""
    try:
        value = float(cell)
    except ValueError:
        return cell
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def append_text_safe(sheet, values: list) -> None:
    """Append a row; a string that starts with "=" is stored as text, never as a formula."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"
