"""Policy measures: what an amount or claim is about (component `claims_measures`, and the
phrase rules the claim stage uses).

Mentions come from the measure lexicon (pipeline/lang/measures.tsv: stems that start a word,
so `Alis-avtalene` is `alis-avtale` and `legevaktordningen` is `legevakt`). For an amount, the
measure is, in order: the `til`/`for å`/`på` phrase after it; the noun it modifies (`en
tilskuddsordning på 50 millioner kroner`) or `<noun> til X er AMOUNT`; the object of a policy
verb before `med AMOUNT` (`styrke allmennlegetjenesten med 1,6 milliarder`); a later `til`
phrase in the sentence (the subject of a passive: `400 millioner kroner bevilges … til å endre
basistilskudd`); the nearest lexicon measure in the sentence.
"""

from __future__ import annotations

from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.actors.places import is_place
from pipeline.component import RuleComponent, write_group
from pipeline.dimensions.money import qualifier_pattern
from pipeline.dimensions.numbers import DIGITS, number_words, parse_number, scale_pattern
from pipeline.dimensions.quantity import lemma_of
from pipeline.document import context_of
from pipeline.lang.data import alternation, mapping, word_list
from pipeline.lang.nouns import mend_stem, model_noun_lemma, noun_lemma
from pipeline.lang.punctuation import LIST_MARKS
from pipeline.lang.words import speech_verb_pattern
from pipeline.offsets import (
    SCANNERS,
    doc_text,
    finditer_from,
    literal_trie,
    reads_model,
    start_scanner,
    token_at,
)
from pipeline.schema import Measure


@cache
def measure_regex():
    stems = sorted(mapping("measures.tsv"), key=len, reverse=True)
    pattern = regex.compile(rf"(?<![\w-])(?P<stem>{alternation(stems)})[\w-]*", regex.IGNORECASE)
    SCANNERS[pattern] = start_scanner(literal_trie(stems, prefixes=True), not_after="-")
    return pattern


#: The lexicon's canonical for a word start that is no measure ("planlegge" is no "plan").
NO_MEASURE = "-"
#: "etter planen": as planned, no plan that is paid for ("skal etter planen stå ferdig i 2026").
AS_PLANNED = regex.compile(r"(?i)etter\s+planen?e?$")


def find_lexicon_measures(text: str, lo: int, hi: int) -> list[Measure]:
    out = []
    stems = mapping("measures.tsv")
    pattern = measure_regex()
    for m in finditer_from(pattern, SCANNERS[pattern], text, lo, hi):
        canonical = stems[_SPACES.sub(" ", m.group("stem").lower())]
        if canonical == NO_MEASURE or AS_PLANNED.match(text, max(0, m.start() - 6), m.end()):
            continue
        out.append(Measure("measure", m.start(), m.end(), m.group(0), canonical=canonical, in_lexicon=True))
    return out


@cache
def policy_verb_regex():
    """A word that starts with a policy verb's stem (lang/policy_verbs.txt), verb or noun ("øker", "økningen",
    "satsingen"): the sign that a sentence speaks of policy."""
    return _policy_stems(r"\w*")


#: The endings a policy verb's stem takes as a verb ("styrk|er", "redus|ert", "øk|te", "vedta|tt"), and
#: no noun's ("satsene", "økningen", "økonomi").
VERB_ENDINGS = r"(?:e|er|es|et|ede|t|te|tes|tt|r|s|ere|erer|eres|ert|erte|ende)?"


@cache
def policy_verb_form_regex():
    """A policy verb as a verb (policy_verb_regex without the nouns): where the verb's object is read."""
    return _policy_stems(VERB_ENDINGS + r"(?![\w-])")


def _policy_stems(tail: str) -> regex.Pattern:
    """A policy verb's stem (lang/policy_verbs.txt) at a word start, then `tail`, with its start scanner."""
    verbs = sorted(word_list("policy_verbs.txt"), key=len, reverse=True)
    pattern = regex.compile(r"(?<![\w])(?:" + "|".join(regex.escape(v) for v in verbs) + r")" + tail, regex.IGNORECASE)
    SCANNERS[pattern] = start_scanner(literal_trie(verbs, prefixes=True))
    return pattern


COST_NOUNS = {"pengene", "penger", "midlene", "midler", "kostnad", "kostnader", "kostnaden", "beløp", "beløpet", "sum", "summen", "ramme", "rammen", "verdi",
              "verdien", "økning", "økningen", "bevilgning", "bevilgningen", "budsjett", "budsjettet", "pris",
              "prisen", "total", "totalt", "tall", "tallet", "nivå", "nivået", "landsdelen", "størrelse",
              "helårsvirkning", "helårsvirkningen"}
PHRASE_STOP = regex.compile(
    r"\s*(?:[.;:!?]|,\s+(?:og|men|som|slik|mens|fordi|der|noe|og\s+skal)\b|,\s|\s+(?:slik\s+at|fordi|mens|samtidig|"
    r"og\s+(?=\d)|og\s+(?=(?:bruker|reduserer|kutter|øker|styrker|fjerner|flytter|innfører|legger|setter|"
    r"viderefører|prioriterer|foreslår|vil|skal)\s)|"  # a second clause: "… konsulentbruk og reduserer rammen"
    r"som\s+skal|i\s+(?:19|20)\d\d\b|fra\s+og\s+med|fram\s+til|frem\s+til|innen\s+(?:19|20)\d\d|"
    r"utover\s+(?:\w+s\s+)?(?:forslag|budsjett|nivå|ramme)\w*)|\n|$)",
    regex.IGNORECASE)
#: A sum named before that an amount is a share of, right after it: "av økningen", "av de nye midlene".
SHARE_OF_SUM = regex.compile(r"\s+av\s+(?P<np>(?:(?:de|det|den)\s+(?:\w+e\s+)?)?[\w-]*(?:økningen|midlene|pengene|"
                             r"potten|rammen|bevilgningen|summen|beløpet|løftet|veksten))(?=[\s,.;:]|$)", regex.IGNORECASE)
#: What an amount is taken out of or a share of, after it: "av sin egen tilskuddsramme", "av byggekostnadene".
OUT_OF = r"av\s+(?:[\w-]+\s+){0,3}?[\w-]+"
#: A number in digits or as a word other than the article (lang/number_words.tsv), opening a count: "to nye
#: årsverk", "12 plasser".
COUNT_WORD = r"(?:\d|(?:" + "|".join(sorted((w for w in number_words() if w not in ("en", "ei", "ett", "null")),
                                          key=len, reverse=True)) + r")\b)"
AFTER_AMOUNT = regex.compile(
    r"\s*(?:(?:årlig|i\s+året|per\s+år|i\s+(?:19|20)\d\d|ekstra|mer|til\s+sammen|totalt|"
    # a participle that says where the amount goes: "14 millioner kroner brukt på ny kunstgressbane"
    # (not before a count of its own: "2,1 millioner satt av til to nye årsverk")
    r"(?:brukt|avsatt|satt\s+av|lagt\s+inn|øremerket|investert|overført)(?=\s+(?:på|til)\s+(?!" + COUNT_WORD + r"))|"
    + OUT_OF + r"(?=\s+(?:på|til)\s)|"
    r"fra\s+(?:egen\s+|eget\s+|egne\s+)?[\w-]+(?=\s+(?:på|til|for\s+å)\s))\s+)*"
    r"(?P<prep>til\s+å|for\s+å|til|på|inn\s+i|(?:som|i)(?=\s+(?:\w*kompensasjon|\w*tilskudd|\w*støtte|\w*bidrag|erstatning|\w*stønad)\b))"
    # not an adverbial: "økt med 60 millioner kroner på landsbasis"
    r"\s+(?!(?:19|20)\d\d\b|sammen\b|nå\b|neste\b|\d|" + qualifier_pattern() + r"\s+\d)(?<!på\s+(?=(?:landsbasis|landsplan|årsbasis|sikt|kort\s+sikt|"
    r"lang\s+sikt|toppen|plass)\b))", regex.IGNORECASE)
LATER_PHRASE = regex.compile(r"\s(?P<prep>til\s+å|for\s+å|til)\s+(?!(?:19|20)\d\d\b|sammen\b|nå\b|neste\b|\d)",
                             regex.IGNORECASE)
YEAR_POSTMODIFIER = regex.compile(r"\s+(?:(?:for|i)\s+(?:19|20)\d\d|(?:for\s+)?(?:i\s+år|i\s+fjor|neste\s+år))(?=\s+på\s+$)",
                               regex.IGNORECASE)
# "Avgiften vil dermed være på 2 kroner", "Inntektene var i fjor på 9,6 milliarder": the amount is
# what the subject comes to, no noun before `på` is modified by it
COPULA_PA = regex.compile(r"(?<![\w-])(?:er|var|være|vært|blir|ble|bli|ligger|lå|landet|endte|havnet|holdes|holdt|holder)"
                          r"(?:\s+[\w-]+){0,2}\s+på\s+$", regex.IGNORECASE)
#: `for` after an amount, past a rate: "en ordning på 100 millioner kroner i året for kulturskoler".
FOR_AFTER = regex.compile(r"\s*(?:(?:kroner|årlig|i\s+året|per\s+år|ekstra|mer)\s+)*(?P<prep>for)\s+(?!å\b)"
                          # "for avtaleåret 2010–2011", "for neste år": a time
                          r"(?!(?:(?:19|20)\d\d|\w*år(?:et)?\b|perioden\b|\w+perioden\b|"
                          r"(?:neste|kommende|inneværende|dette|hvert|hele)\s+\w*år))",
                          regex.IGNORECASE)
#: Heads whose `for` phrase is their purpose.
TOP_UP_HEAD = regex.compile(r"påslag(?:et)?|bidrag(?:et)?|løft(?:et)?|\w+ramme(?:n)?")
#: `for` of each unit, not of a purpose: "for hver bosatt flyktning", "for hvert årsverk".
DISTRIBUTIVE_FOR = regex.compile(r"(?:hver|hvert|hvem|alle|hele)\b", regex.IGNORECASE)
#: A verb's particle `på` before an amount modifies no noun: "vil selv plusse på 300 millioner".
PARTICLE_PA = regex.compile(r"(?<![\w-])(?:pluss(?:e|er|es|et)|legge|legger|la|lagt|spe|speder|spedd)"
                            # with an inverted subject between: "plusset fylkestinget på 12 millioner"; not
                            # where the verb has another particle and an object ("lagt inn investeringer på")
                            r"(?:\s+(?!(?:en|et|ei|inn|ut|av|fram|frem)\s)[\w-]+){0,2}?\s+på\s+$", regex.IGNORECASE)
#: Nouns of a change of money: "et kutt på …", "en vekst på …" (COST_NOUNS holds "økning").
CHANGE_OF_MONEY = {"kutt", "kuttet", "reduksjon", "reduksjonen", "nedgang", "nedgangen", "vekst", "veksten", "løft",
                "løftet", "påplussing", "påplussingen"}
#: The heads of a change noun phrase before `på AMOUNT`.
CHANGE_HEADS = CHANGE_OF_MONEY | {"økning", "økningen", "innsparing", "innsparingen", "besparelse", "besparelsen",
                                  "påslag", "påslaget", "inntektstap", "inntektstapet"}
#: Between a subject and the change it gets or gives: "Skolene får en vekst på …", "Ordningen fikk et kutt
#: på …", "Nedleggelsen av avdelingen gir en innsparing på …".
GETS_CHANGE = regex.compile(r"\s+(?:får|fikk|har\s+fått|gir|ga|(?:vil|kan|skal)\s+gi)\s+(?:(?:nå|dermed|da|også|i\s+år)\s+)?(?:en|et|ei)\s+"
                            r"(?:[\w-]+\s+)?[\w-]+\s+på\s+$", regex.IGNORECASE)
#: The subject after a fronted word, before the change it gets: "Samtidig får belønningsordningen for
#: kollektivtrafikk et kutt på".
GETS_CHANGE_INVERTED = regex.compile(r"\b(?:får|fikk)\s+(?P<np>(?!(?:en|et|ei|det|den|de|vi|dere)\b)[\w-]+"
                                     r"(?:\s+(?!(?:en|et|ei)\b)[\w-]+){0,5}?)\s+(?:en|et|ei)\s+(?:[\w-]+\s+)?"
                                     r"(?:kutt|vekst|økning|reduksjon|nedgang|løft|styrking|påplussing|påslag)\s+på\s+$",
                                     regex.IGNORECASE)
#: What a change noun's amount changes, after the amount: "et kutt på 2,4 milliarder i jordbruksstøtten",
#: "et løft på 12 000 kroner i året i minstepensjonen", "et kutt på 14,5 millioner innen administrasjonen".
CHANGE_COMPLEMENT = regex.compile(r"\s+(?:kroner\s+)?(?:(?:i\s+året|årlig|per\s+år|i\s+måneden)\s+)?(?:i|til|for|innen)\s+"
                                  r"(?!(?:19|20)\d\d\b|å\b)(?=\p{L})", regex.IGNORECASE)
#: A bare grant, pot or top-up word, which names no purpose of its own ("tilskuddet på 12 millioner kroner til
#: leirskole", "en egen pott på 15 millioner kroner til rettshjelp"); a scheme, "en ny tilskuddsordning på
#: 50 millioner kroner til fastleger", is named for its receivers.
GENERIC_HEAD = regex.compile(r"tilskudd(?:et)?|\w*bevilgning(?:en)?|støtte(?:n)?|pott(?:en)?|påslag(?:et)?|bidrag(?:et)?|"
                             r"lån(?:et)?|\w+ramme(?:n)?|investering(?:er|ene)?|\w*ordning(?:en)?|satsing(?:en)?")
#: A grant named by its kind ("kompetansetilskudd", "etableringstilskuddet"): its `for å` clause says what it
#: is for; its `til` phrase may name who gets it ("et etableringstilskudd på 75 000 kroner til unge").
NAMED_GRANT = regex.compile(r"\w+tilskudd(?:et)?")
MODIFIED_NOUN = regex.compile(r"(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)\s+på\s+$", regex.IGNORECASE)
TIL_X_ER = regex.compile(r"\btil\s+(?P<np>[^,.]{3,80}?)\s+(?:er|blir|var|utgjør|utgjorde|ble)\s+$", regex.IGNORECASE)
#: "styrke allmennlegetjenesten med 1,6 milliarder", "øke investeringsmidlene i landbruket til 1 milliard"
WITH_BEFORE = regex.compile(r"\s+(?:med|til|fra)\s+$", regex.IGNORECASE)
#: A purpose put first: "Bare til det nye beredskapssenteret ble det satt av …", "For å følge opp
#: kvalitetsreformen Leve hele livet bevilges det …"
FRONTED = regex.compile(r"(?:(?:Bare|Også|Og)\s+)?(?P<prep>[Tt]il|[Ff]or\s+å)\s+(?P<np>(?:[^,.;:]|\.(?=\s*\d)){3,80}?)"
                        r"\s+(?=(?:ble|blir|er|settes|bevilges|foreslås|gis|går|brukes|skal|vil|har)\b)")
#: After the subject of a proposed passive of giving, the participle: "foreslås politiet tilført" (a body that
#: receives the money is what it is for, as "Politiet tilføres 300 millioner" is).
RECEIVED = regex.compile(r"\s+(?:tilført|tildelt|gitt)\b")
#: A subject pronoun right after a fronted finite verb: what follows it is the verb's object.
INVERTED_PRONOUN = regex.compile(r"\s+(?:vi|dere|jeg|han|hun)\s+(?:(?:nå|også|derfor|dermed|i\s+år)\s+)?",
                                 regex.IGNORECASE)
#: Between a passive verb and `med`, only its participle: "foreslås økt med" (the subject is the measure).
PARTICIPLES_ONLY = regex.compile(r"\s*(?:(?:økt|redusert|styrket|kuttet|hevet|senket|justert|trappet|opp|ned|videreført|"
                                 r"prisjustert|endret|plusset|på|satt)\s*)+", regex.IGNORECASE)
#: After a fronted adverbial the subject follows the verb: "Ifølge museets overslag vil magasinet koste
#: …" (whom it costs may come between: "vil støtten koste staten 40 milliarder"), "I budsjettforslaget får
#: vann- og sanitærprosjekter 410 millioner kroner", "Dermed blir den
#: samlede rammen 20 milliarder kroner" (a definite noun phrase after a copula), "Fra 1. juli går målprisen for
#: melk opp med", "Fra 2026 skal husleien ligge", "Samtidig foreslås den
#: humanitære bistanden redusert fra 5,1 til 4,6 milliarder", "I forslaget er bistandsbudsjettet på 34,6
#: milliarder", "Samlet koster tiltakene våre 14 milliarder" (a definite noun after a copula or a cost verb).
INVERTED_SUBJECT = regex.compile(r"\b(?:(?:vil|skal|kan|må)\s+(?P<np>(?:(?:et|en|ei|det|den|de)\s+)?(?:[\w-]+,?\s+){0,8}?"
                                 r"[\w-]+)\s+(?:koste(?:\s+(?:oss|dem|(?-i:\p{Ll})[\w-]{2,}(?:en|et|ene|erne))(?:\s+i\s+[\w-]+)?)?|"
                                 r"utgjøre|ligge|øke\s+med|stige\s+med|synke\s+med)|"
                                 r"\b(?:går|gikk)\s+(?P<np7>(?!(?:det|ned|opp)\b)(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:opp|ned)\s+med|får\s+(?P<np2>(?:[\w-]+,?\s+){0,5}?[\w-]+(?:\s+\([^)]{1,12}\))?)|"
                                 r"(?<=\w[\w,]*\s+)(?:blir|ble|er|var)\s+(?P<np3>(?:den|det|de)\s+(?:[\w-]+\s+){1,3}?[\w-]+(?:en|et|ene))|"
                                 r"\b(?:foreslås|skal|vil)\s+(?P<np4>(?:(?:den|det|de)\s+)?(?:[\w-]+\s+){0,3}?[\w-]{2,}(?:en|et|ene)"
                                 r"(?:\s+(?:til|for|i|på|ved)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?)\s+"
                                 r"(?:bli\s+)?(?:(?:økt|redusert|styrket|kuttet|hevet|senket|videreført)\s+(?:fra|med|til)|"
                                 r"(?:tilført|tildelt|gitt))|"
                                 # a fronted adverbial before a cost verb and its subject: "Ifølge Bufdir koster en
                                 # ettervernskonsulent i dag …", "… koster full sikring av de mest utsatte strekningene"
                                 r"(?<=\w[\w,]*\s+)(?:koster|kostet)\s+(?P<np8>(?:de|et|en|ei)\s+(?:[\w-]+\s+){0,3}?[\w-]{3,}|"
                                 r"(?!(?:det|den|de|dette|disse|oss|dem)\b)(?:[\w-]+\s+){1,6}?[\w-]{3,}(?:en|et|ene|na))"
                                 r"(?:\s+(?:i\s+dag|i\s+år|i\s+fjor|neste\s+år|samlet|totalt|alene|nå|fortsatt|i\s+året))*|"
                                 r"\b(?:vokser|stiger|synker|faller|øker|styrkes|økes|kuttes|reduseres|løftes|heves|"
                                 r"senkes|tilføres)\s+(?P<np5>(?!(?:det|med|også|nå|dermed)\b)(?:[\w-]+\s+){0,3}?[\w-]+)\s+med|"
                                 r"(?<=[\w)][\w,)]*\s+)(?:er|var|blir|ble|koster|kostet|utgjør|utgjorde|ligger|lå)\s+"
                                 # after a cost verb an article may open it ("koster de nye stillingene"); "det" there
                                 # is the expletive ("blir det bevilget")
                                 r"(?P<np6>(?:(?<=(?:koster|kostet)\s+)(?:de|et|en|ei)\s+(?:[\w-]+\s+){0,3}?)?"
                                 r"[\w-]{3,}(?:en|et|ene|na))(?:\s+(?:våre|sine|deres|hans|hennes))?"
                                 r"(?:\s+(?:oss|dem|staten|kommunen|fylket|(?<=(?:koster|kostet)\s+[\w-]+\s+)"
                                 r"(?-i:\p{Ll})[\w-]{2,}(?:ene|erne)))?"  # whom it costs: "koster reformen kommunene"
                                 r"(?:\s+(?:for\s+i\s+år|i\s+år|i\s+fjor|neste\s+år|samlet|totalt|alene|nå|fortsatt|da))*"
                                 r"(?:\s+på)?)"
                                 r"\s+(?:(?:til\s+sammen|totalt|i\s+alt|bare|kun|hele)\s+)?(?:(?:om\s+lag|rundt|mellom|over|"
                                 r"drøyt|nesten|inntil)\s+)?$", regex.IGNORECASE)
#: A number standing alone in a phrase (a road's name such as "E136" is none).
LONE_NUMBER = regex.compile(r"(?<![\w-])\d[\d\s.,]*(?![\w-])")
#: What an estimate puts at the amount: "har anslått kostnaden for en ny firefeltsvei til", "beregnet
#: vedlikeholdsetterslepet på fylkesveiene til", "anslår kostnaden ved å forsterke nettet til" (the cost
#: of a thing is that thing's).
ESTIMATED = regex.compile(r"\b(?:anslår|anslo|anslått|beregner|beregnet|estimerer|estimert|stipulerer|stipulert|"
                          r"kalkulerer|kalkulert|taksert|takserer)\s+(?P<cost>(?:kostnaden|kostnadene|prisen|utgiftene)\s+"
                          r"(?:for|ved|av|til)\s+(?:å\s+)?)?(?P<np>(?:[\w-]+\s+){0,7}?[\w-]+)\s+til\s+"
                          r"(?:(?:om\s+lag|rundt|mellom|over|drøyt|nesten|inntil|anslagsvis|minst)\s+)?$", regex.IGNORECASE)
#: A `for å` clause right after a receiver: what it gets the money for.
FOR_INFINITIVE = regex.compile(r"\s*,?\s+for\s+å\s+", regex.IGNORECASE)
#: A superlative subject and its copula, before what it names: "Det største prosjektet er …", "Den største
#: enkeltinvesteringen er …", "Den dyreste satsingen blir …" (articles and "nye" stay with the noun phrase).
GREATEST_IS = regex.compile(r"(?:Det|Den|De)\s+(?:aller\s+)?(?:største|dyreste|viktigste|tyngste|mest\s+kostbare)\s+"
                            r"[\w-]+\s+(?:i\s+[\w-]+\s+)?(?:er|blir|var|ble)\s+")
#: A verb's particle after its object: "skar driftsbudsjettet ned med 180 millioner".
TRAILING_PARTICLE = regex.compile(r"\s+(?:ned|opp|inn|ut)$", regex.IGNORECASE)
#: A passive's agent right after the verb: "finansieres av departementet med …" (the subject is the measure).
AGENT_AFTER = regex.compile(r"\s*av\s", regex.IGNORECASE)
DETERMINERS = {"en", "et", "ei", "den", "det", "de", "sin", "sitt", "sine", "denne", "dette", "disse", "ny", "nye"}
_SPACES = regex.compile(r"\s+")
_WORD = regex.compile(r"[\w-]+")
_STOP = regex.compile(r"[.;:]")
_TRAILING_WORD = regex.compile(r"\s+(?:og|med|i|for|på)$")
#: The opening of a range before its first or second bound: "på mellom ", "på mellom 38 og ".
RANGE_OPEN = regex.compile(r"\s+mellom(?:\s+\d[\d\s,.]*(?:\s+(?:millioner|milliarder|mill\.|mrd\.))?\s+og)?\s+$",
                           regex.IGNORECASE)
_QUALIFIER_BEFORE = regex.compile(rf"(?<![\w]){qualifier_pattern()}\s+$", regex.IGNORECASE)
#: A total between `på` or `med` and its amount: "investeringer på til sammen 86 millioner", "et tilskudd på totalt
#: …", "øke avgiftene med til sammen 8 prosent".
TOTAL_AFTER_PA = regex.compile(r"(?<=\b(?:på|med))\s+(?:til\s+sammen|totalt|samlet|i\s+alt)(?=\s+$)", regex.IGNORECASE)
_LEAD = regex.compile(LIST_MARKS)


def phrase_end(text: str, start: int, limit: int, blockers: list[tuple[int, int]]) -> int:
    m = PHRASE_STOP.search(text, start, limit)
    end = m.start() if m else limit
    for b_start, _ in blockers:
        if start < b_start < end:
            end = b_start
    while end > start and text[end - 1] in " ,–-":
        end -= 1
    cut = _TRAILING_WORD.search(text[start:end])
    if cut:
        end = start + cut.start()
    return end


def opens_with(phrase: tuple[int, int], bodies: list[tuple[int, int]]) -> bool:
    """Whether a phrase opens with a named body ("Stor-Elvdal kommune får …", "Husbanken ga …",
    "Staten gir …"): a subject that gives or receives is not what the money is for."""
    return any(a == phrase[0] for a, _ in bodies)


def owned_by_body(text: str, phrase: tuple[int, int], bodies: list[tuple[int, int]]) -> bool:
    """Whether a phrase opens with a body in the genitive and goes on with what it owns ("Kommunens frie
    inntekter", "Sykehusets investeringer"): the body owns the thing, the thing is the subject. Not a
    budget, proposal or offer: it carries the money, it is not what the money is for ("Fremskrittspartiets
    alternative budsjett ville flyttet …", "Regjeringens tilbud har en ramme på …")."""
    return any(a == phrase[0] and phrase[1] > b + 2 and in_genitive(text, b) for a, b in bodies) \
        and not VEHICLE.search(text, phrase[0], phrase[1])


#: A budget, proposal or offer as a phrase's head word.
VEHICLE = regex.compile(r"\w*(?:budsjett|forslag|opplegg|tilbud)\w*", regex.IGNORECASE)


def in_genitive(text: str, end: int) -> bool:
    """Whether the name ending at `end` stands in the genitive, its -s inside the span or right after it."""
    return text[end - 1:end] == "s" and text[end:end + 1].isspace() \
        or text[end:end + 1] == "s" and text[end + 1:end + 2].isspace()


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a phrase opens inside one of the spans (an agent: "Legeforeningen", "Arbeiderpartiet
    vil …"); a later one ("bevilgningen til AAP") does not count."""
    return any(a <= start < b for a, b in spans)


#: What a cost is the cost of, in an infinitive after the amount: "det koster 3 milliarder kroner (i året) å …".
COST_INFINITIVE = regex.compile(r"\s+(?:(?:i\s+året|årlig|per\s+år|i\s+året\s+fram\s+mot\s+\d{4})\s+)?å\s+(?=(?-i:\p{Ll}))",
                                regex.IGNORECASE)
#: Particles of a verb: with one alone after "å", the infinitive names no object of its own ("å ruste opp").
PARTICLES = {"opp", "ned", "ut", "inn", "om", "på", "igjen", "fram", "frem", "av", "til", "med"}
#: A verb of cost or need before the amount that an infinitive after it says the use of.
COSTS_BEFORE = regex.compile(r"\b(?:koste|koster|kostet|kreve|krever|krevde|trengs|trenges)\b", regex.IGNORECASE)
#: A frame or price of something named after a copula, right before the amount: "blir rammen for ordningen",
#: "er prislappen for den nye hallen".
FRAME_OF_BEFORE = regex.compile(r"\b(?:blir|er|var|ble)\s+(?:den\s+samlede\s+|den\s+)?(?:ramme|rammen|prislappen|kostnaden|"
                                r"kostnadsrammen|bevilgningen|tilskuddet)\s+(?:for|til)\s+"
                                # (not a change: "ble tilskuddet til lagene redusert med 15 prosent")
                                r"(?P<np>(?:(?:den|det|de)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)(?<!\b(?:med|fra|til|på))\s+$",
                                regex.IGNORECASE)
#: The scheme or pot an amount comes out of, right after it: "fra ordningen", "av potten", "av rammen".
SOURCE_AFTER = regex.compile(r"\s+(?:(?:årlig|i\s+året|ekstra|mer)\s+)?(?:fra|av)\s+(?P<noun>[\w-]+)(?![\w-])",
                             regex.IGNORECASE)
#: A fund or a sale an amount is taken from, right after it: "av disposisjonsfondet", "fra kommunens klimafond",
#: "fra salg av kommunale tomter" (the sale runs on with what is sold).
FUNDED_FROM = regex.compile(r"\s+(?:(?:årlig|i\s+året|ekstra|mer)\s+)?(?:fra|av)\s+(?P<source>(?:(?:kommunens|fylkets|"
                            r"fylkeskommunens|egne|eget|det|den)\s+)?(?:[\w-]*fond(?:et|ene)?|(?P<sale>salg\s+av)))(?![\w-])",
                            regex.IGNORECASE)
#: Right before an amount, a definite noun after a verb of getting that a fronted adverbial put first ("I
#: statsbudsjettet fikk politiet til sammen …") or after a verb of giving as its indirect object ("vil gi
#: politiet i distriktene …"): who or what the money goes to.
RECEIVER_BEFORE = regex.compile(r"(?:(?<=\S\s+)(?:får|fikk|mottar|mottok)|\b(?:gi|gir|ga|gav|gitt))\s+"
                                r"(?P<np>(?-i:\p{Ll})[\w-]{2,}(?:et|en|ene|a)(?:\s+(?:i|på|ved)\s+(?-i:\p{Ll})[\w-]+(?:et|en|ene|a))?)"
                                r"\s+(?:(?:til\s+sammen|totalt|samlet|i\s+år|neste\s+år|nå|også|dermed|årlig)\s+)*$",
                                regex.IGNORECASE)
#: A word of money in an amount's text: "kroner", "mill.", "milliarder", "euro".
MONEY_WORD = regex.compile(r"(?i:kroner|kr\b|øre|euro|dollar|milliard|million|mill\.|mrd\.)")
#: After an amount, nothing more its clause says of it: an adverb of time or addition, then the clause's
#: end ("fikk politiet til sammen 25,3 milliarder kroner."; not "… 100 millioner mer enn det andre fikk i
#: lønnsvekst", whose comparison names what it is for).
CLAUSE_ENDS_AFTER = regex.compile(r"(?:\s+(?:ekstra|årlig|i\s+året|i\s+år|neste\s+år|totalt|til\s+sammen))*\s*"
                                  r"(?:[.,;:!?]|$)", regex.IGNORECASE)
#: A name that goes on past its first word: "fra Tromsø kommune", "fra Norsk kulturråd".
NAME_GOES_ON = regex.compile(r"\s+(?:(?-i:\p{Lu})|kommune|fylkeskommune|AS\b|HF\b)")
#: Endings of a noun's inflected forms: ordning(en), ramme(n), prosjekt(et), tiltak(ene), avtale(ne).
INFLECTIONS = frozenset(("", "en", "n", "et", "t", "a", "ene", "ne", "er", "r"))
#: Endings of a definite noun: ordningen, potten, programmet, tiltakene, avtala.
DEFINITE_ENDINGS = frozenset(("en", "n", "et", "t", "a", "ene", "ne"))


def generic_form(word: str, endings: frozenset[str] = INFLECTIONS, nouns: str = "generic_measures.txt") -> bool:
    """Whether a word is a form of a generic measure noun (lang/generic_measures.txt), which refers back
    to a scheme named before ("Ordningen", "potten", "programmet"): the noun, its last letter doubled
    or not, with one of `endings`. `nouns` names another list of such nouns."""
    low = word.lower()
    for noun in word_list(nouns):
        for stem in (noun, noun + noun[-1]):  # "program" -> "programmet"
            if low.startswith(stem) and low[len(stem):] in endings:
                return True
    return False


#: A colon inside a sentence that opens a clause of its own, whose subject is the amount's: "Det er én
#: endring som teller: Tilskuddet …" (not a list label: "Bodø: 4 millioner").
CLAUSE_AFTER_COLON = regex.compile(r"(?<=\w{3,}):\s+(?=(?-i:\p{Lu})\p{Ll}+\s+(?:[\w-]+\s+){0,6}?"
                                   r"(?:økes|reduseres|kuttes|heves|senkes|settes|foreslås|får|går|blir|skal|vil)\b)(?!.*:)")


#: An amount alone in brackets, maybe with a qualifier before it or a rate after it: "(280 millioner kroner)",
#: "(om lag 45 mill. kr i året)": what opens the bracket before the amount, and what closes it after.
BRACKET_OPEN = regex.compile(rf"\(\s*(?:{qualifier_pattern()}\s+)?$", regex.IGNORECASE)
BRACKET_CLOSE = regex.compile(r"(?:\s+(?:i\s+året|årlig|per\s+år|i\s+\d{4}))?\s*\)")
#: The noun phrase right before a bracket, back to a clause's start, a comma or colon, a conjunction, a verb
#: or a `til`/`for` that opens it: "De største prosjektene er | ny ungdomsskole i sentrum (".
_NP_BOUNDARY = (r"(?:og|eller|samt|er|var|blir|ble|som|til|for|prioriterer|prioriteres|inneholder|omfatter|"
                r"gjelder|får|fikk|bygger|bygges|starter)")
BRACKETED_NP = regex.compile(rf"(?:^|[,:;–]\s*|\s{_NP_BOUNDARY}\s+)(?P<np>(?!{_NP_BOUNDARY}\b)\p{{L}}[\w-]*"
                             rf"(?:\s+(?!{_NP_BOUNDARY}\b)[\w-]+){{0,7}})\s*$", regex.IGNORECASE)


#: A pronoun subject and its verb opening a clause: "Vi stryker", "Vi vil bygge", "Jeg foreslår".
SUBJECT_AND_VERB = regex.compile(r"(?:vi|jeg|de|han|hun|man)\s+(?:(?:vil|skal|må|kan|har)\s+)?[\w-]+\s+", regex.IGNORECASE)


def bracketed_phrase(text: str, s: int, amount: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase an amount in brackets right after it prices: "en ny ungdomsskole i sentrum (280
    millioner kroner)", "nye gatelys (8 millioner kroner)"; None where the amount is not alone in brackets."""
    a_start, a_end = amount
    opening = BRACKET_OPEN.search(text, max(s, a_start - 30), a_start)
    if opening is None or BRACKET_CLOSE.match(text, a_end) is None:
        return None
    np = BRACKETED_NP.search(text, s, opening.start())
    if np is None or not any(ch.isalpha() for ch in np.group("np")):
        return None
    subject = SUBJECT_AND_VERB.match(text, np.start("np"), np.end("np"))  # "Vi stryker | parkeringshuset på Lund ("
    start = subject.end() if subject is not None and subject.end() < np.end("np") else np.start("np")
    return start, np.end("np")


def phrase_for_amount(text: str, sent: tuple[int, int], amount: tuple[int, int],
                      blockers: list[tuple[int, int]], avoid: list[tuple[int, int]] = (),
                      times: list[tuple[int, int]] = (), bodies: list[tuple[int, int]] = ()) -> tuple[int, int, str] | None:
    """(start, end, rule) of the measure phrase of an amount in its sentence, or None. `avoid`: spans
    that are never the measure (the actors: "never the sentence's actor"); `times`: time spans the
    phrase after the amount may follow ("300 millioner kroner de neste fire årene på å …")."""
    s, e = sent
    a_start, a_end = amount
    bracketed = bracketed_phrase(text, s, amount)
    if bracketed is not None and not overlaps(*bracketed, avoid) and not opens_with(bracketed, bodies):
        return bracketed[0], bracketed[1], "bracketed"
    clause = CLAUSE_AFTER_COLON.search(text, s, a_start)
    if clause is not None:  # "… én endring som teller: Pristilskuddet for epler økes fra 1,20 til 1,45 kroner"
        s = clause.end()
    a_end = past_times_and_comparisons(text, a_end, e, times)
    others = [b for b in blockers if b != amount and b[0] >= a_end]
    before = text[s:a_start]
    qual_trim = TOTAL_AFTER_PA.sub("", _QUALIFIER_BEFORE.sub("", RANGE_OPEN.sub(" ", before)))
    # "et forsvarsbudsjett for 2017 på 50,2 milliarder": the year modifies the noun, it is not the noun
    undated = YEAR_POSTMODIFIER.sub("", qual_trim)
    m = None if COPULA_PA.search(undated) or PARTICLE_PA.search(undated) else MODIFIED_NOUN.search(undated)
    if m and overlaps(s + m.start("np"), s + m.end("np"), avoid):
        m = None
    frame = None  # a frame the amount sets, where nothing says what it is a frame for
    own = COST_OWNED.search(qual_trim) if m else None
    owner = cost_owner(text, s, s + own.start()) if own else None
    if owner is not None and not overlaps(*owner, avoid) and not opens_with(owner, bodies):
        return owner[0], owner[1], "cost_owner"  # "Prosjektet har en kostnadsramme på 6 milliarder"
    if m:
        words = m.group("np").split()
        stop = phrase_stop_words()
        source = max((k for k, w in enumerate(words) if w.lower() == "fra"), default=0)
        if source > 0 and words[source - 1].lower() not in stop:
            words = words[:source]  # "et toppfinansieringstilskudd fra staten på …": the grant, not its source
        cut = max((k + 1 for k, w in enumerate(words) if w.lower() in stop), default=0)
        if cut >= 2 and words[cut - 1].lower() == "for" and words[cut - 2].lower() not in stop | COST_NOUNS \
                and words[cut - 2].islower():
            cut -= 2  # "en netto driftsramme for grunnskolen på …", "et pristak for husholdningene på …": the noun and whom
        words = words[cut:]
        head = words[-1].lower() if words else ""
        # (the verb before the result noun, which ends the noun phrase)
        gives = GIVES_RESULT.search(undated, 0, m.end("np") - len(words[-1])) if head in RESULT_HEADS else None
        if gives is not None:
            # "…, som gir en innsparing på 1,9 millioner", "Vakansene gir en innsparing på …": what saves or
            # costs it, not the saving; a pronoun's antecedent is found later ("Det gir en innsparing på …")
            cause = result_cause(text, s, s + gives.start())
            if cause is not None and not overlaps(*cause, avoid) and not opens_with(cause, bodies):
                return cause[0], cause[1], "cause"
            if cause is None and PRONOUN_OPENS.match(text, s):
                return None
        if head in CHANGE_HEADS:  # "et kutt på 2,4 milliarder i jordbruksstøtten"
            c = CHANGE_COMPLEMENT.match(text, a_end, e)
            end = phrase_end(text, c.end(), e, others) if c else 0
            verb = SUBJECT_END.search(text, c.end(), end) if c else None  # "… i barnehagetilskuddet vil ramme …"
            end = verb.start() if verb else end
            frame_of = FRAME_OF_COMPLEMENT.match(text, c.end(), end) if c else None
            if frame_of is not None and end > frame_of.end():  # "et kutt på 500 000 kroner i rammen til kulturskolen"
                return frame_of.end(), end, "changed"
            if c and end > c.end() and _WORD.match(text, c.end()).group(0).lower() not in KIND_STOP:
                return c.end(), end, "changed"
            subject = subject_phrase(text, s, s + len(qual_trim))  # "Skolene får en vekst på 4,2 millioner"
            if subject and GETS_CHANGE.match(text, subject[1], s + len(qual_trim)) and not overlaps(*subject, avoid) \
                    and not opens_with(subject, bodies):
                return subject[0], subject[1], "subject"
            inverted = GETS_CHANGE_INVERTED.search(qual_trim)  # "Samtidig får belønningsordningen et kutt på"
            if inverted and not overlaps(s + inverted.start("np"), s + inverted.end("np"), avoid) \
                    and not opens_with((s + inverted.start("np"), s + inverted.end("np")), bodies):
                return s + inverted.start("np"), s + inverted.end("np"), "subject"
        if head in ("ramme", "rammen") and not overlaps(s + m.start("np"), s + m.end("np"), bodies):
            frame = words_span(text, s + m.start("np"), m.group("np"), words)  # "en samlet ramme på 100 millioner"
        purpose_after = AFTER_AMOUNT.match(text, a_end, e)
        if (head in COST_NOUNS or head in FRAME_NOUNS) and not (purpose_after and purpose_after.group("prep").lower() != "i"):
            # "en ordning med en årlig ramme på mellom 40 og 60 millioner", unless what it is for follows:
            # "styrker skolehelsetjenesten med en ramme på 5 millioner til flere helsesykepleiere"
            framed = framed_noun(text, s, qual_trim)
            if framed is not None and not overlaps(*framed, avoid):
                return framed[0], framed[1], "framed"
        if words and head not in COST_NOUNS:
            span = words_span(text, s + m.start("np"), m.group("np"), words)
            generic = GENERIC_HEAD.fullmatch(head)
            after = (generic or NAMED_GRANT.fullmatch(head)) and (
                AFTER_AMOUNT.match(text, a_end, e) or FOR_AFTER.match(text, a_end, e))
            prep = _SPACES.sub(" ", after.group("prep").lower()) if after else ""
            # `for` names a purpose after a top-up or contribution ("et påslag på 500 millioner for politiet");
            # after a grant or scheme, it names who may get it ("en tilskuddsordning … for fastleger"); `for å`
            # after any grant says what it is for ("et kompetansetilskudd på 600 000 kroner for å styrke …");
            # a body's own programme is a purpose, the body is not the receiver ("til FNs matvareprogram")
            purpose = after and (prep == "for å" or generic and prep in ("til", "til å")
                                 or (prep == "for" and TOP_UP_HEAD.fullmatch(head)
                                     and not DISTRIBUTIVE_FOR.match(text, after.end())))
            if purpose and not (opens_with((after.end(), e), bodies)
                                and not owned_by_body(text, (after.end(), e), bodies)) \
                    and not (prep == "til" and names_people(text, after.end())):  # (… til næringsdrivende fastleger)
                end = phrase_end(text, after.end(), e, others)  # "det øremerkede tilskuddet på 12 millioner
                if end > after.end():  # kroner til leirskole": what the grant is for
                    return after.end(), end, "after"
            receiver = next((b for b in bodies if b[0] == after.end()), None) if purpose else None
            then = FOR_INFINITIVE.match(text, receiver[1], e) if receiver is not None else None
            if then is not None:  # "et lån på 380 millioner kroner til Sykehuset Innlandet for å bygge …"
                end = phrase_end(text, then.end(), e, others)
                if end > then.end():
                    return then.end(), end, "after"
            if span is not None:
                return span[0], span[1], "modified"
    valued = valued_for(text, s, qual_trim, avoid) if m is None else None
    if valued is not None:  # "er det lagt inn investeringer for til sammen 1,4 milliarder kroner"
        return valued[0], valued[1], "valued"
    framed = framed_noun(text, s, qual_trim) if m is None else None
    if framed is not None and not overlaps(*framed, avoid):
        return framed[0], framed[1], "framed"
    if CUT_OR_INVEST_BEFORE.search(text, max(s, a_start - 60), a_start):
        cut = kind_after(text, a_end, e, others, blockers, bodies)
        if cut is not None:  # "må kutte 95 millioner kroner i driften": what the cut is made in
            return cut[0], cut[1], "cut_in"
    shared_out = SHARED_OUT_BEFORE.search(text, max(s, a_start - 40), a_start) is not None
    m = AFTER_AMOUNT.match(text, a_end, e)
    if m and m.group("prep").lower() == "for å" and WITH_BEFORE.search(qual_trim) \
            and policy_verb_regex().search(text, max(s, a_start - 80), a_start):
        m = None  # "øker bevilgningen til birøkt med 2,4 millioner kroner for å lokke …": what is increased
    if m and m.group("prep").lower() == "til" and shared_out and NAME_AFTER.match(text, m.end()):
        m = None  # "har fordelt om lag 55 millioner til Nordlandssykehuset": whom it is shared out to
    if m and m.group("prep").lower() == "til" and RECEIVER_GROUP.match(text, m.end()):
        purpose = FOR_PURPOSE_LATER.search(text, m.end(), e)
        end = phrase_end(text, purpose.end(), e, others) if purpose else 0
        if purpose and end > purpose.end():  # "1,2 milliarder kroner ekstra til kommunene, …, for å styrke
            return purpose.end(), end, "later"  # eldreomsorgen": what the receivers get it for
    if m:
        end = phrase_end(text, m.end(), e, others)
        if end > m.end() and m.group("prep").lower() == "i":
            return kind_phrase(text, m.end(), end, bodies)
        if end > m.end():
            return m.end(), end, "after"
    m = COST_INFINITIVE.match(text, a_end, e)
    if m and COSTS_BEFORE.search(text, s, a_start):
        # "det koster mellom 2 og 3 milliarder kroner å bytte ut alle tjenestebilene": a verb with its
        # object; "Hver stasjon koster … å bygge", "…, som vil koste 14 millioner kroner å ruste opp": a
        # verb alone (with a particle) prices its subject or the relative's antecedent
        end = phrase_end(text, m.end(), e, others)
        words = [w.lower() for w in _WORD.findall(text[m.end():end])]
        if [w for w in words[1:] if w not in PARTICLES]:
            return m.end(), end, "infinitive"
    m = FRAME_OF_BEFORE.search(text, max(s, a_start - 80), a_start)
    if m and not overlaps(m.start("np"), m.end("np"), bodies):
        return m.start("np"), m.end("np"), "frame_of"  # "Med økningen blir rammen for ordningen 2,9 millioner"
    m = SOURCE_AFTER.match(text, a_end, e)
    fund = FUNDED_FROM.match(text, a_end, e)
    if fund is not None and not LATER_PHRASE.search(text, fund.end(), e):
        # "bruker 1 million kroner av disposisjonsfondet", "2 millioner kroner fra salg av kommunale tomter":
        # the fund or sale that pays for it, in a budget's financing
        end = fund.end() if not fund.group("sale") else phrase_end(text, fund.end(), e, others)
        return fund.start("source"), end, "funded_from"
    if m and generic_form(m.group("noun"), DEFINITE_ENDINGS) and not overlaps(m.start("noun"), m.end("noun"), avoid) \
            and not LATER_PHRASE.search(text, m.end(), e):
        return m.start("noun"), m.end("noun"), "source"  # "får 1,2 millioner kroner fra ordningen", unless
        # a purpose follows ("… fra ordningen for å dekke merkostnaden for ladeanlegg")
    if m and m.group("noun")[0].isupper() and not overlaps(m.start("noun"), m.end("noun"), bodies) \
            and not is_place(m.group("noun")) and not NAME_GOES_ON.match(text, m.end("noun")) \
            and not LATER_PHRASE.search(text, m.end(), e):
        return m.start("noun"), m.end("noun"), "source"  # "fikk 6,5 millioner kroner fra Klimasats": a named fund
    m = THROUGH_AFTER.match(text, a_end, e)
    if m and not overlaps(m.start("np"), m.end("np"), avoid) \
            and MONEY_KIND_OR_SCHEME.search(head_lemma(m.group("np"))):
        # "Husbanken dekker inntil 55 prosent gjennom investeringstilskuddet": the grant it is paid through
        return m.start("np"), m.end("np"), "through"
    m = EARMARKED_AFTER.match(text, a_end, e)
    if m:
        end = phrase_end(text, m.end(), e, others)
        if end > m.end():
            return m.end(), end, "earmarked"
    m = TIL_X_ER.search(qual_trim)
    if m:
        return s + m.start("np"), s + m.end("np"), "til_x_er"
    set_to = SET_TO.search(qual_trim)
    if set_to is not None and set_to.group("np").split()[0].lower() not in SUBJECT_SKIP \
            and not overlaps(s + set_to.start("np"), s + set_to.end("np"), avoid):
        # "Regjeringen har satt Husbankens låneramme til 20 milliarder": what is set
        return s + set_to.start("np"), s + set_to.end("np"), "set_to"
    if WITH_BEFORE.search(qual_trim):
        pv = policy_verb_form_regex()
        verbs = list(finditer_from(pv, SCANNERS[pv], text, s, a_start))
        rises = RISES_OR_FALLS.search(text, s, a_start)
        if rises is not None and (not verbs or verbs[-1].start() < rises.start("v")):
            verbs.append(rises)  # "Samtidig går foreldrebetalingen opp fra 2 350 til 2 480 kroner"
        if verbs:
            v = verbs[-1]
            end = s + WITH_BEFORE.search(qual_trim).start()
            til = qual_trim.rstrip().endswith("til")
            from_first = FROM_AMOUNT.search(text, v.end(), end) if til else None
            end = from_first.start() if from_first is not None else end  # "… redusere X fra 392 til 381 millioner"
            between = text[v.end():end]
            cause = subject_phrase(text, s, v.start()) if EMISSIONS.match(between) else None
            if cause is not None and not overlaps(*cause, avoid) and WILL_DO.fullmatch(text, cause[1], v.start()) \
                    and not is_place(text[cause[0]:cause[1]]):
                # "Elektrifiseringen skal kutte utslippene med 2 600 tonn": what cuts them, not the emissions
                return cause[0], cause[1], "with"
            adverbs_only = all(w.lower() in word_list("function_words.txt") for w in _WORD.findall(between))
            if not adverbs_only and not AGENT_AFTER.match(text, v.end()) and not overlaps(v.start(), end, avoid) \
                    and not RELATIVE_AFTER_COMMA.search(between) \
                    and not (til and any(ch.isdigit() for ch in between)) and not PARTICIPLES_ONLY.fullmatch(between):
                particle = TRAILING_PARTICLE.search(text, v.end(), end)  # "skar driftsbudsjettet ned med …"
                # "Derfor øker vi bevilgningen til …": the object after the inverted subject
                inverted = INVERTED_PRONOUN.match(text, v.end(), end)
                return (inverted.end() if inverted else v.start()), particle.start() if particle else end, "with"
            verb = v.start("v") if v is rises else v.start()  # with a split verb, the subject ends at its particle
            clauses = list(CLAUSE_OPEN.finditer(text, s, verb))  # ", mens togtrafikken økte med 8 prosent"
            subject = clause_subject(text, clauses[-1].end(), v.end(), bodies) if clauses else None
            subject = subject or subject_phrase(text, s, verb)  # "Tilskuddet økes med 500 kroner"
            subject = subject or subject_after_verb(text, s, verb)
            if subject and not overlaps(*subject, avoid):
                return subject[0], subject[1], "with"
    lead = _LEAD.match(text, s, a_start)
    greatest = GREATEST_IS.match(text, lead.end() if lead else s, a_start)
    if greatest is not None:  # "Det største prosjektet er nye omsorgsboliger på Andenes med 16 plasser"
        end = trim_trailing(text, greatest.end(), phrase_end(text, greatest.end(), e, [b for b in blockers
                                                                                     if b[0] > greatest.end()]))
        if end - greatest.end() >= 3 and not overlaps(greatest.end(), end, avoid):
            return greatest.end(), end, "greatest"
    estimated = ESTIMATED.search(text, max(s, a_start - 120), a_start)
    if estimated and (estimated.group("cost") or estimated.start() > s) \
            and not overlaps(estimated.start("np"), estimated.end("np"), avoid) \
            and estimated.group("np").split()[0].lower() not in SUBJECT_SKIP:
        # "En ekstern kvalitetssikring har beregnet kostnaden for hele rehabiliteringen til …": what the
        # estimate is of, not who made it
        return estimated.start("np"), estimated.end("np"), "estimated"
    said = list(REPORTED_THAT.finditer(text, s, a_start))  # "Departementet anslår at arbeidet med rassikring vil koste …"
    # "Forsker Lars Vik har beregnet at det vil koste …": the one who reports is no measure
    subject = clause_subject(text, said[-1].end(), a_start, bodies) if said else subject_phrase(text, s, a_start)
    # "Statsforvalteren har fordelt 5 millioner kroner i SMIL-midler": who shares money out is not what it is for
    # "Rennebu får 1,4 millioner kroner av tilskuddet": a place says who gets it, not what it is for
    place = subject is not None and is_place(text[subject[0]:subject[1]])
    if subject and rule_allows_subject(text, subject, a_start) and not overlaps(*subject, avoid) and not place \
            and not (opens_with(subject, bodies) and not owned_by_body(text, subject, bodies)) and not shared_out:
        gets = GETS.match(text, subject[1], a_start)
        given = GIVE_OBJECT.search(text, subject[1], a_start) \
            if not gets and PROPOSAL_HEAD.search(text, subject[0], subject[1]) else None
        spent = spent_later(text, a_end, e, others, times) if gets else None
        if spent is not None:
            return spent
        kind = kind_after(text, a_end, e, others, blockers, bodies) if gets or given else None
        if kind is not None:
            return kind  # "Fylkesmennene får 478 millioner kroner i regionale miljøtilskudd": what they get
        share = SHARE_OF_SUM.match(text, a_end, e) if gets else None
        if share is not None:  # "Bydelen får 400 000 kroner av de nye midlene": the sum it gets a share of
            return share.start("np"), share.end("np"), "share_of"
        purpose = PURPOSE_AFTER.match(text, a_end, e) if gets else None
        if purpose is not None:  # "Hydro Sunndal får 140 millioner kroner fra Enova for å ta i bruk
            end = phrase_end(text, purpose.end(), e, others)  # overskuddsvarmen": what it gets them for
            if end > purpose.end():
                return purpose.end(), end, "later"
        if given is not None and not is_place(given.group("np")) and not ENDS_IN_PREPOSITION.search(given.group("np")):
            # "Vårt alternative budsjett gir humanitær bistand 1,5 milliarder mer": who the budget gives it to
            return given.start("np"), given.end("np"), "given"
        return subject[0], subject[1], "subject"
    receiver = subject_phrase(text, said[-1].end(), a_start, lower=True) if said else subject
    if receiver and rule_allows_subject(text, receiver, a_start) and GETS.match(text, receiver[1], a_start) \
            and not LATER_PHRASE.search(text, a_end, e):
        spent = spent_later(text, a_end, e, others, times)
        if spent is not None:
            return spent
        kind = kind_after(text, a_end, e, others, blockers, bodies)
        share = SHARE_OF_SUM.match(text, a_end, e) if kind is None else None
        if share is not None:  # "Helse Fonna får 95 millioner kroner av økningen": the sum it gets a share of
            return share.start("np"), share.end("np"), "share_of"
        # "Porsgrunn internasjonale teaterfestival (PIT) får 3,8 millioner kroner": with no purpose, the body
        # that gets the money is what it is for; a place is not
        if kind is not None or not is_place(text[receiver[0]:receiver[1]]):
            return kind if kind is not None else (receiver[0], receiver[1], "receiver")
    inverted = INVERTED_SUBJECT.search(text, max(s, a_start - 120), a_start)
    if inverted:
        group = next(g for g in ("np", "np2", "np3", "np4", "np5", "np6", "np7", "np8") if inverted.group(g))
        spent = spent_later(text, a_end, e, others, times) if group == "np2" else None
        if spent is not None:  # "I tillegg får Ruter 12 millioner kroner i år, som skal gå til elektriske busser"
            return spent
        start, end = inverted.start(group), inverted.end(group)
        words = [w.lower() for w in _WORD.findall(text[start:end])]
        content = [w for w in words if w not in DETERMINERS] if len(words) > 1 else words
        # "får en bevilgning på 48 millioner": a noun the amount modifies, no subject
        if content and content[0] not in SUBJECT_SKIP and content[-1] != "på" and not overlaps(start, end, avoid) \
                and not (group == "np6" and content[-1] in COST_NOUNS) \
                and not (opens_with((start, end), bodies) and not RECEIVED.match(text, end)) \
                and not LONE_NUMBER.search(text, start, end) \
                and not is_place(text[start:end]):  # "I år får Vestfold 41,6 millioner i spillemidler": who gets it
            return start, end, "inverted"
    lead = _LEAD.match(text[s:a_start])
    fronted = FRONTED.match(text, s + (lead.end() if lead else 0), a_start)
    if fronted and not fronted.group("np").lower().startswith(("dette", "det ", "disse", "sammen")):
        return fronted.start("np"), fronted.end("np"), "fronted"
    shared = KIND_AFTER.match(text, a_end, e)
    kind = money_kind_phrase(text, shared.end(), e) or _WORD.match(text, shared.end()) if shared is not None else None
    if kind is not None and (kind.group(0).lower() in KIND_STOP or kind.group(0).lower().endswith(KIND_STOP_ENDINGS)):
        kind = None  # "25 millioner kroner i budsjettet til …": no kind of money
    to_receiver = RECEIVER_AFTER_KIND.match(text, kind.end(), e) if kind is not None else None
    if kind is not None and to_receiver is not None and not shared_out:
        # "210 millioner kroner i belønningsmidler til Bergensområdet": the kind of money, not who gets it
        return kind.start(), kind.end(), "kind"
    if kind is not None and not shared_out and MONEY_KIND.search(kind.group(0)) \
            and not PURPOSE_AFTER_KIND.match(text, kind.end(), e):
        # "60 millioner kroner i startlån fra Husbanken for videre utlån", "110 millioner i effektivisering
        # for å gå i balanse": a kind of money named right after the amount, with no `til` purpose of its own
        return kind.start(), kind.end(), "kind"
    if kind is not None and shared_out:
        # "har fordelt 14,6 millioner kroner i SMIL-midler til kommunene": what is shared out, unless a `til`
        # right after it (past the year) says what it is for ("i skjønnsmidler for 2011 til lesekurs")
        purpose = PURPOSE_AFTER_KIND.match(text, kind.end(), e)
        end = phrase_end(text, purpose.end(), e, others) if purpose else 0
        if purpose and end > purpose.end() and not opens_with((purpose.end(), end), bodies) and to_receiver is None:
            return purpose.end(), end, "after"
        return kind.start(), kind.end(), "kind"
    clause_end = CLAUSE_BREAK.search(text, a_end, e)  # "…, og av dem skal 300 millioner gå til …": another clause's
    limit = clause_end.start() if clause_end else e
    # "6,9 millioner kroner i SMIL-midler og 1,1 millioner kroner til tiltak i beiteområder": after the next
    # amount, a purpose is that amount's
    limit = min([limit] + [b[0] for b in others if b[0] < limit and b != amount and (b[0], b[1]) not in times
                           and not RANGE_JOIN.fullmatch(text, a_end, b[0])])
    for m in LATER_PHRASE.finditer(text, a_end, limit):
        if m.end() >= limit:
            break  # what follows is the next amount ("økes med 2 milliarder kroner, til 32 milliarder")
        if any(b[0] <= m.start() < b[1] for b in blockers):
            continue
        if shared_out and m.group("prep").lower() == "til" and NAME_AFTER.match(text, m.end()):
            continue  # shared out to a named receiver
        end = phrase_end(text, m.end(), e, others)
        head = [w.lower() for w in _WORD.findall(text[m.end():end])]
        head = [w for w in head if w not in DETERMINERS and w not in ("årlig", "årlige")]
        if end > m.end() and head and head[0] not in COST_NOUNS:
            return m.end(), end, "later"
        break
    spent = spent_later(text, a_end, e, others, times)
    if spent is not None:
        return spent
    money = MONEY_WORD.search(text, a_start, a_end) is not None  # (a count's own noun says what it is of)
    got = RECEIVER_BEFORE.search(qual_trim) if money and CLAUSE_ENDS_AFTER.match(text, a_end, e) else None
    if got is not None:  # "I statsbudsjettet for 2025 fikk politiet til sammen 25,3 milliarder", "gi politiet i
        # distriktene 500 millioner": the sector the money goes to, where nothing says what it is for (after every phrase that could)
        np = (s + got.start("np"), s + got.end("np"))
        if np[1] - np[0] >= 4 and got.group("np").split()[0].lower() not in SUBJECT_SKIP \
                and not overlaps(*np, avoid) and not is_place(got.group("np").split()[0]):
            return np[0], np[1], "receiver_after_verb"
    share = SHARE.search(text, a_start, a_end) is not None
    share_of = SHARE_OF_COST.match(text, a_end, e) if share else None
    if share_of is not None:
        end = phrase_end(text, share_of.end(), e, others)
        if end > share_of.end() and not opens_with((share_of.end(), end), bodies):
            # "dekker 50 prosent av kostnadene ved Bussveien": what the costs are of
            return share_of.end(), end, "share_of"
    share_of = SHARE_OF_COST_NOUN.match(text, a_end, e) if share else None
    if share_of is not None and not overlaps(share_of.start("np"), share_of.end("np"), bodies):
        # "trekkes det 0,5 prosent av driftsbevilgningene": the costs or grants it is a share of
        return share_of.start("np"), share_of.end("np"), "share_of"
    part = PART_OF.match(text, a_end, e) if not share else None
    if part and not overlaps(part.start("np"), part.end("np"), bodies):
        spent_on = SPENT_ON_AFTER_PART.match(text, part.end(), e)
        end = phrase_end(text, spent_on.end(), e, others) if spent_on else 0
        if end > (spent_on.end() if spent_on else 0):
            # "bruke 4 millioner kroner av de distriktsrettede midlene på beitetiltak": what the part is spent on
            return spent_on.end(), end, "part_spent"
        # "gikk 4,1 milliarder kroner av bistanden …", "reverserte 3,9 millioner av kuttet": a part of it
        return part.start("np"), part.end("np"), "part"
    if frame is not None:
        return frame[0], frame[1], "frame"
    return None


#: After the whole an amount is part of, what it goes to: "… av de distriktsrettede midlene på beitetiltak",
#: "… av potten til nye lærerstillinger".
SPENT_ON_AFTER_PART = regex.compile(r"\s+(?:(?:i\s+året|årlig|hvert\s+år)\s+)?(?:på|til)\s+(?!(?:19|20)\d\d\b)(?=\p{L})",
                                    regex.IGNORECASE)


#: Plural bodies that receive money (lang/receiver_groups.txt), as alternatives of a pattern.
_RECEIVERS = "|".join(sorted(word_list("receiver_groups.txt"), key=len, reverse=True))
#: After the kind of money, `til` and whom it goes to: a name ("til Bergensområdet") or bodies ("til kommunene").
RECEIVER_AFTER_KIND = regex.compile(r"\s+til\s+(?:(?:de|alle)\s+)?(?:(?-i:\p{Lu})[\w-]+|(?:\w+\s+)?(?:"
                                    + _RECEIVERS + r")\b)", regex.IGNORECASE)
#: A part of something named after the amount: "… av bistanden", "… av kuttet", "… av kostnaden".
#: (A share's `av` names its base: "90 prosent av prisen".)
SHARE = regex.compile(r"prosent|promille|%", regex.IGNORECASE)
PART_OF = regex.compile(r"\s+(?:(?:kroner|ekstra|i\s+året)\s+)*av\s+(?!(?:disse|dette|denne|dem)\b)"
                        r"(?!det\b(?!\s+(?-i:\p{Ll})[\w-]*e\s))"  # "av det øremerkede tilskuddet", not "av det"
                        r"(?P<np>(?:den\s+|det\s+|de\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?-i:\p{Ll})[\w-]{3,}(?:en|et|ene|a))(?![\w-])", regex.IGNORECASE)
#: A share of the costs of something: "50 prosent av kostnadene ved Bussveien", "80 prosent av kommunenes
#: utgifter til barnevernstiltak".
SHARE_OF_COST = regex.compile(r"\s+av\s+(?:(?:de|den|det)\s+)?(?:[\w-]+\s+)?\w*(?:kostnad|utgift)(?:en|er|ene)?"
                              r"\s+(?:ved|for|til)\s+(?!(?:å|hver|hvert|alle)\b)(?=\p{L})", regex.IGNORECASE)
SHARE_OF_COST_NOUN = regex.compile(r"\s+av\s+(?:(?:de|den|det)\s+)?(?P<np>(?:(?-i:\p{Ll})[\w-]+\s+)?"
                                   # a compound: "driftskostnadene", not the plain "kostnaden" a grant covers
                                   r"\w+(?:kostnad|utgift|bevilgning)(?:en|er|ene)?)(?![\w-])", regex.IGNORECASE)
#: A name: a capitalised word.
NAME_AFTER = regex.compile(r"(?-i:\p{Lu})[\w-]+")
#: Plural bodies that receive money: "kommunene", "fylkene", "skolene".
RECEIVER_GROUP = regex.compile(r"(?:(?:de|alle)\s+)?(?:\w+\s+)?(?:" + _RECEIVERS + r")\b", regex.IGNORECASE)
#: A purpose later in the sentence: "…, nettopp for å styrke eldreomsorgen".
FOR_PURPOSE_LATER = regex.compile(r"\b(?:for|til)\s+å\s+", regex.IGNORECASE)
#: What a `til` after a kind of money opens that is no purpose: a year or a time ("i startlån til høsten"),
#: whom each share goes to ("i byggetilskudd til hver familie").
_NO_PURPOSE = (r"(?!(?:19|20)\d\d\b|(?:høsten|våren|sommeren|vinteren|neste|jul|nyttår|årsskiftet|hver|hvert)\b)")
#: A `til` purpose right after the kind of money shared out, perhaps past its year or its source ("i
#: skjønnsmidler fra Fylkesmannen i Oppland til et lavterskeltilbud").
PURPOSE_AFTER_KIND = regex.compile(r"(?:\s+(?:for|i)\s+(?:19|20)\d\d)?"
                                   r"(?:\s+fra\s+(?:staten|(?-i:\p{Lu})[\w-]*(?:\s+(?:i|og)\s+(?-i:\p{Lu})[\w-]*)?))?"
                                   r"\s+til\s+" + _NO_PURPOSE + r"(?=\p{L})", regex.IGNORECASE)
#: The active forms of a verb of sharing money out ("fordelt", "tildeler", "deler ut"), and such a verb right
#: before the amount: "har fordelt 14,6 millioner".
SHARES_OUT_VERB = r"fordel(?:er|te|t)|tildel(?:er|te|t)|del(?:er|te|t)\s+ut"
SHARED_OUT_BEFORE = regex.compile(rf"\b(?:{SHARES_OUT_VERB})\s+(?:[\w-]+\s+){{0,2}}$", regex.IGNORECASE)
#: What joins the bounds of a range or a change: "fra 500 til 1 000 kroner", "mellom 8 og 12 millioner".
RANGE_JOIN = regex.compile(r"\s*(?:kroner\s+)?(?:til|og|–|-)\s*", regex.IGNORECASE)


#: A verb of cutting or investing a few words before an amount: "kutte 45 millioner kroner i driftsbudsjettet",
#: "kuttet i fjor 1,4 millioner kroner i kulturskolens budsjett", "investere 8 milliarder kroner årlig i
#: sentralnettet".
CUT_OR_INVEST_BEFORE = regex.compile(r"\b(?:kutt(?:e|er|et|es)|skjære|skjærer|skar|spare|sparer|spart|spares|"
                                     r"investere|investerer|investerte|investert|investeres)"
                                     r"(?:\s+(?:ned|bort|inn))?(?:\s+[\w-]+){0,3}?\s+(?:med\s+)?$", regex.IGNORECASE)
#: Where a new clause begins after an amount: a later `til` phrase there is its own clause's, unless the
#: clause goes on about the same money ("…, og pengene går til et anlegg …").
CLAUSE_BREAK = regex.compile(r",\s+(?:og|men|mens|fordi|som|der|noe|hvor|da)\b(?!\s+(?:pengene|midlene|beløpet|summen)\b)|;",
                            regex.IGNORECASE)
#: A `til` phrase after the kind of money: "610 millioner i tilskudd til utleieboliger".
TIL_AFTER_KIND = regex.compile(r"\s+til\s+" + _NO_PURPOSE + r"(?=\p{L})", regex.IGNORECASE)


def kind_phrase(text: str, start: int, end: int, bodies: list[tuple[int, int]]) -> tuple[int, int, str]:
    """The measure after `AMOUNT i <kind of money>`: what a `til` phrase after the kind names, unless
    it names the receiver ("i rammetilskudd til Kongsberg kommune"); else the kind itself."""
    kind = _WORD.match(text, start)
    m = TIL_AFTER_KIND.match(text, kind.end(), end)
    if m and not opens_with((m.end(), end), bodies) and not NAME_AFTER.match(text, m.end()) \
            and not RECEIVER_GROUP.match(text, m.end()) and not names_people(text, m.end()):
        return m.end(), end, "after"
    return start, kind.end(), "kind"  # "i investeringsstøtte til landbruket", "i rekrutteringstilskudd til fastleger"


#: Words before the people a phrase names: "alle", "unge", "nye".
PEOPLE_BEFORE = regex.compile(r"(?:(?:hver|hvert|alle|de|unge|nye|ulike|flere|mange)\s+)*", regex.IGNORECASE)


def names_people(text: str, start: int) -> bool:
    """Whether the phrase at start names people or a sector that gets money (lang/beneficiary_nouns.txt,
    its compounds too), by its head: the last of its first words before a function word ("næringsdrivende
    fastleger som …", "fastleger i hele landet", "sauebønder i fylket", "lag og foreninger")."""
    head = None
    for k, w in enumerate(_WORD.finditer(text, PEOPLE_BEFORE.match(text, start).end())):
        joined = head is None or not text[head.end():w.start()].strip()  # (a comma or a bracket ends the phrase)
        if k == 3 or not joined or w.group(0).lower() in word_list("function_words.txt"):
            break
        head = w
    if head is None:
        return False
    low = head.group(0).lower()
    lemma = lemma_of(low)
    return is_beneficiary(lemma) or any(len(b) > 3 and low.endswith((b, b + "e", b + "r", b + "er", b + "ene", b + "ne"))
                                        for b in word_list("beneficiary_nouns.txt"))


def is_beneficiary(lemma: str) -> bool:
    """Whether a noun's lemma names people or a sector that gets something (lang/beneficiary_nouns.txt),
    also as the end of a compound ("førstegangskjøper", "sauebonde")."""
    nouns = word_list("beneficiary_nouns.txt")
    return lemma in nouns or any(len(b) > 3 and lemma.endswith(b) for b in nouns)


#: A list item or table row that labels its amount: "- rassikring på fv. 287 i Sigdal: mellom 35 og 40 millioner".
#: In a table row, the numbers of the columns before: "Samferdsel | 248,3 | 259,1", "Hjemmetjenesten: 112,4 → 118,9".
ITEM_LABEL = regex.compile(rf"{LIST_MARKS}(?P<label>[^:|\n]{{3,120}}?)\s*[:|]\s*(?:{qualifier_pattern()}\s+|mellom\s+)?"
                           rf"(?:{DIGITS}\s*(?:\||→|->)\s*)*$",
                           regex.IGNORECASE)
#: A receiving verb after a subject: "Fylkesmennene får", "Nye fastleger kan få".
GETS = regex.compile(r"\s+(?:(?:kan|vil|skal)\s+)?(?:få|får|fikk|mottar|mottok|"
                     r"(?:foreslås|er|ble|blir)\s+(?:\w+\s+)?(?:tilført|tildelt))\b", regex.IGNORECASE)
#: The kind of money right after an amount: "1,2 milliarder kroner i momskompensasjon", "kutter 70
#: millioner i arbeidsmarkedstiltak", "4,5 millioner kroner mer i driftstilskudd".
KIND_AFTER = regex.compile(r"\s+(?:(?:mer|mindre|ekstra|årlig)\s+)?i\s+(?=(?-i:\p{Ll}|\p{Lu}{2,}-\p{Ll}))", regex.IGNORECASE)
#: Words that open or end an `i` phrase that is no kind of money: a share of the year, a budget or
#: proposal it is compared with or counted in, a place word.
KIND_STOP = {"året", "år", "tillegg", "alt", "snitt", "gjennomsnitt", "statsbudsjettet", "budsjettet", "fjor", "dag",
             "uka", "uken", "måneden", "timen", "døgnet", "kommunen", "kommunene", "landet", "byen", "fylket",
             "regionen", "perioden", "løpet", "forhold", "forbindelse", "underkant", "overkant", "revidert",
             "saldert", "opprinnelig", "opprinnelige", "vedtatt", "vedtatte", "økning", "overskudd", "underskudd", "nettoutgifter", "nettobudsjettet", "rammen",
             "forslaget", "forslag", "proposisjonen", "avtalen", "oppgjøret", "planen", "økonomiplanen",
             "handlingsplanen", "handlingsprogrammet", "kommunebudsjettet", "fylkesbudsjettet"}
#: Endings of a first word that make an `i` phrase a time or the budget the amount stands in, not a kind of
#: money: "i avtaleåret", "i skoleåret", "i budsjettforslaget", "i investeringsbudsjettet" (where the
#: money is placed; "kutter 14 millioner i skolebudsjettet" cuts what it names).
KIND_STOP_ENDINGS = ("året", "forslaget", "proposisjonen", "investeringsbudsjettet")
#: Words that end a kind of money (lang/money_kinds.txt): "skjønnsmidler", "startlån", "innsparinger".
MONEY_KIND = regex.compile(r"(?:" + "|".join(rf"[\w-]+{w[1:]}" if w.startswith("-") else w
                                              for w in sorted(word_list("money_kinds.txt"))) + r")$", regex.IGNORECASE)
#: A grant or scheme an amount is paid through, after the amount and perhaps the base of a share: "dekker 40
#: prosent av byggekostnadene gjennom investeringstilskudd".
THROUGH_AFTER = regex.compile(r"(?:\s+" + OUT_OF + r")?\s+gjennom\s+"
                              r"(?P<np>(?:(?:det|den|de)\s+)?(?:[\w-]+\s+)?[\w-]+)(?=[\s,.;:]|$)", regex.IGNORECASE)
#: What THROUGH_AFTER takes: a kind of money or a scheme ("tilskuddsordningen").
MONEY_KIND_OR_SCHEME = regex.compile(rf"{MONEY_KIND.pattern}|ordning$", regex.IGNORECASE)
#: What an amount is earmarked for: "60 millioner kroner øremerket nye behandlingsplasser"; right after
#: the amount (EARMARKED_AFTER): "Av dette er 400 millioner øremerket rusarbeidet i kommunene".
_EARMARK = r"\b(?:øremerke[st]?|tiltenkt|reservert)\s+(?:til\s+)?(?=(?-i:\p{Ll}))"
EARMARKED = regex.compile(_EARMARK, regex.IGNORECASE)
EARMARKED_AFTER = regex.compile(r"\s+(?:er\s+|blir\s+)?" + _EARMARK, regex.IGNORECASE)


#: A scheme or fund and the frame it has, right before the amount: "en ordning med en årlig ramme på",
#: "et statlig investeringsfond for karbonfangst med en startkapital på".
WITH_FRAME = regex.compile(r"(?P<np>(?:[\w-]+\s+){0,5}?[\w-]+),?\s+med\s+(?:en\s+|et\s+)?(?:(?:årlig|samlet|total|foreløpig)e?\s+)?"
                           r"(?:ramme|startkapital|kostnadsramme|pott|budsjett|\w*sats)\s+på\s+(?:mellom\s+)?$", regex.IGNORECASE)
#: Nouns for the size of a scheme or the rate of a tax, which the scheme or tax they belong to names:
#: "startkapital", "kostnadsramme", "Eiendomsskatten videreføres med en skattesats på".
FRAME_NOUNS = {"startkapital", "startkapitalen", "kostnadsramme", "kostnadsrammen", "pott", "potten", "sats", "satsen",
               "skattesats", "skattesatsen", "promillesats"}
#: A passive verb closing the noun phrase of a frame's owner: "Eiendomsskatten | videreføres med …".
PASSIVE_LAST = regex.compile(r"\w{3,}es", regex.IGNORECASE)
#: Pronouns, modals and the infinitive mark that open a clause before a frame's owner.
CLAUSE_OPENERS = frozenset(("vi", "jeg", "de", "han", "hun", "den", "det", "å", "vil", "skal", "kan", "må", "bør"))


def framed_noun(text: str, s: int, before: str) -> tuple[int, int] | None:
    """The scheme a frame belongs to (WITH_FRAME): its noun phrase from after the last determiner."""
    m = WITH_FRAME.search(before)
    if m is None:
        return None
    words = m.group("np").split()
    if len(words) > 1 and (words[-1].lower() in word_list("finite_verbs.txt") or PASSIVE_LAST.fullmatch(words[-1])):
        words = words[:-1]
    # after the last determiner, pronoun or verb before it: "Vi vil | beholde formuesskatten", "et | eget fond"
    stop = DETERMINERS | word_list("finite_verbs.txt") | CLAUSE_OPENERS
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in stop), default=0)
    words = words[cut:]
    if not words:
        return None
    return words_span(text, s + m.start("np"), m.group("np"), words)


#: A noun the amount is the value of, before `for`: "investeringer for til sammen 1,4 milliarder kroner",
#: "startlån for 3,2 milliarder kroner".
VALUED_FOR = regex.compile(r"(?P<np>(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+))\s+for\s+(?:(?:til\s+sammen|totalt|i\s+alt)\s+)?$",
                           regex.IGNORECASE)
#: A word that may qualify a noun before it: an adjective or a participle in -e ("nye", "statlige", "økte").
QUALIFYING_WORD = regex.compile(r"(?-i:\p{Ll})[\w-]*(?:e|ig|lig|sk)", regex.IGNORECASE)
VALUED_HEADS = regex.compile(r"investering(?:er|ene|en)?|tiltak(?:ene)?|kontrakt(?:er|en|ene)?|tilsagn(?:et|ene)?|"
                             r"innkjøp(?:et|ene)?|kompensasjon(?:en)?", regex.IGNORECASE)


@cache
def phrase_stop_words() -> frozenset[str]:
    """Words that end what comes before a noun phrase's own words: determiners, function words and the
    verbs that stand right before an object ("har lagt inn", "foreslår")."""
    return frozenset(DETERMINERS | word_list("function_words.txt") | word_list("past_tense.txt")
                     | word_list("finite_verbs.txt"))


def valued_for(text: str, s: int, before: str, avoid: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The noun phrase an amount after `for` is the value of (VALUED_FOR): a kind of money or an
    investment, a contract, a measure; not a verb's `for` ("oppgradere for 200 millioner")."""
    m = VALUED_FOR.search(before)
    if m is None or not (VALUED_HEADS.fullmatch(m.group("head")) or MONEY_KIND.search(m.group("head"))):
        return None
    words = m.group("np").split()
    stop = phrase_stop_words()
    first = len(words) - 1
    while first > 0 and words[first - 1].lower() not in stop and QUALIFYING_WORD.fullmatch(words[first - 1]):
        first -= 1  # the adjectives before the head: "nye investeringer", not "første kvartal startlån"
    span = words_span(text, s + m.start("np"), m.group("np"), words[first:])
    return span if span is not None and not overlaps(*span, avoid) else None


def words_span(text: str, start: int, np: str, words: list[str]) -> tuple[int, int] | None:
    """The span of `words`, the tail of the phrase `np` that starts at text[start], where they stand
    there with single spaces."""
    phrase = " ".join(words)
    k = start + np.rfind(phrase)
    return (k, k + len(phrase)) if text[k:k + len(phrase)] == phrase else None


#: A kind of money with up to two words that qualify it: "ekstraordinært skjønnstilskudd", "humanitær støtte",
#: "ekstra skjønnsmidler" (the qualifying words lowercase, the last word a kind of money).
QUALIFIED_KIND = regex.compile(r"(?:(?-i:\p{Ll})[\w-]*\s+){1,2}?(?P<head>[\w-]+)(?=[\s,.;:]|$)")


#: Money named by no kind of its own: "statlige midler til Møreaksen" is money for Møreaksen.
PLAIN_FUNDS = frozenset(("midler", "midlene", "penger", "pengene"))


def money_kind_phrase(text: str, start: int, e: int):
    """The kind of money at `start` with the words that qualify it, where its last word is a kind of money
    (MONEY_KIND) and no word before it is a function word: a match whose group(0) is the phrase, or None."""
    m = QUALIFIED_KIND.match(text, start, e)
    if m is None or not MONEY_KIND.search(m.group("head")) or m.group("head").lower() in PLAIN_FUNDS:
        return None
    before = _WORD.findall(text[start:m.start("head")])
    return None if any(w.lower() in word_list("function_words.txt") or w.lower() in KIND_STOP for w in before) else m


def kind_after(text: str, a_end: int, e: int, others: list[tuple[int, int]], blockers: list[tuple[int, int]],
               bodies: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The kind of money named right after an amount: "1,2 milliarder kroner i momskompensasjon"."""
    m = KIND_AFTER.match(text, a_end, e)
    if m is None:
        return None
    end = phrase_end(text, m.end(), e, others)
    words = _WORD.findall(text[m.end():end])
    if words and words[0].lower() not in KIND_STOP and words[-1].lower() not in KIND_STOP \
            and not words[0].lower().endswith(KIND_STOP_ENDINGS) \
            and not {"alternative", "alternativt"} & {w.lower() for w in words[:3]} \
            and (not overlaps(m.end(), end, bodies) or owned_by_body(text, (m.end(), end), bodies)) \
            and not any(b[0] == m.end() for b in blockers):
        # (not a party's budget it stands in: "i partiets alternative budsjett"; a body's own spending is:
        # "kutter 8 millioner kroner i fylkeskommunens konsulentbruk")
        kind = _WORD.match(text, m.end())
        purpose = PURPOSE_AFTER_KIND.match(text, kind.end(), end)
        if purpose is not None and not NAME_AFTER.match(text, purpose.end()) \
                and not RECEIVER_GROUP.match(text, purpose.end()) and not opens_with((purpose.end(), end), bodies):
            # "fikk 300 000 kroner i prosjektmidler fra Nasjonalbiblioteket til et leseombud": what it is for
            return purpose.end(), end, "after"
        return m.end(), end, "kind"
    return None


#: A bulleted item whose amount follows its label and a comma: "- ny turnusordning ved Surnadal sjukeheim, 1,8 millioner".
COMMA_LABEL = regex.compile(rf"[^\S\n]*[-•–*·][^\S\n]+(?P<label>[^:|\n]{{3,120}}?),(?=[^,\n]*$)\s*"
                            rf"(?:{qualifier_pattern()}\s+|mellom\s+)?", regex.IGNORECASE)


def item_label(text: str, sent: tuple[int, int], amount: tuple[int, int],
               bodies: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The label of a list item or table row, standing before its amount."""
    m = ITEM_LABEL.fullmatch(text, sent[0], amount[0]) or COMMA_LABEL.fullmatch(text, sent[0], amount[0])
    if m and not overlaps(m.start("label"), m.end("label"), bodies):
        return m.start("label"), m.end("label"), "label"
    return None


def fallback_phrase(text: str, sent: tuple[int, int], amount: tuple[int, int],
                    blockers: list[tuple[int, int]], bodies: list[tuple[int, int]],
                    money: bool = True) -> tuple[int, int, str] | None:
    """Where no phrase rule and no tree found a measure: a list item's label, the kind of money
    after a money amount (`i` + a noun; after a count, `i` names where: "2 000 lærlingplasser i stat
    og kommune"), or what the amount is earmarked for."""
    s, e = sent
    a_start, a_end = amount
    others = [b for b in blockers if b != amount and b[0] >= a_end]
    label = item_label(text, sent, amount, bodies)
    if label is not None:
        return label
    kind = kind_after(text, a_end, e, others, blockers, bodies) if money else None
    if kind is not None:
        return kind
    m = EARMARKED.search(text, a_end, e)
    if m:
        end = phrase_end(text, m.end(), e, others)
        if end > m.end():
            return m.end(), end, "earmarked"
    m = RELATIVE_COST.search(text, max(s, a_start - 100), a_start)
    if m:
        phrase = antecedent_phrase(text, s, m.start())
        # a phrase that opens with a count says what the money buys; the quantity rule reads what it is for
        if phrase and not overlaps(*phrase, bodies) and not any(b[0] == phrase[0] for b in blockers):
            return phrase[0], phrase[1], "relative"
    m = GIVE_OBJECT.search(_QUALIFIER_BEFORE.sub("", text[max(s, a_start - 80):a_start]))
    if m and money and not is_place(m.group("np")):
        # "Vi vil gi politiet i distriktene 500 millioner kroner": with no purpose, who gets it
        start = max(s, a_start - 80) + m.start("np")
        return start, start + len(m.group("np")), "given"
    return None


#: A budget or proposal as the subject that gives money: "Vårt alternative budsjett gir humanitær bistand …" (an
#: offer or agreement is a measure itself: "Tilbudet gir bøndene 15 000 kroner mer").
PROPOSAL_HEAD = regex.compile(r"\w*(?:budsjett|forslag|opplegg)\w*", regex.IGNORECASE)
#: A phrase ending in a preposition: no indirect object ("gi strøm til rundt 200 000 mennesker").
ENDS_IN_PREPOSITION = regex.compile(r"\s(?:til|for|på|i|med|av|om)$", regex.IGNORECASE)
#: The purpose after an amount a body gets, past where it comes from: "… fra Enova for å ta i bruk …".
PURPOSE_AFTER = regex.compile(r"(?:\s+(?:kroner|ekstra|mer|årlig|i\s+året))*(?:\s+fra\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
                              r"\s+(?:for\s+å|til\s+å)\s+", regex.IGNORECASE)
#: Later in the sentence, what the money is to be spent on: "Ahus får 85 millioner kroner ekstra i år, som skal gå
#: til økt pasientbehandling", "…, og pengene skal i hovedsak brukes til å ansette flere politibetjenter".
SPENT_LATER = regex.compile(r",\s+(?:som|og\s+(?:det\s+meste\s+av\s+|mesteparten\s+av\s+|hoveddelen\s+av\s+)?"
                            r"(?:pengene|midlene|beløpet))\s+(?:skal|vil|kan|må)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:gå\s+til|brukes\s+(?:til|på)|benyttes\s+til)\s+(?:å\s+(?:[\w-]+\s+)?)?", regex.IGNORECASE)


def spent_later(text: str, a_end: int, e: int, others: list[tuple[int, int]],
                times: list[tuple[int, int]] = ()) -> tuple[int, int, str] | None:
    """(start, end, rule) of what the money is to be spent on, said later in its sentence (SPENT_LATER),
    before any other amount (`others` less the `times`)."""
    limit = min([e] + [b[0] for b in others if b[0] >= a_end and b not in times])
    m = SPENT_LATER.search(text, a_end, limit)
    if m is None:
        return None
    end = phrase_end(text, m.end(), e, others)
    return (m.end(), end, "spent") if end > m.end() else None


#: A verb of giving and its indirect object right before the amount: "gi politiet i distriktene", "ga
#: Heimevernet" (not a pronoun, "gi dem", nor in a relative clause whose antecedent is what the money is
#: for: "fjerne elavgiften, noe som gir husholdningene 11 milliarder tilbake").
GIVE_OBJECT = regex.compile(r"(?<!\bsom\s)\b(?:gi|gir|ga|gav|gitt|tilføre|tilfører|tilførte)\s+"
                            r"(?P<np>(?!(?:de|dem|det|den|oss|seg|meg|deg|ham|henne|alle|hver|en|et)\b)[\w-]+"
                            r"(?:\s+[\w-]+){0,4}?)(?:\s+mellom)?\s+$", regex.IGNORECASE)


#: A relative clause after a comma: the verb before it is not the one its `til` amount goes with ("bygge en
#: ny brannstasjon, som er kostnadsberegnet til 60 millioner").
RELATIVE_AFTER_COMMA = regex.compile(r",\s*(?:som|noe)\b", regex.IGNORECASE)
#: A relative clause that prices what stands before its comma: "parkeringshuset på Brattøra, som ifølge
#: rådmannen vil koste …", "nye Drammen stasjon, som er beregnet til å koste …", "heve satsene, noe som koster …",
#: "utvide studiestøtten til 11 måneder, en reform som koster …".
RELATIVE_COST = regex.compile(r",\s+(?:(?:(?:en|et|ei)\s+[\w-]+\s+)?(?:som|noe(?:\s+som)?)\s+(?:[\w-]+\s+){0,6}?"
                              r"(?:koster|kostet|koste|kommer\s+på|utgjør|(?:kostnads)?beregnet\s+til|anslått\s+til|"
                              r"budsjettert\s+(?:med|til)|verdsatt\s+til|verdsetter\s+til|"
                              # what it saves: "…, som sparer staten for om lag 35 millioner", "…, noe som vil spare …"
                              r"spar(?:er|te|e)(?:\s+(?:staten|kommunen|fylket|fylkeskommunen|oss|[\w-]+(?:en|et))\s+for)?|"
                              # what it comes to: "disposisjonsfondet, som ved utgangen av 2023 ventes å være på …"
                              r"(?:er|var|blir|ble|være|bli)\s+på|"
                              # what it gets, with no purpose: "Nord universitet, som i år får 2,1 milliarder kroner"
                              r"får|fikk|mottar|mottok)|"
                              # or a participle or cost phrase with no `som`: "nytt renseanlegg, anslått til mellom 55 og
                              # 70 millioner", "seks nye årsverk, til en kostnad av 4,1 millioner", "fast makspris, satt til 50 øre"
                              r"(?:kostnads)?beregnet\s+til|anslått\s+til|budsjettert\s+(?:med|til)|priset\s+til|"
                              r"stipulert\s+til|satt\s+til|til\s+en\s+(?:\w+\s+)?(?:kostnad|pris)\s+(?:av|på))\s+"
                              r"(?:mellom\s+(?:\d[\d\s,.]*\s+og\s+)?)?$", regex.IGNORECASE)
#: Where the phrase before a relative clause starts: after `å` or a modal and its verb (with a particle:
#: "legge ned"), after a finite verb or a preposition that opens the object, or after a comma.
ANTECEDENT_START = regex.compile(r"(?:\b(?:å|vil|skal|kan|må|bør)\s+[\w-]+(?:\s+(?:ned|opp|ut|inn|igjen|fram|frem|bort|sammen))?|"
                                 r"\b(?:er|var|har|vil|skal|får|fikk|henter|"
                                 r"foreslår|foreslo|krever|krevde|vedtok|innfører|innførte|ved|via|om|mot|gjennom|enn)|,)\s+",
                                 regex.IGNORECASE)


def antecedent_phrase(text: str, s: int, comma: int) -> tuple[int, int] | None:
    """The noun phrase right before a relative clause's comma, from where its verb or preposition leaves
    off (at most eight words)."""
    starts = [m.end() for m in ANTECEDENT_START.finditer(text, s, comma)]
    start = starts[-1] if starts else s
    lead = _LEAD.match(text[start:comma])
    start += lead.end() if lead else 0
    words = _WORD.findall(text[start:comma])
    if not words or len(words) > 8 or words[0].lower() in SUBJECT_SKIP - DETERMINERS:
        return None
    return start, comma


#: After an amount, what may stand before its `til`/`på` phrase: "mer enn regjeringen", "mindre enn i fjor".
COMPARED_BEFORE_PHRASE = regex.compile(r"\s*,?\s*(?:mer|mindre|flere|færre)\s+enn\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                                       r"(?=\s+(?:til|på|for)\s)", regex.IGNORECASE)


def past_times_and_comparisons(text: str, end: int, limit: int, times: list[tuple[int, int]]) -> int:
    """Where the measure phrase after an amount may start: past times right after it ("de neste fire
    årene"), a comparison ("mer enn regjeringen") and where the money comes from ("av egne midler")."""
    moved = True
    while moved:
        moved = False
        for a, b in times:
            if end <= a <= end + 2 and b <= limit and not text[end:a].strip():
                end, moved = b, True
        m = COMPARED_BEFORE_PHRASE.match(text, end, limit) or OWN_SOURCE.match(text, end, limit)
        if m:
            end, moved = m.end(), True
    return end


#: Where the money comes from, right after the amount and before what it is for: "av egne midler", "fra
#: kommunens eget fond", "fra disposisjonsfondet", "fra staten" ("investerer 17 millioner kroner av egne midler i
#: nye lokaler", "får 34 millioner kroner fra staten i driftstilskudd").
OWN_SOURCE = regex.compile(r"\s+(?:av|fra)\s+(?:(?:(?:egne|eget|sine|sitt|kommunens|fylkets|fylkeskommunens|statens)\s+){0,2}"
                           r"\w*(?:midler|fond|fondet|kasse|kassa|budsjett)|staten|kommunen|fylket|fylkeskommunen)"
                           r"(?=\s+(?:til|på|i|for)\s)", regex.IGNORECASE)


SUBJECT_SKIP = {"det", "dette", "den", "de", "disse", "herav", "hvorav", "derav", "vi", "ved", "pengene", "penger", "midlene", "beløpet", "jeg", "han", "hun", "dere", "nå", "i", "siden", "totalt",
                "samlet", "til", "for", "med", "men", "og", "da", "derfor", "også", "her", "der", "slik", "dermed",
                "samtidig", "etter", "før", "under", "over", "om", "av", "på", "fra", "mens", "når", "hvis", "dersom",
                "som", "alle", "flere", "mange", "regjeringen", "regjeringa", "ifølge", "allerede", "bare", "kun",
                "enda", "likevel", "dessuten", "videre", "deretter", "neste", "hvert", "hver", "ingen", "noen",
                "mellom", "rundt", "cirka", "ca", "opptil", "inntil", "minst", "nesten", "drøyt", "snaut",
                "uten", "fordi", "selv", "tross", "trass",
                # a body that acts is never what the money is for: "Kommunen setter av 3 millioner …"
                "kommunen", "fylket", "fylkeskommunen", "staten", "departementet", "direktoratet", "byrådet",
                "bystyret", "kommunestyret", "fylkestinget", "rådmannen", "kommunedirektøren", "partiet",
                "organisasjonen", "forbundet", "foreningen", "sykehuset", "helseforetaket", "selskapet", "foretaket",
                # a share of money named before: "Resten av økningen, 15 millioner kroner, går til …"
                "resten", "halvparten", "mesteparten", "størsteparten", "hoveddelen", "brorparten",
                # a finite verb first opens a condition or a question: "Skal vi snu utviklingen, må …"
                "skal", "vil", "kan", "må", "bør", "tar", "får", "blir", "er", "var", "har", "hadde", "går", "gir"}
SUBJECT_END = regex.compile(r"\s(?:er|var|har|hadde|blir|ble|skal|vil|må|kan|bør|skulle|ville|kunne|måtte|burde|som|får|fikk|gikk|går|gir|ga|kommer|kom|"
                            r"signerte|mottok|mottar|finansieres|"
                            r"økte|økes|øker|falt|faller|styrkes|reduseres|kuttes|settes|bevilges|utgjør|utgjorde|"
                            r"foreslås|heves|senkes|videreføres|trappes|prioriteres|justeres|endres|tilføres|tildeles|"
                            r"koster|kostet|ligger|lå|endte|vokste|vokser|steg|stiger|sank|synker|inneholder|omfatter|forutsetter|"
                            r"innebærer|sikrer|gjelder|betyr|utvides|innføres|etableres|opprettes|bygges|"
                            r"dekker|dekket|tilsvarer|tilsvarte|"
                            r"anslås|beregnes|ventes|antas|budsjetteres|kalkuleres|holdes|holdt)\b", regex.IGNORECASE)


#: Where a clause of its own begins inside a sentence: its subject, not the sentence's, goes with a verb
#: in it (a main clause after ", og" too: "…, og særtilskuddet heves med 40 000 kroner").
CLAUSE_OPEN = regex.compile(r"(?:,\s*|\s)(?:mens|men|fordi|slik\s+at|at|når|hvis|dersom|ettersom|selv\s+om)\s+(?=\p{Ll})"
                            r"|,\s*og\s+(?!(?:at|når|hvis|dersom|som)\s)(?=\p{L})|(?<![\w,-][^\S\n]*)(?:Når|Hvis|Dersom|Ettersom|Selv\s+om)\s+(?=\p{Ll})")
def clause_subject(text: str, start: int, limit: int, bodies: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject of a clause inside a sentence, unless it is an actor ("Tilskuddsordningen forutsetter at
    kommunene bidrar med 12 millioner": the municipalities pay, the scheme is what it is for)."""
    subject = subject_phrase(text, start, limit, lower=True)
    return None if subject is None or overlaps(*subject, bodies) else subject


#: A clause reported with `at`, or right after a verb of saying or believing ("sier avtalen koster …"): its subject
#: is what the amount is about.
REPORTED_THAT = regex.compile(r"(?<=\s)(?:at|(?:sier|sa|mener|tror|anslår|anslo|opplyser|opplyste|påpeker|understreker|"
                              r"forteller|fortalte)(?!\s+at\b))\s+(?=\p{Ll})")


#: Emissions or energy use as the object of a cut: what the cut is measured in, not what makes it.
EMISSIONS = regex.compile(r"\s*(?:(?:de|det)\s+)?(?:\w+\s+)?\w*(?:utslipp|utslippene|energibruk|energibruken|forbruket)\b",
                          regex.IGNORECASE)
#: Between a subject and its verb, a modal or an expectation: "Tiltaket vil kutte", "Tiltakene ventes å kutte"
#: (not a goal: "Målet er å kutte").
WILL_DO = regex.compile(r"\s+(?:alene\s+)?(?:skal|vil|kan|kunne|ventes\s+å|forventes\s+å|anslås\s+å|er\s+ventet\s+å)\s+"
                        r"(?:(?:bidra\s+til\s+å|være\s+med\s+på\s+å)\s+)?", regex.IGNORECASE)
#: A budget or frame noun before whom it is for: "rammen til kulturskolen", "budsjettet for barnevernet".
FRAME_OF_COMPLEMENT = regex.compile(r"(?:\w*rammen|\w*budsjettet|bevilgningen)\s+(?:til|for)\s+(?=\p{L})", regex.IGNORECASE)
#: The first amount of a change `fra A til`, before the second: "fra 392 til", "fra 1,5 millioner kroner til".
FROM_AMOUNT = regex.compile(rf"\s+fra\s+\d[\d\s.,]*(?:\s+(?:{scale_pattern()}|kroner|prosent|promille))*\s*$",
                            regex.IGNORECASE)
#: A verb of setting with its object before `til AMOUNT`: "har satt Husbankens låneramme til", "settes
#: prisen ned til".
SET_TO = regex.compile(r"\b(?:satt|setter|sette|settes|satte)\s+(?P<np>(?!(?:av|ned|opp|i\s+gang)\b)[\w-]+"
                       r"(?:\s+(?!(?:ned|opp|til)\b)[\w-]+){0,5}?)\s+(?:(?:ned|opp)\s+)?til\s+$", regex.IGNORECASE)
#: A verb of rising or falling whose particle closes its subject: "går foreldrebetalingen opp fra …".
RISES_OR_FALLS = regex.compile(r"\b(?:går|gikk|gått)\s+(?:[\w-]+\s+){1,10}?(?P<v>opp|ned)(?=\s+(?:med|fra)\s)",
                               regex.IGNORECASE)
#: A sentence that opens with an adverbial and puts its subject after the finite verb: "I fjor ble
#: investeringsmidlene til landbruket kuttet", "Samtidig går foreldrebetalingen …".
VERB_SECOND = regex.compile(r"(?:(?:Samtidig|Nå|Dermed|Likevel|Derfor|Da|Deretter|Senere|Tidligere|Også|Allerede|Dessuten)"
                            r"|(?:I|Fra|Etter|Før|Innen|Siden|Neste|Forrige|Om|På|Ifølge)(?:\s+[\w.-]+){1,2}?"
                            r"|For\s+å(?:\s+[\w-]+){1,3}?)\s+"
                            r"(?:ble|blir|er|var|har|hadde|vil|skal|kan|må|bør|går|gikk)\s+"
                            r"(?P<np>(?:(?:den|det|de)\s+)?(?-i:\p{Ll})[\w-]{3,}"
                            r"(?:\s+(?!(?:at|som|men|har|hadde|er|var|blir|ble|vil|skal|kan|må)\b|og\s+(?-i:\p{Ll}))"
                            r"[\w-]+){0,8}?)\s*")


#: What a measure gives rather than is: a saving, a loss of revenue, extra costs.
RESULT_HEADS = frozenset(("innsparing", "innsparingen", "innsparinger", "besparelse", "besparelser", "provenytap",
                          "provenytapet", "inntektstap", "inntektstapet", "merutgift", "merutgifter", "merkostnad",
                          "merkostnader", "inntekter", "inntekt", "driftsutgifter", "leieverdi"))
#: The verb that gives such a result, up to the result noun: "som gir en innsparing", "vil gi et provenytap".
GIVES_RESULT = regex.compile(r"\b(?:gi|gir|ga|gitt|gis|betyr|innebærer|tilsvarer)\s+(?:[\w-]+\s+){0,3}$", regex.IGNORECASE)
#: A pronoun opening a sentence (perhaps after a list mark).
PRONOUN_OPENS = regex.compile(rf"{LIST_MARKS}?(?:Det|Dette|Den|De|Disse)\s", regex.IGNORECASE)


def result_cause(text: str, s: int, verb: int) -> tuple[int, int] | None:
    """What gives a result named by the verb at `verb`: the antecedent of a relative `…, som gir` or
    `…, noe som gir`, else the sentence's subject noun phrase (not a pronoun)."""
    rel = list(RESULT_RELATIVE.finditer(text, s, verb))
    if rel and RESULT_RELATIVE.fullmatch(text, rel[-1].start(), verb):
        comma = rel[-1].start()
        lead = _LEAD.match(text, s, comma)
        start = lead.end() if lead else s
        if len(_WORD.findall(text[start:comma])) <= 10:  # "• åpningstiden ved Kolbotn bibliotek reduseres, som gir …"
            return start, comma
        return antecedent_phrase(text, s, comma)
    said = list(REPORTED_THAT.finditer(text, s, verb))  # "Rådmannen regner med at vakansene gir …"
    return subject_phrase(text, said[-1].end(), verb, lower=True) if said else subject_phrase(text, s, verb)


#: A relative clause that gives a result, from its comma to its verb: ", som vil gi", ", noe som gir".
RESULT_RELATIVE = regex.compile(r",\s*(?:noe\s+)?som\s+(?:(?:vil|skal|kan|trolig|også)\s+)*", regex.IGNORECASE)


def subject_after_verb(text: str, s: int, limit: int) -> tuple[int, int] | None:
    """The subject between the finite verb of a sentence that opens with an adverbial and the verb or
    particle at limit (VERB_SECOND): not a pronoun, a number or a name."""
    lead = _LEAD.match(text, s, limit)
    m = VERB_SECOND.fullmatch(text, lead.end() if lead else s, limit)
    if m is None or m.group("np").split()[0].lower() in SUBJECT_SKIP or any(ch.isdigit() for ch in m.group("np")):
        return None
    return m.start("np"), m.end("np")


def subject_phrase(text: str, s: int, limit: int, lower: bool = False) -> tuple[int, int] | None:
    """The noun phrase a sentence (or with `lower`, a reported `at` clause) opens with, up to its verb:
    `Utslippene i Norge` (har falt …)."""
    lead = _LEAD.match(text[s:limit])
    start = s + (lead.end() if lead else 0)
    first = _WORD.match(text[start:limit])
    determiner = first is not None and DETERMINER_NP.match(text, start, limit) is not None  # "Det nye helsefagbygget"
    if not first or not (lower or first.group(0)[:1].isupper()) \
            or (first.group(0).lower() in SUBJECT_SKIP and not determiner) \
            or (parse_number(first.group(0)) is not None and first.group(0).lower() not in ARTICLES):
        return None  # (an article opens a noun phrase: "at en full rehabilitering vil koste …")
    m = SUBJECT_END.search(text, start, limit)
    if m is None and len(_WORD.findall(text[start:limit])) > 3:
        return None  # no verb ends it: not a subject noun phrase ("Forsvarsbygg signerte i april …")
    end = m.start() if m else limit
    last = UNKNOWN_VERB.search(text, start, end) if m is None else None
    if last is not None and noun_lemma(last.group(1)) is None:
        end = last.start()  # a verb the list does not know right before the amount: "at etaten trenger om lag …"
    while end > start and text[end - 1] in " ,":
        end -= 1
    year = SUBJECT_YEAR.search(text, start, end)  # "Investeringsbudsjettet for 2021 er på …": the year dates it
    end = year.start() if year else end
    adverb = SUBJECT_ADVERB.search(text, start, end)  # "Boligløftet alene vil koste …"
    end = adverb.start() if adverb and adverb.start() > start else end
    if end <= start or end - start > 90 or any(ch.isdigit() for ch in ROAD_NUMBER.sub("", text[start:end])):
        return None  # (a number in it is an amount, unless it names a road: "Rassikringen av fylkesvei 17")
    inner = SPEAKER_INSIDE.search(text, start, end)
    if inner is not None:  # "Representanten sier partiet vil …", "NTE anslår at selskapet må …": what is said
        return subject_phrase(text, inner.end(), limit, lower=True)
    return start, end


#: What ends a speaker's part before what is said: a speech verb, a reported `at`, a colon (and a quote's dash).
SPEAKER_INSIDE = regex.compile(rf"(?:(?<![\w-])(?:(?!ifølge){speech_verb_pattern()}|anslår|beregnet|regner\s+med)"
                               r"(?:\s+at)?(?![\w-])|\s+at(?=\s+(?-i:\p{Ll}))|\s*:(?:\s*[–—])?\s*)(?=\S)(?!.*:)",
                               regex.IGNORECASE)


#: A subject's last word that may be its verb: a form in -er after at least one word, right before the
#: amount ("en pendlerfamilie sparer", "etaten trenger"); the verb where it is no noun form.
UNKNOWN_VERB = regex.compile(r"(?<=\w)\s+((?-i:\p{Ll})\w{2,}er)\s*$")
#: The indefinite articles, which parse as the number one.
ARTICLES = frozenset(("en", "et", "ei"))
#: Adverbs after a subject, before its verb: not part of the noun phrase.
SUBJECT_ADVERB = regex.compile(r"(?:\s+(?:alene|også|dermed|derfor|nå|altså|likevel|dessuten|bare|selv|da|"
                               r"allerede|fortsatt|fremdeles|heller|samlet|totalt))+$", regex.IGNORECASE)
#: A year that dates a subject noun phrase, at its end: "Investeringsbudsjettet for 2021", "Rammen i 2024",
#: "løsdriftskravet fra 2034".
SUBJECT_YEAR = regex.compile(r"\s+(?:for|i|fra|fra\s+og\s+med|etter)\s+(?:(?:19|20)\d\d(?:[–/-](?:19|20)?\d\d)?)$", regex.IGNORECASE)


#: `Det`, `Den`, `De` as a determiner: an adjective or a noun follows, then the verb
#: ("Det nye helsefagbygget er kostnadsberegnet …"), not "Det er …"; `Hver`/`Hvert` before a noun
#: that is no unit of time ("Hver stasjon koster …", not "Hvert år får …").
DETERMINER_NP = regex.compile(r"(?i:det|den|de|denne|dette|disse)\s+(?:nye|gamle|store|første|samlede|"
                              r"\w+(?:ede|ete|te|ige|lige|iske|ende))\s+\w{4,}|(?i:denne|dette|disse)\s+\w{3,}(?:ene|en|et)\b|"
                              r"(?i:hver|hvert)\s+(?!(?i:år|måned|uke|dag|gang|kvartal|halvår)\b)\w{4,}")


#: A cost, price, frame or full-year effect its subject has, before the amount: "Prosjektet har en foreløpig
#: kostnadsramme på", "Tiltaket har en helårsvirkning på",
#: "Et nytt løsdriftsfjøs for 30 kyr har en prislapp på", "vil det nye verkstedet alene få en kostnad på".
COST_OWNED = regex.compile(r"\s+(?:(?:alene|også|nå|totalt|samlet)\s+)?(?:har|hadde|får|fikk|få|ha|(?:vil|skal|kan)\s+(?:få|ha))"
                           r"\s+(?:en|et|ei)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:kostnad|prislapp|ramme|pris|virkning)\w*\s+på\s+$",
                           regex.IGNORECASE)
#: A subject after a fronted modal: "Ifølge Forsvarsbygg vil det nye verkstedet".
INVERTED_OWNER = regex.compile(r"\b(?:vil|skal|kan|må)\s+(?P<np>(?:det|den|de)\s+(?:[\w-]+\s+){0,2}?[\w-]+)$",
                               regex.IGNORECASE)


#: A budget area or an offer has a frame without being what it is for: "Tjenesteområdet har en netto
#: driftsramme på", "Statens tilbud har en ramme på".
NOT_AN_OWNER = regex.compile(r"\w*(?:område|området|tilbud|tilbudet)$", regex.IGNORECASE)


def cost_owner(text: str, s: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that has the cost ending at `limit` (see COST_OWNED): the subject after a fronted
    modal, else the sentence's subject up to its first preposition ("Et nytt løsdriftsfjøs for 30 kyr");
    None for a budget area or an offer (NOT_AN_OWNER)."""
    inverted = INVERTED_OWNER.search(text, s, limit)
    if inverted is not None:
        owner = inverted.start("np"), inverted.end("np")
    else:
        head = HEAD_END.search(text, s, limit)
        owner = subject_phrase(text, s, head.start() if head else limit)
    if owner is None or NOT_AN_OWNER.search(text, *owner):
        return None  # "Kulturområdet har en netto driftsramme på": the frame names the budget line
    return owner


def rule_allows_subject(text: str, subject: tuple[int, int], a_start: int) -> bool:
    """A subject stands for the amount's measure when only a verb phrase separates them."""
    between = text[subject[1]:a_start]
    return len(between) < 60 and not _STOP.search(between)


#: Nouns for money given or moved, besides the cost and change nouns: "støtten til leksehjelp".
MONEY_GIVEN = frozenset(("støtte", "støtten", "overføring", "overføringen", "overføringene", "bevilgningene", "rom"))
#: Where a noun phrase's head ends: a preposition, `og` before another phrase, a bracket or a comma.
HEAD_END = regex.compile(r"\s+(?:til|for|per|på|i|av|med|fra|om|ved|mot|under|over|etter|innen|langs|gjennom|uten|hos|"
                         r"blant|mellom|som|der|hvor|enn|og|eller|når|hvis|dersom|fordi|mens)\s|\s*[(,;:]", regex.IGNORECASE)


#: The last word of a phrase, with the space before it.
_LAST_WORD = regex.compile(r"\s+([\w-]+)[,:;]?$")


def trim_trailing(text: str, start: int, end: int) -> int:
    """The end of a measure phrase without the function words a rule left at its end ("drift enn",
    "stridsvogner allerede", "skolene våre", "flom- og skredsikring når"): they name nothing; nor does
    the punctuation a phrase ends with ("Helse og omsorg:", "doble støtten til leksehjelp,", "frie inntekter,
    det vil si …")."""
    while True:
        while end > start and text[end - 1] in ",;:( –-":
            end -= 1
        m = _LAST_WORD.search(text, start, end)
        if m is None or m.group(1).lower() not in word_list("function_words.txt"):
            return end
        end = m.start()


def head_end(phrase: str) -> int:
    """Where the part of a phrase that holds its head ends: at its first preposition, `og`, bracket or comma
    (HEAD_END), except after a word cut short for the next ("helsestasjons- og skolehelsetjenesten")."""
    stop = next((m for m in HEAD_END.finditer(phrase) if phrase[m.start() - 1:m.start()] != "-"), None)
    return stop.start() if stop else len(phrase)


def head_lemma(text: str, doc: Doc | None = None, offset: int = 0) -> str:
    """Lemma of the head of a phrase: the last word before its first preposition or bracket ("et fullt
    utbygd sikringsprogram" -> sikringsprogram, "tilskudd til leirskoler" -> tilskudd); after `å`, the
    object of the verb."""
    if not text.lstrip().lower().startswith("å "):
        # the first conjunct is the head of a coordination ("trening og øving"), except after a word cut
        # short for the next ("helsestasjons- og skolehelsetjenesten")
        words = list(_WORD.finditer(text, 0, head_end(text)))
        last = heads_only(words, lambda w: w.group(0))[-1] if len(words) > 1 else None
        if last is not None and not last.group(0).endswith("-"):
            return head_lemma(last.group(0), doc, offset + last.start())
    words = list(_WORD.finditer(text))
    skip_next = False
    function = word_list("function_words.txt") | DETERMINERS
    adjectives = word_list("adjectives.txt")
    lemmas = mapping("noun_lemmas.tsv")
    for k, w in enumerate(words):
        low = w.group(0).lower()
        if low == "å":
            skip_next = True
            continue
        if skip_next:
            skip_next = False
            continue
        if low in function or low.isdigit() or (low in adjectives and k + 1 < len(words)):
            continue
        if low in lemmas:
            return lemmas[low]  # the project's own lemma over the model's ("tiltaket")
        plural = plural_only_lemma(low)
        if plural is not None:
            return plural
        known = noun_lemma(low)
        if known is not None:
            return known  # the treebank's inflection over the model's and the suffix rules' guesses
        if doc is not None:
            token = token_at(doc, offset + w.start())
            if token is not None and reads_model(doc, token.idx) and token.lemma_ and token.pos_ in ("NOUN", "PROPN") \
                    and not low.endswith(E_NOUNS_DEFINITE):  # the model cuts "hjemmetjenesten" to hjemmetjenest
                lemma = model_noun_lemma(low, token.lemma_.lower())
                if lemma is not None:
                    return lemma
        return definite_to_lemma(low)
    return text.strip().lower()


#: Definite forms of nouns that end in -e (compounds too): their lemma keeps the e.
E_NOUNS_DEFINITE = ("skolen", "tjenesten", "rammen", "pakken", "kassen", "linjen", "hagen", "ruten", "leien", "støtten",
                    "elsen", "kirken", "reisen")


#: Nouns used in the plural only, whose lemma is the plural (plural: definite plural), also ending a
#: compound: "skjønnsmidler", "SMIL-midlene" -> smil-midler.
PLURAL_ONLY = {"midler": "midlene"}


def plural_only_lemma(word: str) -> str | None:
    """The plural a lowercase word of a plural-only noun (PLURAL_ONLY) has as its lemma, or None."""
    for plural, definite in PLURAL_ONLY.items():
        if word.endswith(definite):
            return word[:-len(definite)] + plural
        if word.endswith(plural):
            return word
    return None


def definite_to_lemma(word: str) -> str:
    exceptions = mapping("noun_lemmas.tsv")
    if word in exceptions:
        return exceptions[word]
    plural = plural_only_lemma(word)
    if plural is not None:
        return plural
    if word.endswith("ene") and len(word) > 6:
        return mend_stem(lemma_of(word))
    if word.endswith(E_NOUNS_DEFINITE):
        return word[:-1]  # "leirskolen" -> leirskole: nouns in -e take only -n
    if len(word) >= 4 and (word.endswith("inga") or (word.endswith("a") and word[-2] in "uyøæå")):
        return word[:-1]  # a feminine's definite -a: "satsinga" -> satsing, "brua" -> bru
    if word.endswith(("en", "et")) and len(word) > 5:
        return mend_stem(word[:-2])
    return lemma_of(word) if word.endswith("er") else word


def money_kind(phrase: str) -> bool:
    """Whether a noun phrase's head is a kind of money (lang/money_kinds.txt): "spillemidler fra fylket",
    "økte billettinntekter"."""
    head = HEAD_END.split(phrase, maxsplit=1)[0]
    return MONEY_KIND.search(head) is not None


def refers_back(word: str) -> bool:
    """Whether a noun names a measure only by referring back to one named before: a form of a generic
    scheme noun ("Ordningen", lang/generic_measures.txt) or of a cost noun ("Kostnaden", lang/cost_nouns.txt)."""
    return generic_form(word) or generic_form(word, nouns="cost_nouns.txt")


def names_only_money_or_scheme(phrase: str) -> bool:
    """Whether a noun phrase names only a change, a sum or a scheme the text named before ("Økningen",
    "Prosjektet", "Tiltaket", "Beløpet"): its last word refers back or is a cost or change noun."""
    words = _WORD.findall(phrase)
    if not words:
        return False
    last = words[-1].lower()
    return refers_back(last) or last in COST_NOUNS or last in CHANGE_HEADS


def canonical_for(text: str, start: int, end: int, doc: Doc | None = None) -> tuple[str, bool]:
    """The canonical of the measure text[start:end]: the lexicon's term that holds its head word
    ("Helse og omsorg", "psykisk helse"), else the head's lemma ("vedlikehold av fylkesveier" is
    vedlikehold, though "fylkesvei" is a term)."""
    road = NAMED_ROAD.match(text, start, end)
    if road is not None:  # "E39 Rogfast", "rv. 7 Hardangervidda": the road, not the last word of its stretch's name
        return regex.sub(r"\s+", " ", road.group("road")).lower(), False
    part = PARTITIVE.match(text, start, end)
    if part is not None and part.end() < end:  # "det meste av oljefyringen", "deler av utdanningen": what it is part of
        return canonical_for(text, part.end(), end, doc)
    hits = find_lexicon_measures(text, start, end)
    head = head_word(text, start, end)
    # (a head that names only money, a scheme or carrying something out gives way to the term after it:
    # "bevilgningen til Enova", "gjennomføring av handlingsplanen")
    head_text = text[head[0]:head[1]] if head is not None else ""
    if head is not None and not names_only_money_or_scheme(head_text) and head_text.lower() not in MONEY_GIVEN \
            and head_lemma(head_text) not in word_list("process_nouns.txt"):
        hits = [h for h in hits if h.start <= head[0] and word_end(text, h.end) >= head[1]]
    if hits:
        return hits[0].canonical, True
    if head is not None and (head_text.lower() in COST_NOUNS or head_text.lower() in MONEY_GIVEN):
        what = MONEY_FOR.match(text, head[1], end)
        if what is not None and what.end() < end:
            # "bevilgningen til skogvern", "støtten til leksehjelp": what the money is for, not the money
            return canonical_for(text, what.end(), end, doc)
    lemma = head_lemma(text[start:end], doc, start)
    return (with_modifiers(text, start, head, lemma) if head is not None else lemma), False


#: After a noun for money, the preposition of what it is for: "bevilgningen | til | skogvern".
MONEY_FOR = regex.compile(r"\s+(?:til|for)\s+(?=\p{Ll})")
#: A road's number: "E6", "rv. 7", "fylkesvei 17".
ROAD_NUMBER = regex.compile(r"(?<![\w-])(?:E|[Rr]v\.?|[Ff]v\.?|RV|FV|[Rr]iksve[ig]|[Ff]ylkesve[ig]|[Ee]uropave[ig])\s?\d{1,4}(?![\w,])")
#: A part of something, then what it is part of: "det meste av", "deler av", "resten av", "halvparten av".
PARTITIVE = regex.compile(r"(?i:(?:det\s+|den\s+)?(?:meste|mesteparten|størstedelen|brorparten|halvparten|resten|"
                          r"del|deler|delen)\s+av\s+(?:de\s+|det\s+|den\s+)?)")
#: A road by its number, then the name of a stretch of it: "E39 Rogfast", "E134 Bakka–Solheim", "rv. 7
#: Hardangervidda", "ny E6 Helgeland sør".
NAMED_ROAD = regex.compile(r"(?:(?:ny|nye)\s+)?(?P<road>E\s?\d{1,3}|(?:[Rr]v|[Ff]v|RV|FV)\.?\s?\d{1,4})\s+\p{Lu}")
#: A word cut short for the next in a coordination, right before a head: "gang- og | sykkelveier".
CUT_SHORT_BEFORE = regex.compile(r"(?r)(?<![\w-])(?P<first>\w+-)\s+(?:og|eller)\s+$")


def with_modifiers(text: str, start: int, head: tuple[int, int], lemma: str) -> str:
    """A head's lemma with the words before it that name what kind it is (lang/naming_modifiers.txt:
    "økonomisk sosialhjelp", "kommunale boliger" -> kommunal bolig, "regionale miljøtilskudd" ->
    regionalt miljøtilskudd) and a word cut short for it ("gang- og sykkelveier" -> gang- og sykkelvei)."""
    cut = CUT_SHORT_BEFORE.search(text, start, head[0])
    if cut is not None:
        return f"{cut.group('first').lower()} og {lemma}"
    if " " in lemma:
        return lemma
    mods: list[str] = []
    end = head[0]
    for word in reversed(list(_WORD.finditer(text, start, head[0]))):
        if text[word.end():end].strip():
            break  # (only words right before the head, one after the other)
        base = naming_modifier(word.group(0))
        if base is None:
            break
        mods.insert(0, base)
        end = word.start()
    if not mods:
        return lemma
    neuter = lemma[-1:].isalpha() and noun_lemma(lemma + "et") == lemma
    forms = [m + "t" if neuter and not m.endswith(("t", "sk", "ig", "e", "s", "o")) else m for m in mods]
    return " ".join([*forms, lemma])


def naming_modifier(word: str) -> str | None:
    """The base form of a modifier that names a kind (lang/naming_modifiers.txt), in any of its forms."""
    low = word.lower()
    names = word_list("naming_modifiers.txt")
    for base in (low, low[:-1] if low.endswith(("e", "t")) else None):
        if base in names:
            return base
    return None


def head_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a noun phrase's head word, the last word before its first preposition (as head_lemma
    reads it); None for an infinitive, whose object head_lemma finds."""
    phrase = text[start:end]
    if phrase.lstrip().lower().startswith("å "):
        return None
    words = [w for w in _WORD.finditer(phrase, 0, head_end(phrase))
             if not w.group(0).isdigit()]  # "riksvei 17"
    words = heads_only(words, lambda w: w.group(0))  # "potten neste år", "sjøkabler ut til øyene"
    if not words or words[-1].group(0).endswith("-"):
        return None
    return start + words[-1].start(), start + words[-1].end()


#: Words that end a noun phrase's head part without being its head: a time after it ("potten neste år",
#: "sosialhjelp ut året") and a verb's particle ("nye sjøkabler ut til øyene").
NOT_A_HEAD = frozenset(("år", "året", "årene", "neste", "hvert", "hele", "ut", "inn", "opp", "ned", "fram", "frem",
                        "tilbake", "bort", "hjem", "videre", "også", "allerede", "alene", "nå"))


def heads_only(words: list, text_of) -> list:
    """A phrase's head part's words (`text_of` gives a word's text) without those at its end that cannot be its
    head (NOT_A_HEAD); the first word always stays."""
    kept = list(words)
    while len(kept) > 1 and text_of(kept[-1]).lower() in NOT_A_HEAD:
        kept.pop()
    return kept


def word_start(text: str, i: int) -> int:
    """Where the word holding text[i] starts (letters, digits, hyphens)."""
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "-"):
        i -= 1
    return i


def word_end(text: str, i: int) -> int:
    """Where the word holding text[i - 1] ends."""
    while i < len(text) and (text[i].isalnum() or text[i] == "-"):
        i += 1
    return i


@Language.factory("claims_measures")
class MeasureStage(RuleComponent):
    """Measures of the measure lexicon: `doc._.measures`, span group "measure" (claim records find
    their measures themselves, so record extraction may leave this stage out)."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc)
        doc._.measures = find_lexicon_measures(doc_text(doc), ctx.body_start, len(doc_text(doc)))
        write_group(doc, "measure")
        return doc


@cache
def action_verb() -> str:
    """A verb of doing something about a measure (lang/item_verbs.txt) and its particle, as a pattern:
    "innføre", "pusse opp", "Bevilg", "skifte ut"."""
    verbs = sorted(word_list("item_verbs.txt"), key=len, reverse=True)
    return r"(?i:" + "|".join(regex.escape(v) for v in verbs) + r")(?:\s+(?:opp|ut|inn|ned|av|fram|frem))?"


#: A verb (and its particle) opening a list item of demands or plans: "innføre ", "pusse opp ", "Bevilg ".
@cache
def item_verb() -> regex.Pattern:
    return regex.compile(action_verb() + r"\s+")


#: A change that opens an item before what it changes: "en økning i tilskuddet …", "halvering av prisen på …".
ITEM_CHANGE = regex.compile(r"(?i:(?:en\s+|ei\s+)?(?:økning|reduksjon|halvering|dobling|styrking|opptrapping|kutt|"
                            r"nedtrapping)(?:en)?\s+(?:i|av|på)\s+)")


#: The spaces ahead of a position.
_SPACES_AHEAD = regex.compile(r"\s*")
#: Articles, quantifiers and "ny" before an item's noun: "et klimafond", "alle dagens båtavganger", "en ny patruljebåt".
ITEM_DETERMINERS = regex.compile(r"(?i:(?:en|et|ei|alle|flere)\s+)?(?i:(?:ny|nytt|nye)\s+)?")


def item_opening(text: str, sent: tuple[int, int], amount: tuple[int, int],
                 blockers: list[tuple[int, int]], bodies: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The noun phrase a list item opens with, past a verb of demanding or planning and a change noun:
    what an item says nothing else it is for is about ("• et klimafond for ungdom med 50 millioner kroner",
    "• pusse opp kinosalen for 3,5 millioner kroner", "• en økning i tilskuddet til regionale flyruter på
    35 millioner kroner"). None where the item opens with its amount, a number, a body or a function word."""
    s, e = sent
    start = _LEAD.match(text, s, e).end()
    verb = item_verb().match(text, start, e)
    if verb is not None:
        start = verb.end()
    change = ITEM_CHANGE.match(text, start, e)
    if change is not None:
        start = change.end()
    if amount[0] <= start < amount[1]:
        start = _SPACES_AHEAD.match(text, amount[1], e).end()  # "innføre 50 prosent søskenmoderasjon"
    head = ITEM_DETERMINERS.match(text, start, e)
    first = _WORD.match(text, head.end(), e)
    if first is None or overlaps(start, first.end(), bodies) or any(b[0] <= first.start() < b[1] for b in blockers) \
            or any(ch.isdigit() for ch in first.group(0)) or first.group(0).lower() in word_list("function_words.txt") \
            or first.group(0).lower() in SUBJECT_SKIP:
        return None
    end = trim_trailing(text, start, phrase_end(text, start, e, [b for b in blockers if b[0] > start]))
    return (start, end, "item") if end - start >= 3 else None
