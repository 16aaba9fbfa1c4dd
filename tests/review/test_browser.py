"""End to end in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright): an annotator
accepts, corrects, rejects, skips, undoes, redraws spans and adds claims, with the mouse and with the
keyboard alone; typed text is never dropped; two annotators on one article never lose each other's
work; axe-core finds no accessibility violation."""

from __future__ import annotations

import re
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

from .helpers import TEXT, FakeExtractor, default_records  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EMOJI_TEXT = "Sjekk 🙂🙂 dette:\n«12 sykehus» bygges.\n"  # offsets are code points, not UTF-16 units
SCRIPT_TEXT = "Før <script>window.__pwned=1</script> kom 450 millioner kroner & mer.\n"


def varied(doc_id: str, text: str) -> list[dict]:
    """TEXT's three claims with something for each filter: the last has a low confidence and no actor,
    the first has a time with ISO bounds (shown where present) and is compared to an amount in 2020."""
    records = default_records(doc_id, text)
    records[2]["confidence"] = 0.4
    records[2]["actor"] = None
    start = text.index("i 2021")
    records[0]["time"] = {"start": start, "end": start + 6, "text": "i 2021", "from": 2021, "to": 2021, "date": None,
                          "inherited": False, "grain": "year", "from_date": "2021-01-01", "to_date": "2021-12-31"}
    records[1]["time"] = {"start": None, "end": None, "text": None, "from": 2021, "to": 2021, "date": None,
                          "inherited": True, "inferred": True, "basis": "budget-year"}  # not in the text
    records[0]["compared_to"] = {
        "time": {"start": None, "end": None, "text": "i fjor", "from": 2020, "to": 2020, "grain": "year",
                 "from_date": None, "to_date": None, "date": None, "inherited": False, "inferred": False, "basis": None},
        "amount": {"start": 0, "end": 11, "text": "400 millioner", "value": 4e8, "unit": "NOK"}}
    return records


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    annotate_document(make_document("doc1", TEXT, {"title": "Budsjett"}), FakeExtractor(varied), tmp_path)
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


@pytest.fixture
def page(server, browser):
    """A fresh page on doc1 (no filters stored), the first unreviewed claim current."""
    url, _ = server
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url + "/docs/doc1")
    page.wait_for_selector(".card.current")
    yield page
    assert errors == []


def records(folder) -> list[dict]:
    return store.read_records(folder, "doc1")


def card(page, index: int):
    return page.locator(".card").nth(index)


def wait_status(page, text: str) -> str:
    """Wait until the status line (role=status) says `text`; return all it says."""
    page.wait_for_function("(t) => document.getElementById('status').textContent.includes(t)", arg=text)
    return page.inner_text("#status")


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


def test_accept_correct_reject_add_persist(server, page):
    _, folder = server
    first_id = records(folder)[0]["claim_id"]
    page.keyboard.press("a")  # the first card is current: accept it
    page.wait_for_selector(f"#card-{first_id}.status-accepted")

    second = card(page, 1)  # correct its value, save with Enter
    second.locator(".anchor").click()
    page.keyboard.press("e")
    page.keyboard.type("39")
    page.keyboard.press("Enter")
    page.wait_for_selector(".card.status-corrected")

    card(page, 2).locator("button[data-action=reject]").click()
    page.wait_for_selector(".card.status-rejected")

    drag_select(page, "12 sykehus")
    page.wait_for_selector("#span-panel:not([hidden])")
    assert page.input_value("#span-text") == "12 sykehus"
    assert page.input_value("#span-use") == "new"
    page.wait_for_function("document.getElementById('add-value').value === '12'")  # read by the server's parser
    assert page.input_value("#add-unit") == "sykehus"
    page.click("#span-submit")
    page.wait_for_selector(".card.status-added")

    page.reload()
    statuses = [c.get_attribute("class") for c in page.locator(".card").all()]
    assert sum("status-added" in c for c in statuses) == 1

    by_status = {status_of(r): r for r in records(folder)}
    assert set(by_status) == {"accepted", "corrected", "rejected", "added"}
    assert by_status["corrected"]["amount"]["value"] == 39.0
    assert by_status["corrected"]["review"]["machine"] == {"amount.value": 38}
    added = by_status["added"]
    assert (added["amount"]["text"], added["amount"]["value"], added["amount"]["unit"]) == ("12 sykehus", 12.0, "sykehus")
    assert TEXT[added["amount"]["start"]:added["amount"]["end"]] == "12 sykehus"
    assert all(r["review"]["annotator"] == "browser" for r in records(folder))


def test_esc_cancels_the_field_and_says_so_and_accept_saves_what_is_shown(server, page):
    """The bug this guards: type a value, Esc, `a` used to save the machine's value silently."""
    _, folder = server
    page.keyboard.press("j")  # the quantity claim: 38 turnusstillinger
    page.keyboard.press("e")
    page.keyboard.type("39")
    page.keyboard.press("Escape")
    said = wait_status(page, "cancelled")
    assert "value" in said and "39" in said and "38" in said
    assert page.input_value(".card.current [name=value]") == "38"  # what is shown is what `a` accepts
    page.keyboard.press("a")
    page.wait_for_selector(".card.status-accepted")
    assert records(folder)[1]["amount"]["value"] == 38 and status_of(records(folder)[1]) == "accepted"


def test_esc_in_one_field_keeps_the_text_typed_in_another(server, page):
    _, folder = server
    page.keyboard.press("j")
    page.keyboard.press("e")
    page.keyboard.type("39")
    page.keyboard.press("Tab")  # to unit
    page.keyboard.type("stillinger")
    page.keyboard.press("Escape")  # cancels the unit only
    said = wait_status(page, "cancelled")
    assert "unit" in said and "Still typed, not saved: value" in said
    assert page.input_value(".card.current [name=value]") == "39"
    assert page.is_visible(".card.current .dirty-label")
    page.keyboard.press("a")
    wait_status(page, "accepted")
    saved = records(folder)[1]
    assert (saved["amount"]["value"], saved["amount"]["unit"], status_of(saved)) == (39, "turnusstilling", "corrected")


def test_numbers_are_read_on_the_server_and_shown_the_norwegian_way(server, page):
    _, folder = server
    assert page.inner_text(".card >> nth=0 >> .anchor") == "450 mill. kr"
    for typed, shown, value in [("1,5 milliarder", "1,5 mrd. kr", 1.5e9), ("kr 250 000", "250 000 kr", 250_000),
                                ("1.000.000", "1 mill. kr", 1e6), ("10 mrd", "10 mrd. kr", 1e10)]:
        page.fill(".card >> nth=0 >> [name=value]", typed)
        page.press(".card >> nth=0 >> [name=value]", "Enter")
        page.wait_for_function("(s) => document.querySelector('.card .anchor').textContent === s", arg=shown)
        assert records(folder)[0]["amount"]["value"] == value
    page.fill(".card >> nth=0 >> [name=value]", "mange")
    page.press(".card >> nth=0 >> [name=value]", "Enter")
    page.wait_for_selector("#banner:not([hidden])")
    assert "not a number" in page.inner_text("#banner")
    assert page.input_value(".card >> nth=0 >> [name=value]") == "mange"  # kept for the annotator to fix


def test_every_field_is_edited_including_per_actor_type_kind_time_bounds_and_measure(server, page):
    _, folder = server
    first = card(page, 0)
    first.locator("[name=per]").select_option("year")
    first.locator("[name=actor_type]").select_option("party")
    first.locator("[name=measure]").fill("allmennlegetjenesten")
    first.locator("[name=time_to_date]").fill("2022-12-31")
    first.locator("[name=time_grain]").select_option("year")
    first.locator("button[data-action=save]").click()
    wait_status(page, "saved:")
    saved = records(folder)[0]
    assert (saved["amount"]["per"], saved["actor"]["type"], saved["measure"]["canonical"]) == \
        ("year", "party", "allmennlegetjenesten")
    assert (saved["time"]["to_date"], saved["time"]["to"]) == ("2022-12-31", 2022)
    second = card(page, 1)
    second.locator("[name=kind]").select_option("money")
    second.locator("[name=unit]").fill("NOK")
    second.locator("button[data-action=save]").click()
    page.wait_for_function("document.querySelectorAll('.card')[1].dataset.kind === 'money'")
    assert (records(folder)[1]["kind"], records(folder)[1]["amount"]["unit"]) == ("money", "NOK")


def test_the_compared_year_is_edited_and_the_comparison_cleared(server, page):
    """The compared years are typed and saved with Enter (a start after the end is refused, and the
    field it names gets the focus); the comparison is cleared with its select; `u` brings it back."""
    _, folder = server
    first = card(page, 0)
    first.locator("[name=compared_time_from]").fill("2021")
    first.locator("[name=compared_time_from]").press("Enter")
    page.wait_for_selector("#banner:not([hidden])")
    assert "compared_time_to" in page.inner_text("#banner") and "compared time ends" in page.inner_text("#banner")
    assert page.evaluate("document.activeElement.name") == "compared_time_to"  # the field the error names
    page.keyboard.press("Control+a")
    page.keyboard.type("2022")
    page.keyboard.press("Enter")  # saves both typed years
    wait_status(page, "saved:")
    compared = records(folder)[0]["compared_to"]
    assert (compared["time"]["from"], compared["time"]["to"]) == (2021, 2022)
    assert "(2021–2022)" in page.inner_text(".card >> nth=0 >> .compared")
    assert records(folder)[0]["review"]["machine"] == {"compared_to.time.from": 2020, "compared_to.time.to": 2020}

    card(page, 0).locator("[name=compared_to]").select_option("clear")
    card(page, 0).locator("[name=compared_to]").press("Enter")
    page.wait_for_function("!document.querySelector('.card [name=compared_to]')")  # nothing left to clear
    assert records(folder)[0]["compared_to"] is None
    assert card(page, 0).locator(".compared").count() == 0
    page.keyboard.press("u")
    wait_status(page, "undone")
    assert records(folder)[0]["compared_to"]["time"]["to"] == 2022
    assert page.input_value(".card >> nth=0 >> [name=compared_time_to]") == "2022"


def test_inferred_is_unticked_and_a_comparison_added(server, page):
    """The card says why a year was inferred; unticking the box is an edit like any other (Esc puts it
    back, Enter saves it, the basis goes with it); typed compared years add a comparison."""
    _, folder = server
    second = card(page, 1)
    assert "inferred: budget year" in second.inner_text()
    box = second.locator("[name=time_inferred]")
    assert box.is_checked() and second.locator("[name=time_basis]").input_value() == "budget-year"
    box.uncheck()
    assert second.locator(".dirty-label").is_visible()
    box.press("Escape")
    assert box.is_checked() and not second.locator(".dirty-label").is_visible()
    wait_status(page, "is cancelled")
    box.uncheck()
    second.locator("[name=compared_time_from]").fill("2020")
    second.locator("[name=compared_time_to]").fill("2020")
    second.locator("[name=compared_time_to]").press("Enter")
    wait_status(page, "saved:")
    saved = records(folder)[1]
    assert (saved["time"]["inferred"], saved["time"]["basis"], saved["time"]["from"]) == (False, None, 2021)
    assert (saved["compared_to"]["time"]["from"], saved["compared_to"]["time"]["to"]) == (2020, 2020)
    assert saved["review"]["machine"] == {"time.inferred": True, "time.basis": "budget-year", "compared_to": None}
    # the card is drawn again from the saved record after the status says so: wait for it
    page.wait_for_function("() => !document.querySelectorAll('.card')[1].innerText.includes('inferred:')")
    assert not card(page, 1).locator("[name=time_inferred]").is_checked()
    assert "(2020)" in card(page, 1).locator(".compared").inner_text()


def test_redraw_a_span_by_selecting_text(server, page):
    _, folder = server
    drag_select(page, "Regjeringen")
    page.wait_for_selector("#span-panel:not([hidden])")
    page.select_option("#span-use", "actor")
    page.click("#span-submit")
    wait_status(page, "span redrawn")
    actor = records(folder)[0]["actor"]
    assert (actor["start"], actor["end"], actor["text"], actor["inherited"]) == (0, 11, "Regjeringen", False)
    assert page.locator("#article .seg.actor[data-ends=actor]").count() == 1  # highlighted, with its text label


def test_undo_and_skip(server, page):
    _, folder = server
    first_id = records(folder)[0]["claim_id"]
    page.keyboard.press("s")  # skip the first: the second becomes current, the first stays unreviewed
    assert "current" in card(page, 1).get_attribute("class")
    assert page.is_visible(f"#card-{first_id} .skip-label")
    page.keyboard.press("r")
    page.wait_for_selector(".card.status-rejected")
    page.keyboard.press("u")
    wait_status(page, "undone: reject")
    assert [status_of(r) for r in records(folder)] == ["unreviewed"] * 3
    assert page.locator(".card.status-rejected").count() == 0
    page.keyboard.press("u")
    wait_status(page, "nothing to undo")


def test_filters_and_progress(server, page):
    url, folder = server
    assert page.inner_text("#progress") == "0 of 3 reviewed"
    page.select_option("#filter-kind", "quantity")
    assert page.locator(".card:visible").count() == 2
    page.check("#filter-low")
    assert page.locator(".card:visible").count() == 1  # confidence 0.4 < 0.6
    page.select_option("#filter-kind", "")
    page.uncheck("#filter-low")
    page.select_option("#filter-actor", "-")  # claims without an actor
    assert page.locator(".card:visible").count() == 1
    page.select_option("#filter-actor", "")
    page.select_option("#filter-status", "unreviewed")
    page.keyboard.press("Escape")  # leave the filter (focus back on the current claim)
    page.keyboard.press("a")  # accepts the current card, which the filter then hides
    page.wait_for_function("document.getElementById('progress').textContent === '1 of 3 reviewed'")
    assert page.locator(".card:visible").count() == 2
    assert "showing 2 of 3" in page.inner_text("#shown")
    page.goto(url + "/docs/doc1")  # the filters are kept for the next page
    assert page.input_value("#filter-status") == "unreviewed"


def test_two_annotators_on_one_article(server, browser):
    url, folder = server
    one, two = browser.new_page(), browser.new_page()
    for p in (one, two):
        p.goto(url + "/docs/doc1")
        p.wait_for_selector(".card.current")
    one.keyboard.press("a")  # claim 0 accepted by one
    one.wait_for_selector(".card.status-accepted")

    card(two, 0).locator("[name=value]").fill("451 mill.")  # the claim one changed: refused, typed text kept
    card(two, 0).locator("[name=value]").press("Enter")
    two.wait_for_selector("#banner:not([hidden])")
    assert "NOT saved" in two.inner_text("#banner") and "value" in two.inner_text("#banner")
    assert two.input_value(".card >> nth=0 >> [name=value]") == "451 mill."
    two.wait_for_selector(".card >> nth=0 >> .status-label:text('accepted')")  # their version is shown
    assert status_of(records(folder)[0]) == "accepted"

    card(two, 1).locator("button[data-action=reject]").click()  # another claim: no conflict
    two.wait_for_selector(".card.status-rejected")
    assert two.is_hidden("#banner")

    card(two, 0).locator("[name=value]").press("Enter")  # saved on purpose over theirs
    two.wait_for_selector(".card.status-corrected")
    saved = records(folder)
    assert saved[0]["amount"]["value"] == 451e6 and status_of(saved[1]) == "rejected"
    assert saved[0]["review"]["machine"] == {"amount.value": 450e6}


def test_a_claim_someone_else_changed_while_i_typed_is_shown_and_said(server, browser):
    url, folder = server
    one, two = browser.new_page(), browser.new_page()
    for p in (one, two):
        p.goto(url + "/docs/doc1")
        p.wait_for_selector(".card.current")
    card(two, 0).locator("[name=value]").fill("451 mill.")  # typed, not saved yet
    one.keyboard.press("a")
    one.wait_for_selector(".card.status-accepted")
    card(two, 1).locator("button[data-action=accept]").click()  # two's page catches up with the server
    two.wait_for_selector("#banner:not([hidden])")
    assert "Changed by someone else" in two.inner_text("#banner")
    assert two.input_value(".card >> nth=0 >> [name=value]") == "451 mill."
    assert two.text_content(".card >> nth=0 >> .status-label") == "accepted"
    assert [status_of(r) for r in records(folder)[:2]] == ["accepted", "accepted"]


def test_leaving_with_typed_edits_is_refused(server, page):
    page.keyboard.press("e")
    page.keyboard.type("39")
    page.keyboard.press("Escape")
    page.keyboard.press("e")
    page.keyboard.type("40")
    page.locator(".card.current").focus()
    page.keyboard.press("n")
    page.wait_for_selector("#banner:not([hidden])")
    assert "unsaved edits" in page.inner_text("#banner")
    assert page.url.endswith("/docs/doc1")


def test_keyboard_only_the_whole_flow(server, browser):
    """From the document list to the next document without the mouse: open, move, edit, accept, reject,
    skip, undo, add a claim by typing its text, redraw a span, filter, leave."""
    url, folder = server
    page = browser.new_page()
    page.goto(url + "/")
    for _ in range(8):  # Tab through the header to the document list
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "doc1":
            break
    page.keyboard.press("Enter")
    page.wait_for_selector(".card.current")
    page.keyboard.press("e")  # 450 millioner kroner -> 460 mill.
    page.keyboard.type("460 mill.")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('.card .anchor').textContent === '460 mill. kr'")
    page.keyboard.press("j")
    page.keyboard.press("a")
    wait_status(page, "accepted")
    page.keyboard.press("r")  # the current claim moved on to the last one
    wait_status(page, "rejected")
    page.keyboard.press("u")
    wait_status(page, "undone")
    page.keyboard.press("m")  # add "12 sykehus" by typing it
    page.keyboard.type("12 sykehus")
    page.keyboard.press("Tab")  # to "use it as": a new claim is the first choice
    page.keyboard.press("Home")
    page.wait_for_function("document.getElementById('add-value').value === '12'")
    page.keyboard.press("Enter")
    wait_status(page, "added")
    page.keyboard.press("m")  # redraw the time of the current (added) claim
    page.keyboard.type("i 2021")
    page.keyboard.press("Tab")
    page.keyboard.press("Home")  # a new claim
    page.keyboard.press("ArrowDown")  # amount
    page.keyboard.press("ArrowDown")  # actor
    page.keyboard.press("ArrowDown")  # time
    assert page.input_value("#span-use") == "time"
    page.keyboard.press("Enter")
    wait_status(page, "span redrawn")
    page.keyboard.press("f")
    page.keyboard.press("ArrowDown")  # show unreviewed only
    assert page.input_value("#filter-status") == "unreviewed"
    page.keyboard.press("Escape")
    page.keyboard.press("n")
    page.wait_for_url(re.compile(r"/docs/emoji$"))

    saved = {r["amount"]["text"]: r for r in records(folder)}
    assert saved["450 millioner kroner"]["amount"]["value"] == 460e6
    assert status_of(saved["38 nye turnusstillinger"]) == "accepted"
    assert status_of(saved["Over 1000 pasienter"]) == "unreviewed"  # rejected, then undone
    added = saved["12 sykehus"]
    assert status_of(added) == "added" and added["time"]["text"] == "i 2021"


def test_keys_help_lists_the_keys(page):
    page.keyboard.press("?")
    assert page.is_visible("#keys-help")
    assert "undo your last action" in page.inner_text("#keys-help")
    page.keyboard.press("?")
    assert page.is_hidden("#keys-help")


def test_no_accessibility_violations(server, browser):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright",
                                     reason="the accessibility check needs axe-playwright-python (dev extra)")
    url, _ = server
    axe = axe_module.Axe()
    page = browser.new_page()
    found = {}
    page.goto(url + "/")
    found["index"] = axe.run(page).response["violations"]
    page.goto(url + "/docs/doc1")
    page.wait_for_selector(".card.current")
    found["document"] = axe.run(page).response["violations"]
    page.keyboard.press("m")
    page.keyboard.type("12 sykehus")
    found["span panel"] = axe.run(page).response["violations"]
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.keyboard.press("?")
    found["keys"] = axe.run(page).response["violations"]
    report = {where: [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
              for where, violations in found.items() if violations}
    assert report == {}


def test_labels_have_text_and_enough_contrast(page):
    """Every highlight carries its kind as text (never colour alone), and each label's text contrasts
    with its background at least 4.5:1 (WCAG AA), the pseudo-element labels axe cannot measure included."""
    labels = page.evaluate("""() => Array.from(document.querySelectorAll('#article .seg[data-ends], .tag, .label'))
        .map((el) => {
            const style = getComputedStyle(el, el.matches('.seg') ? '::after' : null);
            return [style.content, el.textContent, style.color, style.backgroundColor];
        })""")
    assert labels

    def luminance(css: str) -> float:
        r, g, b = (int(x) / 255 for x in re.findall(r"\d+", css)[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    for content, text, color, background in labels:
        assert content.strip('"') not in ("", "none") or text.strip(), (content, text)
        light, dark = sorted((luminance(color), luminance(background)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, (content, text, color, background)


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
    assert status_of(records(folder)[0]) == "accepted"


def test_script_in_article_is_shown_not_run(server, browser):
    url, _ = server
    page = browser.new_page()
    page.goto(url + "/docs/evil")
    page.wait_for_selector("#article")
    assert "<script>window.__pwned=1</script>" in page.inner_text("#article")
    assert page.evaluate("window.__pwned") is None


def test_keyboard_moves_between_claims_and_documents(page, server):
    url, _ = server
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
    page.wait_for_selector("#span-panel:not([hidden])")
    page.wait_for_function("document.getElementById('add-value').value === '12'")
    page.click("#span-submit")
    page.wait_for_selector(".card.status-added")
    (added,) = store.read_records(folder, "emoji")
    start, end = added["amount"]["start"], added["amount"]["end"]
    assert EMOJI_TEXT[start:end] == added["amount"]["text"] == "12 sykehus"
    assert added["evidence"]["text"] == "«12 sykehus» bygges."
