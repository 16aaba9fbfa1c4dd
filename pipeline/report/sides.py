"""Which side a claimant speaks for on the article's date: the government (a government, a ministry, a
party in government or one of its people), the opposition (another party or its people) or neither
(organisations, newspapers, people the lexicon does not know, and parties when the date is unknown).
The parties in office come from the governments of pipeline/lang/actors.yaml."""

from __future__ import annotations

import datetime as dt

from pipeline.actors.lexicon import lexicon
from pipeline.document import DateError, parse_date

GOVERNMENT, OPPOSITION, OTHER = "government", "opposition", "other"
SIDES = (GOVERNMENT, OPPOSITION, OTHER)


def day_of(doc_date: str | None) -> dt.date | None:
    """The day that stands for a document date (a month's 15th, a year's 1 July)."""
    if not doc_date:
        return None
    try:
        return parse_date(doc_date).anchor
    except DateError:
        return None


def parties_in_office(day: dt.date | None) -> frozenset[str] | None:
    if day is None:
        return None
    for government in lexicon().governments:
        if government.start <= day < government.end:
            return frozenset(government.parties)
    return None


def side_of(claimant: str | None, doc_date: str | None) -> str:
    """government | opposition | other for a claimant's canonical name on the document's date."""
    if not claimant:
        return OTHER
    lex = lexicon()
    kind = lex.types.get(claimant)
    if kind in ("government", "ministry"):
        return GOVERNMENT
    party = claimant if kind == "party" else lex.person_party.get(claimant)
    if party is None:
        return OTHER
    in_office = parties_in_office(day_of(doc_date))
    if in_office is None:
        return OTHER
    return GOVERNMENT if party in in_office else OPPOSITION
