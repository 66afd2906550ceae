"""How fast each view of `kg viz` is drawn: the network (HTML, PNG), the network
around one actor (--focus), the timeline and the map (HTML, PNG), on a built store
(the 1,028-article corpus) and on synthetic kg graphs of N actors (meetings with
places and coordinates, memberships, co-mentions in the shape of ontology/MODEL.md).

    python bench/viz_bench.py --store /work/tmp/corpus-store --sizes 10000,50000
    python bench/viz_bench.py --sizes 3000 --browser          # + Chromium timings
    python bench/viz_bench.py --sizes 50000 --profile map.html  # cProfile a view

Prints one row per source and view: wall-clock seconds (each view from the store
or from the networkx graph it needs; the graph is built once per source and timed
on its own as `graph`), what was drawn, and the size of the output. Run it on an
idle machine for comparable numbers.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.viz import (
    NETWORK_DEFAULTS,
    graph_to_networkx,
    layout,
    open_source,
    write_map,
    write_network,
    write_timeline,
)

KG = "https://w3id.org/kg-news/ontology#"
KGR = "https://w3id.org/kg-news/id/"
S = "http://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def synthetic_store(n: int, *, seed: int = 0) -> ox.Store:
    """``n`` actors (60 % persons, 25 % organisations, 15 % countries) in ``n // 4``
    articles; per article two meetings of 2-4 actors in one of ``n // 50`` cities
    (with coordinates), a membership and five sentences naming 2-3 actors.
    Popularity is skewed (a few actors and cities everywhere)."""
    rng = random.Random(seed)
    kinds = ["person"] * 60 + ["org"] * 25 + ["place"] * 15
    actors = [(f"{KGR}{kinds[i % 100]}/a{i}", kinds[i % 100]) for i in range(n)]
    weights = [1 / (i + 1) ** 0.8 for i in range(n)]
    n_cities = max(n // 50, 5)
    cities = [
        (f"{KGR}place/c{i}", rng.uniform(-45, 65), rng.uniform(-125, 150))
        for i in range(n_cities)
    ]
    city_weights = [1 / (i + 1) for i in range(n_cities)]
    quads: list[ox.Quad] = []

    def add(s: str, p: str, o: ox.NamedNode | ox.Literal, g: ox.NamedNode) -> None:
        quads.append(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, g))

    for c, (iri, lat, lon) in enumerate(cities):
        g = ox.NamedNode(f"{KGR}article/b{c % max(n // 4, 1)}")
        add(iri, RDF_TYPE, ox.NamedNode(S + "Place"), g)
        add(iri, RDF_TYPE, ox.NamedNode(KG + "City"), g)
        add(iri, S + "name", ox.Literal(f"Stadt {c}", language="de"), g)
        add(iri, S + "geo", ox.NamedNode(f"{iri}/geo"), g)
        add(f"{iri}/geo", S + "latitude", ox.Literal(f"{lat:.4f}"), g)
        add(f"{iri}/geo", S + "longitude", ox.Literal(f"{lon:.4f}"), g)
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
            where = rng.choices(cities, weights=city_weights)[0][0]
            add(mt, S + "location", ox.NamedNode(where), g)
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


def _size(path: Path) -> str:
    n = path.stat().st_size
    return f"{n / 1e6:.2f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"


def central_actor(G: nx.MultiGraph) -> str:
    """The actor with the most distinct neighbours (ties: the first IRI)."""
    simple = nx.Graph(G)
    return min(simple, key=lambda v: (-simple.degree(v), v))


def _timed(label: str, profile: str | None, fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds ``fn`` takes and what it returns; under cProfile if ``label``
    is the view asked for with ``--profile``."""
    if profile == label:
        prof = cProfile.Profile()
        t = time.perf_counter()
        out = prof.runcall(fn)
        seconds = time.perf_counter() - t
        print(f"--- cProfile of {label} (cumulative, top 25)", file=sys.stderr)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
        return seconds, out
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def bench_source(
    name: str,
    store: ox.Store,
    tmp: Path,
    *,
    views: list[str],
    profile: str | None = None,
    browser: bool = False,
) -> list[tuple[str, str, float, str, str]]:
    """(source, view, seconds, what, output size) for every view of ``store``."""
    rows: list[tuple[str, str, float, str, str]] = []

    def row(view: str, seconds: float, what: str, out: Path | None = None) -> None:
        rows.append((name, view, seconds, what, _size(out) if out else ""))
        print(f"  {name:>10} {view:<14} {seconds:8.2f} s  {what}", file=sys.stderr)

    t, G = _timed("graph", profile, lambda: graph_to_networkx(store))
    row("graph", t, f"{G.number_of_nodes()} actors, {G.number_of_edges()} links")
    if "layout" in views:
        t, _ = _timed("layout", profile, lambda: layout(G))
        row("layout", t, f"{G.number_of_nodes()} positions")
    for ext in (".html", ".png"):
        if f"network{ext}" in views:
            out = tmp / f"network{ext}"
            t, _ = _timed(
                f"network{ext}", profile, lambda out=out: write_network(G, out)
            )
            row(f"network{ext}", t, "layout included", out)
            if ext == ".html" and browser:
                ready, redraw = browser_timings(out)
                row("  in Chromium", ready, f"ready; one redraw {redraw:.3f} s")
    for ext in (".html", ".png"):
        if f"default{ext}" in views:
            out = tmp / f"default{ext}"

            def default(out: Path = out) -> nx.MultiGraph:
                D = graph_to_networkx(store, **NETWORK_DEFAULTS)
                write_network(D, out)
                return D

            t, D = _timed(f"default{ext}", profile, default)
            row(
                f"default{ext}",
                t,
                f"kg viz's view: {D.number_of_nodes()} actors (graph included)",
                out,
            )
    if "focus.html" in views and G.number_of_nodes():
        actor = central_actor(G)
        out = tmp / "focus.html"

        def focus() -> nx.MultiGraph:
            F = graph_to_networkx(store, focus=actor)
            write_network(F, out)
            return F

        t, F = _timed("focus.html", profile, focus)
        row(
            "focus.html",
            t,
            f"{G.nodes[actor]['label']}: {F.number_of_nodes()} actors (graph included)",
            out,
        )
    for ext in (".html", ".png"):
        if f"timeline{ext}" in views:
            out = tmp / f"timeline{ext}"
            t, _ = _timed(
                f"timeline{ext}", profile, lambda out=out: write_timeline(G, out)
            )
            n = sum(1 for m in G.graph["meetings"].values() if m["date"])
            row(f"timeline{ext}", t, f"{n} dated meetings", out)
    for ext in (".html", ".png"):
        if f"map{ext}" in views:
            out = tmp / f"map{ext}"
            t, (_, places, meetings) = _timed(
                f"map{ext}", profile, lambda out=out: write_map(store, out)
            )
            row(f"map{ext}", t, f"{meetings} meetings in {places} places", out)
    return rows


VIEWS = [
    "layout",
    "default.html",
    "default.png",
    "network.html",
    "network.png",
    "focus.html",
    "timeline.html",
    "timeline.png",
    "map.html",
    "map.png",
]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a built store (kg build --store)")
    ap.add_argument(
        "--sizes",
        default="10000,50000",
        help="synthetic graphs of these many actors, comma-separated ('' for none)",
    )
    ap.add_argument(
        "--views",
        default=",".join(VIEWS),
        help=f"comma-separated, from {','.join(VIEWS)} (graph is always timed)",
    )
    ap.add_argument("--profile", metavar="VIEW", help="cProfile this view")
    ap.add_argument(
        "--browser", action="store_true", help="time the network page in Chromium"
    )
    args = ap.parse_args(argv)
    views = [v for v in args.views.split(",") if v]
    sources: list[tuple[str, Callable[[], ox.Store]]] = []
    if args.store is not None:
        store_path = args.store
        sources.append(("corpus", lambda: open_source(store=store_path)))
    for n in (int(x) for x in args.sizes.split(",") if x):
        label = f"{n // 1000}k" if n % 1000 == 0 else str(n)
        sources.append((f"{label} synth", lambda n=n: synthetic_store(n)))
    rows = []
    for name, make in sources:
        t = time.perf_counter()
        store = make()
        print(
            f"{name}: {len(store):,} quads, opened/built in "
            f"{time.perf_counter() - t:.1f} s",
            file=sys.stderr,
        )
        with tempfile.TemporaryDirectory() as tmp:
            rows += bench_source(
                name,
                store,
                Path(tmp),
                views=views,
                profile=args.profile,
                browser=args.browser,
            )
    print("| source | view | seconds | drawn | output |")
    print("|---|---|---|---|---|")
    for name, view, seconds, what, size in rows:
        print(f"| {name} | {view} | {seconds:.2f} | {what} | {size} |")


if __name__ == "__main__":
    main()
