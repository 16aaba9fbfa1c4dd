"""Killed at any moment (SIGKILL), a re-run finishes the job: no document lost, none duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from pipeline.batch.manifest import Manifest, read_records
from tests.batch.conftest import REPO, shard_records, write_txt

psutil = pytest.importorskip("psutil")


def batch_command(inputs, out, workers: int):
    return [sys.executable, "-m", "pipeline", "batch", str(inputs), "--out", str(out), "--model", "blank",
            "--quiet", "--workers", str(workers), "--chunk-size", "5"]


def assert_each_document_once(out, ids):
    records = shard_records(out)
    per_doc_claims = Counter((r["doc_id"], r["claim_id"]) for r in records)
    assert max(per_doc_claims.values()) == 1, "a record is duplicated"
    assert {r["doc_id"] for r in records} == set(ids), "a document is lost"
    manifest = Manifest.load(out)
    assert set(manifest.current) == set(ids)
    assert manifest.dirty_shards() == []
    assert records == list(read_records(out))


def test_resume_after_sigkill(tmp_path):
    ids = write_txt(tmp_path / "in", 600)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.Popen(batch_command(tmp_path / "in", out, 2), cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    # kill once a shard is committed (its manifest line written), not merely renamed into place
    manifest = out / "manifest.jsonl"
    while not (manifest.exists() and manifest.stat().st_size) and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.005)
    children = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
    killed_midway = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for child in children:  # the pool's workers exit once their parent is gone
        try:
            child.wait(timeout=20)
        except psutil.TimeoutExpired:
            child.kill()
            raise AssertionError(f"worker {child.pid} outlived its killed parent") from None
        except psutil.NoSuchProcess:
            pass
    assert killed_midway, "the batch finished before it could be killed; give it more documents"
    committed = set(Manifest.load(out, repair=False).current)
    assert 0 < len(committed) < len(ids)

    result = subprocess.run(batch_command(tmp_path / "in", out, 2), cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert f"{len(ids) - len(committed)} documents processed, {len(committed)} skipped" in summary
    assert_each_document_once(out, ids)


def test_orphan_shard_and_torn_manifest_line_are_repaired(tmp_path, batch):
    ids = write_txt(tmp_path / "in", 6)
    out = tmp_path / "out"
    batch(tmp_path / "in", "--out", out, "--chunk-size", "2")
    manifest_path = out / "manifest.jsonl"
    lines = manifest_path.read_text().splitlines(keepends=True)
    assert len(lines) == 3
    # as if killed while appending the last shard's line: the shard is there, its line torn
    manifest_path.write_text("".join(lines[:2]) + lines[2][: len(lines[2]) // 2])
    (out / ".claims-00009.jsonl.abc.tmp").write_text("half a shard")
    code, summary = batch(tmp_path / "in", "--out", out, "--chunk-size", "2")
    assert code == 0 and "2 documents processed, 4 skipped" in summary
    assert not (out / ".claims-00009.jsonl.abc.tmp").exists()
    assert sorted(p.name for p in out.glob("claims-*.jsonl")) == [
        "claims-00000.jsonl", "claims-00001.jsonl", "claims-00002.jsonl"]
    assert_each_document_once(out, ids)
    assert all(json.loads(line) for line in manifest_path.read_text().splitlines())


def test_killed_between_shard_and_manifest_line(tmp_path, batch):
    ids = write_txt(tmp_path / "in", 4)
    out = tmp_path / "out"
    batch(tmp_path / "in", "--out", out, "--chunk-size", "2")
    lines = (out / "manifest.jsonl").read_text().splitlines(keepends=True)
    (out / "manifest.jsonl").write_text(lines[0])  # the second shard was renamed, its line never written
    assert read_records(out) and {r["doc_id"] for r in read_records(out)} == set(ids[:2])
    code, summary = batch(tmp_path / "in", "--out", out, "--chunk-size", "2")
    assert "2 documents processed, 2 skipped" in summary
    assert_each_document_once(out, ids)


def test_killed_in_the_middle_of_a_compaction(tmp_path, batch, monkeypatch):
    import pipeline.batch.runner as runner

    ids = write_txt(tmp_path / "in", 4)
    out = tmp_path / "out"
    batch(tmp_path / "in", "--out", out, "--chunk-size", "2")
    monkeypatch.setattr(runner, "PIPELINE_VERSION", "nb-claims 99.0")
    real = Manifest.compact
    calls = []

    def dies(self):
        calls.append(1)
        if len(calls) == 2:  # the compaction at the end of the run
            raise KeyboardInterrupt
        return real(self)

    monkeypatch.setattr(Manifest, "compact", dies)
    try:
        batch(tmp_path / "in", "--out", out, "--chunk-size", "2")
    except KeyboardInterrupt:
        pass
    assert len(shard_records(out)) > len(list(read_records(out)))  # superseded records still on disk
    monkeypatch.setattr(Manifest, "compact", real)
    code, summary = batch(tmp_path / "in", "--out", out, "--chunk-size", "2")
    assert code == 0 and "0 documents processed, 4 skipped" in summary
    assert_each_document_once(out, ids)


def test_files_the_batch_did_not_write_are_never_deleted(tmp_path, batch):
    """A user's own claims-00007.jsonl (or .parquet) in --out stops the run; nothing is deleted."""
    write_txt(tmp_path / "in", 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims-00007.jsonl").write_text("mine\n")
    (out / "claims-12.parquet").write_text("mine too\n")
    code, summary = batch(tmp_path / "in", "--out", out)
    assert code == 2 and "claims-00007.jsonl" in summary and "nothing was deleted" in summary
    assert (out / "claims-00007.jsonl").read_text() == "mine\n" and (out / "claims-12.parquet").exists()
