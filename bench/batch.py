"""`python -m bench.batch`: throughput and memory of `claims batch` (printed, never asserted).

Builds a corpus from the NorNE/NDT `.conll` files (word forms of column 2, blank lines between
sentences; sentences grouped into paragraphs of 1-5, paragraphs into documents of 300-1,000 words,
the whole repeated as needed with fresh ids) as JSONL files under bench/data/ (git-ignored), then
times, each in its own `python -m pipeline batch` process:

1. the fast path with 1 and with 2 workers (words/s, documents/s);
2. the naive path (--naive: the model over every sentence) as the baseline, and whether its
   records are byte-identical to the fast path's; the speed-up compares the best of --repeat runs
   of each, taken in turn (a shared machine's slow spells then fall on both sides);
3. peak RSS of the whole job (the driver plus its worker processes, sampled with psutil) on the
   corpus and on one --scale times larger.

The model is the shipped one when there is one (pipeline/models/nb_claims_sm); otherwise a stand-in
is built: spaCy's CPU "efficiency" architecture for nb (tok2vec, morphologizer, parser, ner) with
NorNE's labels and untrained weights. Its output is meaningless but its cost per token is that of a
trained pipeline of the same architecture, which is what a throughput figure needs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "bench" / "data"
NER_LABELS = ("PER", "ORG", "GPE_LOC", "GPE_ORG", "LOC", "PROD", "EVT", "DRV", "MISC")
UPOS = ("NOUN", "PROPN", "VERB", "ADJ", "ADP", "DET", "PRON", "ADV", "AUX", "CCONJ", "SCONJ", "NUM", "PUNCT",
        "PART", "X", "SYM", "INTJ")
DEPRELS = ("nsubj", "obj", "obl", "nmod", "amod", "det", "case", "punct", "root", "advmod", "conj", "cc", "mark",
           "aux", "cop", "compound", "flat", "appos", "xcomp", "ccomp", "acl", "advcl", "nummod", "iobj")


def build_standin_model(path: Path) -> Path:
    """An untrained nb pipeline (tok2vec, morphologizer, parser, ner) saved to `path`."""
    import spacy
    from spacy.cli.init_config import init_config

    if (path / "config.cfg").exists():
        return path
    config = init_config(lang="nb", pipeline=["morphologizer", "parser", "ner"], optimize="efficiency")
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    for label in NER_LABELS:
        nlp.get_pipe("ner").add_label(label)
    for pos in UPOS:
        nlp.get_pipe("morphologizer").add_label(f"POS={pos}")
    for dep in DEPRELS:
        nlp.get_pipe("parser").add_label(dep)
    nlp.initialize()
    nlp.meta["name"] = "standin_untrained"
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=".standin-"))
    nlp.to_disk(tmp)
    tmp.rename(path)
    return path


def conll_sentences(folder: Path) -> list[str]:
    """Every sentence of the `.conll` files in `folder`, as plain text, file by file."""
    from bench.mentions import conll_sentences as file_sentences
    from bench.mentions import detokenize

    return [detokenize(words) for path in sorted(folder.glob("*.conll")) for words in file_sentences(path)]


def build_corpus(norne: Path, words: int, folder: Path, docs_per_file: int = 1000,
                 paragraph: tuple[int, int] = (1, 5)) -> tuple[int, int]:
    """JSONL files of documents (300-1,000 words) with at least `words` words. (documents, words)

    Sentences are grouped into paragraphs of `paragraph` = (fewest, most) sentences."""
    sentences = conll_sentences(norne)
    if not sentences:
        raise SystemExit(f"bench: no .conll sentences under {norne}")
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(0)
    total_words = n_docs = 0
    k = 0
    fh = None
    while total_words < words:
        if n_docs % docs_per_file == 0:
            if fh:
                fh.close()
            fh = open(folder / f"bench-{n_docs // docs_per_file:04d}.jsonl", "w", encoding="utf-8")
        target = rng.randint(300, 1000)
        paragraphs, para, count = [], [], 0
        while count < target:
            sentence = sentences[k % len(sentences)]
            k += 1
            para.append(sentence)
            count += len(sentence.split())
            if len(para) >= rng.randint(*paragraph):
                paragraphs.append(" ".join(para))
                para = []
        if para:
            paragraphs.append(" ".join(para))
        fh.write(json.dumps({"id": f"bench-{n_docs:07d}", "text": "\n\n".join(paragraphs)}, ensure_ascii=False)
                 + "\n")
        n_docs += 1
        total_words += count
    if fh:
        fh.close()
    return n_docs, total_words


def run_job(data: Path, out: Path, model: str, workers: int, naive: bool = False,
            chunk: int | None = None) -> dict:
    """One `claims batch` process; wall time and peak RSS of its whole process tree."""
    import psutil

    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "pipeline", "batch", str(data), "--out", str(out), "--model", model,
           "--workers", str(workers), "--quiet"]
    if naive:
        cmd.append("--naive")
    if chunk:
        cmd += ["--chunk-size", str(chunk)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [root] + root.children(recursive=True):
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    err = proc.stderr.read()
    summary = [line for line in err.splitlines() if line.startswith("claims batch:")]
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return {"seconds": elapsed, "peak_rss": peak, "summary": summary[-1] if summary else err[-500:]}


def window_share(corpus: Path, sample: int = 200) -> float:
    """Share of the body text (characters) inside claim windows, over the first `sample` documents."""
    from pipeline.extract import Extractor
    from pipeline.io import Document, read_inputs

    extractor = Extractor("blank")
    inside = total = 0
    for n, document in enumerate(read_inputs([str(corpus)])):
        if n >= sample:
            break
        if not isinstance(document, Document):
            continue
        doc = extractor.process(document)
        inside += sum(e - s for s, e in doc.user_data.get("claim_windows", []))
        total += len(document.text) - document.body_start
    return inside / total if total else 0.0


def code_fingerprint() -> str:
    """Hash of the pipeline's code and data (not this package): a comparison of two runs means
    something only if it did not change in between (others may be editing the working tree)."""
    import hashlib

    digest = hashlib.sha256()
    root = REPO / "pipeline"
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.parent.name != "batch" \
                and path.suffix in (".py", ".yaml", ".yml", ".txt", ".tsv", ".json", ".cfg"):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def shards_text(out: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(out.glob("claims-*.jsonl")))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--norne", default=str(REPO.parent / "shared" / "norne" / "ndt" / "nob"))
    parser.add_argument("--words", type=int, default=2_000_000, help="corpus size (default 2,000,000)")
    parser.add_argument("--scale", type=int, default=5, help="the memory run's corpus is this many times larger")
    parser.add_argument("--model", default="default",
                        help="'default' (shipped model, else an untrained stand-in), 'standin', 'blank', or a path")
    parser.add_argument("--workers", default="1,2", help="worker counts to time (comma-separated)")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive baseline")
    parser.add_argument("--repeat", type=int, default=2,
                        help="fast and naive runs (in turn) behind the speed-up, best of each (default 2)")
    parser.add_argument("--no-scale", action="store_true", help="skip the larger memory run")
    parser.add_argument("--paragraph", default="1-5", help="sentences per paragraph, FEWEST-MOST (default 1-5)")
    parser.add_argument("--keep", action="store_true", help="keep bench/data/ (corpus and outputs)")
    args = parser.parse_args(argv)

    norne = Path(args.norne)
    if not norne.is_dir():
        print(f"bench: {norne} not found; nothing measured")
        return 0
    DATA.mkdir(parents=True, exist_ok=True)
    from pipeline.nlp import SHIPPED_MODEL

    if args.model == "default":
        model = str(SHIPPED_MODEL) if (SHIPPED_MODEL / "config.cfg").exists() else "standin"
    else:
        model = args.model
    if model == "standin":
        model = str(build_standin_model(DATA / "standin-model"))
    label = "blank (rules only)" if model == "blank" else Path(model).name
    if Path(model).name == "standin-model":
        label = "untrained stand-in (spaCy nb efficiency: tok2vec, morphologizer, parser, ner)"

    import psutil

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB, python {platform.python_version()}, "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"model: {label}")
    corpus = DATA / f"corpus-{args.words}"
    if corpus.exists():
        shutil.rmtree(corpus)
    paragraph = tuple(int(x) for x in args.paragraph.split("-"))
    n_docs, words = build_corpus(norne, args.words, corpus, paragraph=paragraph)
    print(f"corpus: {n_docs:,} documents, {words:,} words (from {norne}), paragraphs of {args.paragraph} sentences; "
          f"{window_share(corpus):.0%} of the text is in claim windows (first 200 documents)")

    fingerprint = code_fingerprint()
    results = {}
    for w in [int(x) for x in args.workers.split(",") if x]:
        r = run_job(corpus, DATA / f"out-fast-{w}", model, w)
        results[("fast", w)] = r
        print(f"claims batch, {w} worker(s): {words / r['seconds']:,.0f} words/s, {n_docs / r['seconds']:,.1f} "
              f"documents/s ({r['seconds']:.1f} s), peak RSS {r['peak_rss'] / 2**20:,.0f} MB")
    fast_key = max(results) if results else None
    if not args.no_naive and fast_key:
        w = fast_key[1]
        fast = results[fast_key]
        r = run_job(corpus, DATA / "out-naive", model, w, naive=True)
        same = shards_text(DATA / "out-naive") == shards_text(DATA / f"out-fast-{w}")
        # the speed-up compares the best of `repeat` runs of each, taken in turn, so that a slower
        # spell of a shared machine does not fall on one side only
        fast_times, naive_times = [fast["seconds"]], [r["seconds"]]
        for _ in range(args.repeat - 1):
            fast_times.append(run_job(corpus, DATA / f"out-fast-{w}", model, w)["seconds"])
            naive_times.append(run_job(corpus, DATA / "out-naive", model, w, naive=True)["seconds"])
        best_fast, best_naive = min(fast_times), min(naive_times)
        print(f"naive (--naive), {w} worker(s): {words / best_naive:,.0f} words/s, "
              f"{n_docs / best_naive:,.1f} documents/s ({best_naive:.1f} s), "
              f"peak RSS {r['peak_rss'] / 2**20:,.0f} MB")
        changed = code_fingerprint() != fingerprint
        runs = "; ".join(f"{a:.1f} s / {b:.1f} s" for a, b in zip(fast_times, naive_times, strict=True))
        print(f"speed-up of the fast path over naive ({w} workers, best of {args.repeat}, fast / naive: {runs}): "
              f"{best_naive / best_fast:.2f}x (target >= 3x); records identical: {'yes' if same else 'NO'}"
              + (" (void: the pipeline's code changed while the bench ran)" if changed else ""))
    if not args.no_scale and fast_key:
        w = fast_key[1]
        big = DATA / f"corpus-{args.words * args.scale}"
        if big.exists():
            shutil.rmtree(big)
        big_docs, big_words = build_corpus(norne, args.words * args.scale, big, paragraph=paragraph)
        r = run_job(big, DATA / "out-big", model, w)
        small = results[fast_key]
        print(f"corpus x{args.scale}: {big_docs:,} documents, {big_words:,} words, {w} worker(s): "
              f"{big_words / r['seconds']:,.0f} words/s, peak RSS {r['peak_rss'] / 2**20:,.0f} MB "
              f"(x1: {small['peak_rss'] / 2**20:,.0f} MB; target < 1 GB and flat)")
        shutil.rmtree(big, ignore_errors=True)
    if not args.keep:
        for path in DATA.iterdir():
            if path.name != "standin-model":
                shutil.rmtree(path, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
