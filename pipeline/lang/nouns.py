"""Lemmas of inflected common nouns from the treebank-built table noun_forms.tsv, also for the last part
of a compound ("kvalifiseringsprogrammet" -> kvalifiseringsprogram, "SMIL-tilskuddet" -> smil-tilskudd)."""

from __future__ import annotations

from pipeline.lang.data import mapping

#: The shortest first part of a compound: "lånegjelden" is låne + gjelden, "ordet" no compound.
MIN_FIRST_PART = 3


def noun_lemma(word: str) -> str | None:
    """The lowercase lemma of a noun the table knows, as a whole or as the end of a compound; None for a
    word it does not know."""
    low = word.lower()
    forms = mapping("noun_forms.tsv")
    if low in forms:
        return forms[low]
    head, sep, tail = low.rpartition("-")
    if sep:
        lemma = noun_lemma(tail) if tail else None
        return f"{head}-{lemma}" if lemma is not None else None
    for k in range(MIN_FIRST_PART, len(low) - 3):  # the longest known end first
        lemma = forms.get(low[k:])
        if lemma is not None:
            return low[:k] + lemma
    return None
