"""Document dates: one parser (pipeline.document.parse_date) for every stage and every input."""

import json

import pytest

from pipeline.cli import main
from pipeline.document import DateError, DocDate, parse_date

TEXT = "Regjeringen foreslår 300 millioner kroner til nye sykehjemsplasser neste år."

SAME_DAY = ["2023-10-06", "06.10.2023", "6.10.2023", "2023/10/06", "6. oktober 2023", "fredag 6. oktober 2023",
            "6. okt. 2023", "2023-10-06T09:30:00+02:00"]
SAME_MONTH = ["2023-10", "oktober 2023", "okt. 2023", "Oktober 2023"]


@pytest.mark.parametrize("value", SAME_DAY)
def test_newsroom_forms_of_a_day(value):
    assert parse_date(value) == DocDate(2023, 10, 6)


@pytest.mark.parametrize("value", SAME_MONTH)
def test_newsroom_forms_of_a_month(value):
    assert parse_date(value) == DocDate(2023, 10)


def test_a_year_alone_and_the_grains():
    assert parse_date("2023").iso == "2023" and parse_date(2023).grain == "year"
    assert parse_date("2023-10").grain == "month" and parse_date("2023-10-06").grain == "day"


def test_one_anchor_day_for_every_stage():
    """A month stands for its 15th, a year for 1 July: actors and times read the same day."""
    assert parse_date("2021-10").anchor.isoformat() == "2021-10-15"
    assert parse_date("2021").anchor.isoformat() == "2021-07-01"


@pytest.mark.parametrize("value", ["2023-13-45", "31.02.2023", "2023-02-29", "NaN", "not-a-date", "12", "",
                                   "søndag 6. oktoberr 2023", "1066-10-14", None, 3.5, True])
def test_no_date_is_guessed(value):
    with pytest.raises(DateError, match="document date"):
        parse_date(value)


def extract(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["extract", "--model", "blank", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("value", SAME_DAY[1:] + SAME_MONTH[1:])
def test_every_form_gives_the_records_of_its_iso_form(capsys, value):
    iso = parse_date(value).iso
    _, want, _ = extract(capsys, "--text", TEXT, "--date", iso)
    status, got, _ = extract(capsys, "--text", TEXT, "--date", value)
    assert status == 0 and got == want and json.loads(got.splitlines()[0])["doc_date"] == iso


def test_a_bad_date_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "--model", "blank", "--text", TEXT, "--date", "2023-13-45"])
    assert exit_.value.code == 2
    assert "month 13 does not exist" in capsys.readouterr().err


def test_impossible_dates_in_a_batch_are_named_and_the_rest_extracted(tmp_path, capsys):
    articles = tmp_path / "articles.jsonl"
    rows = [{"id": "good", "text": TEXT, "date": "6. oktober 2023"},
            {"id": "thirteenth-month", "text": TEXT, "date": "2023-13-45"},
            {"id": "february-31", "text": TEXT, "date": "31.02.2023"}]
    articles.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    status, out, err = extract(capsys, str(articles))
    assert status == 1
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} == {"good"}
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in err
    assert "thirteenth-month" in lines[0] and "'2023-13-45'" in lines[0]
    assert "february-31" in lines[1] and "'31.02.2023'" in lines[1]


def test_a_bad_date_in_meta_names_the_text_file(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"id": "a", "date": "2023-02-30"}) + "\n", encoding="utf-8")
    status, out, err = extract(capsys, str(tmp_path))
    assert status == 1 and out == ""
    assert "a.txt" in err and "'2023-02-30'" in err


def test_batch_reports_bad_dates_and_goes_on(tmp_path, capsys):
    articles = tmp_path / "articles.jsonl"
    rows = [{"id": "good", "text": TEXT, "date": "2023-10-06"}, {"id": "bad", "text": TEXT, "date": "31.02.2023"}]
    articles.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    status = main(["batch", str(articles), "--out", str(out), "--model", "blank", "--workers", "1", "--quiet"])
    assert status != 0
    errors = (out / "errors.jsonl").read_text(encoding="utf-8")
    assert "31.02.2023" in errors
    claims = "".join(p.read_text(encoding="utf-8") for p in out.glob("claims-*.jsonl"))
    assert '"doc_id": "good"' in claims and '"doc_id": "bad"' not in claims
