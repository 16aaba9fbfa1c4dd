"""The dependency trees of the claim windows, for the claim stages to read.

The model's parser runs on each claim window as a Doc of its own (pipeline.windows), so a document
has trees for its windows only. They are kept beside the Doc (`doc.user_data["tree"]`: each token's
head as a document token index and its UD relation; -1 and "" outside the windows) rather than as
the Doc's own heads: a partial parse would make spaCy re-derive the sentence boundaries that the
layout rules set. `tree_of(doc)` gives a `Tree` over them, or None where no parser ran (rules only,
or a model without a parser): every reader of the tree has a surface rule to fall back on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

KEY = "tree"


def store_tree(doc: Doc, start: int, heads: list[int], deps: list[str]) -> None:
    """Keep the tree of one window (token offset `start` in `doc`; heads relative to the window)."""
    tree = doc.user_data.get(KEY)
    if tree is None:
        tree = doc.user_data[KEY] = {"heads": [-1] * len(doc), "deps": [""] * len(doc)}
    for k, (head, dep) in enumerate(zip(heads, deps, strict=True)):
        tree["heads"][start + k] = start + head
        tree["deps"][start + k] = dep


@dataclass
class Tree:
    """Heads and relations of the parsed tokens of a document (token indices of the whole Doc)."""

    heads: list[int]
    deps: list[str]
    _children: dict[int, list[int]] = field(default_factory=dict, repr=False)

    def parsed(self, i: int) -> bool:
        return 0 <= i < len(self.heads) and self.heads[i] >= 0

    def head(self, i: int) -> int:
        """The head of token i (itself for a root, -1 where nothing was parsed)."""
        return self.heads[i]

    def dep(self, i: int) -> str:
        return self.deps[i]

    def children(self, i: int) -> list[int]:
        if not self._children:
            for k, h in enumerate(self.heads):
                if h >= 0 and h != k:
                    self._children.setdefault(h, []).append(k)
        return self._children.get(i, [])

    def phrase_head(self, start: int, end: int) -> int | None:
        """The token of [start, end) whose head lies outside it (the first such, for a fragment)."""
        for k in range(start, end):
            if self.parsed(k) and not start <= self.heads[k] < end:
                return k
            if self.parsed(k) and self.heads[k] == k:
                return k
        return None


def tree_of(doc: Doc) -> Tree | None:
    tree = doc.user_data.get(KEY)
    if tree is None or len(tree["heads"]) != len(doc):
        return None
    return Tree(tree["heads"], tree["deps"])
