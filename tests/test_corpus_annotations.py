"""The bundled sample corpus (corpus/) and its hand-made gold claims (annotations/) agree with each other."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
SCHEMA = json.loads((ROOT / "schema" / "claim.schema.json").read_text(encoding="utf-8"))
SPAN_FIELDS = ("evidence", "amount", "actor", "time", "measure")

ANNOTATION_FILES = sorted(ANNOTATIONS.glob("*.jsonl"))


def load_meta() -> dict[str, dict]:
    meta: dict[str, dict] = {}
    path = CORPUS / "meta.jsonl"
    if not path.exists():
        return meta
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            meta[obj["id"]] = obj
    return meta


META = load_meta()


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def expected_claim_id(doc_id: str, span: dict) -> str:
    key = f"{doc_id}\x00{span['start']}\x00{span['end']}\x00{span['text']}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def test_there_are_annotations():
    assert len(ANNOTATION_FILES) >= 1


def test_meta_lines_are_well_formed():
    for doc_id, obj in META.items():
        assert set(obj) >= {"id", "date", "publisher", "genre", "title", "author"}, doc_id
        assert obj["genre"] in {"press-release", "op-ed", "party-page", "news", "budget-document"}, doc_id
        assert obj.get("split") in {"dev", "test"}, doc_id
        assert obj.get("area") in AREAS, doc_id
        assert (CORPUS / f"{doc_id}.txt").exists(), doc_id


AREAS = {"health", "schools", "higher-education", "transport", "defence", "justice", "climate", "culture",
         "municipal-economy", "welfare", "agriculture", "immigration", "foreign-aid", "housing", "energy"}


def test_the_test_split_is_large_and_spans_the_genres():
    test = [m for m in META.values() if m["split"] == "test"]
    assert len(test) >= 30
    assert {m["genre"] for m in test} == {m["genre"] for m in META.values()}


@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=lambda p: p.stem)
def test_annotation_file(path: Path):
    doc_id = path.stem
    txt = CORPUS / f"{doc_id}.txt"
    assert txt.exists(), f"no corpus text for {doc_id}"
    assert doc_id in META, f"no meta line for {doc_id}"
    with open(txt, encoding="utf-8") as fh:
        doc = fh.read()
    records = read_records(path)
    assert records, f"{doc_id}: no records"
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for rec in records:
        errors = sorted(validator.iter_errors(rec), key=str)
        assert not errors, f"{doc_id}: {errors[0].message}"
        assert rec["doc_id"] == doc_id
        assert rec["doc_date"] == META[doc_id]["date"]
        for field in SPAN_FIELDS:
            span = rec[field]
            if span is None or span.get("start") is None:
                continue
            assert 0 <= span["start"] <= span["end"] <= len(doc), (doc_id, field, span)
            assert doc[span["start"]:span["end"]] == span["text"], (doc_id, field, span)
        ev = rec["evidence"]
        if rec["kind"] == "measure":
            assert rec["amount"] is None and rec["measure"] is not None
            key_span = rec["measure"]
        else:
            amount = rec["amount"]
            assert amount is not None
            assert ev["start"] <= amount["start"] and amount["end"] <= ev["end"], (doc_id, amount["text"])
            key_span = amount
        assert rec["claim_id"] == expected_claim_id(doc_id, key_span), (doc_id, key_span["text"])


def test_claim_ids_are_unique():
    seen: dict[str, str] = {}
    for path in ANNOTATION_FILES:
        for rec in read_records(path):
            cid = rec["claim_id"]
            assert cid not in seen, f"duplicate claim_id {cid} in {path.stem} and {seen[cid]}"
            seen[cid] = path.stem


def test_change_pairs():
    for path in ANNOTATION_FILES:
        groups: dict[str, list[dict]] = {}
        for rec in read_records(path):
            if rec["change_id"] is not None:
                groups.setdefault(rec["change_id"], []).append(rec)
        for change_id, recs in groups.items():
            assert len(recs) == 2, (path.stem, change_id)


@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=lambda p: p.stem)
def test_annotation_records_are_in_the_stores_order(path: Path):
    """The review store writes records in text order; gold kept in that order round-trips unchanged."""
    from pipeline.review.merge import sort_records

    records = read_records(path)
    assert [r["claim_id"] for r in sort_records(records)] == [r["claim_id"] for r in records], path.stem
