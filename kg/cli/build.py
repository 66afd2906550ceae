"""Building and checking graphs: ``kg build``, ``kg validate``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    pass
from kg.cli.registry import command, runs


@command("build", "Build the knowledge graph of German news articles.")
def _setup_build(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt files, directories of them, .jsonl or 10kGNAD .csv corpora",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="RDF output; the extension picks the format (.ttl .nt .nq .trig .jsonld)",
    )
    p.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store directory (default: $KG_STORE or ./kg-store)",
    )
    p.add_argument("--no-store", action="store_true", help="write only the -o file")
    p.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use instead of the shipped one",
    )
    p.add_argument(
        "--date",
        metavar="DATE",
        help="publication date (YYYY-MM-DD[THH:MM]) for every input",
    )
    p.add_argument(
        "--skip-errors",
        action="store_true",
        help="skip bad articles and list them at the end",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes for extraction (default 1); the result is the same",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run extraction on the Dask cluster at ADDRESS (tcp://host:8786); "
        "this process writes the store",
    )
    p.add_argument(
        "--prune",
        action="store_true",
        help="remove articles from the store that are not in INPUT",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, no summary line"
    )


@runs("build")
def _run_build(args: argparse.Namespace) -> int:
    from kg.build import build
    from kg.ingest import parse_date_option

    date = parse_date_option(args.date) if args.date else None
    store = None
    if not args.no_store:
        from kg.store import default_store_path

        store = args.store or default_store_path()
    if args.no_store and args.prune:
        raise InputError("--prune: expected a store to prune, got --no-store")
    progress = None
    if not args.quiet and sys.stderr.isatty():
        from kg.build import Progress, count_documents

        progress = Progress(count_documents(args.inputs))
    try:
        summary = build(
            args.inputs,
            output=args.output,
            store=store,
            model=args.model,
            date=date,
            skip_errors=args.skip_errors,
            workers=args.workers,
            dask=args.dask,
            prune=args.prune,
            progress=progress,
        )
    finally:
        if progress is not None:
            progress.close()
    if not args.quiet:
        where = " and ".join(
            x for x in (args.output, f"store {store}" if store else None) if x
        )
        print(f"kg build: {summary} -> {where}", file=sys.stderr)
    # skipped articles are listed even with --quiet: they are missing from the graph
    for line in summary.skipped:
        print(f"kg build: skipped {line}", file=sys.stderr)
    return 0


@command(
    "validate", "Check RDF files against the kg SHACL shapes (ontology/shapes.ttl)."
)
def _setup_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="RDF file; the extension picks the format: .ttl .nt .nq .trig .jsonld",
    )
    p.add_argument(
        "--shapes",
        metavar="FILE",
        help="SHACL shapes (Turtle) to use instead of the shipped ones",
    )
    p.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help="print at most N results per file (default 50; 0 for all)",
    )


@runs("validate")
def _run_validate(args: argparse.Namespace) -> int:
    from kg.rdf.validate import validate_graph

    status = 0
    for name in args.files:
        report = validate_graph(name, shapes=args.shapes)
        if report.conforms:
            print(f"{name}: conforms ({report.triples} triples)")
        else:
            n = len(report.violations)
            print(
                f"{name}: does not conform: {n} violation{'s' * (n != 1)} "
                f"({report.triples} triples)"
            )
            status = 1
        for line in report.lines(limit=args.limit or None):
            print(f"  {line}")
    return status
