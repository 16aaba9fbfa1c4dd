"""The Parquet copies carry the article's metadata, claim_group, and a summable flag that counts a
group repeated across shards once."""

from __future__ import annotations

import json

import pytest

pq = pytest.importorskip("pyarrow.parquet")

SAME = "Regjeringen vil bruke 700 millioner kroner på vei i 2024."


def write_articles(path, articles) -> None:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")


def rows(out) -> list[dict]:
    return [row for p in sorted(out.glob("claims-*.parquet")) for row in pq.read_table(p).to_pylist()]


def test_a_group_repeated_in_two_shards_is_summed_once_and_metadata_comes_along(tmp_path, batch):
    articles = [{"id": "a", "text": SAME, "date": "2023-10-06", "publisher": "NTB", "title": "Vei",
                 "url": "https://example.org/a"},
                {"id": "b", "text": "Det er klart. " + SAME, "date": "2023-10-09", "publisher": "VG", "title": "Vei 2"}]
    write_articles(tmp_path / "in.jsonl", articles)
    out = tmp_path / "out"
    code, _ = batch(tmp_path / "in.jsonl", "--out", out, "--chunk-size", "1", "--parquet")
    assert code == 0 and len(list(out.glob("claims-*.parquet"))) == 2
    money = {r["doc_id"]: r for r in rows(out) if r["kind"] == "money"}
    assert money["a"]["claim_group"] == money["b"]["claim_group"] is not None
    assert (money["a"]["summable"], money["b"]["summable"]) == (True, False)
    assert (money["a"]["publisher"], money["a"]["title"], money["a"]["url"]) == ("NTB", "Vei", "https://example.org/a")
    assert (money["b"]["publisher"], money["b"]["url"]) == ("VG", None)
    # the JSONL shards judge repeats within their document only
    shard_b = [json.loads(line) for p in out.glob("claims-*.jsonl") for line in p.read_text().splitlines()]
    assert all(r["summable"] for r in shard_b if r["kind"] == "money")


def test_an_earlier_article_added_later_takes_the_groups_place(tmp_path, batch):
    write_articles(tmp_path / "in.jsonl", [{"id": "a", "text": SAME, "date": "2023-10-06"}])
    out = tmp_path / "out"
    batch(tmp_path / "in.jsonl", "--out", out, "--parquet")
    assert [r["summable"] for r in rows(out) if r["kind"] == "money"] == [True]
    write_articles(tmp_path / "in.jsonl", [{"id": "a", "text": SAME, "date": "2023-10-06"},
                                           {"id": "early", "text": SAME, "date": "2023-09-01"}])
    code, _ = batch(tmp_path / "in.jsonl", "--out", out, "--parquet")
    assert code == 0
    money = {r["doc_id"]: r["summable"] for r in rows(out) if r["kind"] == "money"}
    assert money == {"a": False, "early": True}  # the first shard's copy was rewritten


def test_the_parquet_copy_carries_the_compared_times_text_grain_and_bounds(tmp_path):
    """compared_to's time reaches Parquet whole: its years and, after the compared value and unit, its
    text, grain, from_date and to_date (null where the claim has no comparison); earlier columns keep
    their names and order."""
    from pipeline.batch.parquet import COLUMNS, write_parquet

    names = [name for name, _ in COLUMNS]
    at = names.index("compared_time_from")
    assert names[at - 5:at] == ["publisher", "title", "url", "claim_group", "summable"]
    assert names[at:] == ["compared_time_from", "compared_time_to", "compared_value", "compared_unit",
                          "compared_time_text", "compared_time_grain", "compared_time_from_date",
                          "compared_time_to_date"]
    text = "Regjeringen vil bruke 450 millioner kroner på vei i 2021, mot 400 millioner kroner i andre halvår 2020."
    start = text.index("450 millioner kroner")
    record = {"schema": "claim/1", "claim_id": "c1", "doc_id": "a", "doc_date": "2021-01-01", "kind": "money",
              "evidence": {"start": 0, "end": len(text), "text": text},
              "amount": {"start": start, "end": start + 20, "text": "450 millioner kroner", "value": 450e6, "unit": "NOK",
                         "qualifier": None, "per": None, "range": None, "currency_inferred": False},
              "actor": None, "time": None, "measure": None, "change_id": None, "claimant": None, "confidence": 0.9,
              "pipeline_version": "test",
              "compared_to": {"time": {"start": text.index("andre"), "end": text.index("andre") + 17,
                                       "text": "andre halvår 2020", "from": 2020, "to": 2020, "grain": "half",
                                       "from_date": "2020-07-01", "to_date": "2020-12-31", "date": None,
                                       "inherited": False, "inferred": False, "basis": None},
                              "amount": None}}
    plain = {**record, "claim_id": "c2", "compared_to": None}
    shard = tmp_path / "claims-00000.jsonl"
    shard.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (record, plain)), encoding="utf-8")
    table = pq.read_table(write_parquet(shard))
    assert table.column_names == names
    first, second = table.to_pylist()
    assert (first["compared_time_from"], first["compared_time_to"], first["compared_value"]) == (2020, 2020, None)
    assert (first["compared_time_text"], first["compared_time_grain"], first["compared_time_from_date"],
            first["compared_time_to_date"]) == ("andre halvår 2020", "half", "2020-07-01", "2020-12-31")
    assert all(second[name] is None for name in names if name.startswith("compared_"))
