"""What the review pages show, as pure functions: the article split into highlighted segments, claim
cards, document progress, filter choices, actor suggestions, the keyboard map."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.review.amounts import format_amount, format_number
from pipeline.review.edits import GRAINS
from pipeline.review.merge import status_of
from pipeline.review.store import claim_version
from pipeline.schema import ACTOR_TYPES, BASES, KINDS, PERS, QUALIFIERS

HIGHLIGHTS = ("amount", "actor", "time", "measure")
ACTORS_YAML = Path(__file__).resolve().parents[1] / "lang" / "actors.yaml"
#: Below this confidence a claim counts as low confidence (the filter's default).
LOW_CONFIDENCE = 0.6

#: The review page's keys: (keys, what they do). The README's table and the page's help show these.
KEYS: tuple[tuple[str, str], ...] = (
    ("j / ↓", "next claim (of those the filters show)"),
    ("k / ↑", "previous claim"),
    ("a", "accept the claim as the form shows it (typed edits included)"),
    ("r", "reject the claim"),
    ("s", "skip: go to the next claim, leave this one unreviewed"),
    ("u", "undo your last action (accept, reject, save, span, add)"),
    ("e", "edit: go to the value field of the claim (Tab to the next field)"),
    ("Enter", "in a field: save the claim with what the form shows"),
    ("Esc", "in a field: cancel the edit of that field only (it says so); other fields keep what you typed"),
    ("m", "mark a span: the selected (or typed) text becomes a part of the claim or a new claim"),
    ("f", "go to the filters"),
    ("n / p", "next / previous document (refused while a claim has unsaved edits)"),
    ("?", "show or hide these keys"),
)


@dataclass(frozen=True)
class Segment:
    """text[start:end] with the kinds of span covering it and the claims those spans belong to."""

    start: int
    end: int
    text: str
    classes: str
    claims: str
    #: the kinds whose span ends with this segment: their text label follows it
    ends: str = ""


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
        ends = " ".join(k for k in HIGHLIGHTS if any(kind == k and e == end for kind, _, e, _ in spans))
        out.append(Segment(start, end, text[start:end], classes, claims, ends))
    return out


def _year(value) -> str:
    return "" if value is None else str(value)


def _span_text(part) -> str:
    return part.get("text") or "" if isinstance(part, dict) else ""


def compared(record: dict) -> dict | None:
    """What the claim is compared to (`compared_to`: a time and/or an amount), as text; None if nothing."""
    other = record.get("compared_to")
    if not isinstance(other, dict):
        return None
    time, amount = other.get("time"), other.get("amount")
    out = {}
    if isinstance(time, dict):
        years = "–".join(dict.fromkeys(_year(time.get(k)) for k in ("from", "to") if time.get(k) is not None))
        out["time"] = f"{time.get('text') or ''}" + (f" ({years})" if years else "")
    if isinstance(amount, dict):
        shown = format_amount(amount.get("value"), amount.get("unit"))
        out["amount"] = f"{amount.get('text') or ''}" + (f" ({shown})" if shown else "")
    return out or None


#: How the card says where an inferred year comes from (pipeline.schema.BASES)
BASIS_WORDS = {"budget-named": "budget named in the document", "programme-period": "programme period",
               "budget-year": "budget year", "revised-budget": "revised budget", "document-date": "document date"}


def inferred_note(time: dict) -> str:
    """`inferred: budget year` for a time whose year is inferred ('' for one the text states)."""
    if not isinstance(time, dict) or not time.get("inferred"):
        return ""
    basis = time.get("basis")
    return f"inferred: {BASIS_WORDS.get(basis, basis)}" if basis else "inferred (no basis given)"


def compared_fields(record: dict) -> dict:
    """The editable fields of `compared_to` as form strings (`time`: from, to and the ISO bounds the
    record's compared time has; `amount`: value, unit), None for a part the record lacks (the card
    offers empty fields to add it); `exists`: whether the record has a comparison to clear."""
    other = record.get("compared_to")
    out: dict = {"time": None, "amount": None, "exists": isinstance(other, dict)}
    if not isinstance(other, dict):
        return out
    time, amount = other.get("time"), other.get("amount")
    if isinstance(time, dict):
        out["time"] = {"from": _year(time.get("from")), "to": _year(time.get("to")),
                       **{k: time.get(k) or "" for k in ("from_date", "to_date") if k in time}}
    if isinstance(amount, dict):
        out["amount"] = {"value": format_number(amount.get("value")), "unit": amount.get("unit") or ""}
    return out


def card(record: dict) -> dict:
    """The fields of a claim card (strings for the form inputs)."""
    amount = record.get("amount") or {}
    actor = record.get("actor") or {}
    time = record.get("time") or {}
    measure = record.get("measure") or {}
    review = record.get("review") or {}
    anchor = amount or measure or record.get("evidence") or {}
    confidence = record.get("confidence")
    return {
        "id": record.get("claim_id", ""),
        "version": claim_version(record),
        "status": status_of(record),
        "stale": bool(review.get("stale")),
        "kind": record.get("kind", ""),
        "anchor_text": anchor.get("text") or "",
        "has_amount": bool(amount),
        "amount_display": format_amount(amount.get("value"), amount.get("unit")) if amount else "",
        "value": format_number(amount.get("value")),
        "unit": amount.get("unit") or "",
        "qualifier": amount.get("qualifier") or "",
        "per": amount.get("per") or "",
        "has_actor": bool(actor),
        "actor": actor.get("canonical") or "",
        "actor_type": actor.get("type") or "",
        "actor_text": actor.get("text") or "",
        "time_from": _year(time.get("from")),
        "time_to": _year(time.get("to")),
        "time_text": time.get("text") or "",
        #: the ISO bounds and grain are shown where the record's time has them
        "time_dates": {k: time.get(k) or "" for k in ("from_date", "to_date", "grain") if k in time},
        #: whether the year is inferred and from what (editable where the claim has a time)
        "has_time": bool(time),
        "time_inferred": bool(time.get("inferred")),
        "time_basis": time.get("basis") or "",
        "time_inferred_note": inferred_note(time),
        "measure": measure.get("canonical") or "",
        "measure_text": measure.get("text") or "",
        "spans": [(part, _span_text(record.get(part))) for part in HIGHLIGHTS if _span_text(record.get(part))],
        "compared_to": compared(record),
        "compared_fields": compared_fields(record),
        "confidence": f"{confidence:.2f}" if isinstance(confidence, int | float) else "",
        "low_confidence": isinstance(confidence, int | float) and confidence < LOW_CONFIDENCE,
        "evidence": (record.get("evidence") or {}).get("text") or "",
        "ev_start": (record.get("evidence") or {}).get("start") or 0,
        "annotator": review.get("annotator") or "",
        "reviewed_at": review.get("reviewed_at") or "",
        "machine": review.get("machine") or {},
        "note": review.get("note") or "",
    }


#: The choices of the card's select fields (None shows as "—").
CHOICES = {"kind": KINDS, "qualifier": QUALIFIERS, "per": PERS, "actor_type": ACTOR_TYPES, "grain": (None, *GRAINS),
           "basis": BASES}


def filter_options(records: list[dict]) -> dict:
    """What the page's filters offer: the kinds and actors of this document's claims."""
    actors = sorted({(r.get("actor") or {}).get("canonical") or "" for r in records} - {""}, key=str.casefold)
    kinds = [k for k in KINDS if any(r.get("kind") == k for r in records)]
    return {"kinds": kinds, "actors": actors, "low_confidence": LOW_CONFIDENCE}


@dataclass(frozen=True)
class Progress:
    doc_id: str
    title: str
    claims: int
    reviewed: int
    stale: int
    has_text: bool
    broken: bool = False
    #: unreviewed claims below LOW_CONFIDENCE
    low_confidence: int = 0

    @property
    def left(self) -> int:
        return self.claims - self.reviewed


def progress(doc_id: str, records: list[dict], sidecar: dict | None, broken: bool = False) -> Progress:
    reviewed = [r for r in records if status_of(r) != "unreviewed"]
    stale = sum(1 for r in reviewed if (r.get("review") or {}).get("stale"))
    title = (sidecar or {}).get("title") or ""
    low = sum(1 for r in records if status_of(r) == "unreviewed" and isinstance(r.get("confidence"), int | float)
              and r["confidence"] < LOW_CONFIDENCE)
    return Progress(doc_id, str(title), len(records), len(reviewed), stale, bool(sidecar and "text" in sidecar), broken,
                    low)


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
