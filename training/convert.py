"""Convert NorNE (Bokmål) into spaCy DocBins for training our own pipeline.

Reads the data in place (never copies it into the repository):

- ``<norne>/ndt/nob/*.conll``: all Bokmål NDT sentences with NorNE entities and NDT lemmas/tags.
- ``<norne>/ud/nob/no_bokmaal-ud-{dev,test}.conllu``: UD dev and test (UPOS, lemmas, NER in MISC).

The UD train split is rebuilt as every NDT sentence whose token sequence is not a dev or test
sentence. NDT tags are mapped to UD UPOS with a table learned from the dev sentences, which exist in
both NDT and UD with identical token sequences (backing off from (form, tag, feats, deprel) to
(lemma, tag, feats, deprel), (lemma, tag, feats), (tag, feats) and tag). The test split is only
used to report how well that mapping works, never to learn it.

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
    __slots__ = ("form", "lemma", "tag", "feats", "deprel", "upos", "ner", "space", "head", "sig")

    def __init__(self, form, lemma, tag, feats, deprel, upos, ner, space, head=0):
        self.form, self.lemma, self.tag, self.feats = form, lemma, tag, feats
        self.deprel, self.upos, self.ner, self.space = deprel, upos, ner, space
        self.head, self.sig = head, ()


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
        sent = [Token(c[1], c[2], None, None, c[7], c[3], _name(c[9]), "SpaceAfter=No" not in c[9].split("|"))
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


def align(ud: list[list[Token]], by_key: dict[tuple, list[Token]]):
    for sent in ud:
        ndt = by_key.get(tuple(t.form for t in sent))
        if ndt is not None:
            yield sent, ndt


def to_docs(nlp, sents: list[list[Token]], per_doc: int) -> list[Doc]:
    docs = []
    for start in range(0, len(sents), per_doc):
        group = sents[start : start + per_doc]
        words, spaces, lemmas, pos, sent_starts, tags = [], [], [], [], [], []
        for sent in group:
            for i, tok in enumerate(sent):
                words.append(tok.form)
                spaces.append(tok.space)
                lemmas.append(tok.lemma)
                pos.append(tok.upos)
                sent_starts.append(i == 0)
                tags.append(tok.ner)
        doc = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, sent_starts=sent_starts)
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
    for sent in train:
        guess_spaces(sent)
        for tok in sent:
            tok.upos = upos_map(tok)

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
    }
    for name, sents in (("train", train), ("dev", dev), ("test", test)):
        DocBin(docs=to_docs(nlp, sents, args.doc_sents), store_user_data=False).to_disk(
            args.out / f"{name}.spacy"
        )
    (args.out / "stats.json").write_text(json.dumps(stats, indent=2) + "\n")
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
