"""Years, periods and dates (dimension `time`); examples in tests/examples/time.tsv.

Each mention has inclusive integer years `from`/`to` (None where open) and an ISO `date` when a day
or month is known. Relative expressions (`i fjor`, `neste år`, `de neste årene`,
`for ni måneder siden`, `i dag`, `innen fem år`, `fra i år`, `i løpet av stortingsperioden`) resolve
against the document date; without one they carry
`resolved: false`. A four-digit number is a year only in a year context, so `1000 pasienter` and
`1600 kroner` are not years. Day/month dates and `for N måneder siden` go through dateparser.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.component import RuleComponent, write_group
from pipeline.dimensions import calendar as cal
from pipeline.dimensions.numbers import parse_number, word_number_pattern
from pipeline.document import DocDate, context_of, parse_date
from pipeline.lang.data import mapping
from pipeline.offsets import SpanSet, doc_text
from pipeline.schema import Time

YEAR = r"(?:19\d\d|20\d\d|2100)"
Y = rf"(?<![\d.,])(?P<y>{YEAR})(?!\d|[.,]\d)"
W = r"(?![\w])"
_SPACES = regex.compile(r"\s+")


@cache
def month_pattern() -> str:
    names = sorted(mapping("months.tsv"), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(n) + ("" if n.endswith(".") else W) for n in names) + ")"


def month_number(name: str) -> int:
    return int(mapping("months.tsv")[name.lower()])


PREP = (r"(?P<prep>fra\s+og\s+med|til\s+og\s+med|f\.o\.m\.|t\.o\.m\.|frem\s+til|fram\s+til|i\s+løpet\s+av|"
        r"fra|siden|etter|innen|inntil|mot|før|til|i|for|per|pr\.|gjennom|utover)")
NUM = rf"(?:\d+|{word_number_pattern()})"


@cache
def rules() -> list[tuple[str, regex.Pattern]]:
    month = month_pattern()
    flags = regex.IGNORECASE | regex.VERBOSE
    raw = [
        ("date_dmy", rf"(?:{PREP}\s+)?(?:den\s+)?(?P<d>\d{{1,2}})\.\s*(?P<m>{month})(?:\s+(?P<y>{YEAR}))?(?![\d])"),
        ("date_num", rf"(?:{PREP}\s+)?(?<![\d.])(?P<d>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?P<y>{YEAR})(?![\d])"),
        ("date_slash", rf"(?:{PREP}\s+)?(?<![\d/])(?P<d>\d{{1,2}})/(?P<mn>\d{{1,2}})/(?P<y>{YEAR})(?![\d/])"),
        ("month_year", rf"(?:{PREP}\s+)?(?<![\w])(?P<m>{month})\s+{Y}"),
        ("season_year", rf"(?:{PREP}\s+)?(?<![\w])(?P<season>høsten|våren|sommeren|vinteren|julen|nyttår)\s+{Y}"),
        ("school_year", rf"(?:(?P<kind>skoleåret|studieåret|barnehageåret|budsjettåret|regnskapsåret|sesongen)\s+)?"
                        rf"(?<![\d.,/])(?P<y>{YEAR})/(?P<y2>{YEAR}|\d\d)(?![\d/])"),
        ("range", rf"(?:(?P<kw>fra|mellom|i\s+perioden|perioden)\s+)?(?<![\d.,])(?P<y>{YEAR})\s*"
                  rf"(?P<join>[–—-]|til\s+og\s+med|til|og)\s*(?P<y2>{YEAR}|\d\d)(?![\d])"),
        ("budget", rf"(?<![\w])(?:(?:stats|nasjonal)?budsjett(?:et)?|RNB|revidert\s+nasjonalbudsjett|budsjettåret|regnskapsåret|statsregnskapet)(?:\s*\(RNB\))?\s+(?:for\s+)?{Y}"),
        ("budget_compound", rf"(?<![\d]){Y}-(?:budsjett|statsbudsjett|tall|regnskap|nivå)\w*"),
        ("prep_year", rf"(?<![\w]){PREP}\s+(?:året\s+)?{Y}"),
        ("bare_year", rf"{Y}"),
        ("rel_last_year", r"(?<![\w])i\s+(?P<rel>fjor|forfjor)(?:\s+(?P<season>høst|vår|sommer|vinter))?" + W),
        ("rel_this_year", r"(?<![\w])(?:i\s+år|dette\s+året|inneværende\s+år)" + W),
        ("rel_next_year", r"(?<![\w])(?:(?:til|i)\s+)?neste\s+års?" + W),
        ("rel_coming_years", r"(?<![\w])(?:de|i\s+de)\s+(?:neste|kommende|nærmeste)\s+(?:(?P<n>" + NUM + r")\s+)?årene" + W),
        ("rel_past_years", r"(?<![\w])(?:de|i\s+de)\s+(?:siste|foregående)\s+(?:(?P<n>" + NUM + r")\s+)?årene" + W),
        ("rel_ago", r"(?<![\w])for\s+(?P<n>" + NUM + r")\s+(?P<unit>år|måneder|måned|uker|uke|dager|dag)\s+siden" + W),
        ("rel_in", r"(?<![\w])om\s+(?P<n>" + NUM + r")\s+år" + W),
        ("rel_within", r"(?<![\w])innen\s+(?P<n>" + NUM + r")\s+år" + W),
        ("rel_term", r"(?<![\w])(?:i\s+løpet\s+av\s+|i\s+)?(?:(?P<which>denne|neste|forrige|kommende)\s+)?"
                     r"stortingsperioden?" + W),
        ("rel_today", r"(?<![\w])i\s+dag" + W),
        ("part_of_year", r"(?<![\w])(?:i\s+)?(?:det\s+|den\s+)?(?P<ord>første|andre|annet|tredje|fjerde|[1-4]\.)\s+"
                         r"(?P<part>kvartal|halvår)(?:et)?(?:\s+(?:i\s+)?(?P<y>" + YEAR + r"))?" + W),
        ("rel_season", r"(?<![\w])(?P<prep>i|til)\s+(?P<season>høst|vår|sommer|vinter|høsten|våren|sommeren|vinteren)" + W),
        ("rel_month", r"(?<![\w])(?:i\s+)?(?P<which>neste|forrige|denne|sist(?:e)?)\s+måned(?:en)?" + W),
        ("rel_week", r"(?<![\w])(?:i\s+)?(?:(?P<which>neste|forrige|denne)\s+uke(?:n)?|uke\s+(?P<week>\d{1,2})"
                     r"(?:\s+(?P<y>" + YEAR + r"))?)" + W),
        ("rel_span", r"(?<![\w])(?:i\s+løpet\s+av|i|over)\s+(?:de\s+)?(?P<n>" + NUM + r")\s+(?:(?:neste|kommende)\s+)?år(?:ene)?(?!\w|\s+gam(?:mel|le)\b)"),
        ("rel_revised", r"(?<![\w])(?:i\s+)?(?:det\s+)?revidert(?:e)?\s+(?:nasjonal|stats)?budsjett(?:et)?" + W),
    ]
    # every match starts at a word start: saying so first lets the engine skip most positions
    # without trying the alternations of the optional preposition (twice as fast)
    return [(name, regex.compile(r"(?<![\w])" + (bounded(pat) if name in NEAR_DIGITS else pat), flags))
            for name, pat in raw]


#: Rules whose every match holds a digit and lies within NEAR_BACK characters before and NEAR_AHEAD
#: after the digits it holds: they are tried only in the stretches of text around digits.
NEAR_DIGITS = frozenset({"date_dmy", "date_num", "date_slash", "month_year", "season_year", "school_year", "range",
                         "budget", "prep_year"})
NEAR_BACK, NEAR_AHEAD = 100, 40
DIGITS = regex.compile(r"\d+")


def bounded(pattern: str) -> str:
    """Whitespace between the words of an expression bounded to 10 characters, so a match's reach
    from its digits is bounded too (NEAR_BACK: a three-word preposition, `den` or `året`, a month)."""
    return pattern.replace(r"\s+", r"\s{1,10}").replace(r"\s*", r"\s{0,10}")


def near_digits(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The stretches of text[lo:hi] within reach of a digit (see NEAR_DIGITS), merged, in order."""
    out: list[tuple[int, int]] = []
    for m in DIGITS.finditer(text, lo, hi):
        start, end = max(lo, m.start() - NEAR_BACK), min(hi, m.end() + NEAR_AHEAD)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _number(text: str | None, default: int = 1) -> int:
    if not text:
        return default
    value = parse_number(text)
    return int(value) if value is not None else default


def _dateparser(text: str, base: dt.datetime | None) -> dt.datetime | None:
    import dateparser  # slow import, only when a date needs it

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = base
    try:
        return dateparser.parse(text, languages=["nb"], settings=settings)
    except Exception:  # dateparser raises many kinds of errors on odd input
        return None


def doc_datetime(date: DocDate | str | None) -> dt.datetime | None:
    """Midnight of the day that stands for the document date (DocDate.anchor)."""
    if not date:
        return None
    day = date if isinstance(date, DocDate) else parse_date(date)
    return dt.datetime.combine(day.anchor, dt.time())


BARE_YEAR_BEFORE = regex.compile(r"(?:^|[\n(«\"]|[.:!?]\s+|,\s*|\b(?:og|eller|år(?:et)?|budsjett\w*|RNB)\s+)$",
                                 regex.IGNORECASE)
NOT_YEAR_AFTER = regex.compile(r"\s*(?:[%‰]|kr\b|kroner|\w+er\b|\w+ere\b|\w+ene\b|mill|mrd|milliard|million|tusen|"
                               r"personer|prosent|pasient)", regex.IGNORECASE)


def interval_time(start: int, end: int, text: str, interval: cal.Interval, grain: str, **kw) -> Time:
    """A Time mention covering an interval of days; its years are those of the interval's ends."""
    lo, hi = interval
    return Time("time", start, end, text, lo.year if lo else None, hi.year if hi else None, kw.pop("date", None),
                grain=grain, from_date=cal.iso(lo), to_date=cal.iso(hi), **kw)


def time_value(t: Time, interval: cal.Interval, grain: str) -> Time:
    """The same mention read as another interval (a change pair's "fra" year, a comparison's span)."""
    return interval_time(t.start, t.end, t.text, interval, grain, date=t.date, resolved=t.resolved,
                         relative=t.relative)


class Found:
    """One rule match being read: its span, groups and the document date it resolves against."""

    def __init__(self, m, day: DocDate | None):
        self.m, self.g, self.day = m, m.groupdict(), day
        self.base = doc_datetime(day)

    def time(self, interval: cal.Interval, grain: str, date: str | None = None, relative: bool = False) -> Time:
        return interval_time(self.m.start(), self.m.end(), self.m.group(0), interval, grain, date=date,
                             relative=relative)

    def unresolved(self) -> Time:
        return Time("time", self.m.start(), self.m.end(), self.m.group(0), None, None, None, resolved=False,
                    relative=True)

    def knows(self, grain: str) -> bool:
        """Whether the document date is known to a grain (`neste måned` needs the month)."""
        order = ("year", "month", "day")
        return self.day is not None and order.index(self.day.grain) >= order.index(grain)


#: Ordinals of quarters and halves.
ORDINAL = {"første": 1, "1.": 1, "andre": 2, "annet": 2, "2.": 2, "tredje": 3, "3.": 3, "fjerde": 4, "4.": 4}
#: Season words as the calendar names them.
SEASON = {"vår": "vår", "våren": "vår", "sommer": "sommer", "sommeren": "sommer", "høst": "høst", "høsten": "høst",
          "vinter": "vinter", "vinteren": "vinter"}


def second_year(first: int, text: str) -> int:
    """`2023/24` and `2020–24`: a two-digit second year is in the century of the first."""
    return int(text) if len(text) == 4 else (first // 100) * 100 + int(text)


def interpret(name: str, m, day: DocDate | None, body: str) -> Time | None:
    """One rule match -> a Time mention (or None when it does not read as a time)."""
    f = Found(m, day)
    g = f.g
    year = int(g["y"]) if g.get("y") else None
    prep = g.get("prep")
    if name in ("date_dmy", "date_num", "date_slash"):
        return calendar_date(f, year, prep)
    if name == "month_year":
        mo = month_number(g["m"])
        return f.time(cal.bounded(cal.month(year, mo), prep), "month", f"{year:04d}-{mo:02d}")
    if name == "season_year":
        word = g["season"].lower()
        if word == "julen":
            return f.time(cal.bounded((dt.date(year, 12, 24), dt.date(year, 12, 26)), prep), "day")
        if word == "nyttår":
            return f.time(cal.bounded(cal.day(dt.date(year, 1, 1)), prep), "day")
        return f.time(cal.bounded(cal.season(year, SEASON[word]), prep), "month")
    if name == "range":
        year2 = second_year(year, g["y2"])
        join = g["join"].lower()
        kw = (g.get("kw") or "").lower()
        if join == "og" and kw != "mellom":
            return None
        if join.startswith("til") and kw not in ("fra", "i perioden", "perioden"):
            return None
        if year2 < year or year2 - year > 50:
            return None
        return f.time(cal.years(year, year2), "year")
    if name == "school_year":
        year2 = second_year(year, g["y2"])
        return f.time(cal.school_year(year), "year") if year2 == year + 1 else None
    if name == "part_of_year" and year is not None:
        return part_of_year(f, year)
    if name in ("budget", "budget_compound"):
        return f.time(cal.year(year), "year")
    if name == "prep_year":
        if NOT_YEAR_AFTER.match(body, m.end()):
            return None
        return f.time(cal.bounded(cal.year(year), prep), "year")
    if name == "bare_year":
        if NOT_YEAR_AFTER.match(body, m.end()):
            return None
        before = body[max(0, m.start() - 20):m.start()]
        after = body[m.end():m.end() + 2]
        if not (BARE_YEAR_BEFORE.search(before) or after.startswith((":", ")", " –", " -"))):
            return None
        return f.time(cal.year(year), "year")
    if f.base is None:
        return f.unresolved()
    return relative(name, f)


def calendar_date(f: Found, year: int | None, prep: str | None) -> Time | None:
    """`3. mars 2015`, `03.03.2015`, `3/3/2015`, `1. mai` (the document's year; `fra 1. januar` in an
    October text is next January)."""
    g, base = f.g, f.base
    month = month_number(g["m"]) if g.get("m") else int(g["mn"])
    day = int(g["d"])
    if year is None:
        if base is None:
            return f.unresolved()
        year = base.year
        forward = _SPACES.sub(" ", (prep or "").lower()) in cal.OPEN_START | {"fra", "f.o.m.", "fra og med"}
        if forward and (month, day) < (base.month, base.day):
            year += 1
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None  # 31. februar: no such day
    return f.time(cal.bounded(cal.day(date), prep), "day", date.isoformat(), relative=g.get("y") is None)


def part_of_year(f: Found, year: int) -> Time | None:
    n = ORDINAL.get(f.g["ord"].lower())
    if f.g["part"].lower().startswith("kvartal"):
        return f.time(cal.quarter(year, n), "quarter", relative=f.g.get("y") is None)
    return f.time(cal.half(year, n), "half", relative=f.g.get("y") is None) if n in (1, 2) else None


def relative(name: str, f: Found) -> Time | None:
    """Expressions that resolve against the document date (which is known, at least its year)."""
    g, base = f.g, f.base
    doc_year = base.year
    if name == "rel_last_year":
        y = doc_year - (2 if g["rel"].lower() == "forfjor" else 1)
        if g.get("season"):
            return f.time(cal.season(y, SEASON[g["season"].lower()]), "month", relative=True)
        return f.time(cal.year(y), "year", relative=True)
    if name == "rel_this_year":
        return f.time(cal.year(doc_year), "year", relative=True)
    if name == "rel_next_year":
        return f.time(cal.year(doc_year + 1), "year", relative=True)
    if name == "rel_coming_years":
        n = _number(g.get("n"), 0)
        interval = cal.years(doc_year + 1, doc_year + n) if n else (dt.date(doc_year + 1, 1, 1), None)
        return f.time(interval, "year", relative=True)
    if name == "rel_past_years":
        n = _number(g.get("n"), 0)
        interval = cal.years(doc_year - n, doc_year) if n else (None, dt.date(doc_year, 12, 31))
        return f.time(interval, "year", relative=True)
    if name == "rel_in":
        return f.time(cal.year(doc_year + _number(g.get("n"))), "year", relative=True)
    if name == "rel_ago":
        return ago(f, _number(g.get("n")), g["unit"].lower())
    if name == "rel_within":
        return f.time((None, dt.date(doc_year + _number(g.get("n")), 12, 31)), "year", relative=True)
    if name == "rel_term":
        first = term_start(base.date())
        which = (g.get("which") or "").lower()
        if not which and not f.m.group(0).lower().endswith("perioden"):
            return None  # "en stortingsperiode": no particular one
        first += {"neste": 4, "kommende": 4, "forrige": -4}.get(which, 0)
        return f.time((dt.date(first, 10, 1), dt.date(first + 4, 9, 30)), "year", relative=True)
    if name == "rel_today":
        if not f.knows("day"):
            return f.unresolved()
        return f.time(cal.day(base.date()), "day", base.date().isoformat(), relative=True)
    if name == "part_of_year":  # "i andre halvår": this year's
        return part_of_year(f, doc_year)
    if name == "rel_season":
        return relative_season(f, g["prep"].lower(), SEASON[g["season"].lower()])
    if name == "rel_month":
        if not f.knows("month"):
            return f.unresolved()
        shift = {"neste": 1, "forrige": -1, "sist": -1, "siste": -1}.get(g["which"].lower(), 0)
        y, mo = cal.shift_month(base.year, base.month, shift)
        return f.time(cal.month(y, mo), "month", f"{y:04d}-{mo:02d}", relative=True)
    if name == "rel_week":
        if g.get("week"):
            interval = cal.iso_week(int(g["y"]) if g.get("y") else doc_year, int(g["week"]))
            return f.time(interval, "week", relative=g.get("y") is None) if interval else None
        if not f.knows("day"):
            return f.unresolved()
        shift = {"neste": 7, "forrige": -7}.get(g["which"].lower(), 0)
        return f.time(cal.week_of(base.date() + dt.timedelta(days=shift)), "week", relative=True)
    if name == "rel_revised":  # a revised budget without a year is this year's
        return f.time(cal.year(doc_year), "year", relative=True)
    if name == "rel_span":  # "i løpet av tre år", "over fem år", "i tre år": from this year on
        n = _number(g.get("n"))
        return f.time(cal.years(doc_year, doc_year + n - 1), "year", relative=True) if n >= 1 else None
    return None


def ago(f: Found, n: int, unit: str) -> Time:
    """`for to år siden`, `for tre måneder siden`, `for en uke siden`, `for fem dager siden`."""
    today = f.base.date()
    if unit == "år":
        return f.time(cal.year(today.year - n), "year", relative=True)
    if unit.startswith("måned"):
        if not f.knows("month"):
            return f.unresolved()
        y, mo = cal.shift_month(today.year, today.month, -n)
        return f.time(cal.month(y, mo), "month", f"{y:04d}-{mo:02d}", relative=True)
    if not f.knows("day"):
        return f.unresolved()
    if unit.startswith("uke"):
        return f.time(cal.week_of(today - dt.timedelta(weeks=n)), "week", relative=True)
    then = today - dt.timedelta(days=n)
    return f.time(cal.day(then), "day", then.isoformat(), relative=True)


def relative_season(f: Found, prep: str, season: str) -> Time:
    """`i høst`, `i vår`: this year's; `til våren`: the next one after the document date; `i vinter`:
    the winter just passed in the first half of the year, else the coming one."""
    base = f.base
    year = base.year
    if season == "vinter":
        year = base.year if base.month <= 6 else base.year + 1
    elif prep == "til" and cal.SEASON_START[season] <= base.month:
        year += 1
    return f.time(cal.season(year, season), "month", relative=True)


#: Storting elections are held every four years in September (2021, 2025, …); a term runs from
#: October of an election year to September four years later (inclusive years: 2021–2025).
def term_start(day: dt.date) -> int:
    """First year of the Storting term that holds a day."""
    year = day.year - (day.year - 2021) % 4
    if year == day.year and day.month < 10:
        year -= 4
    return year


OPEN_FROM_BEFORE = regex.compile(r"(?<![\w])(?:fra\s+og\s+med|fra|f\.o\.m\.)\s+$", regex.IGNORECASE)


def open_from(mention: Time, text: str, lo: int) -> Time:
    """`fra i år`, `fra neste år`: a relative year after `fra` opens the period."""
    m = OPEN_FROM_BEFORE.search(text, max(lo, mention.start - 12), mention.start)
    if not mention.relative or m is None or mention.from_ is None or mention.date is not None:
        return mention
    return replace(mention, start=m.start(), text=text[m.start():mention.end], to=None, to_date=None)


def find_times(text: str, lo: int, hi: int, date: DocDate | str | None, taken=()) -> list[Time]:
    """Every time expression in text[lo:hi]; rules earlier in the list win over later ones."""
    day = parse_date(date) if isinstance(date, str) else date
    found: list[Time] = []
    occupied = SpanSet((s.start, s.end) for s in taken)
    stretches = near_digits(text, lo, hi)
    for name, pattern in rules():
        for m in (m for a, b in (stretches if name in NEAR_DIGITS else [(lo, hi)])
                  for m in pattern.finditer(text, a, b)):
            if occupied.overlaps(m.start(), m.end()):
                continue
            mention = interpret(name, m, day, text)
            if mention is None:
                continue
            mention = open_from(mention, text, lo)
            found.append(mention)
            occupied.add(mention.start, mention.end)
    found.sort(key=lambda t: t.start)
    return found


@Language.factory("claims_time")
class TimeStage(RuleComponent):
    """Years, periods and dates resolved against the document date: `doc._.time`, span group "time"."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc)
        doc._.time = find_times(doc_text(doc), ctx.body_start, len(doc_text(doc)), ctx.date, taken=doc._.money or [])
        write_group(doc, "time")
        return doc
