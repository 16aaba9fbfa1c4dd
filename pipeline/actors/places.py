"""Norwegian places by name: municipalities and towns (lang/municipalities.txt, lang/cities.txt),
counties, regions and countries, and the one town or county a text is about."""

from __future__ import annotations

import regex

from pipeline.lang.data import alternation, word_list


def _name_form(name: str) -> str:
    """A lowercase list entry as the name is written: "øvre eiker" -> Øvre Eiker, "nore og uvdal" -> Nore og Uvdal."""
    return " ".join(w if w in ("og", "i") else w[:1].upper() + w[1:] for w in name.split())


#: The municipalities named in more than one word ("Øvre Eiker", "Nore og Uvdal"), longest first; a
#: town's name is one of them or one capitalised word.
MULTI_WORD_MUNICIPALITY = alternation(_name_form(n) for n in word_list("municipalities.txt") if " " in n)
TOWN_NAME = rf"(?:{MULTI_WORD_MUNICIPALITY}|\p{{Lu}}[\p{{Ll}}-]+)"
#: A town named as where something is: "i Lier", "på Stord", "i Øvre Eiker".
TOWN_AFTER = regex.compile(rf"(?<![\w-])(?:i|på)\s+(?P<town>{TOWN_NAME})(?![\w-])")
#: A county named in two parts: "i Møre og Romsdal", "i Troms og Finnmark".
COUNTY_AFTER = regex.compile(r"(?<![\w-])i\s+(?P<town>\p{Lu}[\p{Ll}-]+\s+og\s+\p{Lu}[\p{Ll}-]+)(?![\w-])")


#: A sentence (or list item) that opens by placing what it says in a town: "I Sandnes skal det spares …",
#: "I Frogn kommune er startlånsrammen …".
OPENS_IN_TOWN = regex.compile(rf"[^\S\n]*(?:[-•–][^\S\n]*)?I\s+(?P<town>{MULTI_WORD_MUNICIPALITY}|\p{{Lu}}\p{{Ll}}+"
                              r"(?:-\p{Lu}?\p{Ll}+)*)(?:\s+kommune)?(?=[\s,])")


def opening_municipality(sentence: str) -> str | None:
    """The municipality a sentence opens by placing itself in, as a public body ("Sandnes kommune"), or None."""
    m = OPENS_IN_TOWN.match(sentence)
    if m is None or m.group("town").lower() not in word_list("municipalities.txt"):
        return None
    return " ".join(m.group("town").split()) + " kommune"


def is_town(name: str) -> bool:
    """Whether a name is a Norwegian municipality's (lang/municipalities.txt) or a town's (lang/cities.txt)."""
    return name.lower() in word_list("municipalities.txt") or name.lower() in word_list("cities.txt")


def is_place(name: str) -> bool:
    """Whether a name is a Norwegian municipality's or town's, a county's, district's or region's, or a
    country's."""
    low = name.lower()
    return is_town(name) or low in word_list("counties.txt") or low in word_list("districts.txt") \
        or low in word_list("regions.txt") or low in word_list("countries.txt")


def only_town(text: str, county: bool = False, municipality: bool = False) -> str | None:
    """The one town a text places things in ("i Lier", "i Bremanger"), for a generic "kommunen" or
    "kommunestyret" where no municipality is named, or with `county` the one county ("i Buskerud") for
    "fylkestinget"; None where it names none or several. With `municipality`, of several places the one
    municipality (a mayor's: "i Nes" and "på Årnes")."""
    counties = word_list("counties.txt")
    towns = list(TOWN_AFTER.finditer(text))
    names = {" ".join(m.group("town").split()) for m in towns}
    if county:
        # a two-part county stands for itself, not for its first part ("Troms og Finnmark", not "Troms")
        pairs = {m.start("town"): m.group("town") for m in COUNTY_AFTER.finditer(text)
                 if m.group("town").lower() in counties}
        parts = {m.group("town") for m in towns if m.start("town") not in pairs}
        found = {n for n in parts if n.lower() in counties} | set(pairs.values())
    else:
        found = {n for n in names if is_town(n) and n.lower() not in counties
                 and n.lower() not in word_list("countries.txt")}
        if len(found) > 1 and municipality:
            found = {n for n in found if n.lower() in word_list("municipalities.txt")}
    return found.pop() if len(found) == 1 else None


#: A municipality named in any form: "i Kvinesdal", "Kvinesdal kommune", "Kvinesdals".
MUNICIPALITY_WORD = regex.compile(rf"(?<![\w-])(?:(?:{MULTI_WORD_MUNICIPALITY})s?|\p{{Lu}}[\p{{Ll}}-]+)(?![\w-])")


def main_municipality(text: str) -> str | None:
    """The municipality a text names most often, where it names one at least twice and more often than
    any other ("Rådmannen foreslår …" in a paper's piece on Kvinesdal that also names Flekkefjord
    once); None otherwise."""
    municipalities, counties = word_list("municipalities.txt"), word_list("counties.txt")
    counts: dict[str, int] = {}
    for m in MUNICIPALITY_WORD.finditer(text):
        word = " ".join(m.group(0).split())
        name = word[:-1] if word.endswith("s") and word[:-1].lower() in municipalities else word
        if name.lower() in municipalities and name.lower() not in counties:
            counts[name] = counts.get(name, 0) + 1
    return most_often(counts, at_least=2)


def most_often(counts: dict[str, int], at_least: int = 1) -> str | None:
    """The name counted most, where it is counted at least `at_least` times and more often than any
    other; None otherwise."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < at_least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def city_government_town(text: str) -> str | None:
    """The town with a city government (lang/city_governments.txt) a text speaks of most, also inside a
    compound ("Osloskolen", "bergensbudsjettet"); None where it speaks of none or of two equally."""
    counts: dict[str, int] = {}
    for city in word_list("city_governments.txt"):
        n = len(regex.findall(rf"(?<![\w-]){city}", text, flags=regex.IGNORECASE))
        if n:
            counts[city] = n
    city = most_often(counts)
    return city.title() if city else None
