"""The layout of a news text: sentences, paragraphs, headings, list items and quotes, found once.

The component `news_sentences` sets the sentence starts and writes the layout as span groups:
`doc.spans["heading"]`, `doc.spans["list_item"]` and `doc.spans["quote"]` (a quote span's `label_`
is "quote", its speaker is found by the actor stage). `document_sentences(doc)` gives the body's
sentences with their paragraph, line, list-item and heading facts, computed once per Doc.

Sentence boundaries for Norwegian news:

A new sentence starts after a line break (bullet items, headings without final punctuation and
dash-quotes all sit on lines of their own), and after `.`/`!`/`?`/`…` when the next token opens a
sentence (a capital, a digit, a dash, a bullet or a quote). Abbreviations are single tokens
(see pipeline.lang), so `ca.` or `bl.a.` never end a sentence; those that often close one (`kr.`,
`mill.`, `mrd.`, `osv.`) do where a word with a capital follows ("er 412,6 mill. kr. Det er …").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import numpy
import regex
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from pipeline.component import RuleComponent
from pipeline.document import context_of
from pipeline.lang.punctuation import BULLETS, LIST_ITEM
from pipeline.lang.words import speech_verb_pattern
from pipeline.offsets import doc_text, sentence_bounds

ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}
#: Abbreviations that often end a sentence too ("… er 412,6 mill. kr. Det er …"): after one, a word
#: with a capital opens the next sentence (a digit, a dash or a quote does not).
SOFT_ENDERS = {"kr.", "mill.", "mrd.", "mia.", "osv.", "m.m.", "o.l.", "etc."}
CLOSERS = {"»", "”", '"', "’", "'", ")"}
OPENERS = set(BULLETS) | {"«", "“", '"', "(", "–", "—", "-"}
_MARKS = sorted(ENDERS | CLOSERS | SOFT_ENDERS)


def opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in OPENERS


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """1 where a token opens a sentence, -1 elsewhere (spaCy's SENT_START values). Only a whitespace token, an ender or a closer changes what the
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
    after_soft = False
    for i in visit:
        idx = idxs[i]
        token = text[idx:idx + lengths[i]]
        if token.isspace():
            starts[i] = 1 if i == 0 else -1
            if "\n" in token:
                after_break = True
            continue
        start = after_break or (after_end and opens_sentence(token)) or (after_soft and token[:1].isupper()) or i == 0
        starts[i] = 1 if start else -1
        after_break = False  # a token's own trailing whitespace is one space: a line break is a token
        after_soft = token in SOFT_ENDERS
        if token in ENDERS:
            after_end = True
        elif token in CLOSERS and after_end:
            after_end = True
        else:
            after_end = False
    return starts


# --- paragraphs, lines, list items, headings -----------------------------------------------------

PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")
#: Whitespace as str.strip() sees it (`re`'s whitespace is str.isspace()).
LEADING_SPACE = re.compile(r"\s*")
BULLET_LINE = regex.compile(LIST_ITEM)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    line_start: int
    is_item: bool
    on_item_line: bool
    is_heading: bool
    paragraph: int


class TextLines:
    """The line and paragraph breaks of a text, found once; the line or paragraph holding an offset by
    bisection (a document of one long line has many sentences on it: no line is scanned per sentence)."""

    def __init__(self, text: str):
        self.size = len(text)
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text)]

    def line(self, offset: int) -> tuple[int, int]:
        """(start, end) of the line holding an offset, its line break excluded."""
        k = bisect_left(self.newlines, offset)
        return (self.newlines[k - 1] + 1 if k else 0), (self.newlines[k] if k < len(self.newlines) else self.size)

    def paragraph(self, offset: int) -> int:
        """The number of the paragraph holding an offset (0 for the first)."""
        return bisect_left(self.breaks, offset)


@lru_cache(maxsize=4)
def text_lines(text: str) -> TextLines:
    return TextLines(text)


def analyse_sentences(text: str, bounds: list[tuple[int, int]]) -> list[Sentence]:
    """Each sentence with its line, paragraph, list-item and heading facts (a line's stripped extent
    found without copying the line)."""
    lines = text_lines(text)
    out = []
    for start, end in bounds:
        line_start, line_end = lines.line(start)[0], lines.line(end)[1]
        on_item_line = bool(BULLET_LINE.match(text, line_start, line_end))
        strip_start = LEADING_SPACE.match(text, line_start, line_end).end()
        is_item = on_item_line and start <= strip_start + 3
        strip_end = line_end
        while strip_end > strip_start and text[strip_end - 1].isspace():
            strip_end -= 1
        sentence = text[start:end].strip()
        whole_line = strip_end - strip_start == len(sentence) and text[strip_start:strip_end] == sentence
        is_heading = whole_line and not is_item and strip_end - strip_start < 120 and (
            not text[strip_start:strip_end].endswith((".", "!", "?", "»", '"')))
        para = lines.paragraph(start)
        out.append(Sentence(start, end, text[start:end], line_start, is_item, on_item_line, is_heading, para))
    return out


def document_sentences(doc: Doc) -> list[Sentence]:
    """The sentences of the document body (analyse_sentences), computed once and kept on the Doc."""
    found = doc.user_data.get("layout_sentences")
    if found is None:
        body = context_of(doc).body_start
        found = analyse_sentences(doc_text(doc), [b for b in sentence_bounds(doc) if b[1] > body])
        doc.user_data["layout_sentences"] = found
    return found


# --- quotes ------------------------------------------------------------------------------------

QUOTE_OPEN = regex.compile(r"(?:^\s*(?:[A-ZÆØÅ ]{2,}:\s*)?|[.!?:]\s+)(?P<dash>[–—«\"])")


#: How far after the speech verb (`, sier`) the speaker's name may start.
SPEAKER_REACH = 60
SPEECH_AFTER_QUOTE = regex.compile(rf",?\s+{speech_verb_pattern()}\s+")


_QUOTE_MARK = re.compile("[–—«\"]")


#: A quote's speaker named at the start of the next paragraph: "Det sier …", "Det mener …".
NEXT_LINE_SAYS = regex.compile(r"\s*\n\s*(?:Det|Dette)\s+(?:sier|sa|skriver|skrev|mener|uttaler|forteller)\s+")


@lru_cache(maxsize=4)
def quote_frames(text: str, lo: int) -> tuple[tuple[int, int, int | None], ...]:
    """(start, end, speaker_from) of quotes: from a dash or « (opening a line or following a sentence
    end or a colon) to `, sier …` on the same line, or to the line's end where the next paragraph opens "Det sier …";
    the speaker's name starts within SPEAKER_REACH characters of speaker_from (None when no speech verb
    closes the quote). Rules only: no actors needed."""
    frames = []
    # only a line holding a dash, « or " can open a quote (QUOTE_OPEN ends in one): those lines are
    # found from the marks, in order, instead of trying every line
    lines = text_lines(text)
    last = -1
    for mark in _QUOTE_MARK.finditer(text, lo):
        line_start, line_end = lines.line(mark.start())
        base = max(lo, line_start)
        if base == last:
            continue
        last = base
        line = text[base:line_end]
        openers = [m.start("dash") for m in QUOTE_OPEN.finditer(line)]
        for k, start in enumerate(openers):
            stop = openers[k + 1] if k + 1 < len(openers) else len(line)
            speech = SPEECH_AFTER_QUOTE.search(line, start, stop)
            said_next = NEXT_LINE_SAYS.match(text, line_end) if speech is None and stop == len(line) else None
            if said_next is not None:  # "– … \n\nDet sier Høyres talsperson, Ingvild Strand."
                frames.append((base + start, base + stop, said_next.end()))
            elif speech is None:
                frames.append((base + start, base + stop, None))
            else:
                frames.append((base + start, base + speech.start(), base + speech.end()))
    return tuple(frames)




def write_layout_groups(doc: Doc) -> None:
    """doc.spans["heading"], ["list_item"] and ["quote"] from the layout."""
    sentences = document_sentences(doc)
    groups = {
        "heading": [(s.start, s.end) for s in sentences if s.is_heading],
        "list_item": [(s.start, s.end) for s in sentences if s.is_item],
        "quote": [(start, end) for start, end, _ in quote_frames(doc_text(doc), context_of(doc).body_start)],
    }
    for name, spans in groups.items():
        found = [doc.char_span(start, end, alignment_mode="expand") for start, end in spans]
        doc.spans[name] = SpanGroup(doc, name=name, spans=[Span(doc, s.start, s.end, label=name) for s in found if s])


@Language.factory("news_sentences")
class NewsSentences(RuleComponent):
    """Sentence starts for news text (see the module doc)."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            doc.from_array([SENT_START], sentence_starts(doc).astype("uint64"))
        write_layout_groups(doc)
        return doc
