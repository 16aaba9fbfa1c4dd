"""Add a trained parser to a copy of the shipped model, written outside the package (training/output/).

The shipped folder (pipeline/models/nb_claims_sm) is loaded as it is and the trained ``parser`` is
sourced from a parser experiment's model-best (training/parser/*.cfg) and put right after the last
trained component (``claims_gazetteer``), so every other component is the shipped one, untouched.
Where the shipped folder is the whole claim pipeline (``claims_model`` runs the trained components
on the claim windows), the parser is added disabled and is not one of ``claims_model``'s components:
the claim pipeline never runs it (pipeline.nlp.NOT_RUN), and ``load_trained`` (the trained
components over whole Docs, as training/evaluate.py scores them) enables it. The string store is
pruned to the shipped strings plus the parser's labels (no word list from the training texts), and
the script checks on the dev and test texts (raw text in) that

- the trained components with the parser give the same annotations, parses included, before and
  after the pruning;
- lemmas, POS, sentence starts and entities of the trained components are exactly the shipped ones;
- ``spacy.load`` of the copy (the claim pipeline, where it is one) gives the same tokens, sentences,
  entities and claim spans as the shipped folder.

It never writes into pipeline/. Nothing under training/output/ is committed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import DocBin

try:  # registers claims_gazetteer (the package is being restructured: new place first)
    import pipeline.actors.gazetteer  # noqa: F401
except ImportError:  # pragma: no cover
    import pipeline.gazetteer  # noqa: F401
try:
    from pipeline.nlp import load_trained
except ImportError:  # pragma: no cover  (before the shipped folder became the claim pipeline)
    load_trained = spacy.load


def annotations(nlp, texts: list[str], parse: bool) -> list[tuple]:
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        row = (tuple(t.lemma_ for t in doc), tuple(t.pos_ for t in doc), tuple(t.is_sent_start for t in doc),
               tuple((e.start, e.end, e.label_) for e in doc.ents))
        if parse:
            row += (tuple(t.head.i for t in doc), tuple(t.dep_ for t in doc))
        out.append(row)
    return out


def surface(nlp, texts: list[str]) -> list[tuple]:
    """What spacy.load of the folder gives: tokens, sentences, entities and every span group."""
    out = []
    for doc in nlp.pipe(texts, batch_size=32):
        groups = tuple(sorted((k, tuple((s.start, s.end, s.label_) for s in v)) for k, v in doc.spans.items()))
        out.append((tuple(t.text for t in doc), tuple(t.is_sent_start for t in doc),
                    tuple((e.start, e.end, e.label_) for e in doc.ents), groups))
    return out


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("trained", type=Path, help="a parser experiment's model-best")
    ap.add_argument("target", type=Path, help="where to write the pipeline (under training/output/)")
    ap.add_argument("--base", type=Path, default=Path("pipeline/models/nb_claims_sm"))
    ap.add_argument("--corpus", type=Path, default=Path("training/corpus"))
    ap.add_argument("--version", default="0.5.0+parser")
    args = ap.parse_args()
    if args.target.resolve().is_relative_to(Path("pipeline").resolve()):
        raise SystemExit("refusing to write into pipeline/: the shipped model is not changed here")

    nlp = spacy.load(args.base)
    if "parser" in nlp.component_names:  # the shipped folder has one since 0.6.0: the new one replaces it
        nlp.remove_pipe("parser")
    trained = spacy.load(args.trained)
    last = [n for n in nlp.component_names if n in trained.component_names or n == "claims_gazetteer"][-1]
    nlp.add_pipe("parser", source=trained, after=last)
    claim_pipeline = "claims_model" in nlp.component_names
    if claim_pipeline:
        nlp.disable_pipe("parser")
    parser = nlp.get_pipe("parser")
    meta = nlp.meta
    meta["version"] = args.version
    meta["description"] = (meta.get("description", "") + " Experimental: a dependency parser (UD relations; "
                           "trained on the NDT train split converted to UD trees by training/convert.py; "
                           "see training/parser/README.md) after the trained components, not run by the "
                           "claim pipeline; every other component is the shipped model's, unchanged.")
    meta.pop("performance", None)

    texts = [d.text for split in ("dev", "test")
             for d in DocBin().from_disk(args.corpus / f"{split}.spacy").get_docs(nlp.vocab)]
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "model"
        nlp.to_disk(staged)
        unpruned = load_trained(staged)
        keep = set(json.loads((args.base / "vocab" / "strings.json").read_text(encoding="utf-8")))
        keep.update(str(label) for label in parser.labels)
        strings_path = staged / "vocab" / "strings.json"
        before = len(json.loads(strings_path.read_text(encoding="utf-8")))
        strings_path.write_text(json.dumps(sorted(keep), ensure_ascii=False), encoding="utf-8")
        print(f"strings: {before} -> {len(keep)}")
        pruned = load_trained(staged)
        if "parser" not in pruned.pipe_names:
            raise SystemExit(f"the parser does not run in load_trained({staged}): {pruned.pipe_names}")
        if annotations(unpruned, texts, parse=True) != annotations(pruned, texts, parse=True):
            raise SystemExit("pruned string store changes the annotations; nothing written")
        if annotations(load_trained(args.base), texts, parse=False) != annotations(pruned, texts, parse=False):
            raise SystemExit("lemmas, POS, sentences or entities differ from the shipped model; nothing written")
        if surface(spacy.load(args.base), texts) != surface(spacy.load(staged), texts):
            raise SystemExit("spacy.load of the copy differs from the shipped folder; nothing written")
        print(f"checked on {len(texts)} dev+test documents: trained components' lemmas, POS, sentences and "
              "entities identical to the shipped model, parses identical after pruning, spacy.load "
              f"({'claim pipeline, parser disabled' if claim_pipeline else 'parser last'}) identical to the "
              "shipped folder")
        if args.target.exists():
            shutil.rmtree(args.target)
        shutil.copytree(staged, args.target)
    print(f"wrote {args.target} ({size_mb(args.target):.1f} MB; parser {size_mb(args.target / 'parser'):.2f} MB)")


if __name__ == "__main__":
    main()
