"""`make bench`: throughput figures (printed, never asserted).

Rebuilds plain text from the NorNE/NDT `.conll` files in place (tokens joined with spaces, one
sentence per line, one document per file) and times `claims mentions` over all of it.
"""

from __future__ import annotations

import argparse
import platform
import resource
import time
from pathlib import Path

import regex

from pipeline.io import make_document

NO_SPACE_BEFORE = regex.compile(r" ([.,:;!?)»])")
NO_SPACE_AFTER = regex.compile(r"([(«]) ")


def conll_sentences(path: Path) -> list[list[str]]:
    """The sentences of one NDT `.conll` file, each as its word forms (column 2)."""
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sentences.append(words)
                words = []
            continue
        cols = line.split("\t")
        if len(cols) > 1 and cols[0].isdigit():
            words.append(cols[1])
    return sentences


def detokenize(words: list[str]) -> str:
    """Words joined by spaces, none before closing or after opening punctuation."""
    return NO_SPACE_AFTER.sub(r"\1", NO_SPACE_BEFORE.sub(r"\1", " ".join(words)))


def conll_documents(folder: Path):
    """(name, text, word count) per .conll file."""
    for path in sorted(folder.glob("*.conll")):
        sentences = conll_sentences(path)
        yield path.stem, "\n".join(detokenize(w) for w in sentences), sum(len(w) for w in sentences)


def bench_mentions(model: str, docs) -> tuple[float, int, int]:
    from pipeline.cli.mentions import mentions_of
    from pipeline.extract import Extractor

    extractor = Extractor(model)
    mentions = 0
    started = time.perf_counter()
    for name, text, _ in docs:
        mentions += len(mentions_of(extractor.process(make_document(name, text))))
    elapsed = time.perf_counter() - started
    words = sum(n for _, _, n in docs)
    return elapsed, words, mentions


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--norne", required=True, help="folder of NDT .conll files (../shared/norne/ndt/nob)")
    parser.add_argument("--models", default="blank,default", help="comma-separated: blank, default, or a model path")
    args = parser.parse_args(argv)
    folder = Path(args.norne)
    if not folder.is_dir():
        print(f"bench: {folder} not found; nothing measured")
        return 0
    docs = list(conll_documents(folder))
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}")
    print(f"corpus: {len(docs)} documents, {sum(n for *_, n in docs):,} words from {folder}")
    for model in args.models.split(","):
        from pipeline.nlp import default_model

        name = default_model() if model == "default" else model
        elapsed, words, mentions = bench_mentions(name, docs)
        print(f"claims mentions [{Path(name).name}]: {words / elapsed:,.0f} words/s "
              f"({words:,} words in {elapsed:.1f} s, {mentions:,} mentions)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
