"""The README's DuckDB example, run as written on the Parquet files of a batch run: the same figures
as the report's money per actor, a repeated claim counted once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

from pipeline.batch.manifest import read_records  # noqa: E402
from pipeline.cli import main  # noqa: E402
from pipeline.report import aggregate as agg  # noqa: E402

from .helpers import ARTICLES, write_jsonl  # noqa: E402

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_query() -> str:
    section = README.read_text(encoding="utf-8").split("## Analysts: Parquet and DuckDB", 1)[1]
    return re.search(r"```sql\n(.*?)```", section, flags=re.S).group(1)


def test_the_readme_query_sums_each_claim_once(tmp_path, capsys):
    inputs = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    out = tmp_path / "out" / "batch"
    assert main(["batch", str(inputs), "--out", str(out), "--parquet", "--model", "blank", "--quiet",
                 "--workers", "1", "--chunk-size", "1"]) == 0
    query = readme_query().replace("'out/batch/", f"'{out}/")
    rows = duckdb.sql(query).fetchall()

    records = agg.prepare(read_records(out))
    expected = [(t.label, round(t.value / 1e9, 2), t.count) for t in agg.totals(agg.summed(records), agg.actor_of)]
    assert rows == expected
    repeated = agg.repeated_groups(records)
    assert repeated and {"vei-a", "vei-b"} <= set(repeated[0].doc_ids)  # in two shards, counted once
