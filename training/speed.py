"""Words per second of a spaCy pipeline on one CPU core (raw text in, tokenizer included).

Texts are the UD dev and test sentences, re-joined into documents of ten sentences; nothing is
written anywhere. Thread pools are limited to one thread before numpy is imported.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
from pathlib import Path  # noqa: E402

from evaluate import speed  # noqa: E402  (training/evaluate.py, beside this script)
from spacy.tokens import DocBin  # noqa: E402

from pipeline.nlp import load_trained  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--corpus", type=Path, nargs="+",
                    default=[Path("training/corpus/dev.spacy"), Path("training/corpus/test.spacy")])
    ap.add_argument("--repeat", type=int, default=2, help="best of N passes")
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    nlp = load_trained(args.model)  # the trained components over whole Docs, our stages left out
    texts = [doc.text for path in args.corpus for doc in DocBin().from_disk(path).get_docs(nlp.vocab)]
    wall, _cpu, words = speed(nlp, texts, repeat=args.repeat, batch_size=args.batch_size)
    print(f"{args.model}: {words} words in {words / wall:.2f} s = {wall:,.0f} words/s "
          f"(1 thread, pipes {', '.join(nlp.pipe_names)})")


if __name__ == "__main__":
    main()
