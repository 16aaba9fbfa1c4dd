"""The one entry point other modules use to turn documents into claim records.

`Extractor(model, fast=True)` runs the pipeline (pipeline.nlp) with `nlp.pipe`: the rule stages on the
whole document, the statistical model only on the claim windows (pipeline.windows), then the claim
stages. `fast=False` is the naive path: the model over every sentence. Both give identical records.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.io import Document
from pipeline.nlp import CLAIM_COMPONENTS, MENTION_ONLY, build_nlp, make_doc


class Extractor:
    """`Extractor(model).extract(document)` -> claim/1 records (dicts) in text order."""

    def __init__(self, model: str | None = None, nlp=None, fast: bool = True,
                 components: tuple[str, ...] = CLAIM_COMPONENTS):
        self.nlp = nlp if nlp is not None else build_nlp(model, components=components)
        if "claims_model" in self.nlp.component_names:
            self.nlp.get_pipe("claims_model").windows = fast

    def skipped(self, records_only: bool) -> list[str]:
        return [name for name in MENTION_ONLY if name in self.nlp.pipe_names] if records_only else []

    def process(self, document: Document, records_only: bool = False) -> Doc:
        """The Doc with every stage's results; `records_only` skips the stages no record reads."""
        return self.nlp(make_doc(self.nlp, document), disable=self.skipped(records_only))

    def process_many(self, documents: list[Document], records_only: bool = False) -> list[Doc | Exception]:
        """process() for each document through one nlp.pipe (the model runs once over the windows of
        all of them; each window is still its own Doc, so every Doc is what process() gives). A
        document that fails gives its exception in its place; the others go on."""
        staged = [safely(make_doc, self.nlp, document) for document in documents]
        try:
            done = iter(list(self.nlp.pipe([d for d in staged if not isinstance(d, Exception)],
                                           disable=self.skipped(records_only))))
        except Exception:  # noqa: BLE001 (find the document it came from: one at a time)
            return [safely(self.process, document, records_only) for document in documents]
        return [doc if isinstance(doc, Exception) else next(done) for doc in staged]

    def extract(self, document: Document) -> list[dict]:
        return _records(self.process(document, records_only=True))

    def extract_chunk(self, documents: list[Document]) -> list[list[dict] | Exception]:
        """extract() for each document (see process_many); a failed document gives its exception."""
        return [doc if isinstance(doc, Exception) else _records(doc)
                for doc in self.process_many(documents, records_only=True)]


def _records(doc: Doc) -> list[dict]:
    return list(doc._.claims or [])


def safely(func, *args):
    """func(*args), or the exception it raised (reported per document, the batch goes on)."""
    try:
        return func(*args)
    except Exception as exc:  # noqa: BLE001
        return exc
