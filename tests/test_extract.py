"""Extractor: one document at a time, or a chunk with the model run once over all its windows."""

import pytest

from pipeline.extract import Extractor
from pipeline.io import Document

TEXTS = [
    "Regjeringen foreslår 30 millioner kroner til skolen i 2022.",
    "Kommunen får 12 nye sykehjemsplasser. – Det haster, sier ordfører Kari Nordmann.",
    "Ingen tall her.",
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()  # the shipped model when there is one


def documents():
    return [Document(id=f"d{i}", text=text, date="2021-10-07") for i, text in enumerate(TEXTS)]


def test_a_chunk_gives_the_records_of_one_document_at_a_time(extractor):
    one_by_one = [extractor.extract(d) for d in documents()]
    assert extractor.extract_chunk(documents()) == one_by_one
    assert one_by_one[0] and one_by_one[1] and not one_by_one[2]


def test_a_failing_document_fails_alone_in_its_chunk(extractor, monkeypatch):
    stage = extractor.nlp.get_pipe("claims_claims")
    call = type(stage).__call__

    def flaky(self, doc):
        if doc._.context.doc_id == "d1":
            raise RuntimeError("boom")
        return call(self, doc)

    monkeypatch.setattr(type(stage), "__call__", flaky)
    results = extractor.extract_chunk(documents())
    assert isinstance(results[1], RuntimeError)
    assert results[0] == extractor.extract(documents()[0]) and results[2] == []


def test_records_skip_the_mention_only_stages(extractor):
    doc = extractor.process(documents()[0])
    assert doc._.measures is not None
    assert extractor.process(documents()[0], records_only=True)._.measures is None


def test_documents_past_spacys_default_length_are_extracted():
    """spaCy refuses texts over nlp.max_length (1,000,000) by default; the readers allow 5,000,000."""
    text = "Regjeringen gir 5 millioner kroner til skolen i 2024.\n\n" + "Dette er en vanlig setning. " * 40_000
    assert len(text) > 1_000_000
    records = Extractor("blank").extract(Document(id="long", text=text, date="2023-10-06"))
    assert [r["amount"]["text"] for r in records] == ["5 millioner kroner"]
