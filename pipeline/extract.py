"""The one entry point other modules use to turn documents into claim records.

`Extractor(model, fast=True)` runs the rule stages on the whole document, then the statistical
model only on the claim windows (pipeline.windows), then the claim stages. `fast=False` is the
naive path: the model over every sentence. Both give identical records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from pipeline.io import Document
from pipeline.nlp import CLAIM_COMPONENTS, POST_MODEL, PRE_MODEL, build_nlp, make_doc, model_pipe_names
from pipeline.windows import claim_windows, run_model, sentences, window_chars


class Extractor:
    """`Extractor(model).extract(doc)` -> claim/1 records (dicts) in text order."""

    def __init__(self, model: str | None = None, nlp=None, fast: bool = True,
                 components: tuple[str, ...] = CLAIM_COMPONENTS):
        self.nlp = nlp if nlp is not None else build_nlp(model, components=components)
        self.fast = fast
        self.model_pipes = model_pipe_names(self.nlp)
        self.pre = [(n, p) for n, p in self.nlp.pipeline if n in PRE_MODEL]
        self.post = [(n, p) for n, p in self.nlp.pipeline if n in POST_MODEL]

    def process(self, document: Document) -> Doc:
        doc = make_doc(self.nlp, document)
        for _, proc in self.pre:
            doc = proc(doc)
        windows = claim_windows(doc)
        doc.user_data["claim_windows"] = window_chars(doc, windows)
        run_model(self.nlp, doc, windows if self.fast else sentences(doc), self.model_pipes)
        for _, proc in self.post:
            doc = proc(doc)
        return doc

    def extract(self, document: Document) -> list[dict]:
        return [r.to_json() for r in (self.process(document)._.claims or [])]

    def extract_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, list[dict]]]:
        for document in documents:
            yield document, self.extract(document)
