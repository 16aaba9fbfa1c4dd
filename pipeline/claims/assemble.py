"""Claim assembly (component `claims_claims`): one record per amount in a claim-bearing sentence,
with its measure, and the actor and time the Linker (pipeline.claims.linking) links it to; plus
`measure` records for sentences with an actor, a policy verb and a measure but no amount.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_left, bisect_right
from functools import cache, cached_property

import regex
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.actors.finder import publisher_county, publisher_place
from pipeline.actors.lexicon import government_on, lexicon, person_titles
from pipeline.actors.places import is_place, is_town
from pipeline.actors.sides import BODIES, bare_name, in_government, side_of
from pipeline.claims.background import is_background
from pipeline.claims.budget_year import is_inferred
from pipeline.claims.from_tree import FRAME_ENDINGS, is_nominal, measure_from_tree
from pipeline.claims.groups import mark_summable
from pipeline.claims.linking import (
    AMOUNT_TAIL,
    BUDGET_BETWEEN,
    COMPARED_AMOUNT,
    COMPARISON,
    COSTS,
    OWN_SIDE_WORD,
    STATISTICS_OFFICE,
    WRITER_WANTS,
    Linker,
    unnamed,
)
from pipeline.claims.measures import (
    CHANGE_OF_MONEY,
    COST_NOUNS,
    ITEM_LABEL,
    SHARES_OUT_VERB,
    SUBJECT_SKIP,
    action_verb,
    canonical_for,
    fallback_phrase,
    find_lexicon_measures,
    is_beneficiary,
    item_label,
    item_opening,
    kind_after,
    money_kind,
    names_only_money_or_scheme,
    phrase_end,
    phrase_for_amount,
    policy_verb_form_regex,
    policy_verb_regex,
    refers_back,
    subject_phrase,
    trim_trailing,
    word_end,
    word_start,
)
from pipeline.component import RuleComponent
from pipeline.dimensions import calendar as cal
from pipeline.dimensions.money import RESPECTIVELY, column_head, qualifier_pattern, table_row
from pipeline.dimensions.numbers import parse_number
from pipeline.dimensions.quantity import CHANGE_AFTER, CHANGE_WORDS
from pipeline.dimensions.tense import past_tense
from pipeline.dimensions.time import interval_time, shifted_year, time_value
from pipeline.lang.data import word_list
from pipeline.layout import Sentence
from pipeline.offsets import doc_text, reads_model, search_in
from pipeline.schema import (
    Actor,
    ActorField,
    AmountField,
    ClaimRecord,
    ComparedAmount,
    ComparedTo,
    MeasureField,
    Money,
    Quantity,
    SpanRef,
    Time,
    TimeField,
    claim_id,
)

#: A finite verb of budgeting (passive, present or past: "økes", "øker", "kuttet", "bevilget") and the
#: adverbs and prepositions after it, at the start of a measure phrase: cut away.
FINITE_LEAD = regex.compile(r"(?i:(?:bevilg|styrk|øk|kutt|reduser|fordel|praktiser|settes|gis|brukes|fornyes|finansier|"
                            r"prioriter|videreføre?)(?![\w]*ing)\w*(?:es|er|et|te|de|t))\b(?:\s+(?:dessuten|også|nå|videre|"
                            r"ytterligere|allerede|i|på|til|med|det)\b)*\s*")
#: Alone, these are no measure.
NOT_A_MEASURE = {"det", "dette", "den", "denne", "disse", "de", "dem", "vi", "oss", "penger", "pengene", "midler",
                 "midlene", "beløpet", "summen", "landsbasis", "årsbasis"}
#: Words that open a phrase after an amount of what each unit gets ("for hvert dekar"; "hver
#: stipendiatstilling vil koste …" before it is what the amount prices).
DISTRIBUTIVE = regex.compile(r"(?:hver|hvert|per|pr)\b", regex.IGNORECASE)
_WORDS = regex.compile(r"[\w-]+")
#: An infinitive after a policy verb, before its object: "vedtatt | å ansette | en jobbspesialist".
INFINITIVE_AFTER = regex.compile(r"\s+å\s+\w+")
#: The first word of a list item, after its mark: "Vardø" in "- Vardø sykehjem: 6 plasser".
FIRST_WORD = regex.compile(r"\p{L}[\w-]*")
#: A body as the agent: `av` or a verb of spending before it ("I tillegg gir Forsvarsdepartementet …"), or a
#: finite verb right after it.
AGENT_BEFORE = regex.compile(r"\b(?:av|gir|ga|bevilger|bevilget|setter|satte|bruker|brukte|foreslår|foreslo|øker|økte|"
                            r"kutter|kuttet|legger|la)\s+$", regex.IGNORECASE)
#: After a body that only estimates a figure: "anslår at", "har selv beregnet at", "regner med at".
ESTIMATES_AFTER = regex.compile(r"s?\s+(?:(?:har|hadde)\s+)?(?:(?:selv|også|nå)\s+)?(?:anslår|anslo|anslått|beregner|"
                                r"beregnet|regner\s+med|regnet\s+med|regnet\s+ut|antar|antok|venter|ventet)\b",
                                regex.IGNORECASE)
#: Before it, the same verb with the subject after it: "…, anslår Finansdepartementet at", "I fjor beregnet
#: departementet at".
ESTIMATES_BEFORE = regex.compile(r"\b(?:anslår|anslo|beregner|beregnet|antar|antok|regner|regnet|venter|ventet)"
                                 r"(?:\s+(?:selv|også|nå))?\s+$", regex.IGNORECASE)
VERB_AFTER = regex.compile(r"\s+(?:(?:har|hadde|vil|skal|kan)\s+)?\p{Ll}+(?:er|r|te|et|de)\b")
#: An actor's name in the genitive ("Husbankens låneramme"): what follows is the measure's head.
GENITIVE = regex.compile(r"s\s+\p{Ll}|\w\s*s\s")
#: Counted units that say how much, not what for: the phrase after them is the measure.
#: Counted units that are slots in what the phrase after them names: "plasser i bofellesskap".
SLOT_UNITS = frozenset(("plass",))
GENERIC_UNITS = {"årsverk", "stilling", "plass", "kilometer", "km", "meter", "time", "dag", "uke", "måned", "ansatt",
                 "vernepliktig", "lærer", "politifolk", "person"}
#: After a count of a generic unit: a place or field ("i den kommunale rusomsorgen", "ved fagskolene"), the
#: noun phrase of a distance ("kilometer ny firefelts motorvei"), or what a genitive duration counts ("11
#: måneders studiestøtte").
UNIT_PHRASE = regex.compile(r"\s+(?:(?:i|ved|innen|på)\s+(?!(?:19|20)\d\d\b|\d|år\b|fjor\b|løpet\b|dag\b)|"
                            r"(?!(?:flere|færre)\s+enn\b)(?=(?:ny|nye|(?-i:\p{Ll}+e))\s+(?-i:\p{Ll})))|(?<=\ws)\s+(?=(?-i:\p{Ll}{4,}))", regex.IGNORECASE)
#: `i`/`ved` after a count, before what it is counted in (not a time word).
PLACED_IN = regex.compile(r"\s+(?:i|ved)\s+(?!(?:år|året|fjor|dag|løpet|gjennomsnitt|snitt|tillegg|alt|perioden|uka|"
                          r"måneden|sentrum|rushtiden|første|andre)\b|\d)(?=\p{L})", regex.IGNORECASE)
#: `til` after a count of a generic unit, before what it is for (not an infinitive, a number or a time).
UNIT_FOR = regex.compile(r"\s+til\s+(?!å\b|\d|(?:19|20)\d\d\b|sammen\b)(?=\p{L})", regex.IGNORECASE)
#: `med` after a distance, before what it is of: "12 nye kilometer med midtrekkverk".
DISTANCE_WITH = regex.compile(r"\s+med\s+(?=\p{Ll})")
#: A verb of hiring or creating posts right before a count: "ansette 16 nye lærere", "rekruttere 40 flere".
HIRES_BEFORE = regex.compile(r"\b(?:ansett(?:e|er|es)|ansatte|rekrutter(?:e|er|es)|opprett(?:e|er|es)|utdann(?:e|er|es))"
                             r"\s+(?:(?:om\s+lag|minst|rundt|cirka)\s+)?$", regex.IGNORECASE)
#: The preposition that places a count of a generic unit: "årsverk i hjemmetjenesten", "stillinger ved NAV-kontorene".
PLACED_UNIT = regex.compile(r"\s+(?:i|ved)\s+$", regex.IGNORECASE)
#: Measure rules that read the amount's own phrase (a change's second amount keeps its own then).
STRONG_RULES = {"after", "modified", "with", "til_x_er", "fronted", "tree_purpose", "tree_modified"}
#: Actors that are agents, never what money is for (a public body or a place may receive it:
#: "helseforetakene får halvannen milliard").
AGENTS = {"government", "party", "ministry", "person", "organisation"}
#: `har siden`, `og siden`, `Siden har`: since the time the sentence names (or the one before), up to now.
SINCE_THEN = regex.compile(r"\b(?:har|hadde|og|er|var|ble)\s+siden\s+(?!\d|da\b|i\s|at\b)|"
                           r"(?:^|[.!?]\s+)Siden\s+(?:har|hadde|er|var|ble)\b", regex.IGNORECASE)
#: An open `Siden …` clause before a time in it: "Siden Venstre ble med i regjeringen i januar 2018, har vi
#: sikret …" counts from then (not "siden 2016", which the time stage reads itself).
SINCE_CLAUSE = regex.compile(r"(?:\G|[.!?:]\s+|,\s+)[Ss]iden\s+(?!\d)[^,.;:!?]{2,80}$")
#: A `siden` clause after the amount, up to a time in it: "økt med 250 millioner siden ordningen ble innført i 2010".
SINCE_AFTER = regex.compile(r"\s[Ss]iden\s+(?!\d)[^,.;:!?]{2,80}$")
#: Between the two amounts of a change, a proposal names the first: both are the budget year's.
PROPOSAL = regex.compile(r"forslag", regex.IGNORECASE)
#: Changes made to a proposal: "endringer i rådmannens forslag", "endringene i fylkesrådets innstilling".
AMENDS = regex.compile(r"\bendring\w*\s+(?:i|av|til)\s+(?:\w+\s+){0,2}?\w*(?:forslag|innstilling)", regex.IGNORECASE)
#: After a policy verb: adverbials to skip, then an object opened by a determiner or an adjective.
OBJECT_START = regex.compile(r"\s+(?:(?:også|allerede|derfor|nå|i\s+sin\s+tid|i\s+år|blant\s+annet|bl\.a\.|"
                             r"samtidig|dessuten|ned|inn|fram|frem)\s+)*(?=(?:en|et|ei|nye?|egne?t?|flere|"
                             r"gratis|nasjonale?|statlige?|midlertidige?)\s)", regex.IGNORECASE)
#: A definite object, which a later sentence may point back at ("Regjeringen vil videreføre det særskilte
#: bosettingstilskuddet. Det får 40 millioner kroner.")
DEFINITE_OBJECT_START = regex.compile(r"\s+(?:(?:også|derfor|nå|samtidig|dessuten)\s+)*"
                                      r"(?=(?:det|den|de)\s+\w+e\s+\w|(?-i:\p{Ll})\w{3,}(?:et|en|ene)\b)",
                                      regex.IGNORECASE)
#: A wish and its verb, whose object a sentence after it may price ("Vi vil også sikre døgnåpen akuttberedskap
#: ved Lærdal sjukehus. Det koster …").
@cache
def wants() -> regex.Pattern:
    """A modal and the verb of doing after it, with its particle (measures.action_verb)."""
    return regex.compile(r"\b(?:vil|skal|må|bør)\s+(?:(?:også|dessuten|derfor|i\s+tillegg|nå)\s+)?" + action_verb()
                         + r"(?=\s)", regex.IGNORECASE)
#: A sentence that only restates the amount before it: "Det er 800 000 kroner mer enn …", "Det tilsvarer 1 008
#: kroner i året", "Dette betyr en økning på …".
SAME_THING_AGAIN = regex.compile(r"\s*(?:–\s*)?(?:Det|Dette)\s+(?:er|var|blir|utgjør|tilsvarer|betyr|gir)\s+"
                                 r"(?:(?:en\s+)?(?:økning|vekst|nedgang|reduksjon|kutt)\s+på\s+)?(?:\w+\s+)?\d")
#: A sentence that points back at the one before ("Til sammen blir dette …") shares its measure.
ANAPHOR = regex.compile(r"^(?:ifølge\s+(?:[\w-]+\s+){1,3}?)?(?:[\w]+\s+){0,3}?(?:dette|disse|det|den|til\s+sammen|totalt|samlet|ordningen|"
                        r"tiltaket|satsingen|reformen|programmet|planen|forslaget)\b", regex.IGNORECASE)
#: A pronoun that opens a sentence and what it costs: "Det er beregnet å koste …", "Den koster …", "Dette vil
#: koste …", "Det er anslått til …".
PRONOUN_COSTS = regex.compile(r"\s*(?:–\s*)?(?:Det|Den|Dette)\s+(?:\w+\s+){0,2}?(?:koster|kostet|koste|er\s+(?:beregnet|"
                              r"anslått|kostnadsberegnet|stipulert)|anslås|beregnes)\b")
#: An indefinite article or "ny" that introduces a thing ("trenger nytt ventilasjonsanlegg", "en ny
#: ambulansebil"); the phrase starts after the article.
NEW_THING = regex.compile(r"(?<![\w-])(?:en|et|ei)\s+(?=(?-i:\p{Ll}))|(?<![\w-])(?=(?:nytt|nye|ny)\s+(?-i:\p{Ll}))",
                          regex.IGNORECASE)
#: A market price or a dwelling as the subject of a verb of state or cost, then the amount (an adverbial,
#: a place and a qualifier between): "Spotprisen i Sør-Norge lå på over 2 kroner", "Strømprisen har i snitt
#: ligget på rundt 85 øre", "En hybel i sentrum koster fort 8 000 kroner".
MARKET_PRICE_BEFORE = regex.compile(r"\b(?:spot|strøm|kraft|markeds|bolig|leie)?pris(?:en|ene)\b[^,.;:]{0,40}?\b(?:var|er|lå|ligger|"
                                    r"har\s+(?:[\w]+\s+){0,3}?ligget|steg|falt)\b[^,.;:]{0,30}$|"
                                    r"\b(?:leilighet|hybel|hybelrom|enebolig|husleie)(?:en|a)?\b[^,.;:]{0,40}?"
                                    r"\b(?:koster|kostet|var|er)\b[^,.;:]{0,30}$", regex.IGNORECASE)
#: An amount named as today's level: "mot dagens …", "med dagens …", "som i dag er på …", "som nå ligger på …",
#: "… i dag" (after its unit or rate).
TODAY_BEFORE = regex.compile(r"\b(?:mot|fra|med)\s+dagens\s+$|\b(?:(?:i\s+dag|i\s+år|nå)\s+(?:er|ligger)|(?:er|ligger)\s+"
                          r"(?:i\s+dag|i\s+år|nå))\s+(?:på\s+)?$", regex.IGNORECASE)
TODAY_AFTER = regex.compile(AMOUNT_TAIL + r"\s+i\s+dag\b", regex.IGNORECASE)
#: A level set against with this year's: "(180 millioner kroner til fjøs,) mot 95 millioner i år".
AGAINST_BEFORE = regex.compile(r"\bmot\s+$", regex.IGNORECASE)
THIS_YEAR_AFTER = regex.compile(AMOUNT_TAIL + r"\s+i\s+år\b", regex.IGNORECASE)
#: A preposition right before a position in the text.
PREPOSITION_BEFORE = regex.compile(r"(?<![\w-])(?:i|på|til|for|med|fra|av|ved|om|under|etter|mot|hos)\s+$",
                                   regex.IGNORECASE)
#: Where a thing's phrase ends before a clause of time, cause or condition: "nytt ventilasjonsanlegg | etter
#: klager fra foreldre".
CLAUSE_AFTER_THING = regex.compile(r"\s+(?:etter|siden|fordi|når|hvis|dersom|før|mens|som)\b")
#: Between an amount and a second one of the same thing: "med 5 milliarder kroner, til 25 milliarder",
#: "mellom 150 og 200 millioner", "2,2 milliarder kroner …, en økning fra 1,6 milliarder".
SECOND_AMOUNT = regex.compile(r"\s+og\s+|\s*,?\s*(?:til|fra|en\s+økning\s+fra|ned\s+fra|opp\s+fra)\s+"
                              r"(?:(?:totalt|samlet|hele)\s+)?|[^,.;:]{0,60}?,\s*(?:en\s+)?(?:økning|nedgang|vekst)\s+fra\s+",
                              regex.IGNORECASE)
#: A change put after an amount as an apposition: "61 milliarder kroner til forsvaret, en reell økning på
#: 1,9 milliarder": the change is of the same thing (not of the change noun the amount modifies).
CHANGE_APPOSITION = regex.compile(r",\s*(?:(?:en|ei|et|som\s+er|det\s+er)\s+)?(?:[\w-]+\s+)?(?:økning|vekst|kutt|"
                                  r"reduksjon|nedgang|styrking|løft|påplussing|nedskjæring)\w*\s+på\s+"
                                  r"(?:(?:hele|nesten|drøyt|om\s+lag|rundt|over|ytterligere)\s+)?$", regex.IGNORECASE)
#: A verb of sharing money out among receivers: "har fordelt", "tildeler", "deler ut".
#: A list's lead-in that speaks of how money is shared out: "De største tildelingene er budsjettert slik:".
ALLOCATION_LEAD = regex.compile(r"\b(?:tildeling\w*|fordeling\w*|fordeles|fordelt|tildeles|tildelt|budsjettert\s+slik)\b",
                                regex.IGNORECASE)
SHARES_OUT = regex.compile(rf"\b(?:{SHARES_OUT_VERB}|fordeles|tildeles|utdelt)\b", regex.IGNORECASE)
#: An amount given again in other terms: "450 000 kroner til leirskole, tilsvarende om lag 6 500 kroner per
#: elev", "4,5 millioner kroner til økt lærertetthet, tilsvarende ni nye lærerstillinger": of the same thing.
EQUIVALENT_BEFORE = regex.compile(rf",\s*(?:(?:som\s+er|det\s+vil\s+si|altså)\s+)?(?:tilsvarende|det\s+samme\s+som)\s+"
                                  rf"(?:{qualifier_pattern()}\s+)?$", regex.IGNORECASE)
#: A difference put after an amount as an apposition: "1,1 milliarder kroner til boligsosiale tiltak, om lag
#: 60 millioner mer enn i år", "412 millioner til Filmfondet, som er 25 millioner mer enn i år".
DIFFERENCE_BEFORE = regex.compile(r",\s*(?:som\s+er\s+|det\s+er\s+)?(?:(?:om\s+lag|rundt|drøyt|nesten|over|under|snaut|"
                                  r"vel|ytterligere)\s+)?$", regex.IGNORECASE)
DIFFERENCE_AFTER = regex.compile(r"\s+(?:kroner\s+)?(?:mer|mindre|over|under|utover|flere|færre)\b", regex.IGNORECASE)
#: A count that is a difference itself: "…, 45 flere enn i fjor".
DIFFERENCE_COUNT = regex.compile(r"\s(?:flere|færre)$", regex.IGNORECASE)
#: Between two amounts of one sentence, a contrasting clause whose own amount leaves its purpose out:
#: "Ap foreslo 40 millioner kroner til flere avhørere, mens SV ville bruke 60 millioner."
PARALLEL_BEFORE = regex.compile(r"[^.;:!?]*,\s*(?:mens|men)\s[^.;:!?]*", regex.IGNORECASE)
#: Nothing after an amount but the sentence's end (or its year): the clause says no more.
CLAUSE_CLOSES = regex.compile(r"(?:\s+kroner)?(?:\s+(?:i\s+år|i\s+fjor|neste\s+år|årlig|i\s+året))?\s*[.!?]?\s*(?:\n|$)",
                              regex.IGNORECASE)
#: A verb that says how things are: "Kommunen har 23 grunnskoler", "Forbundet organiserer 250 lag".
STATE_VERB = regex.compile(r"\b(?:har|hadde|finnes|fins|er|var|utgjør|utgjorde|organiserer|teller|telte|ligger|lå|"
                           r"mangler|manglet|bor|bodde|står|sto|omfatter|omfattet|produserer|søkte|registrert)\b",
                           regex.IGNORECASE)
#: A number's scale word: a bare "1,1 milliarder" is money, whatever it was read as.
SCALE_WORD = regex.compile(r"milli|mrd|mill\.", regex.IGNORECASE)
#: A past participle after `har`/`er`: the verb is an auxiliary ("har bedt om", "er lagt ned").
PARTICIPLE = regex.compile(r"\b\w{2,}(?:et|gt|kt|dt|tt|dd|lt|st|rt|nt|pt|vt)\b", regex.IGNORECASE)
_FOLLOWING = regex.compile(r"følgende\s+$", regex.IGNORECASE)
#: A count after `per` is the base of a rate ("to polititjenestepersoner per 1 000 innbyggere"), not a claim.
_RATE_BASE = regex.compile(r"(?<![\w])(?:per|pr\.?)\s+$", regex.IGNORECASE)
#: A budget, proposal or sector as a sentence's subject, which sets a frame rather than being a measure:
#: "Budsjettet", "Forslaget", "Sektor for oppvekst".
VEHICLE_SUBJECT = regex.compile(r"(?:\w*budsjett(?:et)?|\w*forslag(?:et)?|[Ss]ektor(?:en)?(?:\s+for\s+[\w-]+)?)",
                                regex.IGNORECASE)
#: The frame right before an amount: "en samlet driftsramme på", "en netto driftsramme på", "en ramme på".
FRAME_BEFORE = regex.compile(r"\b(?:en|ei)\s+(?P<np>(?:(?:samlet|netto|brutto|total|årlig|foreløpig)\s+)?\w*ramme)"
                             r"\s+på\s+$", regex.IGNORECASE)
#: What makes a past-tense sentence no report of what was done: the writer's own proposal or demand ("har
#: jeg foreslått"), or an estimate ("er beregnet til").
NOT_DONE = regex.compile(r"\b(?:jeg|meg|min|mitt|mine|foreslått|foreslo|krevd|krevde|ønsket|beregnet|anslått|"
                         r"kalkulert|estimert|budsjettert)\b", regex.IGNORECASE)
#: Besides its side, a wish or a cost (linking.OWN_SIDE_WORD, WRITER_WANTS, COSTS), what makes an op-ed's
#: agentless sentence the writer's own: a need, or a word that refers back to a proposal ("Dette", "Til sammen").
PROPOSAL_BACK = regex.compile(r"\b(?:trengs|krever|dette|til\s+sammen|alt\s+i\s+alt)\b", regex.IGNORECASE)
#: Between a scheme and the count it gives or holds: "skal gi", "gir rom for", "omfatter", "gir tilskudd til".
YIELDS = regex.compile(r"\s+(?:(?:skal|vil|kan|kunne|skulle|ventes\s+å|anslås\s+å)\s+)?"
                       r"(?:(?:også|dermed|trolig|samlet)\s+)?"
                       r"(?:gi|gir|ga|gitt|omfatter|omfattet|omfatte|finansierer|finansiere|finansierte|sikrer|sikre|"
                       r"sikret|skaper|skape|skapte)(?:\s+(?:rom|plass)\s+for|\s+(?:tilskudd|midler|penger|støtte)\s+til)?"
                       r"(?:\s+(?:om\s+lag|rundt|cirka|nesten|drøyt|vel|opptil|inntil|minst|over))?\s+", regex.IGNORECASE)
#: A noun's definite singular (or plural) form, as a one-word measure that refers back has it.
DEFINITE_NOUN = regex.compile(r"(?P<stem>\w{4,}?)(?:en|et|ene)", regex.IGNORECASE)
#: How far back a compound a one-word measure refers to may stand.
ANTECEDENT_REACH = 800
#: How far before a measure a time that holds it may start.
TIME_REACH = 60
#: A noun a count hangs from: "bosetting av 250 flyktninger", "etableringstilskudd til 2 000 unge bønder".
GOVERNING_NOUN = regex.compile(r"(?<![\w-])(?P<noun>(?-i:\p{Ll})[\w-]*(?:[\w-]{3}ing|else|sjon|kjøp|tilskudd|støtte|"
                               r"stønad|lån|bidrag)|(?-i:\p{Ll})?[\w-]*(?:mottak|opptak|inntak))\s+(?P<prep>av|til)\s+$",
                               regex.IGNORECASE)
MONEY_KIND = regex.compile(r"(?:tilskudd|støtte|stønad|lån|bidrag)$")
#: How far before a count its governing noun may stand.
GOVERNING_REACH = 60
_LAST_WORD = regex.compile(r"[\w][\w\-]*$")
_TIL = regex.compile(r"\btil\b", regex.IGNORECASE)


#: What a budget sets: a tax, a rate or a grant ("CO2-avgiften på utslipp økes med 21 prosent").
INSTRUMENT = regex.compile(r"\b\w*(?:avgift|skatt|sats|tilskudd|støtte|bevilgning|takst|gebyr)\w*", regex.IGNORECASE)
#: A source a figure is cited from: "ifølge NAV", "viser tall fra Miljødirektoratet", "en undersøkelse".
STATISTIC_SOURCE = regex.compile(r"\b(?:ifølge|viser\s+tall|tall\s+fra|statistikk\w*|undersøkelse\w*)\b",
                                 regex.IGNORECASE)
#: What a budget does not decide: shares, rates and trends of society (population, house prices, the interest rate).
STATISTIC_NOUN = regex.compile(r"\b(?:andel\w*|ledighet\w*|arbeidsledighet\w*|sykefravær\w*|prisvekst\w*|"
                               r"lønnsvekst\w*|inflasjon\w*|boligpris\w*|søkertall\w*|utslipp\w*|"
                               r"klimagassutslipp\w*|oppslutning\w*|befolkningsvekst\w*|folketall\w*|"
                               r"leilighetspris\w*|huspris\w*|rentenivå\w*|renten|rente)\b",
                               regex.IGNORECASE)
#: A verb of growing or falling on its own, right before a percentage: "har steget med", "vokste med".
TREND_BEFORE = regex.compile(r"\b(?:steget|steg|stiger|vokst|vokste|vokser|falt|faller|sunket|sank|synker|økt|økte|øker)"
                             r"\s+(?:med\s+)?(?:\p{L}+\s+){0,2}$", regex.IGNORECASE)
#: The years a trend is measured over, after its percentage: "på fem år", "siden 2015", "de siste ti årene".
TREND_SPAN_AFTER = regex.compile(r"\s+(?:på\s+\w+\s+år|siden\s+(?:19|20)\d\d|(?:i\s+løpet\s+av\s+)?de\s+siste\s+\w+\s+år"
                                 r"(?:ene)?|fra\s+(?:19|20)\d\d\s+til\s+(?:19|20)\d\d)\b", regex.IGNORECASE)
#: A span of years counted from now: "i løpet av tre år", "over fem år", "de neste to årene", "(fordelt) på tre år",
#: and with a count after a plain `i`, "i tre år", "i ett år" ("i år" is this year, no span).
YEARS_FROM_NOW = regex.compile(r"\b(?:(?:i\s+løpet\s+av|over|(?:^|(?<=(?:fordelt|spredt|fordeles)\s+))på|de\s+(?:neste|kommende)|"
                               r"de\s+\w+\s+(?:neste|kommende))\s+(?:\w+\s+)?|i\s+(?!løpet\b)\w+\s+)år(?:ene)?\b",
                               regex.IGNORECASE)
#: An autumn as a time a budget was negotiated or proposed: "i fjor høst", "i høst", "høsten 2023".
DECISION_AUTUMN = regex.compile(r"(?:i\s+(?:fjor\s+)?høst|høsten\s+(?:19|20)\d\d|(?:sist|forrige)\s+høst)",
                                regex.IGNORECASE)
BUDGET_WORD = regex.compile(r"\w*budsjett\w*", regex.IGNORECASE)
#: A budget of one kind, one word: "Investeringsbudsjettet", "driftsbudsjettet" (not the state's whole budget).
NAMED_BUDGET = regex.compile(r"(?i:\w+budsjett(?:et|er|ene)?)(?<!(?i:stats|nasjonal)budsjett\w*)")
#: A budget named with its year: that year is the claim's, not the autumn's next.
BUDGET_YEAR_NAMED = regex.compile(r"\w*budsjett\w*\s+(?:for\s+)?(?:19|20)\d\d|\bårets\s+\w*budsjett", regex.IGNORECASE)
#: Between the two bounds of a range: "mellom 240 og 280", "240–280".
RANGE_BETWEEN = regex.compile(r"\s+og\s+|\s*[–—-]\s*|\s+til\s+")
#: Between a subject and a count it will have: "Det nye bygget skal ha 64 døgnplasser", "Skolen får 520
#: elevplasser" (what is counted is the measure, not the building that has it).
HAS_COUNT = regex.compile(r"\s+(?:(?:skal|vil|kan|må)\s+)?(?:ha|har|hadde|få|får|fikk)\s+(?:(?:totalt|til\s+sammen|"
                          r"samlet|om\s+lag|rundt|inntil|minst)\s+)?", regex.IGNORECASE)
#: A unit that measures a quantity (a rate, a weight, a length) rather than counting things.
MEASURING_UNIT = regex.compile(r"prosent|promille|prosentpoeng|tonn|kilo|kilometer|km|meter|kvadratmeter|m2|dekar|"
                               r"liter|kWh|MW|GWh|TWh|timer?|dager?|uker?|måneder?|år", regex.IGNORECASE)
#: After a unit of measure, the noun of what it measures: "8 TWh solkraft", "20 kilometer med seterveier".
MEASURED_THING = regex.compile(r"\s+(?:med\s+)?(?P<np>(?:(?:ny|nye|nytt|ekstra)\s+)?(?!(?:i|på|til|for|av|fra|med|per|og|som|"
                               r"om|innen|ved|mot|enn|hver|hvert|årlig|totalt|mer|mindre)\b)\p{Ll}[\p{L}-]*)")
#: A relative clause that tells what something holds or is budgeted with today, right before its amount:
#: "disposisjonsfondet, som ved utgangen av 2023 ventes å være på", "fylkeshuset, som er budsjettert med".
LEVEL_RELATIVE = regex.compile(r",\s+som\s+(?:(?:i\s+dag|nå|allerede|ved\s+utgangen\s+av\s+(?:19|20)\d\d)\s+)?"
                               r"(?:er\s+budsjettert\s+med|ventes\s+å\s+(?:være|bli)\s+på|har|er\s+på|ligger\s+på)\s+"
                               rf"(?:{qualifier_pattern()}\s+)?$", regex.IGNORECASE)
#: An estimate the municipality or county or its chief executive made: "ifølge kommunens egne beregninger", "en
#: ny kalkyle fra kommunedirektøren", "etter rådmannens anslag".
LOCAL_ESTIMATE = regex.compile(r"\b(?:ifølge|etter)\s+(?:kommunens|fylkeskommunens|rådmannens|kommunedirektørens|"
                               r"fylkesdirektørens|fylkesrådmannens)\s+(?:egne\s+|egen\s+|nye\s+|siste\s+)?"
                               r"(?:beregning\w*|anslag\w*|tall|kalkyle\w*|tilstandsrapport\w*)|"
                               r"\b(?:beregning\w*|anslag\w*|kalkyle\w*)\s+fra\s+(?:kommunen|fylkeskommunen|rådmannen|"
                               r"kommunedirektøren|fylkesdirektøren|fylkesrådmannen)\b", regex.IGNORECASE)
#: The word right before a name, where a person's title stands: "Kommunedirektør Bjørn Lie".
TITLE_WORD_BEFORE = regex.compile(r"(?<![\w-])([\w-]+)[ \t]+$")
#: Words in a count of things a measure adds: "400 nye studentboliger", "14 flere ambulanser" (what it is for
#: is the counted noun).
NEW_COUNT = regex.compile(r"\b(?:nye|flere|ekstra)\b", regex.IGNORECASE)
#: A word for today in a sentence: what it tells is of now, whatever past it compares with.
NOW = regex.compile(r"\b(?:nå|i\s+dag|i\s+år)\b", regex.IGNORECASE)
#: Right before a count, what gives it a measure: "tilbud til 500 husstander", "gi 400 000 mennesker
#: tilgang til rent vann", "trenger 360 millioner mennesker nødhjelp".
GIVEN_BEFORE = regex.compile(r"\b(?:til|for|med|gi|gir|ga|gitt|trenger|trengte|ansette|ansetter|ansatt|opprette|oppretter|"
                          r"opprettet|bygge|bygger|bygget|etablere|utdanne|utdanner|bosette|bosetter|bosatt|imot|tilby|"
                          r"tilbyr|kjøpe|kjøper|skaffe|sikre|hjelpe|hjelper|nå|når)\s+(?:\w+\s+)?$", regex.IGNORECASE)
#: A possessive right before a count of people: what a place or body has ("med sine 6 700 innbyggere").
POSSESSED_BEFORE = regex.compile(r"\b(?:sine|sitt|sin|våre|deres|hennes|hans)\s+$", regex.IGNORECASE)
#: A measure that is one word, perhaps an infinitive ("opprette", "å ansette"): before a count, the count's
#: noun is what the money is for.
LONE_VERB = regex.compile(r"(?:å\s+)?\p{Ll}[\w-]*")
#: A lead-in that says what its items get: "Disse kommunene får tilskudd:", "Følgende lag mottar driftsstøtte:".
LEAD_GETS = regex.compile(r"\b(?:får|fikk|mottar|mottok|tildeles|tildeltes)\s+"
                          # "Disse kommunene får mest i ordinære skjønnsmidler for 2015:", "… mest av SMIL-tilskuddet:"
                          r"(?:(?:disse|de)\s+)?(?:(?:mest|minst|mer|mindre)\s+(?:i|av)\s+)?"
                          r"(?!(?:mest|minst|mer|mindre|penger|midler)\b)"
                          r"(?P<np>(?:\p{Ll}|\p{Lu}{2,}-)[\w-]{3,}(?:\s+\p{Ll}[\w-]+){0,2}?)"
                          r"(?:\s+(?:for|i)\s+(?:\d{4}|år))?(?:\s*\([^()]*\))?\s*:\s*$")
#: A lead-in that says how something is shared out: "Slik er rammen for 2013 fordelt på fylkene:".
LEAD_DISTRIBUTED = regex.compile(r"\b(?:er|blir|ble)\s+(?P<np>(?:\p{Ll}|\p{Lu}{2,}-)[\w-]{3,}(?:\s+\p{Ll}[\w-]+){0,2}?)"
                                 r"(?:\s+(?:for|i)\s+(?:\d{4}|år))?\s+fordelt\b[^:\n]*:\s*$")
#: A lead-in that opens with what is shared out, then whom: "Grunnskjønn til et utvalg kommuner (tall i 1000 kroner):".
LEAD_NOUN = regex.compile(r"\s*(?P<np>\p{Lu}\p{Ll}[\w-]{3,})\s+(?:til|for)\s+[^:\n]*:\s*$")
#: A lead-in that names what is shared out after a noun of sharing: "Kommunene med størst tildeling av
#: SMIL-midler er:", "Fordelingen av skjønnsmidlene:".
LEAD_SHARE_OF = regex.compile(r"\b\w*(?:tildeling|fordeling|andel)(?:en|er|ene)?\s+av\s+(?P<np>[\w-]{3,}(?:\s+[\w-]+){0,2}?)"
                              r"(?:\s+(?:er|blir|var|i\s+\d{4}))?\s*:\s*$", regex.IGNORECASE)
#: A definite noun that gives or has given a count right before it: "Tilbudet gir", "Ordningen har gitt".
PROVIDER_GIVES = regex.compile(r"(?:^|(?<=[\s(]))(?P<np>(?-i:\p{L})[\w-]{2,}(?:en|et|ene|na))\s+(?:har\s+gitt|gir|ga|"
                               r"(?:vil|skal|kan)\s+gi)\s+(?:[\w-]+\s+til\s+)?(?:(?:om\s+lag|rundt|over|minst|nesten)\s+)?$",
                               regex.IGNORECASE)
#: Every year, month or week: the time of a rate, never a measure.
EVERY_TIME = regex.compile(r"(?i:hver|hvert)\s+(?i:år|måned|uke|dag|kvartal|halvår)")
#: A preposition of place right after a count: "på", "i", "ved", "langs", "utenfor", "rundt".
PLACE_AFTER = regex.compile(r"\s+(?:på|i|ved|langs|utenfor|rundt)\s+", regex.IGNORECASE)
#: Right after a count, a lack a measure is about: "200 000 nordmenn står uten fastlege".
LACKING_AFTER = regex.compile(r"\s+(?:står\s+|sto\s+|stod\s+)?(?:uten|mangler|manglet)\b", regex.IGNORECASE)


def is_structure_count(unit: str, structure: frozenset[str]) -> bool:
    """`tre målområder`, `fire hovedelementer`, `fire klimamål`: counts of a plan's own parts (as the last
    part of a compound only for the lexicon's entries written with a leading "-")."""
    if unit.startswith("hoved"):
        return True
    # the suffix rules cut an -e noun's plural one letter short ("sider" -> "sid")
    return any(unit in (n, n.rstrip("e")) or (n.startswith("-") and unit.endswith((n[1:], n[1:].rstrip("e"))))
               for n in structure)


class Assembler(Linker):
    """The claim records of a document (`records()`)."""

    def __init__(self, doc: Doc, measure_tree: str = "fallback"):
        super().__init__(doc)
        self.measure_tree = measure_tree
        self._amounts: list | None = None
        self._blockers: list[tuple[int, int]] | None = None
        self._blocker_starts: list[int] = []
        self._blocker_longest = 0
        self._time_span_set: set[tuple[int, int]] | None = None

    # --- assembling -----------------------------------------------------------------------------
    def amounts(self) -> list[Money | Quantity]:
        if self._amounts is None:
            self._amounts = self._find_amounts()
        return list(self._amounts)

    def _find_amounts(self) -> list[Money | Quantity]:
        out = []
        structure = word_list("structure_nouns.txt")
        population = word_list("population_nouns.txt")
        size = word_list("size_nouns.txt")
        for q in self.quantities:
            if q.unit.lower() in size and not LACKING_AFTER.match(self.text, q.end):
                continue  # "kommuner med færre enn 5 000 innbyggere": how big a place is
            if is_structure_count(q.unit, structure) or self.describes_population(q, population) \
                    or self.describes_a_state(q) or self.past_event(q):
                continue
            before = self.text[max(0, q.start - 12):q.start]
            if _FOLLOWING.search(before) or _RATE_BASE.search(before):
                continue
            out.append(q)
        out.extend(self.money)
        out.sort(key=lambda m: m.start)
        return [a for a in out if not self.official_statistic(a) and not self.statistic_share(a)
                and not self.market_price(a)]

    def describes_a_state(self, q: Quantity) -> bool:
        """A count that only says how things are ("Kommunen har 23 grunnskoler", "Fylket har om lag 2 700
        kilometer fylkesvei"): a verb of state before it, and its sentence has no change word, no policy
        verb and no money."""
        if q.unit in ("%", "prosentpoeng") or SCALE_WORD.search(q.text) or LACKING_AFTER.match(self.text, q.end):
            return False  # (a lack a measure may fill stays: "står over 3 000 innbyggere uten fastlege")
        i = self.sentence_index(q.start)
        if i is None:
            return False
        s = self.sentences[i]
        if CHANGE_WORDS.search(self.text, s.start, s.end):
            return False
        state = STATE_VERB.search(self.text, s.start, q.start)
        return state is not None and not PARTICIPLE.search(self.text, state.end(), q.start) and self.no_money_or_policy(s)

    def past_event(self, q: Quantity) -> bool:
        """A count of what happened before the document's year ("I 2015 kom det over 31 000 asylsøkere",
        "I fjor ble det innvilget 1 240 startlån"): every time its sentence names is past, and the
        sentence has no money, no policy verb and no change word in the count."""
        if q.unit in ("%", "prosentpoeng") or CHANGE_WORDS.search(q.text) or LACKING_AFTER.match(self.text, q.end) \
                or CHANGE_AFTER.match(self.text, q.end):
            return False  # "48 000 færre som mangler fastlege enn for ni måneder siden": a change
        i = self.sentence_index(q.start)
        if i is None or self.ctx.day is None:
            return False
        s = self.sentences[i]
        if NOW.search(s.text):
            return False  # "Nå er det …": compared with the past, told of today
        times = [t for t in self._times.between(s.start, s.end) if t.start >= 0]
        if not times or any(t.to is None or t.to >= self.ctx.day.year for t in times):
            return False
        return self.no_money_or_policy(s)

    def no_money_or_policy(self, s: Sentence) -> bool:
        """Whether a sentence holds no money and no policy verb: a count in it describes, no measure acts."""
        return not any(isinstance(a, Money) for a in self._all_amounts.between(s.start, s.end)) \
            and search_in(self.doc, policy_verb_regex(), s.start, s.end) is None

    def describes_population(self, q: Quantity, population: frozenset[str]) -> bool:
        """A count of people or places that describes ("26 600 innbyggere", "3 600 ansatte"), not one
        a measure acts on: no change word in the amount ("200 flere ansatte"), nothing before it that
        gives it a measure ("tilbud til 500 husstander") and no lack after it ("står uten fastlege")."""
        if q.unit.lower() not in population or CHANGE_WORDS.search(q.text) or LACKING_AFTER.match(self.text, q.end) \
                or CHANGE_AFTER.match(self.text, q.end):
            return False
        if POSSESSED_BEFORE.search(self.text, max(0, q.start - 20), q.start):
            return True  # "Ringerike, med sine 31 000 innbyggere": what a place has
        return not GIVEN_BEFORE.search(self.text, max(0, q.start - 20), q.start)

    def statistic_share(self, amount) -> bool:
        """A percentage that describes how things are, not what a measure does: a share, rate or trend
        of something no budget decides ("andelen er 21 prosent", "ledigheten var 3,1 prosent",
        "utslippene har økt med 6 prosent") or one a source reports
        ("…, viser tall fra Miljødirektoratet"), in a sentence without a policy verb."""
        if not isinstance(amount, Quantity) or amount.unit != "%" or amount.qualifier in ("up_to", "at_least"):
            return False  # "inntil 50 prosent av kostnadene": a rate a measure sets
        i = self.sentence_index(amount.start)
        if i is None:
            return False
        s = self.sentences[i]
        if STATISTIC_NOUN.search(self.text, max(s.start, amount.start - 60), amount.start) \
                and not self._actors.between(s.start, amount.start) \
                and not INSTRUMENT.search(self.text, s.start, amount.start):
            return True  # "Søkertallet til NTNU økte med 9 prosent": a trend, whatever its verb
        if TREND_BEFORE.search(self.text, max(s.start, amount.start - 40), amount.start) \
                and TREND_SPAN_AFTER.match(self.text, amount.end, s.end) \
                and not self._actors.between(s.start, amount.start) \
                and not INSTRUMENT.search(self.text, s.start, amount.start):
            return True  # "husleiene har steget med over 20 prosent på fem år": how things went, over years
        if search_in(self.doc, policy_verb_regex(), s.start, s.end) is not None:
            return False
        return bool(STATISTIC_SOURCE.search(s.text) or STATISTIC_NOUN.search(s.text))

    def market_price(self, amount) -> bool:
        """What the market charges, told as how things are ("Spotprisen lå på over 2 kroner per
        kilowattime", "En hybel i sentrum koster fort 8 000 kroner i måneden", "En gjennomsnittlig
        leilighet koster over 5 millioner kroner"): a price or a dwelling as the subject of a verb of state
        or cost right before the amount, in a sentence with no policy verb. No budget sets it."""
        if not isinstance(amount, Money):
            return False
        i = self.sentence_index(amount.start)
        if i is None:
            return False
        s = self.sentences[i]
        m = MARKET_PRICE_BEFORE.search(self.text, s.start, amount.start)
        return m is not None and search_in(self.doc, policy_verb_regex(), s.start, s.end) is None

    def official_statistic(self, amount) -> bool:
        """A figure the statistics office reports ("… viser tall fra Statistisk sentralbyrå", "SSB venter
        en prisvekst på over 5 prosent") in a sentence with no policy verb: background, not a claim (a
        statistics office makes no policy)."""
        i = self.sentence_index(amount.start)
        if i is None:
            return False
        s = self.sentences[i]
        return STATISTICS_OFFICE.search(s.text) is not None and search_in(self.doc, policy_verb_regex(), s.start,
                                                                          s.end) is None

    def repeats_body(self, amount, s: Sentence) -> bool:
        """A heading that only repeats an amount of the body is not a record of its own."""
        if not s.is_heading:
            return False
        unit = getattr(amount, "currency", None) or getattr(amount, "unit", None)
        for other in self.amounts():
            if other is amount or other.start < s.end:
                continue
            other_unit = getattr(other, "currency", None) or getattr(other, "unit", None)
            if other_unit == unit and rounds_to(amount, other.value):
                return True
        return False

    def governing_noun(self, amount: Quantity, s: Sentence) -> MeasureField | None:
        """The noun a count is the complement of: an act done to the things counted ("bosetting av 250
        flyktninger", "ombygging av rundt 1 500 fjøs"; not to new things) or the kind of money given to
        them ("etableringstilskudd til 2 000 unge bønder")."""
        m = GOVERNING_NOUN.search(self.text, max(s.start, amount.start - GOVERNING_REACH), amount.start)
        if m is None:
            return None
        word = m.group("noun").lower()
        if m.group("prep").lower() == "av" and NEW_COUNT.search(amount.text):
            return None  # "bygging av 1 300 nye studentboliger": new things are what the money is for
        if word in CHANGE_OF_MONEY or word in COST_NOUNS or word in word_list("function_words.txt") \
                or (m.group("prep").lower() == "til" and not MONEY_KIND.search(word)):
            return None
        return self.measure_at(m.start("noun"), m.end("noun"))

    def counted_noun(self, amount: Quantity) -> MeasureField | None:
        m = _LAST_WORD.search(amount.text)
        if not m or amount.unit in ("%", "prosentpoeng", "person") or not any(ch.isalpha() for ch in m.group(0)):
            return None
        start = amount.start + m.start()
        return MeasureField(start, amount.end, m.group(0), amount.unit)

    def what_they_get(self, amount: Quantity, s: Sentence) -> MeasureField | None:
        """What the people a count is of get ("om lag 300 flere bønder kan få støtte til nye fjøs", "minst
        2 000 langtidsledige får tilbud om lønnstilskudd", "gi 1 000 nye bønder en startpakke", "gi gratis
        plass i kulturskolen til 100 barn")."""
        if not is_beneficiary(amount.unit):
            return None
        gets = GET_AFTER_COUNT.match(self.text, amount.end, s.end)
        if gets is None and GIVE_BEFORE_COUNT.search(self.text, s.start, amount.start):
            gets = OBJECT_AFTER_COUNT.match(self.text, amount.end, s.end)
        given = GIVE_TO_COUNT.search(self.text, s.start, amount.start) if gets is None else None
        if gets is None and given is None:
            return None
        if gets is not None and self.text[gets.end():gets.end() + 1].isdigit():
            return None
        got = self.object_after(gets.end() if gets is not None else given.start("given"), s)
        if got is None or self.text[got[0]:got[1]].lower() in BARE_GOODS:
            return None  # "slik at 500 flere husstander får støtte": the support the sentence names before
        return self.clean_measure(self.measure_at(*got))

    def gets_so_that(self, amount, s: Sentence) -> MeasureField | None:
        """What an amount is for where a `slik at` clause right after it says who gets what ("90 millioner
        kroner slik at flere skoler får helsesykepleier"): the object of its verb of getting."""
        m = SO_THAT_GETS.match(self.text, amount.end, s.end)
        got = self.object_after(m.end(), s) if m is not None else None
        return self.clean_measure(self.measure_at(*got)) if got is not None else None

    def object_after(self, start: int, s: Sentence) -> tuple[int, int] | None:
        """The span of the noun phrase a verb's object opens at `start` in sentence s, up to where the phrase
        ends; None where it opens with a function word or is shorter than three letters."""
        first = regex.match(r"[\w-]+", self.text[start:s.end])
        if first is None or first.group(0).lower() in word_list("function_words.txt"):
            return None
        end = trim_trailing(self.text, start, phrase_end(self.text, start, s.end, self._blockers))
        return (start, end) if end - start >= 3 else None

    def names_where(self, amount: Quantity, start: int, end: int) -> bool:
        """Whether the phrase right after a count only says where the counted things are: a name after
        a preposition of place ("120 boliger på Gulskogen", "14 ladere langs E39")."""
        m = PLACE_AFTER.match(self.text, amount.end, start + 1)
        return m is not None and m.end() == start and self.text[start:start + 1].isupper()

    def elided_sibling(self, amount: Quantity, s: Sentence) -> Quantity | None:
        """The count of the same sentence whose noun an elided count shares ("14 nye hurtigladere langs
        E39 og 6 langs riksvei 5"): the last one before it with a noun and the same unit, or for the first
        bound of a range, its second."""
        if any(ch.isalpha() for ch in amount.text) or amount.unit in (None, "%", "prosentpoeng"):
            return None
        if amount.range == "from":  # "mellom 500 og 700 nye årsverk": the second bound names the noun
            return next((q for q in self._quantities.between(amount.end, s.end)
                         if q.unit == amount.unit and q.range == "to"), None)
        earlier = [q for q in self._quantities.between(s.start, amount.start)
                   if q.unit == amount.unit and any(ch.isalpha() for ch in q.text) and q.end <= amount.start]
        return earlier[-1] if earlier else None

    def paragraph_of(self, offset: int) -> int | None:
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i].paragraph

    def measure_of(self, amount, s: Sentence, blockers) -> tuple[MeasureField | None, str | None]:
        sibling = self.elided_sibling(amount, s) if isinstance(amount, Quantity) else None
        if sibling is not None:
            return self.measure_of(sibling, s, blockers)
        governing = self.governing_noun(amount, s) if isinstance(amount, Quantity) else None
        if governing is not None:
            return governing, "governing"
        provider = self.count_provider(amount, s) if isinstance(amount, Quantity) else None
        if provider is not None:
            return provider, "provider"
        if isinstance(amount, Quantity) and amount.unit in GENERIC_UNITS:
            noun = self.counted_noun(amount)
            where = self.unit_phrase(amount, s)  # "250 nye årsverk i den kommunale rusomsorgen"
            if where is not None and not self.names_where(amount, where.start, where.end):
                if noun is not None and PLACED_UNIT.match(self.text, amount.end, where.start):
                    # "årsverk i den kommunale rusomsorgen": the unit with where it goes, as one phrase
                    return self.noun_with(noun, where), "after"
                return where, "after"
            if where is not None and noun is not None:  # a place or a body only says where: "86 årsverk i Indre Troms"
                return noun, "counted"
            unit_for = self.unit_for(noun, amount, s) if noun is not None else None
            if unit_for is not None:  # "10 stillinger til patruljetjenesten": the unit with what it is for
                return unit_for, "after"
            along = DISTANCE_WITH.match(self.text, amount.end, s.end) if amount.unit in ("kilometer", "km") else None
            if along is not None:  # "12 nye kilometer med midtrekkverk": what the distance is of
                end = phrase_end(self.text, along.end(), s.end, [])
                if end - along.end() >= 3:
                    return self.measure_at(along.end(), end), "after"
            if noun is not None and HIRES_BEFORE.search(self.text, s.start, amount.start):
                return noun, "counted"  # "ansette 16 nye lærere, slik at …": the people hired
        got = self.what_they_get(amount, s) if isinstance(amount, Quantity) else None
        if got is not None:
            return got, "gets"
        if isinstance(amount, Quantity):
            noun = self.counted_noun(amount)
            if noun is not None and (find_lexicon_measures(self.text, noun.start, noun.end)
                                     or (NEW_COUNT.search(amount.text) and amount.unit not in GENERIC_UNITS
                                         and amount.unit not in word_list("population_nouns.txt"))):
                return self.placed(noun, amount, s), "counted"
        named = [a for a in self._actors.between(s.start, s.end) if not a.pronoun]
        bodies = [(a.start, a.end) for a in named]
        avoid = [(self.titled_start(a), a.end) for a in named
                 if a.actor_type in AGENTS and not GENITIVE.match(self.text, a.end - 1)]
        times = self.time_spans(s)
        near = self._near(blockers, s)
        cell = isinstance(amount, Money) and amount.currency_inferred \
            and table_row(self.text, amount.start, amount.end) is not None
        found = (cell and item_label(self.text, (s.start, s.end), (amount.start, amount.end), bodies)) \
            or phrase_for_amount(self.text, (s.start, s.end), (amount.start, amount.end), near, avoid, times, bodies)
        if found and not names_a_thing(self.doc, found[0], found[1]):
            found = None  # "stått stille", "planlegger", "dermed": the model reads no noun in it
        if found and found[2] in ("subject", "cost_owner") and VEHICLE_SUBJECT.fullmatch(self.text, found[0], found[1]):
            frame = FRAME_BEFORE.search(self.text, found[1], amount.start)
            if frame is not None:  # "Budsjettet har en samlet driftsramme på 12,4 milliarder": the frame it sets
                found = (frame.start("np"), frame.end("np"), "frame_of_vehicle")
        if found and found[2] == "subject" and found[1] <= amount.start \
                and names_only_money_or_scheme(self.text[found[0]:found[1]]):
            kind = kind_after(self.text, amount.end, s.end, near, blockers, bodies)
            if kind is not None and kind[2] == "kind" and money_kind(self.text[kind[0]:kind[1]]):
                found = kind  # "Prosjektet forutsetter 3 millioner kroner i spillemidler": the kind of money
        if found and found[2] == "subject" and isinstance(amount, Quantity) \
                and HAS_COUNT.fullmatch(self.text, found[1], amount.start):
            noun = self.counted_noun(amount)  # "Det nye bygget skal ha 64 døgnplasser": what it will have
            if noun is not None and not MEASURING_UNIT.fullmatch(noun.text):
                return noun, "counted"
        # a frame with nothing said of what it frames ("en samlet ramme på 1,2 millioner") is the measure
        # only where neither the tree nor the fallback finds one
        weak = found is not None and found[2] == "frame"
        if self.tree is not None and self.measure_tree != "off" and (self.measure_tree == "first" or not found or weak):
            every_actor = [*bodies, *((a.start, a.end) for a in self._actors.between(s.start, s.end) if a.pronoun)]
            found = measure_from_tree(self.doc, self.tree, (amount.start, amount.end), near, avoid,
                                      every_actor, money=isinstance(amount, Money)) or found
        if not found or found[2] == "frame":
            fallback = fallback_phrase(self.text, (s.start, s.end), (amount.start, amount.end),
                                       near, bodies, money=isinstance(amount, Money))
            if fallback and not (found and fallback[0] < found[1] and found[0] < fallback[1]):
                found = fallback  # (a phrase around the frame is no better than the frame)
        if found and isinstance(amount, Quantity) and self.names_where(amount, found[0], found[1]):
            noun = self.counted_noun(amount)  # "120 leie-til-eie-boliger på Gulskogen": the place says where
            if noun is not None:
                return noun, "counted"
        if found:
            start, end, rule = found
            end = trim_trailing(self.text, start, end)
            return self.measure_at(start, end), rule
        if isinstance(amount, Quantity) and amount.unit == "person":
            m = regex.match(r"\s+(?:flere|færre)?\s*(?:som\s+)?(?P<p>(?!(?:flere|færre|enn)\b)[^\s,.][^,.]*?)"
                            r"(?=\s+enn\b|[,.]|$)", self.text[amount.end:s.end])
            if m and m.group("p").strip():
                start = amount.end + m.start("p")
                end = amount.end + m.end("p")
                return self.measure_at(start, end), "clause"
        # a lexicon term in a verb ("planlegger") or in the name of the claim's actor ("Enova kan dekke",
        # not "til Enova") is no measure
        lex = [m for m in find_lexicon_measures(self.text, s.start, s.end)
               if not (amount.start <= m.start < amount.end)
               and m.text.lower() not in word_list("finite_verbs.txt")
               and names_a_thing(self.doc, m.start, m.end)]
        # a term inside a longer name says whose ("Finnmark politidistrikt", "Sykehuset Østfold"); a
        # body whose whole name is the term may be a budget line ("3,4 milliarder til Enova")
        lex = [m for m in lex if not any(a < m.end and m.start < b and (a, b) != (m.start, m.end) for a, b in bodies)]
        if any((m.start, m.end) in bodies for m in lex):
            actor, _ = self.sentence_actor(self.sentence_index(amount.start), amount.start)
            if actor is not None:
                lex = [m for m in lex if not (actor.start < m.end and m.start < actor.end)]
        # a body a generic noun names as a place or an owner ("tall fra politidistriktet", "ved sykehuset",
        # "sykehusets egne midler") is no measure; one a budget line is for is ("til sykehuset", "får
        # sykehusene 1,2 milliarder"), and so is one named by its name ("Enova får 3,4 milliarder")
        lex = [m for m in lex if (m.start, m.end) not in bodies or not m.text[:1].islower()
               or LINE_FOR.search(self.text, s.start, m.start)
               or (m.end <= amount.start and not self.text[m.end:amount.start].strip())]
        if lex:
            best = min(lex, key=lambda m: abs(m.start - amount.start))
            return MeasureField(best.start, best.end, best.text, best.canonical), "lexicon"
        if isinstance(amount, Money):
            qs = self._quantities.between(s.start, s.end)
            if qs:
                # what the count in the sentence is for, else the count itself: "40 millioner kroner til 300
                # nye plasser i kvalifiseringsprogrammet"
                q = qs[0]
                own, _ = self.measure_of(q, s, blockers)
                return (own or MeasureField(q.start, q.end, q.text, q.unit)), "quantity"
        if isinstance(amount, Quantity):
            noun = self.counted_noun(amount)
            if noun is not None and MEASURING_UNIT.fullmatch(noun.text):
                # a unit of measure is no measure: what it measures after it is ("8 TWh solkraft", "20
                # kilometer seterveier"), else none
                thing = MEASURED_THING.match(self.text, amount.end, s.end)
                if thing is None:
                    return None, None
                return self.clean_measure(self.measure_at(thing.start("np"), thing.end("np"))), "measured"
            if noun is not None:
                return self.placed(noun, amount, s), "counted"
        return None, None

    def item_opening(self, amount, s: Sentence, blockers) -> tuple[MeasureField | None, str | None]:
        """What a list item that names no purpose is about: the noun phrase it opens with (measures.item_opening)."""
        bodies = [(a.start, a.end) for a in self._actors.between(s.start, s.end) if not a.pronoun]
        found = item_opening(self.text, (s.start, s.end), (amount.start, amount.end), self._near(blockers, s), bodies)
        if found is None:
            return None, None
        start, end, rule = found
        return self.clean_measure(self.measure_at(start, end)), rule

    def titled_start(self, actor: Actor) -> int:
        """Where a person's mention starts with the title right before the name ("Kommunedirektør Bjørn Lie"):
        a phrase that opens with the title opens with the agent."""
        if actor.actor_type != "person":
            return actor.start
        m = TITLE_WORD_BEFORE.search(self.text, max(0, actor.start - 40), actor.start)
        return m.start() if m is not None and m.group(1).lower().endswith(person_titles()) else actor.start

    def measure_at(self, start: int, end: int) -> MeasureField:
        """The measure the text names from start to end, with its canonical (measures.canonical_for)."""
        canonical, _ = canonical_for(self.text, start, end, self.doc)
        return MeasureField(start, end, self.text[start:end], canonical)

    def _near(self, blockers: list[tuple[int, int]], s: Sentence) -> list[tuple[int, int]]:
        """The blockers phrase_for_amount can use for an amount in sentence s: those that start before
        its end and end after its start (it reads no other; the order of what it reads does not
        matter). Found by bisection when blockers are records()' own, in text order."""
        if blockers is not self._blockers or not blockers:
            return blockers
        starts, longest = self._blocker_starts, self._blocker_longest
        # a blocker that starts at or before s.start - longest ends by s.start
        near = blockers[bisect_right(starts, s.start - longest):bisect_left(starts, s.end)]
        return [b for b in near if b[1] > s.start]

    def collective(self, actor: Actor | None) -> Actor | None:
        """A person credited with an amount stands for the collective he acts for (a minister for the
        government, a politician for his party, an officer for the body his title names), as the
        claim guidelines' canonical actors are collectives; a person with none stays a person."""
        if actor is not None and actor.canonical == "staten" and self.about_farm_settlement:
            return self.as_government(actor)  # the state's side of the farm settlement is the government's
        branch = bare_name(self.ctx.publisher) if self.ctx.publisher else None
        if branch and lexicon().canonical_of(self.ctx.publisher) is not None:
            branch = None  # a body the lexicon knows by this name ("OsloMet – storbyuniversitetet") is no branch
        if actor is not None and actor.actor_type in BODIES and branch and branch.startswith(actor.canonical + " "):
            # a branch publishing names its organisation: "Pensjonistforbundet krever …" on the page of
            # "Norsk Pensjonistforbund Troms" is the branch's demand
            return Actor("actor", actor.start, actor.end, actor.text, canonical=branch, actor_type=actor.actor_type)
        if actor is not None and actor.actor_type == "ministry" and actor.canonical != self.ctx.publisher \
                and not self.acts(actor):
            return self.as_government(actor)
        if actor is None or actor.actor_type != "person":
            return actor
        side = side_of(actor, self.day, self.actors, self.text, self.own_side)
        if side is None or side[1] == "person":
            return actor
        return Actor("actor", actor.start, actor.end, actor.text, canonical=side[0], actor_type=side[1])

    def acts(self, actor: Actor) -> bool:
        """Whether a named body is the agent of the amount it was linked to, not a source of it or
        inherited: the tree's agent where there is a tree, else a body right before its verb or after
        `av` ("Samferdselsdepartementet bevilger …", "finansieres av Justisdepartementet"). A body that
        only estimates ("Kunnskapsdepartementet anslår at …", "Departementet har selv beregnet at …")
        is the source of a figure, not its agent."""
        if ESTIMATES_AFTER.match(self.text, actor.end) \
                or ESTIMATES_BEFORE.search(self.text, max(0, actor.start - 20), actor.start):
            return False
        if self.tree is not None:
            return actor.start in self.tree_agents
        return bool(AGENT_BEFORE.search(self.text, max(0, actor.start - 30), actor.start)
                    or VERB_AFTER.match(self.text, actor.end))

    def actor_field(self, actor: Actor | None, inherited: bool) -> ActorField | None:
        if actor is None:
            return None
        if actor.start < 0:
            return ActorField(None, None, None, actor.canonical, actor.actor_type, True)
        return ActorField(actor.start, actor.end, self.text[actor.start:actor.end], actor.canonical,
                          actor.actor_type, inherited)

    @staticmethod
    def bare_count(amount) -> bool:
        """A count whose noun the text leaves out, alone or after a qualifier ("sier ja til 15", "minst 30"),
        not a percentage nor an end of a change (whose measure the change gives)."""
        return isinstance(amount, Quantity) and amount.unit not in ("%", "prosentpoeng") and amount.range is None \
            and parse_number(amount.text.split()[-1]) is not None

    def time_field(self, t: Time | None, inherited: bool) -> TimeField | None:
        if t is None:
            return None
        value = {"grain": t.grain, "from_date": t.from_date, "to_date": t.to_date}
        if t.start < 0:  # a year no word holds (the document's budget year, a budget a sentence names): its
            # text is its basis
            return TimeField(None, None, None, t.from_, t.to, None, True, inferred=is_inferred(t.text),
                             basis=t.text, **value)
        return TimeField(t.start, t.end, self.text[t.start:t.end], t.from_, t.to, t.date, inherited, **value)

    def records(self) -> list[ClaimRecord]:
        ctx = self.ctx
        doc_id = ctx.doc_id or "text"
        amounts = self.amounts()
        # a measure phrase ends before another amount or a time: "til nye sykehjemsplasser | neste år"
        blockers = sorted([(a.start, a.end) for a in amounts] + [(x.start, x.end) for x in self.times if x.start >= 0])
        self._blockers, self._blocker_starts = blockers, [b[0] for b in blockers]
        self._blocker_longest = max((b[1] - b[0] for b in blockers), default=0)
        records: list[ClaimRecord] = []
        last_measure: dict[int, MeasureField] = {}
        last_named: MeasureField | None = None  # the last measure named by more than a generic noun
        rule_of: dict[int, str | None] = {}
        change_partner: dict[int, int] = {}
        for k in range(len(amounts) - 1):
            a, b = amounts[k], amounts[k + 1]
            if type(a) is type(b) and a.range == "from" and b.range == "to" \
                    and _TIL.search(self.text[a.end:b.start]):
                change_partner[k] = k + 1
        for k, amount in enumerate(amounts):
            i = self.sentence_index(amount.start)
            if i is None:
                continue
            s = self.sentences[i]
            if self.repeats_body(amount, s):
                continue
            measure, rule = self.measure_of(amount, s, blockers)
            if measure is not None and measure.start >= amount.end and DISTRIBUTIVE.match(self.text, measure.start):
                measure = None  # "2 000 kroner for hvert dekar": what each unit gets, not what the money is for
            measure = self.clean_measure(measure)
            if self.bare_count(amount) and (measure is None or measure.end <= amount.start):
                earlier = next((r.measure for r in reversed(records) if r.kind == "quantity"
                                and r.amount.unit == amount.unit and r.measure is not None), None)
                if earlier is not None:  # "… bosette 35 flyktninger. Rådmannen foreslår at vi sier ja til 15."
                    measure, rule = earlier, "elided"
            if measure is not None and LONE_VERB.fullmatch(measure.text):
                count = next((q for q in self._quantities.between(measure.end, measure.end + 2)
                              if q is not amount), None)
                noun = self.counted_noun(count) if count is not None else None
                if noun is not None:  # "for å opprette | to nye lærerstillinger": the verb's object
                    measure = noun
            if measure is None and isinstance(amount, Quantity) and rule is not None:
                measure, rule = self.counted_noun(amount), "counted"  # what it found was no measure
            same_sentence = records and records[-1].measure is not None and records[-1].amount.start >= s.start
            if same_sentence and (measure is None or rule == "modified") \
                    and CHANGE_APPOSITION.search(self.text, s.start, amount.start):
                measure, rule = records[-1].measure, "apposition"
            if same_sentence and EQUIVALENT_BEFORE.search(self.text, records[-1].amount.end, amount.start):
                measure, rule = records[-1].measure, "equivalent"
            # "…, 40 flere enn i fjor": the amount before names what the difference is of, over the subject
            if same_sentence and (measure is None or rule in ("subject", "receiver")) \
                    and DIFFERENCE_BEFORE.search(self.text, s.start, amount.start) \
                    and (DIFFERENCE_AFTER.match(self.text, amount.end) or DIFFERENCE_COUNT.search(amount.text)):
                measure, rule = records[-1].measure, "difference"
            if same_sentence and measure is None and PARALLEL_BEFORE.fullmatch(self.text, records[-1].amount.end,
                                                                                amount.start) \
                    and CLAUSE_CLOSES.match(self.text, amount.end):
                measure, rule = records[-1].measure, "parallel"  # "40 millioner til avhørere, mens SV ville bruke 60"
            if same_sentence and measure is None and (
                    COMPARED_AMOUNT.search(self.text, max(s.start, amount.start - 40), amount.start)
                    or SECOND_AMOUNT.fullmatch(self.text, records[-1].amount.end, amount.start)):
                # "1,79 milliarder kroner i ny kapital, mot 1,56 milliarder i år", "med 5 milliarder, til 25
                # milliarder", "mellom 150 og 200 millioner": the compared or second amount is of the same thing
                measure, rule = records[-1].measure, "compared"
            if s.is_item and (measure is None or ITEM_LABEL.fullmatch(self.text, s.start, amount.start)):
                lead = self.lead_in(i)
                found = self.lead_measure(self.sentences[lead]) if lead is not None else None
                if found is not None and self.frames_its_labels(found, s, amount):
                    # "Rammene for 2014 (mill. kr):" over "• Oppvekst og kultur: 61,8": the frame is shared
                    # out over the budget lines the labels name
                    label, _ = self.item_opening(amount, s, blockers)
                    found = label or found
                if found is not None:  # "Disse kommunene får tilskudd:" over "- Bodø kommune: 4,5 millioner"
                    measure, rule = found, "lead"
                elif ITEM_LABEL.fullmatch(self.text, s.start, amount.start):
                    # (only for money to a receiver the label names: "• Balsfjord idrettslag: 120 000 kroner")
                    shared = self.pot_of_lead(self.sentences[lead], records) \
                        if lead is not None and isinstance(amount, Money) and self.label_names_receiver(s, amount) else None
                    shared = shared or self.distributed_measure(records)
                    if shared is not None:  # "Disse kommunene får mest:" over "- Rana: 1,6 millioner"
                        measure, rule = shared, "distributed"
                    elif rule == "subject" and isinstance(amount, Quantity) \
                            and (amount.unit in GENERIC_UNITS or self.label_names_receiver(s, amount)):
                        # "• Bodø politistasjon: 3 stillinger", "• Legevakten: 1 årsverk": the label says who
                        # gets them; the count is of its own noun
                        noun = self.counted_noun(amount)
                        if noun is not None:
                            measure, rule = noun, "receiver_label"
            if measure is None and s.is_item and not same_sentence:  # (an item's second amount goes on with its first)
                measure, rule = self.item_opening(amount, s, blockers)
            if measure is None and ANAPHOR.search(s.text):
                earlier = last_measure.get(s.paragraph) or self.previous_object(i) \
                    or (self.previous_new_thing(i) if PRONOUN_COSTS.match(s.text) else None) \
                    or self.previous_subject(i)
                if earlier is not None:  # "Til sammen blir dette 60 millioner", "Den får 120 millioner"
                    measure, rule = earlier, "anaphor"
            if measure is None:
                measure = self.gets_so_that(amount, s)
                rule = "so_that" if measure is not None else rule
            if measure is None and records and records[-1].measure is not None \
                    and self.paragraph_of(records[-1].amount.start) == s.paragraph:
                # "Utbyggingen koster 38 millioner kroner. Staten betaler 60 prosent.": an amount that names
                # nothing it is for goes on with the paragraph's last measure
                measure, rule = records[-1].measure, "continued"
            if measure is None and records and records[-1].measure is not None and SAME_THING_AGAIN.match(s.text) \
                    and self.paragraph_of(records[-1].amount.start) == s.paragraph - 1 and self.opens_paragraph(i):
                # "… 3,4 millioner kroner til brønnboring. ¶ Det er 800 000 kroner mer enn i år.": what the
                # amount before was for, across the paragraph break
                measure, rule = records[-1].measure, "continued"
            if isinstance(amount, Quantity) and measure is not None and measure.end <= amount.start \
                    and is_generic(measure) and YIELDS.fullmatch(self.text, measure.end, amount.start) \
                    and not is_beneficiary(amount.unit):
                # "Satsingen skal gi sju nye lærerstillinger", "Prosjektet omfatter 48 boliger": a scheme that
                # gives or holds a count of things is what the count is of (not what it has given, "Ordningen har
                # gitt seks nye hus", nor the people it helps: "Ordningen gir om lag 90 barn et fritidskort")
                noun = self.counted_noun(amount)
                if noun is not None:
                    measure, rule = noun, "yielded"
            head_of = self.compound_antecedent(measure) if measure is not None else None
            if head_of is not None:
                # "Klinikken videreføres …" after "tannklinikken": the compound named before it heads
                measure = MeasureField(measure.start, measure.end, measure.text, head_of)
            elif measure is not None and (is_generic(measure) or rule == "share_of") \
                    and not amount.start <= measure.start < amount.end:
                # "Ordningen koster 780 millioner": the scheme named before; the span stays what the text says
                # (a share "av økningen" is of the sum the paragraph named last)
                before = records[-1].measure if rule == "share_of" and records \
                    and self.paragraph_of(records[-1].amount.start) == s.paragraph else None
                earlier = before or last_measure.get(s.paragraph) or self.referent(i) or last_named
                if earlier is not None:
                    measure = MeasureField(measure.start, measure.end, measure.text, earlier.canonical)
            rule_of[amount.start] = rule
            if measure is not None and not is_generic(measure):
                last_measure[s.paragraph] = last_named = measure
            exclude = (measure.start, measure.end) if measure and rule in ("after", "later") else None
            actor, actor_inh = self.sentence_actor(i, amount.start, exclude)
            actor = self.collective(actor)
            t, t_inh = self.sentence_time(i, amount.end)
            if t is not None:
                t = self.adjust_time(t, t_inh, s, k, amounts, change_partner)
            own = self.compared_amount_time(amount, s)
            if own is not None:  # "mot 2,1 milliarder i 2014": the compared amount's own year
                t, t_inh = own, False
            column = self.column_time(amount)
            if column is not None:  # "Sektor | 2011 | 2012": the year heading a table's column
                t, t_inh = column, True
            compared_to = self.compared_to(k, amounts, s, change_partner)
            is_money = isinstance(amount, Money)
            unit = amount.currency if is_money else amount.unit
            quote = self.in_quote(amount.start)
            if quote is not None and quote[2] is not None:
                claimant = quote[2].canonical
            else:
                claimant = self.writer[0] if self.writer else None
            record = ClaimRecord(
                claim_id=claim_id(doc_id, amount.start, amount.end, amount.text),
                doc_id=doc_id, doc_date=ctx.iso_date, kind="money" if is_money else "quantity",
                evidence=SpanRef(s.start, s.end, s.text),
                amount=AmountField(amount.start, amount.end, amount.text, amount.value, unit, amount.qualifier,
                                   amount.per, amount.range, bool(getattr(amount, "currency_inferred", False))),
                actor=self.actor_field(actor, actor_inh),
                time=self.time_field(t, t_inh),
                measure=measure,
                claimant=claimant,
                confidence=self.confidence(actor, actor_inh, t, t_inh, rule, amount),
                compared_to=compared_to,
            )
            records.append(record)
        by_amount = {r.amount.start: r for r in records if r.amount}
        for k, partner in change_partner.items():
            a, b = by_amount.get(amounts[k].start), by_amount.get(amounts[partner].start)
            if a and b and a.measure is not None and rule_of.get(b.amount.start) not in STRONG_RULES:
                b.measure = a.measure  # the two ends of a change are of one thing: "redusert X fra A til B"
            elif a and b and b.measure is not None and a.measure is None:
                a.measure = b.measure
            if a and b:
                cid = hashlib.sha1(f"{a.claim_id}:{b.claim_id}".encode()).hexdigest()[:12]
                a.change_id = b.change_id = cid
            owner = self.change_level_owner(a, b) if a and b else None
            if owner is not None:  # "Vi vil øke eiendomsskatten fra 2,6 til 3,0 promille": 2,6 is today's level
                a.actor = self.credited_to(owner)
        for record in records:
            owner = self.todays_level_owner(record) or self.described_in_op_ed(record) \
                or self.local_past(record) or self.local_estimate(record)
            if owner is not None:  # "mot dagens 1,1 milliarder"; an op-ed describing the government's budget
                record.actor = self.credited_to(owner)
        for a, b in zip(records, records[1:], strict=False):
            if a.measure is None and b.measure is not None and a.amount.range == "from" and b.amount.range == "to" \
                    and RANGE_BETWEEN.fullmatch(self.text, a.amount.end, b.amount.start):
                a.measure = b.measure  # "mellom 240 og 280 millioner kroner til sikring": one thing
            elif b.measure is not None and RESPECTIVELY.search(self.text, max(0, a.amount.start - 14), a.amount.start) \
                    and RANGE_BETWEEN.fullmatch(self.text, a.amount.end, b.amount.start):
                a.measure = b.measure  # "henholdsvis 1,1 og 3,5 milliarder kroner i støtte": of one kind
        # a sentence with an amount is no measure claim, even where the amount is background
        with_amounts = {r.evidence.start for r in records} | {
            self.sentences[i].start for a in [*self.money, *self.quantities]
            if (i := self.sentence_index(a.start)) is not None}
        records.extend(self.measure_claims(with_amounts))
        records.sort(key=lambda r: ((r.amount or r.measure).start, r.claim_id))
        for record in records:
            record.publisher, record.title, record.url = ctx.publisher, ctx.title, ctx.url
        return records

    @property
    def _time_spans(self) -> set[tuple[int, int]]:
        if self._time_span_set is None:
            self._time_span_set = {(t.start, t.end) for t in self.times}
        return self._time_span_set

    def count_provider(self, amount: Quantity, s: Sentence) -> MeasureField | None:
        """What yields a count, named before it as the subject of `gi`: "Tilbudet gir 30 studieplasser",
        "Ordningen har gitt seks nye hus" (not a body that acts, nor a pronoun)."""
        m = PROVIDER_GIVES.search(self.text, max(s.start, amount.start - 60), amount.start)
        if m is None or m.group("np").lower() in NOT_A_MEASURE | SUBJECT_SKIP \
                or any(a.start < m.end("np") and m.start("np") < a.end for a in self._actors.between(s.start, s.end)):
            return None
        start, end = m.start("np"), m.end("np")
        return self.measure_at(start, end)

    def time_spans(self, s: Sentence) -> list[tuple[int, int]]:
        """(start, end) of every time expression in a sentence: the spans a phrase may run past."""
        return [(t.start, t.end) for t in self._times.between(s.start, s.end)]

    def unit_phrase(self, amount: Quantity, s: Sentence) -> MeasureField | None:
        """What a count of a generic unit is for: the phrase after it ("250 nye årsverk i den kommunale
        rusomsorgen", "230 kilometer ny firefelts motorvei", "300 flere vernepliktige i Hæren")."""
        m = UNIT_PHRASE.match(self.text, amount.end, s.end)
        if m is None:
            return None
        times = self.time_spans(s)
        end = phrase_end(self.text, m.end(), s.end, times)
        if end - m.end() < 3:
            return None
        return self.measure_at(m.end(), end)

    def placed(self, noun: MeasureField, amount: Quantity, s: Sentence) -> MeasureField:
        """A counted noun with the programme, service or body it is counted in, as one phrase ("elever i
        kulturskolen", "deltakere i introduksjonsprogrammet", "vernepliktige i Hæren"); the noun alone
        where the `i`/`ved` phrase is a place or a time ("i Rygge", "i 2017", "i gjennomsnitt")."""
        m = PLACED_IN.match(self.text, amount.end, s.end)
        if m is None:
            return noun
        times = self.time_spans(s)
        if any(start <= m.end() < end for start, end in times):
            return noun
        end = phrase_end(self.text, m.end(), s.end, times)
        first = regex.match(r"[\w-]+(?:\s+\p{Lu}[\w-]*)?", self.text[m.end():end])
        if end - m.end() < 3 or first is None or is_place(first.group(0)) or is_place(first.group(0).split()[0]):
            return noun
        return self.noun_with(noun, MeasureField(m.end(), end, self.text[m.end():end], noun.canonical))

    def unit_for(self, noun: MeasureField, amount: Quantity, s: Sentence) -> MeasureField | None:
        """A count of a generic unit (its counted noun) and the `til` phrase that says what it is for, as
        one phrase ("10 stillinger til patruljetjenesten ved Kristiansand politistasjon"), where that
        phrase opens with no name or number."""
        m = UNIT_FOR.match(self.text, amount.end, s.end)
        if m is None:
            return None
        times = self.time_spans(s)
        end = phrase_end(self.text, m.end(), s.end, times)
        if end - m.end() < 3 or self.text[m.end()].isupper():
            return None  # (a name after `til` says who gets them: "3 stillinger til Bodø")
        return self.noun_with(noun, self.measure_at(m.end(), end))

    def noun_with(self, noun: MeasureField, phrase: MeasureField) -> MeasureField:
        """A counted noun and the phrase after it that places it or says what it is for, as one measure
        from the noun to the phrase's end. Its canonical is the noun's for posts ("årsverk i
        hjemmetjenesten" is årsverk), the phrase's for places in something ("plasser i sykepleie")."""
        canonical = phrase.canonical if noun.canonical in SLOT_UNITS else noun.canonical
        return MeasureField(noun.start, phrase.end, self.text[noun.start:phrase.end], canonical)

    def compound_antecedent(self, measure: MeasureField) -> str | None:
        """The canonical of the compound a one-word definite measure is the head of, where the text
        named it shortly before ("tannklinikken … Klinikken", "fiskerihavnetilskuddet … Tilskuddet",
        "klimafondet … Fondet"): in Bokmål a compound's last part refers back to it."""
        m = DEFINITE_NOUN.fullmatch(measure.text)
        if m is None:
            return None
        stem = m.group("stem").lower()
        lo = max(self.ctx.body_start, measure.start - ANTECEDENT_REACH)
        at = self.lower_text.rfind(stem, lo, measure.start)
        while at >= lo:
            start, end = word_start(self.text, at), word_end(self.text, at + len(stem))
            if at - start >= 3 and self.lower_text[at + len(stem):end] in ("", "en", "et", "ene", "er"):
                return canonical_for(self.text, start, end, self.doc)[0]
            at = self.lower_text.rfind(stem, lo, at)
        return None

    @cached_property
    def lower_text(self) -> str:
        return self.text.lower()

    def clean_measure(self, measure: MeasureField | None) -> MeasureField | None:
        """A measure is never a finite verb, an adverb or a preposition before its noun, nor a pronoun, a
        word for money alone or a time: "økes budsjettstøtten" -> "budsjettstøtten", "kuttet i ordningen"
        -> "ordningen", "fordeles" -> none. An infinitive with its object stays ("styrke
        allmennlegetjenesten", as the claim guidelines write it), and never holds a sum or a percentage."""
        if measure is None:
            return None
        start, end = measure.start, measure.end
        lead = FINITE_LEAD.match(self.text, start, end)
        if lead:
            start = lead.end()
        words = _WORDS.findall(self.text[start:end])
        if not words or (len(words) == 1 and (words[0].lower() in NOT_A_MEASURE
                                              or words[0].lower() in word_list("past_tense.txt"))):
            return None
        if EVERY_TIME.fullmatch(self.text, start, end):
            return None  # "Hvert år får kommunen …": a rate's time, not what the money is for
        if ((start, end) in self._time_spans or any(t.start <= start and end <= t.end
                                                    for t in self._times.between(max(0, start - TIME_REACH), end))) \
                and not NAMED_BUDGET.fullmatch(self.text, start, end):
            # a time or a word of one ("til høsten" -> "høsten"); a budget dated by its year stays a measure
            # ("Investeringsbudsjettet for 2021 er på …")
            return None
        inside = [t for t in self._times.between(start, end) if start < t.start < end]
        if inside and not NAMED_BUDGET.fullmatch(self.text, start, end):
            end = trim_trailing(self.text, start, min(t.start for t in inside))  # "potten | neste år": never the time
            if end <= start:
                return None
        if self.ctx.publisher and self.text[start:end].lower() == self.ctx.publisher.lower():
            return None  # "…, sier hun til Avisa Sør-Trøndelag": the publisher is no measure
        if len(words) == 1 and words[0][:1].isupper() and is_place(words[0]):
            return None  # a place is where the money goes, not what it is for ("til Fjell", "i Nord-Norge")
        if any(a.start < end and start < a.end and (isinstance(a, Money) or a.unit == "%")
               for a in self._all_amounts.between(max(0, start - 60), end)):
            return None  # a sum or a percentage is never what an amount is for ("om lag 4,9 milliarder")
        if (start, end) == (measure.start, measure.end):
            return measure
        return self.measure_at(start, end)

    def compared_amount_time(self, amount, s: Sentence) -> Time | None:
        """The time right after an amount a comparison word leads to (`mot 2,1 milliarder i 2014`)."""
        if not COMPARED_AMOUNT.search(self.text, max(s.start, amount.start - 40), amount.start):
            return None
        after = [t for t in self._times.between(amount.end, amount.end + 40) if t.resolved
                 and (t.start - amount.end <= 3 or BUDGET_BETWEEN.fullmatch(self.text, amount.end, t.start))]
        return after[0] if after else None

    def compared_to(self, k: int, amounts, s: Sentence, change_partner: dict[int, int]) -> ComparedTo | None:
        """The base time of a comparison in the amount's sentence, and the amount right after it when a
        comparison word leads to that one (`5 millioner mot 3 millioner i fjor`)."""
        amount = amounts[k]
        base = self.comparison_base(s, amount.end)
        own = self.compared_amount_time(amount, s) if base is not None else None
        if own is not None and (own.start, own.end) == (base.start, base.end):
            base = None  # "mot 1,2 milliarder i 2022": the compared amount's own year, no base it is compared with
        other = None
        if k + 1 < len(amounts) and change_partner.get(k) != k + 1:
            nxt = amounts[k + 1]
            if nxt.start < s.end and COMPARED_AMOUNT.search(self.text, max(amount.end, nxt.start - 40), nxt.start):
                unit = nxt.currency if isinstance(nxt, Money) else nxt.unit
                other = ComparedAmount(nxt.start, nxt.end, self.text[nxt.start:nxt.end], nxt.value, unit)
        if base is None and other is None:
            return None
        return ComparedTo(self.time_field(base, False) if base else None, other)

    def adjust_time(self, t: Time, inherited: bool, s: Sentence, k: int, amounts, change_partner) -> Time:
        """Changes, comparisons and `har siden` read a time differently from a plain amount."""
        single = t.from_ is not None and t.from_ == t.to
        partner = change_partner.get(k)
        opens = t.from_ is not None and not inherited  # "fra 7 500 til 10 000 kroner fra 1. januar"
        if partner is not None and opens and t.to is None and t.from_date:
            # the "fra" amount is the level until the change starts: today's for a change ahead ("Fra 1.
            # januar 2018 heves satsen fra 1 000 til 2 000" in December 2017), that of the start for a
            # change since then ("har økt fra 4,1 til 7,5 milliarder siden 2016")
            start = dt.date.fromisoformat(t.from_date[:10])
            since = t.text.lower().startswith("siden")
            if self.day is not None and start > self.day:
                year = self.day.year
            else:
                year = (start if since else start - dt.timedelta(days=1)).year
            return time_value(t, cal.year(year), "year")
        if partner is not None and (single or opens) \
                and self.change_from_year_before(t, inherited, amounts[k], amounts[partner]):
            return time_value(t, cal.year(t.from_ - 1), "year")
        if partner is not None and inherited and not single and t.from_ is not None and t.to is not None \
                and self.ctx.year is not None and t.from_ <= self.ctx.year <= t.to:
            # "I bystyreperioden 2023–2027 vil vi: doble tilskuddet fra 40 til 80 millioner": today's level
            return time_value(t, cal.year(self.ctx.year), "year")
        if not inherited and regex.match(r"for\s", t.text, regex.IGNORECASE) and t.text.lower().endswith("siden") \
                and COMPARISON.search(s.text) and self.ctx.year is not None:
            return time_value(t, (cal.year(t.from_)[0], cal.year(self.ctx.year)[1]), "year")
        if not inherited and t.from_ is not None and t.end <= amounts[k].start \
                and SINCE_CLAUSE.search(self.text, s.start, t.start):
            return time_value(t, (cal.year(t.from_)[0], None), "year")  # "Siden … i januar 2018, har vi …"
        if not inherited and t.from_ is not None and t.start >= amounts[k].end \
                and SINCE_AFTER.search(self.text, amounts[k].end, t.start):
            # "økt med 250 millioner kroner siden ordningen ble innført i 2010"
            return time_value(t, (cal.year(t.from_)[0], None), "year")
        if single and t.grain == "year" and SINCE_THEN.search(s.text):
            return time_value(t, (cal.year(t.from_)[0], None), "year")  # "opprettet i 2019 og har siden delt ut"
        if not inherited and single and DECISION_AUTUMN.fullmatch(t.text) and BUDGET_WORD.search(s.text) \
                and not BUDGET_YEAR_NAMED.search(s.text) and self.day is not None and t.from_date \
                and t.from_date <= self.day.isoformat():
            # "I budsjettforhandlingene høsten 2023 fikk Rødt gjennomslag for 240 millioner": a past
            # autumn's budget is for the year after it
            return time_value(t, cal.year(t.from_ + 1), "year")
        if not inherited and self.span_from_budget_year(t):
            return shifted_year(t, 1)  # "i løpet av tre år" in an autumn budget: from the budget year
        if not inherited and self.in_budget_year(t):
            return shifted_year(t, 1)  # "arbeidet starter i andre halvår" in December's budget for next year
        return t

    def column_time(self, amount) -> Time | None:
        """The time heading the table column an amount stands in (see money.column_head)."""
        if not isinstance(amount, Money) or not amount.currency_inferred:
            return None
        span = column_head(self.text, amount.start, amount.end)
        if span is None:
            return None
        found = next((t for t in self._times.between(span[0] - 20, span[1])
                      if t.start <= span[0] and span[1] <= t.end and t.resolved), None)
        if found is not None:
            return found
        # a bare year or span of years heading a column is no time mention of its own
        first, _, last = self.text[span[0]:span[1]].replace("–", "-").partition("-")
        years = (cal.year(int(first))[0], cal.year(int(last or first))[1])
        return interval_time(span[0], span[1], self.text[span[0]:span[1]], years, "year")

    def span_from_budget_year(self, t: Time) -> bool:
        """A span of whole years counted from now ("i løpet av tre år", "over fem år", "de neste to
        årene"), in a budget for the next year and not in the past tense: the annotated corpus counts it
        from the budget year."""
        by, day = self.budget_year, self.day
        if by is None or day is None or not t.relative or t.grain != "year" or t.from_ != day.year \
                or t.to is None or t.to < t.from_:
            return False
        return by.year == day.year + 1 and YEARS_FROM_NOW.search(t.text) is not None \
            and not past_tense(self.text, t.start, t.end)

    def in_budget_year(self, t: Time) -> bool:
        """A half or quarter named without a year that has begun by the document date, in a budget for the
        next year and not in the past tense, is the budget year's."""
        by, day = self.budget_year, self.day
        if by is None or day is None or t.grain not in ("half", "quarter") or not t.relative or not t.from_date:
            return False
        return (by.year == day.year + 1 and t.from_ == day.year and t.from_date <= day.isoformat()
                and not past_tense(self.text, t.start, t.end))

    def change_from_year_before(self, t: Time, inherited: bool, amount, partner) -> bool:
        """Whether the "fra" amount of `fra X til Y` is the year before Y's: Y's year follows the change
        (`fra 13,9 til 64 millioner i 2020`), or is the budget year a budget proposal changes it for
        (not a revised budget, nor an agreement changing the proposal: `fra 3,2 milliarder i forslaget`)."""
        if not inherited:
            return t.start >= partner.end
        by = self.budget_year
        return (by is not None and by.kind == "proposal" and t.from_ == by.year
                and not PROPOSAL.search(self.text, amount.end, partner.start) and not self.amends_proposal(amount))

    def amends_proposal(self, amount) -> bool:
        """Whether an amount's sentence or its list's lead-in amends a proposal ("Kommunestyret gjorde
        følgende endringer i kommunedirektørens forslag:"): the "fra" amount of a change there is the
        proposal's figure for the same year, not today's level."""
        i = self.sentence_index(amount.start)
        if i is None:
            return False
        lead = self.lead_in(i) if self.sentences[i].is_item else None
        return any(AMENDS.search(self.sentences[k].text) for k in (i, lead) if k is not None)

    def measure_claims(self, taken: set[int]) -> list[ClaimRecord]:
        """Sentences with an actor, a policy verb and a measure but no amount: the measure is a lexicon
        measure after the verb, else the verb's object (`Vi har innført et krav om fordypning`)."""
        out = []
        for i, s in enumerate(self.sentences):
            if s.start in taken or s.start < self.ctx.body_start:
                continue
            verb = search_in(self.doc, policy_verb_form_regex(), s.start, s.end)
            if not verb:
                continue
            actors = [a for a in self.candidate_actors(s) if a.start < verb.start()]
            if not actors:
                continue
            measure = self.object_measure(verb.end(), s)
            if measure is None or any(t.start < measure.end and measure.start < t.end
                                      for t in self._times.between(s.start, s.end)):
                continue  # "… holdes uendret i resten av planperioden": a time is no measure
            t, t_inh = self.sentence_time(i)
            doc_id = self.ctx.doc_id or "text"
            out.append(ClaimRecord(
                claim_id=claim_id(doc_id, measure.start, measure.end, measure.text), doc_id=doc_id,
                doc_date=self.ctx.iso_date, kind="measure", evidence=SpanRef(s.start, s.end, s.text), amount=None,
                actor=self.actor_field(actors[-1], False), time=self.time_field(t, t_inh), measure=measure,
                claimant=self.writer[0] if self.writer else None, confidence=0.5,
            ))
        return out

    def credited_to(self, owner: tuple[str, str]) -> ActorField:
        """The actor field of a (canonical, kind) no word of the sentence names: inherited."""
        return self.actor_field(unnamed(owner[0], owner[1]), True)

    def todays_level_owner(self, record: ClaimRecord) -> tuple[str, str] | None:
        """Who sets an amount a party's or an interest group's text names as today's level ("mot dagens 1,1
        milliarder kroner", "fra 2,5 promille i dag til 3 promille", "mot 570 kroner i dag", "fondet, som i dag
        har 30 millioner kroner", "fylkeshuset, som er budsjettert med 260 millioner"), where the record
        was credited to the writer: the municipality or county of a local party's text (level_owner), the
        government in office where an opposition party or an interest group writes on the state budget or
        the farm settlement."""
        writer = self.writer
        if writer is None or writer[1] not in ("party", "organisation") or record.actor is None \
                or record.actor.canonical != writer[0] or record.amount is None:
            return None
        amount = record.amount
        if not (TODAY_BEFORE.search(self.text, max(0, amount.start - 20), amount.start)
                or LEVEL_RELATIVE.search(self.text, max(0, amount.start - 80), amount.start)
                or TODAY_AFTER.match(self.text, amount.end)
                or AGAINST_BEFORE.search(self.text, max(0, amount.start - 5), amount.start)
                and THIS_YEAR_AFTER.match(self.text, amount.end)):
            return None
        if self.about_state_budget or self.about_farm_settlement:
            return self.government_against(writer[0])
        return self.level_owner if writer[1] == "party" else None

    def described_in_op_ed(self, record: ClaimRecord) -> tuple[str, str] | None:
        """Who an agentless sentence in an opposition politician's op-ed on the state budget or the farm
        settlement speaks of, where the record fell back to the writer's party: the government in office,
        whose budget the op-ed describes ("Museumsbevilgningen øker med 2,9 prosent, mens prisene stiger
        langt mer"), unless the sentence speaks of the writer's side, a wish or what a proposal costs
        ("Dette koster rundt 300 000 kroner", "Til sammen gir det …")."""
        if self.ctx.genre != "op-ed" or not self.fell_back_to_party(record) \
                or not (self.about_state_budget or self.about_farm_settlement):
            return None
        sentence = record.evidence.text
        if OWN_SIDE_WORD.search(sentence) or WRITER_WANTS.search(sentence) or COSTS.search(sentence) \
                or PROPOSAL_BACK.search(sentence):
            return None
        return self.government_against(self.writer[0])

    def local_past(self, record: ClaimRecord) -> tuple[str, str] | None:
        """Who did what an agentless past-tense sentence in a local party's op-ed or page tells, where the
        record fell back to the writer's party: the municipality or county (level_owner), whose budget it
        was ("Pengene ble brukt til 10 nye dagplasser", "I fjor fikk kulturskolen 1,2 millioner"), unless the
        sentence speaks of the writer's side, a wish, the writer's own proposal or an estimate (NOT_DONE)."""
        if self.ctx.genre not in ("op-ed", "party-page") or not self.fell_back_to_party(record):
            return None
        sentence = record.evidence.text
        if OWN_SIDE_WORD.search(sentence) or WRITER_WANTS.search(sentence) or NOT_DONE.search(sentence) \
                or not past_tense(self.text, record.amount.start, record.amount.end):
            return None
        return self.level_owner

    def local_estimate(self, record: ClaimRecord) -> tuple[str, str] | None:
        """Whose estimate an agentless cost in a local party's text is where the sentence says the municipality
        or its chief executive made it ("…, ifølge kommunens egne beregninger", "en ny kalkyle fra
        kommunedirektøren viser at …"): the municipality or county (level_owner), not the writer's party."""
        estimate = LOCAL_ESTIMATE.search(record.evidence.text) \
            if self.ctx.genre in ("op-ed", "party-page") and self.fell_back_to_party(record) else None
        if estimate is None:
            return None
        county = "fylke" in estimate.group(0).lower()
        bodies = [b for b in self.local_bodies if b.endswith("fylkeskommune") == county]
        return (bodies[0], "public_body") if len(bodies) == 1 else self.level_owner

    def fell_back_to_party(self, record: ClaimRecord) -> bool:
        """Whether a record with an amount fell back to the writer's party, which the sentence does not name."""
        writer = self.writer
        return writer is not None and writer[1] == "party" and record.actor is not None \
            and record.actor.canonical == writer[0] and not record.actor.text and record.amount is not None

    def government_against(self, side: str) -> tuple[str, str] | None:
        """The government in office, as an owner, where `side` (a party, or an organisation, which never
        governs) is out of it: whose budget or levels that side writes against. None where `side` governs or
        no government is known."""
        gov = government_on(self.day)
        return (gov, "government") if gov and not in_government(side, self.day) else None

    def change_level_owner(self, a: ClaimRecord, b: ClaimRecord) -> tuple[str, str] | None:
        """Who sets today's level A of a change "fra A til B", where both ends were credited to the one who
        wants it: for a party, in its own text or reported ("Høyre ville sette ned eiendomsskatten fra 7 til
        5 promille"), the municipality or county of a local text (level_owner), and the government for a
        party out of it reported on the state budget ("vil øke rammen fra 130 til 250 millioner, sier SVs
        talsperson"); for an interest group
        asking for more from the state budget or the farm settlement ("Sit krever at tilskuddet per hybel
        økes fra 620 000 til 720 000 kroner"), the government in office. None otherwise."""
        if a.actor is None or b.actor is None or a.actor.canonical != b.actor.canonical:
            return None
        if b.actor.type == "party":
            if self.about_state_budget and not (self.writer and self.writer[0] == b.actor.canonical):
                # "Vi vil øke rammen fra 130 til 250 millioner, sier SVs talsperson" in a news story: the
                # government's proposal is the level; in the party's own text the gold keeps the party
                return self.government_against(b.actor.canonical)
            return self.level_owner
        writer = self.writer
        if writer is not None and writer[1] == "organisation" and b.actor.canonical == writer[0] \
                and (self.about_state_budget or self.about_farm_settlement):
            return self.government_against(writer[0])
        return None

    @cached_property
    def level_owner(self) -> tuple[str, str] | None:
        """Who sets today's level of what a local party's text would change: the one municipality or
        county the text names, or the one the publisher is named for ("Larvik Arbeiderparti", "Rødt
        Vestfold"). None in a text on the state budget or the farm settlement, where the gold is split
        between the party and the government."""
        if self.about_state_budget or self.about_farm_settlement:
            return None
        if len(self.local_bodies) == 1:
            return next(iter(self.local_bodies)), "public_body"
        town = publisher_place(self.ctx.publisher)
        if town is not None:
            return f"{town} kommune", "public_body"
        county = publisher_county(self.ctx.publisher)
        return (f"{county} fylkeskommune", "public_body") if county is not None else None

    def label_names_receiver(self, s: Sentence, amount) -> bool:
        """Whether the label of a list item ("• Bodø politistasjon: 3 stillinger") names a body or a
        place: one the actor stage found, or a municipality, county or city by its first word."""
        if any(not a.pronoun for a in self._actors.between(s.start, amount.start)):
            return True
        first = FIRST_WORD.search(self.text, s.start, amount.start)
        return first is not None and (is_town(first.group(0)) or first.group(0).lower() in word_list("counties.txt"))

    def frames_its_labels(self, found: MeasureField, s: Sentence, amount) -> bool:
        """Whether a lead-in names only a budget frame (`Rammene`, `Driftsramme`) over a labelled item whose
        label is a budget line, not a body or place that receives."""
        return found.canonical.lower().endswith(FRAME_ENDINGS) \
            and ITEM_LABEL.fullmatch(self.text, s.start, amount.start) is not None \
            and not self.label_names_receiver(s, amount)

    def lead_measure(self, lead: Sentence) -> MeasureField | None:
        """What a list's lead-in says its items get, for items that name only who gets it: "Disse
        kommunene får tilskudd:", "Grunnskjønn til et utvalg kommuner (tall i 1000 kroner):"."""
        m = LEAD_GETS.search(lead.text) or LEAD_NOUN.match(lead.text) or LEAD_SHARE_OF.search(lead.text) \
            or LEAD_DISTRIBUTED.search(lead.text)
        if m is None:
            return None
        start, end = lead.start + m.start("np"), lead.start + m.end("np")
        return self.measure_at(start, end)

    def pot_of_lead(self, lead: Sentence, records: list[ClaimRecord]) -> MeasureField | None:
        """What a pot named in the lead-in's paragraph is for, where the lead-in speaks of sharing it out
        ("Potten til kulturmidler er på 420 000 kroner. … De største tildelingene er budsjettert slik:")."""
        if not ALLOCATION_LEAD.search(lead.text):
            return None
        for record in reversed(records):
            if record.kind == "money" and record.measure is not None \
                    and self.paragraph_of(record.amount.start) == lead.paragraph:
                return record.measure
        return None

    @staticmethod
    def distributed_measure(records: list[ClaimRecord]) -> MeasureField | None:
        """What money shared out was for, named with its total earlier in the document ("Fylkesmannen har
        fordelt 14,6 millioner kroner i tilskudd til kommunenes arbeid mot fattigdom"): the measure of the
        last money record so far whose sentence shares out money."""
        for record in reversed(records):
            if record.kind == "money" and record.measure is not None \
                    and SHARES_OUT.search(record.evidence.text):
                return record.measure
        return None

    def sentence_before(self, i: int, across: bool = False) -> Sentence | None:
        """The sentence right before sentence i, where it is in the same paragraph (with `across`, the
        last one of the paragraph before, unless that is a heading)."""
        if i == 0 or not across and self.sentences[i - 1].paragraph != self.sentences[i].paragraph:
            return None
        return None if self.sentences[i - 1].is_heading else self.sentences[i - 1]

    def previous_object(self, i: int, across: bool = False) -> MeasureField | None:
        """What the sentence before, in the same paragraph (with `across`, the paragraph before), proposes
        ("I tillegg foreslår vi en egen pendlerpakke for Buskerud.", "Kommunestyret har vedtatt å ansette
        en jobbspesialist." before "Prislappen er 950 000 kroner"): the object of its policy verb."""
        prev = self.sentence_before(i, across)
        if prev is None:
            return None
        # a policy verb, or a modal and a verb of doing ("Vi vil også sikre døgnåpen akuttberedskap …"),
        # whichever comes first
        found = [m for m in (search_in(self.doc, policy_verb_form_regex(), prev.start, prev.end),
                             wants().search(self.text, prev.start, prev.end)) if m is not None]
        if not found:
            return None
        verb = min(found, key=lambda m: m.start())
        start = verb.end()
        infinitive = INFINITIVE_AFTER.match(self.text, start, prev.end)
        if infinitive is not None:  # "har vedtatt å ansette en jobbspesialist": the infinitive's object
            start = infinitive.end()
        return self.clean_measure(self.object_measure(start, prev, definite=True))

    def definite_object(self, start: int, s: Sentence) -> MeasureField | None:
        m = DEFINITE_OBJECT_START.match(self.text, start, s.end)
        if m is None:
            return None
        end = phrase_end(self.text, m.end(), s.end, [])
        return self.measure_at(m.end(), end)

    def referent(self, i: int) -> MeasureField | None:
        """What a generic noun opening sentence i ("Ordningen", "Prislappen", "Prosjektet") refers to in the
        sentence right before it: the new thing it introduces or the object of its policy verb (across a
        paragraph break where i opens one), or its subject ("Rådmannen foreslår en rehabilitering av
        storsalen. Prislappen er 8,4 millioner kroner.")."""
        across = self.opens_paragraph(i)
        return self.previous_new_thing(i, across) or self.previous_object(i, across=across) \
            or self.previous_subject(i)

    def previous_new_thing(self, i: int, across: bool = False) -> MeasureField | None:
        """The last thing the sentence before (in the same paragraph, or with `across` the last of the
        paragraph before; with no amount of its own)
        introduces with an indefinite article or "ny" ("Ungdomsskolen trenger nytt ventilasjonsanlegg.",
        "… betyr forslaget også en ny ambulansebil på Rauland."), which a pronoun opening the next
        sentence prices ("Det er beregnet å koste 3,8 millioner kroner.", "Den koster 2,3 millioner")."""
        prev = self.sentence_before(i, across)
        if prev is None or self._all_amounts.between(prev.start, prev.end):
            return None
        last = None
        # a thing in a clause of time, cause or condition is no new thing of the sentence's ("innfører en
        # betalingsplikt når en pasient blir liggende")
        clause = CLAUSE_AFTER_THING.search(self.text, prev.start, prev.end)
        for m in NEW_THING.finditer(self.text, prev.start, clause.start() if clause else prev.end):
            if m.start() > prev.start and not PREPOSITION_BEFORE.search(self.text, prev.start, m.start()):
                last = m  # an object: not the subject that opens the sentence, a place or a state ("i en skuff")
        if last is None:
            return None
        start = last.end()
        end = phrase_end(self.text, start, prev.end, [])
        cut = CLAUSE_AFTER_THING.search(self.text, start, end)
        end = cut.start() if cut else end
        if end - start < 4 or any(a.start < end and start < a.end for a in self._actors.between(prev.start, prev.end)):
            return None
        return self.clean_measure(self.measure_at(start, end))

    def previous_subject(self, i: int) -> MeasureField | None:
        """What the sentence before, in the same paragraph, opens with as its subject, when it has no
        amount ("Narkotikaprogrammet med domstolskontroll utvides til to nye byer. Til dette settes
        det av 12 millioner kroner.")."""
        prev = self.sentence_before(i)
        if prev is None or self._all_amounts.between(prev.start, prev.end):
            return None
        found = subject_phrase(self.text, prev.start, prev.end)
        # a subject that is a body acts; one that only names a body ("Sykkelsatsingen i kommunene") does not
        if found is None or any(a.start <= found[0] < a.end for a in self._actors.between(prev.start, prev.end)):
            return None
        start, end = found
        return self.clean_measure(self.measure_at(start, end))

    def object_measure(self, start: int, s: Sentence, definite: bool = False) -> MeasureField | None:
        """The object a verb ending at `start` takes: an indefinite noun phrase, else (with `definite`) a
        definite one right after it ("bytte ut gatelysene langs fylkesveien"), else the first lexicon term."""
        lexical = find_lexicon_measures(self.text, start, s.end)
        m = OBJECT_START.match(self.text, start, s.end)
        if m:
            end = phrase_end(self.text, m.end(), s.end, [])
            if end - m.end() >= 4 and not (lexical and lexical[0].start >= end):
                return self.measure_at(m.end(), end)
        found = self.definite_object(start, s) if definite else None
        if found is not None:
            return found
        if lexical:
            hit = lexical[0]
            return MeasureField(hit.start, hit.end, hit.text, hit.canonical)
        return None

    @staticmethod
    def confidence(actor, actor_inh, t, t_inh, rule, amount) -> float:
        score = 0.35
        if actor is not None:
            score += 0.1 if actor_inh else 0.2
        if t is not None:
            score += 0.05 if t_inh else 0.1
        if rule in ("after", "modified", "with", "til_x_er"):
            score += 0.2
        elif rule:
            score += 0.1
        if isinstance(amount, Money) and not amount.currency_inferred:
            score += 0.1
        return min(score, 0.99)


#: How the measure reads the dependency tree where the model parsed the claim window:
#: "fallback" where the surface rules find no phrase, "first" before them, "off" never.
MEASURE_TREE = ("fallback", "first", "off")


#: After a count of people, a verb of getting and what they get may open with: "kan få støtte til …",
#: "får tilbud om lønnstilskudd", "skal få plass i kulturskolen" (a place or time between: "på Sørlandet").
GET_AFTER_COUNT = regex.compile(r"(?:\s+(?!(?:får|få|fikk)\b)[\w-]+){0,3}?\s+(?:(?:skal|vil|kan|må|kunne|skulle)\s+"
                                r"(?:også\s+)?)?(?:få|får|fikk)\s+(?:(?:et\s+)?tilbud\s+om\s+|plass\s+(?:i|på)\s+|"
                                r"hjelp\s+(?:til|med)\s+)?", regex.IGNORECASE)
#: What people get, named by no more than this word: the sentence names what it is elsewhere.
BARE_GOODS = frozenset(("tilbud", "støtte", "hjelp", "plass", "penger", "midler", "et tilbud", "bistand", "oppfølging"))
#: "gi" right before a count of people: what follows the count is what they are given.
GIVE_BEFORE_COUNT = regex.compile(r"\b(?:gi|gir|ga|gitt)\s+(?:(?:minst|over|om\s+lag|rundt|inntil)\s+)?$", regex.IGNORECASE)
#: Before a body's name, the preposition of a budget line for it: "3,4 milliarder kroner til Enova".
LINE_FOR = regex.compile(r"(?<![\w-])(?:til|for)\s+$", regex.IGNORECASE)
#: Before a count of people, a verb of giving and what it gives them: "gi gratis plass i kulturskolen til",
#: "gir skolegang til rundt" (what is given is the measure).
GIVE_TO_COUNT = regex.compile(r"\b(?:gi|gir|ga|gitt)\s+(?P<given>[^.,;:\n]{3,80}?)\s+til\s+"
                              r"(?:(?:minst|over|om\s+lag|rundt|inntil|nesten|mer\s+enn)\s+)?$", regex.IGNORECASE)
#: Right after an amount, a `slik at` clause up to its verb of getting: "slik at flere skoler får", "slik at
#: alle fire- og femåringer kan få" (what they get follows).
SO_THAT_GETS = regex.compile(r"[^\S\n]*,?[^\S\n]+slik\s+at\s+(?:[\w-]+[^\S\n]+){1,5}?(?:kan\s+|skal\s+)?(?:får|få)\s+"
                             r"(?:(?:et|en|ei)\s+)?", regex.IGNORECASE)
#: Right after a count of people, an object with an article: "en startpakke", "et tilbud".
OBJECT_AFTER_COUNT = regex.compile(r"\s+(?:en|et|ei)\s+", regex.IGNORECASE)


#: An indefinite article: the noun phrase it opens brings in a new thing.
INDEFINITE_ARTICLES = frozenset(("en", "et", "ei", "ett", "én"))
#: After an indefinite article, words that still point back: "et slikt løft", "en tilsvarende ordning".
SUCH = frozenset(("slik", "slikt", "slike", "sånn", "sånt", "tilsvarende", "lignende", "liknende"))
#: Where a noun phrase's head ends before a prepositional phrase: "Prislappen | for staten".
HEAD_BEFORE_PREPOSITION = regex.compile(r"\s+(?:for|til|i|på|av|med|fra|ved)\s+", regex.IGNORECASE)


#: How far a heading's amount may lie from the body's it repeats: rounded ("14 millioner" for 14,2), and
#: further with a qualifier ("Over 400 millioner" for 412 millioner).
ROUNDED, QUALIFIED = 0.05, 0.15


def rounds_to(heading_amount, value: float) -> bool:
    """Whether a heading's amount repeats a body amount of this value: the same, rounded, or said with a
    qualifier ("over", "nesten", "om lag")."""
    if heading_amount.value == value:
        return True
    if not value or not heading_amount.value or not any(ch.isalpha() for ch in heading_amount.text):
        return False  # a bare number heads a table row, which repeats nothing
    reach = QUALIFIED if heading_amount.qualifier else ROUNDED
    return abs(heading_amount.value - value) / abs(value) <= reach


def is_generic(measure: MeasureField) -> bool:
    """Whether a measure names its thing only by a generic noun that refers back ("Ordningen", "den
    nye kostnadsrammen", "Prislappen for staten", "Kostnaden"): its head, the last word before any
    prepositional phrase, is a form of a noun in lang/generic_measures.txt or lang/cost_nouns.txt."""
    head = HEAD_BEFORE_PREPOSITION.split(measure.text, maxsplit=1)[0]
    words = _WORDS.findall(head)
    if len(words) > 1 and words[0].lower() in INDEFINITE_ARTICLES and words[1].lower() not in SUCH:
        return False  # "et tilskudd for førstegangskjøpere", "en ny ordning": a new thing, named here
    return bool(words) and refers_back(words[-1])


def names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether a measure phrase holds a noun or a name, by the model's POS. True where the model did
    not read all of it (rules only, or outside the claim windows): the surface rules decide there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    if not all(reads_model(doc, t.idx) and t.pos_ for t in span):
        return True
    if span.start > 0 and doc[span.start - 1].pos_ == "DET":
        return True  # after a determiner it is a noun phrase, whatever the tagger says ("en netto driftsramme")
    if span.text.lower() in FRAME_ENDINGS:
        return True  # "en samlet ramme på …": the tagger reads the noun as the verb "ramme"
    return any(is_nominal(t) for t in span)


@Language.factory("claims_claims", default_config={"measure_tree": "fallback", "background_counts": True})
class ClaimStage(RuleComponent):
    """Claim records (schema claim/1, their JSON form) on `doc._.claims`, in text order; with
    `background_counts`, without what claims.background takes for background (counts by its learned test,
    past stocks of money)."""

    def __init__(self, nlp: Language, name: str, measure_tree: str = "fallback", background_counts: bool = True):
        super().__init__(nlp, name)
        if measure_tree not in MEASURE_TREE:
            raise ValueError(f"measure_tree must be one of {MEASURE_TREE}, not {measure_tree!r}")
        self.measure_tree = measure_tree
        self.background_counts = background_counts

    def __call__(self, doc: Doc) -> Doc:
        records = [record.to_json() for record in Assembler(doc, self.measure_tree).records()]
        if self.background_counts:
            text = doc_text(doc)
            records = [record for record in records if not is_background(text, record)]
        doc._.claims = mark_summable(records)
        return doc


