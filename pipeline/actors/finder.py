"""Actors (parties, governments, ministries, persons, organisations, public bodies) as a spaCy
component (`claims_actors`).

Sources, in order of trust: the actor lexicon (pipeline/lang/actors.yaml) through a
PhraseMatcher; persons from minister titles (`helse- og omsorgsminister Bent Høie`), party markers
(`Truls Vasvik (Ap)`) and speech verbs, with later bare surnames referring back; organisations by the
ending of their names. The model's PER and ORG entities are read only with `entities = true`: on the
held-out test articles they cost actor accuracy (eval/test-log.md, 13:27 and 13:31), so the shipped
pipeline leaves them off. A plain `regjeringen` is the government in office on the document date;
`Høyre-regjeringen` the latest government led by Høyre. `vi`/`vår`/`oss` resolve to whom the
writer speaks for (pipeline.actors.sides).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import regex
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.actors.lexicon import (
    FULL_NAME,
    alias_variants,
    government_before,
    government_led_by,
    government_on,
    lexicon,
    office_agency,
    person_titles,
)
from pipeline.actors.places import (
    MULTI_WORD_MUNICIPALITY,
    city_government_town,
    is_place,
    is_town,
    main_municipality,
    only_town,
)
from pipeline.actors.sides import (
    bare_name,
    definite_forms,
    definite_names,
    own_side,
    publisher_names,
    resolve_pronouns,
)
from pipeline.component import RuleComponent, write_group
from pipeline.document import context_of
from pipeline.lang.data import table, word_list
from pipeline.lang.words import speech_verb_pattern
from pipeline.offsets import SpanSet, doc_text, reads_model
from pipeline.schema import Actor


class ActorFinder:
    def __init__(self, nlp: Language, entities: bool = False):
        self.entities = entities
        lex = lexicon()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.info: dict[str, tuple[str, str]] = {}
        make = nlp.make_doc
        for i, (alias, canonical, kind, extra) in enumerate(lex.entries):
            key = f"A{i}"
            self.info[key] = (canonical, kind)
            self.matcher.add(key, [make(v) for v in alias_variants(alias, extra.get("lower", False))])
        for alias, canonical in lex.party_aliases.items():
            if alias in lex.marker_only:
                continue
            key = f"G:{canonical}"
            self.info[key] = (canonical, "party_government")
            forms = [f"{alias}-regjeringen", f"{alias}-regjeringa", f"{alias}regjeringen"]
            self.matcher.add(key, [make(f) for f in forms if f])
        # foreign countries, matched here and kept only as the subject of a decision on money
        for name in word_list("countries.txt"):
            if name != "norge":
                self.info[f"C:{name}"] = (name, "country")
                self.matcher.add(f"C:{name}", [make(name.title())])
        self.generic = lex.generic_government
        titles = sorted(lex.minister_titles, key=len, reverse=True)
        title_alt = "|".join(regex.escape(t) for t in titles)
        self.title_re = regex.compile(rf"(?<![\w-])(?P<title>(?i:{title_alt}))\s+(?P<name>{FULL_NAME})")
        # "Emilie Enger Mehl (Sp), justis- og beredskapsminister": the title in apposition after the name
        self.title_after_re = regex.compile(rf"(?:\s*\([A-Za-zÆØÅæøå]{{1,4}}\))?,\s*(?P<title>(?i:{title_alt}))(?![\w-])")
        roles = "|".join(regex.escape(t) for t in sorted(lex.person_titles, key=len, reverse=True))
        # the lookahead (a word, then a capital) is implied by the rest; it spares the engine the
        # role alternatives at most word starts
        self.role_re = regex.compile(rf"(?<![\w-])(?=[\w-]+\s+[A-ZÆØÅ])(?i:[\w-]*(?:{roles}))\s+(?P<name>{FULL_NAME})")
        self.titles_lower = {t.lower() for t in titles}
        self.title_lengths = sorted({len(t) for t in titles})
        self.roles_lower = person_titles()
        party_alt = "|".join(regex.escape(a) for a in sorted(lex.party_aliases, key=len, reverse=True) if len(a) > 1)
        # "Høyres helsepolitiske talsperson, stortingsrepresentant Tone Haugland": a title in apposition
        self.party_genitive_re = regex.compile(rf"(?<![\w-])(?P<party>{party_alt})s\s+(?:[\w-]+,?\s+){{0,3}}$")
        self.marker_re = regex.compile(rf"(?P<name>{FULL_NAME})\s*\((?P<party>[A-Za-zÆØÅæøå]{{1,4}})\)")

    def __call__(self, doc: Doc) -> list[Actor]:
        ctx = context_of(doc)
        text, lo = doc_text(doc), ctx.body_start
        lex = lexicon()
        day = ctx.day
        found: list[Actor] = []

        # 1. the lexicon
        for match_id, s, e in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            canonical, kind = self.info[key]
            span = doc[s:e]
            if span.start_char < lo:
                continue
            if kind in ("country", "place") and ends_a_name(text, span.start_char):
                continue  # the last word of a longer name: "Energi Norge", "Innovasjon Norge"
            if kind == "country":
                if decides_on_money(text, lo, span.start_char, span.end_char):
                    found.append(self._actor(text, span.start_char, span.end_char, span.text, "place"))
                continue
            if kind == "party_government":
                gov = government_led_by(canonical, day)
                if gov:
                    found.append(self._actor(text, span.start_char, span.end_char, gov, "government"))
                continue
            found.append(self._actor(text, span.start_char, span.end_char, canonical, kind))
        # a named municipality or county: "Tromsø kommune", "Vestland fylkeskommunes", "Kvam herad" (Nynorsk)
        function = word_list("function_words.txt")
        # every match holds "kommune" and every marker "(" + up to four letters + ")": a text without
        # them is not scanned
        for m in LOCAL_BODY.finditer(text, pos=lo) if "kommune" in text or " herad" in text else ():
            place, start = m.group("place"), m.start()
            if place.split()[0].lower() in function:
                if " " not in place or " og " in place:
                    continue  # "Hver kommune", "Den kommunen"
                first, place = place.split(" ", 1)  # "Ifølge Ringerike kommunes tall": the place after the word
                start += len(first) + 1
            found.append(self._actor(text, start, m.end(), f"{place} {m.group('kind').lower()}", "public_body"))
        # a foreign government: "den svenske regjeringen", "regjeringen i Stockholm"
        for m in FOREIGN_GOVERNMENT.finditer(text, pos=lo) if "regjering" in text else ():
            key = (m.group("adjective") or m.group("capital")).lower()
            found.append(self._actor(text, m.start(), m.end(), foreign_governments()[key], "government"))
        # a council named by its town or county stands for it: "Trondheim bystyre", "kommunestyret i Lier",
        # "fylkestinget i Nordland"
        for m in COUNCIL_NAMED.finditer(text, pos=lo) if COUNCIL_WORDS.search(text, lo) else ():
            body = council_body(m.group("place"), m.group("council"))
            if body is not None:
                found.append(self._actor(text, m.start(), m.end(), body, "public_body"))
        # a town or a county that decides on money stands for its council: "Kristiansand har vedtatt at
        # …", "Nordland bevilget …"
        for m in PLACE_DECIDES.finditer(text, pos=lo) if PLACE_DECIDES_AHEAD.search(text, lo) else ():
            place = m.group("place")
            if place.lower() in word_list("counties.txt"):
                found.append(self._actor(text, m.start("place"), m.end("place"), f"{place} fylkeskommune",
                                         "public_body"))
            elif is_town(place):
                found.append(self._actor(text, m.start("place"), m.end("place"), f"{place} kommune", "public_body"))
        for m in TOWN_APPOSITION.finditer(text, pos=lo) if "kommunen " in text.lower() else ():
            if is_town(m.group("place")):  # "Nabokommunen Sandefjord har foreslått …": the municipality
                found.append(self._actor(text, m.start(), m.end(), f"{m.group('place')} kommune", "public_body"))
        # a named hospital trust: "Sykehuset Innlandet", "Sykehuset i Vestfold HF"
        for m in HOSPITAL.finditer(text, pos=lo) if "Sykehuset" in text or "Helse " in text else ():
            found.append(self._actor(text, m.start(), m.end(), m.group(0), "public_body"))
        # a university, college or student body by its place: "Høgskulen i Volda", "Studentsamskipnaden i Agder"
        for m in INSTITUTION.finditer(text, pos=lo) if INSTITUTION_AHEAD.search(text, lo) else ():
            kind = "organisation" if m.group("kind").startswith("Student") else "public_body"
            found.append(self._actor(text, m.start(), m.end(), m.group(0), kind))
        # a state agency named "Statens" and what it is: "Statens sivilrettsforvaltning", "Statens kartverk"
        for m in STATE_AGENCY.finditer(text, pos=lo) if "Statens " in text else ():
            found.append(self._actor(text, m.start(), m.end(), m.group(0), "public_body"))
        for m in NATIONAL_BODY.finditer(text, pos=lo) if "Nor" in text or "Den norske" in text else ():
            national = lexicon().canonical_any_case(m.group("name")) or m.group("name")
            found.append(self._actor(text, m.start(), m.end("name"), national, lexicon().types.get(national, "organisation")))
        for m in COUNTY_GOVERNOR.finditer(text, pos=lo) if "Fylkesmannen i" in text or "Statsforvalteren i" in text else ():
            found.append(self._actor(text, m.start(), m.end(), m.group(0), "public_body"))
        for m in CITY_DISTRICT.finditer(text, pos=lo) if "Bydel " in text else ():  # "Bydel Gamle Oslo"
            found.append(self._actor(text, m.start(), m.end(), m.group(0), "public_body"))
        for m in POLICE_DISTRICT.finditer(text, pos=lo) if "politidistrikt" in text else ():
            if m.group("place").lower() not in function:
                found.append(self._actor(text, m.start(), m.end(), f"{m.group('place')} politidistrikt", "public_body"))
        # a named organisation or agency by the ending of its name (ORG_NAME): "Kreftforeningen",
        # "Forskningsrådet", "Arbeidstilsynet"
        for m in ORG_NAME.finditer(text, pos=lo):
            kind = "public_body" if m.group("end").lower().startswith(AGENCY_ENDINGS) else "organisation"
            start = association_start(text, lo, m.start(), m.group(0))
            found.append(self._actor(text, start, m.end(), text[start:m.end()], kind))
        # a company by its legal form or a foundation by its title, where no rule above found a name there:
        # "Kraftselskapet Fjordlading AS", "Vestre Viken HF", "Stiftelsen Blå Kors Nord"
        for m in COMPANY.finditer(text, pos=lo) if COMPANY_AHEAD.search(text, lo) else ():
            start = company_start(text, m.start(), m.end())
            if start is not None and not any(a.start == start for a in found):
                kind = "public_body" if m.group("form") in PUBLIC_FORMS else "organisation"
                found.append(self._actor(text, start, m.end(), text[start:m.end()], kind))
        for m in JOINED_COMPANY.finditer(text, pos=lo) if " og " in text and COMPANY_AHEAD.search(text, lo) else ():
            start = company_start(text, m.start(), m.end())
            if start is not None and m.group("joined").lower() in word_list("org_name_heads.txt"):
                found.append(self._actor(text, start, m.end(), text[start:m.end()], "organisation"))
        # a company named after the word that says what it is, without its legal form: "Nettselskapet
        # Skagerak Nett", "Rederiet Torghatten Nord"
        for m in KIND_AND_NAME.finditer(text, pos=lo) if "selskapet " in text or "Rederiet " in text else ():
            if not any(a.start <= m.start("name") < a.end for a in found):
                found.append(self._actor(text, m.start("name"), m.end("name"), m.group("name"), "organisation"))
        # a company or association named by its place or brand and a word for what it is (lang/org_name_heads.txt):
        # "Agder Energi", "Skien Boligbyggelag", "Telemark Bondelag"
        for m in org_name_pattern().finditer(text, pos=lo) if org_head_ahead().search(text, lo) else ():
            if m.group("first").lower() not in word_list("function_words.txt") \
                    and not any(a.start < m.end() and m.start() < a.end for a in found):
                found.append(self._actor(text, m.start(), m.end(), m.group(0), "organisation"))
        # a name with its abbreviation in parentheses, and the abbreviation wherever it stands for the
        # name later: "Integrerings- og mangfoldsdirektoratet (IMDi) … IMDi har bedt"
        found.extend(abbreviated(text, lo, found, lex.party_aliases))
        complete_names(text, found)
        # single-letter party markers: "(H)"
        for m in regex.finditer(r"\((?P<p>[A-ZÆØÅ])\)", text, pos=lo):
            if m.group("p") in lex.marker_only:
                found.append(self._actor(text, m.start("p"), m.end("p"), lex.marker_only[m.group("p")], "party"))
        # a press release's or party page's publisher the lexicon does not know, named in its own text:
        # "Energi Norge mener …"; "Selvhjelp for innvandrere og flyktninger (SEIF)" by its name or "SEIF"
        own = own_side(ctx) if ctx.publisher and len(ctx.publisher) > 3 and ctx.publisher not in lex.types else None
        own_names = []
        for name in [*publisher_names(ctx.publisher, text), *own_abbreviations(ctx.publisher, text, lex.party_aliases)] \
                if own else ():
            for m in mentions_of(name, text, lo):
                if in_brackets(text, m.start(), m.end()):
                    continue  # the abbreviation a name is given: the name before it is the mention
                own_names.append(self._actor(text, m.start(), m.end(), own[0], own[1]))
        if own_names:  # the publisher's own name wins over another reading of the same words
            spans = {(a.start, a.end) for a in own_names}
            found[:] = [a for a in found if (a.start, a.end) not in spans] + own_names
        # a name no rule above knows, opening its clause as the subject of a verb of spending: "Hydro skyter
        # selv inn 380 millioner", "Statoil skal på sin side betale …"
        for m in SPENDING_NAME.finditer(text, pos=lo) if SPENDING_AHEAD.search(text, lo) else ():
            if unknown_name(m.group("name"), text) and not any(a.start < m.end("name") and m.start() < a.end for a in found):
                found.append(self._actor(text, m.start(), m.end("name"), m.group("name"), "organisation"))
        # a generic "kommunen", "fylkeskommunen", "helseforetaket": the one body of that kind the document
        # names (the publisher's own names above included), or its publisher when that is one
        town = county = None
        majority = ""  # read only where the text has a "flertallet" (it searches the whole text)
        for start, end, word in generic_bodies(text, lo):
            if word == "forbundet" and TIED_TO.match(text, end):
                continue
            if word in ("flertallet", "posisjonen"):
                if majority == "":  # a local party's text on its council: the municipality's majority
                    majority = majority_of(text, lo) or ("kommunestyret" if publisher_place(ctx.publisher) else None)
                if majority is None or NATIONAL_MAJORITY.match(text, end):
                    continue
                word = majority
            named = named_body(COUNCIL_OF.get(word, word), found, ctx.publisher, start)
            if named is None and COUNCIL_OF.get(word, word) in TOWN_BODY:
                town = town if town is not None else (publisher_town(ctx.publisher) or only_town(text)
                                                      or publisher_place(ctx.publisher)
                                                      or main_municipality(text) or "")
                place = town or (city_government_town(text) if COUNCIL_OF.get(word, word) == "byrådet" else None)
                named = (TOWN_BODY[COUNCIL_OF.get(word, word)].format(place), "public_body") if place else None
            elif named is None and COUNCIL_OF.get(word, word) == "fylkeskommunen":
                county = county if county is not None else (publisher_county(ctx.publisher)
                                                            or only_town(text, county=True) or "")
                named = (f"{county} fylkeskommune", "public_body") if county else None
            if named is not None:
                found.append(self._actor(text, start, end, *named))
        # a coalition's name while it governs: "De rødgrønne har økt kulturbudsjettet" (in 2013)
        gov_now = next((g for g in lex.governments if day and g.start <= day < g.end), None)
        for name in gov_now.while_in_office if gov_now else ():
            for m in mentions_of(name, text, lo):
                found.append(self._actor(text, m.start(), m.end(), gov_now.canonical, "government"))
        # generic "regjeringen"
        explicit_govs = [a.canonical for a in found if a.actor_type == "government"]
        for start, end in self.generic_tokens(doc, text, lo):
            gov = government_on(day) or (explicit_govs[-1] if explicit_govs else None)
            if FORMER.search(text, max(lo, start - 24), start) and day is not None:
                # "den avgåtte regjeringen", "den forrige regjeringen": the one in office before the document's
                gov = government_before(day) or gov
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
        for m in SPEAKER_NAME.finditer(text, pos=lo) if SPEECH_AHEAD.search(text, lo) else ():
            name = m.group("name")
            if name in persons or name.split()[0] not in given_names() or any(a.start == m.start("name") for a in found):
                continue  # a speaker named after a speech verb and a title: "sier daglig leder …, Kari Lunde"
            actor = self._actor(text, m.start("name"), m.end("name"), name, "person")
            genitive = self.party_genitive_re.search(text[max(lo, m.start("name") - 60):m.start("name")])
            # "sier Høyres forsvarspolitiske talsperson, Ingvild Strand"
            actor.party = lex.person_party.get(name) or (lex.party_aliases.get(genitive.group("party")) if genitive else None)
            found.append(actor)
            persons.setdefault(name, actor)
        titles = person_titles()
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
                after = self.title_after_re.match(text, actor.end) if actor.ministry is None else None
                if after is not None:
                    actor.ministry = lex.minister_titles.get(after.group("title").lower())
        for ent in (doc.ents if self.entities else ()):
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
            for m in mentions_of(surname, text, lo, genitive=True):
                ref = self._actor(text, m.start(), m.end(), person.canonical, "person")
                ref.party, ref.ministry = person.party, person.ministry
                found.append(ref)
        for actor in found:
            if actor.actor_type == "person":
                base = persons.get(actor.canonical)
                if base is not None:
                    actor.party = actor.party or base.party or lex.person_party.get(actor.canonical)
                    actor.ministry = actor.ministry or base.ministry
        found.extend(definite_aliases(text, lo, found))
        found.extend(short_names(text, lo, found))
        found.extend(self._actor(text, start, end, party, "party") for start, end, party in the_party(text, lo, found))
        lexicon_names(found)
        full_names(found, ctx.publisher)
        fold_offices(found)
        return given_abbreviations_folded(text, _dedupe(found))

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


#: What may complete an organisation's or agency's name right after it (`completes` says when): its
#: county ("Innovasjon Norge Innlandet"), `i` and its town ("Studentorganisasjonen i Stavanger"), or a
#: capital abbreviation ("Sparebankstiftelsen SMN").
NAME_SUFFIX = regex.compile(r"(?P<in>[^\S\n]+i)?[^\S\n]+(?:(?P<abbr>\p{Lu}{2,5})|(?P<place>\p{Lu}[\w-]*(?:[^\S\n]+og[^\S\n]+"
                            r"\p{Lu}[\w-]*)?))(?![\w-])")


def complete_names(text: str, found: list[Actor]) -> None:
    """Complete in place each organisation or agency named by its own words that the text names with
    its county, town or abbreviation after it (NAME_SUFFIX), and give its shorter mentions in the same
    text that full name ("Sparebankstiftelsen SMN … Sparebankstiftelsen har gitt")."""
    full: dict[str, set[str]] = {}
    named = [a for a in found if a.actor_type in ("organisation", "public_body") and a.canonical == a.text
             and a.text[:1].isupper()]
    for a in named:
        m = NAME_SUFFIX.match(text, a.end)
        if m is None or not completes(m, a):
            continue
        inside = [b for b in found if b is not a and b.start < m.end() and a.end < b.end]
        if any(b.start < a.end or b.end > m.end() for b in inside):
            continue
        found[:] = [b for b in found if b not in inside]
        full.setdefault(a.canonical, set()).add(text[a.start:m.end()])
        a.end = m.end()
        a.text = a.canonical = text[a.start:m.end()]
    for a in named:
        longer = full.get(a.canonical)
        if longer and len(longer) == 1:
            a.canonical = next(iter(longer))


def completes(m: regex.Match, actor: Actor) -> bool:
    """Whether a NAME_SUFFIX match completes the name before it. An agency's regional office and a
    foundation named by its region are bodies of their own ("Innovasjon Norge Innlandet",
    "Sparebankstiftelsen Sogn og Fjordane"); a membership organisation's county branch speaks for the
    organisation ("Naturvernforbundet Hordaland" is Naturvernforbundet). A county or a district
    ("Sparebankstiftelsen Romerike") names the region after the words."""
    if m.group("abbr"):
        return m.group("in") is None and m.group("abbr") not in NOT_ABBREVIATIONS
    if m.group("in") is None:
        place = m.group("place").lower()
        if "stiftelse" in actor.text.lower() and actor.text.lower().startswith("sparebank"):
            return True  # a savings bank foundation is named by its bank's region or name ("Sparebankstiftelsen Tyrifjord")
        return (place in word_list("counties.txt") or place in word_list("districts.txt")) \
            and (actor.actor_type == "public_body" or "stiftelse" in actor.text.lower())
    return " " not in actor.text and is_town(m.group("place")) \
        and m.group("place").lower() not in word_list("counties.txt")


#: Where a name can start (a capital after whitespace) and a party marker "(Ap)": found by `re`, the
#: exact patterns are tried only there.
_CAPITAL_AFTER_SPACE = re.compile(r"(?<=\s)[A-ZÆØÅ]")
_MARKER = re.compile(r"\([A-Za-zÆØÅæøå]{1,4}\)")
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


LOCAL_BODY = regex.compile(r"(?<![\w-])(?P<place>\p{Lu}[\w-]+(?: \p{Lu}[\w-]+| og \p{Lu}[\w-]+)?)\s+"
                           r"(?P<kind>kommune|fylkeskommune|herad)s?(?![\w-])")


@cache
def foreign_governments() -> dict[str, str]:
    """lang/foreign_governments.tsv: the canonical by adjective and by capital, lowercase."""
    out = {}
    for adjective, capital, canonical in table("foreign_governments.tsv"):
        out[adjective.lower()] = out[capital.lower()] = canonical
    return out


_FOREIGN = table("foreign_governments.tsv")
FOREIGN_GOVERNMENT = regex.compile(
    r"(?<![\w-])(?:(?i:den)\s+(?P<adjective>" + "|".join(regex.escape(row[0]) for row in _FOREIGN) + r")\s+"
    r"(?i:regjering(?:en|a)?)|(?i:regjeringen|regjeringa)\s+i\s+(?P<capital>"
    + "|".join(regex.escape(row[1]) for row in _FOREIGN) + r"))(?![\w-])")
#: A capitalised word right before a name (on the same line): the name may end a longer one.
NAME_BEFORE = regex.compile(r"(?P<word>\p{Lu}[\w-]*)[ \t]+$")
#: A municipal or county council with its town or county: "Trondheim bystyre", "kommunestyret i Lier".
_COUNCILS = r"(?:bystyre|byråd|kommunestyre|formannskap|fylkesting|fylkesutvalg|fylkesråd)"
COUNCIL_NAMED = regex.compile(rf"(?<![\w-])(?:(?P<place>\p{{Lu}}[\p{{Ll}}-]+)\s+(?P<council>{_COUNCILS})(?:e?ts?)?"
                              rf"|(?P<council>(?i:{_COUNCILS}))e?ts?\s+i\s+(?P<place>\p{{Lu}}[\p{{Ll}}-]+"
                              rf"(?:\s+og\s+\p{{Lu}}[\p{{Ll}}-]+)?))(?![\w-])")
COUNCIL_WORDS = regex.compile(_COUNCILS, regex.IGNORECASE)


def ends_a_name(text: str, start: int) -> bool:
    """Whether the word at `start` follows a capitalised word of the same name ("Energi Norge"), not a
    function word ("I Norge", "Også Norge")."""
    m = NAME_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group("word").lower() not in word_list("function_words.txt")


def council_body(place: str, council: str) -> str | None:
    """The body a named council stands for: "<town> kommune", "<county> fylkeskommune"; None for a
    name that is neither."""
    county = council.lower().startswith("fylkes")
    if council.lower().startswith("byråd"):
        return f"Byrådet i {place}" if is_town(place) else None  # a city government is a body of its own
    if county and place.lower() in word_list("counties.txt"):
        return f"{place} fylkeskommune"
    if not county and is_town(place):
        return f"{place} kommune"
    return None


#: A town or county name as the subject of a council's decision on money or on refugees it settles
#: ("Sarpsborg skal bosette 150 flyktninger"; not the last word of a longer name: "Helse Bergen vedtok").
PLACE_DECIDES = regex.compile(r"(?<![\w-])(?<!\p{Lu}[\w-]*\s)(?P<place>\p{Lu}[\p{Ll}-]+)\s+(?:har\s+(?:nå\s+|også\s+)?|hadde\s+)?"
                              r"(?:vedtatt|vedtok|vedtar|bevilget|bevilger|satt\s+av|setter\s+av|satte\s+av|foreslått|foreslo|"
                              r"budsjetterer|budsjetterte|(?:skal\s+|vil\s+)?(?:bosette|bosetter|bosatte))(?![\w-])")
PLACE_DECIDES_AHEAD = regex.compile(r"vedt|bevilg|satt\s+av|setter\s+av|satte\s+av|budsjetter|boset|foreslå|foreslo")
#: A town named by a word for a municipality before it: "Nabokommunen Sandefjord", "vertskommunen Bardu".
TOWN_APPOSITION = regex.compile(r"(?<![\w-])(?i:(?:nabo|verts|hjem|)kommunen)\s+(?P<place>\p{Lu}[\p{Ll}-]+)(?![\w-])")
#: A verb of deciding on money.
MONEY_VERB = (r"(?:økt|øker|økte|bruker|brukte|brukt|gir|ga|gitt|bevilget|bevilger|satt\s+av|setter|satte|kuttet|"
              r"kutter|betaler|betalte|bidrar|bidro|investerer|investerte)")
#: A name as the subject of such a verb: opening its clause before the verb ("Sverige har økt …"), or
#: right after the verb that follows a fronted adverbial ("I fjor brukte Danmark …").
CLAUSE_OPENS = regex.compile(r"(?:^|[.!?:;]\s+|\n\s*|,\s+(?:og|men|mens)\s+)$")
VERB_AFTER = regex.compile(rf"\s+(?:(?:har|hadde|vil|skal)\s+)?(?:\w+\s+)?{MONEY_VERB}(?![\w-])")
FRONTED_VERB_BEFORE = regex.compile(rf"(?:^|[.!?:;]\s+|\n\s*)(?:[–-]\s+)?(?:\w+\s+){{1,2}}(?:har\s+|hadde\s+)?{MONEY_VERB}\s+$")


#: After a fronted adverbial, the auxiliary before the name and the participle after it: "Til sammenligning
#: har Danmark satt av …".
FRONTED_AUX_BEFORE = regex.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:[\w-]+\s+){1,3}(?:har|hadde)\s+$")
PARTICIPLE_AFTER = regex.compile(r"\s+(?:(?:i\s+fjor|i\s+år|også|nå)\s+)?(?:satt\s+av|brukt|bevilget|økt|gitt|kuttet|"
                                 r"investert|betalt)(?![\w-])")


#: A capitalised name opening its clause, then a verb of spending or paying (perhaps after an auxiliary
#: and an adverb): "Hydro skyter selv inn", "Statoil skal på sin side betale", "Sparebanken Sør bidrar med".
_SPENDS = (rf"{MONEY_VERB}|skyter|skjøt|dekker|dekket|dekke|finansierer|finansierte|finansiere|betale|bruke|"
           r"investere|investert|betalt|finansiert|bidratt|bidra|gi")
SPENDING_NAME = regex.compile(r"(?:(?<=^)|(?<=[.!?:;]\s)|(?<=\n))(?P<name>\p{Lu}[\w-]*(?:[^\S\n]+\p{Lu}[\w-]*){0,2})"
                              r"\s+(?:(?:har|hadde|vil|skal|kan|må)\s+)?"
                              r"(?:(?:selv|også|nå|i\s+år|allerede|på\s+sin\s+side|i\s+tillegg)\s+)*"
                              rf"(?:{_SPENDS})(?![\w-])")
SPENDING_AHEAD = regex.compile(_SPENDS)
#: Endings of a common noun's definite forms, which a sentence may open with: "Staten", "Prosjektet".
DEFINITE_END = ("en", "et", "ene", "ane")


def unknown_name(name: str, text: str) -> bool:
    """Whether capitalised words opening a clause are a name of their own: not a word of the word
    lists, a place or a given name, not a common noun in a definite form ("Staten", "Prosjektet") or
    one the text also writes in lowercase ("Folk"); a longer name may open with a definite noun
    ("Sparebanken Sør")."""
    words = name.split()
    first = words[0].lower()
    if first in word_list("function_words.txt") or first in word_list("finite_verbs.txt") \
            or first in word_list("adjectives.txt") or is_place(name) or is_place(words[0]) \
            or words[0] in given_names():
        return False
    if len(words) == 1 and (first.endswith(DEFINITE_END) or len(first) < 3):
        return False
    return not regex.search(rf"(?<![\w-]){regex.escape(first)}(?![\w-])", text)


def decides_on_money(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is the subject of a verb of deciding on money."""
    before = text[max(lo, start - 60):start]
    if CLAUSE_OPENS.search(before) and VERB_AFTER.match(text, end):
        return True
    if FRONTED_AUX_BEFORE.search(before) and PARTICIPLE_AFTER.match(text, end):
        return True
    return FRONTED_VERB_BEFORE.search(before) is not None


#: A hospital trust by name: "Sykehuset Innlandet", "Helse Førde", "Helse Møre og Romsdal HF".
HOSPITAL = regex.compile(r"(?<![\w-])(?:Sykehuset\s+(?:i\s+)?\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*|"
                         r"Helse\s+\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*(?:\s+og\s+(?!Helse\b|Sykehuset\b)\p{Lu}\p{Ll}+)?)(?:\s+R?HF)?(?![\w-])")
#: A city district by its name: "Bydel Alna", "Bydel Gamle Oslo", "Bydel St. Hanshaugen".
CITY_DISTRICT = regex.compile(r"(?<![\w-])Bydel\s+(?:St\.\s+)?\p{Lu}[\p{Ll}-]+(?:[^\S\n]+\p{Lu}[\p{Ll}-]+)?(?![\w-])")
#: A named police district: "Øst politidistrikt", "Finnmark politidistrikts".
POLICE_DISTRICT = regex.compile(r"(?<![\w-])(?P<place>\p{Lu}[\p{Ll}-]+)\s+politidistrikt(?P<gen>s)?(?![\w-])")
#: A university, college or student body named by its place: "Høgskulen i Volda", "Universitetet i Agder",
#: "Høgskolen i Oslo og Akershus", "Studentsamskipnaden i Gjøvik, Ålesund og Trondheim".
INSTITUTION = regex.compile(r"(?<![\w-])(?P<kind>Universitetet|Høgskolen|Høgskulen|Høyskolen|Studentsamskipnaden|"
                            r"Studentparlamentet|Studentorganisasjonen)[^\S\n]+(?:i|på)[^\S\n]+\p{Lu}[\p{Ll}-]+"
                            r"(?:(?:,[^\S\n]+|[^\S\n]+og[^\S\n]+)\p{Lu}[\p{Ll}-]+)*(?![\w-])")
INSTITUTION_AHEAD = regex.compile(r"(?:Universitetet|Høgskolen|Høgskulen|Høyskolen|Student\w+)\s+(?:i|på)\s")
#: A state agency: "Statens" and a noun that names a body by its ending ("Statens sivilrettsforvaltning",
#: "Statens kartverk", "Statens pensjonskasse", "Statens arbeidsmiljøinstitutt"), not "Statens tilbud".
STATE_AGENCY = regex.compile(r"(?<![\w-])Statens[^\S\n]+\p{Ll}+(?:forvaltning|vesen|verk|tilsyn|kasse|institutt|senter|"
                             r"råd|direktorat|nemnd|arkiv|arkiver|fond|sentral|kommisjon|vern|oppsyn|museum|trykkeri|"
                             r"skole|kontor|etat|bygg)(?![\w-])")
#: A national or Nordic body named by what it is: "Nordisk kulturfond", "Norsk folkehjelp", "Norges idrettsforbund",
#: "Den norske turistforening", "Nordisk ministerråds" (not "Norsk kultur", "nordisk samarbeid").
NATIONAL_BODY = regex.compile(r"(?<![\w-])(?P<name>(?:Norsk|Nordisk|Norges|Den[^\S\n]+norske)[^\S\n]+\p{Ll}+"
                              r"(?:råd|fond|forbund|forening|lag|hjelp|institutt|akademi|senter|museum|samband|"
                              r"selskap|direktorat|tilsyn))(?P<gen>s)?(?![\w-])")
#: The state's office in a county: "Fylkesmannen i Vestfold", "Statsforvalteren i Nordland".
COUNTY_GOVERNOR = regex.compile(r"(?<![\w-])(?:Fylkesmannen|Statsforvalteren)\s+i\s+(?P<place>\p{Lu}[\p{Ll}-]+"
                                r"(?:\s+og\s+\p{Lu}[\p{Ll}-]+)?)(?![\w-])")
#: A definite common noun for a body, used for the one the document is about: "kommunen",
#: "direktoratet", "organisasjonen", "rådmannen".
_GENERIC_WORDS = ("kommunen", "fylkeskommunen", "helseforetaket", "sykehuset", "direktoratet", "tilsynet", "etaten",
                  "organisasjonen", "foreningen", "forbundet", "rådmannen", "kommunedirektøren", "bystyret",
                  "kommunestyret", "formannskapet", "fylkestinget", "fylkesrådmannen", "fylkesdirektøren", "fylkesutvalget",
                  "fylkesrådet", "samferdselsutvalget", "bydelsutvalget",
                  "fylkeskommunedirektøren", "foretaksledelsen", "sykehusledelsen",
                  "byrådet", "instituttet", "universitetet", "stiftelsen", "selskapet", "museet", "parlamentet",
                  "høgskolen", "høgskulen", "heradet", "universitetsstyret", "høgskolestyret", "laget",
                  "politidistriktet", "foretaket", "rådet", "flertallet", "posisjonen", "fylkesmannen",
                  "statsforvalteren", "bydelen", "regionen", "politimesteren", "bedriften", "senteret", "distriktet",
                  "forumet", "teatret", "teateret", "banken")
#: Generic words that are a body only capitalised, opening a sentence: "Laget krevde …" ("har laget" is a verb).
_CAPITALISED_ONLY = ("laget",)


def generic_bodies(text: str, lo: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of each generic body word in text[lo:] (lowercase or capitalised, with a
    genitive -s), in text order: found by plain searches of the lowercased text, which is much faster
    than a pattern of alternatives."""
    low = text.lower()
    out = []
    for word in _GENERIC_WORDS:
        k = low.find(word, lo)
        while k >= 0:
            end = k + len(word)
            if text[end:end + 1] == "s":
                end += 1
            first_ok = text[k] == word[0].upper() or (text[k] == word[0] and word not in _CAPITALISED_ONLY)
            before_ok = k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "-_") or party_led(text, k, word)
            after_ok = end == len(text) or not (text[end].isalnum() or text[end] in "-_")
            if first_ok and before_ok and after_ok and text[k + 1:k + len(word)] == word[1:]:
                out.append((k, end, word))
            k = low.find(word, k + 1)
    return sorted(out)


#: A party's name before a hyphen and the council it leads: "Høyre-byrådet", "Ap-byrådets".
PARTY_LED = regex.compile(r"(?<![\w-])\p{Lu}[\w]*-$")


def party_led(text: str, k: int, word: str) -> bool:
    """Whether the generic body word at k is a city government named by the party that leads it ("Høyre-byrådet
    har satt av …" is the byråd)."""
    return word == "byrådet" and PARTY_LED.search(text, max(0, k - 20), k) is not None


#: "partiet", "Partiets": the party the text named last before, a person's party mark included.
THE_PARTY = regex.compile(r"(?<![\w-])[Pp]artiet(?:s)?(?![\w-])")
#: How far back "partiet" may look for the party it stands for.
PARTY_REACH = 600


def the_party(text: str, lo: int, found: list) -> list[tuple[int, int, str]]:
    """(start, end, party) of each "partiet"/"partiets" that stands for the party named last within
    PARTY_REACH characters before it ("Høyre mener … Partiets alternative budsjett …")."""
    parties = sorted((a.end, a.canonical) for a in found if a.actor_type == "party" and not a.pronoun)
    ends = [end for end, _ in parties]
    out = []
    for m in THE_PARTY.finditer(text, pos=lo) if parties else ():
        k = bisect_right(ends, m.start()) - 1  # the party mention that ends last at or before the word
        if k >= 0 and ends[k] >= m.start() - PARTY_REACH:
            out.append((m.start(), m.end(), parties[k][1]))
    return out


#: Words that make a generic government word the one before the sitting one: "den avgåtte regjeringen",
#: "den forrige regjeringens".
FORMER = regex.compile(r"\b(?:avgåtte|forrige|tidligere|gamle)\s+$", regex.IGNORECASE)


#: "forbundet med" is "tied to", not a union.
TIED_TO = re.compile(r"\s+med\b")
#: "flertallet" (and "posisjonen") is a council's majority, which decides for the municipality or county
#: whose assembly the text names ("Det borgerlige flertallet bruker 30 millioner kroner …" beside
#: "bystyret"), or on a local party's page for the party's municipality; not the Storting's ("flertallet
#: på Stortinget").
LOCAL_ASSEMBLY = ("kommunestyre", "bystyre", "formannskap")
COUNTY_ASSEMBLY = "fylkesting"
NATIONAL_MAJORITY = regex.compile(r"s?\s+(?:på|i)\s+Stortinget|s?\s+på\s+tinget")


def majority_of(text: str, lo: int) -> str | None:
    """The council word a majority stands for in this text: the municipality's where it names a municipal
    assembly, the county's where it names only a county assembly, else None."""
    low = text[lo:].lower()
    if any(word in low for word in LOCAL_ASSEMBLY):
        return "kommunestyret"
    return "fylkestinget" if COUNTY_ASSEMBLY in low else None


#: A municipality's, county's, trust's or police district's officers, councils and management stand for it:
#: "rådmannens forslag", "Fylkestinget vedtok", "Foretaksledelsen foreslår", "Politimesteren har vedtatt".
COUNCIL_OF = {"rådmannen": "kommunen", "kommunedirektøren": "kommunen", "bystyret": "kommunen",
              "kommunestyret": "kommunen", "formannskapet": "kommunen", "fylkestinget": "fylkeskommunen",
              "fylkesrådmannen": "fylkeskommunen", "fylkesdirektøren": "fylkeskommunen",
              "fylkeskommunedirektøren": "fylkeskommunen", "foretaksledelsen": "foretaket",
              "sykehusledelsen": "sykehuset", "politimesteren": "politidistriktet",
              "fylkesutvalget": "fylkeskommunen", "fylkesrådet": "fylkeskommunen",
              "universitetsstyret": "universitetet", "høgskolestyret": "høgskolen",
              # a county's committee for transport, an Oslo district's council
              "samferdselsutvalget": "fylkeskommunen", "bydelsutvalget": "bydelen"}
#: How a body of each generic word is named ("Bodø kommune", "Vestland fylkeskommune", "Helse Bergen",
#: "Helsedirektoratet"), and the kinds of actor it may be; None: any name of an organisation.
BODY_NAME = {"kommunen": regex.compile(r".+ kommune$"), "fylkeskommunen": regex.compile(r".+ fylkeskommune$"),
             "heradet": regex.compile(r".+ herad$"),
             "helseforetaket": regex.compile(r"^(?:Helse|Sykehuset) .+|.+ (?:HF|helseforetak)$"),
             "foretaket": regex.compile(r"^(?:Helse|Sykehuset) .+|.+ (?:HF|RHF|SF|AS|ASA)$"),
             "sykehuset": regex.compile(r"^(?:Sykehuset|Helse) .+|.*(?i:sykehus|hospital)"),
             "direktoratet": regex.compile(r".*direktorat(?:et)?$", regex.IGNORECASE),
             "tilsynet": regex.compile(r".*tilsyn(?:et)?$", regex.IGNORECASE),
             "etaten": regex.compile(r".*etat(?:en)?$", regex.IGNORECASE),
             "byrådet": regex.compile(r"^Byrådet i .+"),
             "instituttet": regex.compile(r".*institutt(?:et)?$", regex.IGNORECASE),
             "universitetet": regex.compile(r".*universitet(?:et)?\b.*|NTNU|OsloMet\b.*|UiT\b.*", regex.IGNORECASE),
             "organisasjonen": None, "foreningen": None, "forbundet": None, "stiftelsen": None,
             "selskapet": regex.compile(r".+ (?:AS|ASA)$|.*selskap(?:et)?$", regex.IGNORECASE),
             "museet": regex.compile(r".*muse(?:um|et)\b.*", regex.IGNORECASE),
             "parlamentet": regex.compile(r".*parlament.*", regex.IGNORECASE),
             "høgskolen": regex.compile(r".*h(?:ø|øy)gsk(?:ole|ule).*|.*høyskole.*", regex.IGNORECASE),
             "høgskulen": regex.compile(r".*h(?:ø|øy)gsk(?:ole|ule).*|.*høyskole.*", regex.IGNORECASE),
             "bedriften": regex.compile(r".+ (?:AS|ASA|SA)$"),
             "senteret": regex.compile(r".*[Ss]enter(?:et)?\b.*"),
             "laget": regex.compile(r".*lag(?:et)?$"),
             "rådet": regex.compile(r".*råd(?:et)?$", regex.IGNORECASE),
             "fylkesmannen": regex.compile(r"^(?:Fylkesmannen|Statsforvalteren) i .+"),
             "bydelen": regex.compile(r"^Bydel .+"),
             "statsforvalteren": regex.compile(r"^(?:Fylkesmannen|Statsforvalteren) i .+"),
             "politidistriktet": regex.compile(r".+ politidistrikt$"),
             "regionen": regex.compile(r".+ region \p{Ll}.*"),
             "distriktet": regex.compile(r".+distrikt(?: \d+)?$"),
             "forumet": regex.compile(r".*forum\b.*", regex.IGNORECASE),
             "teatret": regex.compile(r".*teat(?:er|ret)\b.*", regex.IGNORECASE),
             "teateret": regex.compile(r".*teat(?:er|eret)\b.*", regex.IGNORECASE),
             "banken": regex.compile(r".*bank(?:en)?\b.*", regex.IGNORECASE)}
#: The four regional health authorities, which own the local trusts.
REGIONAL_TRUST = regex.compile(r"Helse\s+(?:Sør-Øst|Vest|Midt-Norge|Nord)(?:\s+RHF)?$|.+\s+RHF$")
#: How a town's body is named where the text names none but is about one town ("kommunen" in a text
#: about Lier, "byrådet" in one about Bergen: a city government is a body of its own).
TOWN_BODY = {"kommunen": "{} kommune", "byrådet": "Byrådet i {}"}


def publisher_town(publisher: str | None) -> str | None:
    """The town of a municipality that publishes the document ("Bergen kommune" -> Bergen): its own
    "byrådet" and "kommunen" are that town's, whatever districts the text names."""
    m = regex.fullmatch(rf"(?P<town>{MULTI_WORD_MUNICIPALITY}|\p{{Lu}}[\w-]*(?: \p{{Lu}}[\w-]*)?) kommune", publisher or "")
    return m.group("town") if m else None


#: An Oslo city district as publisher: "Bydel Bjerke".
OSLO_DISTRICT = regex.compile(r"Bydel\s+\p{Lu}")
#: The place a publisher's name opens with, before what it is: "Eidsvoll SV", "Stranda Arbeiderparti",
#: "Kongsberg Dagblad", "Troms og Finnmark Venstre".
PUBLISHER_PLACE = regex.compile(rf"(?P<place>{MULTI_WORD_MUNICIPALITY}|\p{{Lu}}[\w-]*(?:\s+og\s+\p{{Lu}}[\w-]*)?)\s+\S")
#: The place a publisher's name closes with, after one word: "Rødt Nordland", "SV Bergen".
PUBLISHER_PLACE_LAST = regex.compile(r"\S+\s+(?P<place>\p{Lu}[\w-]*(?:\s+og\s+\p{Lu}[\w-]*)?)$")


def publisher_named_for(publisher: str | None, places: str) -> str | None:
    """The place of lang/`places` (a word list) a publisher's name opens with, or closes with after one
    word ("Rødt Nordland", "SV Bergen"), or None."""
    for pattern in (PUBLISHER_PLACE, PUBLISHER_PLACE_LAST):
        m = pattern.match(publisher or "")
        if m and m.group("place").lower() in word_list(places):
            return m.group("place")
    return None


def publisher_county(publisher: str | None) -> str | None:
    """The county a publisher is of by its name ("Troms og Finnmark Venstre" -> Troms og Finnmark)."""
    return publisher_named_for(publisher, "counties.txt")


def publisher_place(publisher: str | None) -> str | None:
    """The town a publisher is of by its name, where no text says which town a council or "kommunen"
    is: "Bydel Bjerke" -> Oslo, "Eidsvoll SV" -> Eidsvoll; None for any other name."""
    if publisher and OSLO_DISTRICT.match(publisher):
        return "Oslo"
    return publisher_named_for(publisher, "municipalities.txt")


def named_body(word: str, found: list[Actor], publisher: str | None, at: int = -1) -> tuple[str, str] | None:
    """(canonical, kind) of the body a generic word stands for: the publisher when it is one of that
    kind, else the only named one of that kind in the document (None when there are none or several).
    An organisation word ("organisasjonen") takes the publisher only where the text names it, else
    the only organisation named, else the one named last before it (`at`)."""
    shape = BODY_NAME[word]
    if shape is None:
        orgs = [a for a in found if a.actor_type == "organisation"]
        named = {a.canonical for a in orgs}
        if publisher in named:
            return publisher, "organisation"
        if len(named) == 1:
            return named.pop(), "organisation"
        before = [a for a in orgs if a.end <= at]
        return (max(before, key=lambda a: a.start).canonical, "organisation") if before else None
    if publisher and shape.match(publisher):
        return lexicon().canonical_of(publisher) or publisher, "public_body"
    named = {a.canonical: a.actor_type for a in sorted(found, key=lambda a: a.actor_type != "public_body", reverse=True)
             if a.actor_type in ("public_body", "organisation") and shape.match(a.canonical)}
    if len(named) > 1 and word in ("helseforetaket", "foretaket", "sykehuset"):
        # the local trust, not the regional one it belongs to: "det regionale helseforetaket" says so
        named = {name: kind for name, kind in named.items() if not REGIONAL_TRUST.match(name)}
    if len(named) == 1:
        return next(iter(named.items()))  # one body, named as a public one if ever
    # several bodies of that kind: the one named last before the word, as a definite noun refers back
    # ("Norges Bondelag … Norsk Bonde- og Småbrukarlag brøt forhandlingene … Laget krevde …")
    before = [a for a in found if a.canonical in named and a.end <= at]
    last = max(before, key=lambda a: a.start, default=None)
    return (last.canonical, named[last.canonical]) if last is not None else None


#: An abbreviation in parentheses: two to six letters, the first a capital ("(IMDi)", "(NSO)", "(DA)").
ABBREVIATION = regex.compile(r"\((?P<abbr>\p{Lu}[\p{Lu}\p{Ll}]{1,5})\)")
#: The words before an abbreviation that may be the name it shortens (at most six, no punctuation).
WORDS_BEFORE = regex.compile(r"(?:[\w-]+\s+){0,5}[\w-]+\s*$")
PUBLIC_ENDINGS = ("direktoratet", "tilsynet", "etaten", "byrået", "administrasjonen", "verket", "ombudet", "senteret",
                  "tjenesten")


def spells(abbr: str, name: str) -> bool:
    """Whether an abbreviation's letters are the name's, in order, the first the name's first letter
    ("IMDi" in "Integrerings- og mangfoldsdirektoratet", "DA" in "Domstoladministrasjonen")."""
    a, n = abbr.lower(), name.lower()
    if not n.startswith(a[0]) or len(n) < 2 * len(a):
        return False
    k = 1
    for ch in n[1:]:
        if k < len(a) and ch == a[k]:
            k += 1
    return k == len(a)


def abbreviated_name(text: str, lo: int, at: int, abbr: str,
                     found_ends: dict[int, Actor]) -> tuple[int, int, str, str] | None:
    """(start, end, canonical, kind) of the name an abbreviation at `at` ("(") shortens: an actor found
    right before it, else the longest run of words before it that opens with a capital and spells it."""
    end = at
    while end > lo and text[end - 1] == " ":
        end -= 1
    known = found_ends.get(end)
    if known is not None and spells(abbr, known.text):
        return known.start, known.end, known.canonical, known.actor_type
    m = WORDS_BEFORE.search(text, max(lo, end - 80), end)
    if m is None:
        return None
    words = list(regex.finditer(r"[\w-]+", text[m.start():end]))
    for w in words:
        name = text[m.start() + w.start():end]
        if w.group()[:1].isupper() and spells(abbr, name):
            kind = "public_body" if name.lower().endswith(PUBLIC_ENDINGS) else "organisation"
            return m.start() + w.start(), end, name, kind
    return None


def abbreviated(text: str, lo: int, found: list[Actor], party_aliases: dict[str, str]) -> list[Actor]:
    """The names given with an abbreviation, and the abbreviation where it stands alone later; an
    abbreviation never given in brackets that spells one body named before it ("Befalets
    Fellesorganisasjon er ikke fornøyd. … BFO krever …")."""
    out = unbracketed(text, lo, found, party_aliases)
    if "(" not in text:
        return out
    ends = {a.end: a for a in found}
    for m in ABBREVIATION.finditer(text, pos=lo):
        abbr = m.group("abbr")
        if abbr in party_aliases:
            continue  # "(Ap)": a party marker (read with the persons)
        named = abbreviated_name(text, lo, m.start(), abbr, ends)
        if named is None:
            continue
        start, end, canonical, kind = named
        if start not in {a.start for a in found}:
            out.append(ActorFinder._actor(text, start, end, canonical, kind))
        for use in regex.finditer(rf"(?<![\w-]){regex.escape(abbr)}(?:s|'s)?(?![\w-])", text, pos=m.end()):
            alias = ActorFinder._actor(text, use.start(), use.end(), canonical, kind)
            out.append(alias)
    return out


#: A word of capitals only, an abbreviation: "BFO", "NTL".
CAPITALS = regex.compile(r"(?<![\w-])\p{Lu}{2,6}(?![\w-])")
#: Capitals that shorten no body: legal forms, currency codes, national accounts.
NOT_ABBREVIATIONS = frozenset(("HF", "RHF", "AS", "ASA", "SA", "KF", "IKS", "SF", "NOK", "USD", "EUR", "SEK", "DKK",
                               "GBP", "BNP", "BNI", "MVA", "CO"))


def own_abbreviations(publisher: str, text: str, party_aliases: dict[str, str]) -> list[str]:
    """Abbreviations of three to six capitals that the publisher's text uses without introducing
    them, each spelling its name ("MFO Agder ber Stortinget …" in a release of Musikernes
    fellesorganisasjon Agder, "UHR mener …" in one of Universitets- og høgskolerådet), or one word
    of a longer name ("SIOPS ber Stortinget …" in a release of Veteranforbundet SIOPS)."""
    name = bare_name(publisher)
    words = name.split() if " " in name else []
    return sorted({m.group(0) for m in abbreviations(text, 0, party_aliases) if len(m.group(0)) >= 3
                   and (m.group(0) in words or (m.group(0) not in name and spells(m.group(0), name)))})


def abbreviations(text: str, lo: int, party_aliases: dict[str, str]):
    """The words of capitals from `lo` that may shorten a body's name: no party's alias, no legal form
    or currency (NOT_ABBREVIATIONS)."""
    return (m for m in CAPITALS.finditer(text, pos=lo)
            if m.group(0) not in party_aliases and m.group(0) not in NOT_ABBREVIATIONS)


def in_brackets(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone in brackets: the abbreviation a name is given ("(IMDi)")."""
    return text[start - 1:start] == "(" and text[end:end + 1] == ")"


def unbracketed(text: str, lo: int, found: list[Actor], party_aliases: dict[str, str]) -> list[Actor]:
    """Abbreviations no bracket introduced, each an alias of the one organisation or public body named
    before it whose name spells it; none where no body or several do."""
    out: list[Actor] = []
    taken = {a.start for a in found}
    bodies = [a for a in found if a.actor_type in ("organisation", "public_body") and a.text == a.canonical]
    for m in abbreviations(text, lo, party_aliases) if bodies else ():
        abbr = m.group(0)
        if m.start() in taken or in_brackets(text, m.start(), m.end()):
            continue  # (the abbreviation a name is given in brackets: the name before it is the mention)
        named = {a.canonical: a.actor_type for a in bodies if a.end <= m.start() and spells(abbr, a.text)}
        if len(named) == 1:
            canonical, kind = named.popitem()
            out.append(ActorFinder._actor(text, m.start(), m.end(), canonical, kind))
    return out


SPEECH_AHEAD = regex.compile(speech_verb_pattern(), regex.IGNORECASE)
#: A name after a speech verb, maybe past a title that ends in a comma or a title of lowercase words:
#: "sier Kari Lunde", "sier daglig leder i Kreftforeningen, Kari Lunde", "sier rektor Hilde Nyhus", "sa
#: konserndirektør for infrastruktur Hanne Skadsem", "sier NHO-sjef Ole Berg" (a title word may open with the
#: body's abbreviation). The first word must be a given name (lang/given_names.tsv).
SPEAKER_NAME = regex.compile(rf"(?<![\w-])(?i:{speech_verb_pattern()})\s+(?:[^.,;:!?\n«»]{{1,70}},\s+|"
                             rf"(?:(?:\p{{Lu}}[\p{{Lu}}\p{{Ll}}]*-)?\p{{Ll}}[\w-]*[^\S\n]+){{1,6}})?(?P<name>{FULL_NAME})")


@cache
def given_names() -> frozenset[str]:
    return frozenset(row[0] for row in table("given_names.tsv"))


#: A capitalised word whose ending names a body, with at least three letters before the ending
#: ("Kreftforeningen", "Sykepleierforbundet", "Kulturrådet", "Arbeidstilsynet"; not "Kulturområdet"): an
#: organisation, or a public body for an agency's ending. Rules only: the trained model finds names
#: without such endings.
_ORG_ENDS = (r"forbundet|forbund|foreningen|foreninga|forening|direktoratet|tilsynet|etaten|byrået|universitetet|høgskolen|"
             r"høyskolen|instituttet|organisasjonen|akademiet|museet|(?<!om)rådet|sykehuset|stiftelsen|sparebanken")
#: A name ending as an organisation's does; after Norsk/Norges/Den norske its word may be lowercase and
#: indefinite ("Norsk kulturråd", "Den norske legeforening", "Norsk utenrikspolitisk institutt") or a
#: hyphenated compound ("Norges Lastebileier-Forbund"); two compounds may share their ending
#: ("Arbeids- og velferdsdirektoratet"); after a
#: genitive the ending is a word of its own ("Boligprodusentenes Forening", "Befalets Fellesorganisasjon").
ORG_NAME = regex.compile(rf"(?<![\w-])(?:(?:Norsk|Norske|Norges|Den\s+[Nn]orske)\s+[\w-]{{2,}}?(?P<end>(?i:{_ORG_ENDS}|råd|institutt|lag|museum))"
                         rf"|\p{{Lu}}\w{{2,}}?(?P<end>{_ORG_ENDS})"
                         rf"|\p{{Lu}}\w+-[ \t]+og[ \t]+\w{{2,}}?(?P<end>{_ORG_ENDS})"
                         rf"|\p{{Lu}}\w{{2,}}s\s+(?P<end>Forening|Forbund|Fellesorganisasjon|Landsforbund))(?![\w-])")
#: A name in the genitive before an association's: "Lovisenbergs Venneforening", "Haukelands Pasientforening"
#: (not a definite noun's: "Pasientenes", "Byens").
OWNER_NAME = regex.compile(r"\p{Lu}\p{Ll}{3,}(?<!en|et|ene|ne)s")
#: A capitalised word right before a name: the town or county a local association is named by.
PLACE_BEFORE = regex.compile(r"(?<![\w-])(\p{Lu}[\w-]+)[^\S\n]+$")
#: A company or trust named with its legal form ("Nordkyst Havbruk AS", "Kraftselskapet Fjordlading AS", "Vestre
#: Viken HF", "Sørlandet sykehus HF") or a foundation by its title ("Stiftelsen Trygg Oppvekst"): up to four
#: capitalised words (a hospital's last may be lower case).
COMPANY = regex.compile(r"(?<![\w-])(?:(?:\p{Lu}[\w-]*[^\S\n]+){0,3}(?:\p{Lu}[\w-]*|\w*sykehus|\w*hospital)[^\S\n]+"
                        r"(?P<form>AS|ASA|HF|RHF|IKS|KF)|"
                        r"Stiftelsen(?:[^\S\n]+\p{Lu}[\w-]*){1,4})(?![\w-])")
#: A company named for two businesses: "Florø Havn og Energi AS", where the word after `og` says what a company is
#: (lang/org_name_heads.txt; "Norsk Hydro og Equinor ASA" are two companies).
JOINED_COMPANY = regex.compile(r"(?<![\w-])(?:\p{Lu}[\w-]*[^\S\n]+){1,3}og[^\S\n]+(?P<joined>\p{Lu}[\w-]*)[^\S\n]+"
                               r"(?:AS|ASA)(?![\w-])")
#: Legal forms of publicly owned bodies: health trusts and municipal companies.
PUBLIC_FORMS = ("HF", "RHF", "IKS", "KF")
#: Whether a text holds a legal form or a foundation at all: the COMPANY scan is skipped otherwise.
COMPANY_AHEAD = regex.compile(r" (?:AS|ASA|HF|RHF|IKS|KF)\b|Stiftelsen ")
#: Words before a company's name that say what it is: "Kraftselskapet", "Sjømatselskapet", "Konsernet".
COMPANY_KIND = regex.compile(r"\w*(?:selskapet|konsernet|firmaet|bedriften|rederiet)", regex.IGNORECASE)
#: A word saying what a company is, then its name of up to three capitalised words: "Nettselskapet Skagerak
#: Nett", "kraftselskapet Lyse" (not "selskapet" alone, nor a sentence's next word: "… selskapet. Det").
KIND_AND_NAME = regex.compile(r"(?<![\w-])(?i:\w+selskapet|rederiet)[^\S\n]+"
                              r"(?P<name>\p{Lu}[\w-]*(?:[^\S\n]+(?:\d+|\p{Lu}[\w-]*)){0,2})(?![\w-])")
AGENCY_ENDINGS = ("direktoratet", "tilsynet", "etaten", "byrået")


@cache
def _org_heads() -> str:
    """The heads of lang/org_name_heads.txt, capitalised, as a pattern's alternation (longest first)."""
    return "|".join(regex.escape(h.capitalize()) for h in sorted(word_list("org_name_heads.txt"), key=len, reverse=True))


@cache
def org_head_ahead() -> regex.Pattern:
    """Whether a text holds a head of lang/org_name_heads.txt after a space at all: the name scan is skipped
    otherwise."""
    return regex.compile(rf"[^\S\n](?:{_org_heads()})(?![\w-])")


@cache
def org_name_pattern() -> regex.Pattern:
    """One or two capitalised words and a capitalised head from lang/org_name_heads.txt."""
    return regex.compile(rf"(?<![\w-])(?P<first>\p{{Lu}}[\w-]+)(?:[^\S\n]+\p{{Lu}}[\w-]+)?[^\S\n]+(?:{_org_heads()})(?![\w-])")


def company_start(text: str, start: int, end: int) -> int | None:
    """Where a COMPANY match's name starts: after a word that says what it is ("Kraftselskapet") or a
    function word opening the sentence ("Også"); None where nothing is left but the legal form."""
    words = list(regex.finditer(r"[\w-]+", text[start:end]))
    k = 0
    while k < len(words) - 1 and (COMPANY_KIND.fullmatch(words[k].group(0))
                                  or words[k].group(0).lower() in word_list("function_words.txt")):
        k += 1
    if k >= len(words) - 1 and not text.startswith("Stiftelsen", start + words[k].start()):
        return None
    return start + words[k].start()


def trusted_org(ent) -> bool:
    """An organisation the model found, unless it is one capitalised word opening a sentence
    ("Total bevilgning …"), where a common noun is the likelier reading."""
    if not ent.text[:1].isupper():
        return False
    if len(ent) == 1 and ent[0].is_sent_start and not ent.text.isupper():
        return False
    return True


#: A legal form after a body's name ("Helse Midt-Norge RHF", "Sykehuset Telemark HF", "Hydro ASA")
LEGAL_FORM = frozenset(("HF", "RHF", "AS", "ASA", "SA", "KF", "IKS"))
#: What may follow a body's short name in its full name: "Elevorganisasjonen i Østfold",
#: "Studentparlamentet ved Universitetet i Bergen"
NAME_TAIL = regex.compile(r"(?:i|ved|for)\s+\p{Lu}")
BODY_TYPES = ("organisation", "public_body")


def short_form_of(short: str, full: str) -> bool:
    """`short` is how a text names the body `full` once it has been introduced: the name without
    its legal form or its place ("Helse Midt-Norge" for "Helse Midt-Norge RHF", "Elevorganisasjonen"
    for "Elevorganisasjonen i Østfold"), or the definite form of its last word ("Solenergiforeningen"
    for "Norsk solenergiforening", "Gartnerforbundet" for "Norsk Gartnerforbund")."""
    if full.startswith(short + " "):
        rest = full[len(short) + 1:]
        return rest in LEGAL_FORM or NAME_TAIL.match(rest) is not None
    if " " in short or " " not in full:
        return False
    last = full.rsplit(" ", 1)[1].lower()
    return short.lower() in definite_forms(last) and short[:1].isupper()


def association_start(text: str, lo: int, start: int, name: str) -> int:
    """Where a one-word association's name starts that its town or county or whose it is opens ("Grimstad
    Sanitetsforening", "Lovisenbergs Venneforening"; not a definite name: "Pasientenes Kreftforeningen");
    else `start`."""
    before = PLACE_BEFORE.search(text, max(lo, start - 40), start)
    if before is None or " " in name:
        return start
    word = before.group(1)
    named_by = is_place(word) or (OWNER_NAME.fullmatch(word) and not name.endswith(("en", "et")))
    return before.start() if named_by else start


def mentions_of(name: str, text: str, lo: int, genitive: bool = False):
    """Where a name stands in text[lo:] as whole words (with `genitive`, also with an -s: "Birøkterlagets")."""
    return regex.finditer(rf"(?<![\w-]){regex.escape(name)}{'s?' if genitive else ''}(?![\w-])", text, pos=lo)


def short_names(text: str, lo: int, found: list[Actor]) -> list[Actor]:
    """A company or trust the text names with its legal form ("Ørland Varme AS") where the text names it
    without it too ("sier daglig leder Marit Berg i Ørland Varme"): that mention is the body."""
    out: list[Actor] = []
    taken = SpanSet()
    for a in found:
        taken.add(a.start, a.end)
    bodies = sorted({(a.canonical, a.actor_type) for a in found if a.actor_type in BODY_TYPES and not a.pronoun})
    for canonical, kind in bodies:  # (in a fixed order: the records do not depend on the hash seed)
        name, _, form = canonical.rpartition(" ")
        if form not in LEGAL_FORM or " " not in name:
            continue  # (a one-word name without its form may be a word: "Lyse", "Posten")
        for m in mentions_of(name, text, lo, genitive=True):
            if not taken.overlaps(m.start(), m.end()):
                out.append(ActorFinder._actor(text, m.start(), m.end(), canonical, kind))
                taken.add(m.start(), m.end())
    return out


def definite_aliases(text: str, lo: int, found: list[Actor]) -> list[Actor]:
    """A national body the text names ("Norges Birøkterlag") where the text later names it by the definite
    form of its last word ("Birøkterlaget bruker selv 600 000 kroner …"); sides.definite_names."""
    out: list[Actor] = []
    taken = {a.start for a in found}
    for body in sorted({(a.canonical, a.actor_type) for a in found if a.actor_type in BODY_TYPES}):
        for name in definite_names(body[0]):
            for m in mentions_of(name, text, lo, genitive=True):
                if m.start() not in taken:
                    out.append(ActorFinder._actor(text, m.start(), m.end(), body[0], body[1]))
    return out


def lexicon_names(found: list[Actor]) -> None:
    """A body a rule named as the text writes it takes the lexicon's canonical where that name is an alias
    ("Helse Sør-Øst RHF" found by its legal form is Helse Sør-Øst)."""
    lex = lexicon()
    for actor in found:
        if actor.actor_type in BODY_TYPES and actor.canonical not in lex.types and actor.canonical in lex.by_alias:
            actor.canonical = lex.by_alias[actor.canonical]


def full_names(found: list[Actor], publisher: str | None) -> None:
    """A body named by a short form takes the full name the document (or its publisher) gives it,
    where exactly one full name fits."""
    names = {a.canonical for a in found if a.actor_type in BODY_TYPES}
    if publisher:
        names.add(lexicon().canonical_of(publisher) or publisher)
    if len(names) < 2:
        return
    longer = {}
    for name in names:
        fits = [full for full in names if full != name and short_form_of(name, full)]
        if len(fits) == 1:
            longer[name] = fits[0]
    for actor in found:
        if actor.actor_type in BODY_TYPES and actor.canonical in longer:
            actor.canonical = longer[actor.canonical]


def fold_offices(found: list[Actor]) -> None:
    """A regional office of an agency whose offices act for it (actors.yaml `offices: agency`) takes the
    agency's name: "Husbanken region sør", "IMDi Nord" are Husbanken and IMDi."""
    for actor in found:
        if actor.actor_type in BODY_TYPES:
            actor.canonical = office_agency(actor.canonical)


PRIORITY = {"government": 0, "ministry": 1, "party": 2, "person": 3, "public_body": 4, "organisation": 5}


def given_abbreviations_folded(text: str, actors: list[Actor]) -> list[Actor]:
    """The actors without the abbreviation in brackets a name is given where it is given ("gir Høgskulen på
    Vestlandet (HVL) 60 nye studieplasser"): one mention, the name's, whose role the sentence decides."""
    kept: list[Actor] = []
    for actor in actors:
        before = kept[-1] if kept else None
        if before is not None and before.canonical == actor.canonical and in_brackets(text, actor.start, actor.end) \
                and not text[before.end:actor.start - 1].strip():
            continue
        kept.append(actor)
    return kept


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


@Language.factory("claims_actors", default_config={"entities": False})
class ActorStage(RuleComponent):
    """Actors with canonical names, `vi` resolved: `doc._.actors`, span group "actor"."""

    def __init__(self, nlp: Language, name: str, entities: bool = False):
        super().__init__(nlp, name)
        self.finder = ActorFinder(nlp, entities)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = resolve_pronouns(doc, self.finder(doc))
        write_group(doc, "actor")
        return doc
