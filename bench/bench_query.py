"""Time every named question on the embedded Oxigraph store and on rdflib in memory.

Loads one RDF file (default: the test fixture; for real numbers a built corpus,
e.g. ``kg build ../shared/data/10kgnad/test.csv -o corpus.nq``) into

* a persistent Oxigraph store in a temporary directory (``kg.store``), and
* an rdflib ``Dataset`` with ``default_union=True`` (the same union semantics),

then runs each ``queries/*.rq`` with the parameters of its first ``# example:``
line (or ``--param NAME=K=V`` overrides) and prints the median wall time of N
runs per engine, rows returned and the speed-up. Oxigraph's time includes binding
the parameters (entity names are looked up in the store); rdflib gets the
already-resolved terms. Finally ``kg query`` is timed as a whole command, process
start included.

Usage::

    python bench/bench_query.py                        # fixture, runs now
    python bench/bench_query.py --graph corpus.nq --runs 20 --rdflib-runs 3
    python bench/bench_query.py --synthetic 1028       # fixture scaled up, see below
    python bench/bench_query.py --graph corpus.nq --only find_entity   # one question

``--synthetic N`` writes N articles made from the fixture's three: each copy gets
its own article id (so its meetings, sentences and mentions are new) and its
people, organisations and places are renamed to one of ``N // 8`` variants
("Antony Blinken 17"; variant 0 keeps the real names), so entities are shared by
about eight articles each, as real news shares them. It stands in for a built
corpus until one is at hand; the shapes are exactly those of ontology/MODEL.md.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture.trig"
RDFLIB_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
}


class Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Timeout


def median_ms(fn: Callable[[], Any], runs: int, timeout: int = 0) -> tuple[float, Any]:
    """Median wall time in ms of ``runs`` calls after a warm-up call.

    With ``timeout`` (seconds, Unix only) a call that takes longer gives up; the
    result is then ``(inf, "> timeout")``.
    """
    old = signal.signal(signal.SIGALRM, _alarm) if timeout else None
    try:
        signal.alarm(timeout)
        t = time.perf_counter()
        out = fn()  # warm-up, also the result we report
        first = (time.perf_counter() - t) * 1000
        times = []
        for _ in range(runs):
            signal.alarm(timeout)
            t = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times or [first]), out
    except Timeout:
        return float("inf"), f"> {timeout} s"
    except Exception as e:  # an engine that cannot answer gets a note, not a crash
        return float("nan"), f"error: {type(e).__name__}: {e}"[:60]
    finally:
        signal.alarm(0)
        if old is not None:
            signal.signal(signal.SIGALRM, old)


def example_params(example: str) -> dict[str, str]:
    words = shlex.split(example)
    return dict(
        words[i + 1].split("=", 1)
        for i, w in enumerate(words)
        if w in ("--param", "-p")
    )


def to_rdflib(term: Any) -> Any:
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def synthetic_corpus(n: int, path: Path) -> Path:
    """Write ``n`` articles made from the fixture's three to ``path`` (N-Quads)."""
    import re

    import pyoxigraph as ox

    kgr = "https://w3id.org/kg-news/id/"
    entity = re.compile(kgr + r"(person|org|place|geo|membership)/")
    quads = list(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name.value, []).append(q)
    graphs = sorted(by_graph)
    variants = max(1, n // 8)
    name_preds = {"http://schema.org/name", "http://schema.org/alternateName"}
    out = []
    for i in range(n):
        src = graphs[i % len(graphs)]
        old_id = src.rsplit("/", 1)[1]
        new_id = f"synth-{i:05d}"
        v = (i * 7919) % variants  # spread the variants over the articles

        def iri(
            term: ox.NamedNode, old_id: str = old_id, new_id: str = new_id, v: int = v
        ) -> ox.NamedNode:
            value = term.value.replace(f"/{old_id}", f"/{new_id}")
            if v and entity.match(value):
                value += f"-{v}"
            return ox.NamedNode(value)

        for q in by_graph[src]:
            s = iri(q.subject) if isinstance(q.subject, ox.NamedNode) else q.subject
            o = q.object
            if isinstance(o, ox.NamedNode):
                o = iri(o)
            elif (
                v
                and q.predicate.value in name_preds
                and isinstance(s, ox.NamedNode)
                and entity.match(s.value)
            ):
                o = ox.Literal(f"{o.value} {v}", language=o.language)
            out.append(
                ox.Quad(s, q.predicate, o, ox.NamedNode(kgr + f"article/{new_id}"))
            )
    ox.serialize(out, output=str(path), format=ox.RdfFormat.N_QUADS)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--graph",
        type=Path,
        default=FIXTURE,
        help="RDF file with the articles (.nq .trig .ttl .nt .jsonld)",
    )
    ap.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="benchmark N articles made from the fixture instead of --graph",
    )
    ap.add_argument(
        "--runs", type=int, default=20, help="timed runs per query on Oxigraph"
    )
    ap.add_argument(
        "--rdflib-runs", type=int, default=5, help="timed runs per query on rdflib"
    )
    ap.add_argument(
        "--cli-runs", type=int, default=5, help="timed `kg query` processes"
    )
    ap.add_argument(
        "--rdflib-timeout",
        type=int,
        default=120,
        metavar="S",
        help="give up an rdflib query after S seconds (default 120)",
    )
    ap.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only")
    ap.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="time only this named question (repeatable)",
    )
    ap.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="QUERY:NAME=VALUE",
        help="override an example parameter, e.g. who_met_whom:person=Merkel",
    )
    args = ap.parse_args(argv)

    from kg.query import bind_params, get_named_query, named_queries, run_query
    from kg.store import open_store, replace_article_graphs

    overrides: dict[str, dict[str, str]] = {}
    for item in args.param:
        qname, _, kv = item.partition(":")
        k, _, v = kv.partition("=")
        overrides.setdefault(qname, {})[k] = v

    tmp = tempfile.TemporaryDirectory(prefix="kg-bench-")
    store_dir = Path(tmp.name) / "store"
    if args.synthetic:
        args.graph = synthetic_corpus(args.synthetic, Path(tmp.name) / "synthetic.nq")
    t = time.perf_counter()
    store = open_store(store_dir)
    replace_article_graphs(store, args.graph, where=str(args.graph))
    store.flush()
    ox_load = time.perf_counter() - t
    n_quads, n_graphs = len(store), sum(1 for _ in store.named_graphs())
    what = f"synthetic ({args.synthetic} articles)" if args.synthetic else args.graph
    print(f"data: {what} – {n_quads:,} quads in {n_graphs:,} article graphs")
    print(f"load: Oxigraph store {ox_load:.2f} s", end="", flush=True)

    ds = None
    if not args.no_rdflib:
        from rdflib import Dataset

        t = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(args.graph, format=RDFLIB_FORMATS[args.graph.suffix.lower()])
        print(f", rdflib Dataset {time.perf_counter() - t:.2f} s", end="")
    print("\n", flush=True)

    rows_out = []
    for name in named_queries():
        if args.only and name not in args.only:
            continue
        q = get_named_query(name)
        params = example_params(q.examples[0]) if q.examples else {}
        params.update(overrides.get(name, {}))
        if args.synthetic:  # the seed article is copy 0: synth-00000
            params = {
                k: v.replace("000_c0e44895cd21100c", "synth-00000")
                for k, v in params.items()
            }

        def ox_run(q=q, params=params, store=store) -> int:
            subs = bind_params(q, params, store)
            return sum(
                1 for _ in run_query(store, q.text, substitutions=subs, where=q.name)
            )

        ox_ms, ox_rows = median_ms(ox_run, args.runs)
        rd_ms = rd_rows = None
        if ds is not None:
            bindings = {
                v.value: to_rdflib(term)
                for v, term in bind_params(q, params, store).items()
            }

            def rd_run(q=q, bindings=bindings) -> int:
                return sum(1 for _ in ds.query(q.text, initBindings=bindings))

            rd_ms, rd_rows = median_ms(rd_run, args.rdflib_runs, args.rdflib_timeout)
        print(
            f"  {name}: Oxigraph {ox_ms:.1f} ms, rdflib {rd_ms} ms",
            file=sys.stderr,
            flush=True,
        )
        rows_out.append(
            (
                name,
                " ".join(f"{k}={v}" for k, v in params.items()),
                ox_rows,
                ox_ms,
                rd_rows,
                rd_ms,
            )
        )

    head = f"{'question':<18} {'parameters':<34} {'rows':>5} {'Oxigraph ms':>11}"
    if ds is not None:
        head += f" {'rdflib ms':>10} {'speed-up':>8}"
    print(head)
    print("-" * len(head))
    for name, params, ox_rows, ox_ms, rd_rows, rd_ms in rows_out:
        line = f"{name:<18} {params[:34]:<34} {ox_rows:>5} {ox_ms:>11.2f}"
        if rd_ms is not None:
            if isinstance(rd_rows, str):  # timed out or failed
                line += f" {rd_rows:>10} {'':>8}"
            else:
                mark = "" if rd_rows == ox_rows else f" (rdflib: {rd_rows} rows)"
                line += f" {rd_ms:>10.1f} {rd_ms / max(ox_ms, 1e-6):>7.0f}×{mark}"
        print(line)
    worst = max(r[3] for r in rows_out)
    print(f"\nslowest question on Oxigraph: {worst:.1f} ms median (goal < 100 ms)")
    if ds is not None:
        speedups = [r[5] / max(r[3], 1e-6) for r in rows_out if r[5] == r[5]]
        timed_out = sum(1 for r in rows_out if r[5] == float("inf"))
        finite = [x for x in speedups if x != float("inf")]
        if finite:
            note = f"; {timed_out} rdflib queries gave up" if timed_out else ""
            print(
                f"speed-up over rdflib: min {min(speedups):.0f}×, "
                f"median {statistics.median(speedups):.0f}× (goal ≥ 10×){note}"
            )

    del store  # release the write lock: the command opens the store read-only
    cmd = [
        sys.executable,
        "-m",
        "kg",
        "query",
        "most_connected",
        "--store",
        str(store_dir),
    ]
    times = []
    for _ in range(max(1, args.cli_runs)):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    print(
        f"`kg query most_connected` as a whole command: "
        f"{statistics.median(times):.2f} s "
        f"median of {len(times)} (goal < 1 s)"
    )
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
