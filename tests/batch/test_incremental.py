"""Incremental runs: unchanged documents are skipped, changed ones reprocessed, never duplicated."""

from __future__ import annotations

import json
from collections import Counter

from pipeline.batch.manifest import Manifest, read_records
from tests.batch.conftest import doc_text, shard_records, shard_text, write_txt


def doc_ids(records):
    return Counter(r["doc_id"] for r in records)


def test_first_run_writes_shards_and_manifest(tmp_path, batch):
    ids = write_txt(tmp_path / "in", 5)
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out", "--chunk-size", "2")
    assert code == 0
    assert "5 documents processed, 0 skipped" in summary
    assert sorted(p.name for p in (tmp_path / "out").glob("claims-*.jsonl")) == [
        "claims-00000.jsonl", "claims-00001.jsonl", "claims-00002.jsonl"]
    records = shard_records(tmp_path / "out")
    assert set(doc_ids(records)) == set(ids)
    assert [r["doc_id"] for r in records] == sorted(r["doc_id"] for r in records)  # input order
    manifest = Manifest.load(tmp_path / "out")
    assert set(manifest.current) == set(ids)


def test_unchanged_documents_are_skipped(tmp_path, batch):
    write_txt(tmp_path / "in", 4)
    batch(tmp_path / "in", "--out", tmp_path / "out")
    before = shard_text(tmp_path / "out")
    manifest_before = (tmp_path / "out" / "manifest.jsonl").read_text()
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out")
    assert code == 0
    assert "0 documents processed, 4 skipped" in summary
    assert shard_text(tmp_path / "out") == before
    assert (tmp_path / "out" / "manifest.jsonl").read_text() == manifest_before


def test_new_documents_only_are_processed(tmp_path, batch):
    write_txt(tmp_path / "in", 3)
    batch(tmp_path / "in", "--out", tmp_path / "out")
    write_txt(tmp_path / "in", 2, start=3)
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out")
    assert "2 documents processed, 3 skipped" in summary
    assert set(doc_ids(shard_records(tmp_path / "out"))) == {f"doc{n:04d}" for n in range(5)}


def test_changed_text_is_reprocessed_without_duplicates(tmp_path, batch):
    write_txt(tmp_path / "in", 4)
    batch(tmp_path / "in", "--out", tmp_path / "out", "--chunk-size", "2")
    old = [r for r in shard_records(tmp_path / "out") if r["doc_id"] == "doc0001"]
    (tmp_path / "in" / "doc0001.txt").write_text(doc_text(500), encoding="utf-8")
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out", "--chunk-size", "2")
    assert code == 0 and "1 documents processed, 3 skipped" in summary
    records = shard_records(tmp_path / "out")
    new = [r for r in records if r["doc_id"] == "doc0001"]
    assert new and new != old
    assert "510 millioner kroner" in {r["amount"]["text"] for r in new if r["amount"]}
    # each record once, whether read naively (all shard files) or through the manifest
    assert len({r["claim_id"] for r in records}) == len(records)
    assert records == list(read_records(tmp_path / "out"))
    assert Manifest.load(tmp_path / "out").dirty_shards() == []


def test_changed_metadata_is_reprocessed(tmp_path, batch):
    write_txt(tmp_path / "in", 2)
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"id": "doc0000", "date": "2020-01-01"}) + "\n")
    batch(tmp_path / "in", "--out", tmp_path / "out", "--meta", meta)
    meta.write_text(json.dumps({"id": "doc0000", "date": "2021-01-01"}) + "\n")
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out", "--meta", meta)
    assert "1 documents processed, 1 skipped" in summary
    dates = {r["doc_date"] for r in shard_records(tmp_path / "out") if r["doc_id"] == "doc0000"}
    assert dates == {"2021-01-01"}


def test_new_pipeline_version_reprocesses_everything(tmp_path, batch, monkeypatch):
    import pipeline.batch.runner as runner

    write_txt(tmp_path / "in", 5)
    batch(tmp_path / "in", "--out", tmp_path / "out", "--chunk-size", "2")
    first = shard_records(tmp_path / "out")
    monkeypatch.setattr(runner, "PIPELINE_VERSION", "nb-claims 99.0")
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out", "--chunk-size", "2")
    assert code == 0 and "5 documents processed, 0 skipped" in summary
    records = shard_records(tmp_path / "out")
    assert records == first  # same records, each once: the old shards were superseded and removed
    assert sorted(p.name for p in (tmp_path / "out").glob("claims-*.jsonl")) == [
        "claims-00003.jsonl", "claims-00004.jsonl", "claims-00005.jsonl"]
    assert {e.version for e in Manifest.load(tmp_path / "out").current.values()} == {
        "nb-claims 99.0 | blank"}
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out", "--chunk-size", "2")
    assert "0 documents processed, 5 skipped" in summary


def test_repeated_id_in_one_run_keeps_the_last(tmp_path, batch):
    lines = [{"id": "a", "text": doc_text(1)}, {"id": "b", "text": doc_text(2)}, {"id": "a", "text": doc_text(3)},
             {"id": "b", "text": doc_text(2)}]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    code, summary = batch(path, "--out", tmp_path / "out")
    assert code == 0 and "1 skipped" in summary
    records = shard_records(tmp_path / "out")
    a_amounts = {r["amount"]["text"] for r in records if r["doc_id"] == "a" and r["amount"]}
    assert "13 millioner kroner" in a_amounts and "11 millioner kroner" not in a_amounts
    assert len({r["claim_id"] for r in records}) == len(records)
