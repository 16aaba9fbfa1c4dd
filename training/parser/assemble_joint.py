"""Make a claim pipeline from a jointly trained experiment (p06_shared: one tok2vec under UPOS,
lemmas, NER and the parser), written outside the package (training/output/).

Unlike assemble.py, the trained components here are not the shipped ones: every one of them learned
on, so nothing is compared with the shipped model; training/evaluate.py scores the result. The
script copies the experiment's model-best, prunes the string store to the shipped strings plus the
labels of the new components (no word list from the training texts), checks on the dev and test
texts (raw text in) that the pruning changes no annotation (lemmas, POS, sentences, entities,
parses), and rewrites the copy into the claim pipeline (pipeline.nlp.write_claim_pipeline), whose
`claims_model` then runs tok2vec, morphologizer, lemmatizer, NER, gazetteer and parser on the
claim windows. It never writes into pipeline/; training/parser/ship.py ships a chosen copy.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from assemble import annotations, size_mb  # same folder (run as a script)
from spacy.tokens import DocBin

import pipeline.actors.gazetteer  # noqa: F401  (registers claims_gazetteer)
from pipeline.nlp import load_trained, write_claim_pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("trained", type=Path, help="the experiment's model-best")
    ap.add_argument("target", type=Path, help="where to write the pipeline (under training/output/)")
    ap.add_argument("--base", type=Path, default=Path("pipeline/models/nb_claims_sm"),
                    help="the shipped model, whose strings are kept")
    ap.add_argument("--corpus", type=Path, default=Path("training/corpus"))
    args = ap.parse_args()
    if args.target.resolve().is_relative_to(Path("pipeline").resolve()):
        raise SystemExit("refusing to write into pipeline/: the shipped model is not changed here")

    trained = load_trained(args.trained)
    texts = [d.text for split in ("dev", "test")
             for d in DocBin().from_disk(args.corpus / f"{split}.spacy").get_docs(trained.vocab)]
    before = annotations(trained, texts, parse=True)
    keep = set(json.loads((args.base / "vocab" / "strings.json").read_text(encoding="utf-8")))
    for name in ("morphologizer", "trainable_lemmatizer", "ner", "parser"):
        if name in trained.pipe_names:
            keep.update(str(label) for label in trained.get_pipe(name).labels)
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "model"
        shutil.copytree(args.trained, staged)
        strings_path = staged / "vocab" / "strings.json"
        n_before = len(json.loads(strings_path.read_text(encoding="utf-8")))
        strings_path.write_text(json.dumps(sorted(keep), ensure_ascii=False), encoding="utf-8")
        print(f"strings: {n_before} -> {len(keep)}")
        if annotations(load_trained(staged), texts, parse=True) != before:
            raise SystemExit("the pruned string store changes the annotations; nothing written")
        if args.target.exists():
            shutil.rmtree(args.target)
        shutil.copytree(staged, args.target)
    nlp = write_claim_pipeline(args.target)
    print(f"checked on {len(texts)} dev+test documents: annotations identical after pruning; wrote "
          f"{args.target} ({size_mb(args.target):.1f} MB); claims_model runs "
          f"{nlp.get_pipe('claims_model').components}")


if __name__ == "__main__":
    main()
