"""Reading an import file a piece at a time, so that memory holds one Label Studio task or one CSV row
whatever the size of the file: the file's encoding found in one pass over its bytes, the elements of a
top-level JSON array one by one, the lines of a CSV with a bound on a row's length."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path

#: Characters (or bytes) read at a time.
CHUNK = 1 << 20
_WHITESPACE = re.compile(r"[ \t\r\n]*")
_NUMBER_TAIL = re.compile(r"[0-9eE.+-]*")
_DECODER = json.JSONDecoder()


class StreamError(ValueError):
    """A file that cannot be read on (malformed JSON, a task or row over its limit); says where."""


def detect_encoding(path: Path) -> tuple[str, str | None]:
    """(codec, warning): UTF-32/UTF-16 by their BOM, UTF-8 (a BOM dropped) when every byte decodes,
    else cp1252 or latin-1 with a warning, as pipeline.io.decode_bytes decides for a whole file; found
    in one pass over the bytes a block at a time. StreamError for a BOM the bytes then belie."""
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
            candidates = ["utf-32"]
        elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
            candidates = ["utf-16"]
        else:
            candidates = ["utf-8", "cp1252"]
        for codec in candidates:
            fh.seek(0)
            decoder = codecs.getincrementaldecoder(codec)()
            done = 0
            try:
                while block := fh.read(CHUNK):
                    decoder.decode(block)
                    done += len(block)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                if codec in ("utf-16", "utf-32"):
                    raise StreamError(f"starts as {codec.upper()} (its byte-order mark) but byte {done + exc.start:,} "
                                      f"is not: {exc.reason}") from None
                continue
            return ("utf-8-sig", None) if codec == "utf-8" else (codec, None if codec.startswith("utf") else
                                                                  "not UTF-8; read as cp1252")
    return "latin-1", "not UTF-8; read as latin-1"


class _Buffer:
    """The text of a file from `pos` on, read a chunk at a time (what is behind `pos` is let go)."""

    def __init__(self, fh):
        self.fh, self.text, self.pos, self.eof = fh, "", 0, False

    def more(self, size: int = CHUNK) -> bool:
        if self.eof:
            return False
        block = self.fh.read(size)
        if not block:
            self.eof = True
            return False
        self.text, self.pos = self.text[self.pos:] + block, 0
        return True

    def next_char(self) -> str:
        """The next character that is not white space ('' at the end of the file); `pos` is on it."""
        while True:
            self.pos = _WHITESPACE.match(self.text, self.pos).end()
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def value(self, limit: int, what: str):
        """The JSON value at `pos` (read on until it is whole, up to `limit` characters)."""
        self.next_char()
        size = CHUNK
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.text) - self.pos > limit:
                    raise StreamError(f"{what} is over {limit:,} characters") from None
                if self.more(size):
                    size = min(2 * size, limit + 1)  # fewer re-reads of a large task
                    continue
                raise StreamError(f"{what}: malformed JSON: {exc.msg}") from None
            except RecursionError:
                raise StreamError(f"{what}: malformed JSON: nested too deep") from None
            except ValueError as exc:  # a number of more than 4,300 digits
                raise StreamError(f"{what}: malformed JSON: {exc}") from None
            if isinstance(value, int | float) and _NUMBER_TAIL.fullmatch(self.text, end) and self.more():
                continue  # a number at the end of the chunk may go on in the next one ("1e" + "400")
            self.pos = end
            return value


def json_elements(fh, limit: int) -> Iterator[tuple[int, object]]:
    """(n, element) for each element of the top-level JSON array in a text stream (a single object
    counts as an array of one); StreamError where the JSON breaks off, naming the element."""
    buf = _Buffer(fh)
    first = buf.next_char()
    if first == "{":
        yield 1, buf.value(limit, "task 1")
        if buf.next_char():
            raise StreamError("after task 1: more than one JSON value")
        return
    if first != "[":
        raise StreamError("not a JSON array of tasks" if first else "empty file")
    buf.pos += 1
    if buf.next_char() == "]":
        buf.pos += 1
        if buf.next_char():
            raise StreamError("after the array of tasks: more JSON")
        return
    n = 0
    while True:
        n += 1
        yield n, buf.value(limit, f"task {n}")
        after = buf.next_char()
        if after == ",":
            buf.pos += 1
            continue
        if after == "]":
            buf.pos += 1
            if buf.next_char():
                raise StreamError("after the array of tasks: more JSON")
            return
        raise StreamError(f"after task {n}: malformed JSON: expected ',' or ']'" if after else
                          f"after task {n}: the file ends before the array's ']'")


class RowTooLong(StreamError):
    """A CSV row longer than any row of an export can be."""


class LineCounter:
    """The lines of a text stream, each read whole up to `limit` characters, with the characters given
    since `reset()`: a CSV reader pulling lines for one row can take no more than `limit` in all."""

    def __init__(self, fh, limit: int):
        self.fh, self.limit, self.chars = fh, limit, 0

    def reset(self) -> None:
        self.chars = 0

    def __iter__(self) -> Iterator[str]:
        while line := self.fh.readline(self.limit + 1):
            self.chars += len(line)
            if self.chars > self.limit:
                raise RowTooLong(f"a row is over {self.limit:,} characters")
            yield line
