"""Exploring the network page in headless Chromium: search by whole names, the ego
network of a node and the way back, the date range, the evidence of an edge, the
top actors and community colours (with and without ranking), labels that fit.

Uses the browser of ``test_viz_browser`` (same recorder of console errors and
requests); skipped like it when there is no Chromium."""

from __future__ import annotations

import json
import time
from typing import Any

import networkx as nx
import pytest
from mini_graph import EV, EVIL_SENTENCE, OSZE, build_mini, n
from test_viz_browser import Browser, _big_graph, _fixture_graph, _open, browser
from test_viz_html_data import _plain

from kg.viz import graph_to_networkx, write_network

pytestmark = pytest.mark.slow
__all__ = ["browser"]  # the fixture, shared with test_viz_browser

A1 = "https://w3id.org/kg-news/id/article/h1"


def _node(G, iri, label, type_="person"):
    G.add_node(
        iri,
        label=label,
        type=type_,
        roles=[],
        meetings=[],
        articles=[],
        degree=0,
        betweenness=0.0,
    )


def _edge(G, u, v, kind, dates=(), articles=()):
    attrs: dict[str, Any] = {
        "kind": kind,
        "weight": 1,
        "articles": list(articles),
        "sentences": [],
    }
    if kind == "met":
        attrs.update(meetings=[], dates=list(dates), places=[])
    elif kind == "holds_role":
        attrs.update(member=u, titles=["Abgeordnete"], roles=[], dates=list(dates))
    G.add_edge(u, v, key=kind, **attrs)


def _hand_graph() -> nx.MultiGraph:
    """Names that tell a whole-name search from a substring search, and edges on
    known days (one undated)."""
    G = nx.MultiGraph(
        meetings={},
        articles={A1: {"headline": "H", "date": "2019-03-01T10:00:00", "url": None}},
    )
    names = {
        "kurz": "Sebastian Kurz",
        "kurzweil": "Ray Kurzweils",
        "hoehn": "Bärbel Höhn",
        "at": "Österreich",
        "max": "Max Mustermann",
        "schurz": "Anna Schurz",
    }
    for slug, label in names.items():
        _node(G, slug, label, "country" if slug == "at" else "person")
    _edge(G, "kurz", "at", "met", dates=["2020-01-05"])
    _edge(G, "kurz", "max", "met", dates=["2021-06-01"])
    _edge(G, "kurzweil", "max", "mentioned_together", articles=[A1])
    _edge(G, "hoehn", "at", "holds_role", dates=["2022-02-02"])
    _edge(G, "schurz", "max", "met")  # undated
    for v in G:
        G.nodes[v]["degree"] = len(set(G[v]))
    return G


def _type(browser: Browser, text: str) -> list[str]:
    """Type ``text`` in the search box: the names suggested."""
    browser.evaluate(
        "(q => { const s = document.getElementById('kg-search'); s.value = q;"
        f" s.dispatchEvent(new Event('input')); }})({json.dumps(text)})"
    )
    return browser.evaluate(
        "Array.from(document.querySelectorAll('#kg-suggest .kg-opt'),"
        " li => li.children[1].textContent)"
    )


def _key(browser: Browser, key: str) -> None:
    browser.evaluate(
        "document.getElementById('kg-search').dispatchEvent("
        f"new KeyboardEvent('keydown', {{key: {json.dumps(key)}}}))"
    )
    time.sleep(0.1)


def _shown(browser: Browser) -> tuple[int, int]:
    time.sleep(0.1)
    return int(browser.evaluate("document.body.dataset.nodes")), int(
        browser.evaluate("document.body.dataset.edges")
    )


def _click(browser: Browser, x: float, y: float) -> None:
    for t in ("mouseMoved", "mousePressed", "mouseReleased"):
        browser.call(
            "Input.dispatchMouseEvent",
            {"type": t, "x": x, "y": y, "button": "left", "clickCount": 1},
            session=True,
        )
    time.sleep(0.2)


# where a node, or the middle of an edge (in its lane), is on the screen now
_WHERE = """(what => {
  const d = JSON.parse(document.getElementById('kg-data').textContent);
  const [s, x0, y0] = document.body.dataset.view.split(',').map(Number);
  const r = document.getElementById('kg-canvas').getBoundingClientRect();
  const at = i => [d.nodes[i].x * s + x0, d.nodes[i].y * s + y0];
  if (what.node !== undefined) {
    const [x, y] = at(d.nodes.findIndex(v => v.id === what.node));
    return [r.left + x, r.top + y];
  }
  const i = d.nodes.findIndex(v => v.id === what.s);
  const j = d.nodes.findIndex(v => v.id === what.t);
  const e = d.edges.find(e => e.kind === what.kind &&
    ((e.s === i && e.t === j) || (e.s === j && e.t === i)));
  const [ax, ay] = at(e.s), [bx, by] = at(e.t);
  const len = Math.hypot(bx - ax, by - ay) || 1, off = e.o * 3.5;
  return [r.left + (ax + bx) / 2 - (by - ay) / len * off,
          r.top + (ay + by) / 2 + (bx - ax) / len * off];
})(%s)"""


def test_search_finds_whole_names_never_substrings(browser, tmp_path):
    url = _open(browser, write_network(_hand_graph(), tmp_path / "s.html"))
    assert _type(browser, "Kurz") == ["Sebastian Kurz"]  # not "Ray Kurzweils"
    assert _type(browser, "kurzw") == ["Ray Kurzweils"]  # the start of a word
    assert _type(browser, "urz") == []  # inside a word: nothing
    assert browser.evaluate("document.getElementById('kg-suggest').hidden") is True
    assert _type(browser, "BARBEL hohn") == ["Bärbel Höhn"]  # case, diacritics
    assert _type(browser, "Baerbel Hoehn") == ["Bärbel Höhn"]  # umlauts typed out
    assert _type(browser, "österr") == ["Österreich"]
    assert _type(browser, "sebastian kurz") == ["Sebastian Kurz"]
    # Enter focuses the first: it and its neighbours alone, then the way back
    _type(browser, "Kurz")
    _key(browser, "Enter")
    assert _shown(browser) == (3, 2)
    assert browser.evaluate("document.getElementById('kg-ego').hidden") is False
    assert "Sebastian Kurz" in browser.evaluate(
        "document.getElementById('kg-ego').textContent"
    )
    assert browser.evaluate(
        "document.getElementById('kg-info').textContent"
    ).startswith("×Sebastian Kurz")
    browser.evaluate("document.getElementById('kg-back').click()")
    assert _shown(browser) == (6, 5)
    assert browser.evaluate("document.getElementById('kg-ego').hidden") is True
    assert browser.problems(url) == []


def test_date_range_hides_edges_then_nodes_left_alone(browser, tmp_path):
    G = _hand_graph()
    url = _open(browser, write_network(G, tmp_path / "d.html"))
    assert browser.evaluate("document.getElementById('kg-dates').hidden") is False

    def set_range(since: str, until: str) -> tuple[int, int]:
        browser.evaluate(
            "((lo, hi) => { const day = s => Math.round(Date.parse(s) / 86400000);"
            " const f = document.getElementById('kg-from'),"
            " t = document.getElementById('kg-to');"
            " f.value = day(lo); f.dispatchEvent(new Event('input'));"
            " t.value = day(hi); t.dispatchEvent(new Event('input')); })"
            f"({json.dumps(since)}, {json.dumps(until)})"
        )
        return _shown(browser)

    assert _shown(browser) == (6, 5)  # at first everything, the undated edge too
    # 2020-2021: Kurz met Austria and Mustermann; the rest has no link left
    assert set_range("2020-01-01", "2021-12-31") == (3, 2)
    assert "2020-01-01 – 2021-12-31" in browser.evaluate(
        "document.getElementById('kg-range').textContent"
    )
    # a co-mention is dated by its article (2019-03-01)
    assert set_range("2019-01-01", "2019-12-31") == (2, 1)
    # the whole range again: no date filter, the undated edge is back
    assert set_range("2019-03-01", "2022-02-02") == (6, 5)
    assert set_range("2019-03-02", "2022-02-02") == (4, 3)
    assert "1 undated link hidden" in browser.evaluate(
        "document.getElementById('kg-range').textContent"
    )
    assert browser.problems(url) == []


def test_click_on_a_node_shows_its_neighbours_and_escape_brings_all_back(
    browser, tmp_path
):
    G = _fixture_graph()
    url = _open(browser, write_network(G, tmp_path / "c.html"))
    v = max(G.nodes, key=lambda v: (G.nodes[v]["degree"], v))
    x, y = browser.evaluate(_WHERE % json.dumps({"node": v}))
    _click(browser, x, y)
    ego = nx.ego_graph(nx.Graph(G), v)
    edges = sum(1 for a, b in G.edges() if a in ego and b in ego)
    assert _shown(browser) == (ego.number_of_nodes(), edges)
    assert browser.evaluate(
        "document.getElementById('kg-info').textContent"
    ).startswith("×" + G.nodes[v]["label"])
    browser.call(
        "Input.dispatchKeyEvent", {"type": "keyDown", "key": "Escape"}, session=True
    )
    assert _shown(browser) == (G.number_of_nodes(), G.number_of_edges())
    assert browser.evaluate("document.getElementById('kg-info').hidden") is True
    assert browser.problems(url) == []


def test_click_on_an_edge_shows_its_evidence_as_text(browser, tmp_path):
    G = graph_to_networkx(build_mini())
    url = _open(browser, write_network(G, tmp_path / "e.html"))
    where = {"s": EV, "t": OSZE, "kind": "mentioned_together"}
    x, y = browser.evaluate(_WHERE % json.dumps(where))
    _click(browser, x, y)
    info = browser.evaluate("document.getElementById('kg-info').textContent")
    assert "Evidence (1)" in info
    assert EVIL_SENTENCE in info  # quoted as text
    assert "Treffen in Brüssel" in info and n("article/a2") in info
    assert browser.evaluate("document.querySelector('#kg-info q').textContent") == (
        EVIL_SENTENCE
    )
    assert (
        browser.evaluate("document.querySelectorAll('img, b, iframe, object').length")
        == 0
    )
    assert browser.evaluate("document.scripts.length") == 2
    assert browser.problems(url) == []


def test_top_actors_and_colours_with_and_without_ranking(browser, tmp_path):
    G = _plain(_fixture_graph())
    url = _open(browser, write_network(G, tmp_path / "plain.html"))
    top = browser.evaluate(
        "Array.from(document.querySelectorAll('#kg-top li'), li => li.textContent)"
    )
    most = max(d["degree"] for _, d in G.nodes(data=True))
    assert top[0].endswith(str(most))  # by links when there is no ranking
    assert browser.evaluate("document.getElementById('kg-top-head').textContent") == (
        "Top actors by links"
    )
    assert browser.evaluate("document.getElementById('kg-colour-by').hidden") is True
    assert browser.evaluate("document.getElementById('kg-filtered').hidden") is True
    assert browser.problems(url) == []

    H = G.copy()
    order = sorted(H, key=lambda v: (H.nodes[v]["label"], v))  # not by degree
    for i, v in enumerate(order):
        H.nodes[v].update(rank=i + 1, score=1.0 / (i + 1), community=i % 3)
    H.graph["filtered"] = {"isolated": 12, "<b>below</b> --min-weight": 3}
    url = _open(browser, write_network(H, tmp_path / "ranked.html"))
    top = browser.evaluate(
        "Array.from(document.querySelectorAll('#kg-top .kg-top-name'),"
        " s => s.textContent)"
    )
    assert top == [H.nodes[v]["label"] for v in order][: len(top)]
    assert browser.evaluate("document.getElementById('kg-colour-by').hidden") is False
    assert browser.evaluate("document.getElementById('kg-filtered').textContent") == (
        "left out: isolated 12, <b>below</b> --min-weight 3"
    )
    # communities colour the nodes at first; the type colours are one switch away
    assert browser.evaluate("document.getElementById('kg-colour').value") == (
        "community"
    )
    assert browser.evaluate("document.getElementById('kg-communities').hidden") is False
    assert browser.evaluate("document.querySelectorAll('.kg-community').length") == 3
    swatch = "getComputedStyle(document.querySelector('#kg-top .kg-swatch')).background"
    by_community = browser.evaluate(swatch)
    browser.evaluate(
        "(() => { const s = document.getElementById('kg-colour');"
        " s.value = 'type'; s.dispatchEvent(new Event('change')); })()"
    )
    time.sleep(0.1)
    assert browser.evaluate("document.getElementById('kg-communities').hidden") is True
    assert browser.evaluate(swatch) != by_community
    # clicking a top actor focuses it
    browser.evaluate("document.querySelector('#kg-top li').click()")
    time.sleep(0.1)
    assert browser.evaluate("document.getElementById('kg-ego').hidden") is False
    assert browser.evaluate("document.querySelectorAll('b').length") == 0
    assert browser.problems(url) == []


def test_labels_only_where_they_fit(browser, tmp_path):
    G = _big_graph(3000)
    url = _open(browser, write_network(G, tmp_path / "l.html"))
    labels = int(browser.evaluate("document.body.dataset.labels"))
    assert 10 < labels < 400  # of 3000 names, what fits
    browser.call(  # zoomed in, there is room for more of them
        "Input.dispatchMouseEvent",
        {"type": "mouseWheel", "x": 400, "y": 450, "deltaX": 0, "deltaY": -800},
        session=True,
    )
    time.sleep(0.3)
    assert int(browser.evaluate("document.body.dataset.labels")) > labels
    assert browser.problems(url) == []
