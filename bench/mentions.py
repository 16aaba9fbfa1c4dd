"""`make bench`: throughput figures (printed, never asserted).

Rebuilds plain text from the NorNE/NDT `.conll` files in place (tokens joined with spaces, one
sentence per line, one document per file) and prints, over all of it:
- spaCy's bare `nb` tokenizer and the whole `claims mentions --model blank` process (start-up
  included), the best of three runs of each taken in turn, and their ratio;
- the microseconds per word of each rule stage;
- a scaling line: rules-only records on money-dense text of 10k, 100k and 1M characters (a stage
  that is not linear in the document shows as a falling rate);
- `claims mentions` words/s with each model.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
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


TOKENIZE = """
import json, sys, time
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
started = time.perf_counter()
nlp = spacy.blank("nb")
for text in texts:
    nlp.make_doc(text)
print(time.perf_counter() - started)
"""


def whole_process(docs, tmp: Path, repeat: int = 3) -> tuple[float, float]:
    """(seconds for spaCy's bare `nb` tokenizer over the texts, fresh vocabulary; seconds for the whole
    `claims mentions --model blank` process over them, start-up included): the best of `repeat` runs
    of each, taken in turn, so that both see the same machine."""
    articles = tmp / "ndt.jsonl"
    with articles.open("w", encoding="utf-8") as fh:
        for name, text, _ in docs:
            fh.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
    tokenizer = process = float("inf")
    for _ in range(repeat):
        tokenizer = min(tokenizer, float(subprocess.run([sys.executable, "-c", TOKENIZE, str(articles)], check=True,
                                                        capture_output=True, text=True).stdout))
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "mentions", "--model", "blank", str(articles)], check=True,
                       stdout=subprocess.DEVNULL)
        process = min(process, time.perf_counter() - started)
    return tokenizer, process


def stage_costs(docs) -> dict[str, float]:
    """Seconds per rule stage (tokenizer included) over the texts, rules only."""
    from pipeline.extract import Extractor
    from pipeline.nlp import make_doc

    nlp = Extractor("blank").nlp
    costs = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for name, text, _ in docs:
        started = time.perf_counter()
        doc = make_doc(nlp, make_document(name, text))
        costs["tokenizer"] += time.perf_counter() - started
        for stage, proc in nlp.pipeline:
            started = time.perf_counter()
            doc = proc(doc)
            costs[stage] += time.perf_counter() - started
    return costs


def scaling(unit: str, sizes=(10_000, 100_000, 1_000_000)) -> list[tuple[int, float]]:
    """(characters, words/s) of rules-only records on `unit` repeated to each size (money-dense text);
    each size is run as often as makes 1,000,000 characters, so every rate is measured over as much text."""
    from pipeline.extract import Extractor

    extractor = Extractor("blank")
    out = []
    for size in sizes:
        text = (unit * (size // len(unit) + 1))[:size]
        runs = max(1, 1_000_000 // size)
        started = time.perf_counter()
        for _ in range(runs):
            extractor.extract(make_document("scale", text, {"date": "2023-10-06"}))
        out.append((size, runs * len(text.split()) / (time.perf_counter() - started)))
    return out


SCALING_UNIT = (
    "Regjeringen foreslår å bevilge 1,2 milliarder kroner til nye sykehjemsplasser i 2024, og 300 millioner "
    "kroner mer enn i fjor til rassikring. Kommunene får 45 millioner kroner årlig de neste tre årene.\n\n"
)


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
    words = sum(n for *_, n in docs)
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}")
    print(f"corpus: {len(docs)} documents, {words:,} words from {folder}")
    with tempfile.TemporaryDirectory() as tmp:
        tokenizer, process = whole_process(docs, Path(tmp))
    print(f"spaCy nb tokenizer alone: {words / tokenizer:,.0f} words/s; claims mentions --model blank, whole process: "
          f"{words / process:,.0f} words/s; ratio {tokenizer / process:.2f} (target >= 0.35)")
    costs = stage_costs(docs)
    print("rule stages, us/word: " + ", ".join(f"{name} {seconds / words * 1e6:.2f}" for name, seconds in costs.items()))
    rates = scaling(SCALING_UNIT)
    spread = max(r for _, r in rates) / min(r for _, r in rates) - 1
    print("scaling, rules-only records on money-dense text: "
          + ", ".join(f"{size:,} chars {rate:,.0f} words/s" for size, rate in rates)
          + f" (spread {spread:.0%}, target <= 25%)")
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
