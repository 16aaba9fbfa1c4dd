"""`claims mentions`: every money, quantity, time (and, when the claim stages are loaded, actor and
measure) mention, one JSON object per line, in text order."""

from __future__ import annotations

import sys

from pipeline.cli.common import Inputs, add_input_arguments
from pipeline.io import dumps, printable


def register(sub) -> None:
    parser = sub.add_parser("mentions", help="print the mentions (money, quantity, time …) of documents as JSONL")
    add_input_arguments(parser)
    parser.set_defaults(func=run)


def mentions_of(doc) -> list:
    found = []
    for name in ("money", "quantity", "time", "actors", "measures"):
        found.extend(getattr(doc._, name) or [])
    found.sort(key=lambda m: (m.start, m.end, m.type))
    return found


def run(args) -> int:
    from pipeline.extract import Extractor
    from pipeline.nlp import CLAIM_COMPONENTS

    MENTION_STAGES = tuple(c for c in CLAIM_COMPONENTS if c != "claims_claims")

    extractor = Extractor(args.model, components=MENTION_STAGES)  # no claim records: they are not printed
    inputs = Inputs(args)
    out = sys.stdout
    for document in inputs:
        try:
            doc = extractor.process(document)
            lines = [dumps(m.to_json(document.id)) for m in mentions_of(doc)]
        except Exception as exc:  # one broken document never stops the batch
            print(f"claims: error: {printable(document.id)}: extraction failed: {exc}", file=sys.stderr)
            inputs.failed += 1
            continue
        if lines:
            out.write("\n".join(lines) + "\n")
        out.flush()
    return 1 if inputs.failed else 0
