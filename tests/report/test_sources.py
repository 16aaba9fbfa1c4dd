"""What claims report reads, and the one-line errors when it cannot (pipeline.report.sources)."""

from __future__ import annotations

import json

import pytest

from pipeline.io import make_document
from pipeline.report.sources import ReportError, load
from pipeline.review import store

from .helpers import ARTICLES, records, write_jsonl


def no_extraction(documents, model, corpus, progress):
    corpus.records.extend({"doc_id": d.id, "claim_id": d.id, "kind": "measure"} for d in documents)


def test_a_claims_file_gets_texts_and_metadata_from_the_inputs(tmp_path):
    claims = write_jsonl(tmp_path / "claims.jsonl", records())
    articles = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    corpus = load(str(claims), texts=[str(articles)])
    assert corpus.kind == "claims" and len(corpus.records) == 5
    assert set(corpus.articles) == {"vei-a", "vei-b", "sykehus", "tom"}  # the one without claims too
    assert corpus.articles["vei-a"].url == "https://example.org/vei-a"
    assert corpus.articles["vei-b"].text.startswith("Kort nytt.")


def test_without_texts_the_articles_come_from_the_records(tmp_path):
    corpus = load(str(write_jsonl(tmp_path / "claims.jsonl", records())))
    assert set(corpus.articles) == {"vei-a", "vei-b", "sykehus"}
    assert corpus.articles["vei-a"].text is None and corpus.articles["vei-b"].date == "2023-10-09"


def test_meta_fills_what_the_records_lack(tmp_path):
    claims = write_jsonl(tmp_path / "claims.jsonl", records())
    meta = write_jsonl(tmp_path / "meta.jsonl", [{"id": "vei-b", "title": "Vei igjen", "publisher": "NTB",
                                                 "url": "https://example.org/b"}])
    corpus = load(str(claims), meta_path=str(meta))
    assert (corpus.articles["vei-b"].title, corpus.articles["vei-b"].url) == ("Vei igjen", "https://example.org/b")


def test_an_annotation_folder_with_its_sidecars(tmp_path):
    folder = tmp_path / "ann"
    for article in ARTICLES[:2]:
        doc = make_document(article["id"], article["text"], article)
        store.write_records(folder, doc.id, [r for r in records() if r["doc_id"] == doc.id])
        store.write_sidecar(folder, doc)
    corpus = load(str(folder))
    assert corpus.kind == "annotations" and len(corpus.records) == 3
    assert corpus.articles["vei-a"].text == ARTICLES[0]["text"] and corpus.articles["vei-a"].title == "Mer til vei"


def test_articles_are_extracted_first(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Regjeringen bruker 5 millioner kroner.", encoding="utf-8")
    (folder / "meta.jsonl").write_text(json.dumps({"id": "a", "title": "A", "publisher": "NTB"}) + "\n")
    (folder / "empty.txt").write_text("")
    corpus = load(str(folder), extract=no_extraction)
    assert corpus.kind == "articles" and [r["doc_id"] for r in corpus.records] == ["a"]
    assert corpus.articles["a"].title == "A"
    assert len(corpus.warnings) == 1 and "empty.txt: empty file" in corpus.warnings[0]  # the run went on


def test_a_broken_line_is_a_warning(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps(records()[0]) + "\n{broken\n" + json.dumps(records()[1]) + "\n")
    corpus = load(str(path))
    assert len(corpus.records) == 2 and corpus.warnings == [f"{path}:2: malformed JSON (Expecting property name "
                                                            "enclosed in double quotes); line skipped"]


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing.jsonl", "no such file or folder"),
    (lambda p: p, "empty folder"),
    (lambda p: write_jsonl(p / "x.jsonl", [{"foo": 1}]), "neither claim records nor articles"),
    (lambda p: (p / "x.jsonl").write_text("not json\n") and p / "x.jsonl", "no JSON object"),
    (lambda p: (p / "x.csv").write_text("a;b\n") and p / "x.csv", "not a claims file"),
])
def test_sources_that_cannot_be_read_are_one_line_errors(tmp_path, make, message):
    with pytest.raises(ReportError, match=message) as caught:
        load(str(make(tmp_path)))
    assert "\n" not in str(caught.value)


def test_the_policy_area_comes_from_the_inputs_meta_jsonl(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Regjeringen bruker 5 millioner kroner.", encoding="utf-8")
    (folder / "meta.jsonl").write_text(json.dumps({"id": "a", "area": "health"}) + "\n")
    assert load(str(folder), extract=no_extraction).articles["a"].area == "health"
    claims = write_jsonl(tmp_path / "claims.jsonl", [{**records()[0], "doc_id": "a"}])
    assert load(str(claims), texts=[str(folder)]).articles["a"].area == "health"


def test_links_out_of_an_article_folder_are_warnings_unless_followed(linked_folder):
    folder = linked_folder
    corpus = load(str(folder), extract=no_extraction)
    assert set(corpus.articles) == {"a"} and len(corpus.warnings) == 1 and "b.txt" in corpus.warnings[0]
    corpus = load(str(folder), extract=no_extraction, follow_links=True)
    assert set(corpus.articles) == {"a", "b"} and corpus.warnings == []


def test_a_folder_of_nothing_but_links_out_is_a_one_line_error(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("Fylket får 2 millioner kroner.", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b.txt").symlink_to(outside)
    with pytest.raises(ReportError):
        load(str(folder), extract=no_extraction)
