"""What an amount is for, read from the dependency tree of its claim window (pipeline.syntax).

The tree rules name grammatical relations rather than word sequences, so they read one pattern in
any word order:

- `purpose`: a `til`/`på` complement of the amount itself (`300 millioner til nye fastleger`,
  `en pott på 50 millioner til rassikring`), or of the verb the amount belongs to (`bruker
  2 milliarder på vei`, `Til rassikring bevilges det 400 millioner`), or a `for å` clause (`øke med
  300 millioner for å korte ned køene`). A `for` noun mostly says for whom or per what (`for
  enslige`, `for et studieår`, `For en familie som …`), so it is none;
- `subject`: the subject of the verb whose object or `med`-complement the amount is (`Reformen
  koster 1 milliard`, `Tilskuddet økes med 500 kroner`), or of a copula whose complement it is
  (`de frie inntektene blir 312 millioner`), unless the subject is an actor; a relative `som` stands
  for the noun its clause hangs on (`nattbussen, som kostet 6 millioner`), a `den`/`det` opening a
  coordinated clause for the object of the first (`vi oppretter et krisefond, og det får 30 millioner`);
- `copula`: the subject of the amount as predicate (`Investeringsbudsjettet er på 486 millioner`) or of
  an adjective it complements (`avtalen er verdt 900 millioner`); a cost noun gives its complement
  (`Prisen på den nye ferja er 300 millioner`);
- `modified`: the noun the amount measures through `på` (`en tilskuddsordning på 50 millioner`), or
  the budget frame itself where nothing more precise is said (`en ramme på 1,4 milliarder`);
- `changed`: the object or passive subject of a changing verb the amount hangs on by `med`, `fra`
  or `til` (`øke bevilgningen med 150 millioner`, `Tilskuddet kuttes med 12 millioner`), the subject
  of an intransitive one (`Husleietilskuddet stiger med 8 prosent`), what `la` lets change (`la de
  frie inntektene øke med 6 milliarder`), also where a parser hung the amount on the object's noun.

- `estimated`: what an estimating verb's `til` amount is the cost of, where a parser hung the amount on
  the object's noun (`anslår kostnaden for den nye brua til 300 millioner`).

The second bound of a range reads the relations of the first (`mellom 3,6 og 4,1 milliarder`). A body
named at or before a phrase's head makes it no measure; one after the head only says whose or where
(`inntektene til kommunene`).

A phrase is the subtree of the complement's head, without its preposition and without clauses
hanging from it (relative clauses, a second coordinated clause); it stops before a time or another
amount. None where the window was not parsed or no relation applies: the surface rules
(pipeline.claims.measures) decide then.
"""

from __future__ import annotations

from collections.abc import Callable

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
#: Words an amount's phrase ends in, under which the bound of a range hangs.
AMOUNT_WORDS = {"millioner", "milliarder", "mill.", "mrd.", "kroner", "kr", "prosent", "euro", "dollar"}
#: Verbs of estimating a cost: their `til` amount is what the object costs ("anslår kostnaden til …").
ESTIMATE_VERBS = {"anslå", "beregne", "kostnadsberegne", "estimere", "kalkulere", "budsjettere", "stipulere"}
#: Prepositions of a cost noun's complement: "kostnaden for …", "prisen på …", "utgiftene ved …".
COST_CASES = {"for", "på", "ved", "av", "til"}
#: Verbs whose subject is what rises or falls by an amount ("Tilskuddet stiger med 5 prosent").
RISING_VERBS = {"stige", "falle", "synke", "vokse", "løfte"}
#: Verbs that let their object change ("la de frie inntektene øke med 6 milliarder").
CAUSATIVES = {"la", "få"}
#: Verbs whose complement the amount is, and whose subject is what the amount measures
#: ("kommunens frie inntekter blir 312 millioner").
COPULAS = {"bli", "være"}
#: How an amount hangs from a changing verb: by how much (`med`), from or to which level (`fra`, `til`).
CHANGE_CASES = {"med", "fra", "til"}
#: Dependents that end a measure phrase: another clause.
CLAUSE_DEPS = {"acl:relcl", "advcl", "parataxis", "punct", "ccomp", "cc"}
VOWELS = set("aeiouyæøå")
PRONOUNS = {"det", "dette", "den", "denne", "disse", "de", "dem", "som", "hva", "noe"}


#: A budget frame's endings, which no verb has: "driftsramme", "lånerammen", "økonomirammer".
FRAME_ENDINGS = ("ramme", "rammen", "rammer", "rammene")
#: Heads of money nouns no verb form ends in: "integreringstilskuddet", "skjønnsmidlene".
MONEY_HEAD_ENDINGS = FRAME_ENDINGS + ("tilskudd", "tilskuddet", "tilskuddene", "midlene", "støtten", "ordningen",
                                      "fondet")


def is_nominal(token: Token) -> bool:
    """Whether a token is a noun or a name. The tagger calls some long compounds it never saw a
    pronoun, an adjective or a verb ("skogsveitilskuddet", "særtillegget", "Integreringstilskuddet");
    a true pronoun is short. A bullet or a dash the tagger calls a noun is none."""
    if not any(ch.isalnum() for ch in token.text):
        return False
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    long_word = len(token) > 8 and token.is_alpha
    if long_word and token.lower_.endswith(MONEY_HEAD_ENDINGS):
        return True  # "driftsramme", "integreringstilskuddet": the tagger reads the compound as a verb
    if token.pos_ == "VERB":
        # every Bokmål verb's lemma (its infinitive) ends in a vowel: "øke", "gå"; a noun's need not
        return long_word and token.lemma_[-1:].lower() not in VOWELS
    if token.pos_ == "PRON":
        return long_word and token.lower_ not in PRONOUNS
    # or an adjective or adverb in a noun's definite form ("særtillegget", "bemanningsnormen", "friluftslivet")
    if token.pos_ == "ADV":
        return long_word and token.lower_.endswith(("et", "en", "ene")) and token.lemma_.lower() != token.lower_
    return token.pos_ == "ADJ" and long_word and token.lower_.endswith(("et", "en", "ene")) \
        and token.lower_ not in word_list("past_tense.txt")



def _case(tree: Tree, doc: Doc, i: int) -> str | None:
    """The preposition or infinitive mark (`til`, `for`, `på`) of token i, if it has one."""
    for c in tree.children(i):
        if tree.dep(c) in ("case", "mark") and doc[c].lower_ in PURPOSE_CASES:
            return doc[c].lower_
    return None


def _subordinate(tree: Tree, doc: Doc, i: int) -> bool:
    """Whether token i heads a subordinate clause ("når alle stillingene er på plass", "hvis fylket
    betaler"): a clause that says when or on what terms, not what the money is for."""
    return any(tree.dep(k) == "mark" and doc[k].lower_ in SUBORDINATORS for k in tree.children(i))


#: Conjunctions that open a clause of time, condition or cause.
SUBORDINATORS = {"når", "hvis", "dersom", "om", "fordi", "da", "etter", "før", "mens", "selv", "ettersom", "slik"}


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
                      money: bool = True) -> tuple[int, int, str] | None:
    """(start, end, rule) in characters of the measure of the amount at chars `amount`, or None.
    `blocked`: character spans (times, other amounts) a phrase never runs into; `avoid`: spans
    (the agents) that are never the measure; `bodies`: every named actor (a place, a public body),
    never the measure as a subject ("Norge gir 60 millioner dollar", "Kommunen låner inntil …");
    `money`: whether the amount is money. The purpose, subject and copula rules read money only: a
    count's subject mostly does the counted thing ("Flytoget fraktet 6,3 millioner passasjerer"), and
    its complements say for whom or where ("10 plasser for eldre med demens"): its counted noun
    is the measure (pipeline.claims.assemble)."""
    span = token_range(doc, *amount)
    if span is None:
        return None
    h = tree.phrase_head(*span)
    if h is None:
        return None
    if tree.dep(h) == "conj" and doc[h].pos_ == "NUM" and doc[tree.head(h)].pos_ == "NUM":
        # the second bound of a range hangs on the first ("mellom 3,6 og 4,1 milliarder"): the range's
        # relations are those of the first bound's phrase
        h = tree.head(h)
        while tree.parsed(tree.head(h)) and tree.head(h) != h and tree.dep(h) in ("nummod", "nmod") \
                and doc[tree.head(h)].lower_ in AMOUNT_WORDS:
            h = tree.head(h)
    stop = set()
    for b_start, b_end in blocked:
        for k in range(*(token_range(doc, b_start, b_end) or (0, 0))):
            if not span[0] <= k < span[1]:
                stop.add(k)
    stop.update(range(*span))

    def chars(r: tuple[int, int] | None, rule: str, never=avoid, head: int | None = None) -> tuple[int, int, str] | None:
        if r is None:
            return None
        start, end = doc[r[0]].idx, doc[r[1] - 1].idx + len(doc[r[1] - 1])
        # an actor before or at the phrase's head is what the phrase names, unless as its genitive
        # ("politiets bevilgning"); one after it only says whose or where ("inntektene til kommunene")
        upto = end if head is None else doc[head].idx + len(doc[head])
        if any((a <= start < b or start <= a < upto) and not (b < end and doc.text[b - 1] == "s") for a, b in never):
            return None
        return start, end, rule

    def purpose_of(i: int) -> tuple[int, int, str] | None:
        if not money:
            return None
        for c in tree.children(i):
            case = _case(tree, doc, c)
            if c in stop or tree.dep(c) not in COMPLEMENT or not case or _subordinate(tree, doc, c):
                continue
            if case == "for" and is_nominal(doc[c]):
                continue
            if is_nominal(doc[c]) or doc[c].pos_ in ("VERB", "ADJ"):
                found = chars(_phrase(tree, doc, c, stop), "tree_purpose")
                if found:
                    return found
        return None

    found = purpose_of(h)
    if found:
        return found
    if money:
        found = copula_subject(tree, doc, h, stop)
        if found is not None:
            return chars(found[0], "tree_copula", [*avoid, *bodies], found[1])
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
    if rel == "nmod" and _case(tree, doc, h) == "til" and v not in stop:
        estimated = estimated_thing(tree, doc, v, h, stop)
        if estimated is not None:  # "anslår kostnaden for den nye veien til 2,4 milliarder"
            return chars(estimated, "tree_estimated", [*avoid, *bodies])
    if doc[v].pos_ not in ("VERB", "AUX"):
        return None
    found = purpose_of(v)
    if found:
        return found
    if rel == "obl" and doc[v].lemma_.lower() in CHANGE_VERBS | RISING_VERBS and _change_case(tree, doc, h):
        changed = _changed(tree, doc, v, stop)
        found = chars(changed[0], "tree_changed", [*avoid, *bodies], changed[1]) if changed else None
        if found:
            return found
    if money and (rel in AMOUNT_OF_VERB or rel.startswith("nsubj:pass")
                  or (rel == "xcomp" and doc[v].lemma_.lower() in COPULAS)):
        c = _subject_noun(tree, doc, v, h, stop)
        if c is not None:
            return chars(_phrase(tree, doc, c, stop), "tree_subject", [*avoid, *bodies], c)
    return None


def _subject_noun(tree: Tree, doc: Doc, v: int, h: int, stop: set[int]) -> int | None:
    """The first subject of v (not the amount's head h, not blocked) that is a noun or a name, a
    pronoun standing for the noun the tree says it does (_antecedent)."""
    for c in tree.children(v):
        if tree.dep(c) not in ("nsubj", "nsubj:pass") or c == h or c in stop:
            continue
        if not any(ch.isalnum() for ch in doc[c].text):
            # a list item's bullet the parser made the subject's head: the noun under it
            c = next((k for k in tree.children(c) if k not in stop and is_nominal(doc[k])), None)
            if c is None:
                continue
        c = c if is_nominal(doc[c]) else _antecedent(tree, doc, c, v)
        if c is not None and c not in stop and is_nominal(doc[c]):
            return c
    return None


def copula_subject(tree: Tree, doc: Doc, h: int, stop: set[int]) -> tuple[tuple[int, int] | None, int] | None:
    """(phrase, head) of what an amount says the size of through a copula: the subject of the
    amount as predicate ("Investeringsbudsjettet er på 486 millioner", "Rammen blir 2 milliarder") or
    of an adjective predicate the amount complements ("avtalen er verdt 900 millioner"). A cost noun
    subject gives its complement ("Prisen på den nye brua er 300 millioner" -> den nye brua)."""
    predicate = h
    if not _has_copula(tree, doc, h):
        up = tree.head(h)
        if up == h or not tree.parsed(up) or doc[up].pos_ != "ADJ" or tree.dep(h) not in ("obj", "obl", "nmod") \
                or not _has_copula(tree, doc, up):
            return None
        predicate = up
    c = _subject_noun(tree, doc, predicate, h, stop)
    if c is None:
        return None
    if doc[c].lower_ in CHANGE_NOUNS:
        complement = _cased_complement(tree, doc, c, h, stop, COST_CASES, is_nominal)
        return None if complement is None else (_phrase(tree, doc, complement, stop), complement)
    return _phrase(tree, doc, c, stop), c


def _has_copula(tree: Tree, doc: Doc, i: int) -> bool:
    return any(tree.dep(c) == "cop" and doc[c].lemma_.lower() in COPULAS for c in tree.children(i))


def _changed(tree: Tree, doc: Doc, v: int, stop: set[int]) -> tuple[tuple[int, int] | None, int] | None:
    """(phrase, head) of what a changing verb changes: its object, or the subject of a passive
    ("særtillegget økes med 4 000 kroner", where a parser may call it nsubj), or the subject of an
    intransitive ("Tilskuddet øker med 500 kroner", "Prisen stiger med 10 prosent"), or, after
    "la"/"få", the object of that verb ("la de frie inntektene øke med 6 milliarder")."""
    children = tree.children(v)
    roles = ("obj",) if any(tree.dep(c) == "obj" for c in children) else ("nsubj:pass", "nsubj")
    for c in children:
        if tree.dep(c) in roles and c not in stop and is_nominal(doc[c]):
            return _phrase(tree, doc, c, stop), c
    up = tree.head(v)
    if tree.dep(v) == "xcomp" and up != v and doc[up].lemma_.lower() in CAUSATIVES:
        for c in tree.children(up):
            if tree.dep(c) == "obj" and c not in stop and is_nominal(doc[c]):
                return _phrase(tree, doc, c, stop), c
    return None


def _antecedent(tree: Tree, doc: Doc, pronoun: int, v: int) -> int | None:
    """What a subject pronoun stands for, where the tree says it: the noun a relative clause hangs
    on ("ordningen med gratis skolemat, som kostet 100 millioner"), or the object of the clause
    before a coordinated one ("vi starter en veilederordning, og den får 50 millioner")."""
    word = doc[pronoun].lower_
    up = tree.head(v)
    if up == v:
        return None
    if word == "som" and tree.dep(v) == "acl:relcl":
        # a parser hangs a relative clause on the nearest noun; after a comma it mostly says something
        # of the whole phrase ("en ny hangar for overvåkingsflyene, som er beregnet til 900 millioner")
        if pronoun > 0 and doc[pronoun - 1].text == ",":
            while tree.dep(up) == "nmod" and tree.head(up) != up \
                    and doc[tree.head(up)].pos_ not in ("VERB", "AUX", "NUM"):
                up = tree.head(up)
        return up
    if word in ("den", "det") and tree.dep(v) == "conj" and doc[up].pos_ in ("VERB", "AUX"):
        objects = [c for c in tree.children(up) if tree.dep(c) == "obj" and c < pronoun]
        return objects[-1] if objects else None
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
    c = _cased_complement(tree, doc, v, amount, stop, COMPLEMENT_CASES, lambda t: t.pos_ == "NOUN")
    if c is not None:
        return _phrase(tree, doc, c, stop | {amount})
    if doc[v].lower_ in FRAME_NOUNS:
        return _phrase_noun_only(tree, doc, v, stop)  # "Bondelaget krevde en ramme på 1,4 milliarder"
    return None


def estimated_thing(tree: Tree, doc: Doc, v: int, amount: int, stop: set[int]) -> tuple[int, int] | None:
    """What an estimate's `til` amount is the cost of, where a parser hung the amount on the object's
    noun phrase ("Vegvesenet anslår kostnaden for den nye brua til 300 millioner", "anslår prisen på
    løsningen til 15 millioner"): the complement of a cost noun, or the object itself ("har beregnet
    prosjektet til 40 millioner"), if an estimating verb governs the chain of nouns."""
    v = _top_noun(tree, doc, v, stop)
    verb = tree.head(v)
    if verb == v or tree.dep(v) not in ("obj", "nsubj:pass") or doc[verb].lemma_.lower() not in ESTIMATE_VERBS:
        return None
    if doc[v].lower_ not in CHANGE_NOUNS:
        return _phrase(tree, doc, v, stop | {amount})
    c = _cased_complement(tree, doc, v, amount, stop, COST_CASES, is_nominal)
    return None if c is None else _phrase(tree, doc, c, stop | {amount})


def _cased_complement(tree: Tree, doc: Doc, v: int, amount: int, stop: set[int], cases: set[str],
                      noun: Callable[[Token], bool]) -> int | None:
    """The first `nmod` of noun v (not the amount, not blocked) that `noun` accepts and that one of
    `cases` introduces: "kostnaden | for den nye brua", "en økning | i bevilgningen"."""
    for c in tree.children(v):
        if c != amount and c not in stop and tree.dep(c) == "nmod" and noun(doc[c]) \
                and any(tree.dep(k) == "case" and doc[k].lower_ in cases for k in tree.children(c)):
            return c
    return None


def _phrase_noun_only(tree: Tree, doc: Doc, head: int, stop: set[int]) -> tuple[int, int] | None:
    """The noun a `på` amount modifies, with its modifiers before it (not what follows it)."""
    first = head
    while first > 0 and tree.head(first - 1) == head and tree.dep(first - 1) in ("amod", "compound", "nmod:poss") \
            and first - 1 not in stop:
        first -= 1
    return first, head + 1
