"""Claim windows: the paragraphs where a claim can be, decided by the cheap rule stages.

A paragraph is a window when it holds an amount, a time expression or a policy verb; a paragraph
just above a window that opens with a list item is one too (it holds the list's lead-in). The
statistical model runs paragraph by paragraph, and the claim stages read its output only inside
windows — so running it only there (the fast path) gives exactly the records of running it
everywhere (the naive path).
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc, Span

from pipeline.measures import policy_verb_regex
from pipeline.mentions import context_of

PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")
BULLET_START = regex.compile(r"\s*(?:[•·▪‣◦*\-–—]|\d{1,2}[.)])\s")


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the paragraphs of the document body."""
    text = doc.text
    body = context_of(doc).body_start
    cuts = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    char_ranges = []
    start = 0
    for cut in cuts + [len(text)]:
        if cut > start:
            char_ranges.append((start, cut))
        start = cut
    out = []
    for c_start, c_end in char_ranges:
        if c_end <= body:
            continue
        span = doc.char_span(max(c_start, body), c_end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


def claim_windows(doc: Doc) -> list[tuple[int, int]]:
    """The paragraphs (token ranges) that are windows, in order."""
    paras = paragraphs(doc)
    marks = [m.start for m in (doc._.money or [])] + [m.start for m in (doc._.time or [])] + \
        [m.start for m in (doc._.quantity or [])]
    text = doc.text
    chosen: set[int] = set()
    for k, (s, e) in enumerate(paras):
        c_start, c_end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        if any(c_start <= m < c_end for m in marks) or policy_verb_regex().search(text, c_start, c_end):
            chosen.add(k)
            if k > 0 and BULLET_START.match(text, c_start):
                chosen.add(k - 1)
    return [paras[k] for k in sorted(chosen)]


def window_chars(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in ranges]


def run_model(nlp, doc: Doc, ranges: list[tuple[int, int]], pipe_names: list[str]) -> None:
    """Run the model's components on each range as its own Doc and copy the results back."""
    if not pipe_names or not ranges:
        return
    subs = [doc[s:e].as_doc() for s, e in ranges]
    for name in pipe_names:
        proc = nlp.get_pipe(name)
        subs = list(proc.pipe(subs)) if hasattr(proc, "pipe") else [proc(sub) for sub in subs]
    ents = []
    for (s, _e), sub in zip(ranges, subs, strict=True):
        for k, token in enumerate(sub):
            target = doc[s + k]
            if token.lemma_:
                target.lemma_ = token.lemma_
            if token.pos_:
                target.pos_ = token.pos_
            if token.tag_:
                target.tag_ = token.tag_
        for ent in sub.ents:
            ents.append(Span(doc, s + ent.start, s + ent.end, label=ent.label_))
    if ents or any(sub.has_annotation("ENT_IOB") for sub in subs):
        doc.set_ents(ents, default="outside")
