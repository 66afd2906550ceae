"""Command-line interface: thin wrappers over the library.

This is the only module that catches ``KGError``: it prints one line on stderr
(``kg: <message>``) and exits with the error's status (2 for usage and input
errors, 1 otherwise). A real bug keeps its traceback.

Each subcommand is a pair ``_setup_<name>(parser)`` / ``_run_<name>(args)``
registered in ``COMMANDS``; heavy imports happen inside ``_run_*`` so that
``kg query`` never pays for spaCy.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .errors import KGError

__all__ = ["main"]

Setup = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int | None]
COMMANDS: list[tuple[str, str, Setup, Run]] = []


def command(name: str, help: str) -> Callable[[Setup], Setup]:
    """Register ``_setup_<name>``; its runner is the function named ``_run_<name>``."""

    def decorate(setup: Setup) -> Setup:
        runner_name = "_run_" + name.replace("-", "_")
        COMMANDS.append((name, help, setup, lambda a: globals()[runner_name](a)))
        return setup

    return decorate


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(2, f"kg {self.prog.split(' ', 1)[-1]}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kg", description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, help_, setup, run in COMMANDS:
        p = sub.add_parser(name, help=help_, description=help_)
        setup(p)
        p.set_defaults(_run=run)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"kg {version('kg')}"
    except PackageNotFoundError:
        return "kg (not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args) or 0)
    except KGError as e:
        print(f"kg: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# --- NER: train-ner, eval-ner, ner -------------------------------------------------
# (section owned by the NER work; see kg/train.py, kg/evaluate.py)


# --- build, validate ---------------------------------------------------------------


@command("validate", "Check RDF files against the kg SHACL shapes (ontology/shapes.ttl).")
def _setup_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="RDF file; the extension picks the format: .ttl .nt .nq .trig .jsonld")
    p.add_argument("--shapes", metavar="FILE",
                   help="SHACL shapes (Turtle) to use instead of the shipped ones")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="print at most N results per file (default 50; 0 for all)")


def _run_validate(args: argparse.Namespace) -> int:
    from .validate import validate_graph

    status = 0
    for name in args.files:
        report = validate_graph(name, shapes=args.shapes)
        if report.conforms:
            print(f"{name}: conforms ({report.triples} triples)")
        else:
            n = len(report.violations)
            print(f"{name}: does not conform: {n} violation{'s' * (n != 1)} "
                  f"({report.triples} triples)")
            status = 1
        for line in report.lines(limit=args.limit or None):
            print(f"  {line}")
    return status


# --- query, export, serve, push ----------------------------------------------------


# --- viz ---------------------------------------------------------------------------


@command("viz", "Draw the actor network (or a meeting timeline): "
                "HTML, PNG, SVG, GraphML, GEXF or JSON.")
def _setup_viz(p: argparse.ArgumentParser) -> None:
    src = p.add_mutually_exclusive_group()
    src.add_argument("--store", metavar="DIR",
                     help="Oxigraph store to read (default: $KG_STORE or ./kg-store)")
    src.add_argument("--graph", metavar="FILE",
                     help="RDF file to read instead (.ttl .nt .nq .trig .jsonld)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the extension picks the format: .html (interactive, offline) "
                        ".png .svg .graphml .gexf .json; with --timeline .html .png .svg")
    p.add_argument("--timeline", action="store_true",
                   help="draw the meetings over time instead of the network")
    p.add_argument("--since", metavar="DATE",
                   help="from this date on, YYYY[-MM[-DD]] (meeting dates, role dates, "
                        "article dates for co-mentions); undated facts are left out")
    p.add_argument("--until", metavar="DATE", help="up to this date, inclusive")
    p.add_argument("--types", metavar="LIST",
                   help="node types, comma-separated, from person,organisation,country,"
                        "city,region,place or all (default person,organisation,country)")
    p.add_argument("--min-weight", type=int, default=1, metavar="N",
                   help="drop 'met' and 'mentioned together' links seen fewer than N times")
    p.add_argument("--focus", metavar="NAME",
                   help="only the network around this actor (name or alternate name)")
    p.add_argument("--depth", type=int, metavar="N",
                   help="with --focus: how many hops around it (default 1)")
    p.add_argument("--size-by", choices=("degree", "betweenness"), default="degree",
                   help="centrality that sizes the nodes (default degree)")
    p.add_argument("--isolates", action="store_true", help="keep actors without any link")
    p.add_argument("--seed", type=int, default=0, metavar="N", help="layout seed (default 0)")
    p.add_argument("--title", metavar="TEXT", help="title of the page or figure")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")


def _run_viz(args: argparse.Namespace) -> int:
    import os

    from .errors import InputError
    from .viz import (check_output, graph_to_networkx, open_source, write_network,
                      write_timeline)

    if args.depth is not None and args.focus is None:
        raise InputError(f"--depth: expected together with --focus, got --depth {args.depth} "
                         "alone")
    check_output(args.output, timeline=args.timeline)  # before any work
    store = args.store
    if args.graph is None and store is None:
        try:
            from .store import default_store_path
        except ImportError:  # the documented default, should kg.store not provide it
            store = os.environ.get("KG_STORE") or "kg-store"
        else:
            store = str(default_store_path())
    source = open_source(store=store if args.graph is None else None, graph=args.graph)
    G = graph_to_networkx(source, since=args.since, until=args.until, types=args.types,
                          min_weight=args.min_weight, focus=args.focus,
                          depth=1 if args.depth is None else args.depth,
                          keep_isolates=args.isolates)
    if args.timeline:
        write_timeline(G, args.output, title=args.title)
        what = f"{len(G.graph['meetings'])} meetings"
    else:
        write_network(G, args.output, size_by=args.size_by, seed=args.seed, title=args.title)
        what = f"{G.number_of_nodes()} actors, {G.number_of_edges()} links"
    if not args.quiet:
        print(f"kg viz: {what} -> {args.output}", file=sys.stderr)
    return 0
