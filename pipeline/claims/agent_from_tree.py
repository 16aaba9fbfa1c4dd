"""Who acts on an amount, read from the dependency tree of its claim window (pipeline.syntax).

From the token that heads the amount the tree is climbed to the clause that governs it, and then
from clause to clause upwards. Each clause offers, nearest first:

- the `av`-agent of a passive ("Tilskuddet ble vedtatt av bystyret");
- the subject of an active verb ("I mars bevilget kommunestyret 4 millioner", "Ifølge SSB har
  kommunen brukt 12 millioner");
- a clause without its own subject shares its head's: a coordinated verb ("Regjeringen vil øke
  rammen og sette av 5 millioner") and an infinitive ("Partiet foreslår å bruke 2 milliarder");
- a clause whose subject is no actor hands on to the clause it is reported in ("Frp anslår at
  makspris vil koste staten 10 milliarder"), except an adverbial passive without an agent: who
  reacts when something "foreslås redusert" is not who reduces it.

The passive subject is never an agent: what is granted or cut is not who grants it. The Linker keeps
the first offered token that lies in one of its candidate actors (pipeline.claims.linking), so every
surface filter (speakers, the asked, receivers, objects) still applies to the tree's choice.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from pipeline.offsets import token_range
from pipeline.syntax import Tree

#: Relations of a subject that acts.
SUBJECT = {"nsubj"}
#: A passive clause's agent: UD's `obl:agent`, or an `obl` introduced by `av` in a passive clause.
AGENT = {"obl:agent"}
#: Relations by which a clause without a subject takes its head's.
SHARES_SUBJECT = {"conj", "xcomp"}
#: Relations by which a clause is reported in or governed by the clause above it (not a relative
#: clause: "Enova forvalter fondet, som i år får 2,7 milliarder" is not Enova's money).
EMBEDDED = {"ccomp", "advcl", "csubj"}
#: Verbs whose subject receives the money ("Festivalen får 3,8 millioner"): never its agent. (The
#: subject of an active "tildele"/"tilføre" gives: "Forskningsrådet har tildelt 1,4 milliarder".)
RECEIVING = {"få", "motta"}
#: Words of a reaction to what others do ("Forumet er glad for at tilskuddet økes", "Foreningen er positiv
#: til at …", "Laget reagerer på at …"): who reacts to a passive does not act in it.
REACTION = {"glad", "fornøyd", "tilfreds", "skuffet", "positiv", "bekymret", "overrasket", "lettet", "kritisk",
            "reagere", "beklage"}
#: Offered where the tree shows the amount's clause has an agent no word names (an adverbial
#: passive): no actor of the sentence is its agent.
NO_AGENT = -1
#: How many clauses up the tree is climbed.
MAX_CLAUSES = 4


def _is_clause(tree: Tree, doc: Doc, i: int) -> bool:
    """A verb, or any word with a subject or a copula of its own (UD heads a copular clause by its
    predicate: "Bevilgningen er på 5 millioner")."""
    if doc[i].pos_ in ("VERB", "AUX"):
        return True
    return any(tree.dep(c) in ("nsubj", "nsubj:pass", "cop") for c in tree.children(i))


def _that_clause(tree: Tree, doc: Doc, i: int) -> bool:
    """A clause opened by `at` is what its head verb says or asks for ("KS ber om at tilskuddet økes
    med …"), whatever relation a parser gave it: its agent is the asker's business."""
    return any(tree.dep(c) == "mark" and doc[c].lower_ == "at" for c in tree.children(i))


def _passive(tree: Tree, doc: Doc, i: int) -> bool:
    return any(tree.dep(c) in ("nsubj:pass", "aux:pass") for c in tree.children(i)) or _s_passive(doc, i)


def _s_passive(doc: Doc, i: int) -> bool:
    """An s-passive verb ("økes", "foreslås"), whose subject is what is acted on even where a parser
    calls it `nsubj`."""
    return doc[i].pos_ in ("VERB", "AUX") and doc[i].lower_.endswith(("es", "ås"))


def _proposed_passive(tree: Tree, doc: Doc, i: int) -> bool:
    """A passive clause, or a participle under an s-passive ("foreslås redusert", "foreslås økt",
    which a parser may hang the other way round)."""
    return _passive(tree, doc, i) or any(_s_passive(doc, c) for c in tree.children(i))


def _up_to_clause(tree: Tree, doc: Doc, k: int, limit: int | None = None) -> int | None:
    """Token k if it heads a clause, else the first clause above it; None where the parse ends first.
    With `limit`, at most that many steps up: the token reached then stands for the clause."""
    steps = 0
    while not _is_clause(tree, doc, k) and steps != limit:
        up = tree.head(k)
        if up == k or not tree.parsed(up):
            return None
        k, steps = up, steps + 1
    return k


def _offered(tree: Tree, doc: Doc, clause: int, receiving: bool) -> tuple[list[int], list[int]]:
    """(agents, receivers) a clause offers: the `av`-agent first, then the subject; the subject of a
    receiving verb is a receiver where `receiving` (the amount is the verb's own complement: not in
    "Venstre fikk gjennomslag for 300 millioner")."""
    agents, receivers = [], []
    passive = _passive(tree, doc, clause)
    s_passive = _s_passive(doc, clause)
    for c in tree.children(clause):
        dep = tree.dep(c)
        if dep in AGENT or (passive and dep == "obl"
                            and any(tree.dep(k) == "case" and doc[k].lower_ == "av" for k in tree.children(c))):
            agents.insert(0, c)
        elif dep in SUBJECT and not s_passive:
            (receivers if receiving and doc[clause].lemma_.lower() in RECEIVING else agents).append(c)
    return agents, receivers


def agents_of_amount(doc: Doc, tree: Tree, amount: tuple[int, int]) -> Iterator[tuple[int, bool]]:
    """(token index, receives) of the agents and receivers the tree offers for the amount at
    characters `amount`, nearest clause first; nothing where the amount's tokens were not parsed."""
    span = token_range(doc, *amount)
    if span is None:
        return
    k = tree.phrase_head(*span)
    if k is None:
        return
    amount_head = k
    k = _up_to_clause(tree, doc, k, limit=8)  # the clause that governs the amount (itself, with a copula)
    if k is None:
        return
    for _ in range(MAX_CLAUSES):
        agents, receivers = _offered(tree, doc, k, tree.head(amount_head) == k)
        yield from ((c, True) for c in receivers)
        yield from ((c, False) for c in agents)
        offered = agents + receivers
        rel = tree.dep(k)
        up = tree.head(k)
        if up == k or not tree.parsed(up):
            return
        # whoever reacts to a that-clause ("er glad for at …") does not act in it
        reacts = (doc[up].lemma_.lower() in REACTION or doc[up].lower_ in REACTION) and _that_clause(tree, doc, k)
        if offered and rel not in EMBEDDED:
            return  # a coordinated or infinitive clause with a subject of its own ends the climb
        if rel == "advcl" and not agents and _proposed_passive(tree, doc, k) and not _that_clause(tree, doc, k):
            yield NO_AGENT, False  # "Caritas reagerer når støtten foreslås redusert med 150 millioner": who reacts does not cut
            return
        if rel not in SHARES_SUBJECT and rel not in EMBEDDED and not reacts:
            return
        if not agents and reacts and _proposed_passive(tree, doc, k):
            yield NO_AGENT, False  # "Forumet er glad for at tilskuddet økes fra 350 til 400 kroner"
            return
        k = _up_to_clause(tree, doc, up)
        if k is None:
            return
