"""Reading documents (plain text, folders, JSONL, JSONL.gz) and writing JSONL atomically.

Readers never raise on bad input: they yield an :class:`InputError` naming the document and go on,
so one broken file never stops a batch.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import tempfile
import zlib
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


@dataclass
class Skipped(InputError):
    """A path an input folder holds that was not read on purpose (a link out of the folder, a link loop):
    a warning, not a failed document."""


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


#: Bytes read from a JSONL file at a time; runs of blank lines in a block are skipped in one step.
BLOCK = 1 << 20
_BLANK_RUN = re.compile(rb"[ \t\r\n\x0b\x0c]*")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class LongLine:
    """A line over the reader's limit, skipped unread (only its length was counted)."""
    size: int


def text_lines(fh, limit: int) -> Iterator[tuple[int, bytes | LongLine]]:
    """(line number, line without its leading blanks and its newline) for every line of a binary stream
    that is not blank, read in blocks: blank lines cost a regex step per run of them, not a Python step each, and a line
    over `limit` bytes comes as a LongLine without ever being held whole."""
    lineno = 1
    buf, pos = b"", 0
    while True:
        end = _BLANK_RUN.match(buf, pos).end()
        lineno += buf.count(b"\n", pos, end)
        pos = end
        if pos == len(buf):
            buf, pos = fh.read(BLOCK), 0
            if not buf:
                return
            continue
        newline = buf.find(b"\n", pos)
        if newline >= 0:
            size = newline - pos
            yield lineno, (buf[pos:newline] if size <= limit else LongLine(size))
            lineno, pos = lineno + 1, newline + 1
            continue
        # the line goes on past this block: gather its pieces while it stays under the limit
        pieces, size = [buf[pos:]], len(buf) - pos
        while True:
            buf, pos = fh.read(BLOCK), 0
            newline = buf.find(b"\n") if buf else -1
            part = buf if newline < 0 else buf[:newline]
            size += len(part)
            if size <= limit:
                pieces.append(part)
            else:
                pieces = []
            if newline >= 0 or not buf:
                break
        yield lineno, (b"".join(pieces) if size <= limit else LongLine(size))
        if not buf:
            return
        lineno, pos = lineno + 1, newline + 1


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
        lines = text_lines(fh, limit)
        lineno = 0
        while True:
            try:
                found = next(lines, None)
            except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt .gz
                yield InputError(f"{path}:{lineno + 1}", f"cannot read: {exc}")
                break
            if found is None:
                break
            lineno, raw = found
            if isinstance(raw, LongLine):
                yield InputError(f"{path}:{lineno}", f"line {lineno} is over {limit:,} bytes; skipped")
                continue
            where = f"{path}:{lineno}"
            line, _ = decode_bytes(raw)
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError) as exc:  # also a number of 4,300+ digits, nesting too deep
                yield InputError(where, f"malformed JSON on line {lineno}: {getattr(exc, 'msg', None) or exc}")
                continue
            if not isinstance(obj, dict):
                yield InputError(where, f"line {lineno} is not a JSON object")
                continue
            doc_id = obj.get("id")
            text = obj.get("text")
            if doc_id is None or doc_id == "":
                yield InputError(where, f"line {lineno} has no \"id\"")
                continue
            if not isinstance(doc_id, str | int) or isinstance(doc_id, bool):
                yield InputError(where, f"line {lineno}: \"id\" is a {type(doc_id).__name__}, not a string")
                continue
            name = f"{doc_id} ({where})"
            if not isinstance(text, str):
                yield InputError(name, "no \"text\" string")
                continue
            if any(isinstance(v, str) and _SURROGATE.search(v) for v in (doc_id, text, *map(obj.get, META_FIELDS))):
                yield InputError(name, "a \\u escape of half a character (a lone surrogate): not text")
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


def is_input_file(path: Path) -> bool:
    return path.name != "meta.jsonl" and (path.suffix == ".txt" or is_jsonl(path))


def walk_folder(root: Path, follow_links: bool = False) -> Iterator[Path | InputError]:
    """The input files under a folder, in sorted path order (a folder's files before the next name).

    A link to a file is read when the file lies inside the folder, or anywhere with `follow_links`; a
    link to a folder inside it is not (its files are read where they are), one to a folder outside only
    with `follow_links`. Each link left out, a broken link and a loop are reported as Skipped, a folder
    that cannot be listed as an InputError, and the walk goes on."""
    real_root = root.resolve()
    seen = {real_root}  # every folder read, by its real path

    def linked(path: Path, real: Path, above: tuple[Path, ...]) -> str | None:
        """Why a link is left out, or None to follow it."""
        inside = real.is_relative_to(real_root)
        if real.is_dir():
            if real in above:
                return f"link loop: {real} is a folder above it; skipped"
            if inside:
                return f"link to {real}, a folder inside {root} read where it is; skipped"
        if not inside and not follow_links:
            return f"link to {real}, outside {root}; skipped (--follow-links reads it)"
        return None

    def walk(folder: Path, above: tuple[Path, ...]) -> Iterator[Path | InputError]:
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            yield InputError(str(folder), f"cannot read folder: {exc.strerror or exc}")
            return
        for entry in entries:
            path = Path(entry.path)
            real = path
            try:
                if entry.is_symlink():
                    try:
                        real = path.resolve(strict=True)
                    except (OSError, RuntimeError):  # RuntimeError: links that point at each other
                        yield Skipped(str(path), "broken link or a loop of links; skipped")
                        continue
                    reason = linked(path, real, above)
                    if reason:
                        yield Skipped(str(path), reason)
                        continue
                is_dir = real.is_dir()
            except OSError as exc:
                yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
                continue
            if is_dir:
                real = real.resolve()
                if real in seen:  # reached again through a link followed out of the folder
                    yield Skipped(str(path), f"{real} is a folder read already; skipped")
                    continue
                seen.add(real)
                yield from walk(path, (*above, real))
            elif is_input_file(path) and real.is_file():
                yield path

    yield from walk(root, (real_root,))


def expand_inputs(inputs: Iterable[str], follow_links: bool = False) -> Iterator[tuple[Path, dict] | InputError]:
    """Files to read, each with the metadata that applies to it (a folder's own meta.jsonl); what a
    folder walk did not read (a link out of the folder, a loop) comes as Skipped, in its place."""
    for item in inputs:
        path = Path(item)
        if any(ch in item for ch in "*?[") and not path.exists():
            parent = Path(path.anchor or ".")
            pattern = str(path.relative_to(parent)) if path.is_absolute() else item
            for match in sorted(parent.glob(pattern)):
                yield from expand_inputs([str(match)], follow_links)
            continue
        if path.is_dir():
            folder_meta = load_meta(path / "meta.jsonl") if (path / "meta.jsonl").exists() else {}
            files = 0
            for found in walk_folder(path, follow_links):
                files += not isinstance(found, InputError)
                yield found if isinstance(found, InputError) else (found, folder_meta)
            if not files:
                yield InputError(str(path), "no .txt, .jsonl or .jsonl.gz files in this folder")
        else:
            yield path, {}


def read_inputs(
    inputs: Iterable[str], meta: dict[str, dict] | None = None, follow_links: bool = False
) -> Iterator[Document | InputError]:
    """Every document of the inputs, in a stable order; bad ones as InputError, paths a folder walk
    left out on purpose as Skipped (a warning)."""
    meta = meta or {}
    for found in expand_inputs(inputs, follow_links):
        if isinstance(found, InputError):
            yield found
            continue
        path, folder_meta = found
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
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:  # named by the file meant, not by a temp name the user never gave
        raise OSError(exc.errno, exc.strerror, str(path)) from None
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
