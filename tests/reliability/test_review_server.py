"""The review server under load and abuse: a folder another process holds, bodies too big or too deep."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from pipeline.io import make_document  # noqa: E402
from pipeline.review import app as review_app  # noqa: E402
from pipeline.review import store  # noqa: E402
from pipeline.review.app import create_app  # noqa: E402
from pipeline.review.commands import annotate_document  # noqa: E402
from tests.review.helpers import TEXT, FakeExtractor  # noqa: E402

from .conftest import ROOT  # noqa: E402

#: Another process (an import, `claims annotate`) that takes the folder lock and keeps it until told.
HOLDER = """
import sys
from pipeline.review import store
with store.locked(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def folder(tmp_path):
    annotate_document(make_document("doc1", TEXT, {"title": "Statsbudsjettet"}), FakeExtractor(), tmp_path)
    return tmp_path


@pytest.fixture
def held(folder):
    """The folder's lock, held by another process for as long as the test runs."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.stdin.close()
    proc.wait(timeout=10)


def timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def test_a_busy_folder_answers_503_within_a_second_and_reads_go_on(folder, held):
    with TestClient(create_app(folder)) as client:
        doc = client.get("/api/docs/doc1").json()
        before = store.read_content(folder, "doc1")
        claim = doc["records"][0]["claim_id"]
        accept = {"action": "accept", "version": doc["claim_versions"][claim]}
        save, seconds = timed(lambda: client.post(f"/api/docs/doc1/claims/{claim}", json=accept))
        assert save.status_code == 503 and save.json()["error"].startswith("busy, try again")
        assert save.headers["retry-after"] == "1"
        assert seconds < 1.0
        start = TEXT.index("12 sykehus")  # an amount: a claim the app would add
        add, seconds = timed(lambda: client.post("/api/docs/doc1/claims", json={
            "start": start, "end": start + 10, "fields": {}}))
        assert add.status_code == 503 and seconds < 1.0
        for url in ("/", "/docs/doc1", "/api/docs/doc1"):  # reads need no lock
            response, seconds = timed(lambda url=url: client.get(url))
            assert response.status_code == 200 and seconds < 1.0, url
        assert store.read_content(folder, "doc1") == before  # nothing was saved

        held.stdin.close()  # the import is over: the same save goes through
        held.wait(timeout=10)
        save = client.post(f"/api/docs/doc1/claims/{claim}", json=accept)
        assert save.status_code == 200


def test_a_save_waiting_for_the_lock_holds_up_no_other_request(folder, held, monkeypatch):
    """One server, one event loop: while a save waits for the lock, the next request is answered."""
    monkeypatch.setattr(review_app, "LOCK_WAIT", 30.0)  # the save waits long enough to see who answers first
    with TestClient(create_app(folder)) as client:  # one portal: every request on the same event loop
        doc = client.get("/api/docs/doc1").json()
        claim = doc["records"][0]["claim_id"]
        accept = {"action": "accept", "version": doc["claim_versions"][claim]}
        done = {}
        thread = threading.Thread(target=lambda: done.setdefault("save", client.post(
            f"/api/docs/doc1/claims/{claim}", json=accept)))
        thread.start()
        time.sleep(0.2)
        page = client.get("/")
        assert page.status_code == 200 and "save" not in done  # answered while the save still waits
        held.stdin.close()
        thread.join(timeout=30)
        assert done["save"].status_code == 200


def test_bodies_too_big_or_too_deep_are_refused_and_nothing_is_saved(folder):
    client = TestClient(create_app(folder))
    before = (folder / "doc1.jsonl").read_bytes()
    doc = client.get("/api/docs/doc1").json()
    url = "/api/docs/doc1/claims/" + doc["records"][0]["claim_id"]
    add = "/api/docs/doc1/claims"
    headers = {"Content-Type": "application/json"}
    huge_note = {"action": "accept", "version": doc["version"], "note": "n" * 20_000_000}
    for target in (url, add):
        assert client.post(target, json=huge_note).status_code == 413
        assert client.post(target, content="[" * 100_000 + "]" * 100_000, headers=headers).status_code == 400
        assert client.post(target, content='{"a": ' * 50_000 + "1" + "}" * 50_000, headers=headers).status_code == 400
    long_note = {"action": "accept", "version": doc["version"], "note": "n" * 20_000}  # under 1 MB, over 10k
    assert client.post(url, json=long_note).status_code == 413
    assert (folder / "doc1.jsonl").read_bytes() == before
