"""Same records whatever the engine or the number of workers; fast path == naive path; Parquet."""

from __future__ import annotations

import pytest

from pipeline.batch.runner import Config, run_batch
from tests.batch.conftest import CORPUS, shard_text, write_txt


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    write_txt(folder, 12)
    return folder


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref")
    summary = run_batch(Config([str(inputs)], out, workers=1, model="blank", quiet=True, chunk_size=5))
    assert summary.processed == 12 and summary.failed == 0
    return shard_text(out)


def test_process_pool_gives_the_single_process_output(inputs, reference, tmp_path):
    summary = run_batch(Config([str(inputs)], tmp_path, workers=2, model="blank", quiet=True, chunk_size=5))
    assert summary.processed == 12
    assert shard_text(tmp_path) == reference


def test_dask_local_cluster_gives_the_local_output(inputs, reference, tmp_path):
    pytest.importorskip("dask.distributed")
    summary = run_batch(Config([str(inputs)], tmp_path, workers=2, engine="dask", model="blank", quiet=True,
                               chunk_size=5))
    assert summary.processed == 12 and summary.shards == 3
    assert shard_text(tmp_path) == reference
    # incremental on the dask engine too
    summary = run_batch(Config([str(inputs)], tmp_path, workers=1, engine="dask", model="blank", quiet=True,
                               chunk_size=5))
    assert summary.processed == 0 and summary.skipped == 12


@pytest.fixture(scope="module")
def standin_model(tmp_path_factory):
    pytest.importorskip("spacy")
    from bench.batch import build_standin_model

    return build_standin_model(tmp_path_factory.mktemp("model") / "standin")


def shipped_model():
    from pipeline.nlp import SHIPPED_MODEL

    if not (SHIPPED_MODEL / "config.cfg").exists():
        pytest.skip("no shipped model (pipeline/models/nb_claims_sm)")
    return SHIPPED_MODEL


@pytest.mark.parametrize("which", ["standin", "shipped"])
def test_fast_and_naive_paths_give_identical_records_on_the_corpus(tmp_path, which, request):
    """With a statistical model (the shipped one, and an untrained stand-in whose output is
    arbitrary, which only makes the check stricter), the fast path must give byte-identical records
    to the naive one."""
    model = request.getfixturevalue("standin_model") if which == "standin" else shipped_model()
    fast = run_batch(Config([str(CORPUS)], tmp_path / "fast", workers=1, model=str(model), quiet=True))
    naive = run_batch(Config([str(CORPUS)], tmp_path / "naive", workers=1, model=str(model), quiet=True,
                             naive=True))
    assert fast.processed == naive.processed > 20 and fast.failed == naive.failed == 0
    assert fast.records > 0
    assert shard_text(tmp_path / "fast") == shard_text(tmp_path / "naive")


def test_parquet_copies_have_the_records(inputs, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    import json

    run_batch(Config([str(inputs)], tmp_path, workers=1, model="blank", quiet=True, chunk_size=5, parquet=True))
    shards = sorted(tmp_path.glob("claims-*.jsonl"))
    assert [p.with_suffix(".parquet").exists() for p in shards] == [True] * 3
    records = [json.loads(line) for p in shards for line in p.read_text().splitlines()]
    table = pq.read_table(sorted(tmp_path.glob("claims-*.parquet"))[0]).to_pylist()
    first = records[0]
    assert table[0]["claim_id"] == first["claim_id"]
    assert table[0]["amount_value"] == first["amount"]["value"]
    assert table[0]["evidence_text"] == first["evidence"]["text"]
    total = sum(pq.read_metadata(p).num_rows for p in tmp_path.glob("claims-*.parquet"))
    assert total == len(records)
