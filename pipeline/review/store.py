"""The annotation folder on disk: `<doc_id>.jsonl` (claim records with a `review` object, one a line)
and the sidecar `<doc_id>.doc.json` (the article text and its hash).

Every write goes through :func:`pipeline.io.atomic_write_text` (temp file + rename), and every
read-modify-write holds an exclusive lock on `<dir>/.lock` (`filelock`: flock on POSIX, msvcrt on
Windows), so the web app, `claims annotate` and `claims import` never interleave their updates of one
file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.io import Document, atomic_write_text, dumps

#: Letters (Norwegian ones too), digits, dot, underscore, hyphen: never a path separator.
DOC_ID_RE = re.compile(r"^[\w.-]{1,200}$")
SIDECAR_SUFFIX = ".doc.json"


class BadDocId(ValueError):
    """A document id that could address a file outside the annotations folder."""


def valid_doc_id(doc_id: str) -> bool:
    return isinstance(doc_id, str) and bool(DOC_ID_RE.fullmatch(doc_id)) and ".." not in doc_id \
        and not doc_id.startswith(".")


def check_doc_id(doc_id: str) -> str:
    if not valid_doc_id(doc_id):
        raise BadDocId(f"invalid document id: {doc_id!r}")
    return doc_id


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def records_path(folder: Path, doc_id: str) -> Path:
    return Path(folder) / f"{check_doc_id(doc_id)}.jsonl"


def sidecar_path(folder: Path, doc_id: str) -> Path:
    return Path(folder) / f"{check_doc_id(doc_id)}{SIDECAR_SUFFIX}"


def serialise(records: list[dict]) -> str:
    return "".join(dumps(r) + "\n" for r in records)


class BadFile(ValueError):
    """An annotation file that is not JSONL of objects (it is never overwritten by the tools)."""


def parse(content: str) -> list[dict]:
    records = []
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadFile(f"line {lineno}: malformed JSON: {exc.msg}") from None
        if not isinstance(record, dict):
            raise BadFile(f"line {lineno}: not a JSON object")
        records.append(record)
    return records


def version_of(content: str) -> str:
    """The optimistic-concurrency version of a document file: sha256 of its content (an absent file is empty)."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:20]


def claim_version(record: dict) -> str:
    """The optimistic-concurrency version of one claim: sha256 of its record as written. A save is
    checked against its own claim's version only, so annotators on different claims never conflict."""
    return hashlib.sha256(dumps(record).encode("utf-8")).hexdigest()[:16]


def read_content(folder: Path, doc_id: str) -> str:
    path = records_path(folder, doc_id)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def read_records(folder: Path, doc_id: str) -> list[dict]:
    try:
        return parse(read_content(folder, doc_id))
    except BadFile as exc:
        raise BadFile(f"{records_path(folder, doc_id)}: {exc}") from None


def write_records(folder: Path, doc_id: str, records: list[dict]) -> str:
    """Write atomically; returns the new version."""
    content = serialise(records)
    atomic_write_text(records_path(folder, doc_id), content)
    return version_of(content)


JOURNAL = ".import.journal"
LOCK_FILE = ".lock"
STAGED_SUFFIX = ".jsonl.staged"


def staged_path(folder: Path, doc_id: str) -> Path:
    return Path(folder) / f".{check_doc_id(doc_id)}{STAGED_SUFFIX}"


def write_many(folder: Path, changed: dict[str, list[dict]]) -> None:
    """Write several documents' records all or nothing, even if the process is killed: each new file is
    staged beside its target, then a journal naming them is written (the moment the change is made),
    then the staged files replace the targets and the journal goes. A run that finds a journal
    finishes the renames (recover); staged files without a journal are dropped."""
    folder = Path(folder)
    for doc_id, records in changed.items():
        atomic_write_text(staged_path(folder, doc_id), serialise(records))
    atomic_write_text(folder / JOURNAL, json.dumps(sorted(changed)) + "\n")
    recover(folder)


def recover(folder: Path) -> None:
    """Finish a write_many a killed process left half done, or drop one that never reached its journal;
    remove the temp files of atomic writes a killed process left."""
    folder = Path(folder)
    journal = folder / JOURNAL
    if journal.exists():
        try:
            doc_ids = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            doc_ids = []  # the journal is written atomically: a torn one cannot be seen
        for doc_id in doc_ids:
            staged = staged_path(folder, doc_id)
            if staged.exists():
                os.replace(staged, records_path(folder, doc_id))
        journal.unlink()
    for leftover in [*folder.glob(f".*{STAGED_SUFFIX}"), *folder.glob(".*.tmp")]:
        leftover.unlink(missing_ok=True)  # under the lock no write is under way: these are a killed one's


def read_sidecar(folder: Path, doc_id: str) -> dict | None:
    try:
        return json.loads(sidecar_path(folder, doc_id).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def sidecar_for(doc: Document) -> dict:
    return {"doc_id": doc.id, "text": doc.text, "text_sha256": text_sha256(doc.text), "date": doc.date,
            "publisher": doc.publisher, "title": doc.title, "url": doc.url, "source": doc.source}


def write_sidecar(folder: Path, doc: Document) -> None:
    atomic_write_text(sidecar_path(folder, doc.id), json.dumps(sidecar_for(doc), ensure_ascii=False, indent=1) + "\n")


def list_doc_ids(folder: Path) -> list[str]:
    folder = Path(folder)
    if not folder.is_dir():
        return []
    ids = {p.name[: -len(".jsonl")] for p in folder.glob("*.jsonl")}
    ids |= {p.name[: -len(SIDECAR_SUFFIX)] for p in folder.glob(f"*{SIDECAR_SUFFIX}")}
    return sorted(i for i in ids if valid_doc_id(i))


class Busy(TimeoutError):
    """The folder lock stayed taken (by an import, `claims annotate`, another save) past the wait allowed."""


@contextlib.contextmanager
def locked(folder: Path, timeout: float | None = None) -> Iterator[None]:
    """An exclusive (advisory) lock on the annotations folder for one read-modify-write; waits for it
    without end, or raises Busy after `timeout` seconds."""
    from filelock import FileLock, Timeout

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    # a new lock object each time: two holders in one process (the server's threads) exclude each other too
    lock = FileLock(folder / LOCK_FILE, timeout=-1 if timeout is None else timeout)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(f"{timeout:g} s passed waiting for the folder lock") from None
    try:
        recover(folder)
        yield
    finally:
        lock.release()
