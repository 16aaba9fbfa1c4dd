"""Property: whatever the sequence of machine re-runs (with changed output and changed text) and annotator
edits, no reviewed record is ever lost or altered, except for its stale flag."""

from __future__ import annotations

import hashlib
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.review.edits import EditError, Reviewer, add_record, apply_action, new_claim
from pipeline.review.merge import is_reviewed, merge, spans_match
from pipeline.schema import claim_id as claim_id_for

WORDS = ["Regjeringen", "gir", "12", "450", "millioner", "kroner", "til", "skoler", "og", "38", "i", "2021", ".", "\n"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)
ME = Reviewer("prop", "2026-01-01T00:00:00Z")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def numbers(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\d+", text)]


def machine_record(text: str, start: int, end: int, value: float) -> dict:
    return {
        "schema": "claim/1", "claim_id": claim_id_for("d", start, end, text[start:end]), "doc_id": "d",
        "doc_date": None, "kind": "quantity", "evidence": {"start": 0, "end": len(text), "text": text},
        "amount": {"start": start, "end": end, "text": text[start:end], "value": value, "unit": "x", "qualifier": None,
                   "per": None, "range": None, "currency_inferred": False},
        "actor": None, "time": None, "measure": None, "change_id": None, "claimant": None, "confidence": 0.5,
        "pipeline_version": "prop",
    }


def without_stale(record: dict) -> dict:
    return {**record, "review": {k: v for k, v in record["review"].items() if k != "stale"}}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_no_reviewed_record_is_ever_lost_or_altered(data):
    text = data.draw(texts, label="text")
    records = merge([], [], None, text)
    text_hash = sha(text)
    expected: dict[str, dict] = {}  # claim_id -> the record as the annotator last left it

    for _ in range(data.draw(st.integers(1, 12), label="steps")):
        step = data.draw(st.sampled_from(["rerun", "rerun_new_text", "accept", "reject", "save", "add"]), label="step")
        if step.startswith("rerun"):
            if step == "rerun_new_text":
                text = data.draw(texts, label="new text")
            spans = numbers(text)
            chosen = data.draw(st.lists(st.sampled_from(spans), unique=True) if spans else st.just([]), label="fresh")
            fresh = [machine_record(text, s, e, data.draw(st.floats(0, 1e9), label="value")) for s, e in chosen]
            records = merge(records, fresh, text_hash, text)
            text_hash = sha(text)
        elif step == "add":
            spans = numbers(text)
            if not spans:
                continue
            start, end = data.draw(st.sampled_from(spans), label="span")
            try:
                records = add_record(records, new_claim("d", text, start, end, {"value": "1"}, ME))
            except EditError:
                continue
        else:
            if not records:
                continue
            target = data.draw(st.sampled_from(records), label="target")
            fields = {"value": data.draw(st.integers(0, 99), label="new value")} if step == "save" else None
            try:
                records = apply_action(records, target["claim_id"], step, fields, ME)
            except EditError:
                continue  # e.g. a claim with no amount
        if step in ("accept", "reject", "save", "add"):  # what the annotator just did is expected from now on
            touched = target["claim_id"] if step != "add" else claim_id_for("d", start, end, text[start:end])
            after = next(r for r in records if r["claim_id"] == touched)
            assert is_reviewed(after)
            expected[touched] = without_stale(after)

        ids = [r["claim_id"] for r in records]
        assert len(ids) == len(set(ids)), "a claim id appears twice"
        by_id = {r["claim_id"]: r for r in records}
        for claim_id, want in expected.items():
            assert claim_id in by_id, "a reviewed record was lost"
            got = by_id[claim_id]
            assert without_stale(got) == want, "a reviewed record was altered"
            assert bool(got["review"].get("stale")) == (not spans_match(got, text)), "wrong stale flag"
