"""How `claims batch` computes: the worker side (one Extractor per process, a chunk of documents in,
their records as JSONL text out) and the engines that map chunks to results in order with a bounded
number in flight. Every engine has `run(chunks) -> iterator of (chunk, results)` and `close()`:
InlineEngine (this process), PoolEngine (a process pool) and, in pipeline.batch.dask_engine,
DaskEngine (a Dask cluster). The driver (pipeline.batch.runner) only reads, decides and commits.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator

from pipeline.io import Document

# ---------------------------------------------------------------------------------------------
# worker side (also used by the Dask engine): one Extractor per process, built once
# ---------------------------------------------------------------------------------------------
_EXTRACTOR = None
_EXTRACTOR_KEY = None
_LOCK = threading.Lock()


def make_extractor(model: str | None, fast: bool):
    from pipeline.extract import Extractor

    return Extractor(model, fast=fast)


def get_extractor(model: str | None, fast: bool):
    global _EXTRACTOR, _EXTRACTOR_KEY
    with _LOCK:
        if _EXTRACTOR is None or _EXTRACTOR_KEY != (model, fast):
            _EXTRACTOR = make_extractor(model, fast)
            _EXTRACTOR_KEY = (model, fast)
        return _EXTRACTOR


def watch_parent(interval: float = 0.5) -> None:
    """Exit this worker process when the process that started it is gone (even by kill -9)."""
    parent = os.getppid()

    def watch():
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def init_worker(model: str | None, fast: bool) -> None:
    watch_parent()
    get_extractor(model, fast)


def process_chunk(model: str | None, fast: bool, documents: list[Document]) -> list[tuple[str, int, str | None]]:
    """Per document: (its records as JSONL text, record count, error message or None)."""
    from pipeline.extract import safely
    from pipeline.io import dumps

    extractor = get_extractor(model, fast)
    out = []
    with _LOCK:
        if hasattr(extractor, "extract_chunk"):  # the model runs once over the whole chunk
            results = extractor.extract_chunk(documents)
        else:
            results = [safely(extractor.extract, document) for document in documents]
        for records in results:
            if isinstance(records, Exception):  # one broken document never stops the batch
                out.append(("", 0, f"{type(records).__name__}: {records}"))
                continue
            out.append(("".join(dumps(r) + "\n" for r in records), len(records), None))
    return out


# ---------------------------------------------------------------------------------------------
# engines: map chunks to results, in order, with a bounded number in flight
# ---------------------------------------------------------------------------------------------
class InlineEngine:
    """Everything in this process (--workers 1)."""

    def __init__(self, model, fast):
        self.model, self.fast = model, fast

    def run(self, chunks: Iterable[list]) -> Iterator[tuple[list, list]]:
        for chunk in chunks:
            yield chunk, process_chunk(self.model, self.fast, [c.document for c in chunk])

    def close(self):
        pass


class PoolEngine:
    """A process pool; each worker process builds its Extractor once (initializer)."""

    def __init__(self, model, fast, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.model, self.fast, self.workers = model, fast, workers
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=init_worker, initargs=(model, fast))

    def submit(self, documents):
        return self.pool.submit(process_chunk, self.model, self.fast, documents)

    def run(self, chunks):
        return ordered(self, chunks, 2 * self.workers)

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


def ordered(engine, chunks: Iterable[list], window: int) -> Iterator[tuple[list, list]]:
    """Submit chunks with at most `window` in flight; yield (chunk, result) in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, engine.submit([c.document for c in chunk])))
        while len(pending) >= window:
            head, future = pending.popleft()
            yield head, future.result()
    while pending:
        head, future = pending.popleft()
        yield head, future.result()
