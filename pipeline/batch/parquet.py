"""Parquet copies of the JSONL shards (flattened columns, one fixed schema) for analysts."""

from __future__ import annotations

import json
import os
from pathlib import Path

#: (column, arrow type name) — nested objects are flattened as object_field.
COLUMNS: list[tuple[str, str]] = [
    ("schema", "string"), ("claim_id", "string"), ("doc_id", "string"), ("doc_date", "string"),
    ("kind", "string"),
    ("evidence_start", "int64"), ("evidence_end", "int64"), ("evidence_text", "string"),
    ("amount_start", "int64"), ("amount_end", "int64"), ("amount_text", "string"),
    ("amount_value", "float64"), ("amount_unit", "string"), ("amount_qualifier", "string"),
    ("amount_per", "string"), ("amount_range", "string"), ("amount_currency_inferred", "bool"),
    ("actor_start", "int64"), ("actor_end", "int64"), ("actor_text", "string"),
    ("actor_canonical", "string"), ("actor_type", "string"), ("actor_inherited", "bool"),
    ("time_start", "int64"), ("time_end", "int64"), ("time_text", "string"), ("time_from", "int64"),
    ("time_to", "int64"), ("time_date", "string"), ("time_inherited", "bool"),
    ("measure_start", "int64"), ("measure_end", "int64"), ("measure_text", "string"),
    ("measure_canonical", "string"),
    ("change_id", "string"), ("claimant", "string"), ("confidence", "float64"),
    ("pipeline_version", "string"),
]


def flatten(record: dict) -> dict:
    row = {}
    for name, _ in COLUMNS:
        if name in record and not isinstance(record[name], dict):
            row[name] = record[name]
            continue
        head, _, tail = name.partition("_")
        obj = record.get(head)
        row[name] = obj.get(tail) if isinstance(obj, dict) else None
    if row.get("amount_value") is not None:
        row["amount_value"] = float(row["amount_value"])
    if row.get("confidence") is not None:
        row["confidence"] = float(row["confidence"])
    return row


def arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def parquet_path(jsonl: Path) -> Path:
    return jsonl.with_suffix(".parquet")


def write_parquet(jsonl: Path) -> Path:
    """claims-NNNNN.jsonl -> claims-NNNNN.parquet, atomically (temp file + rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = parquet_path(jsonl)
    with open(jsonl, encoding="utf-8") as fh:
        rows = [flatten(json.loads(line)) for line in fh if line.strip()]
    schema = arrow_schema()
    table = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
    tmp = target.with_name(f".{target.name}.tmp")
    pq.write_table(table, tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def sync_parquet(folder: Path, shards: list[str]) -> int:
    """Write the Parquet copy of every shard that lacks one or whose copy is older. Returns count."""
    written = 0
    for shard in shards:
        jsonl = folder / shard
        if not jsonl.exists():
            continue
        target = parquet_path(jsonl)
        if not target.exists() or target.stat().st_mtime_ns < jsonl.stat().st_mtime_ns:
            write_parquet(jsonl)
            written += 1
    return written
