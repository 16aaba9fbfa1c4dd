"""Counts of things (dimension `quantity`); examples in tests/examples/quantity.tsv.

The counted noun, in its singular lemma, is the unit: `1000 pasienter` -> 1000 `pasient`,
`38 nye turnusstillinger` -> 38 `turnusstilling`, `over 22 prosent` -> 22 `%`; a number followed by
`flere`/`færre` and no noun counts people (`over 79.000 flere fått fastlege` -> 79000 `person`).
Money and time mentions are found first; a quantity never overlaps them.
"""

from __future__ import annotations

from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.component import RuleComponent, write_group
from pipeline.dimensions.money import RANGE_WORDS, VAGUE_BEFORE, amount_starts, per_of, qualifier_pattern
from pipeline.dimensions.numbers import (
    DIGITS,
    adjective_pattern,
    clean_float,
    number_words,
    parse_number,
    scale_of,
    scale_pattern,
)
from pipeline.document import context_of
from pipeline.lang.data import mapping, table, word_list
from pipeline.lang.nouns import mend_stem, model_noun_lemma
from pipeline.offsets import SpanSet, doc_text, finditer_from, reads_model, token_at
from pipeline.schema import Quantity

W = r"(?![\w])"
#: Words before a number that make it an identifier, not a count.
NOT_COUNT_BEFORE = regex.compile(r"(?:kl\.|klokka|klokken|nr\.|nummer|side|s\.|tlf\.|telefon|kapittel|kap\.|"
                                 r"paragraf|§|punkt|post|vei|veien|gate|gata|rom|uke|artikkel|versjon|runde|"
                                 r"fase|trinn|steg|del|tabell|figur|ordning|modell|alternativ|LIS|lis|prop\.|meld\.|st\.meld\.|"
                                 r"innst\.|sak|vedlegg|region|sone|rute|linje)\s*$",
                                 regex.IGNORECASE)
SMALL_WORDS = {"en", "én", "ett", "ei", "to", "ni", "ti"}
#: Words in a count that say what changes: "200 flere ansatte", "500 nye innbyggere", "økte satser".
CHANGE_WORDS = regex.compile(r"\b(?:nye|ny|nytt|flere|færre|ekstra|økt|økte|mer|mindre)\b", regex.IGNORECASE)
#: Right after a count, a word that says it changes: "over 79 000 flere har fått fastlege", "tre ukers ekstra
#: permisjon".
CHANGE_AFTER = regex.compile(r"\s+(?:flere|færre|nye|ekstra|mer)\b", regex.IGNORECASE)
DETERMINER_BEFORE = regex.compile(r"(?<![\w])(?:de|disse|begge|alle|våre|deres|sine|hans|hennes)\s+$",
                                  regex.IGNORECASE)
#: Small number words that are as often an article ("en ny skole"): never a count on their own ("én",
#: stressed, is the number: "én ny stilling som klimarådgiver").
ARTICLES = {"en", "ett", "ei"}
_SPACES = regex.compile(r"\s+")
_LAST_WORD = regex.compile(r"([\w][\w\-]*)$")


@cache
def quantity_regex():
    from pipeline.dimensions.numbers import word_number_pattern

    number = rf"(?:{DIGITS}|(?<![\w]){word_number_pattern()}{W})"
    pattern = rf"""
        (?<![\w.,\-/§])
        (?:(?P<qual>{qualifier_pattern()})\s+)?
        (?P<num>{number})
        (?:\s*(?P<scale>{scale_pattern()}))?
        (?P<adjs>(?:[^\S\n]+{adjective_pattern()}{W})*)
        (?:(?P<pct>\s*(?:%|prosent{W}|prosentpoeng{W}))|[^\S\n]+(?P<noun>[\w][\w\-]*))?
    """
    return regex.compile(pattern, regex.IGNORECASE | regex.VERBOSE)


def exception_ending(low: str) -> str | None:
    """The exception (lang/noun_lemmas.tsv) a lowercase compound ends in, where it is a true inflection
    of the same stem: "barneskoler" ends in skoler (-> skole); None where it ends in none."""
    for known, lemma in mapping("noun_lemmas.tsv").items():
        if low.endswith(known) and len(known) > 3 and lemma[:2] == known[:2]:
            return known
    return None


def lemma_of(word: str) -> str:
    """Singular lemma of a plural noun by suffix rules and an exception list (no model needed); a unit
    symbol's lemma is its unit's ("GWh" -> gigawattime).

    An exception also applies as the last part of a compound (`sykehjemsplasser` -> `sykehjemsplass`)
    when it is a true inflection (same stem), not a synonym such as `folk` -> `person`.
    """
    if word in unit_symbols():
        return unit_symbols()[word]
    low = word.lower()
    exceptions = mapping("noun_lemmas.tsv")
    if low in exceptions:
        return exceptions[low]
    head, sep, tail = low.rpartition("-")
    if sep:
        return f"{head}-{lemma_of(tail)}" if tail else low
    last = exception_ending(low)
    if last is not None:
        return low[: -len(last)] + exceptions[last]
    if low.endswith("ene") and len(low) > 5:
        return mend_stem(low[:-3])
    if low.endswith("ere") and len(low) > 5:
        return low[:-1]
    if low.endswith(("er", "ar")) and len(low) > 4:
        return mend_stem(low[:-2])
    return low


#: A year written as digits, and what stands before a year ("fra 2012", "lov av 1980", "siden 2009").
YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")
YEAR_BEFORE = regex.compile(r"(?:^|\s)(?i:fra|for|av|i|siden|til|innen|før|etter|fram\s+til|frem\s+til|høsten|våren)\s+$")
#: Finite verbs that follow a number as a sentence goes on ("Domstolloven av 1915 sier …"): never counted.
FINITE_VERBS = {"er", "var", "har", "hadde", "blir", "ble", "gir", "ga", "viser", "sier", "sa", "kan", "skal", "vil",
                "må", "bør", "får", "fikk", "går", "gikk", "kommer", "kom", "står", "sto", "ligger", "lå"}


@cache
def unit_symbols() -> dict[str, str]:
    """Unit symbols as written (case matters: "MW" is no "mw") -> their unit's lemma."""
    return {row[0]: row[1] for row in table("unit_symbols.tsv")}


def is_noun_like(word: str) -> bool:
    low = word.lower()
    if not word[:1].isalpha():
        return False
    if word in unit_symbols():
        return True  # "90 GWh", "50 MW"
    head, _, tail = word.rpartition("-")
    if word[:1].isupper() and not (head and tail.islower()):
        return False  # a name, not a counted noun ("ALIS-avtaler" and "LIS1-stillinger" are nouns)
    if low in word_list("function_words.txt") or low in word_list("time_units.txt") or low in word_list("not_counted.txt") \
            or low in FINITE_VERBS or low in word_list("past_tense.txt"):
        return False  # "95 millioner lagt inn": a participle counts nothing
    from pipeline.dimensions.money import currencies

    return low not in currencies() and low != "øre" and low not in mapping("months.tsv")


#: A word after a number that modifies the counted noun after it rather than being it: a genitive after
#: a consonant ("heldøgns omsorgsplasser", "fulltids stillinger"; not "sykehus") or an adjective or
#: participle in the plural ("døgnbemannede boliger", "kommunale utleieboliger", "fire prioriterte områder",
#: "tolv fossile biler").
MODIFIER_FORM = regex.compile(r"\w{3,}(?:[^aeiouyæøås\W]s|ede|ete|erte|ige|iske|ske|ale|elle|ile)|\w*utsatte", regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"[^\S\n]+(?P<w>[a-zæøå][\w\-]*)")


def modified_noun(text: str, start: int, end: int, hi: int) -> tuple[int, int]:
    """The span of the counted noun that starts at text[start:end]: the next word when this one only
    modifies it, else this one."""
    word = text[start:end].lower()
    if not (MODIFIER_FORM.fullmatch(word) or word in word_list("adjectives.txt")) \
            or word[:-1] in word_list("time_units.txt"):
        return start, end  # "11 måneders studiestøtte" counts months
    nxt = _NEXT_WORD.match(text, end, hi)
    if nxt is None or len(nxt.group("w")) < 4 or not is_noun_like(nxt.group("w")) or nxt.group("w").endswith("es"):
        return start, end  # "12 sykehus bygges": a passive verb follows the noun
    return nxt.start("w"), nxt.end("w")


def find_quantities(text: str, lo: int, hi: int, taken=(), lemmatize=None) -> list[Quantity]:
    """Counts in text[lo:hi] that do not overlap `taken` (money and time mentions)."""
    out: list[Quantity] = []
    occupied = SpanSet((s.start, s.end) for s in taken)
    for m in finditer_from(quantity_regex(), amount_starts(), text, lo, hi):
        num_text = m.group("num")
        if num_text.lower() in SMALL_WORDS and not m.group("pct") and (
                num_text.lower() in ARTICLES or not m.group("adjs") or not m.group("noun")
                or DETERMINER_BEFORE.search(text, max(lo, m.start() - 12), m.start())):
            # the cheapest test first: most matches are a bare "en" or "to". A small number word counts
            # only before an adjective and a noun ("to nye lærere", "ti nye fengsler"), not after a
            # determiner ("de to nye skolene")
            continue
        if occupied.overlaps(m.start("num"), m.end("num")):
            continue
        value = parse_number(num_text)
        if value is None:
            continue
        before = text[max(lo, m.start() - 12):m.start()]
        vague = not m.group("qual") and not any(ch.isdigit() for ch in num_text) and VAGUE_BEFORE.search(before)
        if NOT_COUNT_BEFORE.search(before) or vague:
            continue
        if YEAR_DIGITS.fullmatch(num_text) and not m.group("scale") and YEAR_BEFORE.search(before):
            continue  # a year after its preposition, not a count of the next word: "Fra 2012 innfører …"
        if text[m.end("num"):m.end("num") + 1] == "." and not m.group("scale"):
            continue  # an ordinal: "1. mai", "3. Teambasert"
        mult, _ = scale_of(m.group("scale"))
        value = clean_float(value * mult)
        adjs = (m.group("adjs") or "").lower().split()
        end = m.end("num") if not m.group("scale") else m.end("scale")
        unit = None
        if m.group("pct"):
            pct = m.group("pct").strip().lower()
            unit = "prosentpoeng" if pct == "prosentpoeng" else "%"
            end = m.end("pct")
        elif m.group("noun") and is_noun_like(m.group("noun")):
            noun_start, end = modified_noun(text, m.start("noun"), m.end("noun"), hi)
            noun = text[noun_start:end]
            unit = (lemmatize(noun, noun_start) if lemmatize else None) or lemma_of(noun)
        elif adjs and adjs[-1] in ("flere", "færre"):
            unit = "person"
            end = m.end("num")
        if unit is None:
            continue
        if occupied.overlaps(m.start(), end):
            continue
        qual = m.group("qual")
        start = m.start() if qual else m.start("num")
        out.append(Quantity(
            type="quantity", start=start, end=end, text=text[start:end], value=value, unit=unit,
            qualifier=mapping("qualifiers.tsv")[_SPACES.sub(" ", qual.lower())] if qual else None,
            per=per_of(text, start, end),
        ))
    out += partitive_counts(text, lo, hi, occupied, out, lemmatize)
    out += range_starts(text, lo, out, occupied)
    out += number_of_counts(text, lo, hi, occupied, out)
    out += pronoun_partitive_counts(text, lo, hi, occupied, out)
    out += taken_counts(text, lo, hi, occupied, out)
    return sorted(out + elided_counts(text, out, occupied, hi), key=lambda q: q.start)


@cache
def range_start_regex():
    """The first bound of a range or change of counts, right before the second, in digits or words:
    "mellom 500 og ", "fra 8 500 til ", "20–", "fra to til " (the second bound names the counted noun:
    "mellom 500 og 700 nye årsverk", "fra to til tre faste legestillinger")."""
    from pipeline.dimensions.numbers import word_number_pattern

    return regex.compile(rf"(?:(?<![\w])(?P<open>mellom|fra)\s+(?P<num>(?<![\d,.]){DIGITS}|(?<![\w]){word_number_pattern()})"
                         rf"\s+(?P<join>og|til)\s+|(?<![\w\d,.])(?P<num2>{DIGITS})[^\S\n]*[–—-][^\S\n]*)$",
                         regex.IGNORECASE)
#: How far back from a count its range's first bound may start.
RANGE_REACH = 30


def range_starts(text: str, lo: int, counts: list[Quantity], occupied: SpanSet) -> list[Quantity]:
    """The first bounds of ranges and changes whose second bound is a count, counted in its unit:
    "mellom 500 og 700 nye årsverk" -> 500 årsverk (from) and 700 (to), "fra 8 500 til 9 000
    vernepliktige" -> 8 500 vernepliktige, "fra 37 til 45 prosent" -> 37 %."""
    out: list[Quantity] = []
    for q in counts:
        if q.unit in ("person",) or q.qualifier or not any(ch.isalpha() for ch in q.text):
            continue
        m = range_start_regex().search(text, max(lo, q.start - RANGE_REACH), q.start)
        if m is None:
            continue
        group = "num" if m.group("num") else "num2"
        if m.group("open") and (m.group("open").lower(), m.group("join").lower()) not in RANGE_WORDS:
            continue
        start, end = m.start(group), m.end(group)
        value = parse_number(m.group(group))
        if value is None or not free_number(m.group(group), start, end, occupied, counts):
            continue
        out.append(Quantity(type="quantity", start=start, end=end, text=text[start:end], value=value, unit=q.unit,
                            qualifier=None, per=q.per, range="from"))
        q.range = "to"
    return out


@cache
def partitive_regex():
    from pipeline.dimensions.numbers import word_number_pattern

    number = rf"(?:{DIGITS}|(?<![\w]){word_number_pattern()}{W})"
    return regex.compile(rf"(?<![\w.,\-/§])(?:(?P<qual>{qualifier_pattern()})\s+)?(?P<num>{number})[^\S\n]+av[^\S\n]+"
                         rf"(?:(?:de|disse)[^\S\n]+)?(?:(?:{adjective_pattern()}|\p{{Ll}}+(?<!st)e|{number})[^\S\n]+){{0,2}}"
                         r"(?P<noun>\p{Ll}[\w-]{2,}(?:ene|ne))(?![\w-])", regex.IGNORECASE)


#: How far before " av " a partitive's number and qualifier may start, and how far after it its noun ends.
PARTITIVE_BACK, PARTITIVE_AHEAD = 40, 60


def partitive_counts(text: str, lo: int, hi: int, occupied: SpanSet, counts: list[Quantity],
                     lemmatize=None) -> list[Quantity]:
    """A number of a definite plural named after `av` counts it: "om lag 45 av årsverkene", "minst ti av
    de nye stillingene", "fire av de sju lensmannskontorene" (the span is the number; "av dem" names
    nothing; a superlative makes no count: "en av de største havnene")."""
    out: list[Quantity] = []
    if " av " not in text:
        return out
    pattern = partitive_regex()
    matches = []  # tried only around each " av " (the pattern is slow to try at every position)
    words = number_words()
    for av in regex.finditer(r" av ", text, pos=lo, endpos=hi):
        before = text[text.rfind(" ", lo, av.start()) + 1:av.start()].lower()
        if not (before[-1:].isdigit() or before in words):
            continue  # no number right before it
        m = pattern.search(text, max(lo, av.start() - PARTITIVE_BACK), min(hi, av.end() + PARTITIVE_AHEAD))
        if m is not None and m.start() <= av.start() < m.end() and (not matches or m.start() >= matches[-1].end()):
            matches.append(m)
    for m in matches:
        start = m.start("qual") if m.group("qual") else m.start("num")
        if occupied.overlaps(start, m.end("num")) or any(c.start < m.end("num") and start < c.end for c in counts):
            continue
        value = parse_number(m.group("num"))
        if value is None or YEAR_DIGITS.fullmatch(m.group("num")) or not is_noun_like(m.group("noun")):
            continue
        qual = m.group("qual")
        noun = m.group("noun")
        unit = (lemmatize(noun, m.start("noun")) if lemmatize else None) or lemma_of(noun)
        out.append(Quantity(type="quantity", start=start, end=m.end("num"), text=text[start:m.end("num")],
                            value=value, unit=unit,
                            qualifier=mapping("qualifiers.tsv")[_SPACES.sub(" ", qual.lower())] if qual else None,
                            per=None))
    return out


@cache
def bare_number() -> str:
    """A number standing alone, in digits or words ("1 000", "tre"): not part of a longer number or word."""
    from pipeline.dimensions.numbers import word_number_pattern

    return rf"(?:(?<![\d,.]){DIGITS}(?!\d|,\d)|(?<![\w]){word_number_pattern()}(?![\w]))"


def free_number(number: str, start: int, end: int, occupied: SpanSet, taken: list[Quantity]) -> bool:
    """Whether a bare number at text[start:end] may be a count: no year, and not inside money, a time
    (`occupied`) or a count already found (`taken`)."""
    return not YEAR_DIGITS.fullmatch(number) and not occupied.overlaps(start, end) \
        and not any(c.start < end and start < c.end for c in taken)


@cache
def pronoun_partitive_regex():
    """A number of "dem"/"disse", before or after it: "bare 60 av dem går til sykepleie", "Av disse går 25 til
    sykepleierutdanningen", "Av dem kommer 500 allerede neste år"."""
    number = bare_number()
    return regex.compile(rf"(?<![\w.,\-/§])(?:(?P<qual>{qualifier_pattern()})\s+)?(?P<num>{number})[^\S\n]+av[^\S\n]+"
                         rf"(?:dem|disse)(?![\w-])|(?<![\w])[Aa]v[^\S\n]+(?:dem|disse)[^\S\n]+(?:\w+[^\S\n]+){{1,2}}?"
                         rf"(?:(?P<qual2>{qualifier_pattern()})\s+)?(?P<num2>{number})(?=\s+(?:i|til|ved|på|neste|allerede|"
                         r"av|fra|innen)\b|\s*[,.;)])", regex.IGNORECASE)


def last_count_before(counts: list[Quantity], pos: int, reach: int) -> Quantity | None:
    """Of counts in the order of their ends, the last to end before `pos` that starts within `reach` of it:
    the count whose noun a later bare number leaves out."""
    return next((c for c in reversed(counts) if pos - reach <= c.start and c.end <= pos), None)


#: The cheap test whether pronoun_partitive_regex may match at all: "av dem", "Av disse".
_PARTITIVE_PRONOUN = regex.compile(r"[Aa]v[^\S\n]+(?:dem|disse)\b")
#: How far back a count may stand that "dem"/"disse" counts part of.
PRONOUN_PARTITIVE_REACH = 300


def pronoun_partitive_counts(text: str, lo: int, hi: int, occupied: SpanSet, counts: list[Quantity]) -> list[Quantity]:
    """A number of "dem"/"disse" (pronoun_partitive_regex) counts what the last count before it counts, in
    its unit: "Regjeringen vil opprette 600 nye studieplasser. Bare 60 av dem går til sykepleie." """
    out: list[Quantity] = []
    if not _PARTITIVE_PRONOUN.search(text, lo, hi):
        return out
    nouns = sorted((c for c in counts if c.unit not in ("%", "prosentpoeng", "person") and any(ch.isalpha() for ch in c.text)),
                   key=lambda c: c.end)
    for m in pronoun_partitive_regex().finditer(text, lo, hi):
        group, qual = ("num", m.group("qual")) if m.group("num") else ("num2", m.group("qual2"))
        start = m.start("qual" if group == "num" else "qual2") if qual else m.start(group)
        end = m.end(group)
        before = last_count_before(nouns, m.start(), PRONOUN_PARTITIVE_REACH)
        value = parse_number(m.group(group))
        if before is None or value is None or not free_number(m.group(group), start, end, occupied, [*counts, *out]):
            continue
        out.append(Quantity(type="quantity", start=start, end=end, text=text[start:end], value=value,
                            unit=before.unit,
                            qualifier=mapping("qualifiers.tsv")[_SPACES.sub(" ", qual.lower())] if qual else None,
                            per=None))
    return out


@cache
def taken_count_regex():
    """A bare number after a verb that takes a count (lang/count_verbs.txt), closing its clause or followed
    by a time or preposition: "sier ja til 110.", "ville bosette 100 neste år", "bedt om minst 30"."""
    verbs = "|".join(regex.escape(v).replace(r"\ ", r"[^\S\n]+")
                     for v in sorted(word_list("count_verbs.txt"), key=len, reverse=True))
    return regex.compile(rf"(?<![\w-])(?:{verbs})[^\S\n]+(?:(?P<qual>{qualifier_pattern()})[^\S\n]+)?"
                         rf"(?P<num>{bare_number()})(?=[^\S\n]*[.,;)]|[^\S\n]*$|[^\S\n]+(?:i|neste|til|og|innen|fra|ved|på|skal)\b)",
                         regex.IGNORECASE)


#: How far back a count may stand whose noun a taken count leaves out.
TAKEN_COUNT_REACH = 600


def taken_counts(text: str, lo: int, hi: int, occupied: SpanSet, counts: list[Quantity]) -> list[Quantity]:
    """A bare number a verb takes as a count (taken_count_regex) counts what the last count before it
    counts, in its unit: "IMDi ber kommunen bosette 35 flyktninger. Rådmannen foreslår at vi sier ja til 15." """
    out: list[Quantity] = []
    nouns = sorted((c for c in counts if c.unit not in ("%", "prosentpoeng") and any(ch.isalpha() for ch in c.text)),
                   key=lambda c: c.end)
    if not nouns:
        return out
    for m in taken_count_regex().finditer(text, lo, hi):
        start, end = m.span("num")
        before = last_count_before(nouns, m.start(), TAKEN_COUNT_REACH)
        value = parse_number(m.group("num"))
        if before is None or value is None or not free_number(m.group("num"), start, end, occupied, [*counts, *out]):
            continue
        qual = m.group("qual")
        if qual:
            start = m.start("qual")
        out.append(Quantity(type="quantity", start=start, end=end, text=text[start:end], value=value,
                            unit=before.unit,
                            qualifier=mapping("qualifiers.tsv")[_SPACES.sub(" ", qual.lower())] if qual else None,
                            per=None))
    return out


#: A bare number beside a count before it, its noun left out: compared ("1 000 nye studentboliger, mot 800 i
#: årets budsjett", "30 flyktninger neste år, mot 18 i år", "40 flyktninger, sammenlignet med 30 i år"), and
#: the shapes below.
ELIDED = regex.compile(rf"[^.\n]{{0,80}}?\b(?:mot|sammenli[gk]net\s+med)\s+(?P<num>(?<![\d,.]){DIGITS})(?![\d,])"
                       r"(?=\s+(?:i|året|for|fra|på|under|da|som|før|etter)\b|\s*[,.;)]|\s*$)"
                       # a second share of the same thing: "45 av stillingene til Oslo og 20 til Troms",
                       # "14 nye hurtigladere langs E39 og 6 langs riksvei 5", "16 ladere på E39 og 5 på riksvei 5"
                       rf"|[^.\n]{{0,60}}?\bog\s+(?:(?:ytterligere|enda|nye)\s+)?(?P<num>(?<![\d,.]){DIGITS})(?![\d,])"
                       r"(?=\s+(?:(?:til|i|ved|på)\s+(?:(?-i:\p{Lu})|\w*vei\s+\d)|langs\s|utenfor\s|rundt\s))"
                       # the same count for another year: "30 flyktninger i år og 35 neste år", "24 nye plasser i
                       # 2026 og ytterligere 12 i 2027"
                       rf"|[^.\n]{{0,60}}?\bog\s+(?:(?:ytterligere|enda)\s+)?(?P<num>(?<![\d,.]){DIGITS})(?![\d,])"
                       r"(?=\s+(?:i\s+(?:19|20)\d\d|neste\s+år|i\s+år|året\s+etter|i\s+fjor)\b)"
                       # where it goes down or up from: "30 flyktninger i år, ned fra 45 i fjor"
                       rf"|[^.\n]{{0,40}}?\b(?:ned|opp)\s+fra\s+(?P<num>(?<![\d,.]){DIGITS})(?![\d,])"
                       r"(?=\s+(?:i|året|for)\b|\s*[,.;)]|\s*$)"
                       # the next item of a list of counts: "- 50 plasser i sykepleie\n- 40 i grunnskolelærer…"
                       rf"|[^\n]*\n[^\S\n]*[-•–*][^\S\n]+(?P<num>(?<![\d,.]){DIGITS})(?![\d,])(?=\s+(?:i|til|ved|på)\s)",
                       regex.IGNORECASE)


def elided_counts(text: str, counts: list[Quantity], occupied: SpanSet, hi: int) -> list[Quantity]:
    """The bare numbers compared with a count of the same sentence, sharing it out, giving it for another
    year or what it went down or up from, or on the next item of its list (ELIDED), counted in its unit."""
    out: list[Quantity] = []
    queue = list(counts)
    while queue:
        q = queue.pop(0)
        if q.unit in ("%", "prosentpoeng"):
            continue
        m = ELIDED.match(text, q.end, hi)
        if m is None or not free_number(m.group("num"), m.start("num"), m.end("num"), occupied, [*counts, *out]):
            continue
        value = parse_number(m.group("num"))
        if value is not None:
            found = Quantity(type="quantity", start=m.start("num"), end=m.end("num"), text=m.group("num"),
                             value=value, unit=q.unit, qualifier=None, per=q.per)
            out.append(found)
            queue.append(found)  # along a list, item by item
    return out


@cache
def number_of_regex():
    """ "antallet X" and, later in its clause, the bare numbers that count X: "øke antallet øvingsdøgn fra
    4 000 til 5 500", "øke antallet vernepliktige i Hæren med 1 000", "antall øvingsdøgn fra tre til fem"."""
    number = bare_number()
    return regex.compile(rf"(?<![\w-])[Aa]ntall(?:et)?[^\S\n]+(?:{adjective_pattern()}[^\S\n]+)?"
                         rf"(?P<noun>\p{{Ll}}[\w-]{{2,}})(?![\w-])[^.;:\n]{{0,60}}?\s"
                         rf"(?:(?P<from_word>fra)\s+(?P<from>{number})\s+til\s+(?P<to>{number})|"
                         rf"(?P<by_word>med)\s+(?P<by>{number}))"
                         r"(?=\s+(?:i|innen|fra|neste|til|per|hvert|i\s+året)\b|\s*[,.;)]|\s*$)")


def number_of_counts(text: str, lo: int, hi: int, occupied: SpanSet, counts: list[Quantity]) -> list[Quantity]:
    """Bare numbers that count what "antallet X" names earlier in their clause (number_of_regex), in X's
    unit; a "fra A til B" gives both ends of the change."""
    out: list[Quantity] = []
    for m in number_of_regex().finditer(text, lo, hi):
        start, end = modified_noun(text, m.start("noun"), m.end("noun"), hi)  # "dagkirurgiske operasjoner"
        if not is_noun_like(text[start:end]):
            continue
        unit = lemma_of(text[start:end])
        ends = [("from", "from"), ("to", "to")] if m.group("from_word") else [("by", None)]
        for group, rng in ends:
            start, end = m.start(group), m.end(group)
            value = parse_number(m.group(group))
            if value is None or not free_number(m.group(group), start, end, occupied, [*counts, *out]):
                continue
            out.append(Quantity(type="quantity", start=start, end=end, text=m.group(group), value=value, unit=unit,
                                qualifier=None, per=per_of(text, start, end), range=rng))
    return out


def refine_units(doc: Doc) -> None:
    """Replace rule lemmas of counted nouns with the model's lemma where the model tagged a noun."""
    if not doc.has_annotation("LEMMA") or not doc._.quantity:
        return
    for q in doc._.quantity:
        m = _LAST_WORD.search(q.text)
        if not m or q.unit in ("%", "prosentpoeng", "person"):
            continue
        token = token_at(doc, q.start + m.start(1))
        if token is None or not reads_model(doc, token.idx):
            continue
        if token.text != m.group(1) or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.text.lower() in mapping("noun_lemmas.tsv") or exception_ending(token.text.lower()) is not None:
            continue  # the hand-written exceptions know better ("måneders" -> måned, "barneskoler" -> barneskole)
        lemma = token.lemma_.lower()
        if lemma == token.text.lower() and q.unit != lemma:
            continue  # the model left an unseen plural as it was; the suffix rules did better
        lemma = model_noun_lemma(token.text.lower(), lemma)
        if lemma and (lemma.isalpha() or "-" in lemma):
            q.unit = lemma


@Language.factory("claims_quantity")
class QuantityStage(RuleComponent):
    """Counts and percentages that are not money or time: `doc._.quantity`, span group "quantity"."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc)
        taken = list(doc._.money or []) + list(doc._.time or [])
        doc._.quantity = find_quantities(doc_text(doc), ctx.body_start, len(doc_text(doc)), taken)
        write_group(doc, "quantity")
        return doc


@Language.factory("claims_units")
class UnitsStage(RuleComponent):
    """After the model: counted-noun lemmas from the model (when it has a lemmatizer)."""

    def __call__(self, doc: Doc) -> Doc:
        refine_units(doc)
        return doc
