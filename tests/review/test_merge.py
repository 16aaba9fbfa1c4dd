"""The merge rules: reviewed records survive every re-run; unreviewed ones follow the machine."""

from __future__ import annotations

import hashlib

from pipeline.review.edits import Reviewer, accept, correct, reject
from pipeline.review.merge import merge, spans_match, status_of

from .helpers import TEXT, default_records, record

ME = Reviewer("ann", "2026-11-24T12:00:00Z")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_first_run_marks_every_record_unreviewed():
    merged = merge([], default_records("d", TEXT), None, TEXT)
    assert [status_of(r) for r in merged] == ["unreviewed"] * 3
    assert merged[0]["review"] == {"status": "unreviewed", "annotator": None, "reviewed_at": None, "machine": None,
                                   "note": None}


def test_unreviewed_records_are_replaced_by_the_fresh_run():
    first = merge([], default_records("d", TEXT), None, TEXT)
    fresh = [record("d", TEXT, "12 sykehus", 12, "sykehus", kind="quantity")]
    merged = merge(first, fresh, sha(TEXT), TEXT)
    assert [r["amount"]["text"] for r in merged] == ["12 sykehus"]


def test_reviewed_records_are_kept_unchanged_even_when_the_machine_drops_them():
    first = merge([], default_records("d", TEXT), None, TEXT)
    first[0] = accept(first[0], ME)
    first[1] = correct(first[1], {"value": 39}, ME)
    first[2] = reject(first[2], ME)
    merged = merge(first, [], sha(TEXT), TEXT)
    assert merged == first


def test_a_fresh_record_with_a_reviewed_claim_id_is_not_added_twice():
    first = merge([], default_records("d", TEXT), None, TEXT)
    first[2] = reject(first[2], ME)
    merged = merge(first, default_records("d", TEXT), sha(TEXT), TEXT)
    assert len(merged) == 3
    assert [status_of(r) for r in merged] == ["unreviewed", "unreviewed", "rejected"]


def test_order_is_by_amount_start_then_claim_id():
    fresh = list(reversed(default_records("d", TEXT)))
    merged = merge([], fresh, None, TEXT)
    assert [r["amount"]["start"] for r in merged] == sorted(r["amount"]["start"] for r in fresh)


def test_changed_text_flags_reviewed_records_whose_spans_moved_as_stale():
    first = merge([], default_records("d", TEXT), None, TEXT)
    first = [accept(r, ME) for r in first]
    new_text = "Ny ingress.\n" + TEXT  # every offset moves by 12
    merged = merge(first, default_records("d", new_text), sha(TEXT), new_text)
    stale = [r for r in merged if r["review"].get("stale")]
    assert len(stale) == 3  # kept, flagged, never dropped
    for old, now in zip(first, stale, strict=True):
        now = {**now, "review": {k: v for k, v in now["review"].items() if k != "stale"}}
        assert now == old
    # the machine's new records for the moved amounts have new ids and come in unreviewed
    assert sum(1 for r in merged if status_of(r) == "unreviewed") == 3


def test_a_reviewed_record_whose_spans_still_match_is_not_stale():
    first = [accept(r, ME) for r in merge([], default_records("d", TEXT), None, TEXT)]
    new_text = TEXT + "Et nytt avsnitt til slutt.\n"
    merged = merge(first, default_records("d", new_text), sha(TEXT), new_text)
    assert merged == first


def test_stale_flag_goes_away_when_the_text_comes_back():
    first = [accept(r, ME) for r in merge([], default_records("d", TEXT), None, TEXT)]
    changed = "X" + TEXT
    stale = merge(first, [], sha(TEXT), changed)
    assert all(r["review"]["stale"] for r in stale)
    back = merge(stale, [], sha(changed), TEXT)
    assert back == first


def test_unknown_old_hash_checks_spans():
    first = [accept(r, ME) for r in merge([], default_records("d", TEXT), None, TEXT)]
    assert merge(first, [], None, TEXT) == first
    assert all(r["review"].get("stale") for r in merge(first, [], None, TEXT.upper()))


def test_merge_does_not_modify_its_inputs():
    existing = [accept(r, ME) for r in merge([], default_records("d", TEXT), None, TEXT)]
    fresh = default_records("d", TEXT)
    snapshot = (repr(existing), repr(fresh))
    merge(existing, fresh, sha(TEXT), "other text")
    assert (repr(existing), repr(fresh)) == snapshot


def test_spans_match_ignores_inherited_spans_and_catches_out_of_range():
    rec = record("d", TEXT, "450 millioner kroner")
    assert spans_match(rec, TEXT)
    assert not spans_match(rec, TEXT[:30])
