"""Which claims repeat one another (`claim_group`) and which amounts a sum may count (`summable`).

Both work on claim records as JSON objects (what the pipeline writes, annotation files, batch shards),
so the report and the exports can recompute them after an annotator's correction.

* `claim_group`: a hash of what a claim states, normalised: the amount (kind, value, unit, per, range
  bound), the actor's canonical name, the measure's canonical name and the time (from, to). Claims of
  different articles that state the same thing share it; it needs no other record, so every batch
  shard carries it.
* `summable`: the amount may go into a sum of its unit. Not for a range bound, a per-unit amount, a
  percentage, a comparison (`compared_to`), a measure record, a rejected record, nor for a group's
  repeats: of the records of one group only the first counts (earliest document date, then document
  id, then position in the text). Repeats are judged within whatever set :func:`mark_summable` is
  given: one document in the pipeline, the whole output in the Parquet files, exports and the report.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

#: Units that are shares, never summed
SHARE_UNITS = frozenset({"%"})


def _canonical(obj) -> str | None:
    if not isinstance(obj, dict):
        return None
    name = obj.get("canonical")
    if not isinstance(name, str) or not name.strip():
        return None
    return " ".join(name.casefold().split())


def _number(value) -> str | None:
    try:
        return repr(float(value))
    except (TypeError, ValueError):
        return None


def group_key(record: dict) -> tuple | None:
    """What a claim states, normalised; None when it lacks an amount, an actor or a measure."""
    amount = record.get("amount")
    actor, measure = _canonical(record.get("actor")), _canonical(record.get("measure"))
    if not isinstance(amount, dict) or actor is None or measure is None:
        return None
    value = _number(amount.get("value"))
    if value is None:
        return None
    time = record.get("time") if isinstance(record.get("time"), dict) else {}
    return (record.get("kind"), value, amount.get("unit"), amount.get("per"), amount.get("range"),
            actor, measure, time.get("from"), time.get("to"))


def claim_group(record: dict) -> str | None:
    """First 16 hex digits of sha1 of the group key (see the module docs)."""
    key = group_key(record)
    if key is None:
        return None
    return hashlib.sha1("\x00".join("" if part is None else str(part) for part in key).encode()).hexdigest()[:16]


def countable(record: dict) -> bool:
    """Whether the amount may go into a sum of its unit, repeats aside."""
    amount = record.get("amount")
    if record.get("kind") not in ("money", "quantity") or not isinstance(amount, dict):
        return False
    if _number(amount.get("value")) is None or amount.get("unit") in SHARE_UNITS:
        return False
    if amount.get("range") or amount.get("per") or record.get("compared_to"):
        return False
    return ((record.get("review") or {}).get("status")) != "rejected"


def order_key(record: dict) -> tuple:
    """Which of a group's records comes first: dated before undated, earliest date, document, position."""
    date = record.get("doc_date")
    anchor = record.get("amount") or record.get("measure") or record.get("evidence") or {}
    start = anchor.get("start") if isinstance(anchor, dict) else None
    return (date is None, str(date or ""), str(record.get("doc_id") or ""),
            start if isinstance(start, int) else -1, str(record.get("claim_id") or ""))


def first_of_groups(records: Iterable[dict]) -> dict[str, tuple]:
    """claim_group -> the order key of its first countable record (one pass; records may stream)."""
    first: dict[str, tuple] = {}
    for record in records:
        group = claim_group(record)
        if group is not None and countable(record):
            key = order_key(record)
            if group not in first or key < first[group]:
                first[group] = key
    return first


def is_summable(record: dict, first: dict[str, tuple]) -> bool:
    """countable, and the first of its group (`first` from first_of_groups over the whole set)."""
    if not countable(record):
        return False
    group = claim_group(record)
    return group is None or first.get(group) == order_key(record)


def mark_summable(records: Iterable[dict]) -> list[dict]:
    """Copies of the records with `claim_group` and `summable` set, judging repeats within this set."""
    records = list(records)
    first = first_of_groups(records)
    return [{**record, "claim_group": claim_group(record), "summable": is_summable(record, first)}
            for record in records]
