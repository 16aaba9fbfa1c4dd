"""An article's text cut into pieces for highlighting its claims, the way displaCy shows entities: each
piece knows the kinds of span covering it (amount, actor, time, measure), the labels of the spans that
end with it and the claims whose anchor (amount, else measure) starts with it."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.review.render import HIGHLIGHTS


@dataclass(frozen=True)
class Piece:
    text: str
    kinds: tuple[str, ...]
    ends: tuple[str, ...]
    anchors: tuple[str, ...]
    claims: tuple[str, ...]


def located(record: dict, text: str, offset: int = 0) -> dict[str, tuple[int, int]]:
    """kind -> (start, end) in `text` of each span of the record that lies in it and reads its own text
    there (`text` starts at `offset` of the article; a stale or inherited span is not located)."""
    out = {}
    for kind in HIGHLIGHTS:
        span = record.get(kind)
        if not isinstance(span, dict):
            continue
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int) and offset <= start < end <= offset + len(text) \
                and text[start - offset:end - offset] == span.get("text"):
            out[kind] = (start - offset, end - offset)
    return out


def pieces(text: str, records: list[dict], offset: int = 0) -> list[Piece]:
    """`text` (the article, or a part of it starting at `offset`) cut at every boundary of the records'
    spans that lie in it; joined, the pieces are exactly `text`."""
    spans: list[tuple[int, int, str, str]] = []  # start, end, kind, claim
    anchors: dict[int, list[str]] = {}
    for record in records:
        claim = str(record.get("claim_id") or "")
        found = located(record, text, offset)
        spans.extend((start, end, kind, claim) for kind, (start, end) in found.items())
        anchor = found.get("amount") or found.get("measure")
        if anchor is not None:
            anchors.setdefault(anchor[0], []).append(claim)
    spans.sort()
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans} | set(anchors))
    out, active, next_span = [], [], 0
    for start, end in zip(cuts, cuts[1:], strict=False):
        while next_span < len(spans) and spans[next_span][0] <= start:
            active.append(spans[next_span])
            next_span += 1
        active = [span for span in active if span[1] > start]  # every cut is a boundary: these cover the piece
        kinds = tuple(k for k in HIGHLIGHTS if any(kind == k for _, _, kind, _ in active))
        ends = tuple(k for k in HIGHLIGHTS if any(kind == k and e == end for _, e, kind, _ in active))
        claims = tuple(dict.fromkeys(claim for _, _, _, claim in active))
        out.append(Piece(text[start:end], kinds, ends, tuple(anchors.get(start, ())), claims))
    return out
