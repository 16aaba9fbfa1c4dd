"""`claims annotate`, `claims review`, `claims export`, `claims import`: the annotation workflow."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.cli.common import add_follow_links, folder_argument, meta_argument, output_file
from pipeline.io import Document, InputError, Skipped, load_meta, printable, read_inputs
from pipeline.review import store
from pipeline.review.merge import merge


def register(sub) -> None:
    p = sub.add_parser("annotate", help="run extraction and merge into annotation files (reviewed records are kept)")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt file, folder, or .jsonl[.gz] of articles")
    p.add_argument("--annotations", required=True, metavar="DIR", type=folder_argument,
                   help="annotation folder (DIR/<doc_id>.jsonl)")
    p.add_argument("--meta", type=meta_argument, help="JSONL of {id, date, publisher, title, ...} for .txt inputs")
    p.add_argument("--model", default=None, help="spaCy model name or path; 'blank' for rules only")
    add_follow_links(p)
    p.set_defaults(func=run_annotate)

    p = sub.add_parser("review", help="start the review web app (binds 127.0.0.1 unless told otherwise)")
    p.add_argument("--annotations", default="annotations", metavar="DIR", help="annotation folder (default: annotations)")
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1; others need a token)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=None, help="access token (generated and printed when binding a non-local host)")
    p.add_argument("--annotator", default=None, help="annotator name recorded with each review (default: $USER)")
    p.set_defaults(func=run_review)

    p = sub.add_parser("export", help="export annotation files for Label Studio (JSON tasks) or a spreadsheet (CSV, XLSX)")
    p.add_argument("--format", required=True, choices=("labelstudio", "csv", "xlsx"))
    p.add_argument("--annotations", required=True, metavar="DIR")
    p.add_argument("-o", "--output", required=True, metavar="OUT", type=output_file)
    p.add_argument("--delimiter", default=";", choices=(";", ","),
                   help="CSV cell separator (default ';', what Excel in a Norwegian locale opens as columns)")
    p.set_defaults(func=run_export)

    p = sub.add_parser("import", help="read corrections back from a Label Studio JSON export or a CSV")
    p.add_argument("--format", required=True, choices=("labelstudio", "csv"))
    p.add_argument("input", metavar="IN")
    p.add_argument("--annotations", required=True, metavar="DIR")
    p.add_argument("--annotator", default=None, help="annotator name for the imported reviews (default: $USER)")
    p.set_defaults(func=run_import)


def default_annotator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in a container
        return "annotator"


@dataclass
class AnnotateResult:
    doc_id: str
    kept: int
    fresh: int
    stale: int


def annotate_document(doc: Document, extractor, folder: Path) -> AnnotateResult:
    """Extract one document and merge it into folder/<id>.jsonl (records first, then the sidecar,
    so a crash in between only makes the next run re-check the spans)."""
    store.check_doc_id(doc.id)
    fresh = extractor.extract(doc)
    with store.locked(folder):
        existing = store.read_records(folder, doc.id)
        sidecar = store.read_sidecar(folder, doc.id)
        old_hash = sidecar.get("text_sha256") if sidecar else None
        merged = merge(existing, fresh, old_hash, doc.text)
        if store.serialise(merged) != store.read_content(folder, doc.id):
            store.write_records(folder, doc.id, merged)
        if sidecar != store.sidecar_for(doc):
            store.write_sidecar(folder, doc)
    reviewed = [r for r in merged if (r.get("review") or {}).get("status") != "unreviewed"]
    return AnnotateResult(doc.id, len(reviewed), len(merged) - len(reviewed),
                          sum(1 for r in reviewed if r["review"].get("stale")))


def annotate(items: Iterable[Document | InputError], extractor, folder: Path, err=sys.stderr) -> int:
    """Annotate every document; one-line error per bad one. Returns the number of failures."""
    failed = 0
    for item in items:
        if isinstance(item, Skipped):
            print(f"claims: warning: {item}", file=err)
            continue
        if isinstance(item, InputError):
            failed += 1
            print(f"claims: error: {item}", file=err)
            continue
        try:
            result = annotate_document(item, extractor, folder)
        except Exception as exc:  # one broken document never stops the batch
            failed += 1
            print(f"claims: error: {item.id}: {type(exc).__name__}: {exc}", file=err)
            continue
        stale = f", {result.stale} stale" if result.stale else ""
        print(f"{result.doc_id}: {result.kept} reviewed kept, {result.fresh} machine records{stale}", file=err)
    return failed


def run_annotate(args) -> int:
    from pipeline.extract import Extractor

    extractor = Extractor(args.model)
    meta = load_meta(args.meta) if args.meta else {}
    failed = annotate(read_inputs(args.inputs, meta, follow_links=args.follow_links), extractor,
                      Path(args.annotations))
    return 1 if failed else 0


def run_review(args) -> int:
    import secrets

    try:
        import uvicorn

        from pipeline.review.app import LOCAL_HOSTS, create_app
    except ModuleNotFoundError as exc:
        print(f"claims review: error: {exc.name} is not installed; install the review extra "
              f"(pip install -e '.[review]')", file=sys.stderr)
        return 2

    if not Path(args.annotations).is_dir():
        print(f"claims review: error: {args.annotations}: no such annotation folder", file=sys.stderr)
        return 2
    token = args.token
    if args.host not in LOCAL_HOSTS and not token:
        token = secrets.token_urlsafe(24)
    app = create_app(Path(args.annotations), token=token, annotator=args.annotator or default_annotator(),
                     local_only=args.host in LOCAL_HOSTS)
    shown = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    url = f"http://{shown}:{args.port}/"
    if token:
        print(f"claims review: open {url}?token={token}", file=sys.stderr)
    else:
        print(f"claims review: open {url}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def run_export(args) -> int:
    from pipeline.review import interop

    if not Path(args.annotations).is_dir():
        print(f"claims: error: {args.annotations}: no such annotation folder", file=sys.stderr)
        return 2
    try:
        count = interop.export(args.format, Path(args.annotations), Path(args.output), delimiter=args.delimiter)
    except store.BadFile as exc:
        print(f"claims: error: an annotation file is broken: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"claims: error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"claims export: {count} claims to {args.output}", file=sys.stderr)
    return 0


def run_import(args) -> int:
    from pipeline.review import interop

    if not Path(args.annotations).is_dir():
        print(f"claims: error: {args.annotations}: no such annotation folder", file=sys.stderr)
        return 2
    if not Path(args.input).is_file():
        print(f"claims: error: {args.input}: no such file", file=sys.stderr)
        return 2
    try:
        report = interop.import_(args.format, Path(args.input), Path(args.annotations),
                                 annotator=args.annotator or default_annotator())
    except interop.ImportErrors as exc:
        for error in exc.errors:
            print(f"claims: error: {printable(error)}", file=sys.stderr)
        print(f"claims import: {len(exc.errors)} errors; nothing was written", file=sys.stderr)
        return 1
    except store.BadFile as exc:
        print(f"claims: error: an annotation file is broken: {exc}; nothing was written", file=sys.stderr)
        return 1
    except Exception as exc:  # a case the checks above missed: said in one line, never a traceback
        print(f"claims: error: {args.input}: cannot import ({type(exc).__name__}: {printable(str(exc))[:300]}); "
              "nothing was written", file=sys.stderr)
        return 2
    for warning in report.warnings:
        print(f"claims import: warning: {printable(warning)}", file=sys.stderr)
    print(f"claims import: {report}", file=sys.stderr)
    return 0
