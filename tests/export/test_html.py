"""The HTML export in a real browser: it renders, the point is in the right field, nothing is
fetched, it prints to a sensible PDF and fits a phone.

Headless Chromium (Debian's package) through Playwright; without Chromium these tests skip and
say so, except in CI (``CI=true``), where they fail.
"""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.export.conftest import QUADRANT_ANSWERS, ExportText, SaveEntry, chromium_path, need
from tests.export.test_hostile import BREAK_OUT

#: Elements that load, run or submit something; none may appear.
ACTIVE = "script, iframe, frame, object, embed, img, link, base, form, input, video, audio, source"


class Markup(HTMLParser):
    """Every tag with its attribute names, and the stylesheet's text (not the person's text)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[str]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, [name for name, _ in attrs]))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def page_of(browser: Any, path: Path) -> tuple[Any, list[str]]:
    """Open ``path`` in a fresh page; every request the page makes is listed (and refused)."""
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url == path.as_uri() else route.abort(),
    )
    page.goto(path.as_uri())
    return page, requests


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def pages_of(pdf: bytes) -> int:
    """The page count a PDF's page tree declares (Chromium writes it uncompressed)."""
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf)]
    assert counts, "no page tree found"
    return max(counts)


@pytest.mark.slow
@pytest.mark.parametrize("quadrant", ["proaktiv", "reaktiv", "handlingslammet", "brikke"])
def test_the_quadrant_is_drawn_with_the_point_in_the_persons_field(
    browser: Any, save_entry: SaveEntry, export_text: ExportText, tmp_path: Path, quadrant: str
) -> None:
    entry = save_entry(answers=QUADRANT_ANSWERS[quadrant])
    page, requests = page_of(browser, write(tmp_path, "hall.html", export_text([entry.id], "html")))
    try:
        svg = page.locator("svg.quadrant")
        assert svg.is_visible()
        box = svg.bounding_box()
        assert box["width"] > 200 and box["height"] > 200
        point = page.locator("svg.quadrant circle.point")
        assert point.is_visible()
        where = point.bounding_box()
        cx, cy = where["x"] + where["width"] / 2, where["y"] + where["height"] / 2
        containing = page.evaluate(
            """([x, y]) => [...document.querySelectorAll('svg.quadrant rect.cell')]
                .filter(r => { const b = r.getBoundingClientRect();
                               return x > b.left && x < b.right && y > b.top && y < b.bottom; })
                .map(r => [r.dataset.quadrant, r.dataset.mine])""",
            [cx, cy],
        )
        assert containing == [[quadrant, "true"]]
        assert page.locator("rect.cell.mine").count() == 1
        assert f"Plassering: {quadrant.upper()}" in page.inner_text("body")
        assert requests == [page.url]
    finally:
        page.close()


@pytest.mark.slow
def test_a_point_on_both_lines_sits_on_the_cross(
    browser: Any, save_entry: SaveEntry, export_text: ExportText, tmp_path: Path
) -> None:
    entry = save_entry(answers=QUADRANT_ANSWERS["on-the-lines"])
    page, _ = page_of(browser, write(tmp_path, "line.html", export_text([entry.id], "html")))
    try:
        assert page.locator("rect.cell.mine").count() == 0
        point = page.locator("circle.point").bounding_box()
        frame = page.locator("rect.frame").bounding_box()
        cx, cy = point["x"] + point["width"] / 2, point["y"] + point["height"] / 2
        assert abs(cx - (frame["x"] + frame["width"] / 2)) < 1.5
        assert abs(cy - (frame["y"] + frame["height"] / 2)) < 1.5
    finally:
        page.close()


@pytest.mark.slow
def test_nothing_is_fetched_run_or_linked_even_for_hostile_answers(
    browser: Any, save_entry: SaveEntry, export_text: ExportText, tmp_path: Path
) -> None:
    entry = save_entry(answers={**QUADRANT_ANSWERS["brikke"], "egen-refleksjon": BREAK_OUT})
    html = export_text([entry.id], "html")
    markup = Markup()
    markup.feed(html)
    assert not {tag for tag, _ in markup.tags} & set(ACTIVE.split(", "))
    names = {name for _, attributes in markup.tags for name in attributes}
    assert not {n for n in names if n in ("src", "href", "srcset", "action") or n.startswith("on")}
    assert not re.search(r"url\(|@import|https?:", markup.style, re.I)
    page, requests = page_of(browser, write(tmp_path, "hostile.html", html))
    try:
        page.wait_for_load_state("networkidle")
        assert requests == [page.url]
        assert page.locator(ACTIVE).count() == 0
        with_handlers = page.evaluate(
            """[...document.querySelectorAll('*')].filter(e =>
                   [...e.attributes].some(a => a.name.startsWith('on'))).length"""
        )
        assert with_handlers == 0
        quote = page.inner_text("blockquote.answer")
        assert '<img src="x" onerror="alert(1)">' in quote  # shown as written
        assert "# Overskrift fra svaret" in quote
        assert (
            page.locator("h1, h2, h3, h4, h5, h6").all_inner_texts().count("Overskrift fra svaret")
            == 0
        )
    finally:
        page.close()


@pytest.mark.slow
def test_a_hall_entry_prints_on_one_or_two_pages(
    browser: Any, save_entry: SaveEntry, export_text: ExportText, tmp_path: Path
) -> None:
    text = "Ett lite steg: be lederen min om å avklare hvilke oppgaver som er viktigst neste uke."
    entry = save_entry(answers={**QUADRANT_ANSWERS["handlingslammet"], "egen-refleksjon": text})
    page, _ = page_of(browser, write(tmp_path, "print.html", export_text([entry.id], "html")))
    try:
        pdf = page.pdf(prefer_css_page_size=True)
    finally:
        page.close()
    assert pdf.startswith(b"%PDF")
    assert 1 <= pages_of(pdf) <= 2


@pytest.mark.slow
def test_chromium_prints_the_file_as_the_docs_say(
    save_entry: SaveEntry, export_text: ExportText, tmp_path: Path
) -> None:
    """docs/export.md: ``chromium --headless --no-sandbox --print-to-pdf=out.pdf file.html``."""
    chromium = chromium_path()
    if chromium is None:
        need("Chromium is not installed (Debian: apt-get install chromium)")
    entry = save_entry()
    source = write(tmp_path, "hall.html", export_text([entry.id], "html"))
    out = tmp_path / "hall.pdf"
    done = subprocess.run(
        [
            str(chromium),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={out}",
            str(source),
        ],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert 1 <= pages_of(out.read_bytes()) <= 2


@pytest.mark.slow
def test_it_fits_a_phone(
    browser: Any, save_entry: SaveEntry, export_text: ExportText, tmp_path: Path
) -> None:
    tasks = ["En oppgave med et ganske langt navn som må brytes", "Møter", "Rapport"]
    sort = [
        {"item": task, "cell": cell} for task, cell in zip(tasks, ["q1", "q2", "q4"], strict=True)
    ]
    entries = [
        save_entry().id,
        save_entry("prioritering", {"oppgaver": tasks, "matrise": sort}).id,
        save_entry("lederferdigheter", {f"lf{n}": 1 + n % 5 for n in range(1, 15)}).id,
    ]
    page = browser.new_page(viewport={"width": 360, "height": 740}, device_scale_factor=2)
    try:
        page.goto(write(tmp_path, "phone.html", export_text(entries, "html")).as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360  # no sideways scrolling of the page
        size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert size >= 15  # readable without zooming
        assert page.locator("svg.quadrant").bounding_box()["width"] <= 340
        assert page.locator("svg.bar").count() == 4  # the leader profile's four means
    finally:
        page.close()


def test_each_entry_is_in_its_own_language(
    browser: Any, save_entry: SaveEntry, export_text: ExportText, tmp_path: Path
) -> None:
    norsk = save_entry(language="nb")
    english = save_entry(language="en", days=1)
    page, _ = page_of(
        browser, write(tmp_path, "both.html", export_text([norsk.id, english.id], "html"))
    )
    try:
        articles = page.locator("article")
        assert [articles.nth(i).get_attribute("lang") for i in range(2)] == ["nb", "en"]
        assert "Plassering: HANDLINGSLAMMET" in articles.nth(0).inner_text()
        assert "Placement: STUCK" in articles.nth(1).inner_text()
    finally:
        page.close()
