"""What `claims report` reads: claim records and the articles they come from, from any of

* a claims file (`claims extract -o`, JSONL of claim/1 records),
* an annotation folder (`<doc_id>.jsonl` records and `<doc_id>.doc.json` sidecars with the text),
* a `claims batch` output folder (its current records, pipeline.batch.manifest.read_records),
* articles to extract first: a folder of `.txt` (with its `meta.jsonl`), a `.txt`, or a JSONL of
  `{"id", "text", ...}` articles.

Claims files and batch folders hold no article text: `--texts INPUT...` reads it (and the metadata)
from the original inputs; without it an article shows only its claims' sentences. Problems with one
document or line are warnings (the report goes on); a source that cannot be read at all is a
ReportError (a usage error).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.io import Document, InputError, expand_inputs, is_jsonl, load_meta, read_inputs

META_KEYS = ("title", "publisher", "date", "url")
#: What an article takes from a metadata line besides META_KEYS (the corpus's policy area)
EXTRA_KEYS = ("area",)
CHUNK = 32


class ReportError(Exception):
    """A source that cannot be read (missing, empty, not claims): one line for the user."""


@dataclass(frozen=True)
class Article:
    doc_id: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    text: str | None = None
    area: str | None = None


@dataclass
class Corpus:
    """The records and articles of one source, and the warnings met reading it."""

    source: str
    kind: str
    records: list[dict] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def article_of(document: Document) -> Article:
    return Article(document.id, document.title, document.publisher, document.date, document.url, document.text)


def merged(article: Article, **values) -> Article:
    """The article with each empty field filled from `values` (what it already has wins)."""
    return replace(article, **{k: v for k, v in values.items() if getattr(article, k) in (None, "") and v})


def complete_articles(corpus: Corpus, meta: dict[str, dict]) -> None:
    """An Article for every document the records name; metadata from --meta, then from the records."""
    for record in corpus.records:
        doc_id = str(record.get("doc_id") or "")
        article = corpus.articles.get(doc_id) or Article(doc_id)
        corpus.articles[doc_id] = merged(article, title=record.get("title"), publisher=record.get("publisher"),
                                         date=record.get("doc_date"), url=record.get("url"))
    for doc_id, article in corpus.articles.items():
        extra = meta.get(doc_id) or {}
        corpus.articles[doc_id] = merged(article, **{k: extra.get(k) for k in META_KEYS + EXTRA_KEYS})


def folder_meta(inputs: Iterable[str], follow_links: bool = False) -> dict[str, dict]:
    """The metadata lines of the inputs' folders (their meta.jsonl), for what a Document does not keep."""
    meta: dict[str, dict] = {}
    for found in expand_inputs(inputs, follow_links):
        if not isinstance(found, InputError):  # read_documents reports these
            meta.update(found[1])
    return meta


def first_object(path: Path) -> dict | None:
    """The first JSON object of a JSONL file (None when it has none that parses)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.strip():
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    return obj if isinstance(obj, dict) else None
    except (OSError, EOFError) as exc:
        raise ReportError(f"{path}: cannot read: {exc}") from None
    return None


def kind_of(path: Path) -> str:
    """claims | annotations | batch | articles, from what the path holds."""
    if not path.exists():
        raise ReportError(f"{path}: no such file or folder")
    if path.is_dir():
        if (path / "manifest.jsonl").exists():
            return "batch"
        if any(path.glob("*.doc.json")):
            return "annotations"
        if any(p.suffix == ".txt" or is_jsonl(p) for p in path.rglob("*") if p.name != "meta.jsonl"):
            jsonl = [p for p in sorted(path.glob("*.jsonl")) if p.name != "meta.jsonl"]
            if jsonl and not any(path.rglob("*.txt")) and all("claim_id" in (first_object(p) or {}) for p in jsonl):
                return "annotations"  # records without sidecars
            return "articles"
        raise ReportError(f"{path}: empty folder (no claims, annotation files or articles in it)")
    if path.suffix == ".txt":
        return "articles"
    if is_jsonl(path):
        obj = first_object(path)
        if obj is None:
            raise ReportError(f"{path}: no JSON object in it")
        if "claim_id" in obj:
            return "claims"
        if "text" in obj:
            return "articles"
        raise ReportError(f"{path}: neither claim records nor articles (its first object has no claim_id or text)")
    raise ReportError(f"{path}: not a claims file, annotation folder, batch folder or article input")


def read_claims_file(path: Path, corpus: Corpus) -> None:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                corpus.warnings.append(f"{path}:{lineno}: malformed JSON ({exc.msg}); line skipped")
                continue
            if not isinstance(record, dict) or "doc_id" not in record:
                corpus.warnings.append(f"{path}:{lineno}: not a claim record; line skipped")
                continue
            corpus.records.append(record)


def read_annotations(folder: Path, corpus: Corpus) -> None:
    from pipeline.review import store

    for doc_id in store.list_doc_ids(folder):
        try:
            corpus.records.extend(store.read_records(folder, doc_id))
        except store.BadFile as exc:
            corpus.warnings.append(f"{exc}; its claims are left out")
        sidecar = store.read_sidecar(folder, doc_id) or {}
        text = sidecar.get("text")
        corpus.articles[doc_id] = Article(doc_id, sidecar.get("title"), sidecar.get("publisher"),
                                          sidecar.get("date"), sidecar.get("url"),
                                          text if isinstance(text, str) else None)


def read_batch(folder: Path, corpus: Corpus) -> None:
    from pipeline.batch.manifest import read_records

    try:
        corpus.records.extend(read_records(folder))
    except json.JSONDecodeError as exc:
        raise ReportError(f"{folder}: a shard is not JSONL ({exc.msg})") from None


def read_documents(inputs: Iterable[str], meta: dict[str, dict], warnings: list[str],
                   follow_links: bool = False) -> list[Document]:
    """The documents of the inputs; bad ones, and links out of a folder not followed, become warnings."""
    documents = []
    for item in read_inputs(inputs, meta, follow_links):
        if isinstance(item, InputError):
            warnings.append(str(item))
            continue
        for warning in item.warnings:
            warnings.append(f"{item.source or item.id}: {warning}")
        documents.append(item)
    return documents


def extract_records(documents: list[Document], model: str | None, corpus: Corpus, progress: bool = False) -> None:
    from tqdm import tqdm

    from pipeline.extract import Extractor

    extractor = Extractor(model)
    with tqdm(total=len(documents), unit="doc", desc="claims report", disable=not progress, file=sys.stderr) as bar:
        for start in range(0, len(documents), CHUNK):  # one nlp.pipe per chunk, as claims extract does
            chunk = documents[start:start + CHUNK]
            for document, records in zip(chunk, extractor.extract_chunk(chunk), strict=True):
                if isinstance(records, Exception):
                    corpus.warnings.append(f"{document.id}: extraction failed: {records}")
                    continue
                corpus.records.extend(records)
            bar.update(len(chunk))


def load(source: str, texts: list[str] | None = None, meta_path: str | None = None, model: str | None = None,
         progress: bool = False, extract: Callable | None = None, follow_links: bool = False) -> Corpus:
    """The records and articles of `source` (see the module docs); ReportError when it has none."""
    path = Path(source)
    kind = kind_of(path)
    corpus = Corpus(str(path), kind)
    try:
        meta = load_meta(meta_path) if meta_path else {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportError(f"{meta_path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    inputs = ([str(path)] if kind == "articles" else []) + list(texts or [])
    meta = {**folder_meta(inputs, follow_links), **meta}
    if kind == "claims":
        read_claims_file(path, corpus)
    elif kind == "annotations":
        read_annotations(path, corpus)
    elif kind == "batch":
        read_batch(path, corpus)
    else:
        documents = read_documents([str(path)], meta, corpus.warnings, follow_links)
        corpus.articles.update((d.id, article_of(d)) for d in documents)
        (extract or extract_records)(documents, model, corpus, progress)
    if texts:
        for document in read_documents(texts, meta, corpus.warnings, follow_links):
            known = corpus.articles.get(document.id) or Article(document.id)
            corpus.articles[document.id] = merged(known, **{k: getattr(document, k) for k in META_KEYS},
                                                  text=document.text)
    complete_articles(corpus, meta)
    if not corpus.records and not corpus.articles:
        raise ReportError(f"{path}: no claims or articles found")
    return corpus
