"""The figures of a report, as pure functions of claim records (JSON objects).

Sums are of money in NOK over the records with `summable` set by :func:`prepare` across the whole set
(pipeline.claims.groups): a claim group repeated in several articles is counted once, range bounds,
per-unit amounts and comparisons never. What is left out of the sums is counted (:func:`left_out`), so
a reader sees it. Rejected records (annotation files) are left out of everything.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pipeline.claims.groups import countable, mark_summable, order_key
from pipeline.report.sides import SIDES, side_of

CURRENCY = "NOK"
NO_ACTOR, NO_MEASURE, NO_PUBLISHER = "(no actor)", "(no measure)", "(no publisher)"
KINDS = ("money", "quantity", "measure")


@dataclass(frozen=True)
class Total:
    label: str
    value: float
    count: int


@dataclass(frozen=True)
class Stacked:
    """Values per category (the bars) and stack (their parts), categories in display order."""

    categories: list[str]
    stacks: list[str]
    values: dict[str, dict[str, float]]

    def total(self, category: str) -> float:
        return sum(self.values[category].values())


@dataclass
class Group:
    """The records of one claim_group that lie in more than one place, first record first."""

    id: str
    records: list[dict]

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(str(r.get("doc_id")) for r in self.records))

    @property
    def first(self) -> dict:
        return self.records[0]


@dataclass
class LeftOut:
    """Money and counts not in the NOK sums, by reason."""

    other_currencies: dict[str, float] = field(default_factory=dict)
    ranges: int = 0
    per_unit: int = 0
    comparisons: int = 0
    repeats: int = 0
    several_years: int = 0
    several_years_value: float = 0.0
    no_year: int = 0
    no_year_value: float = 0.0


def status(record: dict) -> str:
    return (record.get("review") or {}).get("status") or "unreviewed"


def prepare(records: Iterable[dict]) -> list[dict]:
    """The records a report shows: rejected ones dropped, claim_group and summable judged across all."""
    return mark_summable(r for r in records if status(r) != "rejected")


def amount(record: dict) -> dict:
    return record.get("amount") if isinstance(record.get("amount"), dict) else {}


def value_of(record: dict) -> float:
    try:
        return float(amount(record).get("value"))
    except (TypeError, ValueError):
        return 0.0


def is_money(record: dict, currency: str | None = CURRENCY) -> bool:
    return record.get("kind") == "money" and (currency is None or amount(record).get("unit") == currency)


def summed(records: Iterable[dict]) -> list[dict]:
    """The records the money sums count: NOK, summable."""
    return [r for r in records if is_money(r) and r.get("summable")]


def canonical(record: dict, name: str, missing: str) -> str:
    obj = record.get(name)
    value = obj.get("canonical") if isinstance(obj, dict) else None
    return value if isinstance(value, str) and value.strip() else missing


def actor_of(record: dict) -> str:
    return canonical(record, "actor", NO_ACTOR)


def measure_of(record: dict) -> str:
    return canonical(record, "measure", NO_MEASURE)


def claimant_side(record: dict) -> str:
    return side_of(record.get("claimant"), record.get("doc_date"))


def year_of(record: dict) -> int | None:
    """The one year a claim is about; None for none or several."""
    time = record.get("time") if isinstance(record.get("time"), dict) else {}
    start, end = time.get("from"), time.get("to")
    return start if isinstance(start, int) and start == end else None


def totals(records: Iterable[dict], key: Callable[[dict], str]) -> list[Total]:
    """Sum of the values per key, largest first (ties by label)."""
    value: dict[str, float] = defaultdict(float)
    count: Counter = Counter()
    for record in records:
        label = key(record)
        value[label] += value_of(record)
        count[label] += 1
    return sorted((Total(k, v, count[k]) for k, v in value.items()), key=lambda t: (-t.value, t.label))


def stacked(records: Iterable[dict], key: Callable[[dict], str | None], stack: Callable[[dict], str],
            stacks: Iterable[str], weight: Callable[[dict], float] = value_of,
            order: Callable[[str, float], object] | None = None, limit: int | None = None) -> Stacked:
    """weight summed per (key, stack); records whose key is None are left out. Categories by total,
    largest first, unless `order` (category, total) says otherwise; the first `limit` of them."""
    stacks = list(stacks)
    values: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(stacks, 0.0))
    for record in records:
        category = key(record)
        if category is None:
            continue
        values[str(category)][stack(record)] += weight(record)
    sort = order or (lambda category, total: (-total, category))
    categories = sorted(values, key=lambda c: sort(c, sum(values[c].values())))[:limit]
    return Stacked(categories, stacks, {c: values[c] for c in categories})


def money_by_side(records: list[dict]) -> list[Total]:
    found = {t.label: t for t in totals(summed(records), claimant_side)}
    return [found.get(side, Total(side, 0.0, 0)) for side in SIDES]


def money_by_year(records: list[dict]) -> Stacked:
    """Per year (every year from the first to the last, a year without claims at 0), by claimant side."""
    data = stacked(summed(records), lambda r: None if year_of(r) is None else str(year_of(r)), claimant_side,
                   SIDES, order=lambda category, total: category)
    if not data.categories:
        return data
    years = [str(y) for y in range(int(data.categories[0]), int(data.categories[-1]) + 1)]
    zero = dict.fromkeys(data.stacks, 0.0)
    return Stacked(years, data.stacks, {y: data.values.get(y, zero) for y in years})


def money_by_measure(records: list[dict], limit: int = 15) -> Stacked:
    return stacked(summed(records), measure_of, claimant_side, SIDES, limit=limit)


def money_by_area(records: list[dict], areas: dict[str, str | None]) -> Stacked:
    """Per policy area of the article (its metadata's `area`), by claimant side; articles without one
    are left out."""
    return stacked(summed(records), lambda r: areas.get(str(r.get("doc_id"))), claimant_side, SIDES)


def publisher_of(record: dict, publishers: dict[str, str | None]) -> str:
    return record.get("publisher") or publishers.get(str(record.get("doc_id"))) or NO_PUBLISHER


def claims_per_publisher(records: list[dict], publishers: dict[str, str | None]) -> Stacked:
    """Claims per publisher by kind (every claim shown, repeats too: what each publisher printed)."""
    return stacked(records, lambda r: publisher_of(r, publishers), lambda r: r.get("kind") or "money", KINDS,
                   weight=lambda r: 1.0)


def largest(records: list[dict], limit: int = 20) -> list[dict]:
    """The largest NOK claims that the sums count (a repeated group once), largest first."""
    return sorted(summed(records), key=lambda r: (-value_of(r), order_key(r)))[:limit]


def repeated_groups(records: list[dict]) -> list[Group]:
    """Groups of two or more records, the ones in most articles first."""
    members: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        if record.get("claim_group"):
            members[record["claim_group"]].append(record)
    groups = [Group(gid, sorted(rs, key=order_key)) for gid, rs in members.items() if len(rs) > 1]
    return sorted(groups, key=lambda g: (-len(g.doc_ids), -len(g.records), order_key(g.first)))


def left_out(records: list[dict]) -> LeftOut:
    """What the NOK sums and the year chart leave out, and why."""
    out = LeftOut()
    currencies: dict[str, float] = defaultdict(float)
    for record in records:
        if record.get("kind") != "money":
            continue
        unit = amount(record).get("unit")
        if unit != CURRENCY:
            if countable(record):
                currencies[str(unit)] += value_of(record)
            continue
        if record.get("summable"):
            if year_of(record) is None:
                time = record.get("time") if isinstance(record.get("time"), dict) else {}
                if time.get("from") is None and time.get("to") is None:
                    out.no_year += 1
                    out.no_year_value += value_of(record)
                else:
                    out.several_years += 1
                    out.several_years_value += value_of(record)
        elif amount(record).get("range"):
            out.ranges += 1
        elif amount(record).get("per"):
            out.per_unit += 1
        elif record.get("compared_to"):
            out.comparisons += 1
        elif countable(record):
            out.repeats += 1
    out.other_currencies = dict(sorted(currencies.items()))
    return out
