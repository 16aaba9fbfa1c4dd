"""End to end in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright): an annotator
accepts, corrects, rejects and adds claims, and the annotation file holds all four after a reload."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need /usr/bin/chromium (make browser-deps)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn", reason="browser tests need the review extra (uvicorn, fastapi)")
pytest.importorskip("fastapi", reason="browser tests need the review extra (fastapi)")

from pipeline.io import make_document  # noqa: E402
from pipeline.review import store  # noqa: E402
from pipeline.review.app import create_app  # noqa: E402
from pipeline.review.commands import annotate_document  # noqa: E402
from pipeline.review.merge import status_of  # noqa: E402

from .helpers import TEXT, FakeExtractor  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EMOJI_TEXT = "Sjekk 🙂🙂 dette:\n«12 sykehus» bygges.\n"  # offsets are code points, not UTF-16 units
SCRIPT_TEXT = "Før <script>window.__pwned=1</script> kom 450 millioner kroner & mer.\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    annotate_document(make_document("doc1", TEXT, {"title": "Budsjett"}), FakeExtractor(), tmp_path)
    annotate_document(make_document("evil", SCRIPT_TEXT), FakeExtractor(lambda d, t: []), tmp_path)
    annotate_document(make_document("emoji", EMOJI_TEXT), FakeExtractor(lambda d, t: []), tmp_path)
    port = free_port()
    config = uvicorn.Config(create_app(tmp_path, annotator="browser", local_only=True), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}", tmp_path
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def drag_select(page, surface: str) -> None:
    """Select `surface` in the article with a real mouse drag, from its first to its last character."""
    box = page.evaluate(
        """(surface) => {
            const article = document.getElementById('article');
            const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
            const nodes = []; let full = '';
            while (walker.nextNode()) { nodes.push([walker.currentNode, full.length]); full += walker.currentNode.textContent; }
            const at = full.indexOf(surface);
            const rect = (pos) => {  // the box of the one character at pos
                for (const [node, off] of nodes) {
                    if (pos < off + node.textContent.length) {
                        const r = document.createRange(); r.setStart(node, pos - off); r.setEnd(node, pos - off + 1);
                        const b = r.getBoundingClientRect(); return [b.left, b.right, (b.top + b.bottom) / 2];
                    }
                }
            };
            const first = rect(at), last = rect(at + surface.length - 1);
            return {x0: first[0] + 1, y0: first[2], x1: last[1] - 1, y1: last[2]};
        }""",
        surface,
    )
    page.mouse.move(box["x0"], box["y0"])
    page.mouse.down()
    page.mouse.move((box["x0"] + box["x1"]) / 2, box["y1"], steps=5)
    page.mouse.move(box["x1"], box["y1"], steps=5)
    page.mouse.up()


def card(page, index: int):
    return page.locator(".card").nth(index)


def test_accept_correct_reject_add_persist(server, browser):
    url, folder = server
    page = browser.new_page()
    page.goto(url + "/")
    page.click("text=doc1")
    page.wait_for_selector("#article")
    assert page.locator(".card").count() == 3

    page.keyboard.press("a")  # the first card is current: accept it
    page.wait_for_selector("#card-" + store.read_records(folder, "doc1")[0]["claim_id"] + ".status-accepted")

    second = card(page, 1)  # correct its value, save with Enter
    second.locator(".anchor").click()
    page.keyboard.press("e")
    page.keyboard.type("39")
    page.keyboard.press("Enter")
    page.wait_for_selector(".card.status-corrected")

    card(page, 2).locator("button[data-action=reject]").click()
    page.wait_for_selector(".card.status-rejected")

    drag_select(page, "12 sykehus")
    assert page.inner_text("#add-text") == "12 sykehus"
    page.wait_for_selector("#add-panel:not([hidden])")
    assert page.input_value("#add-value") == "12"
    page.fill("#add-unit", "sykehus")
    page.click("#add-submit")
    page.wait_for_selector(".card.status-added")

    page.reload()
    statuses = [c.get_attribute("class") for c in page.locator(".card").all()]
    assert sum("status-added" in c for c in statuses) == 1

    records = store.read_records(folder, "doc1")
    by_status = {status_of(r): r for r in records}
    assert set(by_status) == {"accepted", "corrected", "rejected", "added"}
    assert by_status["corrected"]["amount"]["value"] == 39.0
    assert by_status["corrected"]["review"]["machine"] == {"amount.value": 38}
    added = by_status["added"]
    assert (added["amount"]["text"], added["amount"]["value"], added["amount"]["unit"]) == ("12 sykehus", 12.0, "sykehus")
    start = added["amount"]["start"]
    assert TEXT[start:added["amount"]["end"]] == "12 sykehus"
    assert all(r["review"]["annotator"] == "browser" for r in records)


def test_a_stale_page_cannot_overwrite(server, browser):
    url, folder = server
    one, two = browser.new_page(), browser.new_page()
    for page in (one, two):
        page.goto(url + "/docs/doc1")
        page.wait_for_selector("#article")
    one.keyboard.press("a")
    one.wait_for_selector(".card.status-accepted")
    saved = store.read_content(folder, "doc1")

    card(two, 0).locator("button[data-action=reject]").click()
    two.wait_for_selector("#banner:not([hidden])")
    assert "NOT saved" in two.inner_text("#banner")
    assert two.locator(".card.status-rejected").count() == 0
    assert store.read_content(folder, "doc1") == saved
    assert status_of(store.read_records(folder, "doc1")[0]) == "accepted"


def test_script_in_article_is_shown_not_run(server, browser):
    url, _ = server
    page = browser.new_page()
    page.goto(url + "/docs/evil")
    page.wait_for_selector("#article")
    assert "<script>window.__pwned=1</script>" in page.inner_text("#article")
    assert page.evaluate("window.__pwned") is None


def test_keyboard_moves_between_claims_and_documents(server, browser):
    url, _ = server
    page = browser.new_page()
    page.goto(url + "/docs/doc1")
    page.wait_for_selector(".card.current")
    assert card(page, 0).get_attribute("class").count("current") == 1
    page.keyboard.press("j")
    assert "current" in card(page, 1).get_attribute("class")
    page.keyboard.press("k")
    assert "current" in card(page, 0).get_attribute("class")
    page.keyboard.press("n")
    page.wait_for_url(url + "/docs/emoji")


def test_added_span_offsets_are_code_points(server, browser):
    url, folder = server
    page = browser.new_page()
    page.goto(url + "/docs/emoji")
    page.wait_for_selector("#article")
    drag_select(page, "12 sykehus")
    page.wait_for_selector("#add-panel:not([hidden])")
    page.click("#add-submit")
    page.wait_for_selector(".card.status-added")
    (added,) = store.read_records(folder, "emoji")
    start, end = added["amount"]["start"], added["amount"]["end"]
    assert EMOJI_TEXT[start:end] == added["amount"]["text"] == "12 sykehus"
    assert added["evidence"]["text"] == "«12 sykehus» bygges."
