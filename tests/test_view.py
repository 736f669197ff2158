"""The HTML view in a real headless Chromium (Debian's, driven by Playwright): offline, faithful
to the graph, filterable, drawn, and deaf to markup in article text."""
import os
import shutil
import time
from pathlib import Path

import networkx as nx
import pytest

from graph.build import BuildOptions, build
from graph.cli import main
from graph.network import event_graph
from graph.store import open_read_only
from graph.view import filter_graph, render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI needs Debian's chromium for the browser tests: .ci/run installs it")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed; .ci/run installs it")

HOSTILE_TEXT = """Title: <script>alert("title")</script> & "quotes"
Source: https://news.example/xss
Published: 2026-03-03

France accused Germany on Monday of "spying" <script>alert(1)</script>, officials said.
Germany threatened to sanction France over the <img src=x onerror=alert(2)> affair, a spokesman said.
"""
PAYLOAD = '<img src=x onerror="document.title=\'pwned\';alert(3)"> </script><script>alert(4)</script> "\''


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


class Visit:
    """A page opened from a file, with everything it did: requests, console errors, dialogs."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        # polled from here: wait_for_function polls with eval inside the page, which the page's
        # own Content-Security-Policy forbids whenever the first check is not already true
        deadline = time.monotonic() + 60
        while not self.page.evaluate("Boolean(window.diplograph && window.diplograph.settled)"):
            assert time.monotonic() < deadline, "the view did not settle within 60 s"
            self.page.wait_for_timeout(100)

    def value(self, script: str):
        return self.page.evaluate(script)

    def close(self):
        self.page.close()


def drawn_pixels(visit: Visit) -> int:
    """Pixels of the graph's canvas that something was drawn on."""
    return visit.value("""() => {
        const canvas = document.querySelector('#graph canvas');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let count = 0;
        for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) count++; }
        return count;
    }""")


def hover_every_node(visit: Visit) -> list[str]:
    """Move the mouse onto each node and collect the tooltips that appear."""
    tips = []
    positions = visit.value("""() => {
        const net = window.diplograph.network, box = document.getElementById('graph').getBoundingClientRect();
        return Object.values(net.getPositions()).map(p => {
            const d = net.canvasToDOM(p); return [d.x + box.left, d.y + box.top];
        });
    }""")
    for x, y in positions:
        visit.page.mouse.move(x, y)
        try:
            visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=2000)
            tips.append(visit.value("() => document.querySelector('div.vis-tooltip').textContent"))
        except Exception:  # a node hidden under another: no tooltip of its own
            continue
        visit.page.mouse.move(1, 1)
    return tips


def test_seed_page_loads_offline_with_the_graphs_nodes_and_edges(browser, seed_build, tmp_path):
    out, _ = seed_build
    visit = Visit(browser, out / "graph.html")
    try:
        assert visit.errors == [] and visit.dialogs == []
        assert set(visit.requests) == {visit.url}, visit.requests  # nothing beyond the file itself
        expected = filter_graph(event_graph(open_read_only(out)))
        assert set(visit.value("() => window.diplograph.nodes.getIds()")) == set(expected.nodes)
        assert visit.value("() => window.diplograph.edges.length") == expected.number_of_edges()
        labels = set(visit.value("() => window.diplograph.nodes.map(n => n.label)"))
        assert {"Cuba", "United States"} <= labels
        dashed = visit.value("() => window.diplograph.edges.get({filter: e => e.status === 'denied'}).map(e => e.dashes)")
        assert dashed and all(isinstance(d, list) for d in dashed)
        assert drawn_pixels(visit) > 2000
        visit.page.screenshot(path=str(tmp_path / "seed.png"))
        assert (tmp_path / "seed.png").stat().st_size > 20_000
    finally:
        visit.close()


def test_filters_change_what_is_shown(browser, seed_build):
    out, _ = seed_build
    visit = Visit(browser, out / "graph.html")
    try:
        total = visit.value("() => window.diplograph.edges.length")
        consult = visit.value("() => window.diplograph.edges.get({filter: e => e.category === 'CONSULT'}).length")
        assert 0 < consult < total
        visit.page.uncheck("input[data-kind=category][value=CONSULT]")
        assert visit.value("() => window.diplograph.edges.length") == total - consult
        assert f"{total - consult} of {total} events shown" in visit.page.text_content("#summary")
        visit.page.uncheck("input[data-kind=status][value=asserted]")
        remaining = visit.value("() => window.diplograph.edges.get().map(e => [e.category, e.status])")
        assert all(category != "CONSULT" and status != "asserted" for category, status in remaining)
        visit.page.check("input[data-kind=category][value=CONSULT]")
        visit.page.check("input[data-kind=status][value=asserted]")
        assert visit.value("() => window.diplograph.edges.length") == total
        assert visit.errors == []
    finally:
        visit.close()


def test_hostile_article_builds_and_its_page_runs_none_of_it(browser, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "xss.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    report = build(BuildOptions(inputs=[str(tmp_path / "in")], out=tmp_path / "out"))
    assert len(report.built) == 1 and report.events >= 1
    visit = Visit(browser, tmp_path / "out" / "graph.html")
    try:
        tips = hover_every_node(visit)
        edge_tips = visit.value("() => window.diplograph.edges.map(e => e.title.textContent)")
        assert any("<script>alert(1)</script>" in tip for tip in edge_tips)  # shown as text
        assert visit.dialogs == [] and visit.errors == [] and visit.page.title() != "pwned"
        assert tips and visit.value("() => document.querySelectorAll('img').length") == 0
        assert set(visit.requests) == {visit.url}
    finally:
        visit.close()


def test_markup_in_every_field_stays_text(browser, tmp_path):
    """Labels, ids, evidence, titles, claimants and the heading all carry a payload."""
    graph = nx.MultiDiGraph()
    for node in ("a", "b"):
        graph.add_node(f"https://w3id.org/diplograph/id/state/{node}{PAYLOAD}", label=f"{node} {PAYLOAD}", kind="State",
                       iso="", affiliation="")
    a, b = list(graph)
    graph.add_edge(a, b, key=f"e{PAYLOAD}", category="THREATEN", status="claimed", claimant=PAYLOAD, date="2026-03-03",
                   evidence=PAYLOAD, article="x", title=PAYLOAD, url=f"https://x/{PAYLOAD}", weight=-4.0, untargeted=False)
    page = tmp_path / "hostile.html"
    page.write_text(render(graph, heading=PAYLOAD), encoding="utf-8")
    visit = Visit(browser, page)
    try:
        tips = hover_every_node(visit)
        assert len(tips) == 2 and all(PAYLOAD in tip for tip in tips)
        assert visit.page.text_content("#heading") == PAYLOAD
        assert visit.dialogs == [] and visit.errors == [] and visit.page.title() == "diplograph"
        assert visit.value("() => document.querySelectorAll('img, #side script').length") == 0
    finally:
        visit.close()


def test_view_command_focus_and_filters(browser, seed_build, tmp_path):
    out, _ = seed_build
    target = tmp_path / "cuba.html"
    assert main(["view", "--store", str(out), "-o", str(target), "--focus", "Cuba", "--categories", "CONSULT"]) == 0
    visit = Visit(browser, target)
    try:
        assert set(visit.value("() => window.diplograph.edges.map(e => e.category)")) == {"CONSULT"}
        assert set(visit.value("() => window.diplograph.nodes.map(n => n.label)")) == {"Cuba", "United States"}
    finally:
        visit.close()
    assert main(["view", "--store", str(out), "-o", str(target), "--focus", "Atlantis"]) == 1
