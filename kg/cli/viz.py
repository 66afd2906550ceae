"""Drawing the graph: ``kg viz``."""

from __future__ import annotations

import argparse
import sys

from kg.cli.query import add_source
from kg.cli.registry import command, runs
from kg.errors import InputError


@command(
    "viz",
    "Draw the actor network (or a meeting timeline, or a map of meeting "
    "places): HTML, PNG, SVG, GraphML, GEXF or JSON.",
)
def _setup_viz(p: argparse.ArgumentParser) -> None:
    add_source(p)
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the extension picks the format: .html (interactive, offline), "
        ".png .svg, .graphml .gexf (Gephi, yEd), .json (node-link), "
        ".cyjs (Cytoscape); with --timeline or --map .html .png .svg",
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--timeline",
        action="store_true",
        help="draw the meetings over time instead of the network",
    )
    what.add_argument(
        "--map",
        action="store_true",
        help="draw the meeting places on a world map (offline; sized by the "
        "number of meetings, dates in the HTML tooltips); uses --since, --until "
        "and --title only",
    )
    p.add_argument(
        "--extent",
        choices=("auto", "world", "data"),
        default="auto",
        help="with --map: the whole world (all land but Antarctica), the places "
        "only, or auto (default): the places when all are in one region "
        "(90° x 60°), else the world",
    )
    p.add_argument(
        "--since",
        metavar="DATE",
        help="from this date on, YYYY[-MM[-DD]] (meeting dates, role dates, "
        "article dates for co-mentions and statements); undated facts are left out",
    )
    p.add_argument("--until", metavar="DATE", help="up to this date, inclusive")
    p.add_argument(
        "--types",
        metavar="LIST",
        help="node types, comma-separated, from person,organisation,country,"
        "city,region,place or all (default person,organisation,country)",
    )
    p.add_argument(
        "--min-weight",
        type=int,
        default=1,
        metavar="N",
        help="drop 'met', 'mentioned together' and statement links seen fewer "
        "than N times",
    )
    p.add_argument(
        "--focus",
        metavar="ACTOR",
        help="only the network around this actor: an IRI (kgr:person/...), a name or "
        "alternate name, else whole words of names ('Kurz'), else part of one name",
    )
    p.add_argument(
        "--depth",
        type=int,
        metavar="N",
        help="with --focus: how many hops around it (default 1)",
    )
    p.add_argument(
        "--edges",
        metavar="LIST",
        help="link kinds, comma-separated, from met,holds_role,mentioned_together "
        "(or co-mentions),statements or all (default met,holds_role; with "
        "--timeline all). statements: who demands of, accuses, threatens, warns, "
        "praises … whom, an arrow per type, the sentence or quote on hover",
    )
    p.add_argument(
        "--top",
        type=int,
        metavar="N",
        help="show the N most central actors, 0 = all (default 150; with "
        "--timeline 0); the focus is always shown",
    )
    p.add_argument(
        "--rank-by",
        choices=("degree", "pagerank", "betweenness"),
        default="degree",
        help="centrality that ranks the actors for --top, over 'met' and "
        "'holds role' links (default degree: the number of meetings and posts)",
    )
    p.add_argument(
        "--min-articles",
        type=int,
        default=1,
        metavar="N",
        help="leave out actors found in fewer than N articles",
    )
    p.add_argument(
        "--min-component",
        type=int,
        metavar="N",
        help="leave out groups of fewer than N linked actors (default 3: isolated "
        "pairs go; with --timeline 1)",
    )
    p.add_argument(
        "--keep-junk",
        action="store_true",
        help="keep likely NER errors: actors without a meeting or role whose "
        "every name is one common word, or mentioned once in one article",
    )
    p.add_argument(
        "--size-by",
        choices=("degree", "betweenness"),
        default="degree",
        help="centrality that sizes the nodes (default degree)",
    )
    p.add_argument(
        "--isolates", action="store_true", help="keep actors without any link"
    )
    p.add_argument(
        "--seed", type=int, default=0, metavar="N", help="layout seed (default 0)"
    )
    p.add_argument("--title", metavar="TEXT", help="title of the page or figure")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")


@runs("viz")
def _run_viz(args: argparse.Namespace) -> int:
    from kg.viz import (
        NETWORK_DEFAULTS,
        check_output,
        graph_to_networkx,
        open_source,
        write_map,
        write_network,
        write_timeline,
    )

    if args.depth is not None and args.focus is None:
        raise InputError(
            f"--depth: expected together with --focus, got --depth {args.depth} alone"
        )
    if args.extent != "auto" and not args.map:
        raise InputError(
            f"--extent: expected together with --map, got --extent {args.extent} "
            "for a network or timeline"
        )
    check_output(args.output, timeline=args.timeline, map=args.map)  # before work
    store = None
    if args.graph is None:
        from kg.store import default_store_path

        store = args.store or default_store_path()
    source = open_source(store=store, graph=args.graph)
    if args.map:
        _, n_places, n_meetings = write_map(
            source,
            args.output,
            since=args.since,
            until=args.until,
            title=args.title,
            extent=args.extent,
        )
        if not args.quiet:
            print(
                f"kg viz: {n_meetings} meetings in {n_places} places -> {args.output}",
                file=sys.stderr,
            )
        return 0
    # the network's defaults make a readable drawing at any corpus size; the
    # timeline shows every meeting of the actors unless asked otherwise
    network = not args.timeline
    G = graph_to_networkx(
        source,
        since=args.since,
        until=args.until,
        types=args.types,
        min_weight=args.min_weight,
        focus=args.focus,
        depth=1 if args.depth is None else args.depth,
        keep_isolates=args.isolates,
        edges=args.edges or (NETWORK_DEFAULTS["edges"] if network else "all"),
        min_articles=args.min_articles,
        keep_junk=args.keep_junk or not network or NETWORK_DEFAULTS["keep_junk"],
        min_component=_default(
            args.min_component, NETWORK_DEFAULTS["min_component"] if network else 1
        ),
        top=_default(args.top, NETWORK_DEFAULTS["top"] if network else 0),
        rank_by=args.rank_by,
    )
    if args.timeline:
        write_timeline(G, args.output, title=args.title)
        what = f"{len(G.graph['meetings'])} meetings"
    else:
        write_network(
            G, args.output, size_by=args.size_by, seed=args.seed, title=args.title
        )
        what = f"{G.number_of_nodes()} actors, {G.number_of_edges()} links"
        left_out = G.graph.get("filtered") or {}
        if left_out:
            what += (
                " (left out: "
                + ", ".join(f"{n} {reason}" for reason, n in left_out.items())
                + ")"
            )
    if not args.quiet:
        print(f"kg viz: {what} -> {args.output}", file=sys.stderr)
    return 0


def _default(value: int | None, default: int) -> int:
    return default if value is None else value
