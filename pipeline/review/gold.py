"""Gold records from annotators' reviews, and which fields they corrected most.

`load_gold_from_annotations(dir)`: reviewed records usable as gold (accepted, corrected, added);
`load_rejected_from_annotations(dir)`: the rejected ones, known false positives of the machine;
`correction_stats(dir)`: per field path (`amount.value`, `actor.canonical`, …), how many corrected
records changed it (from `review.machine` against the record).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.review import store
from pipeline.review.merge import status_of

GOLD_STATUSES = frozenset({"accepted", "corrected", "added"})


@dataclass
class Reviewed:
    gold: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    stale: int = 0


def _records(folder: Path):
    for doc_id in store.list_doc_ids(folder):
        yield from store.read_records(folder, doc_id)


def load_reviewed(folder: str | Path, include_stale: bool = False) -> Reviewed:
    """Gold and rejected records of every annotation file; stale ones (spans no longer match the text)
    are left out unless asked for."""
    out = Reviewed()
    for record in _records(Path(folder)):
        status = status_of(record)
        if status not in GOLD_STATUSES and status != "rejected":
            continue
        if (record.get("review") or {}).get("stale") and not include_stale:
            out.stale += 1
            continue
        (out.gold if status in GOLD_STATUSES else out.rejected).append(record)
    return out


def load_gold_from_annotations(folder: str | Path, include_stale: bool = False) -> list[dict]:
    """Accepted, corrected and added records (each with its `review` object), in file order."""
    return load_reviewed(folder, include_stale).gold


def load_rejected_from_annotations(folder: str | Path, include_stale: bool = False) -> list[dict]:
    """Rejected records: known false positives."""
    return load_reviewed(folder, include_stale).rejected


def _value_at(record: dict, path: str):
    obj = record
    for part in path.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


@dataclass
class CorrectionStats:
    reviewed: int = 0
    corrected: int = 0
    fields: Counter = field(default_factory=Counter)

    def most_common(self, n: int | None = None) -> list[tuple[str, int]]:
        return self.fields.most_common(n)


def correction_stats(folder: str | Path) -> CorrectionStats:
    """How often annotators corrected each field (only fields whose value still differs from the machine's)."""
    stats = CorrectionStats()
    for record in _records(Path(folder)):
        status = status_of(record)
        if status in ("unreviewed", "added"):
            continue
        stats.reviewed += 1
        machine = (record.get("review") or {}).get("machine") or {}
        changed = [path for path, old in machine.items() if _value_at(record, path) != old]
        if changed:
            stats.corrected += 1
            stats.fields.update(changed)
    return stats
