import json

from pipeline.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    return code, lines, captured.err


def test_mentions_from_text(capsys):
    code, lines, _ = run(capsys, "mentions", "--model", "blank", "--date", "2020-10-07",
                         "--text", "Regjeringen foreslår 450 millioner kroner i 2021 og 38 nye stillinger.")
    assert code == 0
    amounts = [m for m in lines if m["type"] in ("money", "quantity", "time")]
    assert [(m["type"], m["text"]) for m in amounts] == [
        ("money", "450 millioner kroner"), ("time", "i 2021"), ("quantity", "38 nye stillinger")]
    money = amounts[0]
    assert money["value"] == 450e6 and money["currency"] == "NOK" and money["currency_inferred"] is False
    assert amounts[1]["from"] == 2021 and amounts[1]["to"] == 2021
    assert amounts[2]["unit"] == "stilling"
    (actor,) = [m for m in lines if m["type"] == "actor"]
    assert (actor["text"], actor["canonical"], actor["actor_type"]) == ("Regjeringen", "Regjeringen Solberg", "government")
    assert [m["start"] for m in lines] == sorted(m["start"] for m in lines)


def test_measures_without_amount_are_mentions(capsys):
    code, lines, _ = run(capsys, "mentions", "--model", "blank", "--date", "2019-03-01",
                         "--text", "Vi har innført et knekkpunkt og flere Alis-avtaler.")
    measures = [(m["text"], m["canonical"]) for m in lines if m["type"] == "measure"]
    assert measures == [("knekkpunkt", "knekkpunkt"), ("Alis-avtaler", "alis-avtale")]


def test_mentions_offsets_match_file_text(tmp_path, capsys):
    text = " date 2021-07 Saken oppdateres.\n\nI fjor satte vi av 1,6 milliarder kroner til 1000 pasienter."
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    code, lines, _ = run(capsys, "mentions", "--model", "blank", str(tmp_path / "doc.txt"))
    assert code == 0
    assert lines and all(text[m["start"]:m["end"]] == m["text"] for m in lines)
    assert {m["doc_id"] for m in lines} == {"doc"}
    (time,) = [m for m in lines if m["type"] == "time"]
    assert (time["from"], time["resolved"]) == (2020, True)


def test_relative_time_without_date_is_unresolved(capsys):
    code, lines, _ = run(capsys, "mentions", "--model", "blank", "--text", "I fjor kom planen.")
    assert lines[0]["resolved"] is False and lines[0]["from"] is None


def test_bad_documents_are_reported_and_the_rest_processed(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Det koster 5 millioner kroner.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "j1", "text": "Prisen er 20 kroner."}\nnot json\n', encoding="utf-8")
    code, lines, err = run(capsys, "mentions", "--model", "blank", str(tmp_path))
    assert code == 1
    assert "empty.txt: empty file" in err
    assert "bad.jsonl:2" in err and "line 2" in err
    assert {m["doc_id"] for m in lines} == {"good", "j1"}
