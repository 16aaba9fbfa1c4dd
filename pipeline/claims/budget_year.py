"""The year a document's money is for when its sentences do not say: its budget year.

In order: a year the document names for its budget (the title "SVs alternative budsjett for 2025",
"statsbudsjettet for 2024" in the text); else a year inferred from what kind of budget the title
and the opening of the text are about (lang/budget_kinds.tsv) and when it was published: a revised
budget is for the year it is published, a budget proposal, alternative budget, budget agreement or
municipal budget published September-December for the next year; else the document's own year.
Each answer keeps its basis, which the claim record shows (`time.inferred`, `time.basis`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from pipeline.document import DocDate
from pipeline.lang.data import mapping
from pipeline.schema import Time

#: How much of the body after the title tells what the document is about (headline and lead).
OPENING = 600
#: From this month on, a budget proposal is for the next year.
AUTUMN = 9
BUDGET_TIME = regex.compile(r"(?i:budsjett|RNB)")
NAMED_IN_TITLE = regex.compile(r"(?i:budsjett\w*(?:\s+\w+){0,2}?\s+(?:for\s+)?)(?P<y>(?:19|20)\d\d)(?!\d)|"
                               r"(?<!\d)(?P<y2>(?:19|20)\d\d)-(?i:budsjett|statsbudsjett)")


@dataclass(frozen=True)
class BudgetYear:
    year: int
    #: budget-named (the document names it), revised-budget or budget-year (inferred from the kind
    #: of budget and the date), document-date (the document's own year)
    basis: str

    @property
    def inferred(self) -> bool:
        return self.basis != "budget-named"


@cache
def _kinds() -> regex.Pattern:
    phrases = sorted(mapping("budget_kinds.tsv"), key=len, reverse=True)
    return regex.compile(r"(?<![\w])(?:" + "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")",
                         regex.IGNORECASE)


def budget_kind(text: str) -> str | None:
    """`revised` when the text speaks of a revised budget, else `proposal` when of a budget, else None."""
    kinds = {mapping("budget_kinds.tsv")[" ".join(m.group(0).lower().split())] for m in _kinds().finditer(text)}
    return "revised" if "revised" in kinds else "proposal" if kinds else None


def budget_year(title: str | None, text: str, body_start: int, date: DocDate | None,
                times: list[Time]) -> BudgetYear | None:
    """The budget year of a document (see the module doc); None without any year to go by."""
    named = NAMED_IN_TITLE.search(title or "")
    if named:
        return BudgetYear(int(named.group("y") or named.group("y2")), "budget-named")
    for t in times:
        if BUDGET_TIME.search(t.text) and t.from_ is not None and t.from_ == t.to and t.start >= body_start:
            return BudgetYear(t.from_, "budget-named")
    if date is None:
        return None
    kind = budget_kind(f"{title or ''}\n{text[body_start:body_start + OPENING]}")
    if kind == "revised" and date.month is not None:
        return BudgetYear(date.year, "revised-budget")
    if kind == "proposal" and date.month is not None and date.month >= AUTUMN:
        return BudgetYear(date.year + 1, "budget-year")
    return BudgetYear(date.year, "document-date")
