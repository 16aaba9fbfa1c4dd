"""--engine dask: the same job on a Dask cluster. Workers only compute; the driver commits.

Each worker process builds one Extractor, the first time it gets a chunk, and keeps it in a
module-level global (pipeline.batch.engines._EXTRACTOR), so a pipeline is loaded once per worker.
Without --scheduler a LocalCluster is started (n_workers=--workers, threads_per_worker=1,
processes=True). With --scheduler, the workers must have this package (and the model) installed.
"""

from __future__ import annotations

import logging

from pipeline.batch.engines import ordered, process_chunk


class DaskEngine:
    def __init__(self, model, fast, workers: int, scheduler: str | None = None):
        from dask.distributed import Client, LocalCluster

        self.model, self.fast = model, fast
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def submit(self, documents):
        return self.client.submit(process_chunk, self.model, self.fast, documents, pure=False)

    def run(self, chunks):
        return ordered(self, chunks, 2 * self.workers)

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
