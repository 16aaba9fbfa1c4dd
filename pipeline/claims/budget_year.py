"""The year a document's money is for when its sentences do not say: its budget year.

In order: a year the document names for its budget (the title "SVs alternative budsjett for 2025",
"statsbudsjettet for 2024" in the opening of the text: a budget named further on is one the text
looks back at or compares with, used only when the document has no date); else the term a party
programme names in its title or opening ("løftene våre for stortingsperioden 2025–2029", or on a
party page any period of at most a term there: "våre løfter for perioden 2015–2019", or before an
election in an election year, the term it is for where the page speaks of "perioden"); else the
year of an agreement the opening names ("for avtaleåret 2013/2014", the farm agreement's July to
June); else a year inferred from what kind of budget the title and the opening of the text are about
(lang/budget_kinds.tsv, or the government proposing something for next year) and when it was
published: a revised budget is for the year it is published, an amendment (`tilleggsproposisjon`) is
to next year's proposal in the autumn and to this year's budget in spring, a budget proposal,
alternative budget, budget agreement or municipal budget published September-December for the next
year; else the document's own year. Each answer keeps its basis,
which the claim record shows (`time.inferred`, `time.basis`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from pipeline.dimensions.calendar import BUDGET_SEASON, TERM_START_MONTH, TERM_YEARS, election_year
from pipeline.document import DocDate
from pipeline.lang.data import alternation, mapping
from pipeline.schema import Time

#: How much of the body after the title tells what the document is about (headline and lead).
OPENING = 600
BUDGET_TIME = regex.compile(r"(?i:budsjett|RNB)")
#: A programme for a Storting term, named in the title or the opening: "stortingsperioden 2025–2029",
#: "Arbeidsprogram 2021–2025", "programmet for perioden 2017-2021".
PROGRAMME = regex.compile(r"(?i:program\w*|stortingsperiode\w*|valgperiode\w*)\s+(?:(?i:vårt|deres|sitt)\s+)?"
                          r"(?:(?i:for|i)\s+)?"
                          r"(?:(?i:perioden)\s+)?(?P<y>(?:19|20)\d\d)\s*[–—-]\s*(?P<y2>(?:19|20)\d\d)(?!\d)")
#: On a party page, the period its promises are for: "løftene våre for perioden 2015–2019".
PARTY_PERIOD = regex.compile(r"(?<![\w-])(?i:perioden)\s+(?P<y>(?:19|20)\d\d)\s*[–—-]\s*(?P<y2>(?:19|20)\d\d)(?!\d)")
#: A term spoken of without its years: "i perioden", "i neste periode", "i valgperioden".
COMING_TERM = regex.compile(r"(?i:\b(?:i|for|gjennom)\s+(?:(?:neste|kommende|den\s+kommende)\s+)?(?:valg)?perioden?\b)")
#: `i årets budsjett`, `fjorårets budsjett`: this year's or last year's budget, which the text looks at,
#: not the budget it is about.
ORDINAL_BUDGET = regex.compile(r"(?i:(?:i\s+)?(?:årets|fjorårets|inneværende))")
#: `saldert budsjett 2018` names the budget a proposal is compared with, not the document's budget.
SALDERT_BEFORE = regex.compile(r"(?i:saldert)")
#: Any compound of budsjett (forsvarsbudsjettet, helsebudsjett) speaks of a budget.
ANY_BUDGET = regex.compile(r"(?i)\w*budsjett")
#: The government (or a writer's `vi`) proposing something for next year, with no word for a budget: "Likevel
#: foreslår Solberg-regjeringen at barnetrygden skal stå stille også neste år", "Støre-regjeringens forslag for
#: neste år gir …", "Derfor foreslår vi å bruke 420 millioner kroner mer på sivil beredskap neste år": next
#: year's budget.
_IN_SENTENCE = r"(?:[^.!?\n]|(?<=\d)\.)"  # a date's point ("fra 1. juli neste år") ends no sentence
PROPOSES_NEXT_YEAR = regex.compile(rf"(?i:regjering\w*{_IN_SENTENCE}{{0,40}}?(?:foreslår|forslag)|(?:foreslår|forslag)"
                                   rf"{_IN_SENTENCE}{{0,40}}?regjering\w*|foreslår\s+vi\b){_IN_SENTENCE}{{0,100}}?\bneste\s+år\b")
NAMED_IN_TITLE = regex.compile(r"(?i:budsjett\w*(?:\s+\w+){0,2}?\s+(?:for\s+)?)(?P<y>(?:19|20)\d\d)(?!\d)|"
                               r"(?<!\d)(?P<y2>(?:19|20)\d\d)-(?i:budsjett|statsbudsjett)")


@dataclass(frozen=True)
class BudgetYear:
    year: int
    #: budget-named (the document names it), programme-period (a party programme's term), revised-budget
    #: or budget-year (inferred from the kind of budget and the date), document-date (the document's year)
    basis: str
    #: the last year of a period (a programme's term), else None
    last: int | None = None
    #: what the document's title and opening speak of: "revised", "supplement", "proposal" or None
    #: (budget_kind); with a date, a supplement is read as one of the other two (dated_kind)
    kind: str | None = None

    @property
    def inferred(self) -> bool:
        return is_inferred(self.basis)


def is_inferred(basis: str) -> bool:
    """Whether a year with this basis is inferred: all but a budget the document names by its year."""
    return basis != "budget-named"


@cache
def _kinds() -> regex.Pattern:
    return regex.compile(rf"(?<![\w])(?:{alternation(mapping('budget_kinds.tsv'))})", regex.IGNORECASE)


def budget_kind(text: str) -> str | None:
    """`revised` when the text speaks of a revised budget, else `supplement` when of an amendment to a
    budget, else `proposal` when of a budget or of the government proposing for next year, else None."""
    kinds = {mapping("budget_kinds.tsv")[" ".join(m.group(0).lower().split())] for m in _kinds().finditer(text)}
    if not kinds and (ANY_BUDGET.search(text) or PROPOSES_NEXT_YEAR.search(text)):
        kinds.add("proposal")
    for kind in ("revised", "supplement", "proposal"):
        if kind in kinds:
            return kind
    return None


def dated_kind(kind: str | None, date: DocDate) -> str | None:
    """A supplement is to next year's proposal in the autumn, else to this year's budget."""
    if kind != "supplement":
        return kind
    return "proposal" if date.month is not None and date.month >= BUDGET_SEASON else "revised"


def opening_of(title: str | None, text: str, body_start: int) -> str:
    """A document's title and the first OPENING characters of its body: where it says what it is about."""
    return f"{title or ''}\n{text[body_start:body_start + OPENING]}"


def budget_year(title: str | None, text: str, body_start: int, date: DocDate | None,
                times: list[Time], genre: str | None = None) -> BudgetYear | None:
    """The budget year of a document (see the module doc); None without any year to go by. On a party
    page (`genre`), a period of at most a term in the opening is the programme's ("våre løfter for
    perioden 2015–2019")."""
    opening = opening_of(title, text, body_start)
    kind = budget_kind(opening)
    named = NAMED_IN_TITLE.search(title or "")
    if named:
        return BudgetYear(int(named.group("y") or named.group("y2")), "budget-named", kind=kind)
    named_in_body = [t for t in times if BUDGET_TIME.search(t.text) and t.from_ is not None and t.from_ == t.to
                     and not ORDINAL_BUDGET.match(t.text)
                     and t.start >= body_start and not SALDERT_BEFORE.search(text, max(0, t.start - 12), t.start + 8)]
    if named_in_body and named_in_body[0].start < body_start + OPENING:
        return BudgetYear(named_in_body[0].from_, "budget-named", kind=kind)
    period = PROGRAMME.search(opening) or (PARTY_PERIOD.search(opening) if genre == "party-page" else None)
    if period and 0 < int(period.group("y2")) - int(period.group("y")) <= TERM_YEARS:
        return BudgetYear(int(period.group("y")), "programme-period", int(period.group("y2")), kind=kind)
    if genre == "party-page" and date is not None and date.month is not None and election_year(date.year) \
            and date.month < TERM_START_MONTH and COMING_TERM.search(text, body_start):
        # a party page before an election that speaks of "perioden" or "neste periode" promises for the
        # term the election is for (Storting and council terms both run from the election year)
        return BudgetYear(date.year, "programme-period", date.year + TERM_YEARS, kind=kind)
    for t in times:  # "for avtaleåret 2013/2014": the farm agreement's year governs its report
        if body_start <= t.start < body_start + OPENING and "avtaleår" in t.text.lower() \
                and t.from_ is not None and t.to is not None:
            return BudgetYear(t.from_, "budget-named", t.to, kind=kind)
    if date is None:  # with no date to go by, a budget the text names further on is the best guess
        return BudgetYear(named_in_body[0].from_, "budget-named", kind=kind) if named_in_body else None
    kind = dated_kind(kind, date)
    if kind == "revised" and date.month is not None:
        return BudgetYear(date.year, "revised-budget", kind=kind)
    if kind == "proposal" and date.month is not None and date.month >= BUDGET_SEASON:
        return BudgetYear(date.year + 1, "budget-year", kind=kind)
    return BudgetYear(date.year, "document-date", kind=kind)
