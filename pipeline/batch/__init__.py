"""`claims batch`: incremental, resumable, parallel (process pool or Dask) claim extraction into shards."""
