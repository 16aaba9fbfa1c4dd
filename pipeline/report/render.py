"""The report page: the figures of pipeline.report.aggregate, their charts and every article with its
claims highlighted, put into the template templates/report.html (CSS in templates/report.css, inlined).
The page loads nothing: charts are inline SVG, there is no script, and the only addresses in it are
the articles' own urls as links."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.claims.groups import order_key
from pipeline.report import aggregate as agg
from pipeline.report import charts
from pipeline.report.formatting import amount as fmt_amount
from pipeline.report.highlight import pieces
from pipeline.report.sides import SIDES
from pipeline.report.sources import Article, Corpus
from pipeline.schema import PIPELINE_VERSION

TEMPLATES = Path(__file__).parent / "templates"
SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,80}")
TOP = 15


def anchor(prefix: str, value: str) -> str:
    """An HTML id for a document, claim or group id (hashed when it has characters an id should not)."""
    value = str(value)
    return f"{prefix}-{value}" if SAFE_ID.fullmatch(value) else f"{prefix}-{hashlib.sha1(value.encode()).hexdigest()[:16]}"


def time_text(record: dict) -> str:
    time = record.get("time") if isinstance(record.get("time"), dict) else {}
    start, end = time.get("from"), time.get("to")
    if start is None and end is None:
        return ""
    if start == end:
        return str(start)
    if end is None:
        return f"from {start}"
    if start is None:
        return f"until {end}"
    return f"{start}–{end}"


def amount_text(record: dict) -> str:
    amount = agg.amount(record)
    if not amount:
        return ""
    text = fmt_amount(agg.value_of(record), amount.get("unit"))
    if amount.get("per"):
        text += f" per {amount['per']}"
    if amount.get("range"):
        text += f" ({amount['range']})"
    return text


@dataclass
class ArticleView:
    article: Article
    anchor: str
    claims: list[dict]
    pieces: list[dict] = field(default_factory=list)


def piece_views(text: str, records: list[dict], offset: int = 0) -> list[dict]:
    return [{"text": p.text, "kinds": " ".join(p.kinds), "ends": p.ends,
             "anchors": [anchor("claim", c) for c in p.anchors]}
            for p in pieces(text, records, offset)]


def claim_view(record: dict, articles: dict[str, Article], repeated: set[str]) -> dict:
    doc_id = str(record.get("doc_id") or "")
    article = articles.get(doc_id) or Article(doc_id)
    evidence = record.get("evidence") if isinstance(record.get("evidence"), dict) else {}
    ev_text = evidence.get("text") if isinstance(evidence.get("text"), str) else ""
    ev_start = evidence.get("start") if isinstance(evidence.get("start"), int) else 0
    group = record.get("claim_group")
    return {
        "anchor": anchor("claim", str(record.get("claim_id") or "")),
        "doc_anchor": anchor("doc", doc_id), "doc_title": article.title or doc_id, "doc_id": doc_id,
        "publisher": article.publisher or "", "date": record.get("doc_date") or article.date or "",
        "kind": record.get("kind") or "", "amount": amount_text(record),
        "surface": (agg.amount(record).get("text") or (record.get("measure") or {}).get("text") or ""),
        "actor": agg.canonical(record, "actor", ""), "measure": agg.canonical(record, "measure", ""),
        "time": time_text(record), "claimant": record.get("claimant") or "", "side": agg.claimant_side(record),
        "summable": bool(record.get("summable")), "status": agg.status(record),
        "group": group, "group_anchor": anchor("group", group) if group in repeated else None,
        "evidence": piece_views(ev_text, [record], ev_start) if ev_text else [],
    }


def chart_views(records: list[dict], articles: dict[str, Article]) -> list[dict]:
    actors = agg.totals(agg.summed(records), agg.actor_of)[:TOP]
    sides = agg.money_by_side(records)
    years = agg.money_by_year(records)
    measures = agg.money_by_measure(records, TOP)
    per_publisher = agg.claims_per_publisher(records, {k: a.publisher for k, a in articles.items()})
    by_area = agg.money_by_area(records, {k: a.area for k, a in articles.items() if a.area})

    def totals_table(totals):
        return [(t.label, fmt_amount(t.value), t.count) for t in totals]

    def stacked_table(data, money=True):
        def cell(value):
            return fmt_amount(value) if money else str(int(value))
        return [(c, *[cell(data.values[c][s]) for s in data.stacks], cell(data.total(c))) for c in data.categories]

    views = [
        {"id": "money-per-actor", "title": "Money per actor", "columns": ("actor", "NOK", "claims"),
         "caption": f"The {TOP} actors with the most money: whom a claim names as spending, getting or cutting it.",
         "svg": charts.bars(actors, "actors", "Money per actor"), "rows": totals_table(actors)},
        {"id": "money-per-side", "title": "Money per claimant side", "columns": ("side", "NOK", "claims"),
         "caption": "Who says it: government (a government, ministry, party in office or its people), "
                    "opposition (other parties and their people), other.",
         "svg": charts.bars([t for t in sides if t.count], "sides", "Money per claimant side"),
         "rows": totals_table(sides)},
        {"id": "money-per-year", "title": "Money per year, by claimant side", "columns": ("year", *SIDES, "all"),
         "caption": "Claims about one year; claims over several years or none are counted under the notes.",
         "svg": charts.stacked_bars(years, "years", "Money per year", horizontal=False),
         "rows": stacked_table(years)},
        {"id": "money-per-measure", "title": "Money per policy measure, by claimant side",
         "columns": ("measure", *SIDES, "all"), "caption": f"The {TOP} measures with the most money.",
         "svg": charts.stacked_bars(measures, "measures", "Money per measure"), "rows": stacked_table(measures)},
        {"id": "claims-per-publisher", "title": "Claims per publisher, by kind",
         "columns": ("publisher", *per_publisher.stacks, "all"),
         "caption": "Every claim each publisher printed (repeats included).",
         "svg": charts.stacked_bars(per_publisher, "publishers", "Claims per publisher", counts=True),
         "rows": stacked_table(per_publisher, money=False)},
    ]
    if by_area.categories:  # only where the articles' metadata names their policy area
        views.insert(3, {"id": "money-per-area", "title": "Money per policy area, by claimant side",
                         "columns": ("area", *SIDES, "all"),
                         "caption": "The policy area of the article a claim is in (the area of its metadata).",
                         "svg": charts.stacked_bars(by_area, "areas", "Money per policy area"),
                         "rows": stacked_table(by_area)})
    return views


def build(corpus: Corpus) -> dict:
    """Everything the template shows, as plain values."""
    records = agg.prepare(corpus.records)
    articles = corpus.articles
    groups = agg.repeated_groups(records)
    repeated = {g.id for g in groups}
    by_doc: dict[str, list[dict]] = {}
    for record in records:
        by_doc.setdefault(str(record.get("doc_id") or ""), []).append(record)
    article_views = []
    for doc_id, article in sorted(articles.items(), key=lambda kv: (kv[1].date or "", kv[0])):
        claims = sorted(by_doc.get(doc_id, []), key=order_key)
        view = ArticleView(article, anchor("doc", doc_id), [claim_view(r, articles, repeated) for r in claims])
        if article.text:
            view.pieces = piece_views(article.text, claims)
        article_views.append(view)
    summed = agg.summed(records)
    left = agg.left_out(records)
    return {
        "source": corpus.source, "kind": corpus.kind, "version": PIPELINE_VERSION,
        "summary": {"articles": len(articles), "claims": len(records),
                    "money": sum(1 for r in records if r.get("kind") == "money"),
                    "summed": len(summed), "total": fmt_amount(sum(agg.value_of(r) for r in summed)),
                    "groups": len(groups), "repeats": sum(len(g.records) - 1 for g in groups),
                    "with_text": sum(1 for a in articles.values() if a.text)},
        "left_out": {**vars(left), "other_currencies": [fmt_amount(v, c) for c, v in left.other_currencies.items()],
                     "several_years_value": fmt_amount(left.several_years_value),
                     "no_year_value": fmt_amount(left.no_year_value)},
        "charts": chart_views(records, articles),
        "largest": [claim_view(r, articles, repeated) for r in agg.largest(records)],
        "groups": [{"anchor": anchor("group", g.id), "id": g.id, "first": claim_view(g.first, articles, repeated),
                    "members": [claim_view(r, articles, repeated) for r in g.records],
                    "articles": len(g.doc_ids)} for g in groups],
        "articles": article_views,
        "warnings": corpus.warnings,
    }


def render(view: dict) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    return env.get_template("report.html").render(css=css, **view)


def report_html(corpus: Corpus) -> str:
    return render(build(corpus))
