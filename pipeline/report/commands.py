"""`claims report SOURCE -o report.html`: one self-contained HTML page of a set of claims."""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.cli.common import add_follow_links, meta_argument, output_file


def register(sub) -> None:
    parser = sub.add_parser(
        "report", help="one offline HTML page: charts of the money claimed, the largest and repeated claims, "
                       "every article with its claims highlighted")
    parser.add_argument("source", metavar="SOURCE",
                        help="claims JSONL (claims extract), an annotation folder, a claims batch folder, or "
                             "articles to extract first (a folder of .txt with its meta.jsonl, .txt, .jsonl[.gz])")
    parser.add_argument("-o", "--output", default="report.html", type=output_file,
                        help="the page to write (default: report.html)")
    parser.add_argument("--texts", nargs="+", metavar="INPUT",
                        help="the original inputs, for the article texts and metadata of a claims file or batch folder")
    parser.add_argument("--meta", type=meta_argument, help="JSONL of {id, date, publisher, title, url} for the articles")
    parser.add_argument("--model", default=None,
                        help="spaCy model for articles that are extracted first ('blank' for rules only)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_follow_links(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    try:
        import jinja2  # noqa: F401
        import matplotlib  # noqa: F401
    except ModuleNotFoundError as exc:
        print(f"claims report: error: {exc.name} is not installed; install the report extra "
              "(pip install -e '.[report]')", file=sys.stderr)
        return 2
    from pipeline.io import atomic_write_text
    from pipeline.report.render import report_html
    from pipeline.report.sources import ReportError, load

    output = Path(args.output)
    try:
        corpus = load(args.source, texts=args.texts, meta_path=args.meta, model=args.model,
                      progress=not args.quiet and sys.stderr.isatty(), follow_links=args.follow_links)
    except ReportError as exc:
        print(f"claims report: error: {exc}", file=sys.stderr)
        return 2
    for warning in corpus.warnings:
        print(f"claims report: warning: {warning}", file=sys.stderr)
    html = report_html(corpus)
    try:
        atomic_write_text(output, html)
    except OSError as exc:
        print(f"claims report: error: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"claims report: {len(corpus.articles)} articles, {len(corpus.records)} claims to {output}",
          file=sys.stderr)
    return 0
