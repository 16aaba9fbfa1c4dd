import json

from pipeline.cli import main


def test_extract_then_eval(tmp_path, capsys):
    text = "Regjeringen foreslår 300 millioner kroner til nye sykehjemsplasser i 2020."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"id": "a", "date": "2019-10-07", "publisher": "Helse- og omsorgsdepartementet"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--model", "blank", str(tmp_path / "a.txt"), "--meta", str(meta), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    money = [r for r in records if r["kind"] == "money"]
    assert len(money) == 1 and money[0]["doc_id"] == "a" and money[0]["doc_date"] == "2019-10-07"

    gold = dict(money[0])
    gold["review"] = {"status": "accepted"}
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.jsonl").write_text(json.dumps(gold) + "\n")
    capsys.readouterr()
    assert main(["eval", "--gold", str(gold_dir), "--pred", str(out), "--json", "--min", "strict.f1=1.0"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["strict"]["f1"] == 1.0 and scores["amount"]["tp"] == 1


def test_eval_fails_below_threshold(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"gold_id": "g1", "doc_id": "d", "kind": "money",
                                "amount": {"start": 0, "end": 5, "text": "5 kr.", "value": 5.0, "unit": "NOK"},
                                "actor": {"text": None, "canonical": ["Høyre"]}, "time": "any", "measure": None}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("")
    assert main(["eval", "--gold", str(gold), "--pred", str(pred), "--min", "amount.f1=0.5"]) == 1
    assert "below threshold" in capsys.readouterr().out


def test_eval_reports_annotator_corrections(tmp_path, capsys):
    base = {"schema": "claim/1", "doc_id": "d", "doc_date": None, "kind": "money",
            "evidence": {"start": 0, "end": 20, "text": "x" * 20},
            "amount": {"start": 0, "end": 5, "text": "xxxxx", "value": 40.0, "unit": "NOK", "qualifier": None,
                       "per": None, "range": None, "currency_inferred": False},
            "actor": None, "time": None, "measure": None, "change_id": None, "claimant": None,
            "confidence": 0.5, "pipeline_version": "t", "claim_id": "c1"}
    corrected = dict(base, review={"status": "corrected", "machine": {"amount.value": 38.0}})
    gold_dir = tmp_path / "annotations"
    gold_dir.mkdir()
    (gold_dir / "d.jsonl").write_text(json.dumps(corrected) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(dict(base, amount=dict(base["amount"], value=38.0))) + "\n")
    assert main(["eval", "--gold", str(gold_dir), "--pred", str(pred), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["corrections"] == {"reviewed": 1, "corrected": 1, "fields": {"amount.value": 1}}
    assert scores["amount"]["tp"] == 0 and scores["gold"] == 1


def test_eval_names_a_broken_gold_file(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d.jsonl").write_text('{"schema": "claim/1", "doc_id": "d"', encoding="utf-8")  # cut off
    pred = tmp_path / "pred.jsonl"
    pred.write_text("")
    assert main(["eval", "--gold", str(gold), "--pred", str(pred)]) == 2
    err = capsys.readouterr().err
    assert "d.jsonl: line 1: malformed JSON" in err and "Traceback" not in err


def test_links_out_of_an_input_folder_are_skipped_with_a_warning_unless_followed(linked_folder, capsys):
    folder = linked_folder
    assert main(["mentions", "--model", "blank", str(folder)]) == 0  # a warning, not a failed document
    captured = capsys.readouterr()
    assert {json.loads(line)["doc_id"] for line in captured.out.splitlines()} == {"a"}
    assert captured.err.count("\n") == 1 and "warning" in captured.err and "b.txt" in captured.err
    assert main(["mentions", "--model", "blank", "--follow-links", str(folder)]) == 0
    captured = capsys.readouterr()
    assert {json.loads(line)["doc_id"] for line in captured.out.splitlines()} == {"a", "b"} and not captured.err


def test_a_gold_time_without_years_accepts_no_time():
    """An annotation that records a time with neither year (the document date cannot resolve it) is met
    by a prediction without a time, and by one with null years; not by a resolved year."""
    from pipeline.evaluate import Gold, time_correct

    gold = Gold("d", "money", {}, None, [{"from": None, "to": None}], None)
    assert time_correct({"time": None}, gold)
    assert time_correct({"time": {"from": None, "to": None}}, gold)
    assert not time_correct({"time": {"from": 2020, "to": 2020}}, gold)


def _record(doc, start, text, value, evidence_start, evidence_text):
    return {"doc_id": doc, "kind": "money", "amount": {"start": start, "end": start + len(text), "text": text,
                                                       "value": value},
            "evidence": {"start": evidence_start, "end": evidence_start + len(evidence_text), "text": evidence_text},
            "actor": None, "time": None, "measure": None}


def test_a_title_that_repeats_a_body_amount_counts_neither_way():
    """The guidelines let a title's repeat of a body amount be emitted or not: the scorer counts it
    neither as missed nor as spurious; a title amount the body does not hold still counts."""
    from pipeline.evaluate import gold_from_record, score

    title = "Skolene får 40 millioner"
    body = "Regjeringen gir skolene 40 millioner kroner til leksehjelp."
    body_start = len(title) + 2
    gold_title = _record("d", 12, "40 millioner", 40e6, 0, title)
    gold_body = _record("d", body_start + 24, "40 millioner kroner", 40e6, body_start, body)
    gold = [gold_from_record(r) for r in (gold_title, gold_body)]
    only_body = score(gold, [gold_body]).counts["amount"]
    assert (only_body["precision"], only_body["recall"]) == (1.0, 1.0)
    extra = _record("d", 12, "40 millioner", 40e6, 0, title)
    assert score([gold_from_record(gold_body)], [gold_body, extra]).counts["amount"]["precision"] == 1.0
    other = _record("d", 0, "90 millioner", 90e6, 0, "90 millioner til veier")
    assert score([gold_from_record(gold_body)], [gold_body, other]).counts["amount"]["precision"] == 0.5


def test_the_canonical_is_scored_alone_beside_the_measure():
    """A measure whose span overlaps the gold one is right; the canonical row asks for the gold canonical too."""
    from pipeline.evaluate import gold_from_record, score

    text = "Kommunen gir 2 millioner kroner til gang- og sykkelveier."
    gold = _record("d", 13, "2 millioner kroner", 2e6, 0, text)
    gold["measure"] = {"start": 36, "end": 56, "text": "gang- og sykkelveier", "canonical": "gang- og sykkelvei"}
    pred = dict(gold, measure={"start": 45, "end": 56, "text": "sykkelveier", "canonical": "sykkelvei"})
    counts = score([gold_from_record(gold)], [pred]).counts
    assert counts["measure"]["accuracy_on_matched"] == 1.0
    assert counts["canonical"] == {"accuracy_on_matched": 0.0, "scored": 1, "tp": 0}
