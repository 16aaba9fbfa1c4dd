"""The one entry point other modules use to turn documents into claim records.

`Extractor(model, fast=True)` runs the rule stages on the whole document, then the statistical
model only on the claim windows (pipeline.windows), then the claim stages. `fast=False` is the
naive path: the model over every sentence. Both give identical records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from pipeline.io import Document
from pipeline.nlp import (
    CLAIM_COMPONENTS,
    MENTION_ONLY,
    POST_MODEL,
    PRE_MODEL,
    build_nlp,
    make_doc,
    model_pipe_names,
)
from pipeline.windows import claim_windows, run_model, run_model_many, sentences, window_chars


class Extractor:
    """`Extractor(model).extract(doc)` -> claim/1 records (dicts) in text order."""

    def __init__(self, model: str | None = None, nlp=None, fast: bool = True,
                 components: tuple[str, ...] = CLAIM_COMPONENTS):
        self.nlp = nlp if nlp is not None else build_nlp(model, components=components)
        self.fast = fast
        self.model_pipes = model_pipe_names(self.nlp)
        self.pre = [(n, p) for n, p in self.nlp.pipeline if n in PRE_MODEL]
        self.post = [(n, p) for n, p in self.nlp.pipeline if n in POST_MODEL]
        self.record_post = [(n, p) for n, p in self.post if n not in MENTION_ONLY]

    def process(self, document: Document, records_only: bool = False) -> Doc:
        """The Doc with every stage's results; `records_only` skips the stages no record reads."""
        doc, ranges = self._before_model(document)
        run_model(self.nlp, doc, ranges, self.model_pipes)
        return self._after_model(doc, records_only)

    def process_many(self, documents: list[Document], records_only: bool = False) -> list[Doc | Exception]:
        """process() for each document, the model run once over the windows of all of them (fuller
        batches; each window is still its own Doc, so every Doc is what process() gives). A document
        that fails gives its exception in its place; the others go on."""
        staged = [safely(self._before_model, document) for document in documents]
        try:
            run_model_many(self.nlp, [job for job in staged if not isinstance(job, Exception)], self.model_pipes)
        except Exception:  # noqa: BLE001 (find the document it came from: one at a time)
            return [safely(self.process, document, records_only) for document in documents]
        return [job if isinstance(job, Exception) else safely(self._after_model, job[0], records_only)
                for job in staged]

    def _before_model(self, document: Document) -> tuple[Doc, list[tuple[int, int]]]:
        """The rule stages and the claim windows: the Doc, and the token ranges the model runs on."""
        doc = make_doc(self.nlp, document)
        for _, proc in self.pre:
            doc = proc(doc)
        windows = claim_windows(doc)
        doc.user_data["claim_windows"] = window_chars(doc, windows)
        return doc, windows if self.fast else sentences(doc)

    def _after_model(self, doc: Doc, records_only: bool) -> Doc:
        for _, proc in self.record_post if records_only else self.post:
            doc = proc(doc)
        return doc

    def extract(self, document: Document) -> list[dict]:
        return _records(self.process(document, records_only=True))

    def extract_chunk(self, documents: list[Document]) -> list[list[dict] | Exception]:
        """extract() for each document (see process_many); a failed document gives its exception."""
        return [doc if isinstance(doc, Exception) else _records(doc)
                for doc in self.process_many(documents, records_only=True)]

    def extract_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, list[dict]]]:
        for document in documents:
            yield document, self.extract(document)


def _records(doc: Doc) -> list[dict]:
    return [r.to_json() for r in (doc._.claims or [])]


def safely(func, *args):
    """func(*args), or the exception it raised (reported per document, the batch goes on)."""
    try:
        return func(*args)
    except Exception as exc:  # noqa: BLE001
        return exc
