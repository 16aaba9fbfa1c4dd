"""The actor lexicon (pipeline/lang/actors.yaml): parties, governments with their terms of office,
ministries and their ministers' titles, public bodies, organisations, persons; and the government in
office on a day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

import yaml

from pipeline.lang.data import HERE

NAME = r"(?:[A-ZÆØÅ][a-zæøåéüöäA-ZÆØÅ]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?)"
#: Two to four name words on one line (a name never runs over a line break: "Budsjett\n\nBent Høie").
FULL_NAME = rf"{NAME}(?:[^\S\n]+{NAME}){{1,3}}"
PRONOUNS = {"vi", "vår", "våre", "vårt", "oss"}


@dataclass
class Government:
    canonical: str
    start: dt.date
    end: dt.date
    parties: list[str]
    #: names of the coalition that stand for the government only while it sits ("de rødgrønne")
    while_in_office: list[str] = field(default_factory=list)


@dataclass
class Lexicon:
    entries: list[tuple[str, str, str, dict]] = field(default_factory=list)  # alias, canonical, type, extra
    marker_only: dict[str, str] = field(default_factory=dict)
    governments: list[Government] = field(default_factory=list)
    generic_government: set[str] = field(default_factory=set)
    minister_titles: dict[str, str] = field(default_factory=dict)  # title -> ministry
    person_party: dict[str, str] = field(default_factory=dict)
    party_aliases: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)  # canonical -> type
    # alias -> canonical of the agencies whose regional offices act as the agency ("offices: agency")
    office_agencies: dict[str, str] = field(default_factory=dict)
    person_titles: list[str] = field(default_factory=list)
    by_alias: dict[str, str] = field(default_factory=dict)  # alias as written -> canonical
    by_folded: dict[str, str] = field(default_factory=dict)  # alias or canonical, lowercased -> canonical

    def canonical_of(self, name: str) -> str | None:
        """The canonical name a whole name stands for ("OsloMet – storbyuniversitetet" -> OsloMet), or None."""
        return name if name in self.types else self.by_alias.get(name)

    def canonical_any_case(self, name: str) -> str | None:
        """The canonical name a whole name stands for, however its words are capitalised ("Norsk
        sykepleierforbund" -> Norsk Sykepleierforbund), or None."""
        return self.canonical_of(name) or self.by_folded.get(name.lower())


@cache
def lexicon() -> Lexicon:
    data = yaml.safe_load((HERE / "actors.yaml").read_text(encoding="utf-8"))
    lex = Lexicon()

    def add(canonical: str, kind: str, aliases, lower=False, **extra):
        lex.types.setdefault(canonical, kind)
        for alias in aliases:
            lex.entries.append((alias, canonical, kind, {"lower": lower, **extra}))
            lex.by_alias.setdefault(alias, canonical)

    for party in data.get("parties", []):
        add(party["canonical"], "party", party.get("aliases", []))
        for alias in party.get("aliases", []):
            lex.party_aliases[alias] = party["canonical"]
        for alias in party.get("marker_only", []):
            lex.marker_only[alias] = party["canonical"]
            lex.party_aliases[alias] = party["canonical"]
    for gov in data.get("governments", []):
        lex.governments.append(Government(gov["canonical"], _date(gov["from"]), _date(gov["to"]), gov["parties"],
                                          gov.get("while_in_office", [])))
        add(gov["canonical"], "government", gov.get("aliases", []))
    lex.generic_government = set(data.get("government_generic", []))
    for ministry in data.get("ministries", []):
        add(ministry["canonical"], "ministry", ministry.get("aliases", []))
        for title in ministry.get("ministers", []):
            lex.minister_titles[title] = ministry["canonical"]
    for body in data.get("public_bodies", []):
        add(body["canonical"], body.get("type", "public_body"), body.get("aliases", []), lower=body.get("lower", False))
        if body.get("offices") == "agency":
            lex.office_agencies.update({alias: body["canonical"] for alias in body.get("aliases", [])})
    for org in data.get("organisations", []):
        add(org["canonical"], "organisation", org.get("aliases", []), lower=org.get("lower", False))
    lex.person_titles = list(data.get("person_titles", []))
    for person in data.get("persons", []):
        add(person["canonical"], "person", [person["canonical"]])
        if person.get("party"):
            lex.person_party[person["canonical"]] = person["party"]
    for alias, canonical in (*lex.by_alias.items(), *((c, c) for c in lex.types)):
        lex.by_folded.setdefault(alias.lower(), canonical)
    return lex


def office_agency(name: str) -> str:
    """The agency a regional office acts as, where the agency's offices act for it (actors.yaml `offices:
    agency`: "Husbanken region sør" -> Husbanken); else the name itself."""
    agencies = lexicon().office_agencies
    return next((canonical for alias, canonical in agencies.items() if name.startswith(alias + " ")), name)


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def government_in_office(day: dt.date | None) -> Government | None:
    """The government sitting on `day` (None where the day is unknown or before the lexicon's terms)."""
    if day is None:
        return None
    return next((gov for gov in lexicon().governments if gov.start <= day < gov.end), None)


def government_before(day: dt.date) -> str | None:
    """The government that left office last before `day` (None where the lexicon knows none)."""
    gone = [gov for gov in lexicon().governments if gov.end <= day]
    return max(gone, key=lambda gov: gov.end).canonical if gone else None


def government_on(day: dt.date | None) -> str | None:
    gov = government_in_office(day)
    return gov.canonical if gov is not None else None


@cache
def person_titles() -> tuple[str, ...]:
    """The lexicon's titles of persons, lowercase ("talsperson", "stortingsrepresentant")."""
    return tuple(t.lower() for t in lexicon().person_titles)


def government_led_by(party: str, day: dt.date | None) -> str | None:
    """The latest government led by `party` that had begun by `day` (any day when unknown)."""
    best = None
    for gov in lexicon().governments:
        if gov.parties and gov.parties[0] == party and (day is None or gov.start <= day):
            best = gov.canonical
    return best


def alias_variants(alias: str, lower: bool) -> set[str]:
    out = {alias, alias[:1].upper() + alias[1:]}
    if lower:
        out.add(alias[:1].lower() + alias[1:])
    for v in list(out):
        if v[-1].isalpha() and not v.endswith("s"):
            out.add(v + "s")
    return out
