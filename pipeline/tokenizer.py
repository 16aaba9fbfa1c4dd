"""spaCy's `nb` tokenizer, fixed where Norwegian news breaks it.

- `2021.` at a sentence end becomes `2021` `.`; `1. mai`, `den 17. mai` stay ordinals;
- abbreviations (`mill.`, `mrd.`, `kr.` …) stay one token;
- digit groups split by a space or no-break space (`5 000`, `5\u00a0000`) become one number token
  (`12 345 678.` at a sentence end: `12 345 678` `.`);
- `2020–2024` splits around the dash.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, LENGTH, ORTH, SPACY
from spacy.lang.nb import Norwegian
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, registry

from pipeline.lang.data import mapping
from pipeline.lang.punctuation import YEAR_RANGE_INFIX
from pipeline.lang.tokenizer_exceptions import ABBREVIATIONS

#: A decimal digit (str.isdecimal: Unicode Nd).
DIGIT = re.compile(r"\d")
NUMBER_WITH_PERIOD = re.compile(r"^\d+\.$")
DIGIT_GROUP_HEAD = re.compile(r"^\d{1,3}$|^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$")
DIGIT_GROUP_TAIL = re.compile(r"^\d{3}(?:,\d+)?$")
GROUP_TAIL_PERIOD = re.compile(r"^\d{3}\.$")
GROUP_SPACES = {" ", "\u00a0", "\u202f"}


def customize_tokenizer(tokenizer: Tokenizer, defaults=Norwegian.Defaults) -> None:
    """Add our exceptions and infixes to a spaCy tokenizer in place."""
    for abbr in ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    infixes = list(defaults.infixes) + [YEAR_RANGE_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@registry.tokenizers("claims.news_tokenizer.v1")
def create_news_tokenizer():
    """The tokenizer of the shipped pipeline's config (`[nlp.tokenizer]`): spaCy's, fixed for news."""

    def create(nlp: Language) -> NewsTokenizer:
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        customize_tokenizer(tokenizer, nlp.Defaults)
        return NewsTokenizer(tokenizer)

    return create


def _is_ordinal(next_text: str | None) -> bool:
    """A number + period followed by a month or another lowercase word reads as an ordinal."""
    if next_text is None:
        return False
    if next_text.lower() in mapping("months.tsv"):
        return True
    return next_text[:1].islower()


class NewsTokenizer:
    """Wraps a spaCy tokenizer and repairs its output for Norwegian news (see module doc)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        rows = doc.to_array([IDX, LENGTH, SPACY])  # tokens read without Token objects
        idxs = rows[:, 0]
        # Only a token that starts with a digit can be repaired: visit those, in order (found from the
        # digits of the text, not by looking at every token).
        digits = [m.start() for m in DIGIT.finditer(text)]
        candidates = self._candidates(idxs, digits)
        edits: list[tuple[int, int, list[str], list[bool]]] = []  # (first, end, words, spaces)
        done = 0
        for i in candidates:
            if i < done:
                continue
            edit = self._repair(doc, i)
            if edit is not None:
                edits.append(edit)
                done = edit[1]
        if not edits:
            return doc
        starts, lengths, trailing = rows[:, 0].tolist(), rows[:, 1].tolist(), rows[:, 2].tolist()
        n = len(starts)
        words: list[str] = []
        spaces: list[bool] = []
        k = 0
        for first, end, new_words, new_spaces in [*edits, (n, n, [], [])]:
            words.extend([text[idx:idx + length] for idx, length in zip(starts[k:first], lengths[k:first], strict=True)])
            spaces.extend([bool(space) for space in trailing[k:first]])
            words.extend(new_words)
            spaces.extend(new_spaces)
            k = end
        return Doc(self.vocab, words=words, spaces=spaces)

    @staticmethod
    def _candidates(idxs, digits: list[int]) -> list[int]:
        """The tokens (indices, in order) that start at one of the digit offsets."""
        at = numpy.searchsorted(idxs, digits)
        keep = at < len(idxs)
        at = at[keep]
        return numpy.unique(at[idxs[at] == numpy.asarray(digits, dtype=idxs.dtype)[keep]]).tolist()

    @staticmethod
    def _repair(doc: Doc, i: int) -> tuple[int, int, list[str], list[bool]] | None:
        """The repair of tokens i.. (first, end, words, spaces), or None when token i stays as it is."""
        n = len(doc)
        tok = doc[i]
        text_i, space_i = tok.text, bool(tok.whitespace_)
        # 5 000 / 5\u00a0000: glue digit groups (the tokenizer splits on the space or keeps the nbsp apart).
        if DIGIT_GROUP_HEAD.match(text_i):
            j = i
            merged = text_i
            while True:
                a = doc[j + 1] if j + 1 < n else None
                b = doc[j + 2] if j + 2 < n else None
                if a is not None and doc[j].whitespace_ == " " and DIGIT_GROUP_TAIL.match(a.text):
                    merged += " " + a.text
                    j += 1
                elif a is not None and doc[j].whitespace_ == " " and GROUP_TAIL_PERIOD.match(a.text):
                    # 12 345 678. at a sentence end: the last group carries the period
                    return i, j + 2, [merged + " " + a.text[:-1], "."], [False, bool(a.whitespace_)]
                elif (a is not None and b is not None and not doc[j].whitespace_
                      and a.text in GROUP_SPACES and not a.whitespace_ and DIGIT_GROUP_TAIL.match(b.text)):
                    merged += a.text + b.text
                    j += 2
                else:
                    break
                if "," in merged:
                    break
            if j > i:
                return i, j + 1, [merged], [bool(doc[j].whitespace_)]
        # 2021. at a sentence end -> 2021 . (a "1." opening a line is a list number and stays)
        prev = doc[i - 1] if i else None
        nxt = doc[i + 1] if i + 1 < n else None
        at_line_start = prev is None or (prev.is_space and "\n" in prev.text)
        if NUMBER_WITH_PERIOD.match(text_i) and not at_line_start and not _is_ordinal(
            nxt.text.strip() or None if nxt is not None and not nxt.is_space else None
        ):
            return i, i + 1, [text_i[:-1], "."], [False, space_i]
        return None

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        customize_tokenizer(self.tokenizer)  # our language data wins over what was saved
        return self

    def to_disk(self, path, **kwargs):
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        customize_tokenizer(self.tokenizer)  # our language data wins over what was saved
        return self
