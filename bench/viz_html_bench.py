"""How fast the HTML network page explores a big graph in headless Chromium: a
synthetic kg graph of N actors (``bench/viz_bench.py``'s generator, plus a text on
every sentence so that edges carry evidence) -> networkx (with ranks, scores and
communities set by hand, as the ranking step would) -> HTML, then in the page:

- ready: wall-clock seconds from navigation until the first drawing is done, and
  first_draw: the same in the page's own clock (since navigation start)
- filter: milliseconds from moving the date slider to the next painted frame
  (refilter + draw), median of five ranges
- focus: from pressing Enter in the search box to the painted ego network
- back: from "Whole network" to the painted whole network
- redraw: one painted frame of the whole network ("Fit"; median of five)
- hover: the mouse onto a node or off it, to the painted frame (median of ten)
- zoom_js: the script's part of a redraw after a wheel zoom (median of five;
  Chromium rasterises the canvas after it)

    python bench/viz_html_bench.py 1000 7500

(7,500 synthetic actors make a network of about 5,200 nodes and 30,000 links.)

Prints one line per size. Needs Chromium (as ``tests/viz/test_viz_browser.py``).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "viz"))

from test_viz_browser import Browser, _browser  # noqa: E402
from viz_bench import KG, KGR, synthetic_store  # noqa: E402

from kg.viz import graph_to_networkx, write_network  # noqa: E402

# the time to the next painted frame after running ``action`` in the page; reading a
# pixel makes Chromium rasterise the canvas now rather than after the frame
_FRAME = """new Promise(done => {
  const t = performance.now();
  (%s)();
  requestAnimationFrame(() => {
    document.getElementById('kg-canvas').getContext('2d').getImageData(0, 0, 1, 1);
    done(performance.now() - t);
  });
})"""


# the screen position of the k-th node of the data (the biggest first)
_NODE = """(() => {
  const d = JSON.parse(document.getElementById('kg-data').textContent);
  const [s, x0, y0] = document.body.dataset.view.split(',').map(Number);
  return [d.nodes[%d].x * s + x0, d.nodes[%d].y * s + y0];
})()"""


# a pointer move to the screen position WHERE
_HOVER = """() => {
  const [x, y] = WHERE, c = document.getElementById('kg-canvas');
  const r = c.getBoundingClientRect();
  const at = {clientX: r.left + x, clientY: r.top + y};
  c.dispatchEvent(new PointerEvent('pointermove', at));
}"""


def with_texts(store: ox.Store) -> ox.Store:
    """Give every kg:Sentence of the synthetic store a text, in its article graph."""
    texts = [
        ox.Quad(q.subject, ox.NamedNode(KG + "text"), ox.Literal(f"Satz {i}: ..."), g)
        for i, (q, g) in enumerate(
            (q, q.graph_name)
            for q in store.quads_for_pattern(
                None, ox.NamedNode(KG + "inArticle"), None, None
            )
            if q.subject.value.startswith(KGR + "sentence/")
        )
    ]
    store.extend(texts)
    return store


def frame_ms(b: Browser, action: str) -> float:
    result = b.call(
        "Runtime.evaluate",
        {"expression": _FRAME % action, "awaitPromise": True, "returnByValue": True},
        session=True,
    )
    return float(result["result"]["value"])


def page_timings(page: Path) -> dict[str, float]:
    binary = _browser()
    if binary is None:
        raise SystemExit("no chromium: install it or set KG_CHROMIUM")
    with tempfile.TemporaryDirectory() as profile:
        b = Browser(binary, Path(profile))
        try:
            t = time.perf_counter()
            b.open(page.resolve().as_uri())
            out = {"ready": time.perf_counter() - t}
            out["first_draw"] = float(b.evaluate("document.body.dataset.firstDrawMs"))
            lo, hi = b.evaluate(
                "[+document.getElementById('kg-from').min,"
                " +document.getElementById('kg-to').max]"
            )
            filters = []
            for k in range(5):  # five ranges, each a fifth of the span further on
                start = lo + (hi - lo) * k // 5
                filters.append(
                    frame_ms(
                        b,
                        "() => { const f = document.getElementById('kg-from');"
                        f" f.value = {start}; f.dispatchEvent(new Event('input')); }}",
                    )
                )
            out["filter"] = statistics.median(filters)
            out["shown"] = float(b.evaluate("document.body.dataset.nodes"))
            frame_ms(  # the whole range again
                b,
                "() => { const f = document.getElementById('kg-from');"
                f" f.value = {lo}; f.dispatchEvent(new Event('input')); }}",
            )
            out["focus"] = frame_ms(
                b,
                "() => { const s = document.getElementById('kg-search');"
                " s.value = 'Akteur 1'; s.dispatchEvent(new Event('input'));"
                " s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'})); }",
            )
            out["back"] = frame_ms(
                b, "() => document.getElementById('kg-back').click()"
            )
            out["redraw"] = statistics.median(
                frame_ms(b, "() => document.getElementById('kg-fit').click()")
                for _ in range(5)
            )
            hovers = []
            for k in range(5):  # onto the k-th biggest node and off it again
                for where in (_NODE % (k, k), "[5, 5]"):
                    hovers.append(
                        frame_ms(
                            b,
                            _HOVER.replace("WHERE", where),
                        )
                    )
            out["hover"] = statistics.median(hovers)
            zooms = []
            for dy in (-100, 100, -100, 100, -100):
                b.call(
                    "Input.dispatchMouseEvent",
                    {
                        "type": "mouseWheel",
                        "x": 500,
                        "y": 400,
                        "deltaX": 0,
                        "deltaY": dy,
                    },
                    session=True,
                )
                time.sleep(0.3)
                zooms.append(float(b.evaluate("document.body.dataset.drawMs")))
            out["zoom"] = statistics.median(zooms)
            out["labels"] = float(b.evaluate("document.body.dataset.labels"))
            problems = b.problems(page.resolve().as_uri())
            if problems:
                raise SystemExit(f"{page}: {problems}")
        finally:
            b.close()
    return out


def main(sizes: list[int]) -> None:
    print(
        "actors  nodes  edges  sentences  html_MB  ready_s  first_draw_ms"
        "  filter_ms  focus_ms  back_ms  redraw_ms  hover_ms  zoom_js_ms  labels"
    )
    for n in sizes:
        G = graph_to_networkx(with_texts(synthetic_store(n)))
        by_degree = sorted(G, key=lambda v: (-G.nodes[v]["degree"], v))
        for i, v in enumerate(by_degree):
            G.nodes[v].update(rank=i + 1, score=1.0 / (i + 1), community=i % 15)
        G.graph["filtered"] = {"isolated": 0}
        with tempfile.TemporaryDirectory() as tmp:
            page = write_network(G, Path(tmp) / "net.html")
            size = page.stat().st_size / 1e6
            t = page_timings(page)
        print(
            f"{n:6d} {G.number_of_nodes():6d} {G.number_of_edges():6d}"
            f" {len(G.graph['sentences']):10d} {size:8.2f} {t['ready']:8.2f}"
            f" {t['first_draw']:14.0f} {t['filter']:10.1f} {t['focus']:9.1f}"
            f" {t['back']:8.1f} {t['redraw']:10.1f} {t['hover']:9.1f} {t['zoom']:11.1f}"
            f" {t['labels']:7.0f}"
        )


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [1000, 7500])
