"""Money amounts (dimension `money`), Duckling style: rules here, examples in tests/examples/money.tsv.

`1,6 milliarder kroner`, `215 mill. kroner`, `kr 500`, `NOK 2 mrd.`, `2 kroner og 23 øre`, `50 øre`,
`om lag 78 millioner kroner årlig`, `mellom 200 og 300 millioner kroner`, and a bare
`30 millioner` in a budget sentence (currency inferred: NOK). Not money: `3,1 millioner
passasjerer`, `1000 pasienter`, `2021`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.component import RuleComponent, write_group
from pipeline.dimensions.numbers import (
    DIGITS,
    adjective_pattern,
    clean_float,
    number_start,
    parse_number,
    scale_of,
    scale_pattern,
    scales,
    word_number_pattern,
)
from pipeline.document import context_of
from pipeline.lang.data import mapping, table, word_list
from pipeline.offsets import (
    doc_text,
    finditer_from,
    literal_trie,
    sentence_at,
    sentence_bounds,
    start_scanner,
)
from pipeline.schema import Money

WORD_END = r"(?![\w])"
_SPACES = regex.compile(r"\s+")
#: A number word after these words is vague ("flere hundre millioner", "få millioner"), not a definite
#: amount.
VAGUE_BEFORE = regex.compile(r"(?<![\w])(?:flere|noen|mange|hundrevis|tusenvis|par|få)\s+$", regex.IGNORECASE)


@cache
def currencies() -> dict[str, tuple[str, str]]:
    return {row[0].lower(): (row[1], row[2]) for row in table("currencies.tsv")}


def _currency_alt(position: str) -> str:
    alts = []
    for surface, (_, pos) in sorted(currencies().items(), key=lambda kv: len(kv[0]), reverse=True):
        if pos not in (position, "both"):
            continue
        esc = regex.escape(surface)
        alts.append(esc + WORD_END if surface[-1].isalnum() else esc)
    return "(?:" + "|".join(alts) + ")"


@cache
def qualifier_pattern() -> str:
    words = sorted(mapping("qualifiers.tsv"), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") + (WORD_END if w[-1].isalnum() else "")
                           for w in words) + ")"


@cache
def per_pattern() -> str:
    words = sorted((w for w, p in mapping("per.tsv").items() if p != "-"), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") + WORD_END for w in words) + ")"


@cache
def core_regex():
    """One amount: [qualifier] [currency] number [adjective] [scale] [currency] [og N øre]."""
    number = rf"(?:{DIGITS}|(?<![\w]){word_number_pattern()}{WORD_END})"
    pattern = rf"""
        (?<![\w.,/])(?<![^\d\s]-)
        (?:(?P<qual>{qualifier_pattern()})\s+)?
        (?:(?P<precur>{_currency_alt("pre")})\s*)?
        (?P<num>{number})(?:,-)?
        (?:[^\S\n]+(?P<adj>{adjective_pattern()}){WORD_END})?
        (?:\s*(?P<scale>{scale_pattern()}))?
        (?:\s*(?P<cur>{_currency_alt("post")}|øre{WORD_END}))?
        (?:\s+(?:og\s+)?(?P<ore>\d{{1,2}})\s+øre{WORD_END})?
    """
    return regex.compile(pattern, regex.IGNORECASE | regex.VERBOSE)


@cache
def amount_starts():
    """Where an amount can start (core_regex, and quantity_regex: the scan is shared): a qualifier, a
    currency before the number, or the number."""
    qualifiers = literal_trie(w + " " for w in mapping("qualifiers.tsv"))
    precurrencies = literal_trie(w for w, (_, pos) in currencies().items() if pos in ("pre", "both"))
    return start_scanner(qualifiers, precurrencies, number_start(), not_after=".,/")


@dataclass
class Core:
    """A number with what stands around it, before we know whether it is money."""

    start: int
    end: int
    num_start: int
    number: float
    qualifier: str | None
    scale: float
    scale_word: str | None
    currency: str | None
    currency_word: bool
    ore: float | None
    has_adj: bool
    num_end: int
    #: written as a price, "5000,-": whole kroner
    price_dash: bool = False


def _is_word_number(text: str) -> bool:
    return not any(ch.isdigit() for ch in text)


def is_code(word: str) -> bool:
    """Whether a currency word is an ISO code ("NOK", "usd", "MNOK"), not a word ("kroner", "euro")."""
    low = word.lower()
    code = currencies().get(low, ("",))[0]
    return low.isalpha() and (low.upper() == code or low.endswith(code.lower()) and len(low) > 3)


def find_cores(text: str, lo: int, hi: int) -> list[Core]:
    cores = []
    for m in finditer_from(core_regex(), amount_starts(), text, lo, hi):
        num_text = m.group("num")
        scale_word = m.group("scale")
        cur_word = m.group("cur") or m.group("precur")
        if not (scale_word or cur_word) and _is_word_number(num_text) and not (
                RANGE_NEXT.match(text, m.end()) and RANGE_OPEN.search(text[max(lo, m.start() - 12):m.start()])):
            continue  # the cheapest test first: most matches are a bare "en" or "to" (not "mellom to og tre …")
        if not m.group("qual") and _is_word_number(num_text) \
                and VAGUE_BEFORE.search(text[max(lo, m.start() - 12):m.start()]):
            continue  # "flere hundre millioner"; before digits `få` is the verb: "skal få 20 millioner"
        if m.group("cur") and m.group("cur")[:1].isupper() and m.group("cur")[1:2].islower():
            continue  # "Tre Kroner" (the team): a capitalised currency word after the number is a name
        if cur_word and is_code(cur_word) and not cur_word.isupper():
            continue  # a code is written in capitals: "nok en gang" is an adverb, not NOK 1
        number = parse_number(num_text)
        if number is None:
            continue
        mult, implied = scale_of(scale_word)
        if not scale_word and m.group("precur") and m.group("precur").lower() in scales():
            mult, _ = scale_of(m.group("precur"))  # "MNOK 60": the currency word carries the scale
        currency = None
        if cur_word:
            cw = cur_word.lower()
            currency = "NOK" if cw == "øre" else currencies()[cw][0]
        elif implied:
            currency = implied
        if num_text.lower() in ("en", "ett", "én", "ei") and not scale_word and \
                NEGATED_ONE.search(text[max(lo, m.start() - 30):m.start()]):
            continue
        qual = m.group("qual")
        ore = m.group("ore")
        if cur_word and cur_word.lower() == "øre":
            number = number / 100
        end = m.end()
        # the adjective belongs to the amount only when a scale or currency follows it
        if m.group("adj") and not (scale_word or cur_word):
            end = m.end("num") + (2 if m.group(0)[m.end("num") - m.start():].startswith(",-") else 0)
        cores.append(Core(
            start=m.start(), end=end, num_start=m.start("num"), number=number,
            qualifier=mapping("qualifiers.tsv")[_SPACES.sub(" ", qual.lower())] if qual else None,
            scale=mult, scale_word=scale_word, currency=currency, currency_word=bool(cur_word),
            ore=float(ore) / 100 if ore else None, has_adj=bool(m.group("adj")), num_end=m.end("num"),
            price_dash=text.startswith(",-", m.end("num")),
        ))
    return cores


def definite_scale(core: Core) -> bool:
    """A definite scale word speaks of money in view and counts nothing: "de 400 millionene HV mener
    trengs", "mot de 15 millionene kommunen søkte om", "av de 3,1 milliardene"."""
    return bool(core.scale_word) and core.scale_word.lower().endswith("ene") and not core.currency


def currency_before(cores: list[Core], k: int, reach: int) -> list[Core]:
    """The amounts with a currency that end within `reach` characters before cores[k], nearest first
    (find_cores gives them in text order, none overlapping: the walk back stops at the first out of reach)."""
    out = []
    bound = cores[k].start - reach
    for j in range(k - 1, -1, -1):
        if cores[j].end < bound:
            break
        if cores[j].currency and cores[j].end <= cores[k].start:
            out.append(cores[j])
    return out


NEXT_WORD = regex.compile(r"\s+([\w\-]+)")


def counted_noun_follows(text: str, end: int) -> bool:
    """Is the amount followed by a noun it counts (`3,1 millioner passasjerer`)?"""
    m = NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    low = word.lower()
    if low in word_list("function_words.txt") or low in currencies() or low in word_list("time_units.txt") \
            or low in word_list("amount_adjectives.txt") or low in word_list("not_counted.txt") \
            or low in word_list("past_tense.txt"):
        return False
    if not word[:1].isalpha() or word[:1].isupper():
        return False
    return not _per_start().match(text, m.start(1))


@cache
def _cue_regex():
    cues = sorted(word_list("budget_cues.txt"), key=len, reverse=True)
    return regex.compile(r"(?<![\w])(?:" + "|".join(regex.escape(c) for c in cues) + ")", regex.IGNORECASE)


def has_budget_cue(sentence: str) -> bool:
    return bool(_cue_regex().search(sentence))


PER_BEFORE = regex.compile(r"\b(årlig|årlige|månedlig|månedlige|daglig|daglige)\s+(?:\w+\s+){0,2}(?:på|av)\s+$",
                           regex.IGNORECASE)
PER_BEFORE_MAP = {"årl": "year", "mån": "month", "dag": "day"}


@cache
def _per_start():
    """per_pattern() compiled (it has no lookbehind: matching in the text equals matching a slice)."""
    return regex.compile(per_pattern(), regex.IGNORECASE)


@cache
def _per_after():
    # "350 kroner mer per barn", "200 kroner ekstra i året": a comparison word may stand between
    return regex.compile(r"\s*(?:(?:mer|mindre|ekstra)\s+)?(" + per_pattern() + ")", regex.IGNORECASE)


def per_of(text: str, start: int, end: int) -> str | None:
    m = _per_after().match(text[end:end + 40])
    if m:
        return mapping("per.tsv")[_SPACES.sub(" ", m.group(1).lower())]
    before = PER_BEFORE.search(text[max(0, start - 60):start])
    if before:
        return PER_BEFORE_MAP[before.group(1).lower()[:3]]
    return None


#: "35 millioner til utprøving av …", "60 millioner går til vedlikehold": a purpose after a bare scale
#: amount makes it money.
PURPOSE_AFTER = regex.compile(r"\s+(?:går\s+|gis\s+|brukes\s+|settes\s+av\s+)?(?:ekstra\s+|mer\s+|årlig\s+)?"
                              r"(?:til|for\s+å|på\s+bordet)\s", regex.IGNORECASE)
#: "80 000 i tilskudd": a payment noun after a bare number of a thousand or more makes it money.
MONEY_NOUN_AFTER = regex.compile(r"\s+i\s+(?:tilskudd|støtte|stønad|honorar|lønn|bot|erstatning|kompensasjon|gebyr|"
                                 r"egenandel|husleie|avgift|skatt|refusjon|bidrag|premie)\b", regex.IGNORECASE)
#: A period a bare number is paid by: "45 000 i måneden", "12 000 per år".
PER_PERIOD_AFTER = regex.compile(r"\s+(?:i|per|pr\.?)\s+(?:måneden|måned|året|år|uka|uken|uke|timen|time|døgnet|døgn)\b",
                                 regex.IGNORECASE)
#: Words for what is paid by the period: with PER_PERIOD_AFTER they make a bare number money.
PAY_CUE = regex.compile(r"(?<![\w-])(?:\w*lønn\w*|\w*husleie\w*|\w*leie|\w*stønad\w*|\w*trygd\w*|pensjon\w*|"
                        r"\w*tilskudd\w*|\w*honorar\w*|\w*sats\w*|\w*pris\w*|betal\w*|tjen\w*|koste\w*|"
                        r"\w*egenandel\w*|\w*gebyr\w*|\w*avgift\w*)(?![\w-])", regex.IGNORECASE)
#: A number a range goes on from: "mellom to | og tre milliarder".
RANGE_NEXT = regex.compile(r"\s*(?:(?:og|til)\s+|[–—-]\s*)\w", regex.IGNORECASE)
#: "ikke en krone": a negated single unit is an idiom, not an amount.
#: A comparative after a bare amount: "1,1 milliarder høyere enn", "300 millioner mindre".
COMPARATIVE_AFTER = regex.compile(r"\s+(?:høyere|lavere|mer|mindre|større)\b", regex.IGNORECASE)
#: After a bare amount, the money it is a share of: "60 millioner av dette", "halvparten av pengene".
SHARE_OF_MONEY = regex.compile(r"\s+av\s+(?:dette|disse|pengene|beløpet|midlene|summen|potten|rammen|økningen)\b",
                               regex.IGNORECASE)
#: Before a bare amount, a comparison with money just named: "5,8 milliarder kroner …, mot 2,1 milliarder".
COMPARED_BEFORE = regex.compile(r"\bmot\s+(?:de\s+)?$", regex.IGNORECASE)
#: How far before such a difference the money it is a difference of may be named.
DIFFERENCE_REACH = 300
#: How far back in its paragraph money in kroner makes a bare "N millioner" money.
PARAGRAPH_REACH = 600
NEGATED_ONE = regex.compile(r"(?:ikke|ingen|aldri)\s+(?:\w+\s+){0,2}$", regex.IGNORECASE)


def year_like(core: Core) -> bool:
    """A bare whole number that reads as a year (`2019`), not as an amount."""
    return not core.scale_word and 1900 <= core.number <= 2100 and float(core.number).is_integer()


DATING_YEAR = regex.compile(r"i\s", regex.IGNORECASE)
#: Between the two amounts of a range or change; a change may date its first amount ("fra 900
#: millioner i 2019 til 600 millioner").
#: What joins the two ends of a range on one line: "200 og 300", "fra 13,9 i 2019 til 64", "2–3"
#: (a dash after a line break is a list's bullet, not a range).
RANGE_JOIN = regex.compile(r"[^\S\n]*(?:(?:i\s+(?:19|20)\d\d|i\s+fjor|i\s+år)\s+(?=til\s))?(?:(og|til)\s+|[–—-][^\S\n]*)$",
                           regex.IGNORECASE)
RANGE_OPEN = regex.compile(r"(?:^|\s)(mellom|fra)\s+$", regex.IGNORECASE)
#: Before the first of two amounts that share a unit and go to two things in turn: "henholdsvis 19 og 14".
RESPECTIVELY = regex.compile(r"(?<![\w-])henholdsvis\s+$", regex.IGNORECASE)
#: The words that open a range or change and join its two ends: "mellom 200 og 300", "fra 13,9 til 64".
RANGE_WORDS = (("mellom", "og"), ("fra", "til"))


#: A table's note of the unit its bare numbers are in: "(tall i mill. kr)", "(beløp i 1 000 kroner)",
#: "(mill. kr)", "(statlige midler, mill. kr)", "Tall i millioner kroner", "Driftsramme per enhet, mill. kr",
#: a column head "Finansiering | mill. kr".
TABLE_UNIT = regex.compile(r"(?:(?P<open>\()\s*(?:[^()\n,]{1,40},\s*)?(?:(?:tall|beløp)\s+)?(?:(?:oppgitt\s+)?i\s+)?|"
                           r"(?<![\w])(?:tall|beløp)\s+(?:oppgitt\s+)?i\s+|[,|][^\S\n]*)"
                           r"(?P<scale>1[ \u00a0]?000|tusen|mill\.?|millioner|mrd\.?|milliarder)\s*"
                           r"(?:kroner|kr\.?|NOK)(?![\w])(?(open)\s*\))", regex.IGNORECASE)
#: What may follow a table's note on its line: a remark in brackets ("(budsjett 2022 → budsjett 2023)"), a colon.
NOTE_REST = regex.compile(r"[^\S\n]*(?:\([^()\n]*\))?[^\S\n]*:?[^\S\n]*")
#: A bare number of a table row.
CELL = regex.compile(rf"(?<![\d,.-]){DIGITS}(?![\d,])")
#: A table row: an optional bullet, a label, a separator, then one or more numbers, apart by bars or an
#: arrow ("Hjemmetjenesten: 112,4 → 118,9", "Samferdsel | 248,3 | 259,1", "Brannstasjon\t42,5"), and
#: perhaps a remark in brackets ("E6 forbi Mosjøen: 2 400 (2025–2030)").
TABLE_ROW = regex.compile(rf"[^\S\n]*(?:[-•–*][^\S\n]+)?[^\n]*?[^\s\d|→](?:[^\S\n]*(?::|\||\t)[^\S\n]*|[^\S\n]+)"
                          rf"(?P<cells>(?<![\d,.-]){DIGITS}(?:[^\S\n]*(?:\||→|->)?[^\S\n]*(?<![\d,.-]){DIGITS})*)"
                          r"[^\S\n]*\|?[^\S\n]*(?:\([^()\n]*\))?[^\S\n]*")
#: What a table note opens with: "tall i", "beløp i", a bracket and its unit, or a comma and the unit.
NOTE_WORDS = ("all i ", "eløp i ", "all oppgitt", "eløp oppgitt", ", mill", ", mrd", ", 1 000 k", ", tusen k",
              "| mill", "| mrd", "| 1 000 k", "| tusen k")
NOTE_BRACKET = ("i ", "I ", "mill", "mrd", "1 000", "1000", "1\u00a0000", "tusen", "tall", "beløp")
#: The bracket of a note that names what the money is before its unit: "(statlige midler, mill. kr)".
NOTE_NAMED = regex.compile(r"[^()\n,]{1,40},\s*(?:mill|mrd|1 000|tusen)")


def note_scale(word: str) -> float | None:
    """The multiplier a note's unit word gives its bare numbers: "1 000" and "tusen" 1e3, "mill." 1e6."""
    key = regex.sub(r"[\s.\u00a0]", "", word.lower())
    return 1e3 if key == "1000" else scales().get(key, (None,))[0]


def may_hold_a_table_note(seg: str) -> bool:
    """Whether a text may hold a table note, by plain substring searches (the note's pattern is slow to
    try over a whole text)."""
    if any(w in seg for w in NOTE_WORDS):
        return True
    k = seg.find("(")
    while k >= 0:
        inside = seg[k + 1:k + 10].lstrip()
        if inside.startswith(NOTE_BRACKET) or NOTE_NAMED.match(seg, k + 1):
            return True
        k = seg.find("(", k + 1)
    return False


#: A year heading a table column.
YEAR_CELL = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A row of column heads that are years or spans of years, apart by bars: "Prosjekt | 2021 | 2022–2024".
YEAR_HEAD_ROW = regex.compile(r"[^\S\n]*[^\n|]*?[^\s\d|](?:[^\S\n]*\|[^\S\n]*(?P<head>(?:19|20)\d\d(?:[–-](?:19|20)\d\d)?))+"
                              r"[^\S\n]*\|?[^\S\n]*")


def column_heads(cells: list) -> bool:
    """A row of years only ("Sektor | 2011 | 2012") heads the columns; it holds no amounts."""
    return all(YEAR_CELL.fullmatch(c.group(0)) for c in cells)


def year_heads(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The head spans of a row of years or spans of years ("Prosjekt | 2021 | 2022–2024"), else None."""
    m = YEAR_HEAD_ROW.fullmatch(text, lo, hi)
    return m.spans("head") if m else None


def table_amounts(text: str, lo: int, hi: int) -> tuple[list[Money], list[tuple[int, int]]]:
    """The bare numbers of a table whose note gives their unit: each row under the note, up to the first
    line that is no row (a blank line right after the note or the column heads is allowed); a pair
    joined by an arrow is a change; and the notes' spans (whose "1 000 kr" is no amount)."""
    out: list[Money] = []
    notes: list[tuple[int, int]] = []
    if not may_hold_a_table_note(text[lo:hi]):
        return out, notes
    for note in TABLE_UNIT.finditer(text, lo, hi):
        scale = note_scale(note.group("scale"))
        line_end = text.find("\n", note.end())
        if scale is None or line_end < 0 or not NOTE_REST.fullmatch(text, note.end(), line_end):
            continue  # the note closes its line (a heading or a column head), else it is running text
        notes.append((note.start(), note.end()))
        pos = line_end + 1
        if text.startswith("\n", pos):
            pos += 1
        while pos < hi:
            end = text.find("\n", pos)
            end = hi if end < 0 or end > hi else end
            if year_heads(text, pos, end) is not None:  # "Prosjekt | 2021 | 2022–2024"
                pos = end + 1
                if text.startswith("\n", pos):
                    pos += 1
                continue
            m = TABLE_ROW.fullmatch(text, pos, end)
            if m is None:
                break
            cells = list(CELL.finditer(text, m.start("cells"), m.end("cells")))
            pos = end + 1
            if column_heads(cells):
                if text.startswith("\n", pos):
                    pos += 1
                continue
            arrow = len(cells) == 2 and any(a in text[cells[0].end():cells[1].start()] for a in ("→", "->"))
            for k, cell in enumerate(cells):
                value = parse_number(cell.group(0))
                if value is None:
                    continue
                out.append(Money(type="money", start=cell.start(), end=cell.end(), text=cell.group(0),
                                 value=clean_float(value * scale), currency="NOK", currency_inferred=True,
                                 qualifier=None, per=None, range=("from", "to")[k] if arrow else None))
    return out, notes


#: How many lines above a table row its column heads or its note may stand.
HEAD_REACH = 30


def table_row(text: str, start: int, end: int):
    """The table row (a TABLE_ROW match) whose line holds text[start:end], else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return TABLE_ROW.fullmatch(text, line_start, len(text) if line_end < 0 else line_end)


#: A column head that names its year with a word: "Budsjett 2024", "Forslag 2012", "Regnskap 2023".
NAMED_YEAR_HEAD = regex.compile(r"[^\S\n]*\p{L}[\p{L} .-]*?[^\S\n]+(?P<y>(?:19|20)\d\d)[^\S\n]*")


def named_year_heads(text: str, lo: int, hi: int, n: int) -> list[tuple[int, int]] | None:
    """The year spans of a head row whose last n cells, apart by bars, each name one year with a word
    ("Tjenesteområde | Budsjett 2024 | Budsjett 2025"); None for any other line."""
    bars = [m.start() for m in regex.finditer(r"\|", text[lo:hi])]
    if len(bars) < n:
        return None
    edges = [lo + b + 1 for b in bars[-n:]] + [hi + 1]
    spans = []
    for a, b in zip(edges, edges[1:], strict=False):
        m = NAMED_YEAR_HEAD.fullmatch(text, a, b - 1)
        if m is None:
            return None
        spans.append(m.span("y"))
    return spans


def column_head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the year heading the column of a table cell: a row of years above it ("Sektor | 2011 |
    2012") or the years of its note's remark ("mill. kr (budsjett 2022 → budsjett 2023)"), as many as the
    row has numbers; None for a cell of no table, or of a one-number row."""
    row = table_row(text, start, end)
    if row is None:
        return None
    line_start = row.start()
    cells = list(CELL.finditer(text, row.start("cells"), row.end("cells")))
    k = next((j for j, c in enumerate(cells) if c.start() == start), None)
    if k is None or len(cells) < 2:
        return None
    hi = line_start - 1
    for _ in range(HEAD_REACH):
        if hi <= 0:
            return None
        lo = text.rfind("\n", 0, hi) + 1
        note = TABLE_UNIT.search(text, lo, hi) if may_hold_a_table_note(text[lo:hi]) else None
        if note is not None:
            years = list(YEAR_CELL.finditer(text, note.end(), hi))
            return years[k].span() if len(years) == len(cells) else None
        named = named_year_heads(text, lo, hi, len(cells))
        if named is not None:  # "Tjenesteområde | Budsjett 2024 | Budsjett 2025"
            return named[k]
        spans = year_heads(text, lo, hi)  # "Prosjekt | 2021 | 2022–2024"
        if spans is not None:
            return spans[k] if len(spans) == len(cells) else None
        heads = TABLE_ROW.fullmatch(text, lo, hi)
        if heads is not None:  # "Sektor\t2011\t2012"
            found = list(CELL.finditer(text, heads.start("cells"), heads.end("cells")))
            if column_heads(found):
                return found[k].span() if len(found) == len(cells) else None
        hi = lo - 1
    return None


def find_money(text: str, lo: int, hi: int, sentences: list[tuple[int, int]]) -> list[Money]:
    """Every money amount in text[lo:hi]."""
    tables, notes = table_amounts(text, lo, hi)
    if notes:
        spans = [(t.start, t.end) for t in tables] + notes
        rest = [m for m in _find_money(text, lo, hi, sentences)
                if not any(a < m.end and m.start < b for a, b in spans)]
        return sorted(rest + tables, key=lambda m: m.start)
    return _find_money(text, lo, hi, sentences)


#: A sentence of a budget document that declares the unit of its bare numbers: "Tall i 1000 kroner der
#: ikke annet er oppgitt.", "Alle beløp er i hele tusen kroner." (not a bracketed table note).
DECLARED_UNIT = regex.compile(r"(?<![\w(])(?:(?:alle|samtlige)\s+)?(?:tall|tallene|beløp|beløpene)\s+(?:er\s+)?"
                              r"(?:oppgitt\s+)?i\s+(?:hele\s+)?(?P<scale>1[ \u00a0]?000|tusen|mill\.?|millioner)\s*"
                              r"(?:kroner|kr\.?|NOK)(?![\w)])(?!\s*\))", regex.IGNORECASE)
#: Where a bare number under such a declaration is money: after a verb or preposition of amounts
#: ("økes med 1 450, til 5 900", "et tilskudd på 480", "Tiltaket koster 260", "blir 6 840, mot 6 415"),
#: after a list label's colon ("Hurdal frivilligsentral: 385"), or joined to one ("180 neste år og 430").
DECLARED_SLOT = regex.compile(r"(?:(?<![\w-])(?:med|på|til|fra|blir|ble|koster|kostet|utgjør|utgjorde|mot|inn|og)|:)"
                              r"[^\S\n]+(?:(?:om\s+lag|rundt|ca\.|cirka|drøyt|nesten|inntil|minst|snaut)\s+)?$",
                              regex.IGNORECASE)
#: A list item's amount after its comma, closing it: "…, 1 450 årlig", "… fra 1. august 2024, 380."
DECLARED_CLOSING = (regex.compile(r",[^\S\n]+$"),
                    regex.compile(r"(?:[^\S\n]+(?:årlig|i\s+året|per\s+år))?[^\S\n]*(?:\.[^\S\n]*)?(?:\n|$)"))
#: After such a number, what makes it no amount: a share, a span of time, a counted noun's place.
DECLARED_NOT_AFTER = regex.compile(r"\s*(?:%|‰|prosent|promille|år\b|måned|uke|dag|time|,\d|/|mot\s+\d+\s+stemme|"
                                   r"stemme)|\.(?-i:[^\S\n]*\p{Ll}|[–-]|\d)", regex.IGNORECASE)  # "1. august", "1.–7."
#: A count's subject before its numbers: "Antallet mottakere har økt fra 38 til 52", "Elevtallet har falt fra
#: 612 til 548".
COUNT_SUBJECT = regex.compile(r"(?:\b(?:antall|antallet)|tallet(?:\s+på)?)\b[^.;:!?\n]*$", regex.IGNORECASE)
#: A year as written: four digits, no group space ("2 000" is an amount).
YEAR_WRITTEN = regex.compile(r"(?:19|20)\d\d")


def declared_scale(text: str, lo: int, hi: int) -> tuple[int, float, int] | None:
    """(where it ends, the multiplier, where it starts) of the first sentence in text[lo:hi] declaring
    the unit of the bare numbers after it, else None."""
    if not any(w in text for w in ("all i ", "allene ", "eløp")):  # "Tall i", "Tallene er", "Beløp"
        return None
    for m in DECLARED_UNIT.finditer(text, lo, hi):
        line_end = text.find("\n", m.end())
        if not NOTE_REST.fullmatch(text, m.end(), hi if line_end < 0 else line_end):
            break  # a sentence; a note that closes its line heads a table (table_amounts)
    else:
        return None
    scale = note_scale(m.group("scale"))
    return (m.end(), scale, m.start()) if scale else None


def declared_amount(text: str, lo: int, core: Core, declared: tuple[int, float, int] | None) -> bool:
    """Whether a bare number is an amount in the unit its document declared before it."""
    if declared is None or core.start < declared[0] or core.scale_word or core.currency:
        return False
    written = text[core.num_start:core.num_end]
    if _is_word_number(written) or YEAR_WRITTEN.fullmatch(written):
        return False
    closing = DECLARED_CLOSING[0].search(text, max(lo, core.start - 3), core.start) \
        and DECLARED_CLOSING[1].match(text, core.end)
    if not (DECLARED_SLOT.search(text, max(lo, core.start - 40), core.start) or COMPARATIVE_AFTER.match(text, core.end)
            or closing):
        return False
    if DECLARED_NOT_AFTER.match(text, core.end) or counted_noun_follows(text, core.end):
        return False
    return not COUNT_SUBJECT.search(text, max(lo, core.start - 80), core.start)


#: A list item's line: a bullet after the line break.
ITEM_LINE = regex.compile(r"[^\S\n]*[-•–*][^\S\n]+")


def item_line(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the list item line holding pos, else None."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return (start, end) if ITEM_LINE.match(text, start, end) else None


def sibling_items(text: str, cores: list[Core], kinds: list[str | None]) -> None:
    """A bare `N millioner` on a list item is money where the item just above or below names kroner
    ("- Bodø: 2,1 millioner kroner / - Rana: 1,6 millioner"): the items of a list share their unit."""
    money_lines = set()
    for core, kind in zip(cores, kinds, strict=True):
        if kind == "money" and (line := item_line(text, core.start)) is not None:
            money_lines.add(line)
    bare = {k: item_line(text, core.start) for k, core in enumerate(cores)
            if kinds[k] is None and core.scale_word and not counted_noun_follows(text, core.end)}
    bare = {k: line for k, line in bare.items() if line is not None}
    changed = bool(money_lines)
    while changed:  # along the list, item by item
        changed = False
        for k, line in bare.items():
            if kinds[k] is not None:
                continue
            above = item_line(text, line[0] - 1) if line[0] > 0 else None
            below = item_line(text, line[1] + 1) if line[1] + 1 < len(text) else None
            if above in money_lines or below in money_lines:
                kinds[k] = "inferred"
                money_lines.add(line)
                changed = True


#: From an amount to the bare number that shares out more of the same money, its unit left out: "3
#: millioner kroner til sykepleierutdanning i Alta og 2 i Vadsø", "15 millioner kroner til tilskudd, og 5
#: til boligsosialt arbeid", "24 milliarder av dette går til startlån og 8 til grønne boliglån", "300 000
#: kroner til korps, 200 000 til teatergrupper".
SHARE_BETWEEN = regex.compile(r"(?:[^\S\n]+\w+){0,4}?[^\S\n]+(?:til|i|på|ved)[^\S\n]+[^.;:!?\n]{1,80}?(?:,?[^\S\n]+og|,)[^\S\n]+",
                              regex.IGNORECASE)
#: What the bare number's share goes to: "2 i Vadsø", "5 til boligsosialt arbeid".
SHARE_AFTER = regex.compile(r"[^\S\n]+(?:til|i|på|ved)[^\S\n]+\w", regex.IGNORECASE)


def unit_for(bare: Core, named: Core) -> Core:
    """What a bare first amount borrows from the amount after it: its scale and currency ("mellom 8 og 10
    millioner kroner"), or only its currency where the bare number is written out in full ("mellom 500 000
    og 2 millioner kroner", "fra 600 000 til én million kroner")."""
    if bare.number >= 1000 and named.scale > 1:
        return replace(named, scale=1.0)
    return named


def elided_shares(text: str, cores: list[Core], kinds: list[str | None]) -> dict[int, Core]:
    """The bare numbers that share out more of the money just named, in its unit (SHARE_BETWEEN,
    SHARE_AFTER): each is marked money and mapped to the amount whose scale and currency it borrows."""
    borrowed: dict[int, Core] = {}
    for k in range(1, len(cores)):
        a, b = cores[k - 1], cores[k]
        if kinds[k] is not None or kinds[k - 1] is None or b.scale_word or b.currency or year_like(b) \
                or _is_word_number(text[b.num_start:b.num_end]):
            continue
        if SHARE_BETWEEN.fullmatch(text, a.end, b.start) and SHARE_AFTER.match(text, b.end):
            kinds[k] = kinds[k - 1] if kinds[k - 1] != "money" else "inferred"
            borrowed[k] = borrowed.get(k - 1, a)
    return borrowed


def _find_money(text: str, lo: int, hi: int, sentences: list[tuple[int, int]]) -> list[Money]:
    cores = find_cores(text, lo, hi)
    declared = declared_scale(text, lo, hi)
    if declared is not None:  # the declaration's own "1000 kroner" is no amount
        cores = [c for c in cores if not (declared[2] <= c.start < declared[0])]
    kinds: list[str | None] = []
    for k, core in enumerate(cores):
        if core.currency:
            kinds.append("money")
        elif declared_amount(text, lo, core, declared):
            kinds.append("declared")
        elif definite_scale(core):
            kinds.append("inferred")
        elif core.scale_word and not counted_noun_follows(text, core.end):
            s, e = sentence_at(sentences, core.start) if sentences else (lo, hi)
            purpose = PURPOSE_AFTER.match(text, core.end)
            # "Forsvaret får 40 milliarder kroner. Det er 1,1 milliarder høyere enn i år": a difference
            # from money named just before
            # ("… mot 2,1 milliarder i år"), or a share of it ("Hele 60 millioner av dette går til …")
            difference = (COMPARATIVE_AFTER.match(text, core.end) or SHARE_OF_MONEY.match(text, core.end)
                          or COMPARED_BEFORE.search(text, max(lo, core.start - 12), core.start)) \
                and bool(currency_before(cores, k, DIFFERENCE_REACH))
            # "Vi fikk 14 millioner kroner fra Norad i år. Neste år kan det bli rundt 10 millioner": the
            # paragraph is already speaking of kroner
            in_kroner = any(text.rfind("\n\n", c.end, core.start) < 0
                            for c in currency_before(cores, k, PARAGRAPH_REACH))
            kinds.append("inferred" if purpose or difference or in_kroner or has_budget_cue(text[s:e]) else None)
        elif not core.scale_word and core.number >= 1000 and MONEY_NOUN_AFTER.match(text, core.end):
            kinds.append("inferred")
        elif not core.scale_word and core.number >= 1000 and PER_PERIOD_AFTER.match(text, core.end) \
                and PAY_CUE.search(text, *(sentence_at(sentences, core.start) if sentences else (lo, hi))):
            kinds.append("inferred")  # "Lønna er 45 000 i måneden": a pay or a rent by the month
        elif core.price_dash and not core.scale_word:
            kinds.append("inferred")  # "Prisen er 5000,-": a price in whole kroner
        else:
            kinds.append(None)

    sibling_items(text, cores, kinds)
    borrowed: dict[int, Core] = elided_shares(text, cores, kinds)
    ranges: dict[int, str] = {}
    partner_of: dict[int, int] = {}
    # a year dating the first amount of a change is no amount between the two ("fra 900 millioner i
    # 2019 til 600 millioner")
    order = [k for k, c in enumerate(cores)
             if not (kinds[k] is None and DATING_YEAR.match(text, max(lo, c.start - 2)) and year_like(c))]
    for i, j in zip(order, order[1:], strict=False):
        a, b = cores[i], cores[j]
        if kinds[j] is None:
            continue
        between = text[a.end:b.start]
        join = RANGE_JOIN.fullmatch(between)
        if not join:
            continue
        word = (join.group(1) or "").lower()
        if word == "og" and RESPECTIVELY.search(text, max(lo, a.start - 14), a.start):
            # "henholdsvis 19 og 14 millioner kroner": two amounts in one unit, not a range
            if kinds[i] is None and not a.scale_word and not a.currency and (a.number * b.scale >= 1 or b.scale == 1):
                borrowed[i] = unit_for(a, b)
                kinds[i] = kinds[j]
            continue
        opener = RANGE_OPEN.search(text[max(lo, a.start - 12):a.start])
        if a.qualifier:
            opener = None
        bare_to = word == "til" and not a.scale_word and not a.currency and b.currency_word and not year_like(a)
        if word and not opener and not bare_to:
            continue  # "300 til 500 kroner" is a range without "fra"
        if opener and word and (opener.group(1).lower(), word) not in RANGE_WORDS:
            continue
        if kinds[i] is None and not a.scale_word and (a.number * b.scale >= 1 or b.scale == 1):
            borrowed[i] = unit_for(a, b)
            kinds[i] = kinds[j]
        if kinds[i] is None:
            continue
        ranges[i], ranges[j] = "from", "to"
        partner_of[i] = j

    out: list[Money] = []
    for i, core in enumerate(cores):
        if kinds[i] is None:
            continue
        per = per_of(text, core.start, core.end)
        if per is None and i in partner_of:
            j = partner_of[i]
            per = per_of(text, cores[j].start, cores[j].end)  # "mellom 200 og 300 kroner per elev"
        source = borrowed.get(i, core)
        value = core.number * (declared[1] if kinds[i] == "declared" else source.scale)
        currency = source.currency or "NOK"
        if core.ore:
            value += core.ore
        out.append(Money(
            type="money", start=core.start, end=core.end, text=text[core.start:core.end],
            value=clean_float(value), currency=currency, currency_inferred=kinds[i] in ("inferred", "declared"),
            qualifier=core.qualifier, per=per, range=ranges.get(i),
        ))
    return out


@Language.factory("claims_money")
class MoneyStage(RuleComponent):
    """Money amounts: `doc._.money` and the span group "money"."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc)
        doc._.money = find_money(doc_text(doc), ctx.body_start, len(doc_text(doc)), sentence_bounds(doc))
        write_group(doc, "money")
        return doc
