"""Per-document errors go to errors.jsonl; the batch goes on; the exit code says so."""

from __future__ import annotations

import json

import pipeline.batch.engines as runner
from tests.batch.conftest import doc_text, errors, shard_records, write_txt


def test_bad_documents_are_reported_and_the_batch_goes_on(tmp_path, batch):
    write_txt(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_text("")
    jsonl = tmp_path / "in" / "more.jsonl"
    jsonl.write_text(json.dumps({"id": "j1", "text": doc_text(7)}) + "\n{not json\n"
                     + json.dumps({"id": "j2", "text": doc_text(8)}) + "\n")
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out")
    assert code == 1
    assert "5 documents processed, 0 skipped (unchanged), 2 failed" in summary
    errs = errors(tmp_path / "out")
    assert [e["stage"] for e in errs] == ["read", "read"]
    assert any(e["document"].endswith("empty.txt") and "empty" in e["message"] for e in errs)
    assert any("more.jsonl:2" in e["document"] and "malformed JSON" in e["message"] for e in errs)
    assert {r["doc_id"] for r in shard_records(tmp_path / "out")} == {"doc0000", "doc0001", "doc0002", "j1", "j2"}
    # the next run skips what was done and reports the same bad documents again
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out")
    assert code == 1 and "0 documents processed, 5 skipped (unchanged), 2 failed" in summary
    assert len(errors(tmp_path / "out")) == 2


def test_extraction_failure_is_isolated_and_retried(tmp_path, batch, monkeypatch):
    write_txt(tmp_path / "in", 4)
    real = runner.make_extractor

    class Flaky:
        def __init__(self, model, fast):
            self.inner = real(model, fast)

        def extract(self, document):
            if document.id == "doc0002":
                raise RuntimeError("boom")
            return self.inner.extract(document)

    monkeypatch.setattr(runner, "make_extractor", Flaky)
    monkeypatch.setattr(runner, "_EXTRACTOR", None)
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out", "--chunk-size", "2")
    assert code == 1 and "3 documents processed" in summary and "1 failed" in summary
    assert errors(tmp_path / "out") == [
        {"document": str(tmp_path / "in" / "doc0002.txt"), "stage": "extract", "level": "error",
         "message": "RuntimeError: boom"}]
    assert "doc0002" not in {r["doc_id"] for r in shard_records(tmp_path / "out")}
    # fixed: the failed document (and only it) is processed on the next run
    monkeypatch.setattr(runner, "make_extractor", real)
    monkeypatch.setattr(runner, "_EXTRACTOR", None)
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out", "--chunk-size", "2")
    assert code == 0 and "1 documents processed, 3 skipped" in summary
    assert errors(tmp_path / "out") == []
    ids = [r["doc_id"] for r in shard_records(tmp_path / "out")]
    assert "doc0002" in ids


def test_a_failure_retires_the_old_records(tmp_path, batch, monkeypatch):
    write_txt(tmp_path / "in", 2)
    batch(tmp_path / "in", "--out", tmp_path / "out")
    (tmp_path / "in" / "doc0001.txt").write_text(doc_text(99), encoding="utf-8")
    real = runner.make_extractor

    class Broken:
        def __init__(self, model, fast):
            pass

        def extract(self, document):
            raise ValueError("nope")

    monkeypatch.setattr(runner, "make_extractor", Broken)
    monkeypatch.setattr(runner, "_EXTRACTOR", None)
    code, _ = batch(tmp_path / "in", "--out", tmp_path / "out")
    assert code == 1
    # the records of the old text are not presented as the records of the new one
    assert {r["doc_id"] for r in shard_records(tmp_path / "out")} == {"doc0000"}
    monkeypatch.setattr(runner, "make_extractor", real)
    monkeypatch.setattr(runner, "_EXTRACTOR", None)
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out")
    assert code == 0 and "1 documents processed, 1 skipped" in summary


def test_encoding_warnings_are_shown_and_no_progress_bar_in_a_log(tmp_path, capsys):
    from pipeline.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "latin.txt").write_bytes("Kommunen får 5 millioner kroner til skolen på Ås.".encode("cp1252"))
    assert main(["batch", str(folder), "--out", str(tmp_path / "out"), "--model", "blank", "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "latin.txt" in err and "cp1252" in err
    assert "it/s" not in err and "doc/s" not in err  # no progress bar where stderr is not a terminal


def test_warnings_go_to_errors_jsonl_beside_the_shards(tmp_path, batch):
    write_txt(tmp_path / "in", 1)
    (tmp_path / "in" / "latin.txt").write_bytes("Regjeringen bruker 5 millioner kroner på skolen i 2024. Blåbær."
                                                .encode("cp1252"))
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out")
    assert code == 0 and "2 documents processed" in summary
    assert errors(tmp_path / "out") == [{"document": str(tmp_path / "in" / "latin.txt"), "stage": "read",
                                         "level": "warning", "message": "not UTF-8; decoded as cp1252"}]


def test_a_second_run_into_a_busy_folder_stops_with_one_line(tmp_path, batch, capsys):
    from pipeline.batch.manifest import folder_lock
    from pipeline.cli import main

    write_txt(tmp_path / "in", 2)
    with folder_lock(tmp_path / "out"):  # a run in progress
        code = main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--model", "blank",
                     "--quiet", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "in use by another claims batch run" in err and "Traceback" not in err
    assert not list((tmp_path / "out").glob("claims-*"))  # it wrote nothing
    code, summary = batch(tmp_path / "in", "--out", tmp_path / "out")  # once the other run is done
    assert code == 0 and "2 documents processed" in summary
