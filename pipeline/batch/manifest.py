"""The output folder of `claims batch`: shards, the manifest, compaction.

Layout of DIR::

    claims-00000.jsonl ...   claim records (claim/1), one shard per chunk of documents
    claims-00000.parquet ... the same, flattened, with --parquet (derived from the .jsonl)
    manifest.jsonl           append-only; one line per committed shard
    errors.jsonl             every per-document error and warning of the latest run
    .lock                    held by the run writing into DIR (a second run into DIR stops: Busy)

A manifest line commits one shard::

    {"shard": "claims-00003.jsonl", "version": "nb-claims 0.1.0 | blank",
     "docs": [{"id": "a", "text_sha256": "...", "meta_sha256": "...", "records": 4}, ...]}

Rules (they make any kill, even kill -9, harmless):

* A shard is written atomically (temp file + fsync + rename) and only then its manifest line is
  appended (one write + fsync), and shards are committed in order: so the one shard file no manifest
  line names that a killed run can leave is the next one (its number is the manifest's next). It is
  deleted at the next start, and its documents are processed again. Any other shard-like file in the
  folder is not this job's: the run stops before it touches anything (ForeignFiles).
* A manifest line that does not parse (a torn last line) is dropped; the file is truncated to its
  last complete line before anything is appended.
* The manifest maps each doc id to its *last* entry: {text_sha256, meta_sha256, version, shard}.
  A document is current in exactly one shard. Its records in any other shard are superseded.
* Compaction (at the end of every run, and at the start of a resumed one) rewrites each shard that
  holds superseded documents, atomically, keeping only the documents whose current shard it is,
  then appends a line with ``"rewrite": true`` giving that shard's new document list. A shard left
  with no document is deleted. So after a finished run every document's records are in exactly one
  shard, and a reader that wants to be safe even mid-run can use :func:`read_records`, which applies
  the rule itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.io import atomic_write_text, dumps

MANIFEST = "manifest.jsonl"
ERRORS = "errors.jsonl"
SHARD_PREFIX = "claims-"
SHARD_SUFFIX = ".jsonl"


def shard_name(number: int) -> str:
    return f"{SHARD_PREFIX}{number:05d}{SHARD_SUFFIX}"


def shard_number(name: str) -> int | None:
    if not (name.startswith(SHARD_PREFIX) and name.endswith(SHARD_SUFFIX)):
        return None
    digits = name[len(SHARD_PREFIX):-len(SHARD_SUFFIX)]
    return int(digits) if digits.isdigit() else None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def meta_sha256(document) -> str:
    """Hash of the metadata that reaches the records (a changed date changes doc_date)."""
    fields = [document.date, document.publisher, document.title, document.url, document.genre,
              document.author]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


@dataclass
class Entry:
    text_sha256: str
    meta_sha256: str | None
    version: str
    shard: str


class ForeignFiles(Exception):
    """Shard-like files in an output folder that its manifest does not name: not this job's to touch."""

    def __init__(self, folder: Path, names: list[str]):
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        super().__init__(f"{folder} holds files this batch did not write ({shown}); nothing was deleted. "
                         "Choose an empty folder, or the folder of an earlier batch run.")
        self.names = names


@dataclass
class Manifest:
    """The state of an output folder, read from its manifest."""

    folder: Path
    #: doc id -> its current entry (last one wins)
    current: dict[str, Entry] = field(default_factory=dict)
    #: shard -> doc ids it holds, as the manifest last said
    shard_docs: dict[str, list[str]] = field(default_factory=dict)
    next_number: int = 0

    @property
    def path(self) -> Path:
        return self.folder / MANIFEST

    # -- reading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, folder: str | os.PathLike, repair: bool = True) -> Manifest:
        """Read DIR/manifest.jsonl; with repair, truncate a torn last line and delete orphan shards."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        manifest = cls(folder)
        path = manifest.path
        if path.exists():
            data = path.read_bytes()
            good_end = data.rfind(b"\n") + 1
            if repair and good_end != len(data):
                with open(path, "r+b") as fh:
                    fh.truncate(good_end)
                    fh.flush()
                    os.fsync(fh.fileno())
            for raw in data[:good_end].splitlines():
                try:
                    obj = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError):
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("shard"), str):
                    manifest._apply(obj)
        if repair:
            manifest.remove_orphans()
        return manifest

    def _apply(self, obj: dict) -> None:
        shard = obj["shard"]
        number = shard_number(shard)
        if number is not None:
            self.next_number = max(self.next_number, number + 1)
        docs = obj.get("docs") or []
        if obj.get("rewrite"):
            # a compaction: the shard now holds exactly these (already current) documents
            self.shard_docs[shard] = [d["id"] for d in docs]
            return
        version = obj.get("version", "")
        ids = []
        for d in docs:
            doc_id = str(d["id"])
            ids.append(doc_id)
            self.current[doc_id] = Entry(d.get("text_sha256", ""), d.get("meta_sha256"), version, shard)
        self.shard_docs.setdefault(shard, []).extend(ids)

    def remove_orphans(self) -> list[str]:
        """Delete the shard a killed run wrote but did not commit (and temp or derived files of it).
        ForeignFiles, before anything is deleted, when other shard-like files lie in the folder."""
        orphans, foreign = [], []
        for path in sorted(self.folder.iterdir()):
            name = path.name
            if name.startswith(f".{SHARD_PREFIX}") and name.endswith(".tmp"):
                orphans.append(path)  # temp file of a killed atomic write
                continue
            stem = name[:-len(".parquet")] + SHARD_SUFFIX if name.endswith(".parquet") else name
            if shard_number(stem) is not None and stem not in self.shard_docs:
                (orphans if shard_number(stem) == self.next_number else foreign).append(path)
        if foreign:
            raise ForeignFiles(self.folder, [p.name for p in foreign])
        for path in orphans:
            path.unlink(missing_ok=True)
        return [p.name for p in orphans if not p.name.endswith(".tmp")]

    # -- questions -----------------------------------------------------------------------------
    def is_done(self, doc_id: str, sha: str, meta: str | None, version: str) -> bool:
        entry = self.current.get(doc_id)
        return entry is not None and entry.text_sha256 == sha and entry.meta_sha256 == meta \
            and entry.version == version

    def dirty_shards(self) -> list[str]:
        """Shards that hold a document whose current entry is in another shard."""
        dirty = []
        for shard, ids in self.shard_docs.items():
            if any(self.current.get(i) is None or self.current[i].shard != shard for i in ids):
                dirty.append(shard)
        return sorted(dirty)

    def live_shards(self) -> list[str]:
        return sorted(s for s, ids in self.shard_docs.items() if ids)

    # -- writing -------------------------------------------------------------------------------
    def allocate(self) -> str:
        name = shard_name(self.next_number)
        self.next_number += 1
        return name

    def append(self, obj: dict) -> None:
        """Append one line and fsync it; then apply it to the in-memory view."""
        line = (dumps(obj) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self._apply(obj)

    def commit_shard(self, shard: str, records_text: str, docs: list[dict], version: str) -> None:
        """Write a shard atomically, then record it in the manifest."""
        atomic_write_text(self.folder / shard, records_text)
        self.append({"shard": shard, "version": version, "docs": docs})

    def compact(self) -> int:
        """Rewrite every dirty shard without its superseded documents. Returns shards rewritten."""
        rewritten = 0
        for shard in self.dirty_shards():
            keep_ids = [i for i in self.shard_docs[shard] if i in self.current and self.current[i].shard == shard]
            keep = set(keep_ids)
            path = self.folder / shard
            (self.folder / (shard[:-len(SHARD_SUFFIX)] + ".parquet")).unlink(missing_ok=True)
            if keep:
                lines = []
                if path.exists():
                    with open(path, encoding="utf-8") as fh:
                        for line in fh:
                            if line.strip() and json.loads(line).get("doc_id") in keep:
                                lines.append(line)
                atomic_write_text(path, "".join(lines))
            else:
                path.unlink(missing_ok=True)
            self.append({"shard": shard, "rewrite": True, "docs": [{"id": i} for i in keep_ids]})
            rewritten += 1
        return rewritten


def read_records(folder: str | os.PathLike) -> Iterator[dict]:
    """Every current record of an output folder, shard by shard, each document once.

    Safe to call on a folder whose run was killed: records of superseded or uncommitted documents
    are left out.
    """
    manifest = Manifest.load(folder, repair=False)
    for shard in manifest.live_shards():
        path = Path(folder) / shard
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                record = json.loads(line)
                entry = manifest.current.get(record.get("doc_id"))
                if entry is not None and entry.shard == shard:
                    yield record


def append_error(fh, document: str, stage: str, message: str, level: str = "error") -> None:
    """One line of errors.jsonl: {"document", "stage": "read"|"extract", "level": "error"|"warning",
    "message"}."""
    fh.write(dumps({"document": document, "stage": stage, "level": level, "message": message}) + "\n")
    fh.flush()


LOCK = ".lock"


class Busy(Exception):
    """Another run is writing into the output folder."""


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold DIR/.lock for a whole run (filelock: flock on POSIX, msvcrt on Windows); Busy at once when
    another run holds it, since two runs appending to one manifest would each commit the other's shard
    numbers."""
    from filelock import FileLock, Timeout

    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(folder / LOCK, blocking=False)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(f"{folder} is in use by another claims batch run; wait for it to finish") from None
    try:
        yield
    finally:
        lock.release()


def iter_lines(paths: Iterable[Path]) -> Iterator[str]:
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            yield from fh
