"""Norwegian numerals -> values. Pure functions, plus the regular-expression pieces the money,
quantity and time dimensions share.

Digits use `,` for decimals and `.`, space, no-break space or narrow no-break space between
thousands (`1,6`, `48.000`, `5 000`); words go from `null` to `nittini`, with `hundre`, `tusen` and
compounds (`tjuefem`, `fem tusen og tjue`, `tre hundre`), `halvannen` and `en halv`. Scale words
(`millioner`, `mrd.` …, long scale: `billion` = 10^12) multiply.
"""

from __future__ import annotations

from functools import cache

import regex

from pipeline.lang.data import table, word_list
from pipeline.offsets import WORD_CHARS, literal_trie

GROUP_SEP = "[.\u00a0\u202f ]"
#: A number written with digits; thousands groups never start with 0 (`0.095` is no grouping).
DIGITS = rf"(?:[1-9]\d{{0,2}}(?:{GROUP_SEP}\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
_DIGITS = regex.compile(DIGITS)
_GROUP_SEP = regex.compile(GROUP_SEP)


@cache
def number_words() -> dict[str, tuple[float, str]]:
    return {row[0].lower(): (float(row[1]), row[2]) for row in table("number_words.tsv")}


@cache
def scales() -> dict[str, tuple[float, str | None]]:
    return {row[0].lower(): (float(row[1]), None if row[2] == "-" else row[2]) for row in table("scales.tsv")}


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def word_number_pattern() -> str:
    """A run of number words: `tre`, `tjuefem`, `fem tusen og tjue`, `halvannen`, `en halv`."""
    morpheme = _alternation(number_words())
    word = rf"(?:{morpheme})+"
    # `og` joins words only after hundre/tusen ("tre hundre og femti"), so "to og tre" stays two numbers
    return (rf"(?:{word}\s+og\s+(?:en|ei)\s+halv(?![\w])|(?:en|ei|ett)\s+(?:halv|kvart)(?![\w])|tre\s+kvart(?![\w])|"
            rf"{word}(?:(?:(?<=hundre|tusen)\s+og)?\s+(?:{word}))*)")


@cache
def number_start() -> str:
    """An `re` fragment (see pipeline.offsets.start_scanner) that holds where a number starts: a digit,
    or number words up to the end of the first word."""
    return rf"\d|(?:{literal_trie(number_words())})+(?![{WORD_CHARS}])"


@cache
def scale_pattern() -> str:
    alts = []
    for word in sorted(scales(), key=len, reverse=True):
        if word.endswith("."):
            alts.append(regex.escape(word))
        else:
            alts.append(regex.escape(word) + r"(?![\w])")
    return "(?:" + "|".join(alts) + ")"


@cache
def adjective_pattern() -> str:
    return rf"(?:{_alternation(word_list('amount_adjectives.txt'))})"


def parse_digits(text: str) -> float | None:
    """`1,6` -> 1.6, `48.000` -> 48000, `5 000` -> 5000, `1.234,5` -> 1234.5."""
    text = text.strip()
    if not _DIGITS.fullmatch(text):
        return None
    integer, _, decimals = text.partition(",")
    integer = _GROUP_SEP.sub("", integer)
    try:
        return float(f"{integer}.{decimals}" if decimals else integer)
    except ValueError:
        return None


@cache
def _morpheme_regex():
    return regex.compile(rf"({_alternation(number_words())})", regex.IGNORECASE)


def split_number_word(word: str) -> list[str] | None:
    """`tjuefem` -> [`tjue`, `fem`]; None when the word is not made only of number morphemes."""
    parts = [p for p in _morpheme_regex().split(word.lower()) if p]
    words = number_words()
    if all(p in words for p in parts):
        return parts
    return None


def parse_words(text: str) -> float | None:
    """`fem tusen og tjue` -> 5020, `tre hundre` -> 300, `halvannen` -> 1.5, `en halv` -> 0.5."""
    tokens = text.lower().split()
    if tokens in (["en", "halv"], ["ei", "halv"], ["ett", "halvt"], ["ett", "halv"]):
        return 0.5
    if tokens in (["en", "kvart"], ["ei", "kvart"], ["ett", "kvart"]):
        return 0.25
    if tokens == ["tre", "kvart"]:
        return 0.75
    half = False
    if tokens[-3:] in (["og", "en", "halv"], ["og", "ei", "halv"]):
        half = True
        tokens = tokens[:-3]
    words = number_words()
    total = 0.0
    current = 0.0
    seen = False
    for token in tokens:
        if token == "og":
            continue
        parts = split_number_word(token)
        if parts is None:
            return None
        for part in parts:
            value, kind = words[part]
            seen = True
            if kind in ("unit", "tens", "fraction"):
                current += value
            elif kind == "hundred":
                current = (current or 1) * value
            elif kind == "thousand":
                total += (current or 1) * value
                current = 0
    if not seen:
        return None
    result = total + current
    return result + 0.5 if half else result


def parse_number(text: str) -> float | None:
    """A numeral in digits or words, without scale."""
    value = parse_digits(text)
    if value is not None:
        return value
    return parse_words(text)


def scale_of(word: str | None) -> tuple[float, str | None]:
    """Multiplier and implied currency of a scale word (`mrd.` -> 1e9; `MNOK` -> 1e6, NOK)."""
    if not word:
        return 1.0, None
    return scales().get(word.lower(), (1.0, None))


def clean_float(value: float) -> float:
    """Round away binary noise: 1.6 * 1e9 -> 1600000000.0."""
    return float(round(value, 6))


def parse_value(text: str) -> float | None:
    """An amount as a reviewer or a spreadsheet writes it, scale words included: `1 100 000 000`,
    `1.000.000`, `1,1 mrd`, `10 mrd.`, `halvannen million`, and plain decimals (`0.5`,
    `1100000000.0`). None when it is no number."""
    words = " ".join(str(text).replace("\u00a0", " ").replace("\u202f", " ").split())
    if not words:
        return None
    head, _, last = words.rpartition(" ")
    factor, _ = scale_of(last) if head and last.lower() in scales() else (1.0, None)
    number = head if factor != 1.0 else words
    value = parse_number(number)
    if value is None and regex.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", number):
        value = float(number)
    return None if value is None else clean_float(value * factor)
