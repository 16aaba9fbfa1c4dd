"""`claims eval`: score predicted claim records against gold."""

from __future__ import annotations

import json
from pathlib import Path


def register(sub) -> None:
    parser = sub.add_parser("eval", help="score claim records against gold (seed gold or annotations/)")
    parser.add_argument("--gold", required=True, help="gold JSONL (../shared/gold format) or an annotations folder")
    parser.add_argument("--pred", required=True, help="predicted claim records (JSONL)")
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("--errors", action="store_true", help="list the claims still wrong")
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


def run(args) -> int:
    from pipeline.evaluate import format_table, load_gold_all, score, score_measure_claims

    gold, _, measure_gold = load_gold_all(args.gold)
    preds = [json.loads(line) for line in Path(args.pred).read_text(encoding="utf-8").splitlines() if line.strip()]
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
    failures = check_thresholds(scores.counts, args.min)
    for f in failures:
        print(f"below threshold: {f}")
    return 1 if failures else 0
