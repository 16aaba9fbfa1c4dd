"""`claims eval`: score predicted claim records against gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.cli.common import meta_argument


def register(sub) -> None:
    parser = sub.add_parser("eval", help="score claim records against gold (seed gold or annotations/)")
    parser.add_argument("--gold", required=True, help="gold JSONL (../shared/gold format) or an annotations folder")
    parser.add_argument("--pred", required=True, help="predicted claim records (JSONL)")
    parser.add_argument("--meta", type=meta_argument, help="the corpus metadata (JSONL with id and split), for --split")
    parser.add_argument("--split", help="score only the documents of this split in --meta (dev, test)")
    parser.add_argument("--log", help="append one line of these scores to this Markdown file (eval/test-log.md)")
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("--errors", action="store_true", help="list the claims still wrong, each wrong field with the gold beside the prediction")
    parser.add_argument("--min", action="append", default=[], metavar="FIELD=VALUE",
                        help="fail (exit 1) when a score drops below VALUE, e.g. amount.f1=0.95 or actor.accuracy_on_matched=0.85")
    parser.set_defaults(func=run)


def check_thresholds(counts: dict, specs: list[str]) -> list[str]:
    failures = []
    for spec in specs:
        key, _, value = spec.partition("=")
        section, _, metric = key.partition(".")
        got = counts.get(section, {}).get(metric or "f1")
        if got is None or got < float(value):
            failures.append(f"{key} = {got} < {value}")
    return failures


class EvalInputError(Exception):
    """A gold, prediction or metadata file that cannot be read (the message names it)."""


def read_predictions(path: str) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalInputError(f"{path}: cannot read predictions: {exc.strerror or exc}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise EvalInputError(f"{path}:{number}: malformed JSON: {exc.msg}") from None
    return records


def split_documents(meta: str | None, split: str) -> set[str]:
    """The ids of the documents of one split of the corpus metadata."""
    from pipeline.io import load_meta

    if not meta:
        raise EvalInputError("--split needs --meta (the corpus meta.jsonl that names each document's split)")
    try:
        docs = {doc_id for doc_id, obj in load_meta(meta).items() if obj.get("split") == split}
    except OSError as exc:
        raise EvalInputError(f"{meta}: cannot read metadata: {exc.strerror or exc}") from None
    if not docs:
        raise EvalInputError(f"{meta}: no document has split {split!r}")
    return docs


LOGGED = (("amount", "f1"), ("actor", "accuracy_on_matched"), ("time", "accuracy_on_matched"),
          ("measure", "accuracy_on_matched"), ("strict", "f1"), ("measure_claims", "f1"))


def log_line(path: str, counts: dict, args) -> None:
    """One Markdown table row: when, which commit, which split, the scores."""
    import datetime as dt
    import subprocess

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                           text=True).stdout.strip()
    figures = " | ".join(f"{counts.get(section, {}).get(metric, float('nan')):.3f}" for section, metric in LOGGED)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    row = f"| {when} | {commit or '?'}{'+' if dirty else ''} | {args.split or 'all'} | {figures} |\n"
    log = Path(path)
    if not log.exists():
        log.write_text("| when (UTC) | commit | split | amount F1 | actor acc | time acc | measure acc | strict F1 "
                       "| measure claims F1 |\n|---|---|---|---|---|---|---|---|---|\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as fh:
        fh.write(row)


def run(args) -> int:
    from pipeline.evaluate import GoldError, format_table, load_gold_all, score, score_measure_claims

    try:
        gold, _, measure_gold = load_gold_all(args.gold)
        preds = read_predictions(args.pred)
        if args.split:
            keep = split_documents(args.meta, args.split)
            gold = [g for g in gold if g.doc_id in keep]
            measure_gold = [g for g in measure_gold if g.doc_id in keep]
            preds = [p for p in preds if p.get("doc_id") in keep]
    except (EvalInputError, GoldError) as exc:
        print(f"claims: error: {exc}", file=sys.stderr)
        return 2
    scores = score(gold, preds)
    if measure_gold:
        docs = {g.doc_id for g in gold} | {g.doc_id for g in measure_gold}
        scores.counts["measure_claims"] = score_measure_claims(measure_gold, preds, docs)
    stats = None
    if Path(args.gold).is_dir():
        from pipeline.review.gold import correction_stats

        stats = correction_stats(args.gold)
        scores.counts["corrections"] = {"reviewed": stats.reviewed, "corrected": stats.corrected,
                                        "fields": dict(stats.most_common())}
    if args.json:
        print(json.dumps(scores.to_json(), ensure_ascii=False, indent=1))
    else:
        print(format_table(scores, f"gold: {args.gold}  pred: {args.pred}"))
        if stats is not None:
            fields = ", ".join(f"{name} {n}" for name, n in stats.most_common(8)) or "none"
            print(f"annotator corrections: {stats.corrected} of {stats.reviewed} reviewed machine records; "
                  f"fields corrected most: {fields}")
    if args.errors:
        for w in scores.wrong:
            print(json.dumps(w, ensure_ascii=False))
    if args.log:
        log_line(args.log, scores.counts, args)
    failures = check_thresholds(scores.counts, args.min)
    for f in failures:
        print(f"below threshold: {f}")
    return 1 if failures else 0
