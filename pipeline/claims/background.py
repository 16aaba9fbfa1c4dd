"""Counts that describe the situation, not a claim: "Ved utgangen av august ventet over 36 000 pasienter
på behandling", "Rundt 2 700 gårdsbruk driver i dag økologisk", "innvandrere utgjør om lag 12 prosent av
befolkningen". The claim guidelines tie a claim's amount to a measure; such background counts are not
claims, but their sentences look like claims to the rules.

A learned test decides: logistic regression over what the claim record found (its unit, whether it has a
measure, an actor and a time of its own) and the words around the count, trained on the dev split's
annotations (`make background-model`, training/background_counts.py). The weights are in
pipeline/models/background_counts.json; a record the model gives a probability above the file's threshold
is dropped. Money is left to one rule (past_stock): what a stock of money was or is ("Lånegjelden var 96
mill. kroner ved utgangen av 2009") is no claim; the learned test never sees money.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

import regex

from pipeline.claims.measures import policy_verb_regex
from pipeline.dimensions.quantity import CHANGE_AFTER, CHANGE_WORDS

WEIGHTS = Path(__file__).resolve().parent.parent / "models" / "background_counts.json"
#: How many words before and after the count the features look at.
WINDOW = 6

_WORD = regex.compile(r"[\w-]+")
_MODAL = regex.compile(r"\b(?:vil|skal|må|bør|kan)\b")
_TODAY = regex.compile(r"\bi\s+dag\b")
_ITEM = regex.compile(r"\s*[•\-–*·]")


def _state(field: dict | None) -> str:
    if not field:
        return "none"
    return "inh" if field.get("inherited") else "own"


def count_features(text: str, record: dict) -> list[str]:
    """The features of a quantity record (its claim/1 JSON form) in its document's text."""
    amount, evidence = record["amount"], record["evidence"]
    before = _WORD.findall(text[evidence["start"]:amount["start"]].lower())[-WINDOW:]
    after = _WORD.findall(text[amount["end"]:evidence["end"]].lower())[:WINDOW]
    sentence = evidence["text"].lower()
    features = [f"u={amount.get('unit')}", f"q={amount.get('qualifier')}",
                "m=" + ("y" if record.get("measure") else "none"),
                f"act={_state(record.get('actor'))}", f"time={_state(record.get('time'))}"]
    features += [f"aw={w}" for w in _WORD.findall(amount["text"].lower()) if not w.isdigit()]
    features += [f"b={w}" for w in before] + [f"a={w}" for w in after]
    features += [f"pv={int(bool(policy_verb_regex().search(sentence)))}", f"modal={int(bool(_MODAL.search(sentence)))}",
                 f"idag={int(bool(_TODAY.search(sentence)))}", f"item={int(bool(_ITEM.match(evidence['text'])))}"]
    return features


@cache
def model() -> dict | None:
    """The trained weights ({"bias", "weights", "threshold", …}), or None where no file is shipped."""
    if not WEIGHTS.is_file():
        return None
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def probability(features: list[str], weights: dict) -> float:
    """The model's probability that a count with these features is background."""
    z = weights["bias"] + sum(weights["weights"].get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def says_change(text: str, amount: dict) -> bool:
    """Whether a count says what changes, in it or right after it ("200 flere ansatte", "tre ukers ekstra
    permisjon"): what a measure does, never background."""
    return bool(CHANGE_WORDS.search(amount["text"]) or CHANGE_AFTER.match(text, amount["end"]))


def is_background(text: str, record: dict) -> bool:
    """Whether a record is a count the model takes for background (never money, one end of a change or a
    count that says what changes)."""
    weights = model()
    amount = record.get("amount")
    if record.get("kind") == "money" and amount and not record.get("change_id"):
        return past_stock(text, record)
    if weights is None or record.get("kind") != "quantity" or not amount or record.get("change_id") \
            or says_change(text, amount):
        return False
    return probability(count_features(text, record), weights) > weights["threshold"]


#: A stock of money a body holds or owes, before the amount: "Lånegjelden", "disposisjonsfondet", "et
#: underskudd på".
STOCK = regex.compile(r"(?<![\w-])(?:\w*gjeld(?:en)?|\w*fond(?:et)?|underskudd(?:et)?|overskudd(?:et)?|merforbruk(?:et)?)"
                      r"(?![\w-])", regex.IGNORECASE)
#: Its state in the past: "var", "hadde"; or now: "er på … i dag".
PAST_STATE = regex.compile(r"(?<![\w-])(?:var|hadde)(?![\w-])|(?<![\w-])er\s+på\b", regex.IGNORECASE)
#: What it is expected, planned or proposed to become: then it is a claim ("Lånegjelden ventes å øke til …").
AHEAD = regex.compile(r"(?<![\w-])(?:ventes|ventet|vil|skal|øke|økes|foreslår|foreslås|anslås|bli|blir)(?![\w-])",
                      regex.IGNORECASE)


def past_stock(text: str, record: dict) -> bool:
    """Whether a money record states what a stock was or is, not a claim: "Lånegjelden var 96 mill. kroner
    ved utgangen av 2009", "Kraftfondet er på rundt 140 millioner kroner i dag", "I fjor hadde sykehuset et
    underskudd på 19 millioner kroner" (the stock named before the amount, and nothing ahead in the sentence)."""
    evidence, amount = record["evidence"], record["amount"]
    return STOCK.search(text, evidence["start"], amount["start"]) is not None \
        and PAST_STATE.search(evidence["text"]) is not None and AHEAD.search(evidence["text"]) is None
