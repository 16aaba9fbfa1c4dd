import gzip
import json

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
