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
    data = client.get(f"/api/docs/{doc_id}").json()
    return data["version"], data["records"]


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
    version, records = state(client)
    ids = [r["claim_id"] for r in records]
    r = client.post(f"/api/docs/doc1/claims/{ids[0]}", json={"action": "accept", "version": version})
    assert r.status_code == 200 and r.json()["record"]["review"]["status"] == "accepted"
    version = r.json()["version"]
    r = client.post(f"/api/docs/doc1/claims/{ids[1]}",
                    json={"action": "save", "fields": {"value": "39"}, "version": version, "annotator": "kari"})
    assert r.status_code == 200
    saved = r.json()["record"]
    assert saved["amount"]["value"] == 39.0
    assert saved["review"] | {"reviewed_at": None} == {"status": "corrected", "annotator": "kari", "reviewed_at": None,
                                                       "machine": {"amount.value": 38}, "note": None}
    assert r.json()["version"] == store.version_of(store.read_content(folder, "doc1"))


def test_a_save_with_a_stale_version_is_refused_with_409_and_changes_nothing(client, folder):
    version, records = state(client)
    first = client.post(f"/api/docs/doc1/claims/{records[0]['claim_id']}", json={"action": "accept", "version": version})
    assert first.status_code == 200
    before = store.read_content(folder, "doc1")
    second = client.post(f"/api/docs/doc1/claims/{records[0]['claim_id']}", json={"action": "reject", "version": version})
    assert second.status_code == 409
    assert "NOT saved" in second.json()["error"]
    assert store.read_content(folder, "doc1") == before


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
    version, records = state(client)
    r = client.post(f"/api/docs/doc1/claims/{records[0]['claim_id']}",
                    json={"action": "save", "fields": {"qualifier": "lots"}, "version": version})
    assert r.status_code == 422 and r.json()["field"] == "qualifier"
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


def test_concurrent_saves_on_one_version_let_exactly_one_through(client, folder):
    from concurrent.futures import ThreadPoolExecutor

    version, records = state(client)
    claim = records[0]["claim_id"]

    def save(n):
        return client.post(f"/api/docs/doc1/claims/{claim}",
                           json={"action": "save", "fields": {"value": n}, "version": version}).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = sorted(pool.map(save, range(1, 17)))
    assert codes == [200] + [409] * 15
    assert len(store.read_records(folder, "doc1")) == 3


def test_a_broken_annotation_file_is_reported_and_never_overwritten(client, folder):
    version, records = state(client)
    path = folder / "doc1.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    broken = path.read_bytes()
    assert "broken file" in client.get("/").text
    assert client.get("/docs/doc1").status_code == 500
    r = client.post(f"/api/docs/doc1/claims/{records[0]['claim_id']}",
                    json={"action": "accept", "version": store.version_of(broken.decode("utf-8"))})
    assert r.status_code == 500 and "line 4" in r.text
    assert path.read_bytes() == broken


def test_the_token_link_never_redirects_off_site(folder):
    client = TestClient(create_app(folder, token="s3cret"))
    response = client.get("http://testserver//evil.example?token=s3cret", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/evil.example"
