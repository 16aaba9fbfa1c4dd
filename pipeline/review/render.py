"""What the review pages show, as pure functions: the article split into highlighted segments, claim
cards, document progress, actor suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.review.merge import status_of

HIGHLIGHTS = ("amount", "actor", "time", "measure")
ACTORS_YAML = Path(__file__).resolve().parents[1] / "lang" / "actors.yaml"


@dataclass(frozen=True)
class Segment:
    """text[start:end] with the kinds of span covering it and the claims those spans belong to."""

    start: int
    end: int
    text: str
    classes: str
    claims: str


def located_spans(record: dict, text: str):
    """(kind, start, end) of every span of the record that reads its text in `text`."""
    for kind in HIGHLIGHTS:
        span = record.get(kind)
        if not isinstance(span, dict):
            continue
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) \
                and text[start:end] == span.get("text"):
            yield kind, start, end


def segments(text: str, records: list[dict]) -> list[Segment]:
    """The text cut at every span boundary; together the segments are exactly the text, in order.
    Rejected records are not highlighted."""
    spans = [(kind, start, end, r.get("claim_id", "")) for r in records if status_of(r) != "rejected"
             for kind, start, end in located_spans(r, text)]
    cuts = sorted({0, len(text)} | {s for _, s, _, _ in spans} | {e for _, _, e, _ in spans})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [(kind, cid) for kind, s, e, cid in spans if s <= start and end <= e]
        classes = " ".join(k for k in HIGHLIGHTS if any(kind == k for kind, _ in covering))
        claims = " ".join(dict.fromkeys(cid for _, cid in covering))
        out.append(Segment(start, end, text[start:end], classes, claims))
    return out


def _fmt_number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def card(record: dict) -> dict:
    """The fields of a claim card (strings for the form inputs)."""
    amount = record.get("amount") or {}
    actor = record.get("actor") or {}
    time = record.get("time") or {}
    measure = record.get("measure") or {}
    review = record.get("review") or {}
    anchor = amount or measure or record.get("evidence") or {}
    return {
        "id": record.get("claim_id", ""),
        "status": status_of(record),
        "stale": bool(review.get("stale")),
        "kind": record.get("kind", ""),
        "anchor_text": anchor.get("text") or "",
        "has_amount": bool(amount),
        "value": _fmt_number(amount.get("value")),
        "unit": amount.get("unit") or "",
        "qualifier": amount.get("qualifier") or "",
        "per": amount.get("per") or "",
        "actor": actor.get("canonical") or "",
        "actor_text": actor.get("text") or "",
        "time_from": _fmt_number(time.get("from")),
        "time_to": _fmt_number(time.get("to")),
        "time_text": time.get("text") or "",
        "measure": measure.get("canonical") or "",
        "measure_text": measure.get("text") or "",
        "evidence": (record.get("evidence") or {}).get("text") or "",
        "annotator": review.get("annotator") or "",
        "reviewed_at": review.get("reviewed_at") or "",
        "machine": review.get("machine") or {},
        "note": review.get("note") or "",
    }


@dataclass(frozen=True)
class Progress:
    doc_id: str
    title: str
    claims: int
    reviewed: int
    stale: int
    has_text: bool
    broken: bool = False

    @property
    def left(self) -> int:
        return self.claims - self.reviewed


def progress(doc_id: str, records: list[dict], sidecar: dict | None, broken: bool = False) -> Progress:
    reviewed = [r for r in records if status_of(r) != "unreviewed"]
    stale = sum(1 for r in reviewed if (r.get("review") or {}).get("stale"))
    title = (sidecar or {}).get("title") or ""
    return Progress(doc_id, str(title), len(records), len(reviewed), stale, bool(sidecar and "text" in sidecar), broken)


def _canonicals(node, out: list[str]) -> None:
    if isinstance(node, dict):
        name = node.get("canonical")
        if isinstance(name, str):
            out.append(name)
        for value in node.values():
            _canonicals(value, out)
    elif isinstance(node, list):
        for value in node:
            _canonicals(value, out)


def actor_names(path: Path = ACTORS_YAML) -> list[str]:
    """Canonical actor names from the lexicon (any `canonical:` string anywhere in it); [] when it is
    missing or unreadable."""
    try:
        import yaml

        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except Exception:  # absent file, no yaml, bad YAML: no suggestions, no failure
        return []
    names: list[str] = []
    _canonicals(data, names)
    return sorted(dict.fromkeys(names), key=str.casefold)
