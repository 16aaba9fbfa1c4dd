"""Build the table of Bokmål common-noun forms and their lemmas (`pipeline/lang/noun_forms.tsv`) from the
Norwegian Dependency Treebank's train sentences (the UD dev and test sentences are left out, as in
convert.py). The treebank's annotations are CC0.

Measure canonicals read it through `pipeline.lang.nouns.noun_lemma`, which also applies it to the
last part of a compound ("integreringstilskuddet" -> integreringstilskudd). It holds inflected forms and the
lemmas that end like one ("senter"), and a form with two lemmas keeps the more frequent.

    python -m training.noun_forms [--norne ../shared/norne] [--out pipeline/lang/noun_forms.tsv]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from training.convert import read_ndt, read_ud

#: Forms shorter than this are left out: as the end of a compound they would match too much.
MIN_FORM = 4
#: Endings of inflected forms that some lemmas have too ("senter", "lærer", "vinter").
LOOKS_INFLECTED = ("er", "en", "et", "ene")


def noun_forms(sents) -> dict[str, str]:
    """Inflected common-noun form -> lemma (both lowercase), the most frequent lemma per form."""
    seen: dict[str, Counter] = defaultdict(Counter)
    lemmas: set[str] = set()
    for sent in sents:
        for tok in sent:
            feats = tok.feats.split("|") if tok.feats else []
            if tok.tag != "subst" or "prop" in feats:
                continue
            form, lemma = tok.form.lower(), tok.lemma.lower()
            lemmas.add(lemma)
            if len(form) >= MIN_FORM and form.isalpha() and lemma.isalpha():
                seen[form][lemma] += 1
    # a form that is also a lemma ("arbeider": a worker, or works) is no safe inflection to undo
    table = {form: best for form, counts in seen.items()
             if (best := counts.most_common(1)[0][0]) != form and form not in lemmas}
    # lemmas that end like an inflection stand for themselves, so that no suffix rule cuts them
    # ("senter", "kompetansesenter")
    table.update({lemma: lemma for lemma in lemmas
                  if lemma.endswith(LOOKS_INFLECTED) and len(lemma) >= MIN_FORM and lemma.isalpha()})
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--norne", type=Path, default=Path("../shared/norne"))
    ap.add_argument("--out", type=Path, default=Path("pipeline/lang/noun_forms.tsv"))
    args = ap.parse_args()
    ndt = read_ndt(args.norne / "ndt" / "nob")
    held_out = {tuple(t.form for t in s)
                for split in ("dev", "test")
                for s in read_ud(args.norne / "ud" / "nob" / f"no_bokmaal-ud-{split}.conllu")}
    train = [s for s in ndt if tuple(t.form for t in s) not in held_out]
    table = noun_forms(train)
    lines = ["# Inflected Bokmål common nouns and their lemmas (lowercase), from the Norwegian Dependency",
             "# Treebank's train sentences (CC0); built by training/noun_forms.py, do not edit by hand.",
             *(f"{form}\t{lemma}" for form, lemma in sorted(table.items()))]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} forms -> {args.out}")


if __name__ == "__main__":
    main()
