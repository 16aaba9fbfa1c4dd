"""Gazetteer relabelling of the model's entities (`claims_gazetteer`, runs right after `ner`).

The NER of nb_claims_sm mostly finds the right span but often gives a name it never saw in
training the wrong label: "Øyvind" as LOC, "Kroatia" as PROD. This component looks the entity up
in lists generated from PyPI packages by training/gazetteers.py (pipeline/lexicon/):

- `country`: an entity that is exactly a country or territory name (or its genitive, "Kroatias")
  but is not labelled GPE_LOC or GPE_ORG becomes GPE_LOC (countries.txt, CLDR via Babel);
- `region`: the same for continents and world regions ("Sør-Amerika"; regions.txt);
- `person`: an entity labelled one of `person_from` whose first token is a known given name
  becomes PER (given_names.tsv, from gender-guesser's name dictionary). Guards: the name must be
  common enough (`min_norway` in Norway, or `min_world` in some country), must not be a
  country or region itself, every token of the entity must look like a name (capitalised, or a
  name particle such as "von", "de", or an initial; each part of a hyphenated token capitalised,
  so "Jan Mayen-loven" is left alone) and the entity has at most `max_tokens` tokens.

Spans are never changed, only labels. Which rules are on, and the thresholds, were chosen on the
UD Bokmål dev split (training/gazetteer_eval.py prints the effect of each; MODEL_CARD.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lexicon import table, word_list

GPE = ("GPE_LOC", "GPE_ORG")
#: Lowercase words that may stand inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al"})
RULES = ("country", "region", "person")


@dataclass(frozen=True)
class Gazetteer:
    given_names: dict[str, tuple[int, int]]  # name -> (frequency in Norway, highest frequency anywhere)
    countries: frozenset[str]  # lowercase
    regions: frozenset[str]  # lowercase


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer(
        given_names={row[0]: (int(row[1]), int(row[2])) for row in table("given_names.tsv")},
        countries=word_list("countries.txt"),
        regions=word_list("regions.txt"),
    )


def _in(text: str, names: frozenset[str]) -> bool:
    """`text` or its genitive stem ("Norges" -> "norge", "USAs" -> "usa") is in `names`."""
    low = text.lower()
    return low in names or (low.endswith("s") and low[:-1] in names) or (low.endswith("'") and low[:-1] in names)


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


class GazetteerRelabel:
    def __init__(self, rules: list[str], place_relabel: dict[str, str], person_from: list[str],
                 min_norway: int, min_world: int, max_tokens: int):
        unknown = set(rules) - set(RULES)
        if unknown:
            raise ValueError(f"claims_gazetteer: unknown rules {sorted(unknown)}; known: {RULES}")
        self.rules = tuple(rules)
        self.place_relabel = dict(place_relabel)
        self.person_from = frozenset(person_from)
        self.min_norway, self.min_world, self.max_tokens = min_norway, min_world, max_tokens
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
        if ("person" in self.rules and label in self.person_from and len(span) <= self.max_tokens
                and self.is_given_name(span[0].text) and _name_like(span)):
            return "PER"
        return label

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        out, changed = [], False
        for ent in ents:
            label = self.label(ent)
            if label != ent.label_:
                ent = Span(doc, ent.start, ent.end, label=label, kb_id=ent.kb_id)
                changed = True
            out.append(ent)
        if changed:
            doc.ents = out
        return doc


@Language.factory(
    "claims_gazetteer",
    default_config={
        "rules": ["country", "region", "person"],
        "place_relabel": {"PER": "GPE_LOC", "ORG": "GPE_ORG", "PROD": "GPE_LOC", "EVT": "GPE_LOC",
                          "MISC": "GPE_LOC", "DRV": "GPE_LOC"},
        "person_from": ["ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "MISC"],
        "min_norway": 1,
        "min_world": 6,
        "max_tokens": 4,
    },
)
def make_gazetteer(nlp: Language, name: str, rules: list[str], place_relabel: dict[str, str],
                   person_from: list[str], min_norway: int, min_world: int, max_tokens: int) -> GazetteerRelabel:
    return GazetteerRelabel(rules, place_relabel, person_from, min_norway, min_world, max_tokens)
