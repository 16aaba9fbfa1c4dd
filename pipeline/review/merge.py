"""Merging a fresh pipeline run into an annotation file, as a pure function.

The rules:

* a record whose `review.status` is anything but `unreviewed` is never changed or dropped
  (the one exception: its `review.stale` flag, see below);
* unreviewed machine records are replaced by the fresh output, each with `review.status = unreviewed`;
* a fresh record whose `claim_id` is already taken by a reviewed record is not added twice;
* when the document text changed (its hash differs from the one the records were made against),
  a reviewed record any of whose spans no longer reads `text == new_text[start:end]` is kept and
  flagged `review.stale = true`; one whose spans match again loses the flag.

Records come back in a stable order: by amount start (evidence start when there is no amount), then claim_id.
"""

from __future__ import annotations

import copy
import hashlib

from pipeline.schema import STATUSES

SPAN_FIELDS = ("evidence", "amount", "actor", "time", "measure")
REVIEWED = frozenset(STATUSES) - {"unreviewed"}


def status_of(record: dict) -> str:
    review = record.get("review") or {}
    return review.get("status") or "unreviewed"


def is_reviewed(record: dict) -> bool:
    return status_of(record) != "unreviewed"


def sort_key(record: dict) -> tuple[int, str]:
    anchor = record.get("amount") or record.get("evidence") or {}
    start = anchor.get("start")
    return (start if isinstance(start, int) else -1, str(record.get("claim_id", "")))


def sort_records(records: list[dict]) -> list[dict]:
    return sorted(records, key=sort_key)


def spans_match(record: dict, text: str) -> bool:
    """True when every located span of the record reads exactly its text in `text`."""
    for name in SPAN_FIELDS:
        span = record.get(name)
        if not isinstance(span, dict):
            continue
        start, end, surface = span.get("start"), span.get("end"), span.get("text")
        if start is None and end is None:
            continue  # inherited from metadata: no location in the text
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            return False
        if text[start:end] != surface:
            return False
    return True


def with_stale_flag(record: dict, stale: bool) -> dict:
    """The record with `review.stale` set (or removed when not stale); the input is not modified."""
    review = record.get("review") or {}
    if bool(review.get("stale")) == stale:
        return record
    out = copy.deepcopy(record)
    if stale:
        out["review"]["stale"] = True
    else:
        out["review"].pop("stale", None)
    return out


def unreviewed(record: dict) -> dict:
    """A fresh machine record as it goes into an annotation file."""
    out = copy.deepcopy(record)
    out["review"] = {"status": "unreviewed", "annotator": None, "reviewed_at": None, "machine": None, "note": None}
    return out


def merge(existing_records: list[dict], fresh_records: list[dict], old_text_hash: str | None,
          new_text: str) -> list[dict]:
    """The annotation file's records after a pipeline run over `new_text` produced `fresh_records`.

    `old_text_hash` is the sha256 of the text the existing records were made against (None: unknown,
    which counts as changed)."""
    text_changed = old_text_hash != hashlib.sha256(new_text.encode("utf-8")).hexdigest()
    kept: list[dict] = []
    for record in existing_records:
        if not is_reviewed(record):
            continue
        if text_changed:
            record = with_stale_flag(record, not spans_match(record, new_text))
        kept.append(record)
    taken = {r.get("claim_id") for r in kept}
    for record in fresh_records:
        claim_id = record.get("claim_id")
        if claim_id in taken:
            continue
        taken.add(claim_id)
        kept.append(unreviewed(record))
    return sort_records(kept)
