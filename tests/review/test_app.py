"""The review app's pages and JSON API (Starlette TestClient)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from pipeline.io import make_document  # noqa: E402
from pipeline.review import store  # noqa: E402
from pipeline.review.app import create_app  # noqa: E402
from pipeline.review.commands import annotate_document  # noqa: E402
from pipeline.review.merge import status_of  # noqa: E402
from pipeline.review.render import actor_names, segments  # noqa: E402

from .helpers import TEXT, FakeExtractor  # noqa: E402


@pytest.fixture
def folder(tmp_path):
    annotate_document(make_document("doc1", TEXT, {"title": "Statsbudsjettet"}), FakeExtractor(), tmp_path)
    return tmp_path


@pytest.fixture
def client(folder):
    return TestClient(create_app(folder, annotator="tester"))


def state(client, doc_id="doc1"):
    """(claim_id -> version, records) as a client sees them."""
    data = client.get(f"/api/docs/{doc_id}").json()
    return data["claim_versions"], data["records"]


def post(client, claim, version, action="accept", doc_id="doc1", **body):
    return client.post(f"/api/docs/{doc_id}/claims/{claim}", json={"action": action, "version": version, **body})


def test_index_lists_documents_with_progress(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "doc1" in page.text and "Statsbudsjettet" in page.text
    assert "0 of 3 claims reviewed" in page.text


def test_document_page_shows_text_and_cards(client):
    page = client.get("/docs/doc1")
    assert page.status_code == 200
    assert page.text.count('class="card ') == 3
    assert 'class="seg amount"' in page.text and 'data-start="0"' in page.text


def test_accept_reject_save_and_version(client, folder):
    versions, records = state(client)
    ids = [r["claim_id"] for r in records]
    assert set(versions) == set(ids)
    r = post(client, ids[0], versions[ids[0]])
    assert r.status_code == 200 and r.json()["record"]["review"]["status"] == "accepted"
    r = post(client, ids[1], versions[ids[1]], "save", fields={"value": "39"}, annotator="kari")
    assert r.status_code == 200
    saved = r.json()["record"]
    assert saved["amount"]["value"] == 39.0
    assert saved["review"] | {"reviewed_at": None} == {"status": "corrected", "annotator": "kari", "reviewed_at": None,
                                                       "machine": {"amount.value": 38}, "note": None}
    assert r.json()["version"] == store.claim_version(store.read_records(folder, "doc1")[1])
    assert r.json()["version"] == state(client)[0][ids[1]]


def test_a_save_with_a_stale_version_is_refused_with_409_and_changes_nothing(client, folder):
    versions, records = state(client)
    claim = records[0]["claim_id"]
    first = post(client, claim, versions[claim], annotator="kari")
    assert first.status_code == 200
    before = store.read_content(folder, "doc1")
    second = post(client, claim, versions[claim], "reject")
    assert second.status_code == 409
    assert "NOT saved" in second.json()["error"]
    # the answer carries the claim as it is now, so the client can show it beside what was typed
    assert second.json()["record"]["review"]["annotator"] == "kari"
    assert second.json()["version"] == first.json()["version"]
    assert store.read_content(folder, "doc1") == before


def test_saves_on_different_claims_of_one_article_never_conflict(client, folder):
    versions, records = state(client)  # both annotators opened the page at once
    a, b, c = (r["claim_id"] for r in records)
    assert post(client, a, versions[a], "save", fields={"value": "451 mill."}, annotator="kari").status_code == 200
    assert post(client, b, versions[b], "reject", annotator="ola").status_code == 200
    assert post(client, c, versions[c], annotator="ola").status_code == 200
    saved = {r["claim_id"]: r for r in store.read_records(folder, "doc1")}
    assert saved[a]["amount"]["value"] == 451e6 and status_of(saved[a]) == "corrected"
    assert status_of(saved[b]) == "rejected" and status_of(saved[c]) == "accepted"


def test_add_a_claim_from_a_selection(client, folder):
    version, _ = state(client)
    start = TEXT.index("12 sykehus")
    r = client.post("/api/docs/doc1/claims", json={
        "start": start - 1, "end": start + len("12 sykehus") + 1,  # surrounding spaces are trimmed
        "fields": {"kind": "quantity", "value": "12", "unit": "sykehus"}, "version": version})
    assert r.status_code == 200, r.text
    added = r.json()["record"]
    assert added["amount"]["text"] == "12 sykehus" and added["review"]["status"] == "added"
    assert added["evidence"]["text"] == "Over 1000 pasienter venter, og 12 sykehus bygges."
    assert len(store.read_records(folder, "doc1")) == 4


def test_invalid_edits_are_422(client):
    versions, records = state(client)
    claim = records[0]["claim_id"]
    r = post(client, claim, versions[claim], "save", fields={"qualifier": "lots"})
    assert r.status_code == 422 and r.json()["field"] == "qualifier"
    r = post(client, claim, versions[claim], "save", fields={"value": "mange"})
    assert r.status_code == 422 and r.json()["field"] == "value"
    r = client.post(f"/api/docs/doc1/claims/{records[0]['claim_id']}", content="action=accept",
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415


def test_doc_id_validation():
    assert all(store.valid_doc_id(i) for i in ["doc1", "2010-hod.samhandling", "a_b", "skole-tromsø"])
    assert not any(store.valid_doc_id(i) for i in ["..", "../x", "a/b", ".lock", "a..b", "", "x" * 300, "a\\b", "a\nb", "a b"])


@pytest.mark.parametrize("bad", ["%2E%2E", "...", ".hidden", "a..b", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "x%00y", "a%0Ab", "a%20b"])
def test_path_traversal_ids_are_refused(client, bad):
    for r in (client.get(f"/docs/{bad}"), client.get(f"/api/docs/{bad}"),
              client.post(f"/api/docs/{bad}/claims/x", json={"action": "accept", "version": ""})):
        assert r.status_code in (400, 404), (bad, r.status_code)


def test_token_is_required_on_every_request_when_set(folder):
    client = TestClient(create_app(folder, token="s3cret"))
    assert client.get("/").status_code == 401
    assert client.get("/api/docs/doc1").status_code == 401
    assert client.get("/api/docs/doc1", headers={"X-Review-Token": "wrong"}).status_code == 401
    assert client.get("/api/docs/doc1", headers={"X-Review-Token": "s3cret"}).status_code == 200
    assert client.get("/?token=wrong").status_code == 401
    link = client.get("/docs/doc1?token=s3cret", follow_redirects=False)
    assert link.status_code == 303 and link.headers["location"] == "/docs/doc1"
    assert client.get("/docs/doc1").status_code == 200  # the cookie set by the link


def test_a_non_local_host_gets_a_generated_token(monkeypatch, folder):
    import uvicorn

    from pipeline.cli import main

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    main(["review", "--annotations", str(folder), "--host", "0.0.0.0", "--port", "8123"])
    assert seen["host"] == "0.0.0.0"
    assert TestClient(seen["app"]).get("/").status_code == 401


def test_local_binding_refuses_foreign_host_headers(folder):
    client = TestClient(create_app(folder, local_only=True), base_url="http://127.0.0.1:8000")
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"Host": "evil.example:8000"}).status_code == 400


def test_article_text_is_escaped(tmp_path):
    text = "Før <script>window.__pwned=1</script> kom 450 millioner kroner & mer.\n"
    annotate_document(make_document("x", text), FakeExtractor(lambda d, t: []), tmp_path)
    page = TestClient(create_app(tmp_path)).get("/docs/x")
    assert "<script>window.__pwned" not in page.text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page.text


def test_segments_cover_the_text_exactly_and_mark_overlaps():
    records = FakeExtractor().extract(make_document("d", TEXT))
    segs = segments(TEXT, records)
    assert "".join(s.text for s in segs) == TEXT
    assert all(TEXT[s.start:s.end] == s.text for s in segs)
    assert [s.text for s in segs if "amount" in s.classes] == ["450 millioner kroner", "38 nye turnusstillinger",
                                                               "Over 1000 pasienter"]


def test_actor_names_tolerate_missing_or_odd_lexicon(tmp_path):
    assert actor_names(tmp_path / "missing.yaml") == []
    odd = tmp_path / "odd.yaml"
    odd.write_text("- just\n- a list\n- {canonical: Høyre}\n", encoding="utf-8")
    assert actor_names(odd) == ["Høyre"]
    (tmp_path / "bad.yaml").write_text(": : :\n\t- [", encoding="utf-8")
    assert actor_names(tmp_path / "bad.yaml") == []
    assert "Høyre" in actor_names()


def test_concurrent_saves_on_one_claim_let_exactly_one_through(client, folder):
    from concurrent.futures import ThreadPoolExecutor

    versions, records = state(client)
    claim = records[0]["claim_id"]

    def save(n):
        return post(client, claim, versions[claim], "save", fields={"value": n}).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = sorted(pool.map(save, range(1, 17)))
    assert codes == [200] + [409] * 15
    assert len(store.read_records(folder, "doc1")) == 3


def test_concurrent_clients_on_different_claims_all_succeed_and_nothing_is_lost(tmp_path):
    """Twelve annotators, one claim each, all with the versions of one page load, saving at once."""
    from concurrent.futures import ThreadPoolExecutor

    from .helpers import record

    text = "".join(f"Post {i} får {i + 1} millioner kroner.\n" for i in range(12))
    many = FakeExtractor(lambda d, t: [record(d, t, f"{i + 1} millioner kroner", (i + 1) * 1e6) for i in range(12)])
    annotate_document(make_document("big", text), many, tmp_path)
    client = TestClient(create_app(tmp_path))
    versions, records = state(client, "big")

    def save(i):
        claim = records[i]["claim_id"]
        return post(client, claim, versions[claim], "save", doc_id="big", fields={"value": f"{i + 100} mill."},
                    note=f"by annotator {i}", annotator=f"a{i}").status_code

    with ThreadPoolExecutor(12) as pool:
        codes = list(pool.map(save, range(12)))
    assert codes == [200] * 12
    saved = {r["claim_id"]: r for r in store.read_records(tmp_path, "big")}
    for i, r in enumerate(records):
        mine = saved[r["claim_id"]]
        assert mine["amount"]["value"] == (i + 100) * 1e6
        assert mine["review"]["annotator"] == f"a{i}" and mine["review"]["note"] == f"by annotator {i}"


def test_a_broken_annotation_file_is_reported_and_never_overwritten(client, folder):
    version, records = state(client)
    path = folder / "doc1.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    broken = path.read_bytes()
    assert "broken file" in client.get("/").text
    assert client.get("/docs/doc1").status_code == 500
    r = client.post(f"/api/docs/doc1/claims/{records[0]['claim_id']}",
                    json={"action": "accept", "version": "any"})
    assert r.status_code == 500 and "line 4" in r.text
    assert path.read_bytes() == broken


def test_the_token_link_never_redirects_off_site(folder):
    client = TestClient(create_app(folder, token="s3cret"))
    response = client.get("http://testserver//evil.example?token=s3cret", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/evil.example"


def test_undo_puts_back_the_claim_as_it_was(client, folder):
    versions, records = state(client)
    claim = records[1]["claim_id"]
    before = store.read_records(folder, "doc1")[1]
    saved = post(client, claim, versions[claim], "save", fields={"value": "39", "per": "year"})
    undone = post(client, claim, saved.json()["version"], "undo")
    assert undone.status_code == 200
    assert store.read_records(folder, "doc1")[1] == before
    assert post(client, claim, undone.json()["version"], "undo").status_code == 422  # nothing more to undo


def test_undo_is_refused_once_someone_else_changed_the_claim(client, folder):
    versions, records = state(client)
    claim = records[0]["claim_id"]
    mine = post(client, claim, versions[claim], annotator="kari")
    theirs = post(client, claim, mine.json()["version"], "reject", annotator="ola")
    assert theirs.status_code == 200
    assert post(client, claim, mine.json()["version"], "undo").status_code == 409
    assert status_of(store.read_records(folder, "doc1")[0]) == "rejected"


def test_undo_of_an_add_removes_the_added_claim(client, folder):
    start = TEXT.index("12 sykehus")
    added = client.post("/api/docs/doc1/claims", json={"start": start, "end": start + 10, "fields": {}})
    assert added.status_code == 200, added.text
    assert added.json()["record"]["amount"]["value"] == 12  # read from the selection by the project's parser
    assert added.json()["record"]["amount"]["unit"] == "sykehus"
    undone = post(client, added.json()["record"]["claim_id"], added.json()["version"], "undo")
    assert undone.status_code == 200 and undone.json()["removed"] is True
    assert len(store.read_records(folder, "doc1")) == 3


def test_a_span_is_redrawn_from_a_selection(client, folder):
    versions, records = state(client)
    claim = records[0]["claim_id"]
    start = TEXT.index("2021")
    r = post(client, claim, versions[claim], "span", span={"part": "time", "start": start - 2, "end": start + 4})
    assert r.status_code == 200, r.text
    assert r.json()["record"]["time"]["text"] == "i 2021"
    bad = post(client, claim, r.json()["version"], "span", span={"part": "time", "start": 5, "end": 10_000})
    assert bad.status_code == 422 and bad.json()["field"] == "span"


def test_the_amount_endpoint_reads_with_the_project_parsers(client):
    assert client.get("/api/amount", params={"text": "kr 250 000"}).json() | {"value": None} == {
        "found": True, "value": None, "unit": "NOK", "kind": "money", "qualifier": None, "text": "250 000",
        "display": "250 000 kr"}
    assert client.get("/api/amount", params={"text": "Regjeringen"}).json() == {"found": False}


def test_the_page_shows_norwegian_amounts_text_labels_and_every_field(client):
    page = client.get("/docs/doc1").text
    assert "450 mill. kr" in page and 'value="450 mill."' in page
    assert 'data-ends="amount"' in page  # the highlight's text label
    for name in ("kind", "value", "unit", "qualifier", "per", "actor", "actor_type", "time_from", "time_to", "measure"):
        assert f'name="{name}"' in page
    assert 'name="time_from_date"' not in page  # shown only where the record's time has dates


def test_time_dates_grain_and_compared_to_are_shown_when_present(tmp_path):
    from .helpers import default_records

    def richer(doc_id, text):
        records = default_records(doc_id, text)
        start = text.index("i 2021")
        records[0]["time"] = {"start": start, "end": start + 6, "text": "i 2021", "from": 2021, "to": 2021,
                              "date": None, "inherited": False, "grain": "year", "from_date": "2021-01-01",
                              "to_date": "2021-12-31"}
        records[0]["compared_to"] = {"time": {"start": None, "end": None, "text": "i fjor", "from": 2020, "to": 2020},
                                     "amount": {"start": 0, "end": 3, "text": "400 millioner", "value": 4e8,
                                                "unit": "NOK"}}
        return records

    annotate_document(make_document("doc1", TEXT), FakeExtractor(richer), tmp_path)
    page = TestClient(create_app(tmp_path)).get("/docs/doc1").text
    assert 'name="time_from_date" value="2021-01-01"' in page and 'name="time_to_date" value="2021-12-31"' in page
    assert '<option value="year" selected>year</option>' in page
    assert "compared to: time i fjor (2020); amount 400 millioner (400 mill. kr)" in page
    # ... and editable: the years (no ISO bound inputs: this compared time has none), value, unit, clearing
    assert 'name="compared_time_from" value="2020"' in page and 'name="compared_value" value="400 mill."' in page
    assert 'name="compared_unit" value="NOK"' in page and '<option value="clear">' in page
    assert 'name="compared_time_from_date"' not in page


def test_the_comparison_is_saved_refused_with_its_field_named_cleared_and_undone(tmp_path):
    from .helpers import default_records

    def compared(doc_id, text):
        records = default_records(doc_id, text)
        records[0]["compared_to"] = {"time": {"start": None, "end": None, "text": "i fjor", "from": 2020, "to": 2020,
                                              "date": None, "inherited": False, "from_date": "2020-01-01",
                                              "to_date": "2020-12-31"}, "amount": None}
        return records

    annotate_document(make_document("doc1", TEXT), FakeExtractor(compared), tmp_path)
    client = TestClient(create_app(tmp_path, annotator="tester"))
    versions, records = state(client)
    claim = records[0]["claim_id"]
    bad = post(client, claim, versions[claim], "save", fields={"compared_time_to_date": "2019-12-31"})
    assert bad.status_code == 422 and bad.json()["field"] == "compared_time_to"  # the year follows: 2020 > 2019
    assert 'name="compared_time_from_date" value="2020-01-01"' in client.get("/docs/doc1").text
    saved = post(client, claim, versions[claim], "save", fields={"compared_time_from_date": "2019-07-01"})
    assert saved.status_code == 200
    assert store.read_records(tmp_path, "doc1")[0]["compared_to"]["time"]["from"] == 2019
    before = store.read_records(tmp_path, "doc1")[0]
    cleared = post(client, claim, saved.json()["version"], "save", fields={"compared_to": "clear"})
    assert cleared.status_code == 200 and store.read_records(tmp_path, "doc1")[0]["compared_to"] is None
    assert 'name="compared_to"' not in client.get("/docs/doc1").text
    assert post(client, claim, cleared.json()["version"], "undo").status_code == 200
    assert store.read_records(tmp_path, "doc1")[0] == before


def test_an_inferred_year_is_shown_with_its_basis_and_edited(tmp_path):
    """The card says why a year was inferred, offers inferred as a checkbox and the basis as a select of
    the schema's values (none included); unticking it saves inferred false and clears the basis."""
    from .helpers import default_records

    def inferred(doc_id, text):
        records = default_records(doc_id, text)
        records[0]["time"] = {"start": None, "end": None, "text": None, "from": 2021, "to": 2021, "date": None,
                              "inherited": True, "inferred": True, "basis": "budget-year"}
        return records

    annotate_document(make_document("doc1", TEXT), FakeExtractor(inferred), tmp_path)
    client = TestClient(create_app(tmp_path, annotator="tester"))
    page = client.get("/docs/doc1").text
    assert "time 2021 inferred: budget year" in page
    assert 'name="time_inferred" value="true" checked' in page
    assert '<option value="budget-year" selected>budget-year</option>' in page
    assert all(f'<option value="{basis}"' in page for basis in ("", "budget-named", "programme-period",
                                                                   "revised-budget", "document-date"))
    assert page.count('name="time_inferred"') == 1  # only the claim with a time has one
    versions, records = state(client)
    claim = records[0]["claim_id"]
    saved = post(client, claim, versions[claim], "save", fields={"time_from": "2022", "time_to": "2022",
                                                                  "time_inferred": "false"})
    assert saved.status_code == 200
    time = store.read_records(tmp_path, "doc1")[0]["time"]
    assert (time["from"], time["inferred"], time["basis"]) == (2022, False, None)
    page = client.get("/docs/doc1").text
    assert "inferred: budget year" not in page and 'name="time_inferred" value="true" checked' not in page
    bad = post(client, claim, saved.json()["version"], "save", fields={"time_basis": "a hunch"})
    assert bad.status_code == 422 and bad.json()["field"] == "time_basis"


def test_a_comparison_is_added_to_a_claim_without_one(tmp_path):
    text = "Regjeringen foreslår 450 millioner kroner i år, mot 400 millioner kroner i fjor.\n"
    annotate_document(make_document("doc1", text), FakeExtractor(), tmp_path)
    client = TestClient(create_app(tmp_path, annotator="tester"))
    page = client.get("/docs/doc1").text
    assert "compared to (none: type years to add one)" in page
    assert 'name="compared_time_from" value=""' in page and 'name="compared_value" value=""' in page
    assert 'name="compared_to"' not in page  # nothing to clear
    versions, records = state(client)
    claim = records[0]["claim_id"]
    saved = post(client, claim, versions[claim], "save", fields={"compared_time_from": "2020", "compared_time_to": "2020",
                                                                  "compared_value": "400 mill."})
    assert saved.status_code == 200
    compared = store.read_records(tmp_path, "doc1")[0]["compared_to"]
    assert compared["time"]["from"] == compared["time"]["to"] == 2020
    amount = compared["amount"]
    assert text[amount["start"]:amount["end"]] == amount["text"] == "400 millioner kroner"
    page = client.get("/docs/doc1").text
    assert "compared to: time  (2020); amount 400 millioner kroner (400 mill. kr)" in page
    assert 'name="compared_time_from" value="2020"' in page and '<option value="clear">' in page
