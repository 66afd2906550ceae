"""The pictures of the docs: the network of a store, the network around its most
connected person (``--focus``), and the map of its meeting places, each as a PNG of
under 300 KB.

    python bench/screenshots.py STORE docs/img
    python bench/screenshots.py STORE docs/img --only map

Each view is written as the HTML page ``kg viz`` writes and photographed by headless
Chromium at 1400 x 900 (what a reader of the page sees), the empty page below
it cut off; without Chromium (or ``--static``) the PNG of ``kg viz`` is used
instead, scaled down to 1400 px. A picture over 300 KB is reduced to 256 colours.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import networkx as nx

from kg.viz import (
    NETWORK_DEFAULTS,
    graph_to_networkx,
    open_source,
    write_map,
    write_network,
)

WIDTH, HEIGHT, LIMIT = 1400, 900, 300_000
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


#: the defaults of `kg viz` for a network (kg/cli/viz.py)
READABLE = {
    "edges": "met,holds_role",
    "keep_junk": False,
    "min_component": 3,
    "top": 150,
}


def central_person(G: nx.MultiGraph) -> str:
    """The focus of the focus view: the person who met or holds a role with the
    most distinct actors (co-mentions alone crown the player of a long football
    report); ties: more neighbours of any kind, then the first IRI. Any actor if
    there is no person."""
    simple = nx.Graph(G)
    facts = nx.Graph()
    facts.add_edges_from(
        (u, v) for u, v, k in G.edges(keys=True) if k != "mentioned_together"
    )
    people = [v for v in simple if G.nodes[v]["type"] == "person"] or list(simple)
    return min(
        people,
        key=lambda v: (-(facts.degree(v) if v in facts else 0), -simple.degree(v), v),
    )


def screenshot(browser: str, page: Path, out: Path) -> None:
    """``page`` as Chromium draws it at WIDTH x HEIGHT, scripts given 8 s of
    (virtual) time to lay the network out."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--window-size={WIDTH},{HEIGHT}",
                "--virtual-time-budget=8000",
                f"--screenshot={out}",
                page.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def shrink(png: Path) -> None:
    """Cut the empty page below the drawing (16 px left), scale to at most WIDTH
    px wide; over LIMIT bytes, 256 colours."""
    from PIL import Image, ImageChops

    with Image.open(png) as im:
        im = im.convert("RGB")
    blank = Image.new("RGB", im.size, im.getpixel((im.width - 1, im.height - 1)))
    box = ImageChops.difference(im, blank).getbbox()
    if box is not None and box[3] + 16 < im.height:
        im = im.crop((0, 0, im.width, box[3] + 16))
    if im.width > WIDTH:
        im = im.resize((WIDTH, round(im.height * WIDTH / im.width)), Image.LANCZOS)
    im.save(png, optimize=True)
    if png.stat().st_size > LIMIT:
        im.quantize(colors=256).save(png, optimize=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", type=Path, help="a built store (kg build --store)")
    ap.add_argument("outdir", type=Path, help="where the PNGs go (docs/img)")
    ap.add_argument(
        "--only",
        default="network,focus,map",
        help="comma-separated, from network,focus,map (default all)",
    )
    ap.add_argument(
        "--static", action="store_true", help="use kg viz's PNGs, not Chromium"
    )
    args = ap.parse_args(argv)
    only = set(args.only.split(","))
    browser = (
        None if args.static else next(filter(None, map(shutil.which, BROWSERS)), None)
    )
    args.outdir.mkdir(parents=True, exist_ok=True)
    store = open_source(store=args.store)
    ext = ".html" if browser else ".png"
    with tempfile.TemporaryDirectory() as tmp:
        drawn: dict[str, Path] = {}
        if "map" in only:
            drawn["map"] = write_map(store, Path(tmp) / f"map{ext}")[0]
        if only & {"network", "focus"}:
            # what `kg viz -o network.html` draws by default
            G = graph_to_networkx(store, **NETWORK_DEFAULTS)
            if "network" in only:
                drawn["network"] = write_network(G, Path(tmp) / f"network{ext}")
            if "focus" in only:
                actor = central_person(G)
                F = graph_to_networkx(store, focus=actor, **NETWORK_DEFAULTS)
                print(f"focus: {G.nodes[actor]['label']} ({actor})", file=sys.stderr)
                drawn["focus"] = write_network(F, Path(tmp) / f"focus{ext}")
        for name, page in drawn.items():
            out = args.outdir / f"{name}.png"
            if browser:
                screenshot(browser, page, out)
            else:
                shutil.copyfile(page, out)
            shrink(out)
            print(f"{out}: {out.stat().st_size / 1000:.0f} KB", file=sys.stderr)


if __name__ == "__main__":
    main()
