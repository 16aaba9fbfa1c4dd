"""Reading documents (plain text, folders, JSONL, JSONL.gz) and writing JSONL atomically.

Readers never raise on bad input: they yield an :class:`InputError` naming the document and go on,
so one broken file never stops a batch.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import DateError, parse_date, parse_header

#: Documents longer than this (in characters) are refused rather than slowing a whole batch down.
MAX_CHARS = 5_000_000

META_FIELDS = ("date", "publisher", "title", "url", "genre", "author")


@dataclass
class Document:
    id: str
    text: str
    date: str | None = None
    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    genre: str | None = None
    author: str | None = None
    source: str | None = None
    #: Offset where the body starts (after a leading metadata line such as " date 2021-07 ").
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)


def printable(name: str) -> str:
    """A document name on one line: control characters (a newline in an id) written as escapes."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in str(name))


@dataclass
class InputError:
    doc: str
    message: str

    def __str__(self) -> str:
        return f"{printable(self.doc)}: {self.message}"


def load_meta(path: str | os.PathLike | None) -> dict[str, dict]:
    """id -> metadata from a JSONL file of objects with an "id" (unknown lines are skipped)."""
    if not path:
        return {}
    meta: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and "id" in obj:
                meta[str(obj["id"])] = obj
    return meta


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode UTF-8 (a BOM is dropped) or UTF-16 with its BOM; fall back to cp1252, then latin-1,
    with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not UTF-8; decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8; decoded as latin-1"


def looks_binary(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text: its NUL bytes are half characters
        return False
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    if not sample:
        return False
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / len(sample) > 0.05


def make_document(doc_id: str, text: str, meta: dict | None = None, source: str | None = None) -> Document:
    """A Document from its text and metadata; its date in ISO form (DateError when it is no date)."""
    meta = meta or {}
    header_date, body_start = parse_header(text)
    doc = Document(id=doc_id, text=text, source=source, body_start=body_start)
    for key in META_FIELDS:
        value = meta.get(key)
        if value is not None:
            setattr(doc, key, parse_date(value).iso if key == "date" else str(value))
    if doc.date is None and header_date:
        doc.date = parse_date(header_date).iso
    return doc


def read_text_file(path: Path, meta: dict[str, dict]) -> Document | InputError:
    doc_id = path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(str(path), f"cannot read file: {exc.strerror or exc}")
    if not data.strip():
        return InputError(str(path), "empty file")
    if looks_binary(data):
        return InputError(str(path), "binary file, not text")
    text, warning = decode_bytes(data)
    if len(text) > MAX_CHARS:
        return InputError(str(path), f"too large ({len(text):,} characters > {MAX_CHARS:,})")
    try:
        doc = make_document(doc_id, text, meta.get(doc_id), source=str(path))
    except DateError as exc:
        return InputError(str(path), str(exc))
    if warning:
        doc.warnings.append(warning)
    return doc


def read_jsonl(path: Path, meta: dict[str, dict]) -> Iterator[Document | InputError]:
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        fh = opener(path, "rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read file: {exc}")
        return
    # a line is read up to the size the longest document can take (4 bytes a character, with room for
    # its metadata): a compressed file that expands to one huge line never sits in memory whole
    limit = 4 * MAX_CHARS + 65536
    with fh:
        lineno = 0
        while True:
            try:
                raw = fh.readline(limit + 1)
                if not raw:
                    break
                lineno += 1
                if len(raw) > limit and not raw.endswith(b"\n"):
                    while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass
                    yield InputError(f"{path}:{lineno}", f"line {lineno} is over {limit:,} bytes; skipped")
                    continue
            except (OSError, EOFError, gzip.BadGzipFile) as exc:
                yield InputError(f"{path}:{lineno + 1}", f"cannot read: {exc}")
                break
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            line, _ = decode_bytes(raw)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"malformed JSON on line {lineno}: {exc.msg}")
                continue
            if not isinstance(obj, dict):
                yield InputError(where, f"line {lineno} is not a JSON object")
                continue
            doc_id = obj.get("id")
            text = obj.get("text")
            if doc_id is None or doc_id == "":
                yield InputError(where, f"line {lineno} has no \"id\"")
                continue
            name = f"{doc_id} ({where})"
            if not isinstance(text, str):
                yield InputError(name, "no \"text\" string")
                continue
            if not text.strip():
                yield InputError(name, "empty text")
                continue
            if len(text) > MAX_CHARS:
                yield InputError(name, f"too large ({len(text):,} characters > {MAX_CHARS:,})")
                continue
            merged = dict(meta.get(str(doc_id), {}))
            merged.update({k: v for k, v in obj.items() if k in META_FIELDS and v is not None})
            try:
                yield make_document(str(doc_id), text, merged, source=where)
            except DateError as exc:
                yield InputError(name, str(exc))


def is_jsonl(path: Path) -> bool:
    return path.name.endswith((".jsonl", ".jsonl.gz", ".ndjson"))


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[Path, dict[str, dict]]]:
    """Files to read, each with the metadata that applies to it (a folder's own meta.jsonl)."""
    for item in inputs:
        path = Path(item)
        if any(ch in item for ch in "*?[") and not path.exists():
            parent = Path(path.anchor or ".")
            pattern = str(path.relative_to(parent)) if path.is_absolute() else item
            for match in sorted(parent.glob(pattern)):
                yield from expand_inputs([str(match)])
            continue
        if path.is_dir():
            folder_meta = load_meta(path / "meta.jsonl") if (path / "meta.jsonl").exists() else {}
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.name != "meta.jsonl" and (child.suffix == ".txt" or is_jsonl(child)):
                    yield child, folder_meta
        else:
            yield path, {}


def read_inputs(
    inputs: Iterable[str], meta: dict[str, dict] | None = None
) -> Iterator[Document | InputError]:
    """Every document of the inputs, in a stable order; bad ones as InputError."""
    meta = meta or {}
    for path, folder_meta in expand_inputs(inputs):
        merged = {**folder_meta, **meta}
        if not path.exists():
            yield InputError(str(path), "no such file or folder")
        elif is_jsonl(path):
            yield from read_jsonl(path, merged)
        else:
            yield read_text_file(path, merged)


def current_umask() -> int:
    """The process's umask, read once at import: reading it means setting it, which another thread
    creating a file at that moment would see."""
    return _UMASK


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Write a file so that it is either wholly old or wholly new, even if the process is killed."""
    atomic_write_bytes(path, text.encode("utf-8"))


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to disk; a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """atomic_write_text for bytes: a temp file beside the target, fsynced, then renamed over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~current_umask())  # what open() would give, not mkstemp's 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_folder(path.parent)  # the rename itself reaches the disk
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def dumps(obj) -> str:
    """The one JSON serialisation used for every output line (deterministic)."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))
