"""Whether the clause around a time expression speaks of the past: `i mars` and `ved årsskiftet` are
the latest ones before the document date in the past tense ("ble vedtatt i mars"), the next ones
otherwise ("starter i mars"). The verb forms are a word list (lang/past_tense.txt); the perfect
(`har/hadde` + participle) counts as past; a future auxiliary in the clause wins."""

from __future__ import annotations

from functools import cache

import regex

from pipeline.lang.data import word_list

#: A clause ends at sentence punctuation, a semicolon, a colon or a line break, or where a comma and
#: `og`/`men`/`mens` open a clause of its own ("Byrådet har øremerket midler, og bydelen får to stillinger
#: fra mars": the second clause has its own tense), or a comma and a finite verb, the main clause after a
#: fronted subordinate one ("Fordi elevtallet ble høyere, er det lagt inn to stillinger fra august").
CLAUSE_END = regex.compile(r"[.!?;:]\s|\n|,\s+(?:og|men|mens)\s|,\s+(?=(?:er|har|vil|skal|kan|må|blir|får|gir|tar|går|kommer)\s)")
WORD = regex.compile(r"\w+")
#: `har gått`, `hadde kuttet`, `har blitt`: the perfect.
PERFECT = regex.compile(r"\b(?:har|hadde)\s+(?:\w+\s+){0,2}?\w+(?:et|t|tt|dd|dt)\b", regex.IGNORECASE)
FUTURE = regex.compile(r"\b(?:skal|vil|kommer\s+til\s+å|blir|planlegges|planlagt|foreslås|foreslår)\b", regex.IGNORECASE)
REACH = 120
#: An infinitive mark and its verb: "å øke", "å innføre".
INFINITIVE = regex.compile(r"(?<![\w-])å\s+\w+")


@cache
def past_forms() -> frozenset[str]:
    return word_list("past_tense.txt")


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] starts and ends, at most REACH characters each side."""
    lo = max(0, start - REACH)
    before = list(CLAUSE_END.finditer(text, lo, start))
    lo = before[-1].end() if before else lo
    after = CLAUSE_END.search(text, end, min(len(text), end + REACH))
    hi = after.start() + 1 if after else min(len(text), end + REACH)
    return lo, hi


def clause(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end], at most REACH characters each side."""
    lo, hi = clause_bounds(text, start, end)
    return text[lo:hi]


def past_tense(text: str, start: int, end: int) -> bool:
    """Whether the clause of text[start:end] is in the past tense (and names no future). An infinitive
    before the time opens what was decided or proposed, not what happened: "har foreslått å øke
    satsen fra januar" speaks of the next January."""
    lo, hi = clause_bounds(text, start, end)
    infinitives = list(INFINITIVE.finditer(text, lo, start))
    words = text[infinitives[-1].end() if infinitives else lo:hi]
    if FUTURE.search(words):
        return False
    return bool(PERFECT.search(words)) or any(w.lower() in past_forms() for w in WORD.findall(words))


def speaks_of_future(text: str) -> bool:
    """Whether a sentence names a future (`vil`, `skal`, `blir`, `kommer til å`)."""
    return FUTURE.search(text) is not None
