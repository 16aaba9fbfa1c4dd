"""`claims extract`: claim records (schema claim/1) as JSONL."""

from __future__ import annotations

import sys

from pipeline.cli.common import Inputs, add_input_arguments
from pipeline.io import atomic_write_text, dumps


def register(sub) -> None:
    parser = sub.add_parser("extract", help="extract claim records (JSONL, schema claim/1)")
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", help="write records here (atomically); default: stdout")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args) -> int:
    from pipeline.extract import Extractor

    extractor = Extractor(args.model)
    inputs = Inputs(args)
    lines: list[str] = []
    from tqdm import tqdm

    show = not args.quiet and sys.stderr.isatty()
    for document in tqdm(inputs, unit="doc", disable=not show, desc="claims extract"):
        try:
            records = extractor.extract(document)
        except Exception as exc:  # one broken document never stops the batch
            inputs.failed += 1
            print(f"claims: error: {document.id}: extraction failed: {exc}", file=sys.stderr)
            continue
        chunk = "".join(dumps(r) + "\n" for r in records)
        if args.output:
            lines.append(chunk)
        else:
            sys.stdout.write(chunk)
            sys.stdout.flush()
    if args.output:
        atomic_write_text(args.output, "".join(lines))
    return 1 if inputs.failed else 0
