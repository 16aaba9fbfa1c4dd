"""Whose side a claim is on: the quotes with their speakers, the side a speaker speaks for (a
minister's government, else the party), the writer's side (the author's party, a political
publisher, else the document's dominant actor), and `vi`/`vår`/`oss` resolved to one of them."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter

import regex
from spacy.tokens import Doc

from pipeline.actors.lexicon import FULL_NAME, government_in_office, government_on, lexicon, office_agency
from pipeline.actors.places import city_government_town, is_place, only_town
from pipeline.document import context_of
from pipeline.lang.data import word_list
from pipeline.layout import SPEAKER_REACH, quote_frames
from pipeline.offsets import doc_text, sentence_bounds
from pipeline.schema import Actor


def government_in(day: dt.date | None, actors: list[Actor]) -> str | None:
    """The government in office on `day`, else the first one the document names."""
    return government_on(day) or next((a.canonical for a in actors if a.actor_type == "government"), None)


def side_of(actor: Actor, day: dt.date | None, actors: list[Actor], text: str | None = None,
            own: tuple[str, str] | None = None) -> tuple[str, str] | None:
    """The collective a person speaks for: a minister's government, else his party, else the body his
    title names ("direktør i Forsvarsbygg, Rolf Dalen-Aas", "Hilde Strøm, prorektor ved UiT"), else
    `own`: the publisher's side where the document is its own (see own_side). A minister is one by a title
    before or after this mention or an earlier one of the same person ("…, som er samferdselsminister").
    """
    if actor.actor_type != "person":
        return actor.canonical, actor.actor_type
    # this mention and the earlier ones of the same person: a title at any of them counts ("Rådmann Kari Lie …,
    # sa Lie")
    mentions = [actor, *(a for a in actors if a.actor_type == "person" and a.canonical == actor.canonical
                         and a.start < actor.start)] if text is not None else [actor]
    minister = actor.ministry or OWN_TITLE.match(actor.text) or (text is not None and any(
        MINISTER_TITLE.search(text, max(0, a.start - 40), a.start) or MINISTER_AFTER.match(text, a.end)
        for a in mentions))
    if minister:
        gov = government_in(day, actors)
        if gov:
            return gov, "government"
    right_after = body_right_after(actor, actors, text) if text is not None else None
    if right_after is not None:  # "fylkesdirektør Gunnhild Tveit Sørbø i NAV Rogaland": the body named, not the county
        return right_after.canonical, right_after.actor_type
    office = None
    if text is not None:
        office = next((o for o in (office_of(a, text) for a in mentions) if o is not None), None)
    if office is not None:
        body = office_body(office, day, actors, text)
        if body is not None:
            return body
    body = affiliation(actor, actors, text) if text is not None else None
    if body is None and text is not None and in_government(actor.party, day) \
            and NAMELESS_MINISTER.search(text, max(0, actor.start - MINISTER_REACH), actor.start):
        gov = government_in(day, actors)  # "Klima- og miljøministeren forsøkte … «Vi …», sa Tine Sundtoft (H)"
        if gov:
            return gov, "government"
    if body is None and not actor.party and text is not None:
        body = abbreviation_title_body(text, actor)
    role = ORG_ROLE_BEFORE.search(text, max(0, actor.start - 40), actor.start) if text is not None else None
    if body is None and role is not None and not actor.party:
        body = organisation_before(actor, actors, public=role.group("executive") is not None,
                                   school=role.group("school") is not None)
    if actor.party:
        return actor.party, "party"
    if body is not None:
        return body.canonical, body.actor_type
    return own or (actor.canonical, "person")


#: An office of an organisation or a public body right before a name, with no body after it: "sier
#: regionleder Tove Lie", "generalsekretær Kari Berg", "administrerende direktør Gunn Tveitan",
#: "rektor Hilde Nyhus", "idrettspresident Zaineb Al-Samarai". The holder speaks for the body the text named
#: last before.
ORG_ROLE_BEFORE = regex.compile(r"\b(?:(?!(?:gruppe|parti|fraksjons|komit[eé]|byråds|ungdoms)leder)\w*leder(?:en)?|"
                                r"(?:forbunds|idretts|bonde|lands)?president(?:en)?|"
                                r"daglig\s+leder|generalsekretær(?:en)?|(?P<executive>(?:administrerende|adm\.)\s+direktør|"
                                r"konserndirektør|konsernsjef|(?P<school>(?:pro)?rektor)|politimester))\s+$",
                                regex.IGNORECASE)
ORG_REACH = 600
#: A title that ends in a word for an officer of a body, right before a name: "klinikkdirektør", "avdelingssjef",
#: "daglig leder", "prosjektleder for utbyggingen" (not a party's: "gruppeleder").
OFFICER_BEFORE = regex.compile(r"(?i:(?<![\w-])(?!(?:gruppe|parti|fraksjons|komit[eé])leder)\w*(?:direktør|sjef|leder|rektor|"
                            r"koordinator))(?:\s+(?:for|i|ved)\s+\w+)?\s+$")


#: A title that opens with a body's abbreviation right before a name: "KS-leder Gunn Marit Helgesen", "NHO-sjef
#: Ole Erik Almlid", "NSF-leder Lill Sverresdatter Larsen".
ABBREVIATION_TITLE = regex.compile(r"(?<![\w-])(?P<abbr>\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}\p{Ll}]*)-\p{Ll}[\w-]*[ \t]+$")


def abbreviation_title_body(text: str, person: Actor) -> Actor | None:
    """The body of the lexicon a person's title names by its abbreviation ("KS-leder …" speaks for KS)."""
    m = ABBREVIATION_TITLE.search(text, max(0, person.start - 30), person.start)
    lex = lexicon()
    canonical = lex.canonical_of(m.group("abbr")) if m is not None else None
    if canonical is None or lex.types.get(canonical) not in BODIES:
        return None
    return Actor("actor", m.start("abbr"), m.end("abbr"), m.group("abbr"), canonical=canonical,
                 actor_type=lex.types[canonical])


def organisation_before(person: Actor, actors: list[Actor], public: bool = False, school: bool = False) -> Actor | None:
    """The organisation named last before a person, within ORG_REACH characters; with `public`, a named
    public body too (not a generic plural: "kommunene"), for the executive of a hospital, a police
    district or a municipality; with `school`, the school, college or university named last, where there is
    one (a `rektor` heads one: "Sparebankstiftelsen dekker 10 millioner … sier rektor Kari Lie" at a college)."""
    kinds = ("organisation", "public_body") if public else ("organisation",)
    before = [a for a in actors if a.actor_type in kinds and not a.pronoun and a.canonical[:1].isupper()
              and person.start - ORG_REACH <= a.start and a.end <= person.start]
    schools = [a for a in before if SCHOOL_NAME.search(a.canonical)] if school else []
    return max(schools or before, key=lambda a: a.start, default=None)


#: A school's, college's or university's name: "Universitetet i Agder", "Høgskulen på Vestlandet", "Nord
#: universitet", "Kongsberg videregående skole", "NTNU" (the Norwegian university of science and technology).
SCHOOL_NAME = regex.compile(r"(?i:universitet|høgsk[uo]le|høyskole|skole\b|skule\b|skolen\b|skulen\b)|^NTNU$")


#: A minister the text names by title only ("forsvarsministeren har kalt den …", "Statsråden svarte"):
#: the person of a governing party (or of none) quoted soon after is that minister.
NAMELESS_MINISTER = regex.compile(r"(?i:\b(?:statsråd|\w*minister)en\b)(?![ \t]+\p{Lu})")
MINISTER_REACH = 300


def in_government(party: str | None, day: dt.date | None) -> bool:
    """Whether a party (None: unknown) sat in the government in office on `day`."""
    if party is None:
        return True
    gov = government_in_office(day)
    return gov is not None and party in gov.parties


#: An executive office whose holder speaks for the body, not for the party: a government member
#: (`statsråd`), a mayor or deputy mayor, a county's mayor or commissioner, a city government's member
#: (`byråd`), a municipality's or county's
#: chief executive (`kommunedirektør`, `rådmann`) or the head of one of its services (`kommunalsjef`). Before
#: the name ("sier varaordfører Kari Lie (Ap)", "fylkesråd for samferdsel Tove Hansen", "kommunalsjef for
#: teknisk drift Eli Vik", "Ordfører i Vang, Kari Lie (Sp)") or after it (", statsråd i …").
OFFICE = (r"(?P<office>statsråd|(?:vara)?ordfører|fylkesordfører|fylkesråd(?:sleder)?|byråd(?:sleder)?|rådmann|kommunedirektør|"
          r"kommunalsjef|fylkesrådmann|fylkeskommunedirektør|fylkesdirektør)(?:en)?")
OFFICE_BEFORE = regex.compile(rf"\b{OFFICE}(?:\s+(?:for|i)\s+[\w-]+(?:\s+(?:og\s+)?(?-i:\p{{Ll}})[\w-]*){{0,2}},?)?\s+$",
                              regex.IGNORECASE)
OFFICE_AFTER = regex.compile(rf"\s*(?:\([^)\n]{{1,20}}\))?\s*,\s*{OFFICE}\b", regex.IGNORECASE)


def office_of(person: Actor, text: str) -> str | None:
    """The executive office a person's title names right before or after the name, lowercased."""
    m = OFFICE_BEFORE.search(text, max(0, person.start - 50), person.start) or OFFICE_AFTER.match(text, person.end)
    return m.group("office").lower() if m else None


def office_body(office: str, day: dt.date | None, actors: list[Actor], text: str | None = None) -> tuple[str, str] | None:
    """The body an office holder speaks for: the government in office, or the municipality or
    county the text names most often, else the one town or county it places things in; None where
    there is none."""
    if office == "statsråd":
        gov = government_in(day, actors)
        return (gov, "government") if gov else None
    if office.startswith("byråd"):  # a city's government, a body of its own: "byråd for oppvekst Marte Sunde (SV)"
        city = city_government(actors, text)
        return (city, "public_body") if city else None
    county = office.startswith("fylkes")
    named = Counter(a.canonical for a in actors if LOCAL_BODY_NAME.match(a.canonical)
                    and a.canonical.endswith(" fylkeskommune") == county)
    if named:
        return named.most_common(1)[0][0], "public_body"
    place = only_town(text, county=county, municipality=True) if text is not None else None  # the mayor of Nes
    return (f"{place} {'fylkeskommune' if county else 'kommune'}", "public_body") if place else None


def city_government(actors: list[Actor], text: str | None = None) -> str | None:
    """The city government the actors name ("Byrådet i Oslo"), else, given the text, that of the city with
    a byråd the text speaks of; None where there is neither."""
    named = next((a.canonical for a in actors if a.canonical.startswith("Byrådet i ")), None)
    if named is not None or text is None:
        return named
    town = city_government_town(text)
    return f"Byrådet i {town}" if town else None


def own_side(ctx) -> tuple[str, str] | None:
    """In a press release, a party page or a budget document the publisher speaks: its `vi` outside quotes and the
    people it quotes whose side is otherwise unknown ("sier regiondirektør Kari Solheim Vik" in
    Husbanken's release) are the publisher's side. None elsewhere (a newspaper quotes people of every
    side)."""
    if ctx.genre not in ("press-release", "party-page", "budget-document") or not ctx.publisher:
        return None
    return publisher_side(ctx) or (bare_name(ctx.publisher), "organisation")


def publisher_side(ctx, actors: list[Actor] = ()) -> tuple[str, str] | None:
    """The side a publisher is by its name and genre: a political actor of the lexicon (a ministry
    speaks for the government in office, else the one the document names), a name shaped like a body,
    the party of a party page; None for a newspaper or an unknown name."""
    if not ctx.publisher:
        return None
    lex = lexicon()
    known = lex.canonical_of(ctx.publisher)
    if known is not None:
        kind = lex.types[known]
        if kind == "ministry":
            gov = government_in(ctx.day, actors)
            if gov:
                return gov, "government"
        return known, kind
    if CITY_GOVERNMENT_PUBLISHER.match(ctx.publisher):  # "Byrådsavdeling for oppvekst og kunnskap"
        city = city_government(actors)
        if city is not None:
            return city, "public_body"
    body = publisher_body(ctx.publisher)
    if body is not None:
        return body
    if ctx.genre == "party-page":
        return publisher_party(ctx.publisher)
    return None


#: A publisher that is a city government or one of its departments: its side is that city's government.
CITY_GOVERNMENT_PUBLISHER = regex.compile(r"Byråd(?:et|savdeling(?:en)?)\b")
#: A person mention that starts with its minister title: "Helseminister Ingvild Kjerkol".
OWN_TITLE = regex.compile(r"\w*minister\s", regex.IGNORECASE)
#: A title ending in "minister" right before a name: "forsknings- og høyere utdanningsminister Iselin Nybø".
MINISTER_TITLE = regex.compile(r"minister(?:en)?\s+$", regex.IGNORECASE)
#: After a name (this mention or an earlier one), a minister's title: "Jan Tore Sanner (H), som er kommunal- og
#: moderniseringsminister", "Iselin Nybø, forsknings- og høyere utdanningsminister".
MINISTER_AFTER = regex.compile(r"(?:\s*\([^)\n]{1,6}\))?,\s+(?:som\s+er\s+)?(?:[\w-]+\s+){0,5}?\w*minister\b",
                               regex.IGNORECASE)
#: After a name, the title that names the body: ", prorektor for utdanning ved UiT".
TITLE_AFTER = regex.compile(r"\s*(?:\([^)\n]{1,20}\))?\s*,\s*[^.,;:\n]{0,60}?\b(?:i|ved|for|hos|fra)\s+")
#: Before a name, how far its title reaches ("direktør for eiendomsdrift i Forsvarsbygg, ").
TITLE_REACH = 90
BODIES = ("organisation", "public_body")


#: Right after a name, the body the person works in: "Økonomidirektør Tone Kvernmo i Helse Nord RHF".
BODY_RIGHT_AFTER = regex.compile(r"\s+(?:i|ved|hos)\s+(?=\p{Lu})")
#: A speech verb between a body and a name: the body was in what the person said ("… mer på Forsvaret
#: allerede neste år, sa Ine Eriksen Søreide"), it is no title.
SAID_BETWEEN = regex.compile(r"\b(?:sa|sier|skriver|skrev|mener|uttaler|uttalte|forteller|fortalte)\b")


def affiliation(person: Actor, actors: list[Actor], text: str) -> Actor | None:
    """The organisation or public body a person's title names, before or right after the name, or the
    party a title after the name names."""
    lo = person.start - TITLE_REACH
    stop = max((m.end() for m in regex.finditer(r"[.!?«»\"–\n]", text[max(0, lo):person.start])), default=0)
    lo = max(0, lo) + stop
    before = [a for a in actors if (a.actor_type in BODIES or (a.actor_type == "party" and a.text.endswith("s")))
              and lo <= a.start and a.end <= person.start and not SAID_BETWEEN.search(text, a.end, person.start)]
    if before:
        return before[-1]  # "daglig leder i Kreftforeningen, Kari Lunde", "Senterpartiets stortingsrepresentant Kari Lunde"
    m = TITLE_AFTER.match(text, person.end)
    if m:
        return next((a for a in actors if (a.actor_type in BODIES or a.actor_type == "party") and not a.pronoun
                     and m.end() <= a.start < m.end() + 40), None)  # ", gruppeleder for Arbeiderpartiet"
    return body_right_after(person, actors, text)  # "Økonomidirektør Tone Kvernmo i Helse Nord RHF"


def body_right_after(person: Actor, actors: list[Actor], text: str) -> Actor | None:
    """The body named right after a person's name with `i`, `ved` or `hos` ("Tone Kvernmo i Helse Nord RHF")."""
    m = BODY_RIGHT_AFTER.match(text, person.end)
    if m is None:
        return None
    return next((a for a in actors if a.actor_type in BODIES and not a.pronoun and a.start == m.end()), None)


def quote_spans(text: str, lo: int, actors: list[Actor], sentence_ends: list[int]) -> list[tuple[int, int, Actor | None]]:
    """(start, end, speaker) of quotes (see quote_frames); the speaker is the person right after the
    speech verb in its sentence (`sentence_ends`: where the layout's sentences end, in order), or for a
    quote after a colon the one the sentence before it names (introducer)."""
    spans = []
    # the persons by start, so the ones after a speech verb are found by bisection; the first in the
    # list's order is the speaker
    persons = sorted((a.start, k) for k, a in enumerate(actors) if a.actor_type == "person")
    bodies = sorted((a.start, k) for k, a in enumerate(actors) if a.actor_type != "person" and not a.pronoun)
    parties = sorted((a.start, k) for k, a in enumerate(actors) if a.actor_type == "party" and not a.pronoun)
    for start, end, after in quote_frames(text, lo):
        speaker = None
        if after is not None:
            # the speaker is named in the sentence of the speech verb ("…, sier rektoren. Statsråd Kari Lie
            # har varslet …": not the minister of the next sentence)
            k = bisect_left(sentence_ends, after)
            reach = min(sentence_ends[k], after + SPEAKER_REACH) if k < len(sentence_ends) else after + SPEAKER_REACH
            near = persons[bisect_left(persons, (after, -1)):bisect_right(persons, (reach, len(actors)))]
            speaker = actors[min(k for _, k in near)] if near else None
            if speaker is None and HE_OR_SHE.match(text, after):
                # "…, sier hun.": the person named last before the quote
                before = persons[bisect_left(persons, (start - HE_OR_SHE_REACH, -1)):bisect_left(persons, (start, -1))]
                speaker = actors[before[-1][1]] if before else None
            if speaker is None:
                speaker = titled_speaker(text, after, actors, bodies, parties)
        elif COLON_BEFORE.search(text, max(lo, start - 3), start):
            speaker = introducer(text, start, actors)
        spans.append((start, end, speaker))
    return spans


#: A colon right before a quote: the sentence before it names who speaks ("Helseminister Bent Høie (H) la
#: vekt på skolehelsetjenesten onsdag: – Vi styrker …").
COLON_BEFORE = regex.compile(r":\s*$")
#: Where the sentence that introduces a quote starts: after the last sentence end or line break before it.
SENTENCE_END_BEFORE = regex.compile(r"[.!?\n][^.!?\n]*$")


def introducer(text: str, start: int, actors: list[Actor]) -> Actor | None:
    """Who introduces a quote after a colon: the first person (else the first actor that is no pronoun)
    in the sentence before the colon."""
    m = SENTENCE_END_BEFORE.search(text, 0, start)
    lo = m.start() + 1 if m else 0
    inside = [a for a in actors if lo <= a.start and a.end <= start and not a.pronoun]
    return next((a for a in inside if a.actor_type == "person"), inside[0] if inside else None)


#: A speaker named by title only, up to the end of the sentence: "sier lederen i Fiskarlaget", "sier
#: partiets innvandringspolitiske talsperson".
TITLED = regex.compile(r"[^.!?\n]{0,60}")
PARTY_GENITIVE = regex.compile(r"\bpartiets\b", regex.IGNORECASE)


def titled_speaker(text: str, after: int, actors: list[Actor], bodies: list[tuple[int, int]],
                   parties: list[tuple[int, int]]) -> Actor | None:
    """The body a speaker named by title only speaks for: a party or body named in the words after
    the speech verb, or, for `partiets`, the party named last before. `bodies` and `parties` are
    (start, index) of the actors that are no person, and of the parties, sorted."""
    m = TITLED.match(text, after)
    end = m.end() if m else after
    k = bisect_left(bodies, (after, -1))
    if k < len(bodies) and bodies[k][0] < end:
        return actors[bodies[k][1]]
    if PARTY_GENITIVE.search(text, after, end):
        k = bisect_left(parties, (after, -1))
        return actors[parties[k - 1][1]] if k else None
    return None


#: A speech verb's pronoun subject ("…, sier hun."), and how far back its person may be named.
HE_OR_SHE = regex.compile(r"\s*(?:hun|han)\b", regex.IGNORECASE)
HE_OR_SHE_REACH = 600


AUTHOR_LINE = regex.compile(rf"(?P<name>{FULL_NAME})\s+er\s+[^.\n]{{0,80}}?\s(?:i|for)\s+(?P<party>[A-ZÆØÅ][\w]+(?:\s+[A-ZÆØÅ][\w]+)*)")


BYLINE = regex.compile(rf"^(?:[^\n]*\n){{0,4}}?[ \t]*(?:(?:Kronikk|Innlegg|Debatt)\s+)?(?:[Aa]v\s+)?(?P<name>{FULL_NAME})\s*\(")


#: A byline is a short line: a name, a party marker, perhaps a role.
BYLINE_MAX = 100


def line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:len(text) if end < 0 else end]


def author_party(name: str | None, actors: list[Actor]) -> str | None:
    """An author's party: from the lexicon, or from a party marker after the name in the text."""
    if not name:
        return None
    party = lexicon().person_party.get(name)
    if party:
        return party
    return next((a.party for a in actors if a.actor_type == "person" and a.canonical == name and a.party), None)


#: "Av Ingrid Vatne Berg, innvandringspolitisk talsperson i Kristelig Folkeparti", "Trond Fagerli,
#: kommuneoverlege i Ringerike kommune": a byline line with the author's role.
BYLINE_ROLE = regex.compile(rf"^[ \t]*(?:[Aa]v\s+)?(?P<name>{FULL_NAME})(?:\s*\((?P<mark>[^)\n]{{1,20}})\))?\s*,"
                            rf"\s*(?P<role>[^\n]{{3,200}})$", regex.MULTILINE)
BYLINE_LINES = 4


def byline_side(text: str, body_start: int, actors: list[Actor]) -> tuple[str, str] | None:
    """The side a byline's role names: a party (its marker or its name in the role), else the body."""
    head_end = body_start
    for _ in range(BYLINE_LINES):
        nl = text.find("\n", head_end + 1)
        head_end = len(text) if nl < 0 else nl
    m = BYLINE_ROLE.search(text, body_start, head_end)
    if m is None:
        return None
    return role_side(text, m.start("role"), m.end("role"), (m.group("mark") or "").strip(), actors)


def role_side(text: str, start: int, end: int, mark: str, actors: list[Actor]) -> tuple[str, str] | None:
    """The side a role at text[start:end] names: the party of its marker `mark` ("H"), else a party, then a
    body the role holds, else the body after its `i`/`for`/`ved`."""
    party = lexicon().party_aliases.get(mark) if mark else None
    if party:
        return party, "party"
    inside = [a for a in actors if start <= a.start < end and not a.pronoun]
    for kinds in (("party",), BODIES):
        found = next((a for a in inside if a.actor_type in kinds), None)
        if found:
            return found.canonical, found.actor_type
    return named_body(text, start, end)


#: An organisation's name after `i`/`for`/`ved` in a role: a capitalised word and up to three more
#: words ("Norsk kulturskoleråd Telemark", "Norske Boligbyggelag (NBBL)").
ROLE_BODY = regex.compile(r"\s(?:i|for|ved)\s+(?P<body>\p{Lu}[\w-]+(?:(?:\s+(?!(?:i|og|for|som|med|på)\s)|/)[\w-]+){0,3})")


#: A role that speaks for its municipality: "ordfører i Kvinesdal", "kommunedirektør i Alta".
MUNICIPAL_ROLE = regex.compile(r"\s*(?:vara)?ordfører|\s*rådmann|\s*kommunedirektør", regex.IGNORECASE)


def named_body(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The organisation a role names after an `i`/`for`/`ved`, without a county or region that names a
    local branch ("leder i Naturvernforbundet Hordaland" -> Naturvernforbundet); a mayor's or chief
    executive's town is its municipality ("ordfører i Kvinesdal" -> Kvinesdal kommune); any other place only
    says where ("fastlege i Øksnes og leder i Nordland legeforening" -> Nordland legeforening)."""
    places = word_list("counties.txt") | word_list("cities.txt")
    for found in ROLE_BODY.finditer(text, start, end):
        words = found.group("body").split()
        for k in range(len(words) - 1, 0, -1):
            if " ".join(words[k:]).lower() in places:
                words = words[:k]
                break
        name = " ".join(words)
        if name.lower() in word_list("municipalities.txt") and MUNICIPAL_ROLE.match(text, start):
            return f"{name} kommune", "public_body"  # "ordfører i Kvinesdal": the municipality
        if is_place(name):
            continue  # where the role is held, not a body: "rektor ved en barneskole i Porsgrunn"
        return name, "organisation"
    return None


#: A municipality's or county's name: "Lillehammer kommune", "Vestland fylkeskommune", "Kvam herad".
LOCAL_BODY = r"(?:.+ (?:fylkes)?kommune|.+ herad|Byrådet i .+)$"
LOCAL_BODY_NAME = regex.compile(LOCAL_BODY)
#: A publisher named like a public body or an organisation speaks for itself: "Lillehammer kommune",
#: "Vestland fylkeskommune", "Helse Bergen", "Sykehuset Innlandet", "Bydel Gamle Oslo", "Kreftforeningen". A newspaper's
#: name has none of these shapes.
PUBLIC_BODY_NAME = regex.compile(LOCAL_BODY + r"|^Helse .+|^Sykehuset .+|^Bydel .+|.+ (?:HF|RHF)$|.+(?:direktoratet|"
                                 r"tilsynet|etaten)$")
ORGANISATION_NAME = regex.compile(r".+(?:forbundet|forbund|foreningen|forening|organisasjonen|rådet|universitetet|"
                                  r"høgskolen|høyskolen|instituttet)$")


#: A name with its abbreviation in brackets after it: "Selvhjelp for innvandrere og flyktninger (SEIF)".
NAME_WITH_ABBREVIATION = regex.compile(r"(?P<name>.+?)\s*\((?P<abbr>\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)$")


def bare_name(publisher: str) -> str:
    """A publisher's name as an actor is named: without the abbreviation in brackets after it, and as the
    agency where it is a regional office that acts for one ("Husbanken region sør")."""
    m = NAME_WITH_ABBREVIATION.match(publisher)
    return office_agency(m.group("name") if m else publisher)


def publisher_names(publisher: str, text: str = "") -> list[str]:
    """How a publisher may be named in its own text: as it is written; where it ends with an
    abbreviation in brackets, the name without it and the abbreviation alone; the abbreviation the
    text gives its name ("Studentsamskipnaden i Gjøvik, Ålesund og Trondheim (Sit)"); and its
    first word where that is a name of its own (see short_name)."""
    m = NAME_WITH_ABBREVIATION.match(publisher)
    names = [publisher, m.group("name"), m.group("abbr")] if m else [publisher]
    given = regex.search(rf"(?<![\w-]){regex.escape(bare_name(publisher))}\s*\((?P<abbr>\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,7}})\)",
                         text)
    if given is not None and given.group("abbr") not in names:
        names.append(given.group("abbr"))
    short = short_name(bare_name(publisher), text)
    if short is not None:
        names.append(short)
    names.extend(definite_names(bare_name(publisher)))
    return names


#: A name that opens with the country and ends with what the body is: "Norges Politilederlag", "Norsk
#: Varmepumpeforening", "Den norske legeforening".
NATIONAL_NAME = regex.compile(r"(?:Norges|Norsk|Norske|Den\s+norske|Det\s+norske)\s+(?P<last>\p{L}[\p{L}-]{3,})")


def definite_names(name: str) -> list[str]:
    """How a text names a national body once introduced: the definite form of its last word
    ("Politilederlaget" for "Norges Politilederlag", "Varmepumpeforeningen" for "Norsk
    Varmepumpeforening"); both endings, as only the text shows the noun's gender."""
    m = NATIONAL_NAME.fullmatch(name)
    if m is None:
        return []
    last = m.group("last")
    return [last[:1].upper() + form[1:] for form in definite_forms(last)]


def definite_forms(noun: str) -> tuple[str, str]:
    """The definite singular of a noun in either gender, as the noun is written ("lag" -> lagen, laget)."""
    return noun + "en", noun + "et"


#: A genitive that opens a name is no name of its own: "Norges Bondelag", "Statens vegvesen".
GENITIVE_OPENER = regex.compile(r".+(?:e|en|et)s$")


def short_name(name: str, text: str) -> str | None:
    """The first word of a longer name, where it names the body alone: "Caritas" for "Caritas
    Norge", "Kilden" for "Kilden Teater- og Konserthus", "Haraldsplass" for "Haraldsplass Diakonale
    Sykehus". Not a place ("Rogaland Teater"), a genitive ("Norges Bondelag"), a word of the word
    lists, or a word the text also writes in lowercase, as a common noun is ("Vann for alle")."""
    words = name.split()
    first = words[0] if len(words) > 1 else ""
    low = first.lower()
    if len(first) < 4 or not first[0].isupper() or not first.isalpha() or GENITIVE_OPENER.match(first):
        return None
    if any(low in word_list(f) or low.removesuffix("s") in word_list(f)
           for f in ("function_words.txt", "adjectives.txt", "counties.txt", "municipalities.txt", "cities.txt",
                     "regions.txt", "countries.txt")):
        return None
    if regex.search(rf"(?<![\w-]){regex.escape(low)}(?![\w-])", text):
        return None
    return first


def publisher_body(publisher: str | None) -> tuple[str, str] | None:
    if not publisher:
        return None
    if PUBLIC_BODY_NAME.match(publisher):
        return bare_name(publisher), "public_body"
    if ORGANISATION_NAME.match(publisher):
        return bare_name(publisher), "organisation"
    return None


def author_line_body(text: str, body_start: int, author: str | None, genre: str | None,
                     actors: list[Actor]) -> tuple[str, str] | None:
    """The body an op-ed's author line names: "Eirin Sæther er advokat og leder av rettshjelpsutvalget i
    Advokatforeningen." The line is the document's author's, or, in an op-ed, a paragraph of its own
    (in news, "Per Hansen er ordfører i Bodø" only describes someone quoted). A body the actor stage
    found in the line wins; else the capitalised name after its last `i`/`for`/`ved`."""
    if author is None and genre != "op-ed":
        return None  # no line can qualify: skip the scan
    for m in AUTHOR_LINE.finditer(text, pos=body_start):
        own = author is not None and m.group("name") == author
        alone = genre == "op-ed" and (m.start() == 0 or text[m.start() - 1] == "\n")
        if not (own or alone):
            continue
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        inside = [a for a in actors if m.end("name") <= a.start < end and not a.pronoun
                  and a.actor_type in BODIES]
        if inside:  # the first role is the one the author writes in: "fylkesleder i NSF og sykepleier ved …"
            return inside[0].canonical, inside[0].actor_type
        named = named_body(text, m.end("name"), end)
        if named is not None:
            return named
    return None


#: An op-ed's closing signature at the end of the text: the author's name on a line of its own and the role
#: on the next ("Marte Eide\nstortingsrepresentant (H), Østfold"), or both on one line after a comma ("Kari
#: Lunde, generalsekretær i Vann for alle").
SIGNATURE = regex.compile(rf"(?:^|\n)(?P<name>{FULL_NAME})(?:[ \t]*\n|[ \t]*(?:\([^)\n]{{1,20}}\))?[ \t]*,[ \t]*)"
                          rf"(?P<role>[^\n]{{3,100}}?)\s*$")
PARTY_MARK = regex.compile(r"\((?P<mark>[A-Za-zÆØÅæøå]{1,4})\)")
SIGNATURE_REACH = 250


def signature_side(text: str, body_start: int, author: str | None, genre: str | None,
                   actors: list[Actor]) -> tuple[str, str] | None:
    """The side an op-ed's closing signature names (the document's author's, or any in an op-ed): the
    party its role marks, else a party or body the role holds, else the body after its `i`/`for`."""
    if author is None and genre != "op-ed":
        return None
    m = SIGNATURE.search(text, max(body_start, len(text) - SIGNATURE_REACH))
    if m is None or (genre != "op-ed" and m.group("name") != author):
        return None
    mark = PARTY_MARK.search(m.group("role"))
    # from the line break before the role, so a role that opens with `i`/`for` ("i Vann for alle") is read too
    return role_side(text, m.start("role") - 1, m.end("role"), mark.group("mark") if mark else "", actors)


def publisher_party(publisher: str | None) -> tuple[str, str] | None:
    """The party a party page speaks for: the one its publisher's name contains ("Tromsø Høyre" ->
    Høyre, "Senterpartiets stortingsgruppe" -> Senterpartiet), else the publisher itself as a party
    ("Pensjonistpartiet")."""
    if not publisher:
        return None
    aliases = lexicon().party_aliases
    parts = publisher.split()
    heads = [" ".join(parts[:n]) for n in range(len(parts) - 1, 1, -1)]  # "Miljøpartiet De Grønne Tromsø"
    heads = [h for head in heads for h in (head, head[:-1] if head.endswith("s") else head)]  # "… De Grønnes stortingsgruppe"
    words = [w for word in parts for w in (word, word[:-1] if word.endswith("s") else word)]
    party = aliases.get(publisher) or next((aliases[w] for w in heads + words if w in aliases), None)
    return (party or bare_name(publisher)), "party"


def writer_side(doc: Doc, actors: list[Actor]) -> tuple[str, str] | None:
    """Whom the writer speaks for outside quotes: the author's party (metadata, byline or author
    line), the body an op-ed's author line names, a publisher that is a political actor or named like a
    body, the party of a party page; else the document's dominant political actor, and failing that
    the publisher of a press release or a budget document ("Enova", whatever its name looks like). A newspaper or news
    agency as publisher speaks for no one in the claims it reports."""
    ctx = context_of(doc)
    lex = lexicon()
    party = author_party(ctx.author, actors)
    if party:
        return party, "party"
    body = doc_text(doc)[ctx.body_start:]
    byline = BYLINE.match(body)
    if byline and (ctx.author is not None and byline.group("name") != ctx.author
                   or len(line_of(body, byline.start("name"))) > BYLINE_MAX):
        byline = None  # "Helseminister Ingvild Kjerkol (Ap) sier at …" opens the text; it is no byline
    if byline:
        party = author_party(byline.group("name"), actors)
        if party:
            return party, "party"
    role = byline_side(doc_text(doc), ctx.body_start, actors)
    if role is not None:
        return role
    key = "writer_author_line"  # the author line's party (or "") read once per Doc: it needs no actors
    if key not in doc.user_data:
        doc.user_data[key] = next((party for m in AUTHOR_LINE.finditer(doc_text(doc), pos=ctx.body_start)
                                   if (party := lex.party_aliases.get(m.group("party")))), "")
    if doc.user_data[key]:
        return doc.user_data[key], "party"
    body_line = author_line_body(doc_text(doc), ctx.body_start, ctx.author, ctx.genre, actors)
    if body_line is not None:
        return body_line
    signed = signature_side(doc_text(doc), ctx.body_start, ctx.author, ctx.genre, actors)
    if signed is not None:
        return signed
    own = publisher_side(ctx, actors)
    if own is not None:
        return own
    dominant = dominant_political(actors, weigh_government=ctx.genre not in OPINION_GENRES, day=ctx.day,
                                  text=doc_text(doc), local=ctx.genre == "news")
    if dominant is not None:
        return dominant
    if ctx.genre in ("press-release", "budget-document") and ctx.publisher:
        return bare_name(ctx.publisher), "organisation"  # (a budget document is its publisher's own budget)
    return None


#: A title's verb after the body it opens with that makes the body a receiver or an asker, not the one
#: who acts: "UiB får 85 nye studieplasser", "IMDi ber Sør-Odal ta imot færre flyktninger".
RECEIVER_VERB = regex.compile(r"\s+(?:får|fikk|mister|mistet|taper|tapte|ber|bad|krever|vil\s+ha)\b", regex.IGNORECASE)


def title_body(actors: list[Actor], text: str, title_start: int) -> tuple[str, str] | None:
    """(canonical, kind) of the body a news title opens with as the one who acts ("Sørlandet sykehus bygger
    nytt BUP-bygg", "Helse Nord gir 38 millioner til ambulanser"), where the text names it again: whom a
    report on one body's doings credits with what it tells without an agent. Not a generic body
    ("politiet", "staten"), a municipality or county (a local report's dominant actor already), nor a
    body the title has receive or ask.
    """
    title_end = text.find("\n", title_start)
    title_end = len(text) if title_end < 0 else title_end
    first = next((a for a in actors if a.start >= title_start), None)
    if first is None or first.end > title_end or text[title_start:first.start].strip() \
            or first.actor_type not in BODIES or first.pronoun or LOCAL_BODY_NAME.match(first.canonical) \
            or first.canonical[:1].islower() or RECEIVER_VERB.match(text, first.end):
        return None
    if not any(b.canonical == first.canonical for b in actors if b.start > title_end):
        return None
    return first.canonical, first.actor_type


#: Genres whose writer speaks for a side of his own.
OPINION_GENRES = ("op-ed", "party-page")


def dominant_political(actors: list[Actor], weigh_government: bool = True, day: dt.date | None = None,
                       text: str | None = None, local: bool = False) -> tuple[str, str] | None:
    """(canonical, kind) of the government or party a text names most often, or None. A government
    counts twice: in a text about a budget, what no one is said to do is most often what the
    government proposes, though the opposition that criticises it may be named as often. A minister's
    party mark counts for the government ("landbruksminister Trygve Slagsvold Vedum (Sp)", with `text`
    and `day`). With `weigh_government` False (an opinion's writer) the party named most often, where
    one is named. With `local` (a news report) a municipality or county counts as well: a report on a
    council's budget names the parties of the debate, but what no one is said to do there is the
    council's."""
    counts = Counter(_political_key(a, i, actors, day, text) for i, a in enumerate(actors)
                     if (a.actor_type in ("government", "party")
                         or local and a.actor_type == "public_body" and LOCAL_BODY_NAME.match(a.canonical))
                     and not a.pronoun)
    parties = Counter({key: n for key, n in counts.items() if key[1] == "party"})
    if not weigh_government and parties:
        counts = parties  # an opinion's writer that no byline places speaks for a party, not the government
    else:
        for key in counts:
            if key[1] == "government":
                counts[key] *= 2
    return counts.most_common(1)[0][0] if counts else None


def _political_key(actor: Actor, i: int, actors: list[Actor], day: dt.date | None,
                   text: str | None) -> tuple[str, str]:
    """What one mention counts for in dominant_political: itself, except a party mark in brackets right
    after a minister's name, which counts for the government in office."""
    if actor.actor_type != "party" or text is None or i == 0 or text[actor.start - 1:actor.start] != "(":
        return actor.canonical, actor.actor_type
    person = actors[i - 1]
    if person.actor_type != "person" or text[person.end:actor.start].strip() != "(":
        return actor.canonical, actor.actor_type
    side = side_of(person, day, actors, text)
    return side if side is not None and side[1] == "government" else (actor.canonical, actor.actor_type)


def sides(doc: Doc, actors: list[Actor]) -> tuple[list[tuple[int, int, Actor | None]], tuple[str, str] | None]:
    """(quotes with their speakers, the writer's side) of a document, found once and kept on the Doc
    (`doc._.quotes`, `doc._.writer`): the actor stage and the claim stage read the same ones."""
    if doc._.quotes is None:
        doc._.quotes = quote_spans(doc_text(doc), context_of(doc).body_start, actors,
                                   [end for _, end in sentence_bounds(doc)])
        doc._.writer = writer_side(doc, actors)
    return doc._.quotes, doc._.writer


#: `vår` as the season: after `i fjor`, `neste`, `forrige`, `til`, `denne`, `hele`, before a year, or
#: `i vår` where no noun follows ("i vår kommune" is "in our"); a number may ("fikk i vår 1,6 millioner").
SPRING = regex.compile(r"\b(?:i\s+fjor|neste|forrige|til|denne|hele|sist)\s+vår\b|\bvår\s+(?:19|20)\d\d|"
                       r"\bi\s+vår(?=\s*(?:[.,;:!?)]|$)|\s+\d|\s+(?:har|hadde|ble|blir|kom|kommer|skal|vil|la|legger|foreslo|"
                       r"foreslår|er|var|og|men|da|når|om|til|for|på|med|fra|av|at|også|igjen)\b)", regex.IGNORECASE)


IN_BEFORE = regex.compile(r"\bi\s+$", regex.IGNORECASE)
NEXT_WORD = regex.compile(r"\s+(\w+)")


def season_before_word(text: str, start: int, end: int) -> bool:
    """`i vår` before a function word or a verb in the past is the season ("trumfet i vår gjennom et
    oppgjør", "I vår tildelte Miljødirektoratet 14,6 millioner"): "our" is followed by what is ours ("i
    vår kommune")."""
    if not IN_BEFORE.search(text, max(0, start - 3), start):
        return False
    m = NEXT_WORD.match(text, end)
    return m is not None and (m.group(1).lower() in word_list("function_words.txt")
                              or m.group(1).lower() in word_list("past_tense.txt"))


#: "Our" of the whole nation: "landet vårt", "vårt land", "samfunnet vårt".
OUR_COUNTRY = regex.compile(r"\b(?:landet|samfunnet|nasjonen|fedrelandet)\s+(?:vårt|vår)\b|\b(?:vårt|vår)\s+(?:land|samfunn|"
                            r"nasjon|fedreland)\b", regex.IGNORECASE)


#: `vi` that names its body: "Vi i Venstre", "vi i NTL Nav" (a name of up to four capitalised words).
WE_IN = regex.compile(r"\s+i\s+(?P<name>\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,3})")


def we_in(text: str, end: int, by_start: dict[int, Actor]) -> tuple[str, str] | None:
    """(canonical, kind) of the body `vi` names right after it ("vi i Venstre"): an actor found
    there (`by_start`: the actors that are no pronoun by their start), else the name as an
    organisation's."""
    m = WE_IN.match(text, end)
    if m is None:
        return None
    body = by_start.get(m.start("name"))
    if body is not None:
        return body.canonical, body.actor_type
    party = lexicon().party_aliases.get(m.group("name"))
    return (party, "party") if party else (m.group("name"), "organisation")


#: How far before a quote the party its unplaced speaker speaks for may be named.
PARTY_REACH = 400


def party_before(actors: list[Actor], start: int) -> tuple[str, str] | None:
    """The party named last before `start`, within PARTY_REACH: whom a quoted spokesman with no party
    mark speaks for ("Fremskrittspartiet (Frp) mener … «Vi kommer til å …», sier justispolitisk talsmann
    Geir Ove Brattli")."""
    party = last_party_before(actors, start)
    return (party.canonical, "party") if party is not None and start - party.end <= PARTY_REACH else None


def last_party_before(actors: list[Actor], start: int) -> Actor | None:
    """The mention of a party named last before `start` (no pronoun), or None."""
    return next((a for a in reversed(actors) if a.end <= start and a.actor_type == "party" and not a.pronoun), None)


def unplaced_speaker(actors: list[Actor], start: int, day: dt.date | None) -> tuple[str, str] | None:
    """Whom a quote whose speaker the actor stage did not find speaks for: the party named last before it
    ("Høyres stortingsrepresentant Liv Kari Hovland mener … – Vi setter av 40 millioner, sier Hovland."),
    or the government in office where that party sits in it."""
    party = party_before(actors, start)
    if party is not None and in_government(party[0], day):
        gov = government_on(day)
        return (gov, "government") if gov else party
    return party


def collective_of(speaker: Actor | None, quote_start: int, actors: list[Actor], text: str,
                  day: dt.date | None) -> tuple[str, str] | None:
    """Whom a quoted person whose side the text does not give says `vi` for: an officer ("sier
    klinikkdirektør Anne Lunde") the body named last before, unless a party is named after it; else the
    party named last before the quote, else the political actor the text is mostly about."""
    officer = speaker is not None and OFFICER_BEFORE.search(text, max(0, speaker.start - 40), speaker.start)
    body = organisation_before(speaker, actors, public=True) if officer else None
    party = last_party_before(actors, quote_start)
    if body is not None and (party is None or party.start < body.start):
        return body.canonical, body.actor_type
    return party_before(actors, quote_start) or dominant_political(actors, day=day, text=text)


#: A capitalised word right before, in the same sentence: what follows it capitalised is part of a name.
NAME_BEFORE = regex.compile(r"(?<![.!?:–—-][ \t]*)(?<=\w[ \t]*)\b\p{Lu}\w+[ \t]+$")


def resolve_pronouns(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """The actors with `vi`/`vår`/`oss` added: the quoted speaker's side inside a quote, else the writer's."""
    ctx = context_of(doc)
    text = doc_text(doc)
    day = ctx.day
    quotes, writer = sides(doc, actors)
    out = list(actors)
    # quotes in text order and apart (as quote_frames gives them): the one holding an offset by bisection
    apart = all(q[0] <= q[1] for q in quotes) and all(quotes[i][1] <= quotes[i + 1][0] for i in range(len(quotes) - 1))
    starts = [q[0] for q in quotes]
    by_start = {a.start: a for a in actors if not a.pronoun}
    for m in regex.finditer(r"(?<![\w-])(?:[Vv]i|[Vv]år|[Vv]åre|[Vv]årt|oss)(?![\w-])", text, pos=ctx.body_start):
        if m.group(0).lower() == "vår" and (SPRING.search(text, max(0, m.start() - 12), m.end() + 6)
                                             or season_before_word(text, m.start(), m.end())):
            continue  # "i fjor vår", "i vår", "våren 2024": the season, not "our"
        if m.group(0).lower() != "vi" and OUR_COUNTRY.search(text, max(0, m.start() - 12), m.end() + 12):
            continue  # "landet vårt", "vårt samfunn": the nation, no side
        if m.group(0)[0].isupper() and NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Teatret Vårt": a capitalised word inside a name, not the pronoun
        named = we_in(text, m.end(), by_start) if m.group(0).lower() == "vi" else None
        if named is not None:  # "Vi i Venstre oppfordrer …", "Vi i NTL Nav krever …": the body named right after
            out.append(Actor("actor", m.start(), m.end(), m.group(0), canonical=named[0], actor_type=named[1],
                             pronoun=True))
            continue
        if apart:
            i = bisect_right(starts, m.start()) - 1
            quote = quotes[i] if i >= 0 and m.start() < quotes[i][1] else None
        else:
            quote = next((q for q in quotes if q[0] <= m.start() < q[1]), None)
        if quote is not None:
            # a quote whose speaker is named by a title only ("sier politimesteren") in a body's own release:
            # the publisher's
            # a quote whose speaker the actor stage did not find ("…, sier Hovland." after "Høyres
            # stortingsrepresentant Liv Kari Hovland mener …"): the party named last before it
            side = side_of(quote[2], day, actors, text, own_side(ctx)) if quote[2] is not None \
                else own_side(ctx) or unplaced_speaker(actors, quote[0], day)
            if side is not None and side[1] == "person":  # "vi" is a collective: the speaker's, as the text has it
                side = collective_of(quote[2], quote[0], actors, text, day) or side
        else:
            side = own_side(ctx) or writer
        if side is None:
            continue
        actor = Actor("actor", m.start(), m.end(), m.group(0), canonical=side[0], actor_type=side[1], pronoun=True)
        out.append(actor)
    out.sort(key=lambda a: a.start)
    return out
