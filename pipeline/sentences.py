"""Sentence boundaries for Norwegian news, as a spaCy component (`news_sentences`).

A new sentence starts after a line break (bullet items, headings without final punctuation and
dash-quotes all sit on lines of their own), and after `.`/`!`/`?`/`…` when the next token opens a
sentence (a capital, a digit, a dash, a bullet or a quote). Abbreviations are single tokens
(see pipeline.lang), so `ca.`, `mill.` or `bl.a.` never end a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.punctuation import BULLETS

ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSERS = {"»", "”", '"', "’", "'", ")"}
OPENERS = set(BULLETS) | {"«", "“", '"', "(", "–", "—", "-"}


def opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in OPENERS


@Language.component("news_sentences")
def news_sentences(doc: Doc) -> Doc:
    after_break = True
    after_end = False
    for token in doc:
        if token.is_space:
            token.is_sent_start = False if token.i else True
            if "\n" in token.text:
                after_break = True
            continue
        start = after_break or (after_end and opens_sentence(token.text))
        token.is_sent_start = bool(start) or token.i == 0
        after_break = "\n" in token.whitespace_
        if token.text in ENDERS:
            after_end = True
        elif token.text in CLOSERS and after_end:
            after_end = True
        else:
            after_end = False
    return doc
