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
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.component import RuleComponent, write_group
from pipeline.dimensions.numbers import parse_number, word_number_pattern
from pipeline.document import DocDate, context_of, parse_date
from pipeline.lang.data import mapping
from pipeline.offsets import SpanSet, doc_text
from pipeline.schema import Time

YEAR = r"(?:19\d\d|20\d\d|2100)"
Y = rf"(?<![\d.,])(?P<y>{YEAR})(?![\d,]|\.\d)"
W = r"(?![\w])"
_SPACES = regex.compile(r"\s+")


@cache
def month_pattern() -> str:
    names = sorted(mapping("months.tsv"), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(n) + ("" if n.endswith(".") else W) for n in names) + ")"


def month_number(name: str) -> int:
    return int(mapping("months.tsv")[name.lower()])


#: Prepositions before a year and how they bound it.
OPEN_FROM = {"fra", "siden", "f.o.m.", "fra og med", "etter"}
OPEN_TO = {"frem til", "fram til", "til", "innen", "mot", "t.o.m.", "til og med", "før", "inntil", "opp til"}
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
        ("budget_compound", rf"(?<![\d]){Y}-(?:budsjett|statsbudsjett|tall|regnskap)\w*"),
        ("prep_year", rf"(?<![\w]){PREP}\s+(?:året\s+)?{Y}"),
        ("bare_year", rf"{Y}"),
        ("rel_last_year", r"(?<![\w])i\s+(?P<rel>fjor|forfjor)(?:\s+(?:høst|vår|sommer|vinter))?" + W),
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
        ("rel_season", r"(?<![\w])(?P<prep>i|til)\s+(?P<season>høst|vår|sommer|høsten|våren|sommeren)" + W),
        ("rel_month", r"(?<![\w])(?:i\s+)?(?P<which>neste|forrige|denne|sist(?:e)?)\s+måned(?:en)?" + W),
        ("rel_week", r"(?<![\w])(?:i\s+)?(?:(?P<which>neste|forrige|denne)\s+uke(?:n)?|uke\s+(?P<week>\d{1,2})"
                     r"(?:\s+(?P<y>" + YEAR + r"))?)" + W),
        ("rel_span", r"(?<![\w])i\s+løpet\s+av\s+(?P<n>" + NUM + r")\s+år" + W),
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


def bound(prep: str | None, year: int) -> tuple[int | None, int | None]:
    p = _SPACES.sub(" ", (prep or "").lower())
    if p in ("etter",):
        return year + 1, None
    if p in OPEN_FROM:
        return year, None
    if p == "før":
        return None, year - 1
    if p in OPEN_TO:
        return None, year
    return year, year


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


def interpret(name: str, m, base: dt.datetime | None, body: str) -> Time | None:
    """One rule match -> a Time mention (or None when it does not read as a time)."""
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    text = m.group(0)
    start, end = m.start(), m.end()
    doc_year = base.year if base else None
    prep = g.get("prep")
    if name in ("date_dmy", "date_num", "date_slash"):
        month = month_number(g["m"]) if g.get("m") else int(g["mn"])
        day = int(g["d"])
        resolved = True
        if year is None:
            if doc_year is None:
                return Time("time", start, end, text, None, None, None, resolved=False, relative=True)
            year = doc_year
            forward = _SPACES.sub(" ", (prep or "").lower()) in OPEN_TO | {"fra", "f.o.m.", "fra og med"}
            if forward and (month, day) < (base.month, base.day):
                year += 1  # "fra 1. januar" in an October budget text is next January
        try:
            date = dt.date(year, month, day).isoformat()
        except ValueError:
            parsed = _dateparser(m.group(0), base)
            if not parsed:
                return None
            date = parsed.date().isoformat()
        lo, hi = bound(prep, year)
        return Time("time", start, end, text, lo, hi, date, resolved=resolved, relative=g.get("y") is None)
    if name == "month_year":
        lo, hi = bound(prep, year)
        return Time("time", start, end, text, lo, hi, f"{year:04d}-{month_number(g['m']):02d}")
    if name == "season_year":
        lo, hi = bound(prep, year)
        return Time("time", start, end, text, lo, hi, None)
    if name == "range":
        y2 = g["y2"]
        year2 = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
        join = g["join"].lower()
        kw = (g.get("kw") or "").lower()
        if join == "og" and kw != "mellom":
            return None
        if join.startswith("til") and kw not in ("fra", "i perioden", "perioden"):
            return None
        if year2 < year or year2 - year > 50:
            return None
        return Time("time", start, end, text, year, year2, None)
    if name == "school_year":
        y2 = g["y2"]
        year2 = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
        return Time("time", start, end, text, year, year2, None) if year2 == year + 1 else None
    if name == "part_of_year" and year is not None:
        return Time("time", start, end, text, year, year, None)
    if name in ("budget", "budget_compound"):
        return Time("time", start, end, text, year, year, None)
    if name == "prep_year":
        if NOT_YEAR_AFTER.match(body, end):
            return None
        lo, hi = bound(prep, year)
        return Time("time", start, end, text, lo, hi, None)
    if name == "bare_year":
        if NOT_YEAR_AFTER.match(body, end):
            return None
        before = body[max(0, start - 20):start]
        after = body[end:end + 2]
        if not (BARE_YEAR_BEFORE.search(before) or after.startswith((":", ")", " –", " -"))):
            return None
        return Time("time", start, end, text, year, year, None)
    # relative expressions
    if doc_year is None:
        return Time("time", start, end, text, None, None, None, resolved=False, relative=True)
    if name == "rel_last_year":
        delta = 2 if g["rel"].lower() == "forfjor" else 1
        return Time("time", start, end, text, doc_year - delta, doc_year - delta, None, relative=True)
    if name == "rel_this_year":
        return Time("time", start, end, text, doc_year, doc_year, None, relative=True)
    if name == "rel_next_year":
        return Time("time", start, end, text, doc_year + 1, doc_year + 1, None, relative=True)
    if name == "rel_coming_years":
        n = _number(g.get("n"), 0)
        return Time("time", start, end, text, doc_year + 1, doc_year + n if n else None, None, relative=True)
    if name == "rel_past_years":
        n = _number(g.get("n"), 0)
        return Time("time", start, end, text, doc_year - n if n else None, doc_year, None, relative=True)
    if name == "rel_in":
        y = doc_year + _number(g.get("n"))
        return Time("time", start, end, text, y, y, None, relative=True)
    if name == "rel_ago":
        n = _number(g.get("n"))
        unit = g["unit"].lower()
        if unit == "år":
            return Time("time", start, end, text, doc_year - n, doc_year - n, None, relative=True)
        parsed = _dateparser(f"for {n} {unit} siden", base)
        if parsed is None:
            return None
        iso = parsed.date().isoformat()
        return Time("time", start, end, text, parsed.year, parsed.year, iso[:7], relative=True)
    if name == "rel_within":
        return Time("time", start, end, text, None, doc_year + _number(g.get("n")), None, relative=True)
    if name == "rel_term":
        first = term_start(base.date() if base else dt.date(doc_year, 7, 1))
        which = (g.get("which") or "").lower()
        if not which and not text.lower().endswith("perioden"):
            return None  # "en stortingsperiode": no particular one
        shift = {"neste": 4, "kommende": 4, "forrige": -4}.get(which, 0)
        return Time("time", start, end, text, first + shift, first + shift + 4, None, relative=True)
    if name == "rel_today":
        iso = base.date().isoformat() if base else None
        return Time("time", start, end, text, doc_year, doc_year, iso, relative=True)
    if name == "part_of_year":  # "i andre halvår": this year's
        return Time("time", start, end, text, doc_year, doc_year, None, relative=True)
    if name == "rel_season":
        return relative_season(g["prep"].lower(), g["season"].lower(), base, m)
    if name == "rel_month":
        shift = {"neste": 1, "forrige": -1, "sist": -1, "siste": -1}.get(g["which"].lower(), 0)
        months = base.year * 12 + base.month - 1 + shift
        y, mo = divmod(months, 12)
        return Time("time", start, end, text, y, y, f"{y:04d}-{mo + 1:02d}", relative=True)
    if name == "rel_week":
        if g.get("week"):
            y = int(g["y"]) if g.get("y") else doc_year
            return Time("time", start, end, text, y, y, None, relative=g.get("y") is None)
        shift = {"neste": 7, "forrige": -7}.get(g["which"].lower(), 0)
        y = (base + dt.timedelta(days=shift)).year
        return Time("time", start, end, text, y, y, None, relative=True)
    if name == "rel_span":  # "i løpet av tre år": from this year on
        n = _number(g.get("n"))
        return Time("time", start, end, text, doc_year, doc_year + n - 1, None, relative=True) if n >= 1 else None
    return None


#: The month a season starts in; "til våren" is the next spring from the document date.
SEASON_START = {"vår": 3, "våren": 3, "sommer": 6, "sommeren": 6, "høst": 9, "høsten": 9}


def relative_season(prep: str, season: str, base: dt.datetime, m) -> Time:
    """"i høst", "i vår": this year's; "til våren": the next one after the document date."""
    year = base.year
    if prep == "til" and SEASON_START[season] <= base.month:
        year += 1
    return Time("time", m.start(), m.end(), m.group(0), year, year, None, relative=True)


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
    return Time("time", m.start(), mention.end, text[m.start():mention.end], mention.from_, None, None,
                resolved=mention.resolved, relative=True)


def find_times(text: str, lo: int, hi: int, date: str | None, taken=()) -> list[Time]:
    """Every time expression in text[lo:hi]; rules earlier in the list win over later ones."""
    base = doc_datetime(date)
    found: list[Time] = []
    occupied = SpanSet((s.start, s.end) for s in taken)
    stretches = near_digits(text, lo, hi)
    for name, pattern in rules():
        for m in (m for a, b in (stretches if name in NEAR_DIGITS else [(lo, hi)])
                  for m in pattern.finditer(text, a, b)):
            if occupied.overlaps(m.start(), m.end()):
                continue
            mention = interpret(name, m, base, text)
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
