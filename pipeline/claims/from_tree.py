"""What an amount is for, read from the dependency tree of its claim window (pipeline.syntax).

The tree rules name grammatical relations rather than word sequences, so they read one pattern in
any word order:

- `purpose`: a `til`/`for`/`på` complement of the amount itself (`300 millioner til nye fastleger`,
  `en pott på 50 millioner til rassikring`), or of the verb the amount belongs to (`bruker
  2 milliarder på vei`, `Til rassikring bevilges det 400 millioner`, `øke med 300 millioner for å
  korte ned køene`);
- `subject`: the subject of the verb whose object or `med`-complement the amount is (`Reformen
  koster 1 milliard`, `Tilskuddet økes med 500 kroner`), unless the subject is an actor;
- `modified`: the noun the amount measures through `på` (`en tilskuddsordning på 50 millioner`), or
  the budget frame itself where nothing more precise is said (`en ramme på 1,4 milliarder`);
- `changed`: the object or passive subject of a changing verb the amount hangs on by `med`, `fra`
  or `til` (`øke bevilgningen med 150 millioner`, `Tilskuddet kuttes med 12 millioner`), also where a
  parser hung the amount on the object's noun.

A phrase is the subtree of the complement's head, without its preposition and without clauses
hanging from it (relative clauses, a second coordinated clause); it stops before a time or another
amount. None where the window was not parsed or no relation applies: the surface rules
(pipeline.claims.measures) decide then.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.claims.measures import CHANGE_OF_MONEY, COST_NOUNS
from pipeline.lang.data import word_list
from pipeline.offsets import token_range
from pipeline.syntax import Tree

#: Prepositions that lead to what money is for (`i` does not: "i Oslo", "i tillegg", "i året").
PURPOSE_CASES = {"til", "for", "på"}
#: Nouns that name money or a change of it: never a measure themselves.
CHANGE_NOUNS = COST_NOUNS | CHANGE_OF_MONEY | {"kostnadene", "utgift", "utgiften", "utgifter", "utgiftene"}
#: Nouns for a budget's frame that name what an amount measures when nothing more precise does
#: ("en ramme på 6,9 milliarder", "et budsjett på over 14 milliarder", "en bevilgning på 3,9 milliarder").
FRAME_NOUNS = {"ramme", "rammen", "bevilgning", "bevilgningen", "budsjett", "budsjettet"}
#: Prepositions of a change noun's complement: "en økning i …", "et kutt til …", "et løft for …".
COMPLEMENT_CASES = {"i", "til", "for", "av"}
#: Relations by which a purpose hangs from an amount or its verb.
COMPLEMENT = {"nmod", "obl", "acl", "advcl", "xcomp"}
#: Relations of the amount to a verb whose subject may be what the money is for.
AMOUNT_OF_VERB = {"obj", "obl", "obl:arg"}
#: Verbs that change an amount of money: their object is what changes ("øke bevilgningen til
#: Heimevernet med 150 millioner", "heve grensen til 300 000 kroner", "kutte tilskuddet med 20 prosent").
CHANGE_VERBS = {"øke", "heve", "redusere", "kutte", "senke", "styrke", "trappe", "justere", "endre", "prisjustere",
                "oppjustere", "nedjustere", "halvere", "doble", "auke"}
#: How an amount hangs from a changing verb: by how much (`med`), from or to which level (`fra`, `til`).
CHANGE_CASES = {"med", "fra", "til"}
#: Dependents that end a measure phrase: another clause.
CLAUSE_DEPS = {"acl:relcl", "advcl", "parataxis", "punct", "ccomp", "cc"}
VOWELS = set("aeiouyæøå")
PRONOUNS = {"det", "dette", "den", "denne", "disse", "de", "dem", "som", "hva", "noe"}


def is_nominal(token: Token) -> bool:
    """Whether a token is a noun or a name. The tagger calls some long compounds it never saw a
    pronoun, an adjective or a verb ("skogsveitilskuddet", "særtillegget", "Integreringstilskuddet");
    a true pronoun is short."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    long_word = len(token) > 8 and token.is_alpha
    if token.pos_ == "VERB":
        # every Bokmål verb's lemma (its infinitive) ends in a vowel: "øke", "gå"; a noun's need not
        return long_word and token.lemma_[-1:].lower() not in VOWELS
    if token.pos_ == "PRON":
        return long_word and token.lower_ not in PRONOUNS
    # or an adjective in a noun's definite form ("særtillegget", "bemanningsnormen")
    return token.pos_ == "ADJ" and long_word and token.lower_.endswith(("et", "en", "ene")) \
        and token.lower_ not in word_list("past_tense.txt")



def _case(tree: Tree, doc: Doc, i: int) -> str | None:
    """The preposition or infinitive mark (`til`, `for`, `på`) of token i, if it has one."""
    for c in tree.children(i):
        if tree.dep(c) in ("case", "mark") and doc[c].lower_ in PURPOSE_CASES:
            return doc[c].lower_
    return None


def _phrase(tree: Tree, doc: Doc, head: int, stop: set[int]) -> tuple[int, int] | None:
    """The token range of head's phrase: its subtree without leading prepositions and marks, cut
    before a clause of its own, punctuation or a blocked token (a time, another amount)."""
    keep = [head]
    todo = [c for c in tree.children(head) if tree.dep(c) not in CLAUSE_DEPS and c not in stop]
    while todo:
        k = todo.pop()
        if tree.dep(k) == "conj" and doc[k].pos_ == "VERB":
            continue
        keep.append(k)
        todo.extend(c for c in tree.children(k) if tree.dep(c) not in CLAUSE_DEPS and c not in stop)
    keep.sort()
    lo = keep.index(head)
    i = lo
    while i > 0 and keep[i - 1] == keep[i] - 1 and keep[i - 1] not in stop:
        i -= 1
    j = lo
    while j + 1 < len(keep) and keep[j + 1] == keep[j] + 1 and keep[j + 1] not in stop:
        j += 1
    first, last = keep[i], keep[j]
    while first < head and tree.dep(first) in ("case", "mark", "cc", "advmod"):
        first += 1
    while last > head and tree.dep(last) in ("case", "mark", "cc"):
        last -= 1
    if first > last or doc[first:last + 1].text.lower() in PRONOUNS:
        return None
    return first, last + 1


def measure_from_tree(doc: Doc, tree: Tree, amount: tuple[int, int], blocked: list[tuple[int, int]],
                      avoid: list[tuple[int, int]], bodies: list[tuple[int, int]] = (),
                      subject: bool = True) -> tuple[int, int, str] | None:
    """(start, end, rule) in characters of the measure of the amount at chars `amount`, or None.
    `blocked`: character spans (times, other amounts) a phrase never runs into; `avoid`: spans
    (the agents) that are never the measure; `bodies`: every named actor (a place, a public body),
    never the measure as a subject ("Norge gir 60 millioner dollar", "Kommunen låner inntil …");
    `subject`: whether the subject rule applies (not for a count, whose subject is mostly who does
    the counted thing: "Flytoget fraktet 6,3 millioner passasjerer")."""
    span = token_range(doc, *amount)
    if span is None:
        return None
    h = tree.phrase_head(*span)
    if h is None:
        return None
    stop = set()
    for b_start, b_end in blocked:
        for k in range(*(token_range(doc, b_start, b_end) or (0, 0))):
            if not span[0] <= k < span[1]:
                stop.add(k)
    stop.update(range(*span))

    def chars(r: tuple[int, int] | None, rule: str, never=avoid) -> tuple[int, int, str] | None:
        if r is None:
            return None
        start, end = doc[r[0]].idx, doc[r[1] - 1].idx + len(doc[r[1] - 1])
        if any((a <= start < b or start <= a < end) and not (b < end and doc.text[b - 1] == "s") for a, b in never):
            return None  # an actor in the phrase, unless as its genitive ("politiets bevilgning")
        return start, end, rule

    def purpose_of(i: int) -> tuple[int, int, str] | None:
        for c in tree.children(i):
            case = _case(tree, doc, c)
            if c in stop or tree.dep(c) not in COMPLEMENT or not case:
                continue
            if is_nominal(doc[c]) or doc[c].pos_ in ("VERB", "ADJ"):
                found = chars(_phrase(tree, doc, c, stop), "tree_purpose")
                if found:
                    return found
        return None

    found = purpose_of(h)
    if found:
        return found
    v = tree.head(h)
    if v == h or not tree.parsed(v):
        return None
    rel = tree.dep(h)
    if rel == "nmod" and doc[v].pos_ == "NOUN" and _case(tree, doc, h) == "på" and v not in stop:
        return chars(modified_noun(tree, doc, v, h, stop), "tree_modified")
    if rel == "nmod" and doc[v].pos_ == "NOUN" and v not in stop and _change_case(tree, doc, h):
        changed = changed_object(tree, doc, v, stop)
        if changed is not None:
            return chars(_phrase(tree, doc, changed, stop), "tree_changed", [*avoid, *bodies])
    if doc[v].pos_ not in ("VERB", "AUX"):
        return None
    found = purpose_of(v)
    if found:
        return found
    if rel == "obl" and doc[v].lemma_.lower() in CHANGE_VERBS and _change_case(tree, doc, h):
        # what changes: the object, or the subject of a passive ("særtillegget økes med 4 000 kroner",
        # where a parser may call it nsubj)
        changed = ("obj", "nsubj:pass", "nsubj") if doc[v].lower_.endswith("s") else ("obj", "nsubj:pass")
        for c in tree.children(v):
            if tree.dep(c) in changed and c not in stop and is_nominal(doc[c]):
                found = chars(_phrase(tree, doc, c, stop), "tree_changed", [*avoid, *bodies])
                if found:
                    return found
    if subject and (rel in AMOUNT_OF_VERB or rel.startswith("nsubj:pass")):
        for c in tree.children(v):
            if tree.dep(c) in ("nsubj", "nsubj:pass") and c != h and c not in stop \
                    and is_nominal(doc[c]):
                return chars(_phrase(tree, doc, c, stop), "tree_subject", [*avoid, *bodies])
    return None


def _top_noun(tree: Tree, doc: Doc, v: int, stop: set[int]) -> int:
    """The top of the chain of nouns noun v hangs in by `nmod` (a parser hangs a prepositional phrase on
    the nearest noun)."""
    while tree.dep(v) == "nmod" and tree.parsed(tree.head(v)) and doc[tree.head(v)].pos_ == "NOUN" \
            and tree.head(v) not in stop:
        v = tree.head(v)
    return v


def _change_case(tree: Tree, doc: Doc, i: int) -> bool:
    """Whether token i hangs by `med`, `fra` or `til`: by how much, or from or to which level."""
    return any(tree.dep(k) == "case" and doc[k].lower_ in CHANGE_CASES for k in tree.children(i))


def changed_object(tree: Tree, doc: Doc, v: int, stop: set[int]) -> int | None:
    """The object a changing verb acts on when a parser hung its `med`/`fra`/`til` amount on that
    object's noun phrase ("styrke domstolenes bevilgning med 118 millioner", "heve driftstilskuddet
    for melkeproduksjon med 15 000 kroner"): the top of the chain of nouns, if a changing verb
    governs it."""
    v = _top_noun(tree, doc, v, stop)
    verb = tree.head(v)
    if verb == v or tree.dep(v) not in ("obj", "nsubj:pass") or doc[verb].lemma_.lower() not in CHANGE_VERBS:
        return None
    return v


def modified_noun(tree: Tree, doc: Doc, v: int, amount: int, stop: set[int]) -> tuple[int, int] | None:
    """What a `på` amount measures. A parser hangs `på AMOUNT` on the nearest noun, so the chain of
    nouns it hangs in is climbed to its top ("en økning i antall stillinger for landsdelen på 22
    prosent" -> økning). A top that names money or a change (økning, kostnad, bevilgning) is not the
    measure; its own complement is ("en økning i bevilgningen til barnevernet på 200 millioner" ->
    bevilgningen til barnevernet), or nothing."""
    v = _top_noun(tree, doc, v, stop)
    if doc[v].lower_ not in CHANGE_NOUNS:
        return _phrase_noun_only(tree, doc, v, stop)
    for c in tree.children(v):
        if c != amount and c not in stop and tree.dep(c) == "nmod" and doc[c].pos_ == "NOUN" \
                and any(tree.dep(k) == "case" and doc[k].lower_ in COMPLEMENT_CASES for k in tree.children(c)):
            return _phrase(tree, doc, c, stop | {amount})
    if doc[v].lower_ in FRAME_NOUNS:
        return _phrase_noun_only(tree, doc, v, stop)  # "Bondelaget krevde en ramme på 1,4 milliarder"
    return None


def _phrase_noun_only(tree: Tree, doc: Doc, head: int, stop: set[int]) -> tuple[int, int] | None:
    """The noun a `på` amount modifies, with its modifiers before it (not what follows it)."""
    first = head
    while first > 0 and tree.head(first - 1) == head and tree.dep(first - 1) in ("amod", "compound", "nmod:poss") \
            and first - 1 not in stop:
        first -= 1
    return first, head + 1
