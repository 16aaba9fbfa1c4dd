"""Lemmas of inflected common nouns: from the treebank-built table noun_forms.tsv, also for the last part
of a compound ("kvalifiseringsprogrammet" -> kvalifiseringsprogram, "SMIL-tilskuddet" -> smil-tilskudd),
and the mending of stems the suffix rules cut and of lemmas the model guessed."""

from __future__ import annotations

from functools import cache

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



VOWELS = "aeiouyæøå"
#: Nouns in -m that double it before an ending ("programmet", "medlemmer", "sykehjemmene").
DOUBLED_M = ("program", "medlem", "rom", "hjem")


def mend_stem(stem: str) -> str:
    """A stem the suffix rules cut from an inflected noun, made a lemma where it cannot be one: no Bokmål
    noun ends in -mm, so either the cut took the lemma's -e ("rammene" -> ramme) or the m was doubled
    before the ending ("sykehjemmet" -> sykehjem). A stem the table does not know may have lost the e of
    an -er or -el lemma ("orkestrene" -> orkester, "teatret" -> teater) or the -um of a Latin one
    ("museene" -> museum), where the table knows that lemma."""
    if stem.endswith("mm"):
        return stem[:-1] if stem[:-1].endswith(DOUBLED_M) else stem + "e"
    if len(stem) < 4 or known_lemma(stem):
        return stem
    if stem[-1] in "rl" and stem[-2] not in VOWELS and known_lemma(stem[:-1] + "e" + stem[-1]):
        return stem[:-1] + "e" + stem[-1]
    return stem + "um" if known_lemma(stem + "um") else stem


#: Endings of nouns whose plural adds -er, not -r: "innsparinger", "hangarer", "stasjoner", "enheter".
ER_PLURAL_STEMS = ("ing", "sjon", "het", "nad", "skap", "dom", "ar", "ig")
#: Definite endings the model leaves on a noun it does not know ("Heimevernet", "bistanden").
UNCHANGED_DEFINITE = ("et", "en", "ene")


def model_noun_lemma(word: str, lemma: str) -> str | None:
    """The model's lemma of a lowercase noun, mended where it is plainly wrong; None where the suffix
    rules should read the word instead (the model left a definite form as it was)."""
    if lemma == word and word.endswith(UNCHANGED_DEFINITE) and len(word) > 6:
        return None
    if word == lemma + "r" and lemma.endswith("e") and (lemma[:-1].endswith(ER_PLURAL_STEMS)
                                                       or (known_lemma(lemma[:-1]) and not known_lemma(lemma))):
        return lemma[:-1]  # "innsparinger", "stipender": the model cut only the r
    if lemma == word[:-1] and word.endswith("en") and known_lemma(word[:-2]) and not known_lemma(lemma):
        return word[:-2]  # "bibliotekfilialen": the model cut only the n
    return mend_stem(lemma)  # the model too cuts "driftsrammer" to driftsramm


def known_lemma(lemma: str) -> bool:
    """Whether the noun-form table has a noun with this lemma, as a whole or as the end of a compound of it of
    five letters or more ("kompetansestipend" ends in stipend; "stipende" does not end in "ende")."""
    lemmas = table_lemmas()
    return lemma in lemmas or any(lemma[k:] in lemmas for k in range(MIN_FIRST_PART, len(lemma) - 4))


@cache
def table_lemmas() -> frozenset[str]:
    return frozenset(mapping("noun_forms.tsv").values())
