import gzip
import json
from pathlib import Path

from pipeline.io import Document, InputError, atomic_write_text, read_inputs


def read(paths, meta=None):
    return list(read_inputs([str(p) for p in paths], meta))


def test_txt_folder_uses_its_meta(tmp_path):
    (tmp_path / "a.txt").write_text("Det koster 5 kroner.", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"id": "a", "date": "2020-01-02", "publisher": "Høyre"}) + "\n")
    (doc,) = read([tmp_path])
    assert isinstance(doc, Document)
    assert (doc.id, doc.date, doc.publisher) == ("a", "2020-01-02", "Høyre")


def test_bad_files_are_named_errors_and_others_go_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "good.txt").write_text("Hei 2021.", encoding="utf-8")
    items = read([tmp_path])
    errors = {e.doc.rsplit("/", 1)[-1]: e.message for e in items if isinstance(e, InputError)}
    assert errors == {"binary.txt": "binary file, not text", "empty.txt": "empty file"}
    assert [d.id for d in items if isinstance(d, Document)] == ["good"]


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Støtten øker med 5 millioner kroner.".encode("cp1252"))
    (doc,) = read([path])
    assert doc.text.startswith("Støtten")
    assert doc.warnings and "cp1252" in doc.warnings[0]


def test_jsonl_with_malformed_lines(tmp_path):
    path = tmp_path / "arts.jsonl"
    path.write_text('{"id": "1", "text": "Først."}\n{oops\n\n{"id": "2"}\n{"id": "3", "text": "Sist.", "date": "2021"}\n',
                    encoding="utf-8")
    items = read([path])
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "InputError", "Document"]
    assert "line 2" in items[1].message
    assert items[3].date == "2021"


def test_jsonl_gz(tmp_path):
    path = tmp_path / "arts.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x", "text": "Hei."}) + "\n")
    (doc,) = read([path])
    assert doc.id == "x"


def test_header_date_and_body_start(tmp_path):
    path = tmp_path / "h.txt"
    path.write_text(" date 2021-07 Saken oppdateres.", encoding="utf-8")
    (doc,) = read([path])
    assert doc.date == "2021-07"
    assert doc.text[doc.body_start:].startswith("Saken")


def test_metadata_date_wins_over_header(tmp_path):
    path = tmp_path / "h.txt"
    path.write_text(" date 2021-07 Saken.", encoding="utf-8")
    (doc,) = read([path], {"h": {"date": "2021-07-15"}})
    assert doc.date == "2021-07-15"


def test_atomic_write_replaces_whole_file(tmp_path):
    path = tmp_path / "out" / "f.jsonl"
    atomic_write_text(path, "a\n")
    atomic_write_text(path, "b\n")
    assert path.read_text() == "b\n"
    assert [p.name for p in path.parent.iterdir()] == ["f.jsonl"]


def test_utf16_with_a_bom_is_text(tmp_path):
    from pipeline.io import read_inputs

    path = tmp_path / "brev.txt"
    path.write_bytes("\ufeffKommunen får 5 millioner kroner.".encode("utf-16-le"))
    (doc,) = list(read_inputs([str(path)]))
    assert doc.text == "Kommunen får 5 millioner kroner." and not doc.warnings


def test_an_id_with_a_newline_stays_on_one_error_line(tmp_path):
    from pipeline.io import read_inputs

    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "one\\ntwo", "text": ""}\n', encoding="utf-8")
    (error,) = list(read_inputs([str(path)]))
    assert "\n" not in str(error) and "one\\ntwo" in str(error)


def test_written_files_are_readable_by_the_team(tmp_path):
    import os

    from pipeline.io import atomic_write_text, current_umask

    atomic_write_text(tmp_path / "out.jsonl", "{}\n")
    assert os.stat(tmp_path / "out.jsonl").st_mode & 0o777 == 0o666 & ~current_umask()


def test_a_huge_line_in_a_compressed_file_is_skipped_not_loaded(tmp_path, monkeypatch):
    import gzip
    import json

    import pipeline.io
    from pipeline.io import InputError, read_inputs

    monkeypatch.setattr(pipeline.io, "MAX_CHARS", 1000)  # lines over 4 * 1000 + 65536 bytes are refused
    path = tmp_path / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "small", "text": "Kommunen får 5 millioner kroner."}) + "\n")
        fh.write('{"id": "huge", "text": "' + "x" * 500_000 + '"}\n')
        fh.write(json.dumps({"id": "after", "text": "Fylket får 2 millioner kroner."}) + "\n")
    items = list(read_inputs([str(path)]))
    assert [getattr(i, "id", None) for i in items] == ["small", None, "after"]
    assert isinstance(items[1], InputError) and "line 2 is over" in str(items[1])


def test_text_lines_are_the_lines_that_are_not_blank_whatever_the_blocks(monkeypatch):
    import io

    from hypothesis import given, settings
    from hypothesis import strategies as st

    import pipeline.io
    from pipeline.io import LongLine, text_lines

    monkeypatch.setattr(pipeline.io, "BLOCK", 7)  # lines cross block ends all the time

    def expected(data: bytes, limit: int):
        out = []
        for number, line in enumerate(data.split(b"\n"), 1):
            line = line.lstrip()  # a line's leading blanks go with the blank lines before it
            if line:
                out.append((number, line if len(line) <= limit else LongLine(len(line))))
        return out

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from([b"", b" ", b"\t", b"\r", b"x", b"{}", b"abcdefghij", b"\n", b"\n\n"]),
                    max_size=40), st.integers(0, 12))
    def check(parts, limit):
        data = b"".join(parts)
        assert list(text_lines(io.BytesIO(data), limit)) == expected(data, limit)

    check()


def test_a_folder_reads_no_link_out_of_itself_unless_told_and_says_what_it_skipped(tmp_path):
    from pipeline.io import Document, Skipped, read_inputs

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Hemmelig: 5 millioner kroner.", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Kommunen får 5 millioner kroner.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Fylket får 2 millioner kroner.", encoding="utf-8")
    (folder / "inner.txt").symlink_to(folder / "a.txt")            # inside: read
    (folder / "leak.txt").symlink_to(outside / "secret.txt")       # outside: skipped
    (folder / "elsewhere").symlink_to(outside)                     # a folder outside: skipped
    (folder / "sub" / "loop").symlink_to(folder)                   # a loop: skipped
    (folder / "again").symlink_to(folder / "sub")                  # a folder inside: read where it is
    (folder / "broken.txt").symlink_to(tmp_path / "gone.txt")      # broken: skipped

    items = list(read_inputs([str(folder)]))
    assert sorted(d.id for d in items if isinstance(d, Document)) == ["a", "b", "inner"]
    skipped = {Path(s.doc).name: s.message for s in items if isinstance(s, Skipped)}
    assert set(skipped) == {"leak.txt", "elsewhere", "loop", "again", "broken.txt"}
    assert "outside" in skipped["leak.txt"] and "--follow-links" in skipped["leak.txt"]
    assert "loop" in skipped["loop"] and "broken" in skipped["broken.txt"]
    assert all("\n" not in str(s) for s in items if isinstance(s, Skipped))

    followed = list(read_inputs([str(folder)], follow_links=True))
    ids = sorted(d.id for d in followed if isinstance(d, Document))
    assert ids == ["a", "b", "inner", "leak", "secret"]  # leak.txt, and secret.txt through elsewhere/
    skipped = {Path(s.doc).name for s in followed if isinstance(s, Skipped)}
    assert skipped == {"loop", "again", "broken.txt"}


def test_folder_order_is_path_order(tmp_path):
    from pipeline.io import read_inputs

    for name in ("b.txt", "a/z.txt", "a-b.txt", "a.txt", "a/b/c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"{name}: 5 kroner.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in items] == \
        [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*.txt"))]
