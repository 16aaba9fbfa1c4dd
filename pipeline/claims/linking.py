"""Linking a claim's amount to its actor and its time (the Linker the assembler builds on).

Inheritance, in order: a list item from its lead-in (the sentence ending in `:` above the list);
a quote from its speaker's side; a sentence that opens in a municipality ("I Sandnes skal det
spares …") from that municipality, one that names the state budget as where its money is from the
government in office; a sentence from earlier sentences of its paragraph; a time from
the nearest heading above that names one (`Statsbudsjettet 2021:`); finally the document's
publisher/author side and its date. Inherited fields carry `inherited: true`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache, cached_property

import regex
from spacy.tokens import Doc

from pipeline.actors.finder import COUNTY_GOVERNOR
from pipeline.actors.lexicon import government_on, lexicon, person_titles
from pipeline.actors.places import opening_municipality
from pipeline.actors.sides import (
    BODIES,
    LOCAL_BODY_NAME,
    bare_name,
    dominant_political,
    in_government,
    own_side,
    publisher_body,
    side_of,
    sides,
    title_body,
)
from pipeline.claims.agent_from_tree import NO_AGENT, agents_of_amount
from pipeline.claims.budget_year import BUDGET_TIME, BudgetYear, budget_kind, budget_year, opening_of
from pipeline.dimensions import calendar as cal
from pipeline.dimensions.tense import past_tense, speaks_of_future
from pipeline.dimensions.time import interval_time, names_holiday
from pipeline.document import context_of
from pipeline.lang.data import alternation, word_list
from pipeline.lang.words import speech_verb_pattern
from pipeline.layout import Sentence, document_sentences
from pipeline.offsets import doc_text, in_order_and_apart
from pipeline.schema import (
    Actor,
    Money,
    Quantity,
    Time,
)
from pipeline.syntax import tree_of

#: A sentence that opens with an adverbial and goes on with a finite verb of giving or asking, whose subject
#: follows: "I vår tildelte", "Gjennom Klimasats ga", "Samlet ber regjeringen Stortinget om" is not "å gi".
FRONTED_GIVING = regex.compile(r"(?:(?:I|Gjennom|Via|Etter|Fra|Under|Innen|Ved|Med|På|Over|Nå|Dermed|Samtidig|Også|"
                               r"Derfor|Tidligere|Senere|Deretter|Allerede)\b[^,.;:!?]{0,40}?\s+)"
                               r"(?:ga|gav|gir|tildelte|tildeler|tilførte|tilfører|bevilget|bevilger|innvilget|ber|ba)\s+")
#: A relative clause with `som` as its subject that runs up to the amount: ", som i dag dekker inntil".
RELATIVE_CLAUSE = regex.compile(r",\s*som\s+(?P<rest>(?:[^\W\d][\w-]*\s+){1,6})$")
#: A receiving verb in a relative clause: the antecedent receives the amount, it does not give it.
RECEIVING = regex.compile(r"\b(?:får|fikk|fått|mottar|mottok|mottatt|tildeles|tildelt|tilføres|søkt|søker|søke|"
                          r"ber|ba|krever|kravet|ønsker|trenger|mangler|tapte|taper|mister|mistet)\b", regex.IGNORECASE)
#: A speech verb a few words before a person: the person is the speaker (claimant), not the agent.
SPEECH = regex.compile(rf"{speech_verb_pattern()}\s+(?:[\w-]+\s+){{0,4}}$", regex.IGNORECASE)
#: A subject that receives or loses ("Kommunene får 200 millioner", "Høgskolen i Volda (HVO) får", "NTNU mister 25
#: stillinger") is not the one who grants or cuts.
#: (with where it is: "Kommunene i Trøndelag får", "Norsk Skogmuseum i Elverum får"; in a relative clause:
#: "Nord universitet, som i år får 2,1 milliarder"; who can apply for a grant: "Kommunene kan søke om inntil 1 million";
#: the subject of a passive of giving or cutting: "Politiet styrkes med 1,4 milliarder"; who expects to get it:
#: "Kristiansund kommune regner med å få om lag 800 000 kroner"; the subject of a proposed passive, before or after
#: the verb: "Politiet foreslås tilført 24,6 milliarder", "I budsjettet foreslås Forsvaret tilført 2 milliarder"; the
#: first of two coordinated subjects: "NTNU og Nord universitet mister …")
RECEIVES_AFTER = regex.compile(r"(?:\s*\([^()]{1,12}\)|\))?(?:\s+(?:i|på)\s+(?:(?-i:\p{Lu})[\w-]*(?:\s+og\s+(?-i:\p{Lu})[\w-]*)?|"
                               r"fylket|regionen|landet|distriktene))?"
                               r"(?:\s+og\s+(?-i:\p{Lu})[\w-]*(?:\s+[\w-]+)?)?"
                               r"(?:\s*,\s*som(?:\s+[\w-]+){0,3}?)?"
                               r"\s+(?:får|fikk|mottar|mottok|mister|mistet|taper|tapte|tildeles|(?:er|ble|blir)\s+tildelt|"
                               r"tilføres|styrkes|kompenseres|foreslås|"
                               r"prioriteres|skjermes|"
                               r"kuttes|reduseres|økes|(?:skal|vil|kan|må)\s+(?:\w+\s+){0,2}?få|"
                               r"(?:regner\s+med|venter|forventer|håper|ser\s+ut\s+til)\s+(?:\w+\s+)?(?:å\s+)?få|"
                               r"har\s+(?:\w+\s+){0,2}?fått|kan\s+(?:\w+\s+){0,2}?søke\s+om)\b",
                               regex.IGNORECASE)
#: "Av dette får kommunene …", "I budsjettet for 2013 fikk kommunene …": the subject after a receiving verb.
RECEIVES_BEFORE = regex.compile(r"\b(?:får|fikk|mottar|mottok|mister|mistet|foreslås|tilføres|tildeles)\s+$",
                                regex.IGNORECASE)
#: The two words after a genitive, where a title may stand ("Høyres finanspolitiske talsperson").
NEXT_WORDS = regex.compile(r"(?:\s+[\w-]+){1,2}")


#: The statistics office, by name or short form (its figures are background, not claims; the times of
#: its sentences, a forecast's year among them, date no policy).
STATISTICS_OFFICE = regex.compile(r"\b(?:Statistisk\s+sentralbyrå\w*|SSBs?)\b")
#: A passive of giving or asking right before an amount: "er tildelt", "ble bevilget", "har fått innvilget", "blir i år
#: bedt om å bosette".
PASSIVE_GIVING = regex.compile(r"\b(?:er|ble|blir|har\s+blitt|har\s+fått|fikk)\s+(?:\w+\s+){0,2}?(?:tildelt|bevilget|"
                               r"innvilget|tilført|gitt|bedt\s+om\s+å\s+\w+)\s+(?:\w+\s+)?$", regex.IGNORECASE)
#: After the amount, the agent of that passive: "av Helsedirektoratet".
AGENT_AV = regex.compile(r"\s+(?:\w+\s+){0,3}?av\s+(?=\p{Lu})")
#: What may follow an amount before more is said of it: its unit word and its rate ("kroner per liter",
#: "promille", "kroner i måneden").
AMOUNT_TAIL = (r"(?:\s+(?:kroner|kr\.?|promille|prosent))?(?:\s+(?:per|pr\.?)\s+[\w-]+|\s+i\s+(?:året|måneden|uka|"
               r"timen|døgnet))?")
#: A verb of proposing a figure: "foreslår", "har foreslått", "legger opp til".
PROPOSING = r"(?:foreslår|foreslo|har\s+foreslått|legger\s+opp\s+til|la\s+opp\s+til)"
#: After an amount, whose proposal it is: "i rådmannens forslag", "i regjeringens budsjettforslag", ", som
#: byrådet foreslår,".
PROPOSED_BY = regex.compile(AMOUNT_TAIL + r"(?:\s+(?:i|etter)\s+(?P<who>[\w-]+s)\s+(?:forslag|"
                            r"budsjettforslag|innstilling|opplegg)\b|\s*,\s*som\s+(?P<who>[\w-]+(?:\s+[\w-]+)?)\s+"
                            + PROPOSING + r"\b)", regex.IGNORECASE)
#: A relative clause's opening, and a verb of proposing that closes it after its subject: ", som byrådet
#: foreslår," (not ", som regjeringen har foreslått å holde på 2 330 kroner", where the amount is its own).
RELATIVE_SOM = regex.compile(r",\s*som\s+$")
PROPOSES_AFTER = regex.compile(r"\s+" + PROPOSING + r"\s*,")
#: The rest of a short relative clause up to its closing comma: "(, som Enova) forvalter,".
RELATIVE_CLOSES = regex.compile(r"\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,")
#: A verb of blame or praise before whom it is for ("kritiserer regjeringen for at …").
BLAMES = regex.compile(r"\b(?:kritiser\w*|anklag\w*|refs\w*|ros(?:er|te)?|berømm\w*|takk\w*|klandr\w*)\s+$",
                       regex.IGNORECASE)
#: After whom a verb of blame or praise is for: "for at", "for å".
BLAMED_FOR = regex.compile(r"\s+for\s+(?:at|å)\s", regex.IGNORECASE)
#: A source named before a body: "Ifølge NAV", "ifølge Helsedirektoratet".
CITED_SOURCE = regex.compile(r"\bifølge\s+$", regex.IGNORECASE)
#: Between an amount and a later actor: a new clause ("…, og Enova har gitt …", "…, mens Bondelaget krevde").
NEW_CLAUSE = regex.compile(r",\s+(?:og|men|mens)\s", regex.IGNORECASE)
#: Between two coordinated actors.
COORDINATED = regex.compile(r"\s+og\s+")
#: Actors that give rather than receive after a giving verb ("gir Forsvarsdepartementet 12 millioner").
GIVERS = {"government", "ministry", "party"}
#: Between a genitive actor and the amount it owns: its genitive -s and a space.
GENITIVE_BEFORE = regex.compile(r"s?\s+")
COMPARISON = regex.compile(r"\b(?:enn|nå|færre|flere)\b", regex.IGNORECASE)
#: A preposition that makes a day a bound of a period ("fra 1. juli", "innen 15. mars").
DAY_BOUND = regex.compile(r"(?:fra|f\.o\.m\.|t\.o\.m\.|innen|inntil|til|frem|fram|før|etter|siden|senest|"
                          r"gjennom)\s", regex.IGNORECASE)


#: A relative pronoun right before a time: "i kommuner som i dag har lav dekning".
RELATIVE_BEFORE = regex.compile(r"\b(?:som|der)\s+$", regex.IGNORECASE)
#: `i dag` alone.
TODAY = regex.compile(r"(?i:i\s+dag)")
#: A verb of presenting, deciding or saying: with it, `i dag` is the day of that event.
PRESENTED = regex.compile(r"(?i)\b(?:la|legger|lagt|legges)(?:\s+\w+){0,2}?\s+fram|\bpresenter\w*|\bkunngj\w*|\boffentliggj\w*|"
                          r"\bvedt\w*|\bforeslo|\bforeslår|\bsendte|\bmeldte|\bopplys\w*|\bsier\b|\bsa\b|\bskriver\b|"
                          r"\bannonser\w*|\bfordelt\w*|\btildelt\w*|\bbevilget\b|\blanser\w*")
#: The end of a year: "ved utgangen av 2025", "ved slutten av 2030".
YEAR_END = regex.compile(r"\b(?:utgangen|slutten)\s+(?:av|på)\s+(?:(?:19|20)\d\d|året)\b", regex.IGNORECASE)


#: New Year as the start of a period: "fra nyttår", "etter nyttår" (an end, "før nyttår", bounds no money).
NEW_YEAR_WORD = regex.compile(r"(?i:(?:fra|etter|f\.o\.m\.)\s+nyttår\b)")


def event_date(t: Time) -> bool:
    """A day or week that bounds no period (`i dag`, `i forrige uke`, a dateline, "la fram budsjettet
    12. desember 2024"), or a time some months ago (`for en måned siden`), dates an event of the text,
    not the money; so does a holiday, bounded or not ("bevilget før jul"). The end of a year dates a
    level at that time ("gjelden ved utgangen av 2025")."""
    if YEAR_END.search(t.text):
        return False
    if t.grain in ("day", "week") and (not DAY_BOUND.match(t.text) or names_holiday(t.text)
                                       and not NEW_YEAR_WORD.search(t.text)):
        return True  # (New Year starts a period as a date does: "to nye stillinger fra nyttår")
    if t.grain == "day" and t.from_date is not None and t.from_date == t.to_date:
        return True  # "budsjettforslaget fra torsdag": the day a paper comes from bounds nothing
    return t.grain == "month" and t.relative and t.text.lower().endswith("siden")
#: Right before a time, a comparison makes it the base an amount is compared with, not the amount's
#: time: "300 millioner mer enn i fjor", "sammenlignet med saldert budsjett 2023", "sammenlignet med
#: budsjettet for inneværende år", "i forhold til 2019",
#: "omtrent like mye som i år", "det samme som året før", "likt med nivået i år", "på nivå med i fjor",
#: "3,9 millioner over opprinnelig budsjett 2021", "øker med 2,9 prosent fra anslaget for 2020".
COMPARISON_BASE = regex.compile(r"(?<![\w])(?:(?:enn|sammen(?:lign|likn)(?:et|a)\s+med|i\s+forhold\s+til|"
                                r"(?:like\s+\w+|det\s+samme|samme\s+\w+)\s+som|fra\s+(?:det\s+|den\s+)?(?:opprinnelig|vedtatt|justert|regulert)e?|"
                                r"sett\s+opp\s+mot|målt\s+mot|(?:over|under|utover)\s+nivået(?:\s+(?:fra|for))?|"
                                r"(?:lik|likt|like)\s+(?:med\s+)?nivået(?:\s+(?:fra|for))?|på\s+(?:samme\s+)?nivå\s+(?:med|som))\s+"
                                r"(?:(?:det\s+)?(?:saldert|vedtatt|opprinnelig|revidert|justert|regulert)e?\s+)?"
                                r"(?:(?:det\s+)?\w*budsjett\w*\s+for\s+|(?:anslag\w*\s+(?:på\s+)?)?regnskap\w*\s+(?:for\s+)?)?|"
                                r"fra\s+(?:anslaget|nivået)\s+(?:for\s+|i\s+)?|"
                                r"(?:over|under|utover)\s+(?:det\s+)?(?:saldert|vedtatt|opprinnelig|revidert)e?\s+"
                                r"(?:\w*budsjett\w*\s+(?:for\s+)?)?)$",
                                regex.IGNORECASE)
#: A change and its amount right before a `fra` time: "en økning på 450 millioner kroner fra i år",
#: "økt med 2 millioner fra 2023", "35 millioner mer fra i fjor".
CHANGE_FROM = regex.compile(r"(?:økning\w*|vekst\w*|kutt\w*|reduksjon\w*|nedgang\w*|økt|økes|øker|kuttet|kuttes|"
                            r"redusert|reduseres|mer|mindre|opp|ned)\s+(?:på\s+|med\s+)?(?:[\w,.-]+\s+){1,8}?$",
                            regex.IGNORECASE)
#: A clause of comparison whose own verb the time dates: "mer enn prosjektet fikk i år", "mot de 100
#: millionene regjeringen la inn i år" (not "mer enn 16 milliarder kroner i fjor": an amount's qualifier).
COMPARED_CLAUSE = regex.compile(r"(?<![\w])(?:enn|(?:mot|(?:så|like)\s+mye\s+som)\s+(?:de|det|den)\s+[\w,.\s-]{1,30}?)\s+"
                                r"(?!\d)(?:[\w-]+\s+){1,4}$", regex.IGNORECASE)
#: A change named by a noun and its amount before a `fra` year: "en økning på 500 000 kroner fra 2023"
#: ("økt med 2 millioner fra 2023" may as well start then).
CHANGE_NOUN_FROM = regex.compile(r"\b(?:økning\w*|nedgang\w*|reduksjon\w*|vekst\w*|kutt\w*)\s+på\s+(?:[\w,.-]+\s+){1,4}$",
                                 regex.IGNORECASE)
FROM_YEAR = regex.compile(r"fra\s+(?:19|20)\d\d", regex.IGNORECASE)
#: This year or last year as the start of a change: counted from, not starting then ("fra 1. juli" starts).
FROM_NOW = regex.compile(r"fra\s+(?:i\s+år|i\s+fjor|dette\s+året|inneværende\s+år)", regex.IGNORECASE)
#: A verb of sharing money out right after its subject: "Politidirektoratet har fordelt", "Kulturrådet tildeler",
#: "Enova ga i fjor tilsagn om".
DISTRIBUTES_AFTER = regex.compile(r"\s+(?:har\s+|hadde\s+)?(?:(?:nå|i\s+dag|i\s+år|i\s+fjor|allerede|så\s+langt)\s+)?"
                                  r"(?:fordelt|fordeler|fordelte|tildelt|tildeler|tildelte|delt\s+ut|"
                                  r"(?:deler|delte|ga|gav|gir)\s+(?:(?:i\s+fjor|i\s+år|nå)\s+)?(?:ut|tilsagn)|gitt\s+tilsagn)\b",
                                  regex.IGNORECASE)
#: A list's lead-in that shares something out or spends it with no agent: "Stillingene fordeles slik:", "Slik
#: fordeles midlene:", "Økningen skal blant annet brukes til:", "Teatret vil bruke bevilgningen slik:".
SHARED_OUT_LEAD = regex.compile(r"\b(?:fordeles|fordelt|tildeles|deles\s+ut|brukes|bruke|benyttes|benytte)\b[^:]*:\s*$",
                                regex.IGNORECASE)
#: A sentence that opens with the project a text is about: "Prosjektet har en kostnadsramme på", "Anlegget skal".
PROJECT_OPENS = regex.compile(r"(?:Det\s+nye\s+|Den\s+nye\s+)?(?:Prosjektet|Anlegget|Senteret|Bygget|Nybygget|"
                              r"Byggeprosjektet|Utbyggingen|Ombyggingen|Hallen|Brua|Tunnelen|Kaia|Investeringen|"
                              r"Prislappen|Byggekostnaden)\b")
#: After the subject, a verb of building: "Skien Boligbyggelag vil bygge", "Ørland Varme AS vedtok mandag å bygge".
BUILDS_AFTER = regex.compile(r"\s+(?:(?:skal|vil|kan|må|har|planlegger|ønsker|vedtok|besluttet)\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:å\s+)?(?:bygge|bygger|bygde|bygd|oppføre|oppfører|oppførte|reise|ruste\s+opp|"
                             r"utvide|utvider)\b", regex.IGNORECASE)
#: A project's cost: "har en kostnadsramme på", "vil koste", "er beregnet å koste".
COSTS = regex.compile(r"\b(?:kostnadsramme\w*|koste|koster|kostet|prislapp\w*)\b", regex.IGNORECASE)
#: After a name, paying a part itself: "(og kommunen) har selv satt av", "(UiS) vil selv dekke", "har allerede
#: vedtatt å dekke".
FUNDS_PART_AFTER = regex.compile(r"\s+(?:har|vil|skal|må)\s+(?:selv|allerede)\s+(?:\w+\s+){0,2}?(?:å\s+)?"
                                 r"(?:dekke|satt\s+av|sette\s+av|betale|finansiere|bidra)\b", regex.IGNORECASE)
#: Before who stands behind a project: "Bak prosjektet står Grenland Hydrogen AS".
BEHIND_BEFORE = regex.compile(r"\b[Bb]ak\s+(?:prosjektet|anlegget|satsingen|utbyggingen)\s+står\s+$")
#: A list's lead-in that names a distribution: "Fordelingen av de nye stillingene ser slik ut:".
DISTRIBUTION_LEAD = regex.compile(r"\bfordelingen\b[^:]*:\s*$", regex.IGNORECASE)
#: A budget or proposal named: "Ifølge budsjettforslaget", "i statsbudsjettet", "proposisjonen".
NAMES_A_BUDGET = regex.compile(r"\w*(?:budsjett|forslag|proposisjon)\w*", regex.IGNORECASE)
#: Words that say a level is today's: "i dag", "i år", "dagens", "har stått på … siden", "står stille".
CURRENT_LEVEL = regex.compile(r"\b(?:i\s+dag|i\s+år|dagens|fortsatt|står\s+stille|har\s+stått(?:\s+stille)?\s+på)\b",
                              regex.IGNORECASE)
#: After `vi`, a verb of finding, noticing or feeling about what others do: the writer is no agent of the
#: amount ("Vi merker oss at …", "Vi er glade for at …").
PERCEIVES_AFTER = regex.compile(r"\s+(?:(?:også|derfor|likevel|dessverre)\s+)?(?:finner|fant|ser|så|merker\s+oss|"
                                r"registrerer|noterer\s+oss|er\s+(?:(?:svært|veldig|godt|ikke)\s+)?(?:glade?|fornøyde?|"
                                r"skuffet|skuffede|bekymret|bekymrede|overrasket)\b)", regex.IGNORECASE)
#: Before an inverted `vi`, the same verbs: "I budsjettforslaget finner vi bare 15 millioner".
PERCEIVES_BEFORE = regex.compile(r"\b(?:finner|fant|ser|så|merker|registrerer|noterer)\s+$", regex.IGNORECASE)
#: A financial plan, whose money spans its four years: "økonomiplanen", "handlingsprogrammet".
PLAN_PERIOD = regex.compile(r"\b(?:økonomiplan|handlingsprogram|handlingsplan)\w*", regex.IGNORECASE)
#: Words of the writer's own side: "vi", "vårt forslag", "partiet", an alternative budget.
OWN_SIDE_WORD = regex.compile(r"\b(?:vi|vår|vårt|våre|oss|partiet|alternative?)\b", regex.IGNORECASE)
#: Right before a time, an event it dates: being ready, opening, starting ("kan stå klar i 2026", "åpner høsten
#: 2025", "byggestart i 2024").
EVENT_BEFORE = regex.compile(r"\b(?:stå|står|sto|være|er)\s+(?:klar|ferdig)\s+\w*\s*$|\bferdig(?:e|stilt|stilles)?\s+\w*\s*$|"
                             r"\båpne[rst]?\s+\w*\s*$|\båpnes\s+\w*\s*$|\bbyggestart\s+\w*\s*$|\bstarte[rs]?\s+\w*\s*$|"
                             r"\bi\s+drift\s+\w*\s*$", regex.IGNORECASE)
#: An Oslo city district as the one that gets an amount: "Bydelen har fått", "Bydel Alna er tildelt" (the city's
#: districts are named "Bydel <name>").
DISTRICT_GETS = regex.compile(r"(?:(?<![\w-])[Bb]ydelen|(?<![\w-])Bydel\s+(?:St\.\s+)?\p{Lu}[\p{Ll}-]+(?:[^\S\n]+\p{Lu}[\p{Ll}-]+)?)"
                              r"\s+(?:har\s+|hadde\s+)?(?:fått|får|fikk|er\s+tildelt|ble\s+tildelt|tildeles|blir\s+tildelt)\b")
#: A clause of wishing or demanding that ends right before its subject: "vi vil at | bydelen får".
WISHED_THAT = regex.compile(r"\bat\s+$")
#: After an amount, the giver it comes from: "… 1,8 millioner kroner fra Fylkesmannen".
GIVER_AFTER = regex.compile(r"[^.;:]{0,60}?\bfra\s+\p{Lu}")
#: From a genitive to an amount: an offer, demand or proposal and a copula ("statens | tilbud var på |
#: 410 millioner", "kommunens | budsjettforslag er | 40 millioner").
OFFER_IS = regex.compile(r"s?\s+(?:[\w-]+\s+)?(?:tilbud|forslag|budsjettforslag|krav|bud|anslag|ramme|prislapp)(?:et|en)?\s+"
                         r"(?:var|er|blir|ble|lå|ligger|lyder)\s+(?:på\s+)?(?:(?:bare|kun|drøyt|nesten|om\s+lag)\s+)?",
                         regex.IGNORECASE)
#: An op-ed's writer stating his own proposal or demand: "Jeg mener staten bør …", "Derfor foreslår jeg at …",
#: "Mitt forslag er enkelt: …" (not "Jeg er glad for at …", which credits others).
WRITER_DEMAND = regex.compile(r"(?:^|[.:;]\s+|\b(?:[Dd]erfor|[Ss]å|[Oo]gså)\s+)[Jj]eg\s+(?:(?:vil|derfor|også|har)\s+){0,2}"
                              r"(?:mener|foreslår|foreslått|foreslå|krever|ber|anbefaler)\b|"
                              r"\b(?:mener|foreslår|krever|ber|anbefaler)\s+(?:derfor\s+|også\s+)?jeg\b|"
                              r"^\W*(?:Mitt|Min)\s+(?:forslag|anbefaling|krav)\b")
#: A passive of budgeting: the money is proposed, granted, raised or cut by someone unnamed.
BUDGET_PASSIVE = regex.compile(r"\b(?:foreslås|bevilges|settes\s+(?:det\s+)?av|økes|kuttes|reduseres|styrkes|heves|senkes|"
                               r"dobles|halveres|(?:opp|ned)justeres|"
                               r"(?:ble|blir|er|var)\s+(?:det\s+)?(?:[\w,.]+\s+){0,4}?(?:satt\s+av|avsatt|bevilget|"
                               r"øremerket|foreslått)|videreføres|trappes\s+opp|prioriteres|(?:går|gå)\s+(?:\S+\s+){1,4}?til)\b",
                               regex.IGNORECASE)
#: A lead-in that runs on into its list: it ends in an infinitive mark, a subjunction or a preposition.
OPEN_LEAD = regex.compile(r"\s(?:å|at|til|om|for|med|blant\s+annet|bl\.\s*a\.)\s*$", regex.IGNORECASE)
#: A list's lead-in that speaks of proposals or a budget: "Dette er blant forslagene i justisbudsjettet:".
BUDGET_LEAD = regex.compile(r"\b(?:forslag\w*|\w*budsjett\w*|bevilgning\w*|prioritering\w*|satsing\w*)\b[^:]*:\s*$",
                            regex.IGNORECASE)
#: A receiving verb with no giver named ("Heimevernet får 85 millioner mer", "Klimasats får 100
#: millioner"): in a report on the state budget, the state budget gives it.
RECEIVES = regex.compile(r"\b(?:får|fikk|fått|mottar|mottok|mottatt|tildeles|tilføres|brukes|(?:går|gå)\s+til)\b",
                         regex.IGNORECASE)
#: A verb of expecting money: "Kommunen forventer rundt 95 millioner i tilskudd fra Husbanken", "har regnet med",
#: "Prosjektet forutsetter 3 millioner i spillemidler fra fylket".
EXPECTS = regex.compile(r"\b(?:forventer|forventet|venter|ventet|regner\s+med|regnet\s+med|budsjetterer\s+med|"
                        r"budsjettert\s+med|forutsetter|forutsatte)\b", regex.IGNORECASE)
#: A sentence that names the state budget itself: "I statsbudsjettet for 2013 ble det satt av …".
STATE_BUDGET_NAMED = regex.compile(r"\b(?:stats|nasjonal)budsjett\w*", regex.IGNORECASE)
#: The state budget or the government's proposal named as where money is: "Statsbudsjettet ga …", "i
#: statsbudsjettet for 2019", "ifølge regjeringens forslag".
STATE_BUDGET_SOURCE = regex.compile(STATE_BUDGET_NAMED.pattern + r"|\bregjeringens\s+(?:budsjett)?forslag\w*",
                                    regex.IGNORECASE)
#: A modal of what ought to be, in which a writer states its own demand: "bør finansieres over budsjettet".
WRITER_WANTS = regex.compile(r"\b(?:bør|burde|må)\b", regex.IGNORECASE)
#: A budget named as a noun: "Forsvarsbudsjettet", "budsjettet", "statsbudsjettet for 2020".
BUDGET_NOUN = regex.compile(r"\b\w*budsjett(?:et|ene)?\b", regex.IGNORECASE)
#: Right before a year in a heading, the budget it is the year of: "budsjett 2024", "budsjettet for 2017".
BUDGET_BEFORE = regex.compile(r"budsjett\w*\s+(?:for\s+)?$", regex.IGNORECASE)
#: After an amount received, its giver: "… 3 millioner kroner (ekstra) fra ", "… 14 millioner kroner i
#: investeringsstøtte fra "; the actor must follow.
FROM_GIVER = regex.compile(r"\s+(?:(?:mer|ekstra|i\s+året|årlig|neste\s+år|i\s+år)\s+)?"
                           r"(?:i\s+(?!år\b|året\b)(?:(?-i:\p{Ll}+)\s+){1,2}|(?:av|gjennom|med)\s+(?:et|en)\s+(?-i:\p{Ll}+)\s+)?"
                           r"fra\s+", regex.IGNORECASE)
#: A passive of paying for, whose means a giver may follow: "Av dette dekkes 1,6 millioner kroner av et tilskudd fra
#: Helsedirektoratet".
DEFRAYED = regex.compile(r"\b(?:dekkes|finansieres|betales)\b", regex.IGNORECASE)
#: A giver fronted before the verb of receiving: "Fra staten får kommunen 9,8 mill. kr …".
FRONTED_GIVER = regex.compile(r"\s*Fra\s+(?=\S)")
#: A local council deciding its budget, in a title or opening.
LOCAL_COUNCIL = regex.compile(r"\b(?:bystyre\w*|kommunestyre\w*|fylkesting\w*|byråd\w*|formannskap\w*)\b",
                              regex.IGNORECASE)
#: The farm settlement named in a title or opening.
FARM_SETTLEMENT = regex.compile(r"\bjordbruks(?:oppgjør|avtale|forhandling|oppgjer)\w*", regex.IGNORECASE)
#: The government's budget named in a title or opening.
STATE_BUDGET = regex.compile(r"\b(?:regjering\w*|statsbudsjett\w*|nasjonalbudsjett\w*|RNB|\w+minister(?:en)?)\b", regex.IGNORECASE)
#: `saldert budsjett`, `det som ble saldert for 2025`: the budget as adopted, always what a change is
#: measured from.
SALDERT = regex.compile(r"\bsaldert(?:e)?\s+(?:(?:stats)?budsjett|for\s)", regex.IGNORECASE)
#: A subordinate clause up to its comma ("Etter at regjeringen i 2016 strammet inn regelverket, …"):
#: a time inside it dates that clause, not an amount outside it. So does a relative clause set off
#: by commas ("Klimasats, ordningen som siden 2016 har gitt kommuner støtte, får 100 millioner"), and
#: one in the past after a noun ("videreføre stillingene som ble opprettet etter forliket i fjor"), and a
#: contrasting clause after ", men" ("410 millioner høres mye ut, men vegen står ferdig først i 2035").
SUBORDINATE = regex.compile(r"(?:^|(?<=[\s,(]))(?:[Ee]tter\s+at|[Ff]ordi|[Ss]lik\s+at|[Ss]elv\s+om|[Ee]ttersom|[Mm]ens|[Dd]a(?=\s+\w+\s)|"
                            r"[Nn]år|[Hh]vis|[Dd]ersom)\s[^,;:]{3,160}?(?=,|[.!?]?\s*$)"
                            r"|(?<=,\s)(?:(?:\w+\s+){0,3}?som|der)\s[^,;:]{3,160}?(?=,|[.!?]?\s*$)"
                            r"|(?<=\w\s)som\s+(?:ble|var|hadde|har)\s[^,;:]{3,160}?(?=,|[.!?]?\s*$)"
                            r"|(?<=,\s)men\s[^,;:]{3,160}?(?=,|[.!?]?\s*$)")
#: A bracketed stretch of a sentence, and what before it makes it the compared period.
BRACKETED = regex.compile(r"\([^()]*\)")
COMPARED_BEFORE_BRACKET = regex.compile(r"(?<![\w])(?:forrige|enn|som|mot)\s+(?:[\w-]+\s+){0,2}$", regex.IGNORECASE)
#: A clause that reports when something was proposed or decided: its month or week dates the
#: decision, not the money ("Regjeringen foreslo i oktober å øke minstepensjonen med 4 000 kroner",
#: "På bystyremøtet i desember vil Venstre legge inn …").
DECIDED = regex.compile(r"\b(?:foreslo|la\s+fram|la\s+frem|vedtok|vedtas|vedtar|behandle[rs]?|behandlet|lovet|varslet|presenterte|"
                        r"presenteres|legges\s+fram|legges\s+frem|kunngjorde|ble\s+enige|advarte|ble\s+vedtatt|"
                        r"fikk\s+gjennomslag|\w*forhandlingene|\w*behandlingen|\w*forliket|\w*møtet|lagt\s+fr[ae]m|"
                        r"(?:la|legger)\s+(?:\w+\s+){0,3}?(?:opp\s+til|fr[ae]m)|sluttet\s+seg\s+til|godkjente|besluttet|"
                        r"(?:\w*budsjett\w*|\w*forslag\w*|\w*proposisjon\w*)\s+kom)\b", regex.IGNORECASE)
#: `fra` this or last year's budget, named by its year's ordinal word ("fra årets budsjett"); the time
#: opens with `fra` or with the ordinal.
FROM_THIS_YEARS_BUDGET = regex.compile(r"(?<![\w])fra\s+(?P<ordinal>(?:fjor)?årets|inneværende\s+års)\s", regex.IGNORECASE)
#: `2019-nivå`: a year's level is always a base to compare with.
LEVEL = regex.compile(r"-nivå", regex.IGNORECASE)
#: An amount that stays as it is: "uendret fra i år", "på samme nivå som i fjor" (FROM_NOW follows).
UNCHANGED = regex.compile(r"\b(?:uendret|uforandret|videreført|videreføres|samme\s+(?:nivå\s+)?som)\s+$", regex.IGNORECASE)
#: Between a compared amount and the budget that dates it: "ned fra 8,1 mrd. i saldert budsjett 2016".
BUDGET_BETWEEN = regex.compile(r"\s+i\s+(?:det\s+)?(?:saldert|vedtatt|opprinnelig|revidert)e?\s+"
                               r"(?:\w*budsjett\w*\s+(?:for\s+)?)?", regex.IGNORECASE)
#: Right before an amount, a comparison makes it what another amount of the sentence is compared with:
#: "5 millioner mot 3 millioner i fjor", "mer enn de 200 millionene".
COMPARED_AMOUNT = regex.compile(r"(?<![\w])(?:mot|enn|sammen(?:lign|likn)(?:et|a)\s+med|i\s+forhold\s+til|"
                                r"(?:økning|nedgang|reduksjon|vekst|opp|ned)\s+fra)"
                                r"(?:\s+(?:de|det|den))?(?:\s+[\w-]+s)?(?:\s+(?:bare|kun))?"
                                r"(?:\s+(?:en|et)\s+(?:økning|vekst|kutt|nedgang|reduksjon|påplussing)\s+på)?\s+$",
                                regex.IGNORECASE)
#: A period that ends now: "de siste årene", "de foregående fem årene", "hittil", "til nå".
PAST_SPAN = regex.compile(r"(?i:\bsiste\b|\bforegående\b|\bhittil\b|\btil\s+nå\b)")
#: A verb of cost or saving before the one who bears it: "vil koste staten", "sparer staten for".
BEARS_COST = regex.compile(r"\b(?:kost(?:e|er|et|ar|a)|spar(?:e|er|te|t))\s+$", regex.IGNORECASE)
#: `fra` right before a giver: "12 millioner kroner fra staten".
FROM_BEFORE = regex.compile(r"\bfra\s+$", regex.IGNORECASE)
#: A superlative a `siden` time measures a record against: "det laveste tallet | siden 2016", "den største
#: økningen | siden 1970-tallet".
SUPERLATIVE_BEFORE = regex.compile(r"(?<![\w-])(?:laveste|høyeste|største|minste|sterkeste|svakeste|beste|verste|"
                                   r"dårligste|første|flest|færrest|lavest|høyest)\s+(?:[\w-]+\s+){0,3}$",
                                   regex.IGNORECASE)
LEADING_PREPOSITION = regex.compile(r"(?:til|mot|med)\s+", regex.IGNORECASE)
POLITICAL = {"government", "party", "ministry", "person"}
#: An actor after one of these (or in a list after one) is an object, not the agent: "i dialog med KS".
OBJECT_BEFORE = regex.compile(r"\b(?:med|til|for|fra|hos|mellom|mot|blant|overfor|ved|i|om|på)\s+"
                              r"(?:[\w\-]+(?:\s+[\w\-]+){0,3}(?:,\s*|\s+og\s+))*$", regex.IGNORECASE)
#: Who is asked to act is not the one asking: "ber Stortinget om", "ber derfor Stortinget om", "ber
#: regjeringen og Stortinget:" (after a
#: fronted clause the verb's subject follows it: "Når budsjettet behandles, ber NSO om …").
ADDRESSED = regex.compile(r"(?<!,\s)\b(?:ber|ba|bedt|oppfordrer|oppfordret|utfordrer|utfordret|inviterer|invitert|anmoder|"
                          r"anmodet|pålegger|pålagt|påla)(?:\s+(?:nå|derfor|også|igjen|dermed|i\s+\w+))?"
                          r"(?:\s+(?:de|alle)(?:\s+(?-i:\p{Ll})\w+)?)?\s+(?:[\w-]+\s+og\s+)?$",
                          regex.IGNORECASE)
#: A list item that opens with a label and its colon: "• Lyngdal: 1 050 000 kroner".
LABELLED_ITEM = regex.compile(r"\s*(?:[•*·–-]\s*)?[^:\n]{2,80}:\s")
#: A board or council adopting or proposing its budget: "Styret ved St. Olavs hospital vedtok torsdag budsjettet".
OWN_BUDGET_ADOPTED = regex.compile(r"(?:Styret|Kommunestyret|Bystyret|Fylkestinget|Bydelsutvalget|Representantskapet|"
                                   r"Rådmannen|Kommunedirektøren|Fylkesrådet|Byrådet)\b[^\n]{0,60}?\b(?:vedtok|har\s+vedtatt|"
                                   r"vedtar|la\s+fram|legger\s+fram|foreslår)\b[^.\n]{0,40}?\bbudsjett")
#: A board before the body it acts for, opening a sentence: "Styret i", "Styret ved".
BOARD_OPENS = regex.compile(r"Styret\s+(?:i|ved|for)\s+")
#: The verb of a body deciding its own budget or investment, right after its name (a weekday or "i dag"
#: between): "vedtok torsdag et driftsbudsjett", "investerer 1,4 milliarder", "vil bruke 200 millioner".
OWN_DECISION = regex.compile(r"\s+(?:(?:har|vil|skal|i\s+dag|nå|i\s+går|\w+dag(?:\s+kveld)?)\s+){0,2}"
                             r"(?:vedtok|vedtatt|vedtar|investerer|investere|bruke|bruker|setter\s+av|satt\s+av|"
                             r"oppretter|opprette|innfører|innføre)\b", regex.IGNORECASE)
#: The discretionary grants: "skjønnsmidlene", "skjønnstilskudd", "skjønnsrammen".
DISCRETIONARY_GRANTS = regex.compile(r"(?i)\bskjønns(?:midl|tilskudd|ramme)\w*")
#: A body's own spending, investing or staffing, in the active voice.
OWN_ACTION = regex.compile(r"\b(?:bruker|brukte|investerer|investerte|ansetter|ansatte\s+vi|effektiviserer|bygger|åpner|"
                           r"oppretter|legger\s+selv|setter\s+(?:selv\s+)?av|kutter|reduserer|omstiller|prioriterer)\b",
                           regex.IGNORECASE)
#: A lead-in about "the budget" with no owner: "Dette er hovedpunktene i budsjettet:".
THE_BUDGET = regex.compile(r"\bbudsjett(?:et|forslaget)\b", regex.IGNORECASE)
#: Plural bodies that receive what an allocation list shares out.
RECEIVER_GROUPS = word_list("receiver_groups.txt")
#: An opinion on what someone else must do: "Vi mener Stortinget må …" (the one who must is asked; in
#: "Dette krever Legeforeningen:" the verb only comes first).
DEMANDED = regex.compile(r"\b(?:mener|krever|forventer)\s+$", regex.IGNORECASE)
#: Inside the clause someone demands or proposes, an actor is who is to act, not who claims: "X krever
#: derfor at Stortinget legger inn …", "Vi foreslo at kommunen skulle sette av …". After an opinion verb
#: (`mener`) only with a modal: "Partiet mener det er oppsiktsvekkende at regjeringen bare har funnet
#: 1,1 milliarder" reports what the government did.
_INTO_AT_CLAUSE = r"(?:\s+\w+){0,5}?\s+at\s+(?:\w+\s+){0,2}$"
DEMANDED_CLAUSE = regex.compile(r"\b(?:kreve|krever|krevde|forventer|forventet|foreslå|foreslår|foreslo|foreslått|ønske|"
                                r"ønsker|ønsket|går\s+inn\s+for|gikk\s+inn\s+for|be\s+om|ber\s+om|ba\s+om|bedt\s+om|"
                                r"vil|ville)" + _INTO_AT_CLAUSE + r"|(?:^|\n)[ \t]*[•*·–-][ \t]*at\s+$", regex.IGNORECASE)
#: The subject of a clause of purpose or result is enabled, not acting: "økes tilskuddet, slik at kommunene kan
#: skaffe 800 boliger", "legger vi til rette for at sykehusene kan behandle …", "gjør det mulig for skolene å".
#: (not a feeling: "Vi er glad for at bystyret satte av …" reports what the council did)
ENABLED = regex.compile(r"\b(?:slik|(?:sørger|sørge|sørget|rette)\s+for|sikrer|sikre|sikret)\s+at\s+(?:\w+\s+){0,2}$|"
                        r"\bmulig\s+for\s+(?:\w+\s+){0,2}$", regex.IGNORECASE)
#: A recommendation to a body right after it: "Staten bør øremerke 1,5 milliarder", "regjeringen burde lagt
#: minst en milliard på bordet": the one who recommends claims it, not the body.
RECOMMENDED_AFTER = regex.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:bør|burde)\b", regex.IGNORECASE)
RECOMMENDED_BEFORE = regex.compile(r"\b(?:bør|burde)\s+$", regex.IGNORECASE)
OPINION_CLAUSE = regex.compile(r"\b(?:mener|mente)" + _INTO_AT_CLAUSE, regex.IGNORECASE)
MODAL_AFTER = regex.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:må|skal|bør|burde)\b", regex.IGNORECASE)
#: A proposal, budget or plan `fra` someone is theirs, and so is a budget `for` someone: "Budsjettforslaget
#: fra Justisdepartementet inneholder …", "I det vedtatte budsjettet for Stavanger kommune er …"; a
#: committee's member `fra` a party acts for it ("Komiteens medlem fra Senterpartiet ønsker …").
#: A board or leadership of a body acts for it: "Styret i Helse Nord vedtok …" (not an object after `i`).
BOARD_OF = regex.compile(r"\b(?:styret|hovedstyret|sentralstyret|landsstyret|ledelsen|direksjonen|administrasjonen|"
                         r"representantskapet)\s+(?:i|for)\s+$", regex.IGNORECASE)
PROPOSAL_FROM = regex.compile(r"\b\w*(?:forslag\w*|budsjett\w*|avtale\w*|plan\w*|program\w*|proposisjon\w*|"
                              r"satsing\w*|opplegg\w*|medlem\w*)\s+fra\s+$|\b\w*budsjett\w*\s+(?:for|til)\s+$",
                              regex.IGNORECASE)
#: After a political actor's genitive, a budget or proposal of its own: "I Høyres alternative budsjett
#: lå det 250 millioner mer", "SVs forslag om å øke bostøtten med 300 millioner".
PROPOSAL_OF = regex.compile(r"s?\s+(?:(?:nye|alternative|reviderte|egne|opprinnelige|endelige|samlede|første|siste|"
                            r"helt)\s+){0,3}"
                            r"\w*(?:budsjett|forslag|tilbud|opplegg|plan|kutt|økning|satsing|reform|skattelette|"
                            r"innstramming|omlegging|opptrapping|pakke)\w*\b", regex.IGNORECASE)


@cache
def state_scheme_pattern() -> regex.Pattern:
    """A word of lang/state_schemes.txt, a national transfer or benefit ("integreringstilskuddet")."""
    return regex.compile(rf"(?<![\w-])(?:{alternation(word_list('state_schemes.txt'))})", regex.IGNORECASE)


def owns_proposals(a: Actor) -> bool:
    """Whether an actor makes budgets and proposals of its own: a political actor that is no person, or a
    municipality's or county's council or officer ("Rådmannens budsjettforslag")."""
    return a.actor_type in POLITICAL and a.actor_type != "person" \
        or a.actor_type == "public_body" and LOCAL_BODY_NAME.match(a.canonical) is not None


#: `i`/`etter` before a proposal's or estimate's owner: "… i kommunedirektørens forslag", "etter rådmannens anslag".
IN_PROPOSAL_BEFORE = regex.compile(r"\b(?:i|etter|ifølge)\s+$", regex.IGNORECASE)
#: A comparison or a new clause between an amount and a proposal named after it: "50 millioner mer enn i
#: regjeringens forslag", "120 millioner til Enova, som i regjeringens forslag får 2,6 milliarder".
COMPARED_BETWEEN = regex.compile(r"[,;]|\b(?:enn|mot|utover|sammen(?:lign|likn)(?:et|a)|forhold|fra|som)\b",
                                 regex.IGNORECASE)
#: An estimate after its owner's genitive: "rådmannens anslag", "kommunedirektørens beregninger".
ESTIMATE_OF = regex.compile(r"s?\s+(?:anslag|beregning(?:er|ene)?|prognose(?:r|ne)?)\b", regex.IGNORECASE)
#: A subject laying out its own proposal: "Rådmannen la i oktober fram sitt forslag til budsjett".
OWN_PROPOSAL = regex.compile(r"(?:\s+[\w-]+){1,5}?\s+(?:sitt|sin|sine)\s+(?:[\w-]+\s+){0,2}?\w*(?:budsjett|forslag)\w*\b",
                             regex.IGNORECASE)
#: A sentence whose subject is the state budget's or the farm settlement's agreement and what it gives:
#: "Budsjettforliket mellom regjeringspartiene, KrF og Venstre gir …", "Avtalen gir 150 millioner …".
AGREEMENT_GIVES = regex.compile(r"(?:[\w-]+\s+){0,2}?(?:Budsjett)?(?:[Ff]orliket|[Aa]vtalen|[Ee]nigheten)\b[^.!?]{0,80}?"
                                r"\b(?:gir|ga|sikrer|sikret|innebærer|inneholder|betyr)\b")
#: The proposal or plan, named without its owner, before an amount: "Forslaget kutter …", "Planen har en
#: ramme på …", "For Helse Førde betyr forslaget …".
THE_PROPOSAL = regex.compile(r"(?<![\w-])(?i:\w*(?:forslaget|planen|tilbudet|opplegget))(?![\w-])")
#: How many sentences back the owner of "forslaget" may be named.
PROPOSAL_REACH = 4
#: The channel money goes through: "i investeringstilskudd gjennom Innovasjon Norge", "via Husbanken".
CHANNEL_BEFORE = regex.compile(r"\b(?:gjennom|via)\s+$", regex.IGNORECASE)
#: A comparison right before its base's subject: "mer enn regjeringen (foreslo)", "utover det Kleppa foreslår".
COMPARISON_SUBJECT = regex.compile(r"\b(?:enn(?:\s+(?:det|hva))?|utover\s+det)\s+$", regex.IGNORECASE)
#: A comparison right before a genitive: "mer enn regjeringens forslag" names the base, not the actor.
COMPARED_OWNER = regex.compile(r"\b(?:enn|mot|utover|sammen(?:lign|likn)(?:et|a)\s+med|i\s+forhold\s+til)\s+$",
                               regex.IGNORECASE)
#: The object of a giving, strengthening or helping verb receives ("å gi sykehusene 4 milliarder", "styrke
#: politiet", "ordningen som hjelper kommunene").
GIVEN_TO = regex.compile(r"\b(?:gi|gir|ga|gav|gitt|gis|styrke|styrker|styrket|tilføre|tilfører|tilførte|"
                         r"hjelpe|hjelper|hjalp|hjulpet|støtte|støtter|støttet|"
                         r"tildele|tildeler|tildelte|tildelt|"
                         r"kompensere|kompenserer|kompenserte)\s+(?:de|det|den|alle)?\s*$", regex.IGNORECASE)
#: After a name that labels a list item: its colon ("- Helse Nord: 300 millioner").
ITEM_LABEL = regex.compile(r"\s*:")
SINCE_POWER = regex.compile(r"\b[Ss]iden\s+(?P<who>[^,.]{1,60}?)\s+(?:fikk|tok|overtok|kom)\s+"
                            r"(?:regjeringsmakt\w*|makt\w*|over|til\s+makten)")


#: A lead-in in which the writer picks out what others propose: "Av forslagene vil vi trekke fram:",
#: "Vi merker oss særlig:", "Blant tiltakene vil vi nevne:", "I budsjettforslaget finner vi blant annet:".
REPORTING_LEAD = regex.compile(r"\b(?:trekke|trekker)\s+(?:vi\s+)?(?:fram|frem)\b|\bnevne\b|"
                               r"\bmerke[rt]?\s+(?:vi\s+)?(?:\w+\s+)?(?:oss|seg)\b|"
                               r"\b(?:fram|frem)heve[rt]?\b|\bfinner\s+(?:vi|du|man)\b", regex.IGNORECASE)

#: A rate's unit later in its clause: "616 000 kroner til kommunen for hver voksen flyktning".
EACH_AFTER = regex.compile(r"[^.;:!?]*?\b(?:for\s+hver|per)\s", regex.IGNORECASE)
#: How a rate is paid out, before a span: "616 000 kroner per flyktning, fordelt over fem år" is this
#: year's rate, not five years' claim (a sum "fordelt over to år" is the two years').
PAID_OUT_OVER = regex.compile(r"\b(?:fordelt|fordeles|utbetalt|utbetales|betalt\s+ut|betales\s+ut|spredt|"
                              r"nedbetalt|nedbetales|trappes\s+opp|trappet\s+opp)\s+(?:\w+\s+)?$", regex.IGNORECASE)


#: A list item that is a verb phrase, whose subject is its lead-in's: "- legge ned Enova", "• gi kommunene
#: 2 milliarder" (a bullet, then an infinitive: a lower-case word ending as one, not a number or determiner).
VERB_ITEM = regex.compile(r"[^\S\n]*(?:[-•–*][^\S\n]+)?(?:å\s+)?(?!(?:en|et|ei|de|det|den|nye|flere|mer|økt|økte)\b)"
                          r"\p{Ll}[\p{Ll}-]*e\s+(?!(?:og|eller)\b)")


#: A verb of demanding or proposing: what follows is the subject's wish, not the giver's grant.
DEMANDS = regex.compile(r"\b(?:krever|krevde|ber|ba|foreslår|foreslo|vil|ønsker|mener|går\s+inn\s+for)\b", regex.IGNORECASE)
#: A grant, a promise of one or money and `fra` right before who gives it: "Rammebevilgningen fra", "tilskuddet fra
#: staten", "fått tilsagn fra Husbanken om", "har fått midler fra Enova til".
GRANT_FROM = regex.compile(r"\b\w*(?:bevilgning|tilskudd|ramme|overføring|støtte|tilsagn|midler|midlene|penger|pengene)\w*"
                           r"\s+fra\s+$", regex.IGNORECASE)
#: A list's lead-in that names the budget agreement: "Andre klimagrep i avtalen:", "Budsjettforliket gir blant annet:".
AGREEMENT_LEAD = regex.compile(r"\b(?:budsjett)?(?:avtalen|forliket|enigheten|budsjettavtalen)\b", regex.IGNORECASE)
#: A first sentence in which its subject hands out money ("Riksantikvaren har i dag fordelt 96 millioner …",
#: "Innovasjon Norge Innlandet har i første halvår innvilget …") or says what it will do with its own
#: means ("Utlendingsdirektoratet (UDI) skal avvikle om lag 8 000 plasser").
DISTRIBUTES = regex.compile(r"[^\n.]{3,80}?\s+(?:har\s+)?(?:(?:i\s+dag|i\s+år|nå|i\s+første\s+halvår|i\s+\w+)\s+)?"
                            r"(?:fordelt|fordeler|tildelt|tildeler|innvilget|innvilger|delt\s+ut|deler\s+ut|"
                            r"gitt\s+tilsagn|gir\s+tilsagn)\b|"
                            r"[^\n.]{3,80}?\s+(?:skal|vil|kommer\s+til\s+å|må)\s+(?:\w+\s+)?"
                            r"(?:avvikle|bygge\s+ned|legge\s+ned|opprette|etablere|ansette|stenge|åpne|kjøpe|"
                            r"investere|utvide|bygge|fordele|dele\s+ut)\b", regex.IGNORECASE)


def unnamed(canonical: str, actor_type: str) -> Actor:
    """An actor no word of the text names (the writer's side, a fallback, the government in office): no span."""
    return Actor("actor", -1, -1, "", canonical=canonical, actor_type=actor_type)


class _ByStart:
    """Items with a `.start`: those that start in [lo, hi), in list order, by bisection."""

    def __init__(self, items: list):
        self.items = items
        self.order = sorted(range(len(items)), key=lambda k: items[k].start)
        self.starts = [items[k].start for k in self.order]
        self.sorted = all(k == i for i, k in enumerate(self.order))

    def between(self, lo: int, hi: int) -> list:
        ks = self.order[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
        return [self.items[k] for k in (ks if self.sorted else sorted(ks))]


class Linker:
    """The actor and the time of each sentence of a document, explicit or inherited, found by
    bisection over the document's sentences, actors, times and quotes."""

    def __init__(self, doc: Doc):
        self.doc = doc
        #: The dependency trees of the claim windows (None rules only); one Tree per document, so its
        #: children index is built once.
        self.tree = tree_of(doc)
        #: Starts of the actors the tree found acting on an amount.
        self.tree_agents: set[int] = set()
        self.text = doc_text(doc)
        self.ctx = context_of(doc)
        self.day = self.ctx.day
        self.sentences = document_sentences(doc)
        self.money: list[Money] = list(doc._.money or [])
        self.quantities: list[Quantity] = list(doc._.quantity or [])
        self.times: list[Time] = list(doc._.time or [])
        self.actors: list[Actor] = list(doc._.actors or [])
        self.quotes, self.writer = sides(doc, self.actors)
        self._actor_memo: dict[int, tuple[Actor | None, bool]] = {}
        self._time_memo: dict[int, tuple[Time | None, bool]] = {}
        # lookups by bisection instead of scans over every sentence, actor, time or quote
        self._actors = _ByStart(self.actors)
        self._times = _ByStart(self.times)
        self._quantities = _ByStart(self.quantities)
        self._all_amounts = _ByStart([*self.money, *self.quantities])
        self._amount_ends = {a.end + 1: a for a in [*self.money, *self.quantities]}
        self._amount_at = {a.start: a for a in [*self.quantities, *self.money]}
        self._person_ends = {a.end for a in self.actors if a.actor_type == "person"}
        self._person_starts = {a.start for a in self.actors if a.actor_type == "person"}
        self._starts = [s.start for s in self.sentences]
        self._apart = in_order_and_apart([(s.start, s.end) for s in self.sentences])
        self._quote_starts = [q[0] for q in self.quotes]
        self._quotes_apart = in_order_and_apart(self.quotes)
        self._candidates: dict[tuple[int, int], list[Actor]] = {}
        self._times_in: dict[tuple[int, int], list[Time]] = {}
        self._lendable: dict[int, list[Time]] = {}
        self._earlier_actor: dict[int, int | None] = {}
        self._earlier_time: dict[int, int | None] = {}
        self._earlier_amount: dict[int, int | None] = {}
        self._claimant: dict[int, Actor | None] = {}
        self._dated_headings: list[int] | None = None
        self._document_time: list[Time | None] = []
        self._budget_year: list[BudgetYear | None] | None = None

    # --- sentence lookups -----------------------------------------------------------------------
    def sentence_index(self, offset: int) -> int | None:
        if self._apart:
            i = bisect_right(self._starts, offset) - 1
            return i if i >= 0 and offset < self.sentences[i].end else None
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return None

    def lead_in(self, i: int) -> int | None:
        """The sentence ending in ':' above a list item (over the other items of the list), or one that
        runs on into the list ("Kommunedirektøren foreslår også å\n- utvide …")."""
        j = i - 1
        while j >= 0 and self.sentences[j].on_item_line:
            j -= 1
        if j >= 0 and (self.sentences[j].text.rstrip().endswith(":") or OPEN_LEAD.search(self.sentences[j].text)):
            return j
        return None

    def in_quote(self, offset: int):
        if self._quotes_apart:
            i = bisect_right(self._quote_starts, offset) - 1
            return self.quotes[i] if i >= 0 and offset < self.quotes[i][1] else None
        return next((q for q in self.quotes if q[0] <= offset < q[1]), None)

    # --- actors ---------------------------------------------------------------------------------
    def candidate_actors(self, s: Sentence, exclude: tuple[int, int] | None = None) -> list[Actor]:
        if not exclude:
            key = (s.start, s.end)
            if key not in self._candidates:
                self._candidates[key] = self._candidate_actors(s, None)
            return list(self._candidates[key])
        return self._candidate_actors(s, exclude)

    def titled_member(self, end: int) -> bool:
        """Whether a person's title follows a genitive ("Senterpartiets stortingsrepresentant", "Høyres
        finanspolitiske talsperson")."""
        m = NEXT_WORDS.match(self.text, end)
        return m is not None and any(w.lower().endswith(person_titles()) for w in m.group(0).split())

    def _candidate_actors(self, s: Sentence, exclude: tuple[int, int] | None) -> list[Actor]:
        out = []
        for a in self._actors.between(s.start, s.end):
            if exclude and exclude[0] <= a.start < exclude[1]:
                continue
            if not a.pronoun and RELATIVE_SOM.search(self.text, max(s.start, a.start - 8), a.start) \
                    and (PROPOSES_AFTER.match(self.text, a.end) or RELATIVE_CLOSES.match(self.text, a.end)):
                continue  # "fra 590 kroner, som regjeringen foreslår, til 1 000": whose figure the writer sets aside;
                # "Klima- og energifondet, som Enova forvalter, foreslås økt": a relative clause only describes
            if not a.pronoun and CHANNEL_BEFORE.search(self.text, max(s.start, a.start - 10), a.start):
                continue  # "startlån gjennom Husbanken": the channel the money goes through, not who gives it
            if COMPARISON_SUBJECT.search(self.text, max(s.start, a.start - 12), a.start):
                continue  # "250 flere studentboliger enn regjeringen foreslo": the base compared with acts on no amount
            if a.pronoun and a.text.lower() == "oss":
                continue  # the object form: "Den har gitt oss nye scener" names who gets, never who acts
            if a.text.endswith("s") and not a.canonical.endswith("s") and a.text.split()[-1] not in a.canonical.split() \
                    and not a.pronoun and a.actor_type != "person" \
                    and not (a.actor_type == "party" and self.titled_member(a.end)):
                continue  # a genitive ("Kommunal- og moderniseringsdepartementets budsjett") owns, it does not act
                # (a party's member named by title acts for it: "Senterpartiets stortingsrepresentant krever")
            if a.actor_type == "person" and SPEECH.search(self.text[max(s.start, a.start - 60):a.start]):
                continue  # the speaker of a quote is its claimant, not its agent
            if a.actor_type in ("public_body", "organisation") and not LOCAL_BODY_NAME.match(a.canonical) \
                    and CITED_SOURCE.search(self.text, max(s.start, a.start - 12), a.start):
                continue  # "Ifølge NAV Moss vil familiene få …": a source cited, not the one who pays (a
                # council's officer estimating its own cost is the council: "ifølge rådmannen vil koste")
            before = self.text[max(s.start, a.start - 80):a.start]
            if not a.pronoun and (ADDRESSED.search(before) and not FRONTED_GIVING.fullmatch(self.text, s.start, a.start)
                                  or DEMANDED_CLAUSE.search(before)
                                  or a.actor_type in BODIES and ENABLED.search(before)
                                  or (DEMANDED.search(before) or OPINION_CLAUSE.search(before))
                                  and MODAL_AFTER.match(self.text, a.end)
                                  or RECOMMENDED_AFTER.match(self.text, a.end) or RECOMMENDED_BEFORE.search(before)):
                continue  # "Vi ber Stortinget om å:", "Vi mener Stortinget må …": asked, not acting
            if not a.pronoun and ((OBJECT_BEFORE.search(before) and not PROPOSAL_FROM.search(before)
                                   and not BOARD_OF.search(before))
                                  or (a.actor_type not in GIVERS
                                      and GIVEN_TO.search(self.text[max(s.start, a.start - 30):a.start])
                                      and not FRONTED_GIVING.fullmatch(self.text, s.start, a.start))):
                continue  # "å gi sykehusene" receives; "I tillegg gir Forsvarsdepartementet" gives, and so does
                # the subject after a fronted adverbial and its verb ("I vår tildelte Miljødirektoratet 14,6 millioner")
            if a.pronoun and (PERCEIVES_AFTER.match(self.text, a.end)
                              or PERCEIVES_BEFORE.search(self.text, max(s.start, a.start - 20), a.start)):
                continue  # "I budsjettforslaget finner vi bare 15 millioner", "Vi er glade for at …": no agent
            if not a.pronoun and self.gets_from_fronted_giver(s, a):
                continue  # "Gjennom Klimasats ga Miljødirektoratet kommunen 700 000 kroner": kommunen receives
            if a.actor_type in ("public_body", "organisation", "place") and (
                    RECEIVES_AFTER.match(self.text, a.end)
                    or RECEIVES_BEFORE.search(self.text, max(s.start, a.start - 30), a.start)):
                continue  # "kommunene får", "Av dette får kommunene i Agder 400 000 kroner"
            if a.actor_type == "party" and self.text[a.start - 1:a.start] == "(" and \
                    any(a.start - d in self._person_ends for d in range(4)):
                continue  # "Bent Høie (H)": the marker belongs to the person
            if a.actor_type == "ministry" and self.text[a.end:a.end + 1] == " " and \
                    a.end + 1 in self._person_starts:
                continue  # "helse- og omsorgsminister Bent Høie": the person is the actor
            if s.on_item_line and a.actor_type not in GIVERS and ITEM_LABEL.match(self.text, a.end):
                continue  # "- Vinje kommune: 1,75 millioner": an allocation list names who receives
            if a.canonical == "staten" and BEARS_COST.search(self.text, max(s.start, a.start - 20), a.start):
                continue  # "Reformen vil koste staten 2 milliarder": the state pays, the proposer acts
            if a.canonical == "staten" and FROM_BEFORE.search(self.text, max(s.start, a.start - 6), a.start):
                a = self.granting_state(a)
            out.append(a)
        return out

    def pick_actor(self, candidates: list[Actor], anchor: int) -> Actor | None:
        if not candidates:
            return None
        before = [a for a in candidates if a.start < anchor]
        # "Investeringen er beregnet til 420 millioner kroner, og Enova har gitt …": an actor of a later
        # clause does not act on an amount before it
        pool = before or [a for a in candidates if not NEW_CLAUSE.search(self.text, anchor, a.start)]
        if not pool:
            return None
        strong = [a for a in pool if a.actor_type != "organisation"] or pool
        pick = strong[-1] if before else strong[0]
        k = strong.index(pick)
        if k > 0 and COORDINATED.fullmatch(self.text, strong[k - 1].end, pick.start):
            return strong[k - 1]  # "Regjeringen og Fremskrittspartiet trumfet gjennom …": the first conjunct leads
        return pick

    def sentence_actor(self, i: int, anchor: int | None = None, exclude=None) -> tuple[Actor | None, bool]:
        """(actor, inherited) for sentence i."""
        s = self.sentences[i]
        if anchor is not None and self.ctx.genre == "op-ed" and WRITER_DEMAND.search(s.text):
            writer = self.writer_or_author()
            if writer is not None:  # "Jeg mener staten bør innføre …", "Mitt forslag er enkelt: Stortinget bør …"
                return writer, True
        if anchor is not None:
            owner = self.owner_of_amount(s, anchor) or self.offer_owner(s, anchor) or self.proposer_of_amount(s, anchor) \
                or self.giver_of_amount(s, anchor) or self.grant_giver(s, anchor) or self.district_giver(s, anchor)
            if owner is not None:  # "mot regjeringens 12 millioner", "får 3 millioner fra fylkeskommunen"
                return owner, False
        if anchor is not None:
            antecedent = self.relative_subject(s, anchor)
            if antecedent is not None:  # "…, sammen med Kristiansand kommune, som legger inn 1,5 millioner"
                return antecedent, False
        if anchor is not None:
            giver = self.passive_giver(s, anchor)
            if giver is not None:  # "Larvik kommune er tildelt 3,2 millioner kroner av Helsedirektoratet"
                return giver, False
            blamed = self.blamed_for(s, anchor)
            if blamed is not None:  # "Høyre kritiserer regjeringen for at budsjettet bare øker med …"
                return blamed, False
        if s.is_item and VERB_ITEM.match(s.text):
            lead = self.lead_in(i)
            political = [a for a in self.candidate_actors(self.sentences[lead]) if a.actor_type in POLITICAL
                         and a.actor_type != "person"] if lead is not None else []
            if political:  # "Vi vil:" / "- legge ned Enova og spare 3,5 milliarder": the lead-in's subject acts
                return political[0], True
        candidates = self.candidate_actors(s, exclude)
        agent, ruled_out = self.tree_actor(anchor, candidates)
        explicit = agent or self.pick_actor([a for a in candidates if a not in ruled_out],
                                            s.end if anchor is None else anchor)
        if explicit is not None:
            return explicit, False
        owner = (self.proposal_owner(s, anchor) or self.proposal_after(s, anchor)) if anchor is not None else None
        if owner is not None:
            return owner, False
        if anchor is not None and AGREEMENT_GIVES.match(s.text) and not LOCAL_COUNCIL.search(self.opening) \
                and (self.about_state_budget or self.about_farm_settlement):
            gov = self.sitting_government()  # "Budsjettforliket … gir 700 millioner kroner til lærernormen"
            if gov is not None:
                return gov, True
        if anchor is not None and THE_PROPOSAL.search(self.text, s.start, anchor):
            owner = self.earlier_proposal_owner(i)
            if owner is not None:  # "Forslaget kutter 14 millioner" after "Rådmannens budsjettforslag …"
                return owner, True
        return self._inherit(self._actor_memo, i, anchor, self.inherited_actor)

    def writer_or_author(self) -> Actor | None:
        """The writer's side as an actor no word names, else the author the metadata names (a person who
        writes for no body: whose own proposal an op-ed's "Jeg mener …" is)."""
        if self.writer is not None:
            return unnamed(self.writer[0], self.writer[1])
        if self.ctx.author:
            return unnamed(self.ctx.author, "person")
        return None

    def gets_from_fronted_giver(self, s: Sentence, a: Actor) -> bool:
        """Whether an actor is the indirect object right after the subject of a fronted giving verb."""
        giver = next((b for b in self._actors.between(s.start, a.start) if b.end == a.start - 1), None)
        return giver is not None and FRONTED_GIVING.fullmatch(self.text, s.start, giver.start) is not None

    def relative_subject(self, s: Sentence, anchor: int) -> Actor | None:
        """The named actor a relative clause holding the amount refers back to, where `som` is its subject
        and it does not receive: "Husbanken, som i dag dekker inntil 45 prosent", "sammen med Kristiansand
        kommune, som legger inn 1,5 millioner" (not "Nord universitet, som i år får 2,1 milliarder")."""
        m = RELATIVE_CLAUSE.search(self.text, s.start, anchor)
        if m is None or RECEIVING.search(m.group("rest")):
            return None
        return next((a for a in self._actors.between(s.start, m.start() + 1)
                     if a.end == m.start() and not a.pronoun), None)

    def passive_giver(self, s: Sentence, anchor: int) -> Actor | None:
        """The `av` agent after the amount of a passive of giving whose subject receives it: "Larvik
        kommune er tildelt 3,2 millioner kroner av Helsedirektoratet"."""
        amount = self._amount_at.get(anchor)
        if amount is None or not PASSIVE_GIVING.search(self.text, max(s.start, anchor - 40), anchor):
            return None
        m = AGENT_AV.match(self.text, amount.end, s.end)
        if m is None:
            return None
        return next((a for a in self._actors.between(m.end(), m.end() + 1) if not a.pronoun), None)

    def blamed_for(self, s: Sentence, anchor: int) -> Actor | None:
        """The one criticised, praised or thanked for what an `at`/`å` clause holding the amount says:
        "Høyre kritiserer regjeringen for at forsvarsbudsjettet bare øker med 3,6 milliarder"."""
        for a in self._actors.between(s.start, anchor):
            if a.pronoun or a.actor_type not in POLITICAL:
                continue
            m = BLAMED_FOR.match(self.text, a.end, anchor)
            if m is not None and BLAMES.search(self.text, max(s.start, a.start - 30), a.start):
                return a
        return None

    def proposal_owner(self, s: Sentence, anchor: int) -> Actor | None:
        """With no agent in the sentence, the political actor (or council) whose budget or proposal the
        sentence names before the amount ("I Høyres alternative budsjett for 2022 lå det 250 millioner mer
        …", "Rådmannen la fram sitt forslag …"); the state's offer is the government's ("Statens tilbud …")."""
        for a in reversed(self._actors.between(s.start, anchor)):
            state = a.canonical == "staten"  # "Statens tilbud ville gitt bøndene …": the government's offer
            if (owns_proposals(a) or state) and not a.pronoun \
                    and not COMPARED_OWNER.search(self.text, max(s.start, a.start - 30), a.start) \
                    and (self.genitive(a) and PROPOSAL_OF.match(self.text, a.end)
                         or not state and OWN_PROPOSAL.match(self.text, a.end, anchor)):
                return self.as_government(a) if state else a
        return None

    def proposal_after(self, s: Sentence, anchor: int) -> Actor | None:
        """With no agent in the sentence, the political actor or council whose proposal or estimate the
        amount is in, named after it: "Gjelden ventes å øke til 410 millioner i kommunedirektørens
        forslag", "Boligene koster etter rådmannens anslag 52 millioner"."""
        for a in self._actors.between(s.start, s.end):
            if a.start < max(s.start, anchor - 60) or a.pronoun:
                continue
            if owns_proposals(a) and IN_PROPOSAL_BEFORE.search(self.text, max(s.start, a.start - 12), a.start) \
                    and not COMPARED_BETWEEN.search(self.text, anchor, a.start) and self.genitive(a) \
                    and (PROPOSAL_OF.match(self.text, a.end) or ESTIMATE_OF.match(self.text, a.end)):
                return a
        return None

    def genitive(self, a: Actor) -> bool:
        """Whether a mention stands in the genitive: "Høyres", "kommunedirektørens", "SVs" (mention "SV")."""
        return a.text.endswith("s") or self.text[a.end:a.end + 1] == "s"

    def earlier_proposal_owner(self, i: int) -> Actor | None:
        """Whose proposal `forslaget` is: the owner of the proposal named last in the sentences before
        (at most PROPOSAL_REACH back, within the same section)."""
        for j in range(i - 1, max(-1, i - 1 - PROPOSAL_REACH), -1):
            s = self.sentences[j]
            if s.is_heading:
                break
            owner = self.proposal_owner(s, s.end)
            if owner is not None:
                return owner
        return None

    def tree_actor(self, anchor: int | None, candidates: list[Actor]) -> tuple[Actor | None, list[Actor]]:
        """(the first agent the tree offers for the amount at `anchor` that is a candidate actor, the
        candidates the tree rules out before that: those receiving it, or all where the tree shows
        an agent no word names)."""
        ruled_out: list[Actor] = []
        amount = self._amount_at.get(anchor) if anchor is not None else None
        if self.tree is None or amount is None:
            return None, ruled_out
        for k, receives in agents_of_amount(self.doc, self.tree, (amount.start, amount.end)):
            if k == NO_AGENT:
                return None, candidates  # none of the sentence's actors acts on it
            at = self.doc[k].idx
            found = next((a for a in candidates if a.start <= at < a.end), None)
            if found is None and not receives and self.doc[k].lower_ == "partiet":
                found = self.party_before(k)
            if found is not None and receives:
                ruled_out.append(found)
            elif found is not None:
                self.tree_agents.add(found.start)
                return found, ruled_out
        return None, ruled_out

    def party_before(self, k: int) -> Actor | None:
        """`partiet` as a subject: the party named last before it ("I sitt alternative budsjett
        foreslo partiet …" after "Høyre …")."""
        token = self.doc[k]
        party = next((a for a in reversed(self._actors.between(0, token.idx))
                      if a.actor_type == "party" and not a.pronoun), None)
        if party is None:
            return None
        return Actor("actor", token.idx, token.idx + len(token), token.text, canonical=party.canonical,
                     actor_type="party")

    def giver_of_amount(self, s: Sentence, anchor: int) -> Actor | None:
        """Who gives money someone receives or expects: "Stor-Elvdal kommune får 3 millioner kroner fra Hedmark
        fylkeskommune", "har fått 4,2 millioner fra Miljødirektoratets Klimasats-ordning", "har regnet med 7
        millioner i tilskudd fra Husbanken"."""
        amount = self._amount_at.get(anchor)
        fronted = FRONTED_GIVER.match(self.text, s.start, anchor)
        if fronted is not None and RECEIVES.search(self.text, fronted.end(), anchor):
            m = fronted  # "Fra staten får kommunen 9,8 mill. kr"
        elif RECEIVES.search(self.text, s.start, anchor) or DEFRAYED.search(self.text, s.start, anchor) \
                or EXPECTS.search(self.text, s.start, anchor):
            m = FROM_GIVER.match(self.text, anchor if amount is None else amount.end, s.end)
        else:
            return None
        if m is None:
            return None
        giver = next((a for a in self._actors.between(m.end(), m.end() + 1) if not a.pronoun), None)
        return self.granting_state(giver)

    def grant_giver(self, s: Sentence, anchor: int) -> Actor | None:
        """Who a grant named before the amount comes from: "Rammebevilgningen fra Kunnskapsdepartementet er på
        1 412 millioner kroner", "Tilskuddet fra Husbanken utgjør 7 millioner"; a grant from the state is
        the government's in office."""
        for a in self._actors.between(s.start, anchor):
            m = GRANT_FROM.search(self.text, max(s.start, a.start - 40), a.start)
            if not a.pronoun and a.actor_type in ("government", "ministry", *BODIES) and m is not None \
                    and not DEMANDS.search(self.text, s.start, m.start()):  # not "Forbundet krever at støtten fra …"
                return self.granting_state(a)
        return None

    def owner_of_amount(self, s: Sentence, anchor: int) -> Actor | None:
        """A political actor in the genitive right before an amount owns it: "regjeringens 12 millioner",
        "Høyres forslag på 400 millioner" is not this (a noun stands between)."""
        for a in self._actors.between(max(s.start, anchor - 40), anchor):
            if a.actor_type in POLITICAL and not a.pronoun and GENITIVE_BEFORE.fullmatch(self.text, a.end, anchor) \
                    and (a.text.endswith("s") or self.text[a.end:a.end + 1] == "s"):
                return a
        return None

    def offer_owner(self, s: Sentence, anchor: int) -> Actor | None:
        """Whose offer, demand or proposal an amount is the size of ("mens statens tilbud var på 410 millioner",
        "regjeringens forslag er 1,2 milliarder"): the actor in the genitive, not the subject of the clause
        before."""
        for a in self._actors.between(max(s.start, anchor - 80), anchor):
            if not a.pronoun and OFFER_IS.fullmatch(self.text, a.end, anchor) \
                    and (a.text.endswith("s") or self.text[a.end:a.end + 1] == "s"):
                return self.farm_state(a)
        return None

    def district_giver(self, s: Sentence, anchor: int) -> Actor | None:
        """Who gives an Oslo city district the money it is said to get ("Bydelen har fått en netto driftsramme
        på 1 412 millioner", "Bydel Sagene er tildelt …"): the city, whose council shares the frames out."""
        gets = DISTRICT_GETS.search(self.text, s.start, anchor)
        if gets is None or WISHED_THAT.search(self.text, s.start, gets.start()) or GIVER_AFTER.match(self.text, anchor, s.end):
            return None  # "vi vil at bydelen får …": a wish; "… tilsagn om 1,8 millioner fra Fylkesmannen": its giver
        return unnamed("Oslo kommune", "public_body")

    def proposer_of_amount(self, s: Sentence, anchor: int) -> Actor | None:
        """Whose proposal an amount is, said right after it: "fra 40 millioner kroner i rådmannens forslag
        til 60 millioner", "mot 6 i kommunedirektørens forslag", "fra 590 kroner, som regjeringen foreslår,
        til 1 000 kroner": the body the proposer stands for, not the writer who sets a figure against it."""
        amount = self._amount_at.get(anchor)
        m = PROPOSED_BY.match(self.text, anchor if amount is None else amount.end, s.end)
        if m is None:
            return None
        return next((a for a in self._actors.between(m.start("who"), m.end("who"))
                     if not a.pronoun and a.actor_type in (*POLITICAL, "public_body")), None)

    @staticmethod
    def _inherit(memo: dict, i: int, anchor: int | None, compute):
        """What sentence i inherits; memoized per sentence when no amount anchors the lookup."""
        if anchor is None and i in memo:
            return memo[i]
        result = compute(i)
        if anchor is None:
            memo[i] = result
        return result

    def opens_paragraph(self, i: int) -> bool:
        """Whether sentence i is the first of its paragraph."""
        return i == 0 or self.sentences[i - 1].paragraph != self.sentences[i].paragraph

    def earlier_in_paragraph(self, i: int):
        """The sentences before i in its paragraph, nearest first (none for a list item)."""
        s = self.sentences[i]
        if s.on_item_line:
            return
        for j in range(i - 1, -1, -1):
            other = self.sentences[j]
            if other.paragraph != s.paragraph or other.is_heading:
                return
            yield other

    def inherited_actor(self, i: int) -> tuple[Actor | None, bool]:
        s = self.sentences[i]
        if s.is_item:
            lead = self.lead_in(i)
            if lead is not None:
                # the lead-in's political actor speaks for the list ("Regjeringen forutsetter at
                # kommunene bruker …:"), else whoever the lead-in's own claim would take
                political = [a for a in self.candidate_actors(self.sentences[lead]) if a.actor_type in POLITICAL]
                if not political and AGREEMENT_LEAD.search(self.sentences[lead].text) \
                        and not LOCAL_COUNCIL.search(self.opening) and (self.about_state_budget or self.about_farm_settlement):
                    gov = self.sitting_government()  # "Andre klimagrep i avtalen:": the budget agreement's items
                    if gov is not None:
                        return gov, True
                # "Dette er hovedpunktene i budsjettet:" in a public body's release on the budget its board
                # adopted: the body's own budget
                if not political and self.adopts_own_budget is not None \
                        and THE_BUDGET.search(self.sentences[lead].text):
                    own = self.adopts_own_budget
                    return unnamed(own[0], own[1]), True
                # "Stillingene fordeles slik:" in a body's own release: the body shares out what it got
                # (not "Ifølge budsjettforslaget fordeles pengene slik:", nor after "… som regjeringen
                # presenterte mandag." in the lead-in's paragraph: the proposal's own lines)
                if not political and self.shares_out_own(lead):
                    own = self.own_side
                    return unnamed(own[0], own[1]), True
                # "Fordelingen av de nye stillingene ser slik ut:" with no one named: who the document opens
                # with acting ("Salten politidistrikt oppretter 17 nye stillinger i år")
                opener = None if political else self.shared_out_by_opener(lead)
                if opener is not None:
                    return opener, True
                # a lead-in that names whose budget the list is from: "I Senterpartiets alternative budsjett er det:"
                owner = None if political else self.proposal_owner(self.sentences[lead], self.sentences[lead].end)
                if owner is not None and owner.actor_type == "ministry":
                    owner = self.as_government(owner)  # a ministry's budget proposal is the government's
                actor = political[0] if political else owner or self.sentence_actor(lead)[0]
                # the writer is `vi` or a body that makes no budget ("Care Norge merker seg særlig:")
                reports = actor is not None and (actor.pronoun or actor.actor_type in BODIES) \
                    and REPORTING_LEAD.search(self.sentences[lead].text)
                # "Kommunene med størst tildeling er:" over "• Lyngdal: 1 050 000 kroner": the receivers
                # the items name, not who shares the money out
                receivers = actor is not None and actor.canonical in RECEIVER_GROUPS \
                    and LABELLED_ITEM.match(self.text, s.start)
                if actor is not None and not self.is_fallback(actor) and not reports and not receivers:
                    return actor, True
                # a lead-in that names no one, or in which the writer only picks out what others
                # propose ("Av forslagene vil vi trekke fram:"), lends only the fallback: what the
                # item's own sentence shows (a budget passive in a report on the state budget) comes first
        quote = self.in_quote(s.start)
        if quote is not None and quote[2] is not None:
            side = side_of(quote[2], self.day, self.actors, self.text, self.own_side)
            if side:
                return Actor("actor", quote[2].start, quote[2].end, quote[2].text, canonical=side[0],
                             actor_type=side[1]), True
        own = self.own_action(s)
        if own is not None:  # "Sykehuset effektiviserer driften med 240 millioner" in the hospital's release
            return own, True
        town = opening_municipality(s.text)
        if town is not None:  # "I Sandnes skal det spares 6,5 millioner kroner på sykehjemmene"
            return unnamed(town, "public_body"), True
        builder = self.builder_of_project(i)
        if builder is not None:  # "Skien Boligbyggelag vil bygge 64 … Prosjektet har en kostnadsramme på 145 millioner"
            return builder, builder.start < s.start
        gov = self.state_budget_named(s) or self.state_scheme(s)
        if gov is not None:  # "Statsbudsjettet ga Helse Nord 240 millioner kroner i økt basisramme"
            return gov, True
        j = self._nearest_earlier(i, self._earlier_actor, lambda j: self._political(j) is not None)
        if j is not None:
            return self._political(j), True
        distributor = self.distributor_before(i)
        if distributor is not None:
            return distributor, True
        government = self.current_level(s)
        if government is not None:
            return government, True
        government = self.state_budget_passive(s)
        if government is not None:
            return government, True
        body = self.local_budget_passive(s)
        if body is not None:
            return body, True
        # (not in a body's own budget, whose agentless lines are its own: "Kommunens eget tilskudd videreføres")
        claimant = self.paragraph_claimant(i) if self.own_budget is None else None
        if claimant is not None:  # "Kirkens Bymisjon bruker 2 millioner … Tilbudet skal gi 30 flere sengeplasser"
            return claimant, True
        fallback = self.fallback_actor
        if fallback:
            return unnamed(fallback[0], fallback[1]), True
        return None, True

    def paragraph_claimant(self, i: int) -> Actor | None:
        """Who the paragraph's nearest earlier amount is credited to by a word of its own sentence: an agentless
        sentence goes on with the claim before it ("Fagforbundet krever 300 millioner kroner mer til
        hjemmetjenesten. Det tilsvarer om lag 450 nye årsverk"); None where that amount's actor is itself
        inherited or unknown, or only gives it to someone ("Kommunen får 5 millioner fra staten": what the
        municipality then does is its own)."""
        if i not in self._claimant:
            j = self._nearest_earlier(i, self._earlier_amount, lambda j: self.last_amount(j) is not None)
            anchor = self.last_amount(j).start if j is not None else None
            actor, inherited = (None, True) if anchor is None else self.sentence_actor(j, anchor)
            named = actor is not None and not inherited and actor.start >= 0
            self._claimant[i] = actor if named and not self.gives_to_someone(self.sentences[j], anchor) else None
        return self._claimant[i]

    def gives_to_someone(self, s: Sentence, anchor: int) -> bool:
        """Whether the amount at anchor is credited to who gives it to someone named: "får 3 millioner fra
        fylket", "tilskuddet fra Husbanken", "er tildelt … av Helsedirektoratet"."""
        return any(rule(s, anchor) is not None for rule in (self.giver_of_amount, self.grant_giver,
                                                            self.district_giver, self.passive_giver))

    def last_amount(self, j: int):
        """The last amount of sentence j, or None."""
        s = self.sentences[j]
        amounts = self._all_amounts.between(s.start, s.end)
        return amounts[-1] if amounts else None

    def builder_of_project(self, i: int) -> Actor | None:
        """For an agentless sentence on a project's cost, the named actor that pays part of it itself later in
        the sentence ("…, og kommunen har selv satt av 95 millioner"); for one that opens with the project
        ("Prosjektet har en kostnadsramme på …", "Anlegget skal erstatte …"), the named actor that builds
        it, as the subject of a verb of building or behind it ("Bak prosjektet står …"), in the sentences
        before it in its paragraph."""
        s = self.sentences[i]
        if COSTS.search(s.text):
            for a in self._actors.between(s.start, s.end):
                if not a.pronoun and a.actor_type != "person" and FUNDS_PART_AFTER.match(self.text, a.end):
                    return a  # "Kulturhuset har en kostnadsramme på 160 millioner, og kommunen har selv satt av 95"
        if not PROJECT_OPENS.match(s.text):
            return None
        # (the paragraph before too, where the sentence opens its own: "Styret i Ørland Varme AS vedtok å
        # bygge et fjernvarmeanlegg. … ¶ Investeringen er beregnet til 94 millioner kroner.")
        paragraphs = {s.paragraph, s.paragraph - 1} if self.opens_paragraph(i) else {s.paragraph}
        for j in range(i - 1, max(-1, i - 4), -1):
            earlier = self.sentences[j]
            if earlier.paragraph not in paragraphs:
                break
            for a in reversed(self._actors.between(earlier.start, earlier.end)):
                if not a.pronoun and (BUILDS_AFTER.match(self.text, a.end)
                                      or BEHIND_BEFORE.search(self.text, max(earlier.start, a.start - 30), a.start)):
                    return a
        return None

    def shared_out_by_opener(self, lead: int) -> Actor | None:
        """For a list's lead-in that shares something out and names no one, in a text whose publisher does
        not speak for itself (news), the named body or political actor that opens the document's first
        sentence as its subject, where there is one."""
        text = self.sentences[lead].text
        if self.own_side is not None:
            return None  # a publisher's own list is its own (shares_out_own, fallback_actor)
        if not (SHARED_OUT_LEAD.search(text) or DISTRIBUTION_LEAD.search(text)) or NAMES_A_BUDGET.search(text) \
                or any(not a.pronoun for a in self.candidate_actors(self.sentences[lead])):
            return None
        first = self.first_body_sentence
        if first is None or first.start >= self.sentences[lead].start:
            return None
        opens = [a for a in self.candidate_actors(first) if not a.pronoun and a.start == first.start
                 and (a.actor_type in BODIES or a.actor_type in POLITICAL)]  # the sentence's subject, named first
        return opens[0] if opens else None

    def shares_out_own(self, lead: int) -> bool:
        """Whether a list's lead-in in a body's press release shares something out or spends it with no agent, no
        budget or proposal named and no political actor earlier in its paragraph."""
        own = self.own_side
        text = self.sentences[lead].text
        if self.ctx.genre != "press-release" or own is None or own[1] not in BODIES \
                or not SHARED_OUT_LEAD.search(text) or NAMES_A_BUDGET.search(text):
            return False
        return self._nearest_earlier(lead, self._earlier_actor, lambda j: self._political(j) is not None) is None

    @cached_property
    def own_side(self) -> tuple[str, str] | None:
        """The publisher's side where the document is its own (pipeline.actors.sides.own_side)."""
        return own_side(self.ctx)

    def own_action(self, s: Sentence) -> Actor | None:
        """In the release of a body (not a ministry, party or council), an agentless sentence whose verb is
        one of the body's own spending or staffing ("bruker", "investerer", "ansetter", "effektiviserer"):
        the publisher's."""
        own = self.own_side
        if self.ctx.genre != "press-release" or own is None or own[1] not in BODIES \
                or LOCAL_BODY_NAME.match(own[0]) or not OWN_ACTION.search(s.text):
            return None
        return unnamed(own[0], own[1])

    def is_fallback(self, actor: Actor) -> bool:
        """Whether an actor is only fallback_actor, named nowhere in the sentence it was found for."""
        return actor.start < 0 and self.fallback_actor is not None and actor.canonical == self.fallback_actor[0]

    @cached_property
    def fallback_actor(self) -> tuple[str, str] | None:
        """Who an agentless claim is credited to at last: the writer's side, except that an agency or an
        organisation makes no budget: what its text says without an agent is first the political actor
        it mostly reports on (an agency's report on the state budget), then its own."""
        writer = self.writer
        if self.own_budget is not None:
            return self.own_budget
        if self.ctx.genre == "news":
            subject = title_body(self.actors, self.text, self.ctx.body_start)
            if subject is not None:
                return subject
        if writer is not None and writer[1] in BODIES and not LOCAL_BODY_NAME.match(writer[0]):
            return dominant_political(self.actors, day=self.day, text=self.text) or writer
        return writer

    @cached_property
    def own_budget(self) -> tuple[str, str] | None:
        """The body whose own money the document shares out or budgets (distributes_own, own_budget_document)."""
        return self.distributes_own or self.own_budget_document

    @cached_property
    def own_budget_document(self) -> tuple[str, str] | None:
        """A budget document whose title names its publisher's own budget ("Budsjett 2024 for
        Bistandsalliansen", "Mattilsynets budsjett for 2025"): what it says without an agent is the
        publisher's, though it may name the government whose grant it lives on."""
        if self.ctx.genre != "budget-document" or not self.ctx.publisher or not self.ctx.title:
            return None
        name = bare_name(self.ctx.publisher)
        title = self.ctx.title
        if not BUDGET_NOUN.search(title) or STATE_BUDGET_NAMED.search(title) or name not in title:
            return None
        return publisher_body(self.ctx.publisher) or (name, "organisation")

    @cached_property
    def distributes_own(self) -> tuple[str, str] | None:
        """A press release whose first sentence has its publisher hand out money ("Fylkesmannen i
        Nordland har fordelt 14,6 millioner kroner …", "Riksantikvaren har i dag fordelt …"), say what
        it will do itself ("UDI skal avvikle 8 000 plasser") or decide its own budget or investment
        ("Styret i Helse Fonna vedtok torsdag budsjettet", "Eidsiva Nett investerer 900 millioner"):
        the publisher, not the government that funds it, does what the release lists. So too a county
        governor's release on the discretionary grants it shares out ("Slik fordeles skjønnsmidlene for 2025")."""
        if self.ctx.genre != "press-release" or not self.ctx.publisher:
            return None
        # (the county governor shares out the discretionary grants to the municipalities)
        if COUNTY_GOVERNOR.match(self.ctx.publisher) and DISCRETIONARY_GRANTS.search(self.opening):
            return self.own_side
        first = self.first_body_sentence
        if first is None:
            return None
        board = BOARD_OPENS.match(first.text)
        at = first.start + (board.end() if board else 0)
        actor = next((a for a in self._actors.between(at, at + 1) if not a.pronoun), None)
        if actor is None or actor.actor_type not in (*BODIES, "ministry") \
                or not self.ctx.publisher.startswith(actor.canonical):
            return None
        if not (DISTRIBUTES.match(first.text) or OWN_DECISION.match(self.text, actor.end, first.end)):
            return None
        return actor.canonical, actor.actor_type

    @cached_property
    def adopts_own_budget(self) -> tuple[str, str] | None:
        """A public body whose document opens with its board or council adopting or proposing its budget
        ("Styret ved St. Olavs hospital vedtok torsdag budsjettet for 2023"): the publisher."""
        own = publisher_body(self.ctx.publisher)
        if own is None or own[1] != "public_body":
            return None
        first = self.first_body_sentence
        return own if first is not None and OWN_BUDGET_ADOPTED.match(first.text) else None

    def distributor_before(self, i: int) -> Actor | None:
        """The body that shares money out earlier in the paragraph or in the document's first sentence,
        for a sentence that tells what one receiver gets ("Politidirektoratet har fordelt de 140
        millionene. Sør-Øst politidistrikt får 11,5 millioner kroner"; "Enova ga i fjor tilsagn om 3,9
        milliarder kroner. … Industrien fikk 2,1 milliarder"): the allocation is the distributor's."""
        s = self.sentences[i]
        if i == 0 or not RECEIVES.search(s.text):
            return None
        earlier = list(self.earlier_in_paragraph(i))
        first = self.first_body_sentence
        if first is not None and first.start < s.start and all(e.start != first.start for e in earlier):
            earlier.append(first)
        for before in earlier:
            for a in self.candidate_actors(before):
                if a.actor_type in BODIES and DISTRIBUTES_AFTER.match(self.text, a.end, before.end):
                    return a
        return None

    @cached_property
    def first_body_sentence(self) -> Sentence | None:
        """The document's first sentence after its title that is no heading or table row."""
        return next((s for s in self.sentences if s.start >= self.ctx.body_start and not s.is_heading
                     and "|" not in s.text), None)

    def current_level(self, s: Sentence) -> Actor | None:
        """Today's level of what the state budget pays ("Barnetrygden er i dag 970 kroner", "I år er
        tilskuddet på 55 millioner"), told by an opposition party with no word of its own side in the
        sentence: the sitting government's, which the party sets its proposal against."""
        writer = self.writer
        if writer is None or writer[1] != "party" or in_government(writer[0], self.day) \
                or not self.about_state_budget or not CURRENT_LEVEL.search(s.text) or OWN_SIDE_WORD.search(s.text):
            return None
        return self.sitting_government()

    def state_budget_named(self, s: Sentence) -> Actor | None:
        """An agentless sentence that names the state budget or the government's proposal as where its money
        is ("Statsbudsjettet for 2012 har 123 millioner kroner til ordningen", "ifølge regjeringens forslag
        til statsbudsjett") in a text by no political actor, or that names a budget with no word of the
        writer's own side in a party's text on the state budget: the government in office."""
        if OWN_SIDE_WORD.search(s.text):
            return None
        if self.writer is not None and self.writer[1] == "party":
            # a party's text on the state budget: a line of a named budget ("Forsvarsbudsjettet øker med 1,9
            # milliarder kroner") is the government's, not the party's
            if not (self.about_state_budget and BUDGET_NOUN.search(s.text)) or WRITER_WANTS.search(s.text):
                return None
        elif self.writer is not None and self.writer[1] in POLITICAL:
            return None
        elif not STATE_BUDGET_SOURCE.search(s.text):
            return None
        return self.sitting_government()

    def state_scheme(self, s: Sentence) -> Actor | None:
        """An agentless sentence about a national transfer or benefit whose rate the state budget sets
        (lang/state_schemes.txt: "Integreringstilskuddet for voksne økes med 13 500 kroner"), with no word
        of the writer's own side or wishes: the government in office."""
        if OWN_SIDE_WORD.search(s.text) or WRITER_WANTS.search(s.text) or not state_scheme_pattern().search(s.text):
            return None
        return self.sitting_government()

    def state_budget_passive(self, s: Sentence) -> Actor | None:
        """A passive of budgeting ("Videre foreslås det 30 millioner", "Tilskuddet økes fra 13,5 til 18
        millioner") in a report on the state budget by someone who makes no budget (an interest group, a
        newspaper): the sitting government proposes it. Not in a body's own budget document, whose lines are
        its own ("Bruken av innleid helsepersonell skal reduseres med 30 millioner" in a hospital trust's)."""
        if self.writer is not None and self.writer[1] in POLITICAL and self.ctx.publisher in lexicon().types:
            return None
        if self.writer is not None and self.writer[0] == self.ctx.publisher \
                and (LOCAL_BODY_NAME.match(self.writer[0]) or self.ctx.genre == "budget-document"):
            return None  # a municipality's, county's or other body's own budget document: its lines are its own
        if self.distributes_own is not None:
            return None  # an agency's release on what it hands out: its lines are its own
        if not (BUDGET_PASSIVE.search(s.text) or RECEIVES.search(s.text) or BUDGET_LEAD.search(s.text)):
            return None
        if not (self.about_state_budget or self.about_farm_settlement or STATE_BUDGET_NAMED.search(s.text)):
            return None
        return self.sitting_government()

    def local_budget_passive(self, s: Sentence) -> Actor | None:
        """A budget passive in a report on a municipality's or county's budget ("Samtidig settes det av 25
        mill. kroner …" after "Bystyret vedtok budsjettet") is the one municipality or county the
        document names."""
        if not BUDGET_PASSIVE.search(s.text) or self.about_state_budget:
            return None
        if not LOCAL_COUNCIL.search(self.opening):
            return None
        if len(self.local_bodies) != 1:
            return None
        return unnamed(next(iter(self.local_bodies)), "public_body")

    @cached_property
    def local_bodies(self) -> frozenset[str]:
        """The municipalities and counties (and city governments) the text names, by canonical name."""
        return frozenset(a.canonical for a in self.actors
                         if a.actor_type == "public_body" and LOCAL_BODY_NAME.match(a.canonical))

    @cached_property
    def opening(self) -> str:
        """The title and the start of the body (budget_year.opening_of)."""
        return opening_of(self.ctx.title, self.text, self.ctx.body_start)

    @cached_property
    def about_farm_settlement(self) -> bool:
        """Whether the title and opening speak of the farm settlement, which the state (the government
        in office) negotiates with the farmers' unions."""
        return FARM_SETTLEMENT.search(self.opening) is not None

    @cached_property
    def about_state_budget(self) -> bool:
        """Whether the title and opening speak of the government's budget."""
        return bool(STATE_BUDGET.search(self.opening)) and (self.budget_year is not None
                                                             and self.budget_year.kind is not None)

    def _political(self, j: int) -> Actor | None:
        """The political actor an earlier sentence lends (see inherited_actor)."""
        earlier = self.sentences[j]
        political = [a for a in self.candidate_actors(earlier) if a.actor_type in POLITICAL
                     or (a.canonical == "staten" and self.about_farm_settlement)]
        return self.pick_actor([self.farm_state(a) for a in political], earlier.end)

    def farm_state(self, actor: Actor) -> Actor:
        """`staten` in a text on the farm settlement is the government that negotiates it ("Søndag ble
        staten og jordbrukets organisasjoner enige …")."""
        if actor.canonical != "staten" or not self.about_farm_settlement:
            return actor
        return self.as_government(actor)

    def granting_state(self, actor: Actor | None) -> Actor | None:
        """`staten` that money comes from ("får 12 millioner kroner fra staten", "tilskuddet fra staten")
        is the government in office that grants it; any other giver is itself."""
        return self.as_government(actor) if actor is not None and actor.canonical == "staten" else actor

    def sitting_government(self) -> Actor | None:
        """The government in office on the document date, as an actor no word of the text names (None where
        none is known)."""
        gov = government_on(self.day)
        return None if gov is None else unnamed(gov, "government")

    def as_government(self, actor: Actor) -> Actor:
        """The mention as the government in office on the document date (unchanged where none is known)."""
        gov = government_on(self.day)
        return actor if gov is None else Actor("actor", actor.start, actor.end, actor.text, canonical=gov,
                                               actor_type="government")

    def _nearest_earlier(self, i: int, memo: dict[int, int | None], has) -> int | None:
        """The first sentence earlier_in_paragraph(i) yields for which has(j) holds, or None. `memo`
        holds, per sentence j already walked, the answer of a walk that reaches j (the walk from j
        down, j included): walks back from later sentences of a paragraph stop where an earlier
        walk went, so each sentence is looked at once."""
        s = self.sentences[i]
        if s.on_item_line:
            return None
        walked = []
        found = None
        j = i - 1
        while j >= 0:
            other = self.sentences[j]
            if other.paragraph != s.paragraph or other.is_heading:
                break
            if j in memo:  # a walk from a later sentence of this paragraph went on from j
                found = memo[j]
                break
            walked.append(j)
            if has(j):
                found = j
                break
            j -= 1
        for k in walked:
            memo[k] = found
        return found

    # --- time -----------------------------------------------------------------------------------
    def times_in(self, s: Sentence) -> list[Time]:
        """Times that can date an amount: a day that bounds no period (`i dag`, datelines, the day a
        budget was presented) dates the text, not the money; the base of a comparison (`mer enn i fjor`) dates what the amount is compared with."""
        key = (s.start, s.end)
        if key not in self._times_in:
            self._times_in[key] = [t for t in self._times.between(s.start, s.end)
                                   if t.resolved and (not event_date(t) or self.dates_a_level(t, s))
                                   and not self.compared_with(t, s) and not self.dates_a_decision(t, s)]
        return list(self._times_in[key])

    def dates_a_level(self, t: Time, s: Sentence) -> bool:
        """`i dag` in a sentence that tells a level, not an event of the day: "I dag bruker kommunen 2,2
        millioner kroner i året på læremidler" (not "Regjeringen la i dag fram …")."""
        return TODAY.fullmatch(t.text) is not None and PRESENTED.search(self.text, s.start, s.end) is None \
            and not RELATIVE_BEFORE.search(self.text, max(s.start, t.start - 6), t.start)

    def dates_a_decision(self, t: Time, s: Sentence) -> bool:
        """A month, season or week in a clause that says when something was proposed or decided."""
        if t.grain not in ("month", "week") or t.from_ is None or t.to is None:
            return False
        lo = max(s.start, t.start - 60)
        return DECIDED.search(self.text, lo, min(s.end, t.end + 30)) is not None

    def subordinate_clauses(self, s: Sentence) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in SUBORDINATE.finditer(self.text, s.start, s.end)]

    def compared_with(self, t: Time, s: Sentence) -> bool:
        """Whether a time is the base of a comparison; its own preposition may close the comparison
        (`i forhold til 2023`: the time is `til 2023`)."""
        if LEVEL.search(t.text):
            return True
        before = self._amount_ends.get(t.start) or self._amount_ends.get(t.start - 1) \
            or next((a for a in self._all_amounts.between(max(s.start, t.start - 60), t.start)
                     if BUDGET_BETWEEN.fullmatch(self.text, a.end, t.start)), None)
        if before is not None and COMPARED_AMOUNT.search(self.text, max(s.start, before.start - 40), before.start):
            return True  # "mot 8 millioner kroner i 2023", "mot 1 371 millioner i opprinnelig budsjett 2020"
        if SALDERT.search(self.text, max(s.start, t.start - 40), t.end):
            return True  # "fra saldert budsjett 2012", "enn i saldert budsjett for i år"
        if UNCHANGED.search(self.text, max(s.start, t.start - 30), t.start) and FROM_NOW.fullmatch(t.text):
            return True  # "230 millioner kroner, uendret fra i år": the level it stays at
        change = CHANGE_FROM.search(self.text, max(s.start, t.start - 80), t.start) is not None
        if change and FROM_NOW.fullmatch(t.text):
            return True  # "en økning på 450 millioner kroner fra i år": the year the change is counted from
        if CHANGE_NOUN_FROM.search(self.text, max(s.start, t.start - 80), t.start) and FROM_YEAR.fullmatch(t.text):
            return True  # "en økning på 500 000 kroner fra 2023": a change noun counts from the year
        if change and FROM_YEAR.fullmatch(t.text) \
                and self.day is not None and t.from_ == self.day.year and self.document_time is not None \
                and self.document_time.from_ is not None and self.document_time.from_ > self.day.year:
            return True  # "Rammen øker med 2,1 mill. kr fra 2013" in the budget for 2014: counted from this year
        if COMPARED_CLAUSE.search(self.text, max(s.start, t.start - 60), t.start):
            return True  # "450 millioner mer enn prosjektet fikk i år", "mot de 100 millionene regjeringen la inn i år"
        from_budget = FROM_THIS_YEARS_BUDGET.search(self.text, max(s.start, t.start - 8), t.end)
        if from_budget is not None and t.start in (from_budget.start(), from_budget.start("ordinal")):
            return True  # "en økning på 110 millioner fra årets budsjett"
        if t.text.lower().startswith("siden") and SUPERLATIVE_BEFORE.search(self.text, max(s.start, t.start - 40), t.start):
            return True  # "det laveste tallet siden 2016": the year a record is measured against
        lead = LEADING_PREPOSITION.match(t.text)
        end = t.start + (lead.end() if lead else 0)
        return COMPARISON_BASE.search(self.text, max(s.start, t.start - 40), end) is not None

    def comparison_base(self, s: Sentence, anchor: int) -> Time | None:
        """The time an amount at `anchor` is compared with (`300 millioner mer enn i fjor`): the base
        nearest after it in its sentence, else the nearest before it."""
        bases = [t for t in self._times.between(s.start, s.end) if t.resolved and self.compared_with(t, s)]
        after = [t for t in bases if t.start >= anchor]
        return after[0] if after else (bases[-1] if bases else None)

    def since_power(self, s: Sentence) -> Time | None:
        m = SINCE_POWER.search(self.text, s.start, s.end)
        if not m:
            return None
        parties = {a.canonical for a in self.actors if m.start("who") <= a.start < m.end("who") and a.actor_type == "party"}
        govs = [g for g in lexicon().governments if parties and parties <= set(g.parties)
                and (self.day is None or g.start <= self.day)]
        if not govs:
            return None
        g = govs[-1]
        return interval_time(m.start(), m.end(), m.group(0), (g.start, None), "day")

    def sentence_time(self, i: int, anchor: int | None = None) -> tuple[Time | None, bool]:
        s = self.sentences[i]
        found = self.times_in(s)
        if found and anchor is not None:
            # a time inside a subordinate clause or brackets that do not hold the amount does not date
            # it: "(11,9 mill. i år)", "forrige plan (2014–2023)"
            every = self.subordinate_clauses(s) + self.brackets(s)
            clauses = [c for c in every if not c[0] <= anchor <= c[1]]
            found = [t for t in found if not any(a <= t.start < b for a, b in clauses)]
            holding = [c for c in every if c[0] <= anchor <= c[1]]
            own = [t for t in found if holding and all(a <= t.start < b for a, b in holding)]
            found = own or found  # an amount inside a clause is dated by that clause's time, if it has one
            rate = self._amount_ends.get(anchor + 1)  # the amount the anchor ends
            if rate is not None and (rate.per or EACH_AFTER.match(self.text, rate.end, min(s.end, rate.end + 80))):
                # a rate's payment spread over years is no span of the claim
                found = [t for t in found if not (t.from_ != t.to and PAID_OUT_OVER.search(
                    self.text, max(s.start, t.start - 30), t.start))]
            named = [t for t in found if BUDGET_TIME.search(t.text) and any(ch.isdigit() for ch in t.text)]
            if named and all(t in named or t.grain in ("month", "week", "day") for t in found):
                found = named  # "i fjor høst … i sitt alternative statsbudsjett for 2013": the budget's year
        if found:
            if anchor is None:
                return found[0], False
            return min(found, key=lambda t: (abs(t.start - anchor), t.start)), False
        since = self.since_power(s)
        if since is not None:
            return since, False
        proposed = self.proposed_budget_year(s)
        if proposed is not None:  # "Senterpartiet vil i vårt alternative budsjett øke … med 300 millioner"
            return proposed, True
        inherited = self._inherit(self._time_memo, i, anchor, self.inherited_time)
        if inherited[0] is not None and self.compared_with_itself(inherited[0], s):
            # "I år får Enova 3,6 milliarder. I forslaget er rammen 3,75 milliarder, 150 millioner mer enn i
            # år.": what is compared with this year is not this year's; the document's year dates it
            document = self.document_time
            if document is not None and document.from_ != inherited[0].from_:
                return document, True
        return inherited

    def compared_with_itself(self, t: Time, s: Sentence) -> bool:
        """Whether a sentence compares its amount with the very year `t` it would inherit ("… mer enn i år")."""
        return any(c.resolved and c.from_ == t.from_ and c.to == t.to and self.compared_with(c, s)
                   for c in self._times.between(s.start, s.end))

    def proposed_budget_year(self, s: Sentence) -> Time | None:
        """For a sentence that names next year's budget by its kind and no year (a state budget proposal, an
        alternative budget, a budget agreement: lang/budget_kinds.tsv), in a document published in the
        budget season (September-December): next year, the year that budget is for (the claim guidelines'
        rule; budget_year applies it to the title and opening, this to any sentence). Not a financial plan,
        which spans four years."""
        date = self.ctx.date
        if date is None or date.month is None or date.month < cal.BUDGET_SEASON \
                or budget_kind(s.text) != "proposal" or PLAN_PERIOD.search(s.text):
            return None
        # (a time no word of the text holds: its text is its basis, as for document_time)
        return interval_time(-1, -1, "budget-year", cal.years(date.year + 1, date.year + 1), "year")

    def lead_time(self, lead: int) -> Time | None:
        """The time a list's lead-in gives its items: its own time outside subordinate clauses and
        brackets ("I Høyres alternative budsjett, som blir presentert i november, går vi inn for:" has
        none), else what the lead-in inherits."""
        s = self.sentences[lead]
        aside = self.subordinate_clauses(s) + self.brackets(s)
        found = [t for t in self.times_in(s) if not any(a <= t.start < b for a, b in aside)]
        if found:
            return found[0]
        if self.times_in(s):
            return self._inherit(self._time_memo, lead, s.end, self.inherited_time)[0]
        return self.sentence_time(lead)[0]

    def brackets(self, s: Sentence) -> list[tuple[int, int]]:
        """The bracketed stretches of a sentence that hold another amount ("(11,9 mill. i år)") or follow
        what is compared with ("som i forrige plan (2014–2023)"); a bracket spelling out a period is
        its apposition ("første seksårsperiode (2025–2030)")."""
        out = []
        for m in BRACKETED.finditer(s.text):
            a, b = s.start + m.start(), s.start + m.end()
            holds_amount = bool(self._all_amounts.between(a, b))
            if holds_amount or COMPARED_BEFORE_BRACKET.search(self.text, max(s.start, a - 30), a):
                out.append((a, b))
        return out

    def before_this_year(self, t: Time) -> bool:
        """Whether a time lies before the document's year, or is a period open since then ("siden 1996"),
        or the years up to now ("de siste årene", "hittil")."""
        if self.day is None:
            return False
        if t.from_ is None:
            return t.to is not None and t.to <= self.day.year and PAST_SPAN.search(t.text) is not None
        if t.to is None:
            return t.from_ < self.day.year and t.text.lower().startswith("siden")
        return t.to < self.day.year

    def inherited_time(self, i: int) -> tuple[Time | None, bool]:
        s = self.sentences[i]
        if s.is_item:
            lead = self.lead_in(i)
            if lead is not None:
                t = self.lead_time(lead)
                if t is not None:
                    return t, True
        j = self._nearest_earlier(i, self._earlier_time, lambda j: bool(self.lendable_times(j)))
        if j is not None:
            t = self.lendable_times(j)[-1]
            if not (self.before_this_year(t) and speaks_of_future(s.text)) and not self.dates_what_happened(t, s):
                return t, True
            # "… ble kuttet i fjor. Det vil koste 8 millioner årlig.": a past year dates no future
        # the nearest heading above that names a period
        if self._dated_headings is None:
            # (a table's header row dates its own columns, not the prose after the table)
            self._dated_headings = [j for j, h in enumerate(self.sentences) if h.is_heading and self._period(h)
                                    and not STATISTICS_OFFICE.search(h.text) and "|" not in h.text]
        k = bisect_left(self._dated_headings, i) - 1
        if k >= 0:
            return self.heading_period(self.sentences[self._dated_headings[k]]), True
        if self.document_time is not None:
            return self.document_time, True
        return None, True

    def dates_what_happened(self, t: Time, s: Sentence) -> bool:
        """Whether an earlier sentence's time dates what has happened ("Ventetiden har økt i år."), not
        the budget year the document is about, for a sentence that is not itself in the past ("Vi styrker
        bemanningen med 5 nye årsverk"): the sentence takes the budget year instead."""
        budget = self.document_time
        if budget is None or budget.from_ is None or t.to is None or t.to >= budget.from_:
            return False
        return past_tense(self.text, t.start, t.end) and not past_tense(self.text, s.start, s.end)

    def lendable_times(self, j: int) -> list[Time]:
        """The times sentence j lends the sentences after it: none from its subordinate clauses ("Etter at
        Venstre i fjor høst fikk gjennomslag …, har vi store forventninger"), none from a statistic."""
        if j not in self._lendable:
            s = self.sentences[j]
            if STATISTICS_OFFICE.search(s.text):
                self._lendable[j] = []  # "SSB har beregnet at underskuddet kan nå 28 000 i 2035": a forecast's year
            else:
                clauses = self.subordinate_clauses(s)
                # `i dag` dates the level its own sentence tells, not what the next sentences propose
                self._lendable[j] = [t for t in self.times_in(s) if not any(a <= t.start < b for a, b in clauses)
                                     and not TODAY.fullmatch(t.text)]
        return self._lendable[j]

    def heading_period(self, h: Sentence) -> Time:
        """The period a dated heading gives what follows it: the budget's year where it names one
        beside a plan's period ("Økonomiplan 2024–2027 og budsjett 2024" -> 2024), else its first."""
        periods = self._period(h)
        named = [t for t in periods if t.text.lower().startswith("budsjett")
                 or BUDGET_BEFORE.search(self.text, max(h.start, t.start - 20), t.start)]
        return (named or periods)[0]

    def _period(self, h: Sentence) -> list[Time]:
        """The periods a heading names, but not the date of an event the title tells ("Ny bru kan stå klar i
        2026", "Skolen åpner høsten 2025"): a building's opening dates not the money the report is about."""
        title = h.start <= self.ctx.body_start + 1 and self.text.find("\n", h.start) == h.end
        return [t for t in self.times_in(h) if t.from_ is not None and t.to is not None
                and not (title and EVENT_BEFORE.search(self.text, max(h.start, t.start - 30), t.start))]

    @property
    def document_time(self) -> Time | None:
        """The year a document's money is for when its sentences do not say (pipeline.claims.budget_year); as a
        time no word of the text holds, its text is its basis (time_field puts it on the record)."""
        if not self._document_time:
            found = self.budget_year
            self._document_time.append(None if found is None else
                                       interval_time(-1, -1, found.basis,
                                                     cal.years(found.year, found.last or found.year), "year"))
        return self._document_time[0]

    @property
    def budget_year(self) -> BudgetYear | None:
        if self._budget_year is None:
            self._budget_year = [budget_year(self.ctx.title, self.text, self.ctx.body_start, self.ctx.date, self.times,
                                             self.ctx.genre)]
        return self._budget_year[0]
