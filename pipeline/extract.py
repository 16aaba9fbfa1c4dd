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
        doc = make_doc(self.nlp, document)
        for _, proc in self.pre:
            doc = proc(doc)
        windows = claim_windows(doc)
        doc.user_data["claim_windows"] = window_chars(doc, windows)
        run_model(self.nlp, doc, windows if self.fast else sentences(doc), self.model_pipes)
        for _, proc in self.record_post if records_only else self.post:
            doc = proc(doc)
        return doc

    def process_many(self, documents: list[Document], records_only: bool = False) -> list[Doc | Exception]:
        """process() for each document, the model run once over the windows of all of them (fuller
        batches; each window is still its own Doc, so every Doc is what process() gives). A document
        that fails gives its exception in its place; the others go on."""
        staged: list[tuple[Doc, list[tuple[int, int]]] | Exception] = []
        for document in documents:
            try:
                doc = make_doc(self.nlp, document)
                for _, proc in self.pre:
                    doc = proc(doc)
                windows = claim_windows(doc)
                doc.user_data["claim_windows"] = window_chars(doc, windows)
                staged.append((doc, windows if self.fast else sentences(doc)))
            except Exception as exc:  # noqa: BLE001 (reported per document)
                staged.append(exc)
        jobs = [job for job in staged if not isinstance(job, Exception)]
        try:
            run_model_many(self.nlp, jobs, self.model_pipes)
        except Exception:  # noqa: BLE001 (find the document it came from: one at a time)
            return [self._process_safely(document, records_only) for document in documents]
        out: list[Doc | Exception] = []
        for job in staged:
            if isinstance(job, Exception):
                out.append(job)
                continue
            try:
                doc = job[0]
                for _, proc in self.record_post if records_only else self.post:
                    doc = proc(doc)
                out.append(doc)
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out

    def _process_safely(self, document: Document, records_only: bool) -> Doc | Exception:
        try:
            return self.process(document, records_only)
        except Exception as exc:  # noqa: BLE001
            return exc

    def extract(self, document: Document) -> list[dict]:
        return [r.to_json() for r in (self.process(document, records_only=True)._.claims or [])]

    def extract_chunk(self, documents: list[Document]) -> list[list[dict] | Exception]:
        """extract() for each document (see process_many); a failed document gives its exception."""
        return [doc if isinstance(doc, Exception) else [r.to_json() for r in (doc._.claims or [])]
                for doc in self.process_many(documents, records_only=True)]

    def extract_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, list[dict]]]:
        for document in documents:
            yield document, self.extract(document)
