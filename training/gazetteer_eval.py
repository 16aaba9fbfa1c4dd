"""Effect of each claims_gazetteer rule and setting on NER (gold tokens), for choosing them on dev.

Runs the model's NER once (without any claims_gazetteer it may carry), then applies each variant
of the component to copies of the predictions and prints overall NER P/R/F, the per-label F that
change, and how many labels each variant turned from wrong to right and from right to wrong.
Choose on dev (the default); `--split test` is for reporting the chosen setting once.

    .venv/bin/python training/gazetteer_eval.py pipeline/models/nb_claims_sm
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from pipeline.actors.gazetteer import GazetteerRelabel  # noqa: E402
from pipeline.nlp import load_trained  # noqa: E402

#: The shipped setting: the factory's defaults in pipeline/actors/gazetteer.py.
BASE = dict(Language.get_factory_meta("claims_gazetteer").default_config)
PLACE = BASE["place_relabel"]
#: The rules of model 0.3.0, before city, title and speaker (0.4.0) and actor, org_suffix and
#: surname_ending (0.5.0) were added.
OLD = ["country", "person", "surname"]
VARIANTS: dict[str, dict] = {
    "country only": {"rules": ["country"]},
    "country only, ORG -> GPE_LOC": {"rules": ["country"], "place_relabel": {**PLACE, "ORG": "GPE_LOC"}},
    "country only, also LOC -> GPE_LOC": {"rules": ["country"], "place_relabel": {**PLACE, "LOC": "GPE_LOC"}},
    "region only": {"rules": ["region"]},
    "person only": {"rules": ["person"]},
    "surname only": {"rules": ["surname"]},
    "surname only, no guard": {"rules": ["surname"], "surname_guard": False},
    "majority only": {"rules": ["majority"]},
    "country + person": {"rules": ["country", "person"]},
    "0.3.0 setting (country + person + surname)": {"rules": OLD},
    "0.4.0 setting (+ city, title, speaker)": {"rules": ["country", "city", "title", "speaker", "person", "surname"]},
    "shipped (factory defaults)": {},
    "shipped + region": {"rules": BASE["rules"] + ["region"]},
    "shipped + majority": {"rules": BASE["rules"] + ["majority"]},
    "shipped, surname without guard": {"surname_guard": False},
    "shipped, person from ORG only": {"person_from": ["ORG"]},
    "shipped, person from LOC, GPE_LOC": {"person_from": ["LOC", "GPE_LOC"]},
    "shipped, person from PROD, EVT, MISC": {"person_from": ["PROD", "EVT", "MISC"]},
    "shipped, Norway names only (min_world 99)": {"min_world": 99},
    "shipped, Norway >= 5 or world >= 8": {"min_norway": 5, "min_world": 8},
    "shipped, any listed name (min_world 1)": {"min_world": 1},
    "shipped, max_tokens 2": {"max_tokens": 2},
    "shipped, max_tokens 3": {"max_tokens": 3},
    "shipped, max_tokens 6": {"max_tokens": 6},
    "city only (after a locative preposition)": {"rules": ["city"]},
    "city only, any context": {"rules": ["city"], "city_after": []},
    "title only": {"rules": ["title"]},
    "speaker only": {"rules": ["speaker"]},
    "0.3.0 + title": {"rules": OLD + ["title"]},
    "0.3.0 + speaker": {"rules": OLD + ["speaker"]},
    "0.3.0 + city": {"rules": OLD + ["city"]},
    "0.3.0 + city, any context": {"rules": OLD + ["city"], "city_after": []},
    "0.3.0 + city + title": {"rules": OLD + ["city", "title"]},
    "shipped, city over person": {"city_over_person": True},
    "actor only": {"rules": ["actor"]},
    "org_suffix only": {"rules": ["org_suffix"]},
    "surname_ending only": {"rules": ["surname_ending"]},
    "shipped without actor": {"rules": [r for r in BASE["rules"] if r != "actor"]},
    "shipped without org_suffix": {"rules": [r for r in BASE["rules"] if r != "org_suffix"]},
    "shipped without surname_ending": {"rules": [r for r in BASE["rules"] if r != "surname_ending"]},
    "shipped, org_suffix also from DRV": {"org_from": ["PER", "LOC", "GPE_LOC", "PROD", "EVT", "MISC", "DRV"]},
    "shipped, city not from PER": {"city_from": ["ORG", "PROD", "EVT", "MISC", "DRV"]},
    "shipped, city not from ORG": {"city_from": ["PER", "PROD", "EVT", "MISC", "DRV"]},
    "shipped, city also from LOC": {"city_from": ["PER", "ORG", "PROD", "EVT", "MISC", "DRV", "LOC"]},
}


def prf(gold: set, pred: set) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ent_set(docs: list[Doc]) -> set[tuple]:
    return {(i, e.start, e.end, e.label_) for i, d in enumerate(docs) for e in d.ents}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path("training/corpus"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--only", nargs="*", help="variant names to run (default: all)")
    ap.add_argument("--show", help="print the changes this variant makes")
    args = ap.parse_args()
    nlp = load_trained(args.model)
    nlp.remove_pipe("claims_gazetteer")
    gold_docs = list(DocBin().from_disk(args.corpus / f"{args.split}.spacy").get_docs(nlp.vocab))
    pred_docs = list(nlp.pipe((Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
                               for g in gold_docs), batch_size=64))
    gold = ent_set(gold_docs)
    base = ent_set(pred_docs)
    labels = sorted({g[3] for g in gold})

    def per_label(pred: set) -> dict[str, float]:
        return {lab: prf({g for g in gold if g[3] == lab}, {p for p in pred if p[3] == lab})[2] for lab in labels}

    base_lab = per_label(base)
    p, r, f = prf(gold, base)
    print(f"{args.split}: {len(gold)} gold entities")
    print(f"{'model alone':44s} P {p:.4f} R {r:.4f} F {f:.4f}")
    for name, change in VARIANTS.items():
        if args.only and name not in args.only:
            continue
        comp = GazetteerRelabel(**{**BASE, **change})
        docs = [comp(Doc(nlp.vocab).from_bytes(d.to_bytes())) for d in pred_docs]
        pred = ent_set(docs)
        p, r, f = prf(gold, pred)
        fixed, broken = len((pred - base) & gold), len((base - pred) & gold)
        lab = per_label(pred)
        moved = ", ".join(f"{k} {lab[k] - base_lab[k]:+.3f}" for k in labels if abs(lab[k] - base_lab[k]) > 5e-4)
        print(f"{name:44s} P {p:.4f} R {r:.4f} F {f:.4f}  changed {len(pred - base):3d}: "
              f"+{fixed} right, -{broken} broken | {moved}")
        if args.show == name:
            spans = {(i, s, e): lab for i, s, e, lab in gold}
            changes = Counter()
            for i, s, e, label in sorted(pred - base):
                old = next(x[3] for x in base if x[:3] == (i, s, e))
                mark = "fixed " if (i, s, e, label) in gold else ("broken" if (i, s, e, old) in gold else "both wrong")
                changes[mark] += 1
                print(f"   {mark:10s} {pred_docs[i][s:e].text!r}: {old} -> {label} (gold {spans.get((i, s, e), '-')})")
            print("  ", dict(changes))


if __name__ == "__main__":
    main()
