"""NER error analysis on gold tokens: label confusions and boundary errors per split (counts only)."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin

from pipeline.nlp import load_trained


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("model", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path("training/corpus"))
    ap.add_argument("--split", default="test")
    args = ap.parse_args()
    nlp = load_trained(args.model)  # the trained components over whole Docs, our stages left out
    gold = list(DocBin().from_disk(args.corpus / f"{args.split}.spacy").get_docs(nlp.vocab))
    preds = nlp.pipe(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]) for g in gold)
    kinds: Counter = Counter()
    confusion: Counter = Counter()
    for g, p in zip(gold, preds, strict=True):
        gs = {(e.start, e.end): e.label_ for e in g.ents}
        ps = {(e.start, e.end): e.label_ for e in p.ents}
        for span, label in gs.items():
            if span in ps:
                kinds["correct" if ps[span] == label else "wrong label"] += 1
                if ps[span] != label:
                    confusion[(label, ps[span])] += 1
            elif any(s < span[1] and span[0] < e for s, e in ps):
                kinds["boundary (overlap)"] += 1
            else:
                kinds["missed"] += 1
                confusion[(label, "-")] += 1
        for span, label in ps.items():
            if span not in gs and not any(s < span[1] and span[0] < e for s, e in gs):
                kinds["spurious"] += 1
                confusion[("-", label)] += 1
    print(dict(kinds))
    for (g, p), n in confusion.most_common(20):
        print(f"{n:5d}  gold {g:8s} predicted {p}")


if __name__ == "__main__":
    main()
