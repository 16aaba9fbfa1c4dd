"""Scoring claim records against gold: per-field precision/recall/F1 and strict claim F1.

Gold comes in two shapes, both read here: the hand-made seed gold (`../shared/gold`, one JSON
object per line with `actor.canonical` a list of accepted names and `time` a list of accepted
{from, to} readings or "any"), and the project's annotation files (`annotations/<doc_id>.jsonl`,
claim/1 records whose `review.status` is accepted, corrected or added; rejected ones are known
false positives). An amount matches when the spans overlap and the values are equal; a measure
when the spans overlap or the canonical forms are equal; `canonical` scores the canonical alone, over
the matched claims whose gold measure has one. An amount in the title that only repeats an
amount of the body (the same value in another gold record of the document) "may be emitted or not"
(the claim guidelines): it counts neither as missed nor as spurious.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

GOLD_STATUSES = {"accepted", "corrected", "added"}
FIELDS = ("amount", "actor", "time", "measure")


@dataclass
class GoldMeasureClaim:
    doc_id: str
    evidence: dict
    measure: dict | None


@dataclass
class Gold:
    doc_id: str
    kind: str
    amount: dict
    actor: list[str] | None  # accepted canonical names; None = any
    time: list[dict] | None  # accepted readings; None = any
    measure: dict | None
    optional: bool = False
    gold_id: str = ""
    in_title: bool = False  # the record's evidence is the document's first line


def _gold_view(g: Gold, name: str):
    """A wrong field's gold, short enough to read beside the prediction (claims eval --errors)."""
    if name == "actor":
        return g.actor
    if name == "time":
        return g.time
    return g.measure and {"text": g.measure.get("text"), "canonical": g.measure.get("canonical")}


def _pred_view(p: dict, name: str):
    value = p.get(name)
    if not value:
        return None
    if name == "actor":
        return {"text": value.get("text"), "canonical": value.get("canonical")}
    if name == "time":
        return {"text": value.get("text"), "from": value.get("from"), "to": value.get("to"),
                **({"basis": value["basis"]} if value.get("basis") else {})}
    return {"text": value.get("text"), "canonical": value.get("canonical")}


@dataclass
class Scores:
    counts: dict = field(default_factory=dict)
    wrong: list = field(default_factory=list)

    def to_json(self) -> dict:
        return self.counts


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


def _load_jsonl(path: Path) -> list[dict]:
    from pipeline.review.store import BadFile, parse

    try:
        return parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    except BadFile as exc:
        raise GoldError(f"{path}: {exc}") from None


def gold_from_record(rec: dict) -> Gold | None:
    """A gold claim from a seed-gold line or a reviewed claim/1 record (None when not gold)."""
    review = rec.get("review")
    if review is not None and review.get("status") not in GOLD_STATUSES:
        return None
    if rec.get("kind") not in ("money", "quantity") or not rec.get("amount"):
        return None
    actor = rec.get("actor")
    if actor is None or actor == "any":
        actors = None
    else:
        canonical = actor.get("canonical")
        actors = canonical if isinstance(canonical, list) else [canonical]
    time = rec.get("time")
    if time == "any" or (review is not None and time is None):
        times = None
    elif isinstance(time, list):
        times = time
    elif isinstance(time, dict):
        times = [{"from": time.get("from"), "to": time.get("to")}]
    else:
        times = None
    return Gold(rec["doc_id"], rec["kind"], rec["amount"], actors, times, rec.get("measure"),
                bool(rec.get("optional")), rec.get("gold_id") or rec.get("claim_id", ""), in_title(rec))


def in_title(rec: dict) -> bool:
    """Whether a record's evidence is the document's title (its first line)."""
    evidence = rec.get("evidence") or {}
    return evidence.get("start") == 0 and "\n" not in (evidence.get("text") or "\n")


def same_value(a: dict, b: dict) -> bool:
    return math.isclose(float(a["value"]), float(b["value"]), rel_tol=1e-6, abs_tol=1e-9)


def title_repeats(gold: list[Gold]) -> tuple[set[int], dict[str, list[dict]]]:
    """The gold records (by index) that only repeat in the title an amount of the body, and the body
    amounts of each document, which a title amount of the prediction may repeat."""
    body: dict[str, list[dict]] = {}
    for g in gold:
        if not g.in_title:
            body.setdefault(g.doc_id, []).append(g.amount)
    repeats = {k for k, g in enumerate(gold)
               if g.in_title and any(same_value(g.amount, b) for b in body.get(g.doc_id, []))}
    return repeats, body


def load_gold(path: str | Path) -> tuple[list[Gold], list[dict]]:
    """(gold claims, known false positives) from a gold JSONL file or an annotations folder."""
    gold, rejected, _ = load_gold_all(path)
    return gold, rejected


def load_gold_all(path: str | Path) -> tuple[list[Gold], list[dict], list[GoldMeasureClaim]]:
    """As load_gold, plus the gold `kind: measure` claims (no amount)."""
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    gold, rejected, measures = [], [], []
    for f in files:
        for rec in _load_jsonl(f):
            status = (rec.get("review") or {}).get("status")
            if (rec.get("review") or {}).get("stale"):
                continue  # its spans no longer match the text: not gold until re-reviewed
            if status == "rejected":
                rejected.append(rec)
                continue
            if rec.get("kind") == "measure" and (status is None or status in GOLD_STATUSES):
                measures.append(GoldMeasureClaim(rec["doc_id"], rec["evidence"], rec.get("measure")))
                continue
            g = gold_from_record(rec)
            if g is not None:
                gold.append(g)
    return gold, rejected, measures


def score_measure_claims(gold: list[GoldMeasureClaim], preds: list[dict], docs: set[str]) -> dict:
    """`kind: measure` records match when their evidence overlaps a gold measure claim's."""
    preds = [p for p in preds if p.get("kind") == "measure" and p.get("doc_id") in docs]
    used: set[int] = set()
    tp = 0
    for g in gold:
        for k, p in enumerate(preds):
            if k not in used and p["doc_id"] == g.doc_id and _overlap(p.get("evidence"), g.evidence):
                used.add(k)
                tp += 1
                break
    return _prf(tp, len(preds), len(gold))


def _overlap(a: dict | None, b: dict | None) -> bool:
    if not a or not b or a.get("start") is None or b.get("start") is None:
        return False
    return a["start"] < b["end"] and b["start"] < a["end"]


def amount_matches(pred: dict, gold: Gold) -> bool:
    amount = pred.get("amount")
    if not amount or pred["doc_id"] != gold.doc_id or not _overlap(amount, gold.amount):
        return False
    return same_value(amount, gold.amount)


def actor_correct(pred: dict, gold: Gold) -> bool:
    if gold.actor is None:
        return True
    actor = pred.get("actor")
    return bool(actor) and actor.get("canonical") in gold.actor


def time_correct(pred: dict, gold: Gold) -> bool:
    if gold.time is None:
        return True
    time = pred.get("time")
    if not time:
        # a gold time with neither year ("neste år" in an undated document) says no year can be given
        return any(option.get("from") is None and option.get("to") is None for option in gold.time)
    for option in gold.time:
        if option.get("to") == time.get("to") and (option.get("from") is None or option.get("from") == time.get("from")):
            return True
    return False


def measure_correct(pred: dict, gold: Gold) -> bool:
    if gold.measure is None:
        return True
    measure = pred.get("measure")
    if not measure:
        return False
    return _overlap(measure, gold.measure) or canonical_correct(pred, gold)


def canonical_correct(pred: dict, gold: Gold) -> bool:
    """Whether the predicted measure's canonical is the gold one (case aside), whatever the spans."""
    measure = pred.get("measure") or {}
    return (measure.get("canonical") or "").lower() == (gold.measure.get("canonical") or "").lower()


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp}


def score(gold: list[Gold], preds: list[dict], docs: set[str] | None = None) -> Scores:
    """Scores of predictions against gold, over the documents the gold covers (or `docs`)."""
    docs = docs if docs is not None else {g.doc_id for g in gold}
    preds = [p for p in preds if p.get("doc_id") in docs and p.get("kind") in ("money", "quantity")]
    repeats, body = title_repeats(gold)
    required = [g for k, g in enumerate(gold) if not g.optional and k not in repeats]
    optional = [g for k, g in enumerate(gold) if g.optional or k in repeats]
    used: set[int] = set()
    pairs: list[tuple[Gold, dict]] = []
    missed = []
    for g in required:
        best = None
        for k, p in enumerate(preds):
            if k not in used and amount_matches(p, g):
                best = k
                break
        if best is None:
            missed.append(g)
            continue
        used.add(best)
        pairs.append((g, preds[best]))
    ignored = {k for k, p in enumerate(preds) if k not in used and (
        any(amount_matches(p, g) for g in optional)
        or (in_title(p) and p.get("amount") and any(same_value(p["amount"], b) for b in body.get(p["doc_id"], []))))}
    n_pred = len(preds) - len(ignored)
    n_gold = len(required)
    checks = {"actor": actor_correct, "time": time_correct, "measure": measure_correct}
    counts: dict = {"documents": len(docs), "gold": n_gold, "predicted": n_pred, "matched": len(pairs)}
    counts["amount"] = _prf(len(pairs), n_pred, n_gold)
    wrong = []
    strict = 0
    for name, check in checks.items():
        ok = sum(1 for g, p in pairs if check(p, g))
        counts[name] = _prf(ok, n_pred, n_gold)
        counts[name]["accuracy_on_matched"] = round(ok / len(pairs), 4) if pairs else 0.0
    for g, p in pairs:
        bad = [name for name, check in checks.items() if not check(p, g)]
        if bad:
            wrong.append({"gold_id": g.gold_id, "doc_id": g.doc_id, "amount": g.amount.get("text"), "wrong": bad,
                          "fields": {name: {"gold": _gold_view(g, name), "pred": _pred_view(p, name)} for name in bad}})
        else:
            strict += 1
    counts["strict"] = _prf(strict, n_pred, n_gold)
    # the canonical alone, a stricter view of the measure: over matched claims whose gold names one
    named = [(g, p) for g, p in pairs if g.measure and g.measure.get("canonical")]
    right = sum(1 for g, p in named if canonical_correct(p, g))
    counts["canonical"] = {"accuracy_on_matched": round(right / len(named), 4) if named else 0.0,
                           "scored": len(named), "tp": right}
    for g in missed:
        wrong.append({"gold_id": g.gold_id, "amount": g.amount.get("text"), "wrong": ["missed"]})
    matched_ids = {id(p) for _, p in pairs}
    for k, p in enumerate(preds):
        if id(p) not in matched_ids and k not in ignored:
            wrong.append({"doc_id": p["doc_id"], "amount": (p.get("amount") or {}).get("text"), "wrong": ["spurious"]})
    return Scores(counts, wrong)


def format_table(scores: Scores, title: str = "") -> str:
    c = scores.counts
    lines = []
    if title:
        lines.append(title)
    lines.append(f"documents {c['documents']}  gold {c['gold']}  predicted {c['predicted']}  matched {c['matched']}")
    lines.append(f"{'field':<15} {'P':>7} {'R':>7} {'F1':>7} {'acc|matched':>12}")
    for name in (*FIELDS, "strict", "measure_claims", "canonical"):
        if name not in c:
            continue
        row = c[name]
        acc = row.get("accuracy_on_matched")
        acc_text = f"{acc:>12.3f}" if acc is not None else f"{'':>12}"
        prf = " ".join(f"{row[k]:>7.3f}" if k in row else f"{'':>7}" for k in ("precision", "recall", "f1"))
        lines.append(f"{name:<15} {prf} {acc_text}")
    return "\n".join(lines)
