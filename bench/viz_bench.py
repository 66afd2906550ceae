"""How `kg viz` scales: a synthetic kg graph of N actors (meetings, memberships,
co-mentions in the shape of ontology/MODEL.md) -> networkx -> layout -> HTML/PNG,
and, if Chromium is there, how long the page takes to become ready and to redraw.

    python bench/viz_bench.py 1000 3000 5000

Prints one line per size. Timings are wall-clock seconds on this machine; run it on
an idle machine for comparable numbers.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.viz import graph_to_networkx, layout, write_network

KG = "https://w3id.org/kg-news/ontology#"
KGR = "https://w3id.org/kg-news/id/"
S = "http://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def synthetic_store(n: int, *, seed: int = 0) -> ox.Store:
    """``n`` actors (60 % persons, 25 % organisations, 15 % countries) in ``n // 4``
    articles; per article two meetings of 2-4 actors, a membership and five
    sentences naming 2-3 actors. Popularity is skewed (a few actors everywhere)."""
    rng = random.Random(seed)
    kinds = ["person"] * 60 + ["org"] * 25 + ["place"] * 15
    actors = [(f"{KGR}{kinds[i % 100]}/a{i}", kinds[i % 100]) for i in range(n)]
    weights = [1 / (i + 1) ** 0.8 for i in range(n)]
    quads: list[ox.Quad] = []

    def add(s: str, p: str, o: ox.NamedNode | ox.Literal, g: ox.NamedNode) -> None:
        quads.append(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, g))

    for a in range(max(n // 4, 1)):
        art = f"{KGR}article/b{a}"
        g = ox.NamedNode(art)
        day = f"2022-{1 + a % 12:02d}-{1 + a % 28:02d}"
        add(art, RDF_TYPE, ox.NamedNode(KG + "Article"), g)
        add(art, S + "headline", ox.Literal(f"Artikel {a}", language="de"), g)
        add(art, S + "datePublished", ox.Literal(day, datatype=XSD_DATE), g)
        picked = rng.choices(range(n), weights=weights, k=12)
        for i in set(picked):
            iri, kind = actors[i]
            cls = {"person": "Person", "org": "Organisation", "place": "Country"}[kind]
            add(iri, RDF_TYPE, ox.NamedNode(KG + cls), g)
            add(iri, S + "name", ox.Literal(f"Akteur {i}", language="de"), g)
        for m in range(2):
            mt = f"{KGR}meeting/b{a}/{m + 1}"
            add(mt, RDF_TYPE, ox.NamedNode(KG + "Meeting"), g)
            add(mt, S + "startDate", ox.Literal(day, datatype=XSD_DATE), g)
            add(mt, KG + "reportedIn", ox.NamedNode(art), g)
            for i in set(rng.sample(picked, rng.randint(2, 4))):
                add(mt, S + "attendee", ox.NamedNode(actors[i][0]), g)
        persons = [i for i in picked if actors[i][1] == "person"]
        bodies = [i for i in picked if actors[i][1] != "person"]
        if persons and bodies:
            ms = f"{KGR}membership/b{a}"
            add(ms, RDF_TYPE, ox.NamedNode(ORG + "Membership"), g)
            add(ms, ORG + "member", ox.NamedNode(actors[persons[0]][0]), g)
            add(ms, ORG + "organization", ox.NamedNode(actors[bodies[0]][0]), g)
            add(ms, KG + "title", ox.Literal("Vorsitzender", language="de"), g)
            add(ms, KG + "validAt", ox.Literal(day, datatype=XSD_DATE), g)
        for s in range(5):
            sent = f"{KGR}sentence/b{a}/{s}"
            add(sent, RDF_TYPE, ox.NamedNode(KG + "Sentence"), g)
            add(sent, KG + "inArticle", ox.NamedNode(art), g)
            for k, i in enumerate(set(rng.sample(picked, rng.randint(2, 3)))):
                men = f"{KGR}mention/b{a}/{s}-{k}"
                add(men, KG + "mentionOf", ox.NamedNode(actors[i][0]), g)
                add(men, KG + "inSentence", ox.NamedNode(sent), g)
                add(men, KG + "inArticle", ox.NamedNode(art), g)
    store = ox.Store()
    store.extend(quads)
    return store


def browser_timings(page: Path) -> tuple[float, float]:
    """Seconds until the page is drawn, and for one redraw (median of five zooms)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "viz"))
    from test_viz_browser import Browser, _browser

    binary = _browser()
    if binary is None:
        return float("nan"), float("nan")
    with tempfile.TemporaryDirectory() as profile:
        b = Browser(binary, Path(profile))
        try:
            t = time.perf_counter()
            b.open(page.resolve().as_uri())
            ready = time.perf_counter() - t
            draws = []
            for dy in (-100, 100, -100, 100, -100):  # five zooms; median draw time
                b.call(
                    "Input.dispatchMouseEvent",
                    {
                        "type": "mouseWheel",
                        "x": 600,
                        "y": 400,
                        "deltaX": 0,
                        "deltaY": dy,
                    },
                    session=True,
                )
                time.sleep(0.3)
                draws.append(float(b.evaluate("document.body.dataset.drawMs")))
            redraw = sorted(draws)[2] / 1000  # seconds
        finally:
            b.close()
    return ready, redraw


def main(sizes: list[int]) -> None:
    print(
        "actors  nodes  edges  to_networkx  layout  html   html_MB  png"
        "    ready  redraw"
    )
    for n in sizes:
        store = synthetic_store(n)
        t = time.perf_counter()
        G = graph_to_networkx(store)
        t_nx = time.perf_counter() - t
        t = time.perf_counter()
        layout(G)
        t_layout = time.perf_counter() - t
        with tempfile.TemporaryDirectory() as tmp:
            html = Path(tmp) / "net.html"
            t = time.perf_counter()
            write_network(G, html)
            t_html = time.perf_counter() - t
            size = html.stat().st_size / 1e6
            t = time.perf_counter()
            write_network(G, Path(tmp) / "net.png")
            t_png = time.perf_counter() - t
            ready, redraw = browser_timings(html)
        print(
            f"{n:6d} {G.number_of_nodes():6d} {G.number_of_edges():6d}"
            f" {t_nx:11.2f} {t_layout:7.2f} {t_html:6.2f} {size:8.2f} {t_png:6.2f}"
            f" {ready:6.2f} {redraw:7.3f}"
        )


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [1000, 3000])
