"""Asking and sharing the graph: ``kg query``, ``export``, ``serve``, ``push``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    pass
from kg.cli.registry import command, runs


def add_source(p: argparse.ArgumentParser) -> None:
    src = p.add_mutually_exclusive_group()
    src.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store to read (default: $KG_STORE or ./kg-store)",
    )
    src.add_argument(
        "--graph",
        metavar="FILE",
        help="RDF file to read instead (.ttl .nt .nq .trig .jsonld)",
    )


def _open_source(args: argparse.Namespace):
    from kg.store import load_graph_file, open_store

    if getattr(args, "graph", None):
        return load_graph_file(args.graph)
    return open_store(args.store, read_only=True)


@command("query", "Ask the graph: a named question, a .rq file or SPARQL text.")
def _setup_query(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "query",
        nargs="?",
        metavar="NAME|FILE.rq",
        help="a named question (see --list) or a SPARQL file",
    )
    p.add_argument("-e", "--expression", metavar="SPARQL", help="SPARQL query text")
    p.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a parameter, bound as an RDF term of its declared type (repeatable)",
    )
    add_source(p)
    p.add_argument(
        "-f",
        "--format",
        default="table",
        choices=("table", "csv", "tsv", "json", "xml", "ttl", "nt"),
        help="output: aligned table (default), csv, tsv, json (SPARQL 1.1 JSON "
        "results), xml; ttl/nt for CONSTRUCT/DESCRIBE (Turtle by default)",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout"
    )
    p.add_argument(
        "--list",
        action="store_true",
        help="list the named questions with their parameters",
    )


@runs("query")
def _run_query(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kg.atomic import atomic_write
    from kg.errors import QueryError
    from kg.query import (
        bind_params,
        format_results,
        get_named_query,
        named_queries,
        parse_param_args,
        parse_query_text,
        read_query_file,
        run_query,
    )

    if args.list:
        for q in named_queries().values():
            print(f"{q.name}: {q.description}")
            for prm in q.params:
                print(f"    --param {prm.signature()}  {prm.description}".rstrip())
            for ex in q.examples[:1]:
                print(f"    e.g. {ex}")
        return 0
    if bool(args.query) == bool(args.expression):
        raise QueryError(
            "kg query: expected a NAME, a FILE.rq or -e SPARQL (exactly one), "
            f"got {'both' if args.query else 'none'}"
        )
    if args.expression:
        query = parse_query_text(args.expression, name="-e")
    elif _looks_like_sparql(args.query):
        # "kg query 'SELECT ...'": the help promises SPARQL text here too
        query = parse_query_text(args.query, name="query")
    elif args.query.endswith(".rq") or Path(args.query).is_file():
        query = read_query_file(args.query)
    else:
        query = get_named_query(args.query)
    values = parse_param_args(args.param)
    if args.output:
        from kg.atomic import check_writable

        check_writable(args.output)
    store = _open_source(args)
    subs = bind_params(query, values, store)
    result = run_query(store, query.text, substitutions=subs, where=query.name)
    data = format_results(result, format=args.format, where=query.name)
    if args.output:
        with atomic_write(args.output, "wb") as f:
            f.write(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


@command("export", "Write the store to an RDF file (.ttl .nt .nq .trig .jsonld).")
def _setup_export(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store to read (default: $KG_STORE or ./kg-store)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the extension picks the format; .nq .trig .jsonld keep the article "
        "graphs, .ttl .nt merge them",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")


@runs("export")
def _run_export(args: argparse.Namespace) -> int:
    from kg.atomic import check_writable
    from kg.store import export_store, open_store, rdf_format

    rdf_format(args.output)
    check_writable(args.output)
    store = open_store(args.store, read_only=True)
    path = export_store(store, args.output)
    if not args.quiet:
        print(f"kg export: {len(store)} quads -> {path}", file=sys.stderr)
    return 0


@command("serve", "Serve the store as a SPARQL 1.1 endpoint (the Oxigraph server).")
def _setup_serve(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store to serve (default: $KG_STORE or ./kg-store)",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1: this machine only)",
    )
    p.add_argument(
        "--port", type=int, default=7878, metavar="N", help="port (default 7878)"
    )
    p.add_argument(
        "--allow-update",
        action="store_true",
        help="accept SPARQL Update and Graph Store writes (default: read-only)",
    )
    p.add_argument("--cors", action="store_true", help="allow cross-origin requests")
    p.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="seconds a query may run (default 30; 0 for no limit)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no request log")


@runs("serve")
def _run_serve(args: argparse.Namespace) -> int:
    import ipaddress

    from kg.query.serve import serve
    from kg.store import default_store_path, open_store

    if not 0 < args.port < 65536:
        raise InputError(f"--port: expected 1-65535, got {args.port}")
    if not args.timeout >= 0:
        raise InputError(f"--timeout: expected seconds >= 0, got {args.timeout}")
    path = args.store or default_store_path()
    if not args.allow_update:
        store = open_store(path, read_only=True)  # a clear error when there is no store
        del store
    mode = "read-write" if args.allow_update else "read-only"
    url = f"http://{args.host}:{args.port}"
    limit = f", queries stop after {args.timeout:g} s" if args.timeout else ""
    try:
        loopback = ipaddress.ip_address(args.host).is_loopback
    except ValueError:
        loopback = args.host == "localhost"

    def ready() -> None:
        print(
            f"kg serve: {path} ({mode}{limit}, no SERVICE/LOAD) at {url}/query "
            f"(SPARQL), {url}/ (browser); Ctrl-C stops",
            file=sys.stderr,
        )
        if not loopback:
            what = "change" if args.allow_update else "read"
            print(
                f"kg serve: listening on {args.host}: anyone who can reach this "
                f"machine can {what} the graph",
                file=sys.stderr,
            )
        sys.stderr.flush()

    return serve(
        path,
        host=args.host,
        port=args.port,
        allow_update=args.allow_update,
        cors=args.cors,
        timeout=args.timeout or None,
        quiet=args.quiet,
        on_ready=ready,
    )


@command(
    "push", "Send each article graph to an external SPARQL 1.1 store (replacing it)."
)
def _setup_push(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store to read (default: $KG_STORE or ./kg-store)",
    )
    p.add_argument(
        "--endpoint",
        metavar="URL",
        help="SPARQL 1.1 Update endpoint (DROP GRAPH + INSERT DATA per article)",
    )
    p.add_argument(
        "--graph-store",
        metavar="URL",
        help="Graph Store HTTP Protocol endpoint (one PUT per article); "
        "preferred over --endpoint when given",
    )
    p.add_argument(
        "-H",
        "--header",
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="extra HTTP header, e.g. 'Authorization: Bearer TOKEN' (repeatable)",
    )
    p.add_argument(
        "--batch",
        type=int,
        default=50,
        metavar="N",
        help="articles per SPARQL Update request (default 50)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")


@runs("push")
def _run_push(args: argparse.Namespace) -> int:
    from kg.store import open_store, push_store

    headers = {}
    for h in args.header:
        name, sep, value = h.partition(":")
        if not sep or not name.strip():
            raise InputError(f"--header: expected 'NAME: VALUE', got {h!r}")
        headers[name.strip()] = value.strip()
    if not (args.endpoint or args.graph_store):
        raise InputError(
            "kg push: expected --endpoint URL or --graph-store URL, got neither"
        )
    store = open_store(args.store, read_only=True)
    summary = push_store(
        store,
        args.endpoint,
        graph_store=args.graph_store,
        headers=headers,
        batch=args.batch,
    )
    if not args.quiet:
        target = args.graph_store or args.endpoint
        print(f"kg push: {summary} -> {target}", file=sys.stderr)
    return 0


_SPARQL_START = ("prefix", "base", "select", "construct", "ask", "describe", "#")


def _looks_like_sparql(text: str) -> bool:
    """``text`` is a query, not a name or a path: it has spaces and begins with
    a SPARQL keyword ("PREFIX schema: ... SELECT ...")."""
    first = text.lstrip()
    return any(c.isspace() for c in first) and first.lower().startswith(_SPARQL_START)
