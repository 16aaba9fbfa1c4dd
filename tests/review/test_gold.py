"""Gold from reviews, and which fields annotators corrected most."""

from __future__ import annotations

from pipeline.review import store
from pipeline.review.edits import Reviewer, apply_action
from pipeline.review.gold import correction_stats, load_gold_from_annotations, load_rejected_from_annotations
from pipeline.review.merge import merge

from .helpers import TEXT, default_records

ME = Reviewer("ann", "2026-11-24T12:00:00Z")


def reviewed_folder(tmp_path):
    records = merge([], default_records("d", TEXT), None, TEXT)
    ids = [r["claim_id"] for r in records]
    records = apply_action(records, ids[0], "accept", None, ME)
    records = apply_action(records, ids[1], "save", {"value": 39, "unit": "stilling"}, ME)
    records = apply_action(records, ids[2], "reject", None, ME)
    store.write_records(tmp_path, "d", records)
    extra = merge([], default_records("e", TEXT), None, TEXT)
    extra = apply_action(extra, extra[0]["claim_id"], "save", {"actor": "Høyre"}, ME)
    store.write_records(tmp_path, "e", extra)
    return ids


def test_gold_is_accepted_corrected_and_added(tmp_path):
    ids = reviewed_folder(tmp_path)
    gold = load_gold_from_annotations(tmp_path)
    assert [r["review"]["status"] for r in gold] == ["accepted", "corrected", "corrected"]
    assert gold[1]["claim_id"] == ids[1] and gold[1]["amount"]["value"] == 39.0


def test_rejected_records_are_known_false_positives(tmp_path):
    ids = reviewed_folder(tmp_path)
    assert [r["claim_id"] for r in load_rejected_from_annotations(tmp_path)] == [ids[2]]


def test_stale_records_are_left_out_of_gold_unless_asked_for(tmp_path):
    reviewed_folder(tmp_path)
    records = merge(store.read_records(tmp_path, "d"), [], None, "different text")
    store.write_records(tmp_path, "d", records)
    assert len(load_gold_from_annotations(tmp_path)) == 1
    assert len(load_gold_from_annotations(tmp_path, include_stale=True)) == 3


def test_correction_stats_counts_changed_fields(tmp_path):
    reviewed_folder(tmp_path)
    stats = correction_stats(tmp_path)
    assert stats.reviewed == 4 and stats.corrected == 2
    assert dict(stats.fields) == {"amount.value": 1, "amount.unit": 1, "actor.canonical": 1}
