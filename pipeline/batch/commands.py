"""`claims batch`: the incremental, resumable, parallel job (see pipeline/batch/README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.cli.common import (
    add_follow_links,
    count_argument,
    date_argument,
    folder_argument,
    meta_argument,
)


def register(sub) -> None:
    parser = sub.add_parser("batch", help="incremental, resumable, parallel extraction into sharded JSONL")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help=".txt file, folder of them, .jsonl[.gz] of articles, or a glob")
    parser.add_argument("--out", required=True, type=folder_argument,
                        help="output folder (shards, manifest.jsonl, errors.jsonl)")
    parser.add_argument("--workers", type=count_argument, default=0, help="worker processes (default: CPU count)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--scheduler", help="Dask scheduler address (--engine dask); default: a LocalCluster")
    parser.add_argument("--model", default=None,
                        help="spaCy model name or path; 'blank' for rules only (default: the shipped model)")
    parser.add_argument("--meta", type=meta_argument, help="JSONL of {id, date, publisher, title, ...} for .txt inputs")
    parser.add_argument("--date", type=date_argument, help="document date where none is known")
    parser.add_argument("--parquet", action="store_true", help="also write claims-NNNNN.parquet (flattened)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--naive", action="store_true", help="run the model over every sentence (baseline)")
    parser.add_argument("--chunk-size", type=int, default=None, help="documents per chunk/shard (default 32)")
    add_follow_links(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    from pipeline.batch.runner import DEFAULT_CHUNK, Config, run_batch

    if args.scheduler and args.engine != "dask":
        print("claims: error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    config = Config(inputs=args.inputs, out=Path(args.out), workers=args.workers, engine=args.engine,
                    scheduler=args.scheduler, model=args.model, meta=args.meta, date=args.date,
                    parquet=args.parquet, quiet=args.quiet, naive=args.naive,
                    chunk_size=args.chunk_size or DEFAULT_CHUNK, follow_links=args.follow_links)
    from pipeline.batch.manifest import Busy, ForeignFiles

    try:
        summary = run_batch(config)
    except (ForeignFiles, Busy) as exc:
        print(f"claims batch: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("claims batch: interrupted; what was committed is kept, run again to resume", file=sys.stderr)
        return 130
    except Exception as exc:  # a worker process died, the cluster went away, the disk is full ...
        print(f"claims batch: error: {type(exc).__name__}: {exc}; what was committed is kept, "
              "run again to resume", file=sys.stderr)
        return 2
    print(summary.line(), file=sys.stderr)
    return 1 if summary.failed else 0
