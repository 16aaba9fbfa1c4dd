"""Character offsets on a Doc: its text, token offsets, sentence bounds and searches over them,
each read once from the Doc's arrays and cached on the Doc."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once and cached on the Doc (spaCy rebuilds it from the tokens on every call).

    Retokenizing never changes the text, so the cache stays true for the Doc's whole life."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def reads_model(doc: Doc, offset: int) -> bool:
    """Whether the claim stages may read the statistical model's output (entities, lemmas, POS) at a
    character offset: only inside the claim windows (pipeline.windows), or anywhere when no windows
    were decided (the model ran over the whole Doc, as in a plain `nlp(text)`)."""
    windows = doc.user_data.get("claim_windows")
    if windows is None:
        return True
    i = bisect_right(windows, (offset, float("inf"))) - 1
    return i >= 0 and windows[i][0] <= offset < windows[i][1]


def token_offsets(doc: Doc) -> list[list[int]]:
    """[start_char, length] of every token, read once from the Doc's arrays (no Token objects) and
    cached on the Doc: `doc_text(doc)[start:start + length]` is the token's text."""
    offsets = doc.user_data.get("token_offsets")
    if offsets is None or len(offsets) != len(doc):
        offsets = doc.user_data["token_offsets"] = doc.to_array([IDX, LENGTH]).tolist()
    return offsets


def token_at(doc: Doc, offset: int):
    """The token starting at a character offset, or None (an index cached on the Doc)."""
    starts = doc.user_data.get("token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["token_starts"] = {idx: i for i, (idx, _) in enumerate(token_offsets(doc))}
    i = starts.get(offset)
    return doc[i] if i is not None else None


def search_in(doc: Doc, pattern, start: int, end: int):
    """`pattern.search(doc_text(doc), start, end)`, read from one finditer over the whole text, found
    once per Doc and pattern (stages that search sentence after sentence scan the text once). For
    patterns without lookahead past a match (a word alternation with a lookbehind): where a match
    of the whole text straddles `start` or runs past `end`, the range is searched itself."""
    text = doc_text(doc)
    key = "scan:" + pattern.pattern  # plain values only: a Doc's user_data may be serialised
    spans = doc.user_data.get(key)
    if spans is None:
        spans = doc.user_data[key] = [m.span() for m in pattern.finditer(text)]
    i = bisect_left(spans, (start, -1))
    if i and spans[i - 1][1] > start:
        return pattern.search(text, start, end)
    if i == len(spans) or spans[i][0] >= end:
        return None
    if spans[i][1] > end:
        return pattern.search(text, start, end)
    return pattern.match(text, spans[i][0])  # the same match, anchored where the scan found it


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, trailing whitespace excluded; one pass, cached on the Doc."""
    cached = doc.user_data.get("sentence_bounds")
    if cached is not None:
        return cached
    text = doc_text(doc)
    rows = doc.to_array([IDX, SENT_START]) if len(doc) else numpy.zeros((0, 2), dtype="int64")
    rows[:1, 1] = 1  # the first token opens a sentence whatever it says
    starts = rows[rows[:, 1].astype("int64") == 1, 0].tolist()
    bounds = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            bounds.append((start, end))
    doc.user_data["sentence_bounds"] = bounds
    return bounds


def sentence_at(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence holding a character offset (or the nearest one before it)."""
    starts = [b[0] for b in bounds]
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return bounds[0] if bounds else (0, 0)
    return bounds[i]


def overlaps(a_start: int, a_end: int, spans) -> bool:
    return any(a_start < s.end and s.start < a_end for s in spans)
