"""Parquet copies of the JSONL shards (flattened columns, one fixed schema) for analysts.

Their `summable` column judges a claim group's repeats across every live shard (the JSONL records
judge them within their document, see pipeline.claims.groups), so `SUM(amount_value) WHERE summable`
over all the Parquet files counts each group once. `claim_group` and `summable` are recomputed from
the record's fields, so shards written before those fields existed get them too. A new document can
make an older shard's record a repeat (or the first): each sync reads every shard twice (the groups'
first records, then each shard's flags) and rewrites the copies whose flags changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from pipeline.claims.groups import claim_group, first_of_groups, is_summable
from pipeline.schema import time_value_cells

#: Parquet metadata key: sha256 of the copy's summable column, to see when it must be rewritten
SUMMABLE_KEY = b"nb_claims.summable"

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
    ("time_grain", "string"), ("time_from_date", "string"), ("time_to_date", "string"), ("time_inferred", "bool"),
    ("time_basis", "string"),
    ("measure_start", "int64"), ("measure_end", "int64"), ("measure_text", "string"),
    ("measure_canonical", "string"),
    ("change_id", "string"), ("claimant", "string"), ("confidence", "float64"),
    ("pipeline_version", "string"),
    ("publisher", "string"), ("title", "string"), ("url", "string"), ("claim_group", "string"),
    ("summable", "bool"),
    ("compared_time_from", "int64"), ("compared_time_to", "int64"), ("compared_value", "float64"),
    ("compared_unit", "string"),
    ("compared_time_text", "string"), ("compared_time_grain", "string"), ("compared_time_from_date", "string"),
    ("compared_time_to_date", "string"),
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
    row.update({name: value for name, value in time_value_cells(record).items() if name.startswith("compared_")})
    for name in ("amount_value", "compared_value"):
        if row.get(name) is not None:
            row[name] = float(row[name])
    if row.get("confidence") is not None:
        row["confidence"] = float(row["confidence"])
    return row


def arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def parquet_path(jsonl: Path) -> Path:
    return jsonl.with_suffix(".parquet")


def shard_records(jsonl: Path) -> Iterator[dict]:
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def flags_digest(flags: list[bool]) -> bytes:
    return hashlib.sha256(bytes(flags)).hexdigest().encode()


def write_parquet(jsonl: Path, first: dict[str, tuple] | None = None) -> Path:
    """claims-NNNNN.jsonl -> claims-NNNNN.parquet, atomically (temp file + rename); `first` (see
    pipeline.claims.groups.first_of_groups) judges repeats across the whole set, else within the shard."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = parquet_path(jsonl)
    records = list(shard_records(jsonl))
    if first is None:
        first = first_of_groups(records)
    rows = [flatten({**r, "claim_group": claim_group(r), "summable": is_summable(r, first)}) for r in records]
    schema = arrow_schema().with_metadata({SUMMABLE_KEY: flags_digest([row["summable"] for row in rows])})
    table = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
    tmp = target.with_name(f".{target.name}.tmp")
    pq.write_table(table, tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def current_digest(target: Path) -> bytes | None:
    import pyarrow.parquet as pq

    try:
        return (pq.read_schema(target).metadata or {}).get(SUMMABLE_KEY)
    except (OSError, ValueError):  # unreadable: write it again
        return None


def sync_parquet(folder: Path, shards: list[str]) -> int:
    """Write the Parquet copy of every shard that lacks one, whose copy is older, or whose summable
    flags changed with the whole set. Returns the number written."""
    paths = [folder / shard for shard in shards if (folder / shard).exists()]
    first = first_of_groups(record for path in paths for record in shard_records(path))
    written = 0
    for jsonl in paths:
        target = parquet_path(jsonl)
        stale = not target.exists() or target.stat().st_mtime_ns < jsonl.stat().st_mtime_ns
        if not stale:
            flags = [is_summable(r, first) for r in shard_records(jsonl)]
            stale = current_digest(target) != flags_digest(flags)
        if stale:
            write_parquet(jsonl, first)
            written += 1
    return written
