"""The review server's undo log: the record before each change, by the claim's version after it."""

from __future__ import annotations

from pipeline.review.undo import UndoLog


def test_the_change_that_left_a_claim_at_a_version_is_found_once_dropped():
    log = UndoLog()
    log.push("d", "c1", "v2", {"claim_id": "c1", "n": 1})
    log.push("d", "c1", "v3", {"claim_id": "c1", "n": 2})
    assert log.before("d", "c1", "v3") == (True, {"claim_id": "c1", "n": 2})
    assert log.before("d", "c1", "v9") == (False, None)
    log.drop("d", "c1", "v3")
    assert log.before("d", "c1", "v3") == (False, None)


def test_an_added_claim_is_undone_to_nothing():
    log = UndoLog()
    log.push("d", "new", "v1", None)
    assert log.before("d", "new", "v1") == (True, None)


def test_only_the_latest_changes_are_kept():
    log = UndoLog(limit=3)
    for i in range(5):
        log.push("d", f"c{i}", "v", {"n": i})
    assert [log.before("d", f"c{i}", "v")[0] for i in range(5)] == [False, False, True, True, True]
