"""Sentence boundaries for Norwegian news, as a spaCy component (`news_sentences`).

A new sentence starts after a line break (bullet items, headings without final punctuation and
dash-quotes all sit on lines of their own), and after `.`/`!`/`?`/`…` when the next token opens a
sentence (a capital, a digit, a dash, a bullet or a quote). Abbreviations are single tokens
(see pipeline.lang), so `ca.`, `mill.` or `bl.a.` never end a sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.punctuation import BULLETS
from pipeline.mentions import doc_text

ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSERS = {"»", "”", '"', "’", "'", ")"}
OPENERS = set(BULLETS) | {"«", "“", '"', "(", "–", "—", "-"}
_MARKS = sorted(ENDERS | CLOSERS)


def opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in OPENERS


def sentence_starts(doc: Doc) -> list[int]:
    """1 where a token opens a sentence, -1 elsewhere (spaCy's SENT_START values)."""
    starts = _sentence_starts(doc)
    return starts.tolist()


def _sentence_starts(doc: Doc) -> numpy.ndarray:
    """sentence_starts as an array. Only a whitespace token, an ender or a closer changes what the
    next token may do (`after_break`, `after_end`); every other token leaves both false, and a token
    after one with both false opens no sentence. So only those tokens and the ones right after them
    are visited, in order; the rest stay -1."""
    n = len(doc)
    starts = numpy.full(n, -1, dtype="int64")
    if not n:
        return starts
    text = doc_text(doc)
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_SPACE, IDX, LENGTH])
    special = numpy.isin(rows[:, 0], numpy.asarray([strings[t] for t in _MARKS], dtype=rows.dtype))
    special |= rows[:, 1].astype(bool)
    marked = numpy.flatnonzero(special)
    visit = numpy.union1d(numpy.union1d(marked, marked + 1), [0])
    visit = visit[visit < n].tolist()
    # the later stages read token starts and lengths as lists too (mentions.token_starts/token_lengths)
    idxs = doc.user_data["token_idx"] = rows[:, 2].tolist()
    lengths = doc.user_data["token_len"] = rows[:, 3].tolist()
    after_break = True
    after_end = False
    for i in visit:
        idx = idxs[i]
        token = text[idx:idx + lengths[i]]
        if token.isspace():
            starts[i] = 1 if i == 0 else -1
            if "\n" in token:
                after_break = True
            continue
        start = after_break or (after_end and opens_sentence(token)) or i == 0
        starts[i] = 1 if start else -1
        after_break = False  # a token's own trailing whitespace is one space: a line break is a token
        if token in ENDERS:
            after_end = True
        elif token in CLOSERS and after_end:
            after_end = True
        else:
            after_end = False
    return starts


@Language.component("news_sentences")
def news_sentences(doc: Doc) -> Doc:
    if len(doc):
        doc.from_array([SENT_START], _sentence_starts(doc).astype("uint64"))
    return doc
