"""Amounts as annotators write and read them.

Reading goes through the project's own parsers, never a second one: `numbers.parse_value` for a
number with or without a scale word (`10 mrd`, `1.000.000`, `1,5 milliarder`), `money.find_money` for
one with a currency (`kr 250 000`, `1,1 mrd. kr`) and `quantity.find_quantities` for a count
(`12 sykehus`). Writing is the Norwegian way: decimal comma, a space between thousands, `mill.` and
`mrd.` where the value is exact with at most three decimals (`1,1 mrd. kr`, `250 000 kr`); what
`format_number` writes, `parse_value` reads back to the same value.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.dimensions.money import find_money
from pipeline.dimensions.numbers import parse_value
from pipeline.dimensions.quantity import find_quantities

#: (scale, word, limit) from the largest: a value is written with the word when it is exact with at
#: most MAX_DECIMALS and 1 <= value / scale < limit (`1 234 500 000`, not `1 234,5 mill.`).
SCALE_WORDS = ((Decimal(10) ** 9, "mrd.", 10 ** 6), (Decimal(10) ** 6, "mill.", 1000))
MAX_DECIMALS = 3
#: How a unit is written after the number ("NOK" as "kr"; other units as they are).
UNIT_WORDS = {"NOK": "kr"}


@dataclass(frozen=True)
class Reading:
    """What a typed or selected text says: a value, and the currency or counted unit and the qualifier
    when it names them (`ca. 500 mill. kroner` -> 5e8, NOK, approx)."""

    value: float
    unit: str | None = None
    kind: str | None = None
    qualifier: str | None = None


def _whole(text: str, start: int, end: int) -> bool:
    return text[:start].strip() == "" and text[end:].strip() == ""


def read_amount(text: str) -> Reading | None:
    """The amount the whole of `text` states (what an annotator types in a value field); None if it
    is no amount or says more than one."""
    text = str(text).strip()
    if not text:
        return None
    value = parse_value(text)
    if value is not None:
        return Reading(value)
    money = [m for m in find_money(text, 0, len(text), []) if not m.currency_inferred]
    if len(money) == 1 and _whole(text, money[0].start, money[0].end):
        m = money[0]
        return Reading(m.value, m.currency, "money", m.qualifier)
    counts = find_quantities(text, 0, len(text))
    if len(counts) == 1 and _whole(text, counts[0].start, counts[0].end):
        q = counts[0]
        return Reading(q.value, q.unit, "quantity", q.qualifier)
    return None


def amounts_in(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, value, unit) of every money amount a text states, then of every count."""
    return [(m.start, m.end, m.value, m.currency) for m in find_money(text, 0, len(text), [])] + \
        [(q.start, q.end, q.value, q.unit) for q in find_quantities(text, 0, len(text))]


def suggest_amount(text: str) -> Reading | None:
    """The first amount in a selection of article text (money first, then a count, then a bare number):
    what the add form proposes, for the annotator to check."""
    whole = read_amount(text)
    if whole is not None:
        return whole
    money = find_money(text, 0, len(text), [])
    if money:
        m = money[0]
        return Reading(m.value, m.currency, "money", m.qualifier)
    counts = find_quantities(text, 0, len(text))
    if counts:
        q = counts[0]
        return Reading(q.value, q.unit, "quantity", q.qualifier)
    return None


def _plain(number: Decimal) -> str:
    """Digits with a space between thousands and a decimal comma; no exponent, no trailing zeros."""
    text = format(number.normalize(), "f")
    integer, _, decimals = text.partition(".")
    groups = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    return " ".join(groups) + ("," + decimals if decimals else "")


def format_number(value: float | int | None) -> str:
    """`1100000000.0` -> `1,1 mrd.`, `450000000` -> `450 mill.`, `250000` -> `250 000`, `1.5` -> `1,5`,
    `1234567891` -> `1 234 567 891` (exact: never rounded)."""
    if value is None or isinstance(value, bool):
        return ""
    number = Decimal(repr(float(value)))
    if number < 0:  # rare (a cut); parse_value reads a negative number only in plain digits
        return format(number.normalize(), "f")
    for scale, word, limit in SCALE_WORDS:
        scaled = number / scale
        if 1 <= scaled < limit and -scaled.normalize().as_tuple().exponent <= MAX_DECIMALS:
            return f"{_plain(scaled)} {word}"
    return _plain(number)


def format_amount(value: float | int | None, unit: str | None) -> str:
    """`1,1 mrd. kr`, `250 000 kr`, `38 turnusstilling`, `3 mill. USD`."""
    number = format_number(value)
    if not number:
        return ""
    word = UNIT_WORDS.get(unit or "", unit or "")
    return f"{number} {word}".strip()
