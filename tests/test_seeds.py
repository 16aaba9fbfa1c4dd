"""Acceptance on the seed documents (../shared): every gold amount is found with its value and unit,
and no money is found that the gold lacks."""

import json

import pytest

from tests.conftest import SHARED

SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.claims.jsonl"
pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold is not beside the checkout")


@pytest.fixture(scope="module")
def seed_mentions(nlp_blank):
    from pipeline.io import load_meta, read_inputs
    from pipeline.nlp import make_doc

    out = {}
    for document in read_inputs([str(SEEDS)], load_meta(SEEDS / "meta.jsonl")):
        doc = nlp_blank(make_doc(nlp_blank, document))
        out[document.id] = doc
    return out


def gold_records():
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def overlapping(mentions, amount):
    return [m for m in mentions if m.start < amount["end"] and amount["start"] < m.end]


@pytest.mark.parametrize("gold", [g for g in gold_records() if not g.get("optional")] if GOLD.exists() else [],
                         ids=lambda g: g["gold_id"])
def test_gold_amount_found(seed_mentions, gold):
    doc = seed_mentions[gold["doc_id"]]
    amount = gold["amount"]
    pool = doc._.money if gold["kind"] == "money" else doc._.quantity
    hits = overlapping(pool, amount)
    assert hits, f"{amount['text']!r} not found"
    m = hits[0]
    assert m.value == pytest.approx(amount["value"])
    assert (m.currency if gold["kind"] == "money" else m.unit) == amount["unit"]


def test_no_money_beyond_gold(seed_mentions):
    gold = gold_records()
    extra = []
    for doc_id, doc in seed_mentions.items():
        spans = [g["amount"] for g in gold if g["doc_id"] == doc_id and g["kind"] == "money"]
        for m in doc._.money:
            if not any(m.start < s["end"] and s["start"] < m.end for s in spans):
                extra.append((doc_id, m.text))
    assert extra == []


@pytest.mark.parametrize("model", ["blank"])
def test_every_seed_claim_is_right(model):
    """Strict F1 1.00 on the seeds, rules only (make eval checks the shipped model the same way): every
    field of every gold claim, no claim beyond them."""
    from pipeline.evaluate import load_gold, score
    from pipeline.extract import Extractor
    from pipeline.io import load_meta, read_inputs

    extractor = Extractor(model)
    preds = [r for document in read_inputs([str(SEEDS)], load_meta(SEEDS / "meta.jsonl"))
             for r in extractor.extract(document)]
    gold, _ = load_gold(GOLD)
    scores = score(gold, preds)
    assert scores.counts["strict"]["f1"] == 1.0, [w for w in scores.wrong if w["wrong"] != ["spurious"]]
