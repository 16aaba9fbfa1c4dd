"""Bounded resources on hostile input: a compressed file that expands to one huge line is refused by
line without being held, the documents beside it are extracted, and blank lines cost a step per block,
not one per line. `make stress` runs these at 1 GiB and prints time and memory."""

from __future__ import annotations

import gzip
import io
import json
import sys

from bench.stress import write_blank_lines, write_gzip_bomb
from pipeline.cli import main
from pipeline.io import MAX_CHARS, text_lines


def test_a_gzip_bomb_is_refused_by_line_and_the_good_documents_beside_it_are_extracted(tmp_path, capsys):
    bomb = tmp_path / "bomb.jsonl.gz"
    write_gzip_bomb(bomb, 4 * MAX_CHARS + 2_000_000)  # just over what the longest document can take
    assert bomb.stat().st_size < 100_000
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--model", "blank", str(bomb), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{bomb}:2: line 2 is over" in err
    assert {json.loads(line)["doc_id"] for line in out.read_text().splitlines()} == {"good-before", "good-after"}


def test_blank_lines_cost_a_step_per_block_not_per_line(tmp_path):
    """Counted, not timed: Python calls while reading 20 million blank lines."""
    path = tmp_path / "blank.jsonl.gz"
    write_blank_lines(path, 20 << 20)
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += event in ("call", "c_call")

    with gzip.open(path, "rb") as fh:
        sys.setprofile(count)
        try:
            lines = list(text_lines(fh, 1000))
        finally:
            sys.setprofile(None)
    assert [number for number, _ in lines] == [1, 20 * 2**20 + 2]
    assert calls < 2_000  # about 20 blocks of 1 MiB; a step per line would be 20,971,520


def test_a_line_over_the_limit_is_never_held_whole():
    import tracemalloc

    class Source(io.RawIOBase):
        """One 50 MiB line, then a short one."""
        given = 0

        def read(self, size=-1):
            if self.given >= 50 << 20:
                tail, self.tail = getattr(self, "tail", b"\n{}\n"), b""
                return tail
            self.given += size
            return b"x" * size

    tracemalloc.start()
    try:
        lines = list(text_lines(Source(), limit=1 << 20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [type(line).__name__ for _, line in lines] == ["LongLine", "bytes"] and lines[1] == (2, b"{}")
    assert lines[0][1].size == 50 << 20 and peak < 8 << 20  # a few blocks at most, never the line
