"""`claims annotate`: extraction merged into DIR/<doc_id>.jsonl plus the text sidecar, atomically."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from pipeline.io import make_document, read_inputs
from pipeline.review import store
from pipeline.review.commands import annotate, annotate_document
from pipeline.review.edits import Reviewer, apply_action
from pipeline.review.merge import status_of

from .helpers import TEXT, FakeExtractor

ROOT = Path(__file__).resolve().parents[2]
ME = Reviewer("ann", "2026-11-24T12:00:00Z")


def test_annotate_writes_records_and_sidecar(tmp_path):
    doc = make_document("doc1", TEXT, {"date": "2021-01-01", "title": "T"})
    annotate_document(doc, FakeExtractor(), tmp_path)
    records = store.read_records(tmp_path, "doc1")
    assert [status_of(r) for r in records] == ["unreviewed"] * 3
    sidecar = json.loads((tmp_path / "doc1.doc.json").read_text(encoding="utf-8"))
    assert sidecar["text"] == TEXT and sidecar["text_sha256"] == store.text_sha256(TEXT)
    assert sidecar["title"] == "T" and sidecar["date"] == "2021-01-01"


def test_rerun_keeps_the_annotators_work(tmp_path):
    doc = make_document("doc1", TEXT)
    annotate_document(doc, FakeExtractor(), tmp_path)
    records = store.read_records(tmp_path, "doc1")
    records = apply_action(records, records[0]["claim_id"], "save", {"value": "451000000"}, ME)
    store.write_records(tmp_path, "doc1", records)
    before = store.read_content(tmp_path, "doc1")
    annotate_document(doc, FakeExtractor(), tmp_path)
    assert store.read_content(tmp_path, "doc1") == before


def test_bad_documents_are_reported_one_line_each_and_the_rest_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(TEXT, encoding="utf-8")
    (src / "crash.txt").write_text("BOOM " + TEXT, encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    err = io.StringIO()
    failed = annotate(read_inputs([str(src)]), FakeExtractor(), tmp_path / "ann", err=err)
    assert failed == 2
    errors = [line for line in err.getvalue().splitlines() if "error" in line]
    assert len(errors) == 2 and any("crash" in e for e in errors) and any("empty" in e for e in errors)
    assert store.list_doc_ids(tmp_path / "ann") == ["good"]


def test_cli_exit_status(tmp_path, monkeypatch):
    import pipeline.extract
    from pipeline.cli import main

    monkeypatch.setattr(pipeline.extract, "Extractor", lambda model=None: FakeExtractor())
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["annotate", str(tmp_path / "a.txt"), "--annotations", str(tmp_path / "ann")]) == 0
    assert main(["annotate", str(tmp_path / "missing.txt"), "--annotations", str(tmp_path / "ann")]) == 1


def test_a_crash_while_writing_leaves_the_old_file(tmp_path, monkeypatch):
    doc = make_document("doc1", TEXT)
    annotate_document(doc, FakeExtractor(), tmp_path)
    before = store.read_content(tmp_path, "doc1")

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed mid-write")

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        annotate_document(make_document("doc1", "Ny tekst. " + TEXT), FakeExtractor(), tmp_path)
    assert store.read_content(tmp_path, "doc1") == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_gold_files_keep_every_reviewed_line(tmp_path):
    """`claims annotate` over the bundled corpus leaves each gold line of annotations/ byte-identical."""
    gold_dir = ROOT / "annotations"
    if not (ROOT / "corpus").is_dir() or not gold_dir.is_dir():
        pytest.skip("no bundled corpus")
    work = tmp_path / "annotations"
    shutil.copytree(gold_dir, work)
    before = {p.name: p.read_text(encoding="utf-8") for p in work.glob("*.jsonl")}

    def machine(doc_id, text):  # the fake machine re-finds the first gold claim and one of its own
        gold = store.parse(before.get(f"{doc_id}.jsonl", ""))
        return [{k: v for k, v in r.items() if k != "review"} for r in gold[:1]]

    assert annotate(read_inputs([str(ROOT / "corpus")]), FakeExtractor(machine), work, err=io.StringIO()) == 0
    for name, content in before.items():
        after = (work / name).read_text(encoding="utf-8")
        assert set(content.splitlines()) <= set(after.splitlines()), name


def test_a_broken_annotation_file_is_an_error_and_is_kept(tmp_path):
    (tmp_path / "doc1.jsonl").write_text('{"claim_id": "x", "review": {"status": "accepted"}}\n{oops\n', encoding="utf-8")
    broken = (tmp_path / "doc1.jsonl").read_bytes()
    err = io.StringIO()
    assert annotate([make_document("doc1", TEXT)], FakeExtractor(), tmp_path, err=err) == 1
    assert "doc1: BadFile: " in err.getvalue() and "doc1.jsonl: line 2: malformed JSON" in err.getvalue()
    assert (tmp_path / "doc1.jsonl").read_bytes() == broken
