"""Years, periods and dates (dimension `time`); examples in tests/examples/time.tsv and time_values.tsv.

Each mention is an interval of days with its grain (`grain`, inclusive ISO `from_date`/`to_date`, None
where open; dimensions/calendar.py, docs/time-values.md), the years of its ends (`from_`/`to`) and an
ISO `date` when the text states a day or month. Relative expressions (`i fjor`, `neste år`, `de neste
årene`, `for ni måneder siden`, `i dag`, `innen fem år`, `fra i år`, `i løpet av stortingsperioden`)
resolve against the document date; where it is missing or too coarse they carry `resolved: false`. A
four-digit number is a year only in a year context, so `1000 pasienter` and `1600 kroner` are not years.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import replace
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.claims.budget_year import budget_year
from pipeline.component import RuleComponent, write_group
from pipeline.dimensions import calendar as cal
from pipeline.dimensions.numbers import parse_number, word_number_pattern
from pipeline.dimensions.tense import past_tense
from pipeline.document import DocDate, context_of, parse_date
from pipeline.lang.data import mapping, table, word_list
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


PREP = (r"(?P<prep>fra\s+og\s+med|til\s+og\s+med|f\.o\.m\.|t\.o\.m\.|frem\s+til|fram\s+til|frem\s+mot|fram\s+mot|"
        r"i\s+løpet\s+av|senest\s+i|tidligst\s+i|gjennom\s+hele|"
        r"fra|siden|etter|innen|inntil|mot|før|til|i|for|per|pr\.|gjennom|utover)")
#: Before a year, `ut` closes a period ("finansiert ut 2025"); before a season or a date it is a particle.
PREP_YEAR = PREP[:-1] + "|ut)"
#: The prepositions that bound a period (not `i`, `for`): "fra og med 2016-budsjettet".
BOUND_PREP = (r"(?P<prep>fra\s+og\s+med|til\s+og\s+med|f\.o\.m\.|t\.o\.m\.|frem\s+til|fram\s+til|fra|siden|etter|"
              r"innen|før)")
BOUND_PREP_BEFORE = regex.compile(rf"(?<![\w]){BOUND_PREP}\s+$", regex.IGNORECASE)
#: A school year is not ended by `til` ("opptaket til barnehageåret 2025/2026").
SCHOOL_PREP = r"(?P<prep>fra\s+og\s+med|til\s+og\s+med|fra|siden|etter|innen|før|i|gjennom)"
#: Prepositions a month name without a year needs to read as a time ("i mars", "fra februar").
MONTH_PREP = (r"(?P<prep>fra\s+og\s+med|til\s+og\s+med|frem\s+til|fram\s+til|i\s+løpet\s+av|fra|siden|etter|innen|"
              r"før|til|i|gjennom|ut)")
NUM = rf"(?:\d+|{word_number_pattern()})"
#: A count of time units: a number, or the article `et` ("for et år siden"), with `halvt` for half
#: a unit ("om et halvt år").
UNITS_NUM = rf"(?:(?P<n>{NUM}|et)(?:\s+(?P<halvt>halvt))?)"


@cache
def full_month_pattern() -> str:
    names = sorted((n for n in mapping("months.tsv") if not n.endswith(".")), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(n) for n in names) + ")" + W


@cache
def weekday_pattern() -> str:
    return "(?:" + "|".join(sorted(word_list("weekdays.txt"))) + ")"


@cache
def holidays() -> dict[str, tuple[str, int]]:
    """Holiday name (lowercase, single spaces) -> (first day as MM-DD or easter±N, number of days)."""
    return {row[0].lower(): (row[1], int(row[2])) for row in table("holidays.tsv")}


@cache
def holiday_pattern() -> str:
    names = sorted(holidays(), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names) + ")"


@cache
def _holiday_regex() -> regex.Pattern:
    return regex.compile(rf"(?<![\w]){holiday_pattern()}(?![\w])", regex.IGNORECASE)


def names_holiday(text: str) -> bool:
    """Whether a time's text names a holiday (`før jul`, `etter påske`)."""
    return _holiday_regex().search(text) is not None


@cache
def rules() -> list[tuple[str, regex.Pattern]]:
    month = month_pattern()
    full_month = full_month_pattern()
    weekday = weekday_pattern()
    holiday = holiday_pattern()
    flags = regex.IGNORECASE | regex.VERBOSE
    raw = [
        ("turn", rf"(?P<tprep>ved|innen|frem\s+mot|fram\s+mot|etter|rundt|før)\s+(?:(?P<which>forrige|neste)\s+)?"
                 rf"års(?:skiftet|skifte)(?:\s+(?P<y>{YEAR})/(?P<y2>{YEAR}|\d\d))?" + W),
        ("year_end", rf"(?P<tprep>ved|innen|før|frem\s+mot|fram\s+mot)\s+utgangen\s+av\s+(?:(?P<y>{YEAR})|"
                     rf"(?P<which>året|dette\s+året|neste\s+år|i\s+år))" + W),
        ("last_day", rf"(?:den\s+)?siste\s+(?P<unit>dag|uke)(?:en|n)?\s+i\s+(?:(?P<which>forrige|neste|denne)\s+)?"
                     rf"(?:(?P<period>måneden|måned|året)|(?P<m>{full_month})(?:\s+(?P<y>{YEAR}))?)" + W),
        ("holiday", rf"(?:(?P<prep>fra\s+og\s+med|til\s+og\s+med|frem\s+til|fram\s+til|på|i|før|etter|fra|til|"
                    rf"innen|siden|gjennom|over|rundt)\s+)?(?P<hol>{holiday})"
                    rf"(?:\s+(?P<y>{YEAR}))?" + W),
        ("part_of", rf"(?:(?P<prep>i|ved|på|fra|innen|før|etter|mot|til)\s+)?(?:(?P<pos>begynnelsen|starten|midten|"
                    rf"slutten|utgangen)\s+(?:av|på)|(?P<adv>tidlig|sent|midt)\s+i)\s+(?:(?P<m>{full_month})"
                    rf"(?:\s+(?P<y>{YEAR}))?|(?P<y2>{YEAR})(?![\d-])|(?P<rel>året|måneden|neste\s+år|i\s+fjor|i\s+år|fjor|år|"
                    rf"dette\s+året|neste\s+måned|forrige\s+måned))" + W),
        ("date_span", rf"(?:(?P<kind>avtaleåret)\s+|(?P<kw>fra)\s+)?(?<![\d.])(?P<d>\d{{1,2}})\.\s*(?P<m>{full_month})\s+(?P<y>{YEAR})"
                      rf"\s*(?:[–-]|til(?:\s+og\s+med)?)\s*(?P<d2>\d{{1,2}})\.\s*(?P<m2>{full_month})\s+(?P<y2>{YEAR})(?![\d])"),
        ("day_range", rf"(?:(?P<kw>fra|mellom)\s+)?(?<![\d.])(?P<d>\d{{1,2}})\.\s*(?P<join>[–-]|til\s+og\s+med|til|og)"
                      rf"\s*(?P<d2>\d{{1,2}})\.\s*(?P<m>{full_month})(?:\s+(?P<y>{YEAR}))?(?![\d])"),
        ("date_iso", rf"(?:{PREP}\s+)?(?<![\d-])(?P<y>{YEAR})-(?P<mn>\d\d)-(?P<d>\d\d)(?![\d-])"),
        ("date_dmy", rf"(?:{PREP}\s+)?(?:(?P<wd>{weekday})\s+)?(?:den\s+)?(?P<d>\d{{1,2}})\.\s*(?P<m>{month})"
                     rf"(?:\s+(?P<y>{YEAR}))?(?![\d])"),
        ("date_num", rf"(?:{PREP}\s+)?(?:(?P<wd>{weekday})\s+)?(?<![\d.])(?P<d>\d{{1,2}})\.(?P<mn>\d{{1,2}})\."
                     rf"(?P<y>{YEAR}|\d\d)(?![\d])"),
        ("date_num_day", rf"(?:{PREP}\s+)?(?:(?P<wd>{weekday})\s+)?(?<![\d.])(?P<d>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?![\d])"),
        ("date_slash", rf"(?:{PREP}\s+)?(?<![\d/])(?P<d>\d{{1,2}})/(?P<mn>\d{{1,2}})(?:/(?P<y>{YEAR}))?(?![\d/])"),
        ("weekday", rf"(?:(?P<prep>natt\s+til|på|innen|til|fra|før|etter|senest|siden)\s+)?(?:(?P<which>neste|forrige|sist|"
                    rf"førstkommende|kommende|denne)\s+)?(?P<wd>{weekday})(?:en)?(?:\s+(?P<after>sist|neste|kveld|"
                    rf"morgen|formiddag|ettermiddag|natt))?" + W),
        ("quarter_code", rf"(?:i\s+)?Q(?P<q>[1-4])\s+(?P<y>{YEAR})(?![\d])"),
        ("month_year", rf"(?:{PREP}\s+)?(?<![\w])(?P<m>{month})\s+{Y}"),
        ("season_year", rf"(?:{PREP}\s+)?(?<![\w])(?P<season>høsten|våren|sommeren|vinteren|julen|nyttår)\s+{Y}"
                        rf"(?:/(?P<y2>{YEAR}|\d\d)(?![\d/]))?"),
        ("school_year", rf"(?:{SCHOOL_PREP}\s+)?(?:(?P<kind>skoleåret|studieåret|barnehageåret|budsjettåret|regnskapsåret|"
                        rf"sesongen|avtaleåret)\s+)?(?<![\d.,/])(?P<y>{YEAR})(?P<sep>/|[–-])(?P<y2>{YEAR}|\d\d)(?![\d/])"),
        ("range", rf"(?:(?P<kw>fra\s+og\s+med|fra|mellom|(?:i\s+)?(?:\w*perioden|årene)(?:\s+fra)?|i)\s+)?(?<![\d.,])"
                  rf"(?:(?<=\bfordelt\s+(?:på|over|mellom)\s+)(?P<spread>))?"
                  rf"(?P<y>{YEAR})\s*(?P<join>[–—-]|til\s+og\s+med|til|og)\s*(?P<y2>{YEAR}|\d\d)(?:-perioden)?(?![\d])"),
        ("budget", rf"(?<![\w])(?:(?:års|stats|nasjonal|kommune|fylkes|drifts|investerings)?budsjett(?:et)?|RNB|revidert\s+nasjonalbudsjett|budsjettåret|regnskapsåret|statsregnskapet)(?:\s*\(RNB\))?\s+(?:for\s+)?{Y}"),
        ("budget_compound", rf"(?<![\d]){Y}-(?:budsjett|statsbudsjett|tall|regnskap|nivå|årene\b)\w*"),
        ("prep_year", rf"(?<![\w]){PREP_YEAR}\s+(?:år(?:et)?\s+)?{Y}"),
        ("bare_year", rf"{Y}"),
        ("part_of_year", r"(?<![\w])(?:(?:i\s+løpet\s+av|i)\s+)?(?:det\s+|den\s+)?(?P<ord>første|andre|annet|tredje|fjerde|"
                         r"siste|[1-4]\.)\s+(?P<part>kvartal|halvår|halvdel(?:en)?\s+av)(?:et)?(?:\s+(?:i\s+|av\s+)?"
                         r"(?:(?P<y>" + YEAR + r")|(?P<rely>i\s+fjor|i\s+år|neste\s+år|året|fjor)))?" + W),
        ("rel_day", r"(?<![\w])i\s+(?P<rel>går|morgen|forgårs|overmorgen)(?:\s+(?:kveld|morges|formiddag|ettermiddag|"
                    r"natt|tidlig))?" + W),
        ("rel_daypart", r"(?<![\w])i\s+(?:kveld|natt|morges|formiddag|ettermiddag)" + W),
        ("rel_last_year", r"(?<![\w])i\s+(?P<rel>fjor|forfjor)(?:\s+(?P<season>høst|vår|sommer|vinter))?" + W),
        ("rel_this_year", r"(?<![\w])(?:i\s+år|dette\s+året|inneværende\s+år)" + W),
        ("rel_next_year", r"(?<![\w])(?:(?:til|i)\s+)?(?:neste\s+års?|(?:det\s+)?kommende\s+år(?:et)?)" + W),
        ("rel_coming_years", r"(?<![\w])(?:(?:i\s+løpet\s+av|over|gjennom)\s+)?(?:de|i\s+de)\s+(?:(?:neste|kommende|nærmeste)"
                             r"\s+(?:(?P<n>" + NUM + r")\s+)?|(?P<n2>" + NUM + r")\s+(?:neste|kommende|nærmeste)\s+)årene" + W),
        ("rel_years_ahead", r"(?<![\w])i\s+årene\s+(?:som\s+kommer|framover|fremover)" + W),
        ("rel_past_years", r"(?<![\w])(?:de|i\s+de)\s+(?:siste|foregående)\s+(?:(?P<n>" + NUM + r")\s+)?årene" + W),
        ("rel_ago", r"(?<![\w])for\s+" + UNITS_NUM + r"\s+(?P<unit>år|måneder|måned|uker|uke|dager|dag)\s+siden" + W),
        ("rel_from_now", r"(?<![\w])" + UNITS_NUM + r"\s+(?P<unit>år|måneder|måned|uker|uke|dager|dag)\s+fra\s+"
                         r"(?:i\s+dag|nå)" + W),
        ("rel_in", r"(?<![\w])om\s+" + UNITS_NUM + r"\s+(?P<unit>år|måneder|måned|uker|uke|dager|dag)" + W),
        ("rel_within", r"(?<![\w])innen\s+(?P<n>" + NUM + r")\s+år" + W),
        ("rel_term", r"(?<![\w])(?:i\s+løpet\s+av\s+|i\s+)?(?:(?P<which>denne|neste|forrige|kommende)\s+)?"
                     r"stortingsperioden?" + W),
        ("rel_local_term", r"(?<![\w])(?:i\s+løpet\s+av\s+|i\s+)?(?:(?P<which>denne|neste|forrige|kommende)\s+)?"
                           r"(?:bystyre|kommunestyre|fylkestings)perioden?" + W),
        ("rel_agreement_year", r"(?<![\w])(?:i\s+|for\s+)?(?:(?P<which>inneværende|neste|kommende)\s+)?avtaleår(?:et)?"
                               r"(?!\s*(?:\d|[1-3]?\d\.))" + W),
        ("rel_today", r"(?<![\w])i\s+dag" + W),
        ("rel_quarter", r"(?<![\w])(?:i\s+)?(?P<which>forrige|neste|dette|inneværende)\s+kvartal(?:et)?" + W),
        ("rel_season", r"(?<![\w])(?:(?P<prep>i|til)\s+|(?P<bprep>innen|før|etter|fra|siden|i\s+løpet\s+av|gjennom|mot|"
                       r"utover)\s+(?=\w+en\b)|(?P<which>neste|denne|forrige|kommende)\s+)"
                       r"(?P<season>høst|vår|sommer|vinter|høsten|våren|sommeren|vinteren)" + W),
        ("rel_school_year", r"(?<![\w])(?:i\s+)?(?P<which>neste|dette|forrige|inneværende|kommende)\s+skoleår(?:et)?" + W),
        ("rel_month", r"(?<![\w])(?:i\s+løpet\s+av\s+|i\s+|den\s+)?(?P<which>neste|forrige|denne|kommende|sist(?:e)?)\s+"
                      r"måned(?:en)?" + W),
        ("rel_months", r"(?<![\w])(?:(?:i\s+løpet\s+av|over)\s+)?(?:de|i\s+de)\s+(?:(?:neste|kommende)\s+(?:(?P<n>" + NUM
                       + r")\s+)?|(?P<n2>" + NUM + r")\s+(?:neste|kommende)\s+)månedene" + W),
        ("rel_week", r"(?<![\w])(?:i\s+)?(?:(?P<which>neste|forrige|denne|kommende)\s+uke(?:n)?|uke\s+(?P<week>\d{1,2})"
                     r"(?:\s+(?P<y>" + YEAR + r"))?)" + W),
        ("rel_span", r"(?<![\w])(?:i\s+løpet\s+av|i|over|over\s+en\s+periode\s+på|(?<=(?:fordelt|spredt|fordeles)\s+)på)\s+"
                     r"(?P<n>" + NUM + r")\s+"
                     r"(?P<unit>år|måneder)(?!\w|\s+gam(?:mel|le)\b)"),
        ("rel_revised", r"(?<![\w])(?:i\s+)?(?:det\s+)?revidert(?:e)?\s+(?:nasjonal|stats)?budsjett(?:et)?" + W),
        ("rel_budget", r"(?<![\w])(?:i\s+)?(?P<which>årets|fjorårets|inneværende\s+års)\s+"
                       r"(?:kommune|fylkes|drifts)?budsjett(?:et)?" + W),
        ("month_alone", rf"(?<![\w]){MONTH_PREP}\s+(?P<m>{full_month})(?!\s*\d)"),
        ("plan_period", r"(?<![\w])(?:(?:(?:i\s+løpet\s+av|i|gjennom|over)\s+)?(?:hele\s+)?(?:økonomiplan|handlingsplan|"
                        r"handlingsprogram|plan|avtale)perioden|(?:(?:i\s+løpet\s+av|i|gjennom|over)\s+(?:hele\s+)?|for\s+hele\s+)perioden)"
                        r"(?!\s*(?:for\s+|fra\s+)?\d)" + W),
        ("budget_word", r"(?<![\w])(?:i\s+|for\s+)?(?:budsjettåret|regnskapsåret)(?!\s*\d)" + W),
        ("year_after", r"(?<![\w])året\s+(?P<dir>etter|før|deretter)" + W),
    ]
    # every match starts at a word start: saying so first lets the engine skip most positions
    # without trying the alternations of the optional preposition (twice as fast)
    return [(name, regex.compile(r"(?<![\w])" + (bounded(pat) if name in NEAR_DIGITS or name in NEAR_YEARS or name in RULE_WORDS else pat),
                                 flags))
            for name, pat in raw]


#: Words one of which every match of a rule holds (lowercase): a rule whose words are not in a text
#: is not tried on it.
RULE_WORDS = {
    "turn": ("årsskift",), "year_end": ("utgangen",), "last_day": ("siste",),
    "holiday": ("jul ", "jul.", "jul,", "julen", "julaften", "juledag", "romjul", "nyttår", "påske", "pinse",
                "skjærtorsdag", "langfredag", "himmelfart", "nasjonaldag", "grunnlovsdag"),
    "part_of": ("begynnelsen av", "starten av", "starten på", "midten av", "slutten av", "slutten på", "utgangen av",
                "tidlig i", "sent i", "midt i"),
    "weekday": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "rel_daypart": ("kveld", "natt", "morges", "formiddag", "ettermiddag"),
    "rel_day": ("går", "morgen"), "rel_last_year": ("fjor",), "rel_next_year": ("neste", "kommende"),
    "rel_coming_years": ("årene",), "rel_years_ahead": ("årene",), "rel_past_years": ("årene",),
    "rel_ago": ("siden",), "rel_from_now": ("fra i dag", "fra nå"), "rel_in": ("om",), "rel_within": ("innen",),
    "rel_term": ("stortingsperiode",), "rel_local_term": ("styreperiode", "fylkestingsperiode"),
    "rel_agreement_year": ("avtaleår",), "rel_today": ("i dag",), "part_of_year": ("kvartal", "halvår", "halvdel"),
    "rel_quarter": ("kvartal",), "rel_season": ("høst", "vår", "sommer", "vinter"), "rel_school_year": ("skoleår",),
    "rel_month": ("måned",), "rel_months": ("månedene",), "rel_week": ("uke",), "rel_span": ("år", "måneder"),
    "rel_revised": ("revidert",), "rel_budget": ("årets", "inneværende års"), "year_after": ("året",), "budget_word": ("budsjettåret", "regnskapsåret"),
    "plan_period": ("perioden",),
    "month_alone": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
                    "november", "desember"),
}

#: Rules whose every match holds a digit and lies within NEAR_BACK characters before and NEAR_AHEAD
#: after the digits it holds: they are tried only in the stretches of text around digits.
NEAR_DIGITS = frozenset({"date_span", "day_range", "date_iso", "date_dmy", "date_num", "date_num_day", "date_slash", "quarter_code", "month_year",
                         "season_year", "school_year", "range", "budget", "prep_year"})
NEAR_BACK, NEAR_AHEAD = 100, 40
DIGITS = regex.compile(r"\d+")
#: Rules whose every match holds a four-digit year: tried only in the stretches around years (a text
#: full of other numbers, "2 000 kroner", "45 prosent", gives them little to scan).
NEAR_YEARS = frozenset({"date_iso", "date_span", "quarter_code", "month_year", "season_year", "school_year", "range",
                        "budget", "budget_compound", "prep_year", "bare_year"})
YEAR_DIGITS = regex.compile(rf"(?<!\d){YEAR}(?!\d)")


def bounded(pattern: str) -> str:
    """Whitespace between the words of an expression bounded to 10 characters, so a match's reach
    from its digits is bounded too (NEAR_BACK: a three-word preposition, `den` or `året`, a month)."""
    return pattern.replace(r"\s+", r"\s{1,10}").replace(r"\s*", r"\s{0,10}")


def merged(windows) -> list[tuple[int, int]]:
    """(start, end) windows given in order of start, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for start, end in windows:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def near_words(low: str, lo: int, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of the text (`low`: its lowercase from `lo` on) within reach of one of the words a
    rule's every match holds (RULE_WORDS), merged, in order."""
    points = []
    for word in words:
        k = low.find(word)
        while k >= 0:
            points.append(k)
            k = low.find(word, k + 1)
    points.sort()
    return merged((lo + max(0, k - NEAR_BACK), lo + min(len(low), k + NEAR_BACK)) for k in points)


def near_digits(text: str, lo: int, hi: int, digits: regex.Pattern = DIGITS) -> list[tuple[int, int]]:
    """The stretches of text[lo:hi] within reach of a digit (see NEAR_DIGITS), or of a year with
    `digits=YEAR_DIGITS` (NEAR_YEARS), merged, in order."""
    return merged((max(lo, m.start() - NEAR_BACK), min(hi, m.end() + NEAR_AHEAD)) for m in digits.finditer(text, lo, hi))


def _number(text: str | None, default: int = 1) -> int:
    if not text:
        return default
    value = parse_number(text)
    return int(value) if value is not None else default


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
#: After a year, a unit that makes it a count whatever comes before it.
UNIT_AFTER = regex.compile(r"\s*(?:[%‰]|kr\b|kroner|mill|mrd|milliard|million|tusen|personer|prosent|pasient)",
                           regex.IGNORECASE)
#: Where a clause starts: "I 2025 bruker regjeringen …", "…, og i 2026 øker satsen": after a fronted
#: time the finite verb follows (V2), so a word in -er there is the verb, not a counted noun.
CLAUSE_START_BEFORE = regex.compile(r"(?:^|[\n(«\"]|[.:!?;]\s+|,\s*|\b(?:og|men|mens|så)\s+)$", regex.IGNORECASE)


def interval_time(start: int, end: int, text: str, interval: cal.Interval, grain: str, **kw) -> Time:
    """A Time mention covering an interval of days; its years are those of the interval's ends."""
    lo, hi = interval
    return Time("time", start, end, text, lo.year if lo else None, hi.year if hi else None, kw.pop("date", None),
                grain=grain, from_date=cal.iso(lo), to_date=cal.iso(hi), **kw)


def time_value(t: Time, interval: cal.Interval, grain: str) -> Time:
    """The same mention read as another interval (a change pair's "fra" year, a comparison's span)."""
    return interval_time(t.start, t.end, t.text, interval, grain, date=t.date, resolved=t.resolved,
                         relative=t.relative)


def shifted_year(t: Time, years: int) -> Time:
    """The same part of another year ("andre halvår" of the budget year)."""
    def move(day: str | None) -> dt.date | None:
        if day is None:
            return None
        d = dt.date.fromisoformat(day)
        return d.replace(year=d.year + years, day=min(d.day, cal.last_day(d.year + years, d.month).day))
    return interval_time(t.start, t.end, t.text, (move(t.from_date), move(t.to_date)), t.grain, date=t.date,
                         resolved=t.resolved, relative=t.relative)


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


#: Words before a numeric day-month that make it a section, a clock time or a version, not a date.
NOT_A_DAY_BEFORE = regex.compile(r"(?:kapittel|kap\.|punkt|pkt\.|avsnitt|side|s\.|paragraf|§|tabell|figur|vedlegg|"
                                 r"kl\.|klokka|klokken|versjon|nr\.)\s*$", regex.IGNORECASE)
#: `lov 17. juli 1998`, `forskrift av 1. mars 2019`: a law's or regulation's date is part of its name.
LAW_BEFORE = regex.compile(r"\b(?:lov(?:en)?|forskrift(?:en)?)(?:\s+av)?\s+(?:\d{1,2}\.\s*)?$", regex.IGNORECASE)
#: `Prop. 1 S (2019–2020)`, `Meld. St. 12 (2018–2019)`, `Innst. 2 S (2015–2016)`: a Storting session in a
#: document's number names the document, not a time.
STORTING_DOCUMENT_BEFORE = regex.compile(r"\b(?:Prop\.|Meld\.\s*St\.|St\.\s*meld\.|St\.\s*prp\.|Ot\.\s*prp\.|Innst\.|"
                                         r"Dokument|Dok\.)\s*(?:nr\.\s*)?[\d:]+\s*(?:[A-Z]{1,2}\s*)?$")
#: Who may be "over 67 år": an age, not a span of years ahead (lang/aged_words.txt).
AGED_BEFORE = regex.compile(r"(?<![\w-])(?:" + "|".join(sorted(word_list("aged_words.txt"), key=len, reverse=True))
                            + r")\s+$", regex.IGNORECASE)
#: The youngest age written in digits that is read as an age after any AGED_BEFORE word; a younger one is an
#: age only right after a word for people ("barn over seks år", not "er over tre år").
AGE_FROM = 13
#: The words of lang/aged_words.txt that only say who is that old, not who: read for older ages only.
AGE_VERBS = frozenset(("alle", "de", "dem", "er", "var", "blir"))
PEOPLE_BEFORE = regex.compile(r"(?<![\w-])(?:" + "|".join(sorted(set(word_list("aged_words.txt")) - AGE_VERBS,
                                                                  key=len, reverse=True)) + r")\s+$", regex.IGNORECASE)
#: A session in parentheses, `(2019–2020)`.
SESSION = regex.compile(r"\(\s*(?:19|20)\d\d\s*[–—/-]\s*(?:19|20)?\d\d\s*\)")
#: `fra 1980 til 2150` (søkere): a count going up to a number that is no year.
COUNT_TO = regex.compile(r"\s+til\s+\d")
#: `2000 Lillestrøm`: a postcode before a place name.
POSTCODE = regex.compile(r"\s+[A-ZÆØÅ][a-zæøå]+")
#: Before `til`, a verb of scheduling makes the time what something is set for: "planlagt til oktober 2024",
#: "utsatt til 2026".
PLANNED_BEFORE = regex.compile(r"\b(?:planlagt|planlegges|utsatt|utsettes|flyttet|flyttes|berammet|satt|fastsatt)\s+$",
                               regex.IGNORECASE)
#: `1/3 av kommunene`: a fraction.
FRACTION_AFTER = regex.compile(r"\s*(?:av|del)\b", regex.IGNORECASE)


def interpret(name: str, m, day: DocDate | None, body: str) -> Time | None:
    """One rule match -> a Time mention (or None when it does not read as a time)."""
    f = Found(m, day)
    g = f.g
    year = full_year(g["y"]) if g.get("y") else None
    prep = g.get("prep")
    if prep and prep.lower() == "til" and PLANNED_BEFORE.search(body, max(0, m.start() - 24), m.start()):
        prep = None  # "planlagt til oktober 2024": the month it is set for, not an end
    if name in ("date_iso", "date_dmy", "date_num", "date_num_day", "date_slash"):
        if name in ("date_num_day", "date_slash") and not plausible_day(name, f, body):
            return None
        if LAW_BEFORE.search(body, max(0, m.start() - 16), m.start()):
            return None  # "lov 17. juli 1998 nr. 61": a law's name
        return calendar_date(f, year, prep, body)
    if name == "holiday":
        return holiday_time(f, year, prep, body)
    if name == "part_of":
        return part_of(f, year or (full_year(g["y2"]) if g.get("y2") else None), body)
    if name == "day_range":
        return day_range(f, year)
    if name == "date_span":
        try:
            first = dt.date(year, month_number(g["m"]), int(g["d"]))
            last = dt.date(full_year(g["y2"]), month_number(g["m2"]), int(g["d2"]))
        except ValueError:
            return None
        return f.time((first, last), "day") if first < last else None
    if name == "quarter_code":
        return f.time(cal.quarter(year, int(g["q"])), "quarter")
    if name == "month_year":
        if LAW_BEFORE.search(body, max(0, m.start() - 20), m.start()):
            return None
        mo = month_number(g["m"])
        return f.time(cal.bounded(cal.month(year, mo), prep), "month", f"{year:04d}-{mo:02d}")
    if name == "season_year":
        word = g["season"].lower()
        if word == "julen":
            return f.time(cal.bounded((dt.date(year, 12, 24), dt.date(year, 12, 26)), prep), "day")
        if word == "nyttår":
            return f.time(cal.bounded(cal.day(dt.date(year, 1, 1)), prep), "day")
        if g.get("y2"):  # "vinteren 2022/2023": the winter that ends in the second year
            year2 = second_year(year, g["y2"])
            if year2 != year + 1 or word != "vinteren":
                return None
            return f.time(cal.bounded(cal.season(year2, "vinter"), prep), "month")
        return f.time(cal.bounded(cal.season(year, SEASON[word]), prep), "month")
    if name == "range":
        return year_range(f, year)
    if name == "school_year":
        year2 = second_year(year, g["y2"])
        if year2 != year + 1 or (g["sep"] != "/" and not g.get("kind")):
            return None
        if (g.get("kind") or "").lower() == "avtaleåret":  # the farm agreement's year: 1 July to 30 June
            return f.time(cal.bounded((dt.date(year, 7, 1), dt.date(year2, 6, 30)), prep), "year")
        return f.time(cal.bounded(cal.school_year(year), prep), "year")
    if name == "part_of_year" and (year is not None or g.get("rely")):
        return part_of_year(f, year)
    if name == "budget":
        return f.time(cal.year(year), "year")
    if name == "budget_compound":  # "fra og med 2016-budsjettet"; "fra 2019-nivå" is a level, not a start
        if m.group(0).lower().endswith(("-tallet", "-årene")):  # "på 1980-tallet", "i 2020-årene": the decade
            return f.time(cal.years(year, year + 9), "year") if year % 10 == 0 else None
        before = BOUND_PREP_BEFORE.search(body, max(0, m.start() - 16), m.start())
        if before is None or "nivå" in m.group(0).lower():
            return f.time(cal.year(year), "year")
        return interval_time(before.start(), m.end(), body[before.start():m.end()],
                             cal.bounded(cal.year(year), before.group("prep")), "year")
    if name == "prep_year":
        fronted = CLAUSE_START_BEFORE.search(body[max(0, m.start() - 8):m.start()]) is not None
        if (UNIT_AFTER if fronted else NOT_YEAR_AFTER).match(body, m.end()) \
                or (prep or "").lower() == "fra" and COUNT_TO.match(body, m.end()):
            return None
        return f.time(cal.bounded(cal.year(year), prep), "year")
    if name == "bare_year":
        if NOT_YEAR_AFTER.match(body, m.end()) or POSTCODE.match(body, m.end()):
            return None
        before = body[max(0, m.start() - 20):m.start()]
        after = body[m.end():m.end() + 2]
        if not (BARE_YEAR_BEFORE.search(before) or after.startswith((":", ")", " –", " -"))):
            return None
        return f.time(cal.year(year), "year")
    if name in ("turn", "year_end") and year is not None:
        return year_turn(f, year)
    if name == "last_day" and year is not None:
        return last_of(f, year, month_number(g["m"]))
    if name == "year_after":
        return None  # read against the year before it in find_times
    if name in ("budget_word", "plan_period"):
        return f.unresolved()  # "i budsjettåret", "i økonomiplanperioden": the document's, read by TimeStage
    if f.base is None:
        return f.unresolved()
    return relative(name, f, body)


def full_year(text: str) -> int:
    """`2023`, and `23` in `29.12.23` (2000-2050, else the 1900s)."""
    if len(text) == 2:
        yy = int(text)
        return 2000 + yy if yy <= 50 else 1900 + yy
    return int(text)


def plausible_day(name: str, f: Found, body: str) -> bool:
    """A numeric day-month without a year (`3.3.`, `15/6`) is a date unless a section, a clock time or a
    fraction (`1/3 av kommunene`: the first number is the smaller) reads it otherwise."""
    m = f.m
    if NOT_A_DAY_BEFORE.search(body, max(0, m.start() - 12), m.start()):
        return False
    if name == "date_slash" and not f.g.get("y"):
        return int(f.g["d"]) >= int(f.g["mn"]) and not FRACTION_AFTER.match(body, m.end())
    return True


def year_range(f: Found, year: int) -> Time | None:
    """`2020–2024`, `fra 2023 til og med 2026`, `i perioden 2022 til 2025`, `mellom 2019 og 2021`, `fordelt på
    2025 og 2026`."""
    g = f.g
    y2 = g["y2"]
    join = _SPACES.sub(" ", g["join"].lower())
    kw = _SPACES.sub(" ", (g.get("kw") or "").lower())
    if len(y2) == 2 and join not in "–—-":
        return None
    year2 = second_year(year, y2)
    if join == "og" and kw != "mellom" and g.get("spread") is None:
        return None  # ("fordelt på 2025 og 2026" spreads the money over both years)
    if join.startswith("til") and (not kw or kw == "mellom"):
        return None
    if year2 < year or year2 - year > 50:
        return None
    return f.time(cal.years(year, year2), "year")


def year_turn(f: Found, year: int) -> Time:
    """`ved årsskiftet 2022/2023` (31 December of the first year), `ved utgangen av 2025`; `innen`
    and `frem mot` close the interval there, `etter` opens it on 1 January."""
    end = dt.date(year, 12, 31)
    tprep = _SPACES.sub(" ", f.g["tprep"].lower())
    if tprep == "etter":
        return f.time((dt.date(year + 1, 1, 1), None), "day")
    if tprep in ("innen", "frem mot", "fram mot"):
        return f.time((None, end), "day")
    if tprep == "før":
        return f.time((None, end - dt.timedelta(days=1)), "day")
    return f.time(cal.day(end), "day", end.isoformat())


def last_of(f: Found, year: int, month: int | None) -> Time:
    """`siste dag i mars`, `siste uke i februar 2028` (the week that holds the month's last day),
    `siste dag i året`."""
    last = dt.date(year, 12, 31) if month is None else cal.last_day(year, month)
    if f.g["unit"].lower() == "uke":
        return f.time(cal.week_of(last), "week")
    return f.time(cal.day(last), "day", last.isoformat())


def calendar_date(f: Found, year: int | None, prep: str | None, body: str = "") -> Time | None:
    """`3. mars 2015`, `03.03.2015`, `3/3/2015`, `1. mai` (the document's year; `fra 1. januar` in an
    October text is next January, unless the clause is in the past: "Fra 1. januar fikk barnehusene …")."""
    g, base = f.g, f.base
    month = month_number(g["m"]) if g.get("m") else int(g["mn"])
    day = int(g["d"])
    if year is None:
        if base is None:
            return f.unresolved()
        year = base.year
        forward = _SPACES.sub(" ", (prep or "").lower()) in cal.OPEN_START | {"fra", "f.o.m.", "fra og med"}
        if forward and (month, day) < (base.month, base.day) and not past_tense(body, f.m.start(), f.m.end()):
            year += 1
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None  # 31. februar: no such day
    return f.time(cal.bounded(cal.day(date), prep), "day", date.isoformat(), relative=g.get("y") is None)


def nearest_year(base: dt.datetime | None, interval_of, past: bool) -> int | None:
    """The year of the nearest occurrence of a yearly interval (`interval_of(year)`): in the past tense
    the latest that starts on or before the document date, else the next that ends on or after it."""
    if base is None:
        return None
    today = base.date()
    if past:
        return base.year if interval_of(base.year)[0] <= today else base.year - 1
    return base.year if interval_of(base.year)[1] >= today else base.year + 1


#: New Year's Day in lang/holidays.tsv: a boundary between years more than a feast.
NEW_YEAR = "01-01"


def holiday_time(f: Found, year: int | None, prep: str | None, body: str) -> Time | None:
    """`jul`, `påsken 2024`, `før jul`, `etter påske`, `2. pinsedag`, `nyttårsaften` (grain day; the
    feast's days, Easter from the calendar). Without a year, the nearest one in the clause's tense."""
    first, days = holidays()[_SPACES.sub(" ", f.g["hol"].lower())]
    p = _SPACES.sub(" ", (prep or "").lower())
    if p in ("på", "i", "til", "rundt", "over", "gjennom"):  # "hjem til jul": the feast itself
        p = ""
    if year is None:
        past = p == "siden" or past_tense(body, f.m.start(), f.m.end())
        year = nearest_year(f.base, lambda y: cal.holiday(y, first, days), past)
        if year is None:
            return f.unresolved()
    interval = cal.holiday(year, first, days)
    date = interval[0].isoformat() if days == 1 and not p else None
    if first == NEW_YEAR and p in cal.OPEN_START:
        p = "før"  # "fram til nyttår", "innen nyttår": New Year ends the old year, it is not in the span
    return f.time(cal.bounded(interval, p or None), "day", date, relative=f.g.get("y") is None)


def part_of(f: Found, year: int | None, body: str) -> Time | None:
    """`i begynnelsen av mars`, `midt i 2025`, `sent i fjor`, `i slutten av året`, `ved utgangen av
    måneden`: a third of a month (grain day) or of a year (grain month), or its last day."""
    g, base = f.g, f.base
    pos = (g.get("pos") or g.get("adv")).lower()
    rel = _SPACES.sub(" ", (g.get("rel") or "").lower())
    month = month_number(g["m"]) if g.get("m") else None
    if rel in ("måneden", "neste måned", "forrige måned"):
        if not f.knows("month"):
            return f.unresolved()
        year, month = cal.shift_month(base.year, base.month, {"neste måned": 1, "forrige måned": -1}.get(rel, 0))
    elif rel:
        if base is None:
            return f.unresolved()
        year = base.year + {"i fjor": -1, "fjor": -1, "neste år": 1}.get(rel, 0)
    elif year is None:  # a month without a year: the nearest in the clause's tense
        if not f.knows("month"):
            return f.unresolved()
        year = year_of_month(f, month, body)
    if pos == "utgangen":
        last = cal.last_day(year, month) if month else dt.date(year, 12, 31)
        return f.time(cal.bounded(cal.day(last), g.get("prep")), "day", last.isoformat(), relative=not g.get("y"))
    third = cal.THIRD[pos]
    if month:
        return f.time(cal.bounded(cal.month_third(year, month, third), g.get("prep")), "day", relative=not g.get("y"))
    return f.time(cal.bounded(cal.year_third(year, third), g.get("prep")), "month", relative=not g.get("y2"))


def day_range(f: Found, year: int | None) -> Time | None:
    """`3.–5. mars 2024`, `fra 3. til 5. mars`, `mellom 1. og 10. juni`: the days from the first to the
    second of one month (grain day)."""
    g = f.g
    join = _SPACES.sub(" ", g["join"].lower())
    if join == "og" and (g.get("kw") or "").lower() != "mellom":
        return None
    month, d1, d2 = month_number(g["m"]), int(g["d"]), int(g["d2"])
    if d2 <= d1:
        return None
    if year is None:
        if f.base is None:
            return f.unresolved()
        year = f.base.year
    try:
        interval = (dt.date(year, month, d1), dt.date(year, month, d2))
    except ValueError:
        return None
    return f.time(interval, "day", relative=g.get("y") is None)


#: `første kvartal i fjor`, `fjerde kvartal neste år`: the year relative to the document's.
RELATIVE_YEAR = {"i fjor": -1, "fjor": -1, "i år": 0, "året": 0, "neste år": 1}


def part_of_year(f: Found, year: int | None, body: str | None = None) -> Time | None:
    """`første kvartal 2024`, `andre halvår`, `første halvdel av 2025`, `siste kvartal i fjor`; with no
    year at all, in a clause in the past tense, the latest such part begun by the document date
    ("Salget falt i fjerde kvartal", written in March: last year's)."""
    g = f.g
    part = g["part"].lower()
    ord_ = g["ord"].lower()
    quarter = part.startswith("kvartal")
    n = (4 if quarter else 2) if ord_ == "siste" else ORDINAL.get(ord_)
    if not quarter and n not in (1, 2):
        return None

    def interval(y: int):
        return cal.quarter(y, n) if quarter else cal.half(y, n)

    if year is None:
        rely = _SPACES.sub(" ", (g.get("rely") or "").lower())
        if f.base is None:
            return f.unresolved()
        if not rely and part.startswith("halvdel"):
            return None
        year = f.base.year + RELATIVE_YEAR.get(rely, 0)
        if not rely and body is not None:
            year = past_year(f, body, interval) or year
    return f.time(interval(year), "quarter" if quarter else "half", relative=g.get("y") is None)


def past_year(f: Found, body: str, interval_of) -> int | None:
    """For a yearly interval named without a year in a clause in the past tense, the year of the latest
    one begun by the document's day; None where the clause is not in the past or the day is unknown."""
    if not f.knows("day") or not past_tense(body, f.m.start(), f.m.end()):
        return None
    return nearest_year(f.base, interval_of, True)


def relative(name: str, f: Found, body: str) -> Time | None:
    """Expressions that resolve against the document date (which is known, at least its year)."""
    g, base = f.g, f.base
    doc_year = base.year
    if name == "rel_day":
        if not f.knows("day"):
            return f.unresolved()
        then = base.date() + dt.timedelta(days={"går": -1, "forgårs": -2, "morgen": 1, "overmorgen": 2}[g["rel"].lower()])
        return f.time(cal.day(then), "day", then.isoformat(), relative=True)
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
        # "de neste tre årene" counts from this year until the autumn, when budgets speak of next year;
        # "de neste årene" without a number from next year
        n = _number(g.get("n") or g.get("n2"), 0)
        first = doc_year if n and f.knows("month") and base.month < cal.BUDGET_SEASON else doc_year + 1
        interval = cal.years(first, first + n - 1) if n else (dt.date(first, 1, 1), None)
        return f.time(interval, "year", relative=True)
    if name == "rel_years_ahead":
        return f.time((dt.date(doc_year + 1, 1, 1), None), "year", relative=True)
    if name == "rel_past_years":  # the N years up to the document's own: "de siste fem årene"
        n = _number(g.get("n"), 0)
        interval = cal.years(doc_year - n + 1, doc_year) if n else (None, dt.date(doc_year, 12, 31))
        return f.time(interval, "year", relative=True)
    if name in ("rel_in", "rel_from_now", "rel_ago"):
        n, unit = _number(g.get("n")), g["unit"].lower()
        if g.get("halvt"):
            if unit != "år":
                return None
            n, unit = 6, "måneder"
        return (ago if name == "rel_ago" else ahead)(f, n, unit)
    if name == "rel_within":
        return f.time((None, dt.date(doc_year + _number(g.get("n")), 12, 31)), "year", relative=True)
    if name == "rel_term":
        first = term_start(base.date())
        which = (g.get("which") or "").lower()
        if not which and not f.m.group(0).lower().endswith("perioden"):
            return None  # "en stortingsperiode": no particular one
        first += {"neste": 4, "kommende": 4, "forrige": -4}.get(which, 0)
        return f.time(cal.term(first), "year", relative=True)
    if name == "rel_agreement_year":  # the farm agreement's year, 1 July to 30 June
        if not f.knows("month"):
            return f.unresolved()
        which = (g.get("which") or "").lower()
        current = doc_year if base.month >= 7 else doc_year - 1
        # negotiated in May and June for the year from 1 July: "i avtaleåret" in a report on the settlement
        first = current + 1 if which in ("neste", "kommende") or (not which and 5 <= base.month < 7) else current
        return f.time((dt.date(first, 7, 1), dt.date(first + 1, 6, 30)), "year", relative=True)
    if name == "rel_local_term":
        which = (g.get("which") or "").lower()
        if not which and not f.m.group(0).lower().endswith("perioden"):
            return None  # "en bystyreperiode": no particular one
        first = local_term_start(base.date(), which)
        return f.time(cal.term(first), "year", relative=True)
    if name == "weekday":
        return weekday_time(f, body)
    if name == "rel_daypart":
        if not f.knows("day"):
            return f.unresolved()
        return f.time(cal.day(base.date()), "day", base.date().isoformat(), relative=True)
    if name == "rel_today":
        if not f.knows("day"):
            return f.unresolved()
        return f.time(cal.day(base.date()), "day", base.date().isoformat(), relative=True)
    if name == "part_of_year":  # "i andre halvår": this year's
        return part_of_year(f, None, body)
    if name == "rel_quarter":
        if not f.knows("month"):
            return f.unresolved()
        shift = {"forrige": -1, "neste": 1}.get(g["which"].lower(), 0)
        q = doc_year * 4 + (base.month - 1) // 3 + shift
        return f.time(cal.quarter(q // 4, q % 4 + 1), "quarter", relative=True)
    if name == "rel_season":
        if g.get("bprep"):
            return bounded_season(f, _SPACES.sub(" ", g["bprep"].lower()), SEASON[g["season"].lower()], body)
        return relative_season(f, (g.get("prep") or g.get("which") or "").lower(), SEASON[g["season"].lower()], body)
    if name == "rel_school_year":
        first = doc_year if base.month >= cal.SCHOOL_YEAR_START else doc_year - 1
        first += {"neste": 1, "kommende": 1, "forrige": -1}.get(g["which"].lower(), 0)
        return f.time(cal.school_year(first), "year", relative=True)
    if name == "rel_month":
        if not f.knows("month"):
            return f.unresolved()
        shift = {"neste": 1, "kommende": 1, "forrige": -1, "sist": -1, "siste": -1}.get(g["which"].lower(), 0)
        y, mo = cal.shift_month(base.year, base.month, shift)
        return f.time(cal.month(y, mo), "month", f"{y:04d}-{mo:02d}", relative=True)
    if name == "rel_months":
        if not f.knows("month"):
            return f.unresolved()
        n = _number(g.get("n") or g.get("n2"), 0)
        y, mo = cal.shift_month(base.year, base.month, 1)
        interval = cal.months(y, mo, n) if n else (dt.date(y, mo, 1), None)
        return f.time(interval, "month", relative=True)
    if name == "rel_week":
        if g.get("week"):
            week = int(g["week"])
            year = int(g["y"]) if g.get("y") else \
                past_year(f, body, lambda y: cal.iso_week(y, week) or cal.year(y)) or doc_year
            interval = cal.iso_week(year, week)
            return f.time(interval, "week", relative=g.get("y") is None) if interval else None
        if not f.knows("day"):
            return f.unresolved()
        shift = {"neste": 7, "kommende": 7, "forrige": -7}.get(g["which"].lower(), 0)
        return f.time(cal.week_of(base.date() + dt.timedelta(days=shift)), "week", relative=True)
    if name == "rel_span":  # "i løpet av tre år", "over fem år", "fordelt på tre år", "i seks måneder": from now on
        n = _number(g.get("n"))
        if n < 1 or is_age(f.m, n, body):
            return None
        # "har levd med det i 16 år": with `i` in a clause in the past, the span ends now
        back = f.m.group(0).lower().startswith("i ") and past_tense(body, f.m.start(), f.m.end())
        if g["unit"].lower() == "år":
            first = doc_year - n + 1 if back else doc_year
            return f.time(cal.years(first, first + n - 1), "year", relative=True)
        if not f.knows("month"):
            return f.unresolved()
        y, mo = cal.shift_month(base.year, base.month, 1 - n) if back else (base.year, base.month)
        return f.time(cal.months(y, mo, n), "month", relative=True)
    if name == "rel_revised":  # a revised budget without a year is this year's
        return f.time(cal.year(doc_year), "year", relative=True)
    if name == "rel_budget":  # "i årets budsjett": this year's (a state budget is left out: in the autumn
        # "årets statsbudsjett" may be the proposal for next year)
        year = doc_year - 1 if g["which"].lower() == "fjorårets" else doc_year
        return f.time(cal.year(year), "year", relative=True)
    if name in ("turn", "year_end"):
        return turn_of_year(f, body)
    if name == "last_day":
        return last_day_of(f)
    if name == "month_alone":
        return month_in_tense(f, body)
    return None


def turn_of_year(f: Found, body: str) -> Time | None:
    """`ved årsskiftet`: the coming one, or the one just passed in the past tense; `ved forrige/neste
    årsskifte`; `ved utgangen av året`."""
    g, base = f.g, f.base
    which = _SPACES.sub(" ", (g.get("which") or "").lower())
    if which in ("neste år",):
        return year_turn(f, base.year + 1)
    if which in ("året", "dette året", "i år") or g.get("tprep") and "utgangen" in f.m.group(0).lower():
        return year_turn(f, base.year)
    if which == "forrige":
        return year_turn(f, base.year - 1)
    if which == "neste":
        return year_turn(f, base.year)
    past = past_tense(body, f.m.start(), f.m.end())
    return year_turn(f, base.year - 1 if past and base.month < 12 else base.year)


def last_day_of(f: Found) -> Time | None:
    g, base = f.g, f.base
    shift = {"forrige": -1, "neste": 1}.get((g.get("which") or "").lower(), 0)
    period = (g.get("period") or "").lower()
    if period.startswith("måned"):
        if not f.knows("month"):
            return f.unresolved()
        y, mo = cal.shift_month(base.year, base.month, shift)
        return last_of(f, y, mo)
    if period == "året":
        return last_of(f, base.year + shift, None)
    return last_of(f, base.year, month_number(g["m"]))


def year_of_month(f: Found, month: int, body: str) -> int:
    """The year of a month named without one, by the clause's tense: the latest such month up to the
    document month in the past tense, else the next one from it (the document month must be known)."""
    base = f.base
    if past_tense(body, f.m.start(), f.m.end()):
        return base.year - (month > base.month)
    return base.year + (month < base.month)


def month_in_tense(f: Found, body: str) -> Time:
    """`i mars`: the latest March up to the document month when the clause is in the past tense,
    else the next one from the document month (`starter i mars`); `siden mars`: always the latest."""
    month = month_number(f.g["m"])
    year = year_of_month(f, month, body) if f.knows("month") else f.base.year
    if f.knows("month") and (f.g.get("prep") or "").lower() == "siden":
        year = f.base.year - (month > f.base.month)  # "siden januar" looks back: the latest January
    return f.time(cal.bounded(cal.month(year, month), f.g.get("prep")), "month", f"{year:04d}-{month:02d}",
                  relative=True)


def ahead(f: Found, n: int, unit: str) -> Time:
    """`om tre år`, `om to måneder`, `om to uker`, `3 år fra i dag`."""
    today = f.base.date()
    if unit == "år":
        return f.time(cal.year(today.year + n), "year", relative=True)
    if unit.startswith("måned"):
        if not f.knows("month"):
            return f.unresolved()
        y, mo = cal.shift_month(today.year, today.month, n)
        return f.time(cal.month(y, mo), "month", f"{y:04d}-{mo:02d}", relative=True)
    if not f.knows("day"):
        return f.unresolved()
    if unit.startswith("uke"):
        return f.time(cal.week_of(today + dt.timedelta(weeks=n)), "week", relative=True)
    then = today + dt.timedelta(days=n)
    return f.time(cal.day(then), "day", then.isoformat(), relative=True)


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


def relative_season(f: Found, prep: str, season: str, body: str = "") -> Time:
    """`i høst`, `i vår`: this year's, or in a clause in the past tense the latest begun by the
    document's day ("Saken ble behandlet i høst", written in March: last autumn); `til våren`: the next
    one after the document date; `i vinter`: the winter just passed in the first half of the year, else
    the coming one."""
    base = f.base
    year = base.year
    start = cal.SEASON_START[season]
    past = past_year(f, body, lambda y: cal.season(y, season)) if prep == "i" and season != "vinter" else None
    if past is not None:
        year = past
    elif prep == "forrige":
        year -= 1
    elif season == "vinter":
        year = base.year if base.month <= 6 else base.year + 1
        if prep in ("til", "neste", "kommende") and base.month <= 2:
            year += 1
    elif prep in ("til", "neste", "kommende") and start <= base.month:
        year += 1
    return f.time(cal.season(year, season), "month", relative=True)


#: A deadline or a start looks ahead whatever the clause's tense ("må være sendt innen fredag").
FORWARD = frozenset({"innen", "til", "senest"})
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


#: A paper, proposal or meeting before "fra" and a weekday: the day it comes from ("budsjettforslaget fra
#: torsdag", "tallene fra mandag"), not a start.
FROM_A_PAPER = regex.compile(r"\b(?:\w*forslag\w*|\w*budsjett\w*|tall(?:ene)?|\w*rapport\w*|\w*melding\w*|vedtak\w*|"
                             r"\w*møte\w*|\w*konferansen?|utspill\w*|\w*avtalen?)\s+$", regex.IGNORECASE)


def provenance(f: Found, body: str) -> bool:
    """`fra` a weekday after a paper or meeting: the (past) day it comes from."""
    return (f.g.get("prep") or "").lower() == "fra" \
        and FROM_A_PAPER.search(body, max(0, f.m.start() - 40), f.m.start()) is not None


def weekday_time(f: Found, body: str) -> Time:
    """`mandag`, `på fredag`, `neste tirsdag` (in the week after the document's), `forrige torsdag` (in
    the week before), `sist fredag`/`fredag sist` (the latest before the document date), `førstkommende
    onsdag` (the first after it), `mandag kveld`. A bare weekday is the nearest one in the clause's
    tense, the document's own day included (a news report's `mandag` on a Monday is that day)."""
    g, base = f.g, f.base
    if not f.knows("day"):
        return f.unresolved()
    today = base.date()
    wd = WEEKDAYS.index(g["wd"].lower())
    from_paper = provenance(f, body)
    which = (g.get("which") or "").lower()
    after = (g.get("after") or "").lower()
    if which in ("neste", "forrige"):
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=1 if which == "neste" else -1)
        then = monday + dt.timedelta(days=wd)
    elif which == "sist" or after == "sist":
        then = today - dt.timedelta(days=(today.weekday() - wd - 1) % 7 + 1)
    elif which in ("førstkommende", "kommende") or after == "neste":
        then = today + dt.timedelta(days=(wd - today.weekday() - 1) % 7 + 1)
    elif (g.get("prep") or "").lower() == "siden" or (g.get("prep") or "").lower() not in FORWARD \
            and past_tense(body, f.m.start(), f.m.end()) or from_paper:
        then = today - dt.timedelta(days=(today.weekday() - wd) % 7)
    else:
        then = today + dt.timedelta(days=(wd - today.weekday()) % 7)
    prep = None if from_paper else g.get("prep")
    if prep and prep.lower().startswith(("på", "natt")):  # "natt til søndag": the night that ends on Sunday
        prep = None
    return f.time(cal.bounded(cal.day(then), prep), "day", None if prep else then.isoformat(), relative=True)


def bounded_season(f: Found, prep: str, season: str, body: str) -> Time:
    """`innen sommeren`, `før høsten`, `etter sommeren`, `fra høsten`, `i løpet av våren`: the coming
    season (this year's in the past tense, or after `siden`), bounded by the preposition."""
    base = f.base
    past = prep == "siden" or past_tense(body, f.m.start(), f.m.end())
    year = nearest_year(base, lambda y: cal.season(y, season), past)
    return f.time(cal.bounded(cal.season(year, season), prep), "month", relative=True)


#: Storting elections are held every four years in September (2021, 2025, …); a term runs from
#: October of an election year to September four years later (inclusive years: 2021–2025).
def term_start(day: dt.date) -> int:
    """First year of the Storting term that holds a day."""
    year = day.year - (day.year - 2021) % cal.TERM_YEARS
    if year == day.year and day.month < cal.TERM_START_MONTH:
        year -= cal.TERM_YEARS
    return year


def local_term_start(day: dt.date, which: str = "") -> int:
    """First year of the municipal and county council term a phrase names (elected in September of 2019,
    2023, …; the term starts in October): the term in office, or in an election year before October the
    one the election is for, which a programme speaks of ("I bystyreperioden vil vi …"); `neste`,
    `kommende` the one after the term in office, `forrige` the one before, `denne` the one in office."""
    election = day.year - (day.year - 2023) % cal.TERM_YEARS
    in_office = election if day.month >= cal.TERM_START_MONTH or day.year > election else election - cal.TERM_YEARS
    coming = in_office + cal.TERM_YEARS
    if which in ("neste", "kommende"):
        return coming
    if which == "forrige":
        return in_office - cal.TERM_YEARS
    if which == "denne":
        return in_office
    return coming if day.year == election and day.month < cal.TERM_START_MONTH else in_office


#: A bounding word right before a relative expression: `fra i år`, `siden i fjor`, `innen neste måned`.
BOUND_BEFORE = regex.compile(r"(?<![\w])(?P<prep>fra\s+og\s+med|til\s+og\s+med|f\.o\.m\.|t\.o\.m\.|frem\s+til|fram\s+til|"
                             r"frem\s+mot|fram\s+mot|fra|siden|tidligst|etter|innen|senest|før|til)\s+$", regex.IGNORECASE)
#: "forslaget til revidert nasjonalbudsjett": `til` after a noun of proposal is "of", not "until".
NOT_BOUNDING = regex.compile(r"(?:forslag|forslaget|innspill|endringer|tillegg)\s+$", regex.IGNORECASE)
STARTS_BOUNDED = regex.compile(r"(?:fra|siden|tidligst|etter|innen|senest|før|til|frem|fram|f\.o\.m|t\.o\.m)\b",
                               regex.IGNORECASE)


def bound_before(mention: Time, text: str, lo: int) -> Time:
    """A relative expression after a bounding word takes it in: `fra neste år` opens the end,
    `innen neste måned` the start."""
    if not mention.relative or not mention.resolved or STARTS_BOUNDED.match(mention.text):
        return mention
    m = BOUND_BEFORE.search(text, max(lo, mention.start - 16), mention.start)
    if m is None or NOT_BOUNDING.search(text, max(lo, m.start() - 12), m.start()):
        return mention
    lo_date = dt.date.fromisoformat(mention.from_date) if mention.from_date else None
    hi_date = dt.date.fromisoformat(mention.to_date) if mention.to_date else None
    new_lo, new_hi = cal.bounded((lo_date, hi_date), m.group("prep"))
    return replace(mention, start=m.start(), text=text[m.start():mention.end], from_=new_lo.year if new_lo else None,
                   to=new_hi.year if new_hi else None, from_date=cal.iso(new_lo), to_date=cal.iso(new_hi))


#: "Fra 2023 av skal …": an `av` closing a `fra` time, before a verb or the end of a clause.
TRAILING_AV = regex.compile(r"\s+av(?=\s+(?:skal|vil|blir|er|må|gjelder|får|kan|innføres|gis)\b|\s*[,.;:])",
                            regex.IGNORECASE)


def trailing_av(mention: Time, text: str) -> Time:
    """`Fra 2023 av`: the `av` belongs to the time."""
    if not mention.text.lower().startswith(("fra ", "fra\n")) or mention.to is not None:
        return mention
    m = TRAILING_AV.match(text, mention.end)
    return replace(mention, end=m.end(), text=text[mention.start:m.end()]) if m else mention


#: No sentence end between `i 2019` and `året etter`.
SENTENCE_END = regex.compile(r"[.!?]\s")


def year_after(m, found: list[Time], starts: list[int], text: str) -> Time | None:
    """`året etter`, `året før`: the year after or before the year named just before in the sentence
    (`found` sorted by start, `starts` their starts)."""
    k = bisect_left(starts, m.start()) - 1
    while k >= 0 and m.start() - found[k].end < 150:
        t = found[k]
        if t.end <= m.start() and t.grain == "year" and t.from_ is not None and t.from_ == t.to:
            if SENTENCE_END.search(text, t.end, m.start()):
                return None
            break
        k -= 1
    else:
        return None
    if k < 0 or m.start() - found[k].end >= 150:
        return None
    y = found[k].from_ + (-1 if m.group("dir").lower() == "før" else 1)
    return interval_time(m.start(), m.end(), m.group(0), cal.year(y), "year", relative=True)


def is_age(m, n: float, body: str) -> bool:
    """`brukere over 67 år`, `alle over 80 år`: a person's age, not the years ahead."""
    if not m.group(0).lower().startswith("over"):
        return False
    before = PEOPLE_BEFORE if n < AGE_FROM else AGED_BEFORE
    return before.search(body, max(0, m.start() - 20), m.start()) is not None


def document_numbers(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The Storting sessions that number documents in text[lo:hi] (`Prop. 1 S (2019–2020)`)."""
    return [(m.start(), m.end()) for m in SESSION.finditer(text, lo, hi)
            if STORTING_DOCUMENT_BEFORE.search(text, max(0, m.start() - 30), m.start())]


def find_times(text: str, lo: int, hi: int, date: DocDate | str | None, taken=()) -> list[Time]:
    """Every time expression in text[lo:hi]; rules earlier in the list win over later ones."""
    day = parse_date(date) if isinstance(date, str) else date
    found: list[Time] = []
    occupied = SpanSet([(s.start, s.end) for s in taken] + document_numbers(text, lo, hi))
    stretches = near_digits(text, lo, hi)
    years = near_digits(text, lo, hi, YEAR_DIGITS)
    starts: list[int] | None = None
    low = text[lo:hi].lower()
    for name, pattern in rules():
        if name in RULE_WORDS:
            where = near_words(low, lo, RULE_WORDS[name])
        elif name in NEAR_YEARS:
            where = years
        else:
            where = stretches if name in NEAR_DIGITS else [(lo, hi)]
        for m in (m for a, b in where for m in pattern.finditer(text, a, b)):
            if occupied.overlaps(m.start(), m.end()):
                continue
            if name == "year_after":  # the last rule: every other time is found
                if starts is None:
                    found.sort(key=lambda t: t.start)
                    starts = [t.start for t in found]
                mention = year_after(m, found, starts, text)
            else:
                mention = interpret(name, m, day, text)
            if mention is None:
                continue
            mention = bound_before(mention, text, lo)
            mention = trailing_av(mention, text)
            if occupied.overlaps(mention.start, mention.start + 1) and mention.start < m.start():
                continue
            found.append(mention)
            occupied.add(mention.start, mention.end)
    found.sort(key=lambda t: t.start)
    return anchored_spans(with_years_in_brackets(join_years(found, text), text), text)


#: Between two years that together make a period: "i fjor og i år", "i 2019 og 2020".
AND_BETWEEN = regex.compile(r"\s+og\s+(?:i\s+)?$")


def join_years(found: list[Time], text: str) -> list[Time]:
    """Two single years joined by `og`, the second right after the first, are one period."""
    out: list[Time] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.grain == t.grain == "year" and prev.from_ is not None and prev.from_ == prev.to \
                and t.from_ is not None and t.from_ == t.to == prev.to + 1 and t.start - prev.end < 8 \
                and AND_BETWEEN.fullmatch(text, prev.end, t.start):
            out[-1] = interval_time(prev.start, t.end, text[prev.start:t.end], cal.years(prev.from_, t.to), "year",
                                    relative=prev.relative or t.relative)
            continue
        out.append(t)
    return out


#: A span of whole years counted from now, and what anchors it at a stated start after it: "i fem år fra
#: 2011", "Over fire år, fra og med 2020".
YEARS_SPAN = regex.compile(r"(?:i\s+løpet\s+av|i|over|over\s+en\s+periode\s+på)\s+\S+\s+år", regex.IGNORECASE)
START_AFTER = regex.compile(r",?\s{1,3}")
FROM_START = regex.compile(r"(?:fra\s+og\s+med|fra|f\.o\.m\.)\s", regex.IGNORECASE)


def anchored_spans(found: list[Time], text: str) -> list[Time]:
    """A span of N years followed by its start (`i fem år fra 2011`) is one mention: the N years from that
    start."""
    out: list[Time] = []
    k = 0
    while k < len(found):
        t = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and t.relative and t.grain == "year" and t.from_ is not None and t.to is not None \
                and YEARS_SPAN.fullmatch(t.text) and nxt.from_ is not None and nxt.to is None \
                and FROM_START.match(nxt.text) and START_AFTER.fullmatch(text, t.end, nxt.start):
            years = t.to - t.from_
            out.append(interval_time(t.start, nxt.end, text[t.start:nxt.end],
                                     cal.years(nxt.from_, nxt.from_ + years), "year"))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


#: Between a relative span and the years that spell it out: "over fire år (2024–2027)".
OPEN_BRACKET = regex.compile(r"[^\S\n]*\([^\S\n]*")
CLOSE_BRACKET = regex.compile(r"[^\S\n]*\)")


def with_years_in_brackets(found: list[Time], text: str) -> list[Time]:
    """A relative span of years followed by its years in brackets ("i løpet av tre år (2023–2025)",
    "de neste fire årene (2026-2029)") is one mention with the years the brackets state."""
    out: list[Time] = []
    k = 0
    while k < len(found):
        t = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and t.relative and t.grain == "year" and nxt.grain == "year" and not nxt.relative \
                and OPEN_BRACKET.fullmatch(text, t.end, nxt.start) and CLOSE_BRACKET.match(text, nxt.end):
            end = CLOSE_BRACKET.match(text, nxt.end).end()
            out.append(replace(nxt, start=t.start, end=end, text=text[t.start:end]))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


@Language.factory("claims_time")
class TimeStage(RuleComponent):
    """Years, periods and dates resolved against the document date: `doc._.time`, span group "time"."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc)
        text = doc_text(doc)
        times = find_times(text, ctx.body_start, len(text), ctx.date, taken=doc._.money or [])
        doc._.time = with_plan_period(with_budget_year(times, text, ctx), text, ctx)
        write_group(doc, "time")
        return doc


#: A plan's period as a title or the opening names it: "Budsjett 2017 og økonomiplan 2017–2020",
#: "Nasjonal transportplan 2025–2036", "handlingsprogrammet for 2024–2027".
PLAN_NAMED = regex.compile(rf"(?i:økonomiplan\w*|handlingsplan\w*|handlingsprogram\w*|transportplan\w*|plan\w*|NTP|"
                           rf"avtale\w*)\s+(?:(?i:for)\s+)?(?:(?i:perioden)\s+)?(?P<y>{YEAR})\s*[–—-]\s*(?P<y2>{YEAR})(?!\d)")
PLAN_WORD = regex.compile(r"(?:(?:i\s+løpet\s+av|i|gjennom|over|for)\s+)?(?:hele\s+)?\w*perioden", regex.IGNORECASE)


def with_plan_period(times: list[Time], text: str, ctx) -> list[Time]:
    """`i økonomiplanperioden`, `i planperioden`: the plan period the title or the opening names (else
    it stays unresolved)."""
    if not any(not t.resolved and PLAN_WORD.fullmatch(t.text) for t in times):
        return times
    opening = f"{ctx.title or ''}\n{text[ctx.body_start:ctx.body_start + 600]}"
    m = PLAN_NAMED.search(opening)
    if m is None or int(m.group("y2")) <= int(m.group("y")):
        return times
    interval = cal.years(int(m.group("y")), int(m.group("y2")))
    return [interval_time(t.start, t.end, t.text, interval, "year", relative=True)
            if not t.resolved and PLAN_WORD.fullmatch(t.text) else t for t in times]


BUDGET_WORD = regex.compile(r"(?:i\s+|for\s+)?(?:budsjettåret|regnskapsåret)", regex.IGNORECASE)


def with_budget_year(times: list[Time], text: str, ctx) -> list[Time]:
    """`i budsjettåret` is the year the document's budget is for (pipeline.claims.budget_year)."""
    if not any(not t.resolved and BUDGET_WORD.fullmatch(t.text) for t in times):
        return times
    year = budget_year(ctx.title, text, ctx.body_start, ctx.date, times, ctx.genre)
    if year is None:
        return times
    return [interval_time(t.start, t.end, t.text, cal.year(year.year), "year", relative=True)
            if not t.resolved and BUDGET_WORD.fullmatch(t.text) else t for t in times]
