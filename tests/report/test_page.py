"""The report page: self-contained (it loads nothing), every article in it, every link inside it leads
somewhere, a repeated claim counted once; and the command's files and messages."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser

import pytest

pytest.importorskip("matplotlib")
pytest.importorskip("jinja2")

from pipeline.cli import main  # noqa: E402
from pipeline.io import current_umask  # noqa: E402
from pipeline.report.formatting import amount  # noqa: E402
from pipeline.report.render import report_html  # noqa: E402
from pipeline.report.sources import load  # noqa: E402

from .helpers import ARTICLES, records, write_jsonl  # noqa: E402

#: Elements that make a browser fetch what their src/href names
LOADING = {"script", "link", "img", "iframe", "source", "object", "embed", "image", "use", "audio", "video",
           "track", "input", "frame"}


class Page(HTMLParser):
    """The tags and ids of a page, and the text of each article's text block (labels left out)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.ids: set[str] = set()
        self.article = ""
        self.open: list[str] = []  # classes of the elements open inside a text block
        self.text_of: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "article":
            self.article = attrs["id"]
        if self.open or (tag == "div" and attrs.get("class") == "text"):
            self.open.append(attrs.get("class") or "")
            self.text_of.setdefault(self.article, "")

    def handle_endtag(self, tag):
        if self.open:
            self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1] != "lbl":
            self.text_of[self.article] += data


@pytest.fixture
def page(tmp_path):
    claims = write_jsonl(tmp_path / "claims.jsonl", records())
    articles = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    html = report_html(load(str(claims), texts=[str(articles)]))
    parsed = Page()
    parsed.feed(html)
    return html, parsed


def test_the_page_loads_nothing(page):
    html, parsed = page
    for tag, attrs in parsed.tags:
        if tag in LOADING:
            for name in ("src", "href", "xlink:href", "srcset", "data"):
                assert not re.match(r"\s*(https?:)?//", attrs.get(name) or ""), (tag, attrs)
    assert not any(tag in ("script", "link", "iframe", "img") for tag, _ in parsed.tags)
    styles = re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.S)
    assert styles and not any("@import" in s or "url(" in s for s in styles)
    assert html.count("<svg") == 5  # the charts, inline


def test_every_article_is_there_with_its_whole_text(page):
    _, parsed = page
    for article in ARTICLES:
        assert parsed.text_of[f"doc-{article['id']}"] == article["text"]


def test_every_link_inside_the_page_leads_to_something(page):
    _, parsed = page
    targets = [attrs["href"][1:] for tag, attrs in parsed.tags if tag == "a" and attrs.get("href", "").startswith("#")]
    assert targets and set(targets) <= parsed.ids
    for record in records():
        assert f"claim-{record['claim_id']}" in parsed.ids  # each claim is marked in its article


def test_a_repeated_claim_counts_once_and_lists_its_articles(page):
    html, parsed = page
    assert amount(2e9 + 7e8) in html  # the sum: 2 billion + 700 million once, not twice
    group = re.search(r'<tr id="group-[0-9a-f]+">(.*?)</tr>', html, flags=re.S)
    assert group and "Mer til vei" in group.group(1) and "Vei igjen" in group.group(1)
    assert len(re.findall(r'<tr id="group-', html)) == 1


def test_the_page_is_the_same_every_time(tmp_path):
    claims = write_jsonl(tmp_path / "claims.jsonl", records())
    assert report_html(load(str(claims))) == report_html(load(str(claims)))


def test_the_command_writes_the_page_with_the_umasks_mode(tmp_path, capsys):
    claims = write_jsonl(tmp_path / "claims.jsonl", records())
    articles = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    out = tmp_path / "out" / "report.html"
    assert main(["report", str(claims), "--texts", str(articles), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert os.stat(out).st_mode & 0o777 == 0o666 & ~current_umask()
    assert "4 articles, 5 claims" in capsys.readouterr().err
    assert not list(out.parent.glob(".*.tmp"))


def test_articles_are_extracted_when_given_as_the_source(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Regjeringen vil bruke 500 millioner kroner på vei i 2024.\n", encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(folder), "--model", "blank", "-o", str(out), "--quiet"]) == 0
    html = out.read_text(encoding="utf-8")
    assert 'id="doc-a"' in html and '<mark class="amount">500 millioner kroner' in html


@pytest.mark.parametrize("args, message", [
    (["{tmp}/missing"], "no such file or folder"),
    (["{tmp}/empty"], "empty folder"),
    (["{tmp}/claims.jsonl", "--meta", "{tmp}/nometa.jsonl"], "cannot read"),
    (["{tmp}/claims.jsonl", "-o", "{tmp}"], "is a folder"),
    (["{tmp}/claims.jsonl", "-o", "{tmp}/claims.jsonl/x.html"], "cannot write"),
])
def test_user_errors_are_one_line_and_exit_2(tmp_path, capsys, args, message):
    (tmp_path / "empty").mkdir()
    write_jsonl(tmp_path / "claims.jsonl", records())
    try:
        code = main(["report", *[a.format(tmp=tmp_path) for a in args]])
    except SystemExit as stopped:  # argparse's usage errors
        code = stopped.code
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("claims report: error: ")


def test_a_policy_area_chart_where_the_metadata_names_areas(tmp_path):
    claims = write_jsonl(tmp_path / "claims.jsonl", records())
    meta = write_jsonl(tmp_path / "meta.jsonl", [{"id": "vei-a", "area": "transport"}])
    with_areas = report_html(load(str(claims), meta_path=str(meta)))
    assert 'id="money-per-area"' in with_areas and with_areas.count("<svg") == 6
    assert 'id="money-per-area"' not in report_html(load(str(claims)))
