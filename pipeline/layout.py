"""Sentence boundaries for Norwegian news, as a spaCy component (`news_sentences`).

A new sentence starts after a line break (bullet items, headings without final punctuation and
dash-quotes all sit on lines of their own), and after `.`/`!`/`?`/`…` when the next token opens a
sentence (a capital, a digit, a dash, a bullet or a quote). Abbreviations are single tokens
(see pipeline.lang), so `ca.`, `mill.` or `bl.a.` never end a sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.component import RuleComponent
from pipeline.lang.punctuation import BULLETS
from pipeline.offsets import doc_text, token_offsets

ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSERS = {"»", "”", '"', "’", "'", ")"}
OPENERS = set(BULLETS) | {"«", "“", '"', "(", "–", "—", "-"}


def opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in OPENERS


def sentence_starts(doc: Doc) -> list[int]:
    """1 where a token opens a sentence, -1 elsewhere (spaCy's SENT_START values)."""
    text = doc_text(doc)
    rows = token_offsets(doc)  # token texts by offset: no Token objects
    starts = []
    after_break = True
    after_end = False
    for i, (idx, length) in enumerate(rows):
        token = text[idx:idx + length]
        if token.isspace():
            starts.append(1 if i == 0 else -1)
            if "\n" in token:
                after_break = True
            continue
        start = after_break or (after_end and opens_sentence(token)) or i == 0
        starts.append(1 if start else -1)
        after_break = False  # a token's own trailing whitespace is one space: a line break is a token
        if token in ENDERS:
            after_end = True
        elif token in CLOSERS and after_end:
            after_end = True
        else:
            after_end = False
    return starts


@Language.factory("news_sentences")
class NewsSentences(RuleComponent):
    """Sentence starts for news text (see the module doc)."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            doc.from_array([SENT_START], numpy.asarray(sentence_starts(doc), dtype="int64").astype("uint64"))
        return doc
