"""`claims extract`: claim records (schema claim/1) as JSONL."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from pipeline.cli.common import Inputs, add_input_arguments, output_file
from pipeline.io import atomic_write_text, dumps, printable

CHUNK = 32


def chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def register(sub) -> None:
    parser = sub.add_parser("extract", help="extract claim records (JSONL, schema claim/1)")
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", type=output_file, help="write records here (atomically); default: stdout")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args) -> int:
    from pipeline.extract import Extractor

    extractor = Extractor(args.model)
    inputs = Inputs(args)
    lines: list[str] = []
    from tqdm import tqdm

    show = not args.quiet and sys.stderr.isatty()
    documents = tqdm(inputs, unit="doc", disable=not show, desc="claims extract")
    for chunk in chunks(documents, CHUNK):  # one nlp.pipe per chunk: the model runs once over its windows
        for document, records in zip(chunk, extractor.extract_chunk(chunk), strict=True):
            if isinstance(records, Exception):  # one broken document never stops the batch
                inputs.failed += 1
                print(f"claims: error: {printable(document.id)}: extraction failed: {records}", file=sys.stderr)
                continue
            text = "".join(dumps(r) + "\n" for r in records)
            if args.output:
                lines.append(text)
            else:
                sys.stdout.write(text)
                sys.stdout.flush()
    if args.output:
        atomic_write_text(args.output, "".join(lines))
    return 1 if inputs.failed else 0
