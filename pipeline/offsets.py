"""Character offsets on a Doc: its text, token offsets, sentence bounds and searches over them,
each read once from the Doc's arrays and cached on the Doc."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

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


def token_starts(doc: Doc) -> list[int]:
    """start_char of every token, in order, read once from the Doc's arrays and cached on the Doc."""
    starts = doc.user_data.get("token_idx")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["token_idx"] = doc.to_array(IDX).tolist() if len(doc) else []
    return starts


def token_lengths(doc: Doc) -> list[int]:
    """Length of every token, in order, read once from the Doc's arrays and cached on the Doc."""
    lengths = doc.user_data.get("token_len")
    if lengths is None or len(lengths) != len(doc):
        lengths = doc.user_data["token_len"] = doc.to_array(LENGTH).tolist() if len(doc) else []
    return lengths


def token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token indices [i, j) of the tokens overlapping the characters [start, end), as
    `doc.char_span(start, end, alignment_mode="expand")` gives them, by bisection; None when none do."""
    starts, lengths = token_starts(doc), token_lengths(doc)
    i = bisect_right(starts, start) - 1
    if i < 0 or starts[i] + lengths[i] <= start:
        i += 1
    j = bisect_left(starts, end)
    return (i, j) if i < j else None


def token_at(doc: Doc, offset: int):
    """The token starting at a character offset, or None (by bisection in token_starts)."""
    starts = token_starts(doc)
    i = bisect_left(starts, offset)
    return doc[i] if i < len(starts) and starts[i] == offset else None


def search_in(doc: Doc, pattern, start: int, end: int):
    """`pattern.search(doc_text(doc), start, end)`, read from one finditer over the whole text, found
    once per Doc and pattern (stages that search sentence after sentence scan the text once). For
    patterns without lookahead past a match (a word alternation with a lookbehind): where a match
    of the whole text straddles `start` or runs past `end`, the range is searched itself."""
    text = doc_text(doc)
    key = "scan:" + pattern.pattern  # plain values only: a Doc's user_data may be serialised
    spans = doc.user_data.get(key)
    if spans is None:
        scanner = SCANNERS.get(pattern)
        found = pattern.finditer(text) if scanner is None else finditer_from(pattern, scanner, text, 0, len(text))
        spans = doc.user_data[key] = [m.span() for m in found]
    i = bisect_left(spans, (start, -1))
    if i and spans[i - 1][1] > start:
        return pattern.search(text, start, end)
    if i == len(spans) or spans[i][0] >= end:
        return None
    if spans[i][1] > end:
        return pattern.search(text, start, end)
    return pattern.match(text, spans[i][0])  # the same match, anchored where the scan found it


#: Patterns whose matches finditer_from may find with a start scanner (search_in uses it).
SCANNERS: dict = {}

#: Word characters to both `re` and `regex` (ASCII and Latin-1 letters and digits): a start scanner's
#: lookbehind rejects only positions after these, so it never rejects one the exact pattern accepts.
WORD_CHARS = "0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"


def literal_trie(words, prefixes: bool = False) -> str:
    """An `re` alternation (case as given) of literal words as a trie, so the engine tries one
    character per position instead of every word; a space stands for any whitespace (`\\s+`).
    With `prefixes`, a word with a shorter word before it is left out (enough to find starts)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if prefixes and "" in node:
            return ""
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


class _StartScanner:
    """Positions where a match can start (see start_scanner). The `re` pattern matches the character
    before such a position (no lookbehind at every position); the text's first position has no
    character before it and is tried on its own."""

    def __init__(self, alternatives: str, not_after: str):
        self.after = re.compile(rf"[^{WORD_CHARS}{re.escape(not_after)}](?i:(?={alternatives}))")
        self.first = re.compile(rf"(?i:{alternatives})")

    def positions(self, text: str, lo: int, hi: int) -> list[int]:
        out = [0] if lo == 0 and self.first.match(text, 0, hi) else []
        out.extend(m.end() for m in self.after.finditer(text, max(lo - 1, 0), hi))
        return out


def start_scanner(*alternatives: str, not_after: str = "") -> _StartScanner:
    """A stdlib `re` scan (several times faster than `regex`) for the positions where a match of an
    exact pattern can start: not after a word character or one of `not_after`, then (any case) one of
    the `re` alternatives, each of which must hold wherever its branch of the exact pattern matches.
    In the BMP `re`'s whitespace, digits and case pairs hold all of `regex`'s (a text with a character
    beyond U+FFFF is left to the exact pattern alone: see finditer_at)."""
    return _StartScanner("|".join(alternatives), not_after)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=4)
def _astral(text: str) -> bool:
    """Whether text holds a character beyond U+FFFF, where `regex` (a newer Unicode) knows digits
    and case pairs that `re` does not."""
    return _ASTRAL.search(text) is not None


@lru_cache(maxsize=16)
def _starts(scanner: _StartScanner, text: str) -> list[int]:
    """The positions scanner finds in the whole text, found once per text (stages that share a
    scanner scan it once)."""
    return scanner.positions(text, 0, len(text))


def finditer_from(pattern, scanner: _StartScanner, text: str, lo: int, hi: int):
    """`pattern.finditer(text, lo, hi)` for a pattern whose every match starts where `scanner`
    (start_scanner) finds a position: the exact pattern is tried only there, left to right and without
    overlaps as finditer would."""
    if hi >= len(text):  # the whole text's scan serves any start (a position's test looks back, not before lo)
        starts = _starts(scanner, text)
        starts = starts[bisect_left(starts, lo):]
    else:  # a scan cut short at hi may find more (a lookahead sees less): scan the range itself
        starts = scanner.positions(text, lo, hi)
    return finditer_at(pattern, starts, text, lo, hi)


def finditer_at(pattern, starts: list[int], text: str, lo: int, hi: int):
    """`pattern.finditer(text, lo, hi)` for a pattern whose every match in the range starts at one of
    `starts` (sorted; found by `re`, see start_scanner)."""
    if _astral(text):
        yield from pattern.finditer(text, lo, hi)
        return
    cursor = lo
    match = pattern.match
    for k in range(bisect_left(starts, lo), len(starts)):
        p = starts[k]
        if p >= hi:
            break
        if p < cursor:
            continue
        m = match(text, p, hi)
        if m is not None:
            yield m
            cursor = m.end()


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, trailing whitespace excluded; one pass, cached on the Doc."""
    cached = doc.user_data.get("sentence_bounds")
    if cached is not None:
        return cached
    text = doc_text(doc)
    opens = doc.to_array(SENT_START).astype("int64") if len(doc) else numpy.zeros(0, dtype="int64")
    opens[:1] = 1  # the first token opens a sentence whatever it says
    idx = token_starts(doc)
    starts = [idx[i] for i in numpy.flatnonzero(opens == 1).tolist()]
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
    i = bisect_right(bounds, offset, key=lambda b: b[0]) - 1
    if i < 0:
        return bounds[0] if bounds else (0, 0)
    return bounds[i]


class SpanSet:
    """Character spans, added in any order, that answer "does any overlap [start, end)?" by bisection
    instead of a scan over all of them."""

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span (s, e) with s < end and start < e is in the set."""
        starts, ends = self.starts, self.ends
        i = bisect_left(starts, end) - 1
        # a span that starts at or before start - longest ends by start: none further back can overlap
        while i >= 0 and starts[i] > start - self.longest:
            if start < ends[i]:
                return True
            i -= 1
        return False


def overlaps(a_start: int, a_end: int, spans) -> bool:
    return any(a_start < s.end and s.start < a_end for s in spans)


def in_order_and_apart(spans) -> bool:
    """Whether spans (start, end, …) are in text order and do not overlap: then the one holding an
    offset is found by bisection."""
    return all(s[0] <= s[1] for s in spans) and all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
