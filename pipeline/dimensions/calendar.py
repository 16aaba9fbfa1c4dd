"""Calendar arithmetic for time values: the interval of days a year, half, quarter, month, season,
week or school year covers, and how a preposition opens or closes it. Pure functions on
`datetime.date`; intervals are inclusive, `None` marks an open end (docs/time-values.md)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

Interval = tuple[dt.date | None, dt.date | None]

#: The month each season starts in; a season lasts three months (winter runs into the next year).
SEASON_START = {"vår": 3, "sommer": 6, "høst": 9, "vinter": 12}
#: A school year runs from August to June.
SCHOOL_YEAR_START, SCHOOL_YEAR_END = 8, 6
#: From this month on, a budget proposal is for the next year, and so are "de neste årene" of a text.
BUDGET_SEASON = 9
#: Storting and council terms last four years and start in October of their election year (elections in
#: September: the Storting in 2021, 2025, …, the councils in 2019, 2023, …, so every odd year).
TERM_YEARS, TERM_START_MONTH = 4, 10


def election_year(year: int) -> bool:
    """Whether a Storting or a council election is held in a year (every odd year)."""
    return year % 2 == 1


def term(first: int) -> Interval:
    """The term that starts in October of `first` and ends in September four years later."""
    return dt.date(first, TERM_START_MONTH, 1), dt.date(first + TERM_YEARS, TERM_START_MONTH - 1, 30)

#: How a preposition bounds the interval of what follows it.
OPEN_END = {"fra", "siden", "f.o.m.", "fra og med", "tidligst", "tidligst i"}
OPEN_START = {"frem til", "fram til", "til", "innen", "mot", "t.o.m.", "til og med", "inntil", "opp til", "senest",
              "senest i", "frem mot", "fram mot", "ut"}
_SPACES = re.compile(r"\s+")


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def year(y: int) -> Interval:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def years(first: int, last: int) -> Interval:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def month(y: int, m: int) -> Interval:
    return dt.date(y, m, 1), last_day(y, m)


def months(y: int, m: int, count: int) -> Interval:
    """`count` months from month m of year y (the end may fall in the next year)."""
    end_y, end_m = shift_month(y, m, count - 1)
    return dt.date(y, m, 1), last_day(end_y, end_m)


def shift_month(y: int, m: int, by: int) -> tuple[int, int]:
    q, r = divmod(y * 12 + m - 1 + by, 12)
    return q, r + 1


def quarter(y: int, q: int) -> Interval:
    return months(y, 3 * (q - 1) + 1, 3)


def half(y: int, h: int) -> Interval:
    return months(y, 6 * (h - 1) + 1, 6)


def season(y: int, name: str) -> Interval:
    """The season of year y; the winter of y runs from December of y-1 to February of y."""
    start = SEASON_START[name]
    return months(y - 1, 12, 3) if start == 12 else months(y, start, 3)


def school_year(first: int) -> Interval:
    return dt.date(first, SCHOOL_YEAR_START, 1), last_day(first + 1, SCHOOL_YEAR_END)


def iso_week(y: int, w: int) -> Interval | None:
    """Monday to Sunday of ISO week w of year y; None where the year has no such week."""
    try:
        monday = dt.date.fromisocalendar(y, w, 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=6)


def week_of(day: dt.date) -> Interval:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def day(d: dt.date) -> Interval:
    return d, d


def bounded(interval: Interval, prep: str | None) -> Interval:
    """The interval a preposition makes of what follows it: `fra 2018` opens the end, `innen 2030`
    the start, `etter 2027` starts the day after, `før 2030` ends the day before."""
    lo, hi = interval
    p = _SPACES.sub(" ", (prep or "").lower())
    if p == "etter":
        return (hi + dt.timedelta(days=1) if hi else None), None
    if p == "før":
        return None, (lo - dt.timedelta(days=1) if lo else None)
    if p in OPEN_END:
        return lo, None
    if p in OPEN_START:
        return None, hi
    return lo, hi


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def easter(y: int) -> dt.date:
    """Easter Sunday of year y (Gregorian calendar; the anonymous algorithm of Meeus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day_ = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day_ + 1)


def holiday(y: int, first: str, days: int) -> Interval:
    """The days of a holiday in year y: `first` is MM-DD or `easter+N`/`easter-N` (days from Easter Sunday)."""
    if first.startswith("easter"):
        start = easter(y) + dt.timedelta(days=int(first[6:]))
    else:
        start = dt.date(y, int(first[:2]), int(first[3:]))
    return start, start + dt.timedelta(days=days - 1)


#: The thirds of a month (days 1–10, 11–20, 21–end) and of a year (January–April, May–August,
#: September–December) that `begynnelsen`, `midten` and `slutten av` name.
THIRD = {"begynnelsen": 0, "starten": 0, "tidlig": 0, "midten": 1, "midt": 1, "slutten": 2, "sent": 2}


def month_third(y: int, m: int, third: int) -> Interval:
    if third == 2:
        return dt.date(y, m, 21), last_day(y, m)
    return dt.date(y, m, 1 + 10 * third), dt.date(y, m, 10 + 10 * third)


def year_third(y: int, third: int) -> Interval:
    return months(y, 1 + 4 * third, 4)
