"""Convert NorNE (Bokmål) into spaCy DocBins for training our own pipeline.

Reads the data in place (never copies it into the repository):

- ``<norne>/ndt/nob/*.conll``: all Bokmål NDT sentences with NorNE entities and NDT lemmas/tags.
- ``<norne>/ud/nob/no_bokmaal-ud-{dev,test}.conllu``: UD dev and test (UPOS, lemmas, NER in MISC).

The UD train split is rebuilt as every NDT sentence whose token sequence is not a dev or test
sentence. NDT tags are mapped to UD UPOS with a table learned from the dev sentences, which exist in
both NDT and UD with identical token sequences (backing off from (form, tag, feats, deprel) to
(lemma, tag, feats, deprel), (lemma, tag, feats), (tag, feats) and tag). The test split is only
used to report how well that mapping works, never to learn it.

Every document also carries a UD dependency tree (heads and relations, for a parser): dev and test
take theirs from the UD files as they are; the train sentences' NDT trees are restructured to UD's
content-word heads by ``ndt_to_ud`` (prepositions, auxiliaries, the copula and the infinitive mark
hand their place to their content dependent) and labelled by ``DeprelMap``, a table learned on the
dev sentences like the UPOS map. ``stats.json`` reports how well the conversion agrees with UD on dev
(where the label table was learned) and on test (held out): UAS and LAS, punctuation included.

Writes ``train.spacy``, ``dev.spacy``, ``test.spacy`` and ``stats.json`` to the output folder.
Sentences are grouped into documents of up to ``--doc-sents`` consecutive sentences so that the
sentence recognizer sees boundaries.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "»", "%", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "«"}
SIG_DEPRELS = {"INFV", "SPRED", "PUTFYLL", "DOBJ"}


class Token:
    __slots__ = ("form", "lemma", "tag", "feats", "deprel", "upos", "ner", "space", "head", "sig",
                 "ud_head", "ud_dep")

    def __init__(self, form, lemma, tag, feats, deprel, upos, ner, space, head=0, ud_head=None, ud_dep=None):
        self.form, self.lemma, self.tag, self.feats = form, lemma, tag, feats
        self.deprel, self.upos, self.ner, self.space = deprel, upos, ner, space
        self.head, self.sig = head, ()
        # UD tree: head as a 1-based index in the sentence (0 = root) and UD relation; from the UD
        # files for dev/test, from ndt_to_ud() + DeprelMap for the NDT-rebuilt train split
        self.ud_head, self.ud_dep = ud_head, ud_dep


def _name(misc: str) -> str:
    for part in misc.split("|"):
        if part.startswith("name="):
            return part[5:]
    return "O"


def conll_rows(path: Path) -> list[list[list[str]]]:
    """The sentences of a CoNLL(-U) file, each as its token rows split on tabs (comments skipped)."""
    sents: list[list[list[str]]] = []
    cur: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            cur.append(line.split("\t"))
    return sents


def read_ndt(folder: Path) -> list[list[Token]]:
    """All NDT sentences, file by file in name order, sentence order kept."""
    sents = [[Token(c[1], c[2], c[3], c[5], c[7], None, _name(c[9]), True, int(c[6])) for c in rows]
             for path in sorted(folder.glob("*.conll")) for rows in conll_rows(path)]
    for sent in sents:
        add_signatures(sent)
    return sents


def add_signatures(sent: list[Token]) -> None:
    """Which telling dependents a token has (AUX vs VERB, SCONJ vs ADP depend on them)."""
    found: dict[int, set[str]] = defaultdict(set)
    for tok in sent:
        if tok.deprel in SIG_DEPRELS and tok.head:
            found[tok.head].add(f"{tok.deprel}:{tok.tag}")
    for i, tok in enumerate(sent, start=1):
        tok.sig = tuple(sorted(found[i]))


def read_ud(path: Path) -> list[list[Token]]:
    sents = []
    for rows in conll_rows(path):
        sent = [Token(c[1], c[2], None, None, c[7], c[3], _name(c[9]), "SpaceAfter=No" not in c[9].split("|"),
                      ud_head=int(c[6]), ud_dep=c[7])
                for c in rows if "-" not in c[0] and "." not in c[0]]
        if sent:
            sents.append(sent)
    return sents


def guess_spaces(sent: list[Token]) -> None:
    """NDT has no SpaceAfter marks: no space before closing punctuation or after opening marks."""
    for i, tok in enumerate(sent):
        nxt = sent[i + 1].form if i + 1 < len(sent) else None
        tok.space = not (tok.form in NO_SPACE_AFTER or (nxt is not None and nxt in NO_SPACE_BEFORE))
    if sent:
        sent[-1].space = True


def keys(tok: Token) -> list[tuple]:
    return [
        ("s", tok.lemma.lower(), tok.tag, tok.feats, tok.deprel, tok.sig),
        ("f", tok.form.lower(), tok.tag, tok.feats, tok.deprel),
        ("l", tok.lemma.lower(), tok.tag, tok.feats, tok.deprel),
        ("m", tok.lemma.lower(), tok.tag, tok.feats),
        ("t", tok.tag, tok.feats),
        ("p", tok.tag),
    ]


class UposMap:
    def __init__(self) -> None:
        self.counts: dict[tuple, Counter] = defaultdict(Counter)

    def learn(self, ndt_tok: Token, upos: str) -> None:
        for key in keys(ndt_tok):
            self.counts[key][upos] += 1

    def __call__(self, tok: Token) -> str:
        for key in keys(tok):
            if key in self.counts:
                return self.counts[key].most_common(1)[0][0]
        return "X"


AUX_LEMMAS = {"ha", "være", "bli", "kunne", "skulle", "ville", "måtte", "burde", "få", "tørre"}


def ndt_to_ud(sent: list[Token]) -> list[tuple[int, tuple]]:
    """UD-style tree for an NDT sentence: (head, label features) per token, head 1-based (0 = root).

    NDT makes function words heads; UD makes content words heads. Top-down, each function word with
    a content dependent hands its place in the tree to that dependent, which also takes over all its
    other dependents, and the function word hangs from it: a preposition from its PUTFYLL (case, or
    mark before a clause), the infinitive mark from its INFV (mark), an auxiliary (AUX_LEMMAS) from
    its INFV (aux) and a copula (være) from its SPRED (cop). Chains (måtte ha dannet, har vært syk,
    er på menyen, fra å sette) come out right because the promoted word is looked at again. The UD
    relation is then chosen by DeprelMap from features of the result (see ud_keys).
    """
    n = len(sent)
    head = [t.head for t in sent]
    rel = [t.deprel for t in sent]           # the NDT relation of the place the token now holds
    over = [None] * n                         # what kind of function word it was promoted over
    role = [None] * n                         # for demoted function words: case / mark / aux / cop
    kids = lambda h: [k for k in range(n) if head[k] == h + 1]  # noqa: E731

    def content_child(i: int):
        tok = sent[i]
        if role[i] is not None:
            return None, None
        ks = kids(i)
        if tok.tag == "prep":
            c = [k for k in ks if sent[k].deprel == "PUTFYLL"]
            return (c[0], "case") if c else (None, None)
        if tok.tag == "inf-merke":
            c = [k for k in ks if sent[k].deprel == "INFV"]
            return (c[0], "mark") if c else (None, None)
        if tok.tag == "verb" and tok.lemma in AUX_LEMMAS:
            c = [k for k in ks if sent[k].deprel == "INFV"]
            if c:
                return c[0], "aux"
            if tok.lemma == "være":
                c = [k for k in ks if sent[k].deprel == "SPRED"]
                if c:
                    return c[0], "cop"
        return None, None

    changed = True
    while changed:
        changed = False
        order, frontier = [], [k for k in range(n) if head[k] == 0]
        while frontier:
            order.extend(frontier)
            frontier = [k for f in frontier for k in kids(f)]
        for i in order:
            c, r = content_child(i)
            if c is None:
                continue
            head[c], rel[c], over[c] = head[i], rel[i], over[c] or r
            for k in kids(i):
                if k != c:
                    head[k] = c + 1
            head[i], role[i] = c + 1, r
            changed = True
            break
    out = []
    for i, tok in enumerate(sent):
        h = head[i]
        hk = kids(i)
        htok = sent[h - 1] if h else None
        # passive: s-passive on the predicate (NDT feats "pass") or a bli/være auxiliary on it
        pred = i if role[i] is None and tok.deprel not in SIG_DEPRELS else h - 1
        if role[i] is not None or (h and rel[i] in ("SUBJ", "SBU", "PSUBJ")):
            pred = h - 1
        pk = kids(pred) if pred >= 0 else []
        passive = pred >= 0 and ("pass" in (sent[pred].feats or "").split("|")
                                 or (sent[pred].feats or "").endswith("pass")
                                 or any(role[k] == "aux" and sent[k].lemma == "bli" for k in pk))
        has_subj = pred >= 0 and any(rel[k] == "SUBJ" and k != i for k in pk)
        has_case = any(role[k] == "case" for k in hk)
        sbu = next((sent[k].lemma.lower() for k in hk if rel[k] == "SBU" and role[k] is None), None)
        has_cop = any(role[k] == "cop" for k in hk)
        feats = {
            "rel": "root" if h == 0 else (role[i] or rel[i]),
            "own": tok.deprel, "over": over[i], "upos": tok.upos,
            "hupos": htok.upos if htok else None, "hcop": htok is not None and any(
                role[k] == "cop" for k in kids(h - 1)),
            "case": has_case, "pass": passive, "subj": has_subj, "sbu": sbu, "cop": has_cop,
            "left": h > i + 1, "lemma": tok.lemma.lower(), "hlemma": htok.lemma.lower() if htok else None,
        }
        out.append((h, feats))
    return out


def ud_keys(f: dict) -> list[tuple]:
    base = (f["rel"], f["upos"], f["hupos"])
    return [
        ("l",) + base + (f["over"], f["case"], f["pass"], f["subj"], f["sbu"], f["cop"], f["hcop"], f["lemma"]),
        ("a",) + base + (f["over"], f["case"], f["pass"], f["subj"], f["sbu"], f["cop"], f["hcop"], f["left"]),
        ("b",) + base + (f["over"], f["case"], f["pass"], f["sbu"], f["hcop"]),
        ("c",) + base + (f["over"], f["case"]),
        ("d",) + base,
        ("e", f["rel"], f["upos"]),
        ("f", f["rel"]),
    ]


class DeprelMap:
    """UD relation for a converted NDT arc, learned from the dev sentences (NDT and UD) like UposMap."""

    def __init__(self, min_count: int = 2) -> None:
        self.counts: dict[tuple, Counter] = defaultdict(Counter)
        self.min_count = min_count

    def learn(self, feats: dict, ud_dep: str) -> None:
        for key in ud_keys(feats):
            self.counts[key][ud_dep] += 1

    def __call__(self, feats: dict) -> str:
        if feats["rel"] == "root":
            return "root"
        for key in ud_keys(feats):
            c = self.counts.get(key)
            if c and sum(c.values()) >= self.min_count:
                return c.most_common(1)[0][0]
        return "dep"


def align(ud: list[list[Token]], by_key: dict[tuple, list[Token]]):
    for sent in ud:
        ndt = by_key.get(tuple(t.form for t in sent))
        if ndt is not None:
            yield sent, ndt


def to_docs(nlp, sents: list[list[Token]], per_doc: int) -> list[Doc]:
    docs = []
    for start in range(0, len(sents), per_doc):
        group = sents[start : start + per_doc]
        words, spaces, lemmas, pos, sent_starts, tags, heads, deps = [], [], [], [], [], [], [], []
        for sent in group:
            offset = len(words)
            for i, tok in enumerate(sent):
                words.append(tok.form)
                spaces.append(tok.space)
                lemmas.append(tok.lemma)
                pos.append(tok.upos)
                sent_starts.append(i == 0)
                tags.append(tok.ner)
                heads.append(offset + (tok.ud_head - 1 if tok.ud_head else i))
                deps.append(tok.ud_dep)
        trees = {} if None in deps else {"heads": heads, "deps": deps}
        doc = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, sent_starts=sent_starts, **trees)
        ents, i = [], 0
        while i < len(tags):
            if tags[i].startswith(("B-", "I-")):
                label = tags[i][2:]
                j = i + 1
                while j < len(tags) and tags[j] == f"I-{label}":
                    j += 1
                ents.append(Span(doc, i, j, label=label))
                i = j
            else:
                i += 1
        doc.ents = ents
        docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--norne", type=Path, default=Path("../shared/norne"))
    ap.add_argument("--out", type=Path, default=Path("training/corpus"))
    ap.add_argument("--doc-sents", type=int, default=10)
    args = ap.parse_args()

    ndt = read_ndt(args.norne / "ndt" / "nob")
    dev = read_ud(args.norne / "ud" / "nob" / "no_bokmaal-ud-dev.conllu")
    test = read_ud(args.norne / "ud" / "nob" / "no_bokmaal-ud-test.conllu")
    held_out = {tuple(t.form for t in s) for s in dev + test}
    train = [s for s in ndt if tuple(t.form for t in s) not in held_out]
    by_key: dict[tuple, list[Token]] = {}
    for s in ndt:
        by_key.setdefault(tuple(t.form for t in s), s)

    upos_map = UposMap()
    lemma_agree = Counter()
    for ud_sent, ndt_sent in align(dev, by_key):
        for u, n in zip(ud_sent, ndt_sent, strict=True):
            upos_map.learn(n, u.upos)
            lemma_agree[u.lemma == n.lemma] += 1
    # how well the dev-learned mapping does on the test sentences (never learned from)
    test_hits = Counter()
    for ud_sent, ndt_sent in align(test, by_key):
        for u, n in zip(ud_sent, ndt_sent, strict=True):
            test_hits[upos_map(n) == u.upos] += 1
            lemma_agree[u.lemma == n.lemma] += 1
    for sent in ndt:
        for tok in sent:
            tok.upos = upos_map(tok)
    for sent in train:
        guess_spaces(sent)
    # UD trees for the train split: NDT trees restructured by ndt_to_ud(), relations from a table
    # learned on the dev sentences (arcs whose head came out right); test only reports how well it does
    deprel_map = DeprelMap()
    for ud_sent, ndt_sent in align(dev, by_key):
        for u, (head, feats) in zip(ud_sent, ndt_to_ud(ndt_sent), strict=True):
            if head == u.ud_head:
                deprel_map.learn(feats, u.ud_dep)
    conv = {name: Counter() for name in ("dev", "test")}
    for name, split in (("dev", dev), ("test", test)):
        for ud_sent, ndt_sent in align(split, by_key):
            for u, (head, feats) in zip(ud_sent, ndt_to_ud(ndt_sent), strict=True):
                conv[name]["n"] += 1
                conv[name]["uas"] += head == u.ud_head
                conv[name]["las"] += head == u.ud_head and deprel_map(feats) == u.ud_dep
    for sent in train:
        for tok, (head, feats) in zip(sent, ndt_to_ud(sent), strict=True):
            tok.ud_head, tok.ud_dep = head, deprel_map(feats)

    nlp = spacy.blank("nb")
    args.out.mkdir(parents=True, exist_ok=True)
    stats = {
        "ndt_sentences": len(ndt),
        "dev_sentences": len(dev),
        "test_sentences": len(test),
        "train_sentences": len(train),
        "train_tokens": sum(len(s) for s in train),
        "dev_aligned": sum(1 for _ in align(dev, by_key)),
        "test_aligned": sum(1 for _ in align(test, by_key)),
        "upos_map_acc_on_test": round(test_hits[True] / max(1, sum(test_hits.values())), 4),
        "ndt_ud_lemma_agreement_devtest": round(lemma_agree[True] / max(1, sum(lemma_agree.values())), 4),
        "tree_conversion_on_dev_uas": round(conv["dev"]["uas"] / max(1, conv["dev"]["n"]), 4),
        "tree_conversion_on_dev_las": round(conv["dev"]["las"] / max(1, conv["dev"]["n"]), 4),
        "tree_conversion_on_test_uas": round(conv["test"]["uas"] / max(1, conv["test"]["n"]), 4),
        "tree_conversion_on_test_las": round(conv["test"]["las"] / max(1, conv["test"]["n"]), 4),
        "train_deprels": dict(Counter(t.ud_dep for s in train for t in s).most_common()),
    }
    for name, sents in (("train", train), ("dev", dev), ("test", test)):
        DocBin(docs=to_docs(nlp, sents, args.doc_sents), store_user_data=False).to_disk(
            args.out / f"{name}.spacy"
        )
    (args.out / "stats.json").write_text(json.dumps(stats, indent=2) + "\n")
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
