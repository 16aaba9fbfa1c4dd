"""The `claims batch` job: stream documents, skip the unchanged, extract in parallel, commit shards.

The driver (this process) reads the inputs as a stream, decides per document whether it must be
processed (see :mod:`pipeline.batch.manifest`), groups the ones to process into chunks of
``chunk_size`` documents in input order, hands chunks to an engine (in-process, a process pool, or a
Dask cluster) with at most ``2 x workers`` chunks in flight, and commits the results in chunk order:
one shard per chunk. Chunk boundaries depend only on the input, so the shards are byte-identical
whatever the number of workers or the engine. Memory is bounded by the chunks in flight (plus the
manifest index: one small entry per document id ever processed).
"""

from __future__ import annotations

import json
import os
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch.engines import InlineEngine, PoolEngine
from pipeline.batch.manifest import ERRORS, Manifest, append_error, folder_lock, meta_sha256, text_sha256
from pipeline.io import (
    Document,
    InputError,
    Skipped,
    expand_inputs,
    is_jsonl,
    load_meta,
    read_inputs,
    text_lines,
)
from pipeline.schema import PIPELINE_VERSION

DEFAULT_CHUNK = 32


# ---------------------------------------------------------------------------------------------
# the driver
# ---------------------------------------------------------------------------------------------
@dataclass
class Item:
    position: int
    document: Document
    sha: str
    meta: str


@dataclass
class Config:
    inputs: list[str]
    out: Path
    workers: int = 0
    engine: str = "local"
    scheduler: str | None = None
    model: str | None = None
    meta: str | None = None
    date: str | None = None
    parquet: bool = False
    quiet: bool = False
    naive: bool = False
    chunk_size: int = DEFAULT_CHUNK
    follow_links: bool = False


@dataclass
class Summary:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    records: int = 0
    shards: int = 0
    compacted: int = 0
    words: int = 0
    seconds: float = 0.0
    extra: dict = field(default_factory=dict)

    def line(self) -> str:
        rate = self.processed / self.seconds if self.seconds else 0.0
        return (f"claims batch: {self.processed} documents processed, {self.skipped} skipped (unchanged), "
                f"{self.failed} failed, {self.records} records written in {self.shards} shards "
                f"({self.seconds:.1f} s, {rate:.1f} documents/s)")


def model_label(model: str | None) -> str:
    """The model part of the version key: the name, plus its own version for a model folder."""
    from pipeline.nlp import default_model

    name = model or default_model()
    meta = Path(name) / "meta.json"
    if meta.exists():
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            return f"{info.get('lang', '')}_{info.get('name', Path(name).name)}-{info.get('version', '')}"
        except (OSError, json.JSONDecodeError):
            pass
    return Path(name).name if name != "blank" else "blank"


def version_key(model: str | None) -> str:
    return f"{PIPELINE_VERSION} | {model_label(model)}"


def count_documents(inputs: list[str], follow_links: bool = False) -> int:
    """A cheap count for the progress bar's ETA (files; non-blank lines of JSONL)."""
    import gzip

    total = 0
    for found in expand_inputs(inputs, follow_links):
        if isinstance(found, InputError):
            continue
        path = found[0]
        if not path.exists():
            continue
        if is_jsonl(path):
            opener = gzip.open if path.name.endswith(".gz") else open
            try:
                with opener(path, "rb") as fh:
                    total += sum(1 for _ in text_lines(fh, limit=0))  # blank lines skipped in blocks
            except (OSError, EOFError, zlib.error):
                pass
        else:
            total += 1
    return total


def make_engine(config: Config, fast: bool):
    workers = config.workers or os.cpu_count() or 1
    if config.engine == "dask":
        from pipeline.batch.dask_engine import DaskEngine

        return DaskEngine(config.model, fast, workers, config.scheduler)
    if workers == 1:
        return InlineEngine(config.model, fast)
    return PoolEngine(config.model, fast, workers)


def run_batch(config: Config, engine=None) -> Summary:
    """One run into config.out; Busy when another run holds that folder."""
    out = Path(config.out)
    with folder_lock(out):
        return _run_locked(config, out, engine)


def _run_locked(config: Config, out: Path, engine) -> Summary:
    started = time.perf_counter()
    manifest = Manifest.load(out)          # repairs a torn manifest, deletes orphan shards
    summary = Summary()
    summary.compacted += manifest.compact()  # finish a compaction a killed run left undone
    version = version_key(config.model)
    fast = not config.naive
    meta = load_meta(config.meta) if config.meta else {}

    bar = None
    if not config.quiet and sys.stderr.isatty():  # a log file gets the summary line, not a progress bar
        from tqdm import tqdm

        bar = tqdm(total=count_documents(config.inputs, config.follow_links), unit="doc", file=sys.stderr,
                   dynamic_ncols=True, desc="claims batch", smoothing=0.1)

    errors = open(out / ERRORS, "w", encoding="utf-8")
    seen: dict[str, str] = {}  # id -> sha+meta of the documents of this run

    def chunks() -> Iterator[list[Item]]:
        chunk: list[Item] = []
        for position, item in enumerate(read_inputs(config.inputs, meta, config.follow_links)):
            if isinstance(item, Skipped):  # a link out of an input folder, a loop: said, not failed
                append_error(errors, item.doc, "read", item.message, level="warning")
                message = f"claims batch: warning: {item}"
                bar.write(message, file=sys.stderr) if bar is not None else print(message, file=sys.stderr)
                continue
            if isinstance(item, InputError):
                summary.failed += 1
                append_error(errors, item.doc, "read", item.message)
                if bar is not None:
                    bar.update(1)
                continue
            for warning in item.warnings:  # e.g. not UTF-8, read as cp1252
                append_error(errors, item.source or item.id, "read", warning, level="warning")
                message = f"claims batch: warning: {item.source or item.id}: {warning}"
                bar.write(message, file=sys.stderr) if bar is not None else print(message, file=sys.stderr)
            if item.date is None and config.date:
                item.date = config.date
            sha, msha = text_sha256(item.text), meta_sha256(item)
            key = sha + msha
            if seen.get(item.id) == key or (item.id not in seen and manifest.is_done(item.id, sha, msha, version)):
                summary.skipped += 1
                seen[item.id] = key
                if bar is not None:
                    bar.update(1)
                continue
            if item.id in seen and any(c.document.id == item.id for c in chunk):
                # the same id again with another text: the later one must land in a later shard
                yield chunk
                chunk = []
            seen[item.id] = key
            chunk.append(Item(position, item, sha, msha))
            if len(chunk) >= config.chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    own_engine = engine is None
    if own_engine:
        engine = make_engine(config, fast)
    try:
        for chunk, results in engine.run(chunks()):
            shard = manifest.allocate()
            texts, docs = [], []
            for item, (text, count, error) in zip(chunk, results, strict=True):
                entry = {"id": item.document.id, "text_sha256": item.sha, "meta_sha256": item.meta,
                         "records": count}
                if error is not None:
                    summary.failed += 1
                    append_error(errors, item.document.source or item.document.id, "extract", error)
                    entry.update(text_sha256="", failed=True)  # retried next run; old records retired
                else:
                    summary.processed += 1
                    summary.records += count
                    summary.words += len(item.document.text.split())
                    texts.append(text)
                docs.append(entry)
            manifest.commit_shard(shard, "".join(texts), docs, version)
            summary.shards += 1
            if bar is not None:
                bar.update(len(chunk))
                bar.set_postfix(skipped=summary.skipped, failed=summary.failed, refresh=False)
    finally:
        if own_engine:
            engine.close()
        errors.close()
        if bar is not None:
            bar.close()
    summary.compacted += manifest.compact()
    if config.parquet:
        from pipeline.batch.parquet import sync_parquet

        summary.extra["parquet"] = sync_parquet(out, manifest.live_shards())
    summary.seconds = time.perf_counter() - started
    return summary
