"""Ship a parser pipeline assembled by assemble.py: copy it into the package (pipeline/models/nb_claims_sm)
with the parser among the components `claims_model` runs on the claim windows.

The assembled folder already holds the shipped components unchanged (assemble.py checked it) and
the trained parser; here the config is rewritten by pipeline.nlp.write_claim_pipeline (our stages
around the trained components, the parser now run on the windows), meta.json gets the version and
the scores of evaluate.py (--scores), and files of the target that are not part of the pipeline
(MODEL_CARD.md) are kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import srsly

from pipeline.nlp import DESCRIPTION, write_claim_pipeline

KEEP = {"MODEL_CARD.md"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("assembled", type=Path, help="a folder written by training/parser/assemble.py")
    ap.add_argument("--target", type=Path, default=Path("pipeline/models/nb_claims_sm"))
    ap.add_argument("--scores", type=Path, help="evaluate.py --json output to put into meta.json")
    ap.add_argument("--version", default="0.6.0")
    args = ap.parse_args()
    if not (args.assembled / "parser").is_dir():
        raise SystemExit(f"{args.assembled} has no parser: assemble one first (training/parser/README.md)")
    args.target.mkdir(parents=True, exist_ok=True)
    for child in args.target.iterdir():
        if child.name not in KEEP:
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    for child in args.assembled.iterdir():
        if child.name not in KEEP:
            dest = args.target / child.name
            shutil.copytree(child, dest) if child.is_dir() else shutil.copy2(child, dest)
    nlp = write_claim_pipeline(args.target)
    meta = srsly.read_json(args.target / "meta.json")
    meta["version"] = args.version
    meta["description"] = DESCRIPTION
    meta.pop("performance", None)
    if args.scores and args.scores.exists():
        meta["performance"] = json.loads(args.scores.read_text())
    srsly.write_json(args.target / "meta.json", meta)
    runs = nlp.get_pipe("claims_model").components
    size = sum(f.stat().st_size for f in args.target.rglob("*") if f.is_file()) / 1e6
    print(f"shipped {args.target} ({size:.1f} MB); claims_model runs {runs}")


if __name__ == "__main__":
    main()
