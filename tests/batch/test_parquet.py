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
