"""Label Studio and CSV: export -> import without edits changes nothing (byte for byte); edits come back
as corrections; bad rows are reported by row and field."""

from __future__ import annotations

import csv
import io
import json

import pytest

from pipeline.cli import main
from pipeline.io import make_document
from pipeline.review import store
from pipeline.review.commands import annotate_document
from pipeline.review.edits import Reviewer, apply_action
from pipeline.review.interop import ImportErrors, export, import_
from pipeline.review.merge import status_of

from .helpers import TEXT, FakeExtractor, corpus_copy

ME = Reviewer("ann", "2026-11-24T12:00:00Z")


@pytest.fixture
def folder(tmp_path):
    ann = tmp_path / "ann"
    annotate_document(make_document("doc1", TEXT), FakeExtractor(), ann)
    annotate_document(make_document("doc2", "Kommunene får 38 nye turnusstillinger.\n"), FakeExtractor(), ann)
    records = store.read_records(ann, "doc1")
    ids = [r["claim_id"] for r in records]
    records = apply_action(records, ids[0], "save", {"value": 451e6, "actor": "Høyre"}, ME)
    records = apply_action(records, ids[1], "reject", None, ME, note="not a claim")
    store.write_records(ann, "doc1", records)
    return ann


def snapshot(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix == ".jsonl"}


@pytest.mark.parametrize("fmt", ["labelstudio", "csv"])
def test_round_trip_without_edits_changes_nothing(folder, tmp_path, fmt):
    before = snapshot(folder)
    out = tmp_path / f"export.{fmt}"
    assert export(fmt, folder, out) > 0
    report = import_(fmt, out, folder, annotator="someone")
    assert report.files == [] and report.warnings == []  # the read-only columns are known, not "unknown"
    assert snapshot(folder) == before


def test_labelstudio_submitted_unchanged_leaves_reviewed_files_byte_identical(folder, tmp_path):
    """An annotator opens every reviewed task and submits it as predicted: nothing changes."""
    records = [r for r in store.read_records(folder, "doc1")]
    records = [apply_action([r], r["claim_id"], "accept", None, ME)[0] if status_of(r) == "unreviewed" else r
               for r in records]
    store.write_records(folder, "doc1", records)
    before = snapshot(folder)
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    tasks = [t for t in json.loads(out.read_text(encoding="utf-8")) if t["data"]["doc_id"] == "doc1"]
    for task in tasks:
        task["annotations"] = [{"result": task["predictions"][0]["result"], "was_cancelled": False}]
    out.write_text(json.dumps(tasks), encoding="utf-8")
    import_("labelstudio", out, folder)
    assert snapshot(folder) == before


def test_labelstudio_export_shape(folder, tmp_path):
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    task = next(t for t in json.loads(out.read_text(encoding="utf-8")) if t["data"]["doc_id"] == "doc1")
    assert task["data"]["text"] == TEXT
    result = task["predictions"][0]["result"]
    labels = [r for r in result if r["type"] == "labels"]
    assert {r["value"]["labels"][0] for r in labels} == {"AMOUNT"}  # the fake machine has inherited actors only
    assert len(labels) == 2  # the rejected claim is left out
    for r in labels:
        assert TEXT[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
    value = next(r for r in result if r["type"] == "textarea" and r["from_name"] == "value")
    assert value["value"]["text"] == ["451000000"]
    assert (tmp_path / "ls.json.label_config.xml").exists()


def test_labelstudio_annotations_come_back_as_corrections(folder, tmp_path):
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    task = next(t for t in tasks if t["data"]["doc_id"] == "doc1")
    result = [dict(r) for r in task["predictions"][0]["result"]]
    records = store.read_records(folder, "doc1")
    third = records[2]["claim_id"]
    for r in result:  # the annotator fixes the unit of the third claim ...
        if r.get("id") == third and r.get("from_name") == "unit":
            r["value"] = {**r["value"], "text": ["person"]}
    start = TEXT.index("12 sykehus")  # ... and marks a new amount
    result.append({"id": "new1", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": start, "end": start + 10, "text": "12 sykehus", "labels": ["AMOUNT"]}})
    result.append({"id": "new1", "from_name": "value", "to_name": "text", "type": "textarea",
                   "value": {"start": start, "end": start + 10, "text": ["12"]}})
    first = records[0]["claim_id"]  # ... and deletes the first claim
    result = [r for r in result if r.get("id") != first and r.get("from_id") != first]
    task["annotations"] = [{"result": result, "was_cancelled": False}]
    out.write_text(json.dumps([task]), encoding="utf-8")
    import_("labelstudio", out, folder, annotator="ls-user")
    after = {r["claim_id"]: r for r in store.read_records(folder, "doc1")}
    assert status_of(after[first]) == "rejected"
    assert status_of(after[third]) == "corrected" and after[third]["amount"]["unit"] == "person"
    added = [r for r in after.values() if status_of(r) == "added"]
    assert len(added) == 1 and added[0]["amount"]["value"] == 12.0


def read_csv(path, delimiter=";"):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def write_csv(path, rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text("\ufeff" + buf.getvalue(), encoding="utf-8")


def test_csv_is_excel_friendly(folder, tmp_path):
    out = tmp_path / "claims.csv"
    assert export("csv", folder, out) == 4
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    assert [r["status"] for r in rows][:3] == ["corrected", "rejected", "unreviewed"]
    assert rows[0]["value"] == "451000000" and rows[0]["actor"] == "Høyre"


def test_csv_edits_come_back(folder, tmp_path):
    out = tmp_path / "claims.csv"
    export("csv", folder, out)
    rows = read_csv(out)
    rows[2]["value"] = "1 001"  # corrected, with a thousands space
    rows[3]["status"] = "accepted"
    rows[1]["note"] = "definitely not a claim"
    new = dict(rows[0], claim_id="", status="", kind="quantity", value="12", unit="sykehus",
               anchor_start=str(TEXT.index("12 sykehus")), anchor_end=str(TEXT.index("12 sykehus") + 10),
               anchor_text="12 sykehus", actor="", note="")
    write_csv(out, rows + [new])
    report = import_("csv", out, folder, annotator="excel")
    assert (report.corrected, report.accepted, report.added, report.noted) == (1, 1, 1, 1)
    doc1 = {r["amount"]["text"]: r for r in store.read_records(folder, "doc1")}
    assert doc1["Over 1000 pasienter"]["amount"]["value"] == 1001.0
    assert doc1["Over 1000 pasienter"]["review"]["annotator"] == "excel"
    assert doc1["38 nye turnusstillinger"]["review"]["note"] == "definitely not a claim"
    assert status_of(doc1["38 nye turnusstillinger"]) == "rejected"
    assert status_of(doc1["12 sykehus"]) == "added"
    assert status_of(store.read_records(folder, "doc2")[0]) == "accepted"


def test_csv_errors_name_row_and_field_and_nothing_is_written(folder, tmp_path):
    out = tmp_path / "claims.csv"
    export("csv", folder, out)
    rows = read_csv(out)
    rows[0]["value"] = "mange"
    rows[1]["qualifier"] = "lots"
    rows[2]["status"] = "maybe"
    rows[3]["doc_id"] = "../etc"
    write_csv(out, rows)
    before = snapshot(folder)
    with pytest.raises(ImportErrors) as caught:
        import_("csv", out, folder)
    assert caught.value.errors == [
        f"{out}: row 2: value: not a number: 'mange'",
        f"{out}: row 3: qualifier: \"lots\" is not one of approx, over, under, up_to, at_least (or blank)",
        f"{out}: row 4: status: \"maybe\" is not one of unreviewed, accepted, corrected, rejected, added (or blank)",
        f"{out}: row 5: doc_id: \"../etc\" is not a document id",
    ]
    assert snapshot(folder) == before


def test_cli_export_import(folder, tmp_path, capsys):
    from pipeline.cli import main

    out = tmp_path / "x.csv"
    assert main(["export", "--format", "csv", "--annotations", str(folder), "-o", str(out)]) == 0
    assert main(["import", "--format", "csv", str(out), "--annotations", str(folder)]) == 0
    rows = read_csv(out)
    rows[0]["time_from"] = "tjue"
    write_csv(out, rows)
    assert main(["import", "--format", "csv", str(out), "--annotations", str(folder)]) == 1
    assert 'row 2: time_from: "tjue" is not a year' in capsys.readouterr().err


def test_csv_saved_again_by_a_norwegian_excel_is_read(folder, tmp_path):
    """Semicolons, cp1252, decimal comma: what a spreadsheet may write back."""
    out = tmp_path / "claims.csv"
    export("csv", folder, out)
    rows = read_csv(out)
    rows[2]["value"] = "1000,5"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    out.write_bytes(buf.getvalue().encode("cp1252"))
    report = import_("csv", out, folder)
    assert report.corrected == 1
    third = store.read_records(folder, "doc1")[2]
    assert third["amount"]["value"] == 1000.5 and third["actor"]["canonical"] == "Regjeringen Solberg"


def test_csv_cells_that_look_like_formulas_are_text_and_come_back(folder, tmp_path):
    """CSV injection: an evidence or note cell starting with =, +, -, @ is written with a leading '."""
    records = store.read_records(folder, "doc1")
    records[0]["review"] = {**(records[0].get("review") or {}), "note": "=HYPERLINK(\"http://x\")"}
    store.write_records(folder, "doc1", records)
    out = tmp_path / "claims.csv"
    export("csv", folder, out)
    rows = read_csv(out)
    assert rows[0]["note"] == "'=HYPERLINK(\"http://x\")"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values() if cell)
    before = {d: store.read_content(folder, d) for d in store.list_doc_ids(folder)}
    import_("csv", out, folder)  # unchanged rows change nothing, the note included
    assert {d: store.read_content(folder, d) for d in store.list_doc_ids(folder)} == before


@pytest.mark.parametrize("note", ["'-' list under the lead-in", "'=' is quoted", "'Reformen' refers back"])
def test_csv_cells_that_start_with_a_quote_mark_come_back_whole(folder, tmp_path, note):
    """A text that itself starts with ' keeps it: the export escapes it as it escapes a formula."""
    records = store.read_records(folder, "doc1")
    records[0]["review"] = {**(records[0].get("review") or {}), "note": note}
    store.write_records(folder, "doc1", records)
    before = {d: store.read_content(folder, d) for d in store.list_doc_ids(folder)}
    out = tmp_path / "claims.csv"
    export("csv", folder, out)
    import_("csv", out, folder)
    assert {d: store.read_content(folder, d) for d in store.list_doc_ids(folder)} == before


def test_csv_with_commas_on_request(folder, tmp_path):
    out = tmp_path / "claims.csv"
    assert main(["export", "--format", "csv", "--delimiter", ",", "--annotations", str(folder), "-o", str(out)]) == 0
    assert read_csv(out, delimiter=",")[0]["actor"] == "Høyre"


def test_export_of_a_missing_folder_is_an_error(tmp_path, capsys):
    assert main(["export", "--format", "csv", "--annotations", str(tmp_path / "nowhere"), "-o",
                 str(tmp_path / "x.csv")]) == 2
    assert "no such annotation folder" in capsys.readouterr().err


@pytest.mark.parametrize("result", [None, {"id": "x"}, ["not a region"]])
def test_a_labelstudio_result_that_is_not_a_list_of_regions_is_an_error(folder, tmp_path, result):
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    tasks[0]["annotations"] = [{"id": 1, "result": result}]
    out.write_text(json.dumps(tasks), encoding="utf-8")
    before = store.read_content(folder, "doc1")
    with pytest.raises(ImportErrors) as caught:
        import_("labelstudio", out, folder)
    assert any(e.startswith(f"{out}: task 1: annotations[0].result") for e in caught.value.errors)
    assert store.read_content(folder, "doc1") == before


def contents(folder):
    return {d: store.read_content(folder, d) for d in store.list_doc_ids(folder)}


def test_an_unchanged_labelstudio_submission_of_the_corpus_changes_nothing(tmp_path):
    """Every task submitted with the predictions as they were: the measure, actor and time regions of a
    claim are parts of it, not claims of their own."""
    folder = corpus_copy(tmp_path)
    before = contents(folder)
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    for task in tasks:
        task["annotations"] = [{"id": 1, "result": task["predictions"][0]["result"]}]
    out.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report = import_("labelstudio", out, folder)
    assert (report.added, report.corrected, report.rejected) == (0, 0, 0)
    assert contents(folder) == before


def test_the_corpus_annotations_go_through_csv_unchanged(tmp_path):
    folder = corpus_copy(tmp_path)
    before = contents(folder)
    out = tmp_path / "claims.csv"
    export("csv", folder, out)
    report = import_("csv", out, folder)
    assert (report.added, report.corrected, report.rejected) == (0, 0, 0) and report.warnings == []
    assert contents(folder) == before


def test_csv_import_ignores_the_read_only_columns_even_when_edited(tmp_path):
    """The analyst and time value columns are what export computed; a spreadsheet that changed them
    changes nothing, and they are not reported as columns the import does not know."""
    folder = corpus_copy(tmp_path)
    before = contents(folder)
    out = tmp_path / "claims.csv"
    export("csv", folder, out)
    rows = read_csv(out)
    assert rows and {"summable", "title", "time_grain", "compared_value"} <= set(rows[0])
    for row in rows:
        row.update(summable="maybe", title="Annen tittel", url="x", claim_group="g", time_grain="decade",
                   time_from_date="not a date", time_inferred="yes", compared_value="many",
                   compared_time_from="1999", compared_unit="EUR", compared_time_text="i fjor",
                   compared_time_grain="decade", compared_time_from_date="1999-01-01", compared_time_to_date="x")
    write_csv(out, rows)
    report = import_("csv", out, folder)
    assert (report.added, report.corrected, report.rejected, report.warnings) == (0, 0, 0, [])
    assert contents(folder) == before


def test_an_import_never_edits_the_comparison():
    """compared_to is edited in the review app only: a field of it in an imported row or task (a CSV
    column, a Label Studio text area) changes nothing and is no error."""
    from pipeline.review.interop.common import field_edits

    from .helpers import record

    rec = {**record("d", TEXT, "450 millioner kroner", 450e6), "compared_to": None}
    errors: list[str] = []
    assert field_edits(rec, {"compared_value": "1", "compared_time_from": "2019", "compared_to": "clear",
                             "value": "451 mill."}, "row 2", errors) == {"value": "451 mill."}
    assert errors == []


def test_a_huge_csv_cell_is_an_error_naming_the_row(folder, tmp_path):
    out = tmp_path / "claims.csv"
    export("csv", folder, out)
    rows = read_csv(out)
    rows[1]["note"] = "x" * 2_000_000
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    out.write_text(buf.getvalue(), encoding="utf-8")
    with pytest.raises(ImportErrors) as caught:
        import_("csv", out, folder)
    assert any("cannot read" in e and "field larger than field limit" in e for e in caught.value.errors), caught.value.errors


def test_xlsx_has_a_sheet_of_claims_and_one_of_articles(folder, tmp_path):
    from openpyxl import load_workbook

    records = store.read_records(folder, "doc1")
    records[0]["review"] = {**(records[0].get("review") or {}), "note": "=1+1"}
    store.write_records(folder, "doc1", records)
    out = tmp_path / "claims.xlsx"
    assert main(["export", "--format", "xlsx", "--annotations", str(folder), "-o", str(out)]) == 0
    book = load_workbook(out)
    claims = list(book["claims"].values)
    header = claims[0]
    assert header[:3] == ("doc_id", "claim_id", "status") and len(claims) == 1 + 4
    first = dict(zip(header, claims[1], strict=True))
    assert first["value"] == 451000000 and first["actor"] == "Høyre" and first["note"] == "=1+1"
    assert book["claims"].cell(row=2, column=header.index("note") + 1).data_type == "s"  # text, not a formula
    articles = list(book["articles"].values)
    assert articles[0] == ("doc_id", "title", "publisher", "date", "url", "source", "claims")
    assert articles[1][0] == "doc1"
    assert header[-5:] == ("publisher", "title", "url", "claim_group", "summable")
    assert {type(row[-1]) for row in claims[1:]} == {bool}


def test_labelstudio_config_and_predictions(folder, tmp_path):
    import xml.etree.ElementTree as ET

    from pipeline.review.interop.labelstudio import LABEL_CONFIG
    from pipeline.schema import PIPELINE_VERSION

    root = ET.fromstring(LABEL_CONFIG)
    choices = {c.get("name"): [o.get("value") for o in c] for c in root.iter("Choices")}
    assert choices["qualifier"] == ["approx", "over", "under", "up_to", "at_least"] and "public_body" in choices["actor_type"]
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    prediction = json.loads(out.read_text(encoding="utf-8"))[0]["predictions"][0]
    assert prediction["model_version"] == PIPELINE_VERSION and 0 <= prediction["score"] <= 1


def test_a_choice_changed_in_labelstudio_corrects_the_claim(folder, tmp_path):
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    result = [dict(item) for item in tasks[0]["predictions"][0]["result"]]
    target = next(item for item in result if item.get("type") == "labels" and ":" not in item["id"])
    result.append({"id": target["id"], "from_name": "qualifier", "to_name": "text", "type": "choices",
                   "value": {**{k: target["value"][k] for k in ("start", "end", "text")}, "choices": ["approx"]}})
    tasks[0]["annotations"] = [{"id": 1, "result": result}]
    out.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report = import_("labelstudio", out, folder)
    assert report.corrected == 1
    record = next(r for r in store.read_records(folder, "doc1") if r["claim_id"] == target["id"])
    assert record["amount"]["qualifier"] == "approx"


def test_an_import_killed_midway_is_finished_or_dropped_never_half_applied(folder, tmp_path, monkeypatch):
    """Killed after its journal: the next locked step finishes it. Killed before: nothing changed."""
    import os

    changed = {d: store.read_records(folder, d) + [] for d in store.list_doc_ids(folder)}
    for records in changed.values():
        for r in records:
            r["review"] = {**(r.get("review") or {}), "note": "checked"}
    before = contents(folder)

    real_replace = os.replace
    calls = []

    def dies_after_one(src, dst):
        if str(src).endswith(store.STAGED_SUFFIX):
            calls.append(src)
            if len(calls) > 1:
                raise KeyboardInterrupt  # killed between two renames
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", dies_after_one)
    with pytest.raises(KeyboardInterrupt):
        store.write_many(folder, changed)
    monkeypatch.setattr(os, "replace", real_replace)
    with store.locked(folder):  # the next step under the lock finishes the import
        pass
    after = contents(folder)
    assert all(after[d] == store.serialise(changed[d]) for d in changed) and after != before

    # killed before the journal: the staged files are dropped, the documents stay as they were
    for d, records in changed.items():
        store.write_records(folder, d, records)
    settled = contents(folder)
    store.atomic_write_text(store.staged_path(folder, "doc1"), "half\n")
    with store.locked(folder):
        pass
    assert contents(folder) == settled and not list(folder.glob(".*" + store.STAGED_SUFFIX))


def test_an_actor_region_linked_to_no_claim_is_a_warning_not_dropped_silently(folder, tmp_path):
    out = tmp_path / "ls.json"
    export("labelstudio", folder, out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    result = list(tasks[0]["predictions"][0]["result"])
    result.append({"id": "drawn1", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": 0, "end": 11, "text": "Regjeringen", "labels": ["ACTOR"]}})
    tasks[0]["annotations"] = [{"id": 1, "result": result}]
    out.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report = import_("labelstudio", out, folder)
    assert len(report.warnings) == 1 and "region drawn1 (ACTOR) is linked to no claim" in report.warnings[0]


def test_csv_carries_the_articles_metadata_and_a_summable_flag_over_the_whole_folder(tmp_path):
    from .helpers import default_records

    def with_measure(doc_id, text):
        return [{**r, "measure": {"start": r["amount"]["start"], "end": r["amount"]["end"],
                                  "text": r["amount"]["text"], "canonical": "turnusstilling"}}
                for r in default_records(doc_id, text)]

    ann = tmp_path / "ann"
    annotate_document(make_document("doc1", TEXT, {"publisher": "NTB", "title": "Leger", "url": "https://x.no/1"}),
                      FakeExtractor(with_measure), ann)
    annotate_document(make_document("doc2", "Kommunene får 38 nye turnusstillinger.\n", {"publisher": "VG"}),
                      FakeExtractor(with_measure), ann)
    out = tmp_path / "claims.csv"
    export("csv", ann, out)
    rows = {(r["doc_id"], r["anchor_text"]): r for r in read_csv(out)}
    first, repeat = rows[("doc1", "38 nye turnusstillinger")], rows[("doc2", "38 nye turnusstillinger")]
    assert (first["publisher"], first["title"], first["url"]) == ("NTB", "Leger", "https://x.no/1")
    assert (repeat["publisher"], repeat["url"]) == ("VG", "")
    assert first["claim_group"] == repeat["claim_group"] != ""
    assert (first["summable"], repeat["summable"]) == ("true", "false")  # the group counts once
    # rejected in doc1: the repeat in doc2 takes its place
    records = store.read_records(ann, "doc1")
    target = next(r for r in records if r["amount"]["text"] == "38 nye turnusstillinger")
    store.write_records(ann, "doc1", apply_action(records, target["claim_id"], "reject", None, ME))
    export("csv", ann, out)
    rows = {(r["doc_id"], r["anchor_text"]): r for r in read_csv(out)}
    assert rows[("doc1", "38 nye turnusstillinger")]["summable"] == "false"
    assert rows[("doc2", "38 nye turnusstillinger")]["summable"] == "true"


def test_exports_carry_the_time_value_and_the_comparison(tmp_path):
    """CSV rows and Label Studio task data carry grain, ISO bounds, inferred/basis and compared_to."""
    import csv

    folder = corpus_copy(tmp_path)
    records = {r["claim_id"]: r for d in store.list_doc_ids(folder) for r in store.read_records(folder, d)}
    compared = {cid: r for cid, r in records.items() if (r.get("compared_to") or {}).get("amount")}
    assert compared, "the corpus gold has comparisons"
    out = tmp_path / "claims.csv"
    export("csv", folder, out, delimiter=";")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = {row["claim_id"]: row for row in csv.DictReader(fh, delimiter=";")}
    for cid, record in compared.items():
        assert float(rows[cid]["compared_value"]) == record["compared_to"]["amount"]["value"]
    inferred = [cid for cid, r in records.items() if (r.get("time") or {}).get("inferred")]
    assert inferred and all(rows[cid]["time_inferred"] == "true" for cid in inferred if cid in rows)
    ls = tmp_path / "ls.json"
    export("labelstudio", folder, ls)
    values = {v["claim_id"]: v for task in json.loads(ls.read_text(encoding="utf-8")) for v in task["data"]["time_values"]}
    cid = next(iter(compared))
    assert values[cid]["compared_value"] == compared[cid]["compared_to"]["amount"]["value"]


CMP_TEXT = ("Regjeringen foreslår 450 millioner kroner i 2021, mot 400 millioner kroner i andre halvår 2020.\n"
            "Kommunene får 38 nye turnusstillinger.\n")
#: The compared time's text, grain and ISO bounds, after the compared years, value and unit
COMPARED_TIME = {"compared_time_text": "andre halvår 2020", "compared_time_grain": "half",
                 "compared_time_from_date": "2020-07-01", "compared_time_to_date": "2020-12-31"}


@pytest.fixture
def compared_folder(tmp_path):
    """One claim compared with a half year stated in the text (span, text, grain, ISO bounds) and an amount."""
    from .helpers import default_records

    def compared(doc_id, text):
        records = default_records(doc_id, text)
        start = text.index("andre halvår 2020")
        amount = text.index("400 millioner kroner")
        records[0]["compared_to"] = {
            "time": {"start": start, "end": start + 17, "text": "andre halvår 2020", "from": 2020, "to": 2020,
                     "grain": "half", "from_date": "2020-07-01", "to_date": "2020-12-31", "date": None,
                     "inherited": False, "inferred": False, "basis": None},
            "amount": {"start": amount, "end": amount + 20, "text": "400 millioner kroner", "value": 4e8, "unit": "NOK"}}
        return records

    ann = tmp_path / "cmp"
    annotate_document(make_document("cmp", CMP_TEXT), FakeExtractor(compared), ann)
    return ann


def test_every_export_carries_the_compared_times_text_grain_and_bounds(compared_folder, tmp_path):
    """CSV, XLSX and Label Studio carry the compared time's text, grain, from_date and to_date at the end
    of the compared_to group; the columns before them keep their names and order."""
    from openpyxl import load_workbook

    from pipeline.review.interop.csvfile import CSV_COLUMNS

    group = ("time_grain", "time_from_date", "time_to_date", "time_inferred", "time_basis", "compared_time_from",
             "compared_time_to", "compared_value", "compared_unit")
    start = CSV_COLUMNS.index("time_grain")
    assert CSV_COLUMNS[:start] == ("doc_id", "claim_id", "status", "kind", "anchor_start", "anchor_end", "anchor_text",
                                   "value", "unit", "qualifier", "per", "actor", "actor_type", "time_from", "time_to",
                                   "measure", "evidence", "annotator", "reviewed_at", "note", "stale")
    assert CSV_COLUMNS[start:] == (*group, *COMPARED_TIME, "publisher", "title", "url", "claim_group", "summable")
    out = tmp_path / "claims.csv"
    export("csv", compared_folder, out)
    row = next(r for r in read_csv(out) if r["anchor_text"] == "450 millioner kroner")
    assert {name: row[name] for name in COMPARED_TIME} == COMPARED_TIME
    assert (row["compared_time_from"], row["compared_value"], row["compared_unit"]) == ("2020", "400000000", "NOK")
    other = next(r for r in read_csv(out) if r["anchor_text"] != "450 millioner kroner")
    assert all(other[name] == "" for name in COMPARED_TIME)
    xlsx = tmp_path / "claims.xlsx"
    export("xlsx", compared_folder, xlsx)
    sheet = load_workbook(xlsx)["claims"]
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert {name: first[name] for name in COMPARED_TIME} == COMPARED_TIME
    ls = tmp_path / "ls.json"
    export("labelstudio", compared_folder, ls)
    values = json.loads(ls.read_text(encoding="utf-8"))[0]["data"]["time_values"]
    assert {name: values[0][name] for name in COMPARED_TIME} == COMPARED_TIME
    assert all(name not in values[1] for name in COMPARED_TIME)  # absent where the claim has no comparison


def compared_cells(folder, tmp_path) -> dict:
    out = tmp_path / "again.csv"
    export("csv", folder, out)
    return {r["claim_id"]: {k: v for k, v in r.items() if k.startswith("compared_")} for r in read_csv(out)}


def test_the_csv_round_trip_with_corrections_keeps_the_compared_time(compared_folder, tmp_path):
    before = compared_cells(compared_folder, tmp_path)
    comparison = store.read_records(compared_folder, "cmp")[0]["compared_to"]
    out = tmp_path / "claims.csv"
    export("csv", compared_folder, out)
    rows = read_csv(out)
    rows[0]["value"] = "451 millioner"
    rows[0]["compared_time_text"] = "i fjor"  # read-only: ignored, no warning
    write_csv(out, rows)
    report = import_("csv", out, compared_folder)
    assert (report.corrected, report.warnings) == (1, [])
    record = store.read_records(compared_folder, "cmp")[0]
    assert status_of(record) == "corrected" and record["amount"]["value"] == 451e6
    assert record["compared_to"] == comparison
    assert compared_cells(compared_folder, tmp_path) == before


def test_the_labelstudio_round_trip_with_corrections_keeps_the_compared_time(compared_folder, tmp_path):
    before = compared_cells(compared_folder, tmp_path)
    comparison = store.read_records(compared_folder, "cmp")[0]["compared_to"]
    out = tmp_path / "ls.json"
    export("labelstudio", compared_folder, out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    exported = tasks[0]["data"]["time_values"]
    assert {name: exported[0].get(name) for name in COMPARED_TIME} == COMPARED_TIME
    result = json.loads(json.dumps(tasks[0]["predictions"][0]["result"]))
    cid = store.read_records(compared_folder, "cmp")[0]["claim_id"]
    value = next(r for r in result if r.get("id") == cid and r.get("from_name") == "value")
    value["value"]["text"] = ["451 millioner"]
    tasks[0]["annotations"] = [{"result": result, "was_cancelled": False}]
    out.write_text(json.dumps(tasks), encoding="utf-8")
    report = import_("labelstudio", out, compared_folder)
    assert report.corrected == 1
    record = store.read_records(compared_folder, "cmp")[0]
    assert record["amount"]["value"] == 451e6 and record["compared_to"] == comparison
    assert compared_cells(compared_folder, tmp_path) == before
    export("labelstudio", compared_folder, out)
    assert json.loads(out.read_text(encoding="utf-8"))[0]["data"]["time_values"] == exported
