"""Inputs of every kind (.jsonl.gz, globs, folders) and Parquet after a compaction."""

from __future__ import annotations

import gzip
import json

from tests.batch.conftest import doc_text, shard_records, write_txt


def test_gzip_jsonl_and_glob_inputs(tmp_path, batch):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        for n in range(3):
            fh.write(json.dumps({"id": f"gz{n}", "text": doc_text(n), "date": "2023-05-01"}) + "\n")
    write_txt(tmp_path / "txt", 2)
    code, summary = batch(tmp_path / "*.jsonl.gz", tmp_path / "txt" / "*.txt", "--out", tmp_path / "out")
    assert code == 0 and "5 documents processed" in summary
    records = shard_records(tmp_path / "out")
    assert [r["doc_id"] for r in records][:1] == ["gz0"]
    assert {r["doc_id"] for r in records} == {"gz0", "gz1", "gz2", "doc0000", "doc0001"}
    assert {r["doc_date"] for r in records if r["doc_id"].startswith("gz")} == {"2023-05-01"}


def test_parquet_follows_compaction(tmp_path, batch):
    import pytest

    pq = pytest.importorskip("pyarrow.parquet")
    write_txt(tmp_path / "in", 4)
    out = tmp_path / "out"
    batch(tmp_path / "in", "--out", out, "--chunk-size", "2", "--parquet")
    (tmp_path / "in" / "doc0000.txt").write_text(doc_text(40), encoding="utf-8")
    (tmp_path / "in" / "doc0001.txt").write_text(doc_text(41), encoding="utf-8")
    code, _ = batch(tmp_path / "in", "--out", out, "--chunk-size", "2", "--parquet")
    assert code == 0
    # claims-00000 held doc0000 and doc0001, both superseded: gone, with its Parquet copy
    assert sorted(p.name for p in out.glob("claims-*")) == [
        "claims-00001.jsonl", "claims-00001.parquet", "claims-00002.jsonl", "claims-00002.parquet"]
    rows = sum(pq.read_metadata(p).num_rows for p in out.glob("*.parquet"))
    assert rows == len(shard_records(out))
