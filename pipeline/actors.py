"""Actors (parties, governments, ministries, persons, organisations, public bodies) as a spaCy
component (`claims_actors`).

Sources, in order of trust: the actor lexicon (pipeline/lexicon/actors.yaml) through a
PhraseMatcher; persons from minister titles (`helse- og omsorgsminister Bent Høie`), party markers
(`Truls Vasvik (Ap)`) and the model's PER entities, with later bare surnames referring back; the
model's ORG entities. A plain `regjeringen` is the government in office on the document date;
`Høyre-regjeringen` the latest government led by Høyre. `vi`/`vår`/`oss` resolve to whom the
writer speaks for: inside a quote the speaker's side, outside it the author's or publisher's.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex
import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.lexicon import HERE, word_list
from pipeline.mentions import Actor, SpanSet, context_of, doc_text, reads_model, register_extensions

NAME = r"(?:[A-ZÆØÅ][a-zæøåéüöäA-ZÆØÅ]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?)"
FULL_NAME = rf"{NAME}(?:\s+{NAME}){{1,3}}"
SPEECH_VERBS = r"(?:ifølge|sier|sa|mener|uttaler|uttalte|forteller|fortalte|skriver|understreker|påpeker|legger\s+til|konkluderer)"
PRONOUNS = {"vi", "vår", "våre", "vårt", "oss"}


@dataclass
class Government:
    canonical: str
    start: dt.date
    end: dt.date
    parties: list[str]


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
    person_titles: list[str] = field(default_factory=list)


@cache
def lexicon() -> Lexicon:
    data = yaml.safe_load((HERE / "actors.yaml").read_text(encoding="utf-8"))
    lex = Lexicon()

    def add(canonical: str, kind: str, aliases, lower=False, **extra):
        lex.types.setdefault(canonical, kind)
        for alias in aliases:
            lex.entries.append((alias, canonical, kind, {"lower": lower, **extra}))

    for party in data.get("parties", []):
        add(party["canonical"], "party", party.get("aliases", []))
        for alias in party.get("aliases", []):
            lex.party_aliases[alias] = party["canonical"]
        for alias in party.get("marker_only", []):
            lex.marker_only[alias] = party["canonical"]
            lex.party_aliases[alias] = party["canonical"]
    for gov in data.get("governments", []):
        lex.governments.append(Government(gov["canonical"], _date(gov["from"]), _date(gov["to"]), gov["parties"]))
        add(gov["canonical"], "government", gov.get("aliases", []))
    lex.generic_government = set(data.get("government_generic", []))
    for ministry in data.get("ministries", []):
        add(ministry["canonical"], "ministry", ministry.get("aliases", []))
        for title in ministry.get("ministers", []):
            lex.minister_titles[title] = ministry["canonical"]
    for body in data.get("public_bodies", []):
        add(body["canonical"], body.get("type", "public_body"), body.get("aliases", []), lower=body.get("lower", False))
    for org in data.get("organisations", []):
        add(org["canonical"], "organisation", org.get("aliases", []), lower=org.get("lower", False))
    lex.person_titles = list(data.get("person_titles", []))
    for person in data.get("persons", []):
        add(person["canonical"], "person", [person["canonical"]])
        if person.get("party"):
            lex.person_party[person["canonical"]] = person["party"]
    return lex


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def document_day(date: str | None) -> dt.date | None:
    """A day to compare with terms of office: YYYY -> 1 July, YYYY-MM -> the 15th."""
    if not date:
        return None
    parts = [int(p) for p in date[:10].split("-") if p.isdigit()]
    try:
        if len(parts) == 1:
            return dt.date(parts[0], 7, 1)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], 15)
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def government_on(day: dt.date | None) -> str | None:
    if day is None:
        return None
    for gov in lexicon().governments:
        if gov.start <= day < gov.end:
            return gov.canonical
    return None


def government_led_by(party: str, day: dt.date | None) -> str | None:
    """The latest government led by `party` that had begun by `day` (any day when unknown)."""
    best = None
    for gov in lexicon().governments:
        if gov.parties and gov.parties[0] == party and (day is None or gov.start <= day):
            best = gov.canonical
    return best


def party_of_government(canonical: str) -> list[str]:
    for gov in lexicon().governments:
        if gov.canonical == canonical:
            return gov.parties
    return []


def _variants(alias: str, lower: bool) -> set[str]:
    out = {alias, alias[:1].upper() + alias[1:]}
    if lower:
        out.add(alias[:1].lower() + alias[1:])
    for v in list(out):
        if v[-1].isalpha() and not v.endswith("s"):
            out.add(v + "s")
    return out


class ActorFinder:
    def __init__(self, nlp: Language):
        lex = lexicon()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, tuple[str, str]] = {}
        make = nlp.make_doc
        for i, (alias, canonical, kind, extra) in enumerate(lex.entries):
            key = f"A{i}"
            self.info[key] = (canonical, kind)
            self.matcher.add(key, [make(v) for v in _variants(alias, extra.get("lower", False))])
        for alias, canonical in lex.party_aliases.items():
            if alias in lex.marker_only:
                continue
            key = f"G:{canonical}"
            self.info[key] = (canonical, "party_government")
            forms = [f"{alias}-regjeringen", f"{alias}-regjeringa", f"{alias}regjeringen"]
            self.matcher.add(key, [make(f) for f in forms if f])
        self.generic = lex.generic_government
        titles = sorted(lex.minister_titles, key=len, reverse=True)
        title_alt = "|".join(regex.escape(t) for t in titles)
        self.title_re = regex.compile(rf"(?<![\w-])(?P<title>(?i:{title_alt}))\s+(?P<name>{FULL_NAME})")
        roles = "|".join(regex.escape(t) for t in sorted(lex.person_titles, key=len, reverse=True))
        # the lookahead (a word, then a capital) is implied by the rest; it spares the engine the
        # role alternatives at most word starts
        self.role_re = regex.compile(rf"(?<![\w-])(?=[\w-]+\s+[A-ZÆØÅ])(?i:[\w-]*(?:{roles}))\s+(?P<name>{FULL_NAME})")
        self.titles_lower = {t.lower() for t in titles}
        self.title_lengths = sorted({len(t) for t in titles})
        self.roles_lower = tuple(t.lower() for t in lex.person_titles)
        party_alt = "|".join(regex.escape(a) for a in sorted(lex.party_aliases, key=len, reverse=True) if len(a) > 1)
        self.party_genitive_re = regex.compile(rf"(?<![\w-])(?P<party>{party_alt})s\s+(?:[\w-]+\s+){{0,2}}$")
        self.marker_re = regex.compile(rf"(?P<name>{FULL_NAME})\s*\((?P<party>[A-Za-zÆØÅæøå]{{1,4}})\)")

    def __call__(self, doc: Doc) -> list[Actor]:
        ctx = context_of(doc)
        text, lo = doc_text(doc), ctx.body_start
        lex = lexicon()
        day = document_day(ctx.date)
        found: list[Actor] = []

        # 1. the lexicon
        for match_id, s, e in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            canonical, kind = self.info[key]
            span = doc[s:e]
            if span.start_char < lo:
                continue
            if kind == "party_government":
                gov = government_led_by(canonical, day)
                if gov:
                    found.append(self._actor(text, span.start_char, span.end_char, gov, "government"))
                continue
            found.append(self._actor(text, span.start_char, span.end_char, canonical, kind))
        # a named municipality or county: "Tromsø kommune", "Vestland fylkeskommunes"
        function = word_list("function_words.txt")
        # every match holds "kommune" and every marker "(" + up to four letters + ")": a text without
        # them is not scanned
        for m in LOCAL_BODY.finditer(text, pos=lo) if "kommune" in text else ():
            if m.group("place").split()[0].lower() in function:
                continue  # "Hver kommune", "Den kommunen"
            found.append(self._actor(text, m.start(), m.end(), f"{m.group('place')} {m.group('kind').lower()}",
                                     "public_body"))
        # single-letter party markers: "(H)"
        for m in regex.finditer(r"\((?P<p>[A-ZÆØÅ])\)", text, pos=lo):
            if m.group("p") in lex.marker_only:
                found.append(self._actor(text, m.start("p"), m.end("p"), lex.marker_only[m.group("p")], "party"))
        # generic "regjeringen"
        explicit_govs = [a.canonical for a in found if a.actor_type == "government"]
        for start, end in self.generic_tokens(doc, text, lo):
            gov = government_on(day) or (explicit_govs[-1] if explicit_govs else None)
            if gov:
                found.append(self._actor(text, start, end, gov, "government"))

        # 2. persons: minister titles, party markers, NER, back-references
        persons: dict[str, Actor] = {}
        names = name_starts(text, lo)
        for m in before_names(self.title_re, text, lo, names, self.title_starts):
            name = m.group("name")
            ministry = lex.minister_titles.get(m.group("title").lower())
            actor = self._actor(text, m.start("name"), m.end("name"), name, "person")
            actor.ministry = ministry
            actor.party = lex.person_party.get(name)
            found.append(actor)
            persons.setdefault(name, actor)
            if ministry and ministry != "Statsministerens kontor":
                found.append(self._actor(text, m.start("title"), m.end("title"), ministry, "ministry"))
        for m in before_names(self.role_re, text, lo, names, self.role_starts):
            name = m.group("name")
            if name in persons or any(a.start == m.start("name") for a in found):
                continue
            actor = self._actor(text, m.start("name"), m.end("name"), name, "person")
            genitive = self.party_genitive_re.search(text[max(lo, m.start() - 60):m.start()])
            actor.party = lex.person_party.get(name) or (lex.party_aliases.get(genitive.group("party")) if genitive else None)
            found.append(actor)
            persons.setdefault(name, actor)
        titles = tuple(t.lower() for t in lex.person_titles)
        for m in self.marker_re.finditer(text, pos=lo) if _MARKER.search(text, lo) else ():
            party = lex.party_aliases.get(m.group("party"))
            if not party:
                continue
            name, start = m.group("name"), m.start("name")
            while " " in name and name.split(" ", 1)[0].lower().endswith(titles):
                head, name = name.split(" ", 1)  # "Bystyrerepresentant Anne Karlsen (Ap)"
                start += len(head) + 1
            actor = self._actor(text, start, start + len(name), name, "person")
            actor.party = party
            found.append(actor)
            known = persons.setdefault(name, actor)
            known.party = known.party or party
            found.append(self._actor(text, m.start("party"), m.end("party"), party, "party"))
        for actor in found:
            if actor.actor_type == "person":
                persons.setdefault(actor.canonical, actor)
        for ent in doc.ents:
            if ent.start_char < lo or not reads_model(doc, ent.start_char):
                continue  # model output is read only inside claim windows (see pipeline.windows)
            if not ent.text[:1].isalnum():
                continue  # a name starts with a letter: "• Knekkpunkt" is a bullet and a noun
            name = regex.sub(r"(?<=\w)s$", "", ent.text) if ent.label_ in ("PER", "ORG", "GPE_ORG") else ent.text
            if ent.label_ == "PER" and " " in ent.text.strip():
                actor = self._actor(text, ent.start_char, ent.end_char, ent.text.strip(), "person")
                found.append(actor)
                persons.setdefault(actor.canonical, actor)
            elif ent.label_ in ("ORG", "GPE_ORG") and trusted_org(ent):
                found.append(self._actor(text, ent.start_char, ent.end_char, name, "organisation"))
        by_surname: dict[str, Actor] = {}
        for name, actor in persons.items():
            parts = name.split()
            if len(parts) >= 2:
                by_surname.setdefault(parts[-1], actor)
        for surname, person in by_surname.items():
            for m in regex.finditer(rf"(?<![\w-]){regex.escape(surname)}(?:s)?(?![\w-])", text, pos=lo):
                ref = self._actor(text, m.start(), m.end(), person.canonical, "person")
                ref.party, ref.ministry = person.party, person.ministry
                found.append(ref)
        for actor in found:
            if actor.actor_type == "person":
                base = persons.get(actor.canonical)
                if base is not None:
                    actor.party = actor.party or base.party or lex.person_party.get(actor.canonical)
                    actor.ministry = actor.ministry or base.ministry
        return _dedupe(found)

    def title_starts(self, text: str, lo: int, ws_start: int) -> list[int]:
        """Where a minister title ending at ws_start starts (the title regex confirms)."""
        return [ws_start - n for n in self.title_lengths
                if ws_start - n >= lo and text[ws_start - n:ws_start].lower() in self.titles_lower]

    def role_starts(self, text: str, lo: int, ws_start: int) -> list[int]:
        """The start of the word ending at ws_start when it ends with a role (`partileder`)."""
        word = WORD_BEFORE.match(text, lo, ws_start)
        return [word.start()] if word and word.group().lower().endswith(self.roles_lower) else []

    def generic_tokens(self, doc: Doc, text: str, lo: int) -> list[tuple[int, int]]:
        """(start, end) of the tokens that are a generic government word, in text order: found by
        searching the text, kept where a token spans exactly the word (cheaper than every token)."""
        out = []
        for word in self.generic:
            if word not in text:
                continue
            for m in regex.finditer(regex.escape(word), text, pos=lo, overlapped=True):
                span = doc.char_span(m.start(), m.end())
                if span is not None and len(span) == 1:
                    out.append((m.start(), m.end()))
        return sorted(out)

    @staticmethod
    def _actor(text: str, start: int, end: int, canonical: str, kind: str) -> Actor:
        return Actor("actor", start, end, text[start:end], canonical=canonical, actor_type=kind)


#: Where a full name (FULL_NAME) starts after whitespace: a title or role before a name ends there.
NAME_AFTER_SPACE = regex.compile(rf"(?<=\s)(?={FULL_NAME})")
WORD_BEFORE = regex.compile(r"(?r)[\w-]+")


def name_starts(text: str, lo: int) -> list[tuple[int, int]]:
    """(start of the whitespace before the name, start of the name) of every full name in text[lo:]."""
    out = []
    # a name starts with a capital after whitespace: `re` finds those places (its whitespace holds regex's),
    # the exact pattern is tried only there (it is zero-width: each place stands alone)
    match = NAME_AFTER_SPACE.match
    for c in _CAPITAL_AFTER_SPACE.finditer(text, lo):
        m = match(text, c.start())
        if m is None:
            continue
        ws_start = m.start()
        while ws_start > lo and text[ws_start - 1].isspace():
            ws_start -= 1
        out.append((ws_start, m.start()))
    return out


def before_names(pattern: regex.Pattern, text: str, lo: int, names: list[tuple[int, int]], starts_at) -> list:
    """pattern.finditer(text, lo) for a pattern whose every match is `<words> <whitespace> <FULL_NAME>`:
    tried only where such words end right before a name (`starts_at(text, lo, ws_start)` gives their
    possible starts), left to right and without overlaps as finditer would. Scanning every position
    of the text with the long title alternations cost more than the rest of the actor rules."""
    candidates = sorted({p for ws_start, _ in names for p in starts_at(text, lo, ws_start)})
    out, cursor = [], lo
    for p in candidates:
        if p < cursor:
            continue
        m = pattern.match(text, p)
        if m:
            out.append(m)
            cursor = m.end()
    return out


LOCAL_BODY = regex.compile(r"(?<![\w-])(?P<place>\p{Lu}[\w-]+(?: \p{Lu}[\w-]+)?)\s+"
                           r"(?P<kind>kommune|fylkeskommune)s?(?![\w-])")


def trusted_org(ent) -> bool:
    """An organisation the model found, unless it is one capitalised word opening a sentence
    ("Total bevilgning …"), where a common noun is the likelier reading."""
    if not ent.text[:1].isupper():
        return False
    if len(ent) == 1 and ent[0].is_sent_start and not ent.text.isupper():
        return False
    return True


PRIORITY = {"government": 0, "ministry": 1, "party": 2, "person": 3, "public_body": 4, "organisation": 5}


def _dedupe(actors: list[Actor]) -> list[Actor]:
    """Longest, most trusted mention wins where mentions overlap."""
    actors.sort(key=lambda a: (-(a.end - a.start), PRIORITY.get(a.actor_type, 9), a.start))
    kept: list[Actor] = []
    taken = SpanSet()
    for actor in actors:
        if taken.overlaps(actor.start, actor.end):
            continue
        kept.append(actor)
        taken.add(actor.start, actor.end)
    kept.sort(key=lambda a: a.start)
    return kept


# --- whose side `vi` is -------------------------------------------------------------------------

def side_of(actor: Actor, day: dt.date | None, actors: list[Actor]) -> tuple[str, str] | None:
    """The collective a person speaks for: a minister's government, else his party."""
    if actor.actor_type != "person":
        return actor.canonical, actor.actor_type
    if actor.ministry:
        gov = government_on(day) or next((a.canonical for a in actors if a.actor_type == "government"), None)
        if gov:
            return gov, "government"
    if actor.party:
        return actor.party, "party"
    return actor.canonical, "person"


QUOTE_OPEN = regex.compile(r"(?:^\s*(?:[A-ZÆØÅ ]{2,}:\s*)?|[.!?]\s+)(?P<dash>[–—«\"])")


#: How far after the speech verb (`, sier`) the speaker's name may start.
SPEAKER_REACH = 60
SPEECH_AFTER_QUOTE = regex.compile(rf",?\s+{SPEECH_VERBS}\s+")


_CAPITAL_AFTER_SPACE = re.compile(r"(?<=\s)[A-ZÆØÅ]")
_MARKER = re.compile(r"\([A-Za-zÆØÅæøå]{1,4}\)")
_QUOTE_MARK = re.compile("[–—«\"]")
_NEWLINE = re.compile("\n")


@lru_cache(maxsize=4)
def quote_frames(text: str, lo: int) -> tuple[tuple[int, int, int | None], ...]:
    """(start, end, speaker_from) of quotes: from a dash or « (opening a line or following a sentence
    end) to `, sier …` on the same line; the speaker's name starts within SPEAKER_REACH characters of
    speaker_from (None when no speech verb closes the quote). Rules only: no actors needed."""
    frames = []
    # only a line holding a dash, « or " can open a quote (QUOTE_OPEN ends in one): those lines are
    # found from the marks, in order, instead of trying every line
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    last = -1
    for mark in _QUOTE_MARK.finditer(text, lo):
        k = bisect_left(newlines, mark.start())
        base = max(lo, newlines[k - 1] + 1 if k else 0)
        if base == last:
            continue
        last = base
        line = text[base:newlines[k] if k < len(newlines) else len(text)]
        openers = [m.start("dash") for m in QUOTE_OPEN.finditer(line)]
        for k, start in enumerate(openers):
            stop = openers[k + 1] if k + 1 < len(openers) else len(line)
            speech = SPEECH_AFTER_QUOTE.search(line, start, stop)
            if speech is None:
                frames.append((base + start, base + stop, None))
            else:
                frames.append((base + start, base + speech.start(), base + speech.end()))
    return tuple(frames)


def quote_spans(text: str, lo: int, actors: list[Actor]) -> list[tuple[int, int, Actor | None]]:
    """(start, end, speaker) of quotes (see quote_frames); the speaker is the person right after the
    speech verb."""
    spans = []
    # the persons by start, so the ones after a speech verb are found by bisection; the first in the
    # list's order is the speaker
    persons = sorted((a.start, k) for k, a in enumerate(actors) if a.actor_type == "person")
    for start, end, after in quote_frames(text, lo):
        speaker = None
        if after is not None:
            near = persons[bisect_left(persons, (after, -1)):bisect_right(persons, (after + SPEAKER_REACH, len(actors)))]
            speaker = actors[min(k for _, k in near)] if near else None
        spans.append((start, end, speaker))
    return spans


AUTHOR_LINE = regex.compile(rf"(?P<name>{FULL_NAME})\s+er\s+[^.\n]{{0,80}}?\s(?:i|for)\s+(?P<party>[A-ZÆØÅ][\w]+(?:\s+[A-ZÆØÅ][\w]+)*)")


BYLINE = regex.compile(rf"^(?:[^\n]*\n){{0,4}}?[ \t]*(?:(?:Kronikk|Innlegg|Debatt)\s+)?(?:[Aa]v\s+)?(?P<name>{FULL_NAME})\s*\(")


def author_party(name: str | None, actors: list[Actor]) -> str | None:
    """An author's party: from the lexicon, or from a party marker after the name in the text."""
    if not name:
        return None
    party = lexicon().person_party.get(name)
    if party:
        return party
    return next((a.party for a in actors if a.actor_type == "person" and a.canonical == name and a.party), None)


def writer_side(doc: Doc, actors: list[Actor]) -> tuple[str, str] | None:
    """Whom the writer speaks for outside quotes: the author's party (metadata, byline or author
    line), a publisher that is a political actor itself, else the document's dominant political actor.
    A newspaper or news agency as publisher speaks for no one in the claims it reports."""
    ctx = context_of(doc)
    lex = lexicon()
    day = document_day(ctx.date)
    party = author_party(ctx.author, actors)
    if party:
        return party, "party"
    body = doc_text(doc)[ctx.body_start:]
    byline = BYLINE.match(body)
    if byline:
        party = author_party(byline.group("name"), actors)
        if party:
            return party, "party"
    key = "writer_author_line"  # the author line's party (or "") read once per Doc: it needs no actors
    if key not in doc.user_data:
        doc.user_data[key] = next((party for m in AUTHOR_LINE.finditer(doc_text(doc), pos=ctx.body_start)
                                   if (party := lex.party_aliases.get(m.group("party")))), "")
    if doc.user_data[key]:
        return doc.user_data[key], "party"
    if ctx.publisher and ctx.publisher in lex.types:
        kind = lex.types[ctx.publisher]
        if kind == "ministry":
            gov = government_on(day) or next((a.canonical for a in actors if a.actor_type == "government"), None)
            if gov:
                return gov, "government"
        return ctx.publisher, kind
    counts = Counter((a.canonical, a.actor_type) for a in actors
                     if a.actor_type in ("government", "party") and not a.pronoun)
    if counts:
        return counts.most_common(1)[0][0]
    return None


def resolve_pronouns(doc: Doc, actors: list[Actor]) -> list[Actor]:
    ctx = context_of(doc)
    text = doc_text(doc)
    day = document_day(ctx.date)
    quotes = quote_spans(text, ctx.body_start, actors)
    writer = writer_side(doc, actors)
    out = list(actors)
    # quotes in text order and apart (as quote_frames gives them): the one holding an offset by bisection
    apart = all(q[0] <= q[1] for q in quotes) and all(quotes[i][1] <= quotes[i + 1][0] for i in range(len(quotes) - 1))
    starts = [q[0] for q in quotes]
    for m in regex.finditer(r"(?<![\w-])(?:[Vv]i|[Vv]år|[Vv]åre|[Vv]årt|oss)(?![\w-])", text, pos=ctx.body_start):
        if apart:
            i = bisect_right(starts, m.start()) - 1
            quote = quotes[i] if i >= 0 and m.start() < quotes[i][1] else None
        else:
            quote = next((q for q in quotes if q[0] <= m.start() < q[1]), None)
        if quote is not None:
            side = side_of(quote[2], day, actors) if quote[2] is not None else None
        else:
            side = writer
        if side is None:
            continue
        actor = Actor("actor", m.start(), m.end(), m.group(0), canonical=side[0], actor_type=side[1], pronoun=True)
        out.append(actor)
    out.sort(key=lambda a: a.start)
    return out


@Language.factory("claims_actors")
def make_actors(nlp: Language, name: str):
    register_extensions()
    finder = ActorFinder(nlp)

    def actors_component(doc: Doc) -> Doc:
        doc._.actors = resolve_pronouns(doc, finder(doc))
        return doc

    return actors_component
