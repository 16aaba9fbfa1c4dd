"""The one entry point other modules use to turn documents into claim records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipeline.io import Document

CLAIM_COMPONENTS = ("claims_money", "claims_time", "claims_quantity", "claims_actors", "claims_measures",
                    "claims_claims")


class Extractor:
    """`Extractor(model).extract(doc)` -> claim/1 records (dicts) in text order."""

    def __init__(self, model: str | None = None, nlp=None):
        if nlp is None:
            from pipeline.nlp import build_nlp

            nlp = build_nlp(model, components=CLAIM_COMPONENTS)
        self.nlp = nlp

    def process(self, document: Document):
        from pipeline.nlp import make_doc

        return self.nlp(make_doc(self.nlp, document))

    def extract(self, document: Document) -> list[dict]:
        return [r.to_json() for r in self.process(document)._.claims]

    def extract_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, list[dict]]]:
        from pipeline.nlp import make_doc

        docs = list(documents)
        for document, doc in zip(docs, self.nlp.pipe((make_doc(self.nlp, d) for d in docs), batch_size=batch_size),
                                 strict=True):
            yield document, [r.to_json() for r in doc._.claims]
