"""End-to-end `kg build` at corpus scale: throughput, memory, workers, Dask.

    python bench/bench_build.py [--csv FILE] [--small 100] [--no-dask] [--json]

Builds the 1,028 articles of ``../shared/data/10kgnad/test.csv`` into a fresh
embedded Oxigraph store, each run in its own process (model loading, store
writes and the corpus-wide linking pass included), and prints one table row per
run:

* ``w1``, ``w2``: ``--workers 1`` and ``--workers 2``;
* ``rerun``: the ``w1`` store built again with nothing changed;
* ``small``: the first ``--small`` articles, ``--workers 1`` (scaling);
* ``nostmt``: ``w1`` with the statement stage switched off (quotations and
  verbal interactions found as none): what statements cost a build (issue 17);
* ``dask``: on a ``distributed.LocalCluster`` of 2 worker processes with one
  thread each (cluster start-up not counted; the workers' model loading is);
* ``writes``: the ``w1`` store's article graphs written ``--copies`` times into
  a fresh store (as a build writes new articles: a transaction per chunk), to
  see how the single writer slows as the store grows.

Columns: wall seconds end to end (the whole ``kg build`` process, Python
start-up included; on Dask the build call), tokens/s over that, tokens per
CPU-second (all processes of the run; robust to a busy machine), peak resident
memory of the run's process tree (sum of RSS, sampled every 0.1 s, so shared
pages of forked workers count twice), and the time split the build reports
(``BuildSummary.timings``): pipeline loading, NLP, extraction and RDF summed over
the workers; ``store``, the writes in the main process by a thread that overlaps
the other stages; ``rest`` (one process only), the build call's time outside
read/load/nlp/extract/rdf, mostly the corpus-wide linking pass at the end.
"other cores busy" is the mean number of cores busy with *other* work during
the run (``/proc/stat`` minus the run's own CPU time): the machine is shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"


# --- one run, in a child process -----------------------------------------------------


def _one(args: argparse.Namespace) -> None:
    """The child: one build, its summary as JSON on stdout."""
    sys.path.insert(0, str(ROOT))
    from kg.build import build

    if args.no_statements:
        import kg.extract

        kg.extract.find_quotes = lambda view, text=None: []  # type: ignore[assignment]
        kg.extract.find_interactions = lambda view, quotes: []  # type: ignore[assignment]
    cluster = None
    dask = None
    if args.dask:
        from distributed import LocalCluster

        cluster = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=50,
        )
        dask = cluster.scheduler_address
    cpu0 = _cpu_self_and_children()
    t0 = time.perf_counter()
    s = build([args.input], store=args.store, workers=args.workers, dask=dask)
    seconds = time.perf_counter() - t0
    if cluster is not None:
        cluster.close()
    cpu = _cpu_self_and_children() - cpu0
    print(
        json.dumps(
            {
                "documents": s.documents,
                "unchanged": s.unchanged,
                "tokens": s.tokens,
                "triples": s.triples,
                "seconds": seconds,
                "cpu_self_children": cpu,
                "timings": s.timings,
            }
        )
    )


def _cpu_self_and_children() -> float:
    import resource

    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        ru = resource.getrusage(who)
        total += ru.ru_utime + ru.ru_stime
    return total


# --- the parent: runs, samples memory and load, prints the table ---------------------


def _busy_jiffies() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine from /proc/stat."""
    with open("/proc/stat") as f:
        fields = [float(x) for x in f.readline().split()[1:]]
    tick = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields) - idle) / tick, sum(fields) / tick


def _tree(p: psutil.Process) -> list[psutil.Process]:
    try:
        return [p, *p.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def run(
    name: str,
    input_: Path,
    store: Path,
    *,
    workers: int = 1,
    dask: bool = False,
    statements: bool = True,
):
    cmd = [sys.executable, __file__, "--one", "--input", str(input_)]
    cmd += ["--store", str(store), "--workers", str(workers)]
    if dask:
        cmd.append("--dask")
    if not statements:
        cmd.append("--no-statements")
    busy0, _ = _busy_jiffies()
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    cpu: dict[int, float] = {}  # pid -> last seen CPU seconds, for the load figure
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            rss = 0
            for p in _tree(proc):
                try:
                    rss += p.memory_info().rss
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            peak = max(peak, rss)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - t0
    busy1, _ = _busy_jiffies()
    if proc.returncode != 0:
        sys.exit(f"bench_build: run {name} failed:\n{err.decode()}")
    r = json.loads(out.decode().strip().splitlines()[-1])
    own_cpu = max(r["cpu_self_children"], sum(cpu.values()))
    r.update(
        name=name,
        workers="dask" if dask else workers,
        wall=wall,
        peak_mb=peak / 2**20,
        cpu=own_cpu,
        others_cores=max(0.0, (busy1 - busy0 - own_cpu) / wall),
    )
    # end to end as a user sees `kg build`: the whole process (imports too);
    # on Dask the build call only (the cluster is already there)
    r["e2e"] = r["seconds"] if dask else wall
    if workers == 1 and not dask:
        # in one process the stages before the writer add up; the rest of the
        # build call is mostly the linking pass (kg.link) at the end
        t = r["timings"]
        stages = sum(t.get(k, 0) for k in ("read", "load", "nlp", "extract", "rdf"))
        r["rest"] = max(0.0, r["seconds"] - stages)
    return r


def _table(rows: list[dict]) -> str:
    head = (
        "| run | workers | articles | tokens | wall s | tokens/s | tokens/CPU-s "
        "| peak MB | load s | nlp s | extract s | rdf s | store s | rest s "
        "| other cores busy |"
    )
    lines = [head, "|" + "|".join("---" for _ in range(head.count("|") - 1)) + "|"]
    for r in rows:
        t = r["timings"]
        n = r["documents"] + r["unchanged"]
        rate = r["tokens"] / r["e2e"] if r["tokens"] else 0.0
        per_cpu = r["tokens"] / r["cpu"] if r["tokens"] and r["cpu"] else 0.0
        rest = f"{r['rest']:.1f}" if "rest" in r else "-"
        lines.append(
            f"| {r['name']} | {r['workers']} | {n:,} | {r['tokens']:,} "
            f"| {r['e2e']:.1f} | {rate:,.0f} | {per_cpu:,.0f} "
            f"| {r['peak_mb']:,.0f} | {t.get('load', 0):.1f} | {t.get('nlp', 0):.1f} "
            f"| {t.get('extract', 0):.1f} | {t.get('rdf', 0):.1f} "
            f"| {t.get('store', 0):.1f} | {rest} | {r['others_cores']:.2f} |"
        )
    return "\n".join(lines)


def write_scaling(source: Path, tmp: Path, copies: int) -> str:
    """Store writes as the store grows: the article graphs of ``source`` written
    ``copies`` times (article, sentence, mention and meeting IRIs renamed per
    copy, entities shared as in a real corpus) into a fresh store as ``kg build``
    writes new articles: one transaction per chunk of 16, the corpus graph
    kept in step."""
    import pyoxigraph as ox

    from kg.build import CHUNK_SIZE
    from kg.store import add_article_graphs

    st = ox.Store.read_only(str(source))
    graphs: dict[str, list] = {}
    for q in st.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.NamedNode):  # not the corpus graph
            graphs.setdefault(q.graph_name.value, []).append(q)
    del st
    texts = [
        (g.rsplit("/", 1)[1], ox.serialize(qs, format=ox.RdfFormat.N_QUADS).decode())
        for g, qs in graphs.items()
    ]
    out = ox.Store(str(tmp / "writes"))
    rows = ["| articles in store | quads | ms CPU per article | ms wall per article |"]
    rows.append("|---|---|---|---|")
    for k in range(copies):
        c0, t0 = time.process_time(), time.perf_counter()
        for i in range(0, len(texts), CHUNK_SIZE):
            chunk = []
            for aid, nq in texts[i : i + CHUNK_SIZE]:
                new = f"c{k}-{aid}"
                chunk.append(
                    nq.replace(f"/{aid}>", f"/{new}>").replace(f"/{aid}/", f"/{new}/")
                )
            add_article_graphs(out, "".join(chunk).encode())
        cpu = (time.process_time() - c0) / len(texts) * 1000
        wall = (time.perf_counter() - t0) / len(texts) * 1000
        n = (k + 1) * len(texts)
        rows.append(f"| {n:,} | {len(out):,} | {cpu:.1f} | {wall:.1f} |")
        print(rows[-1], file=sys.stderr)
    del out
    return "\n".join(rows)


def _first_rows(src: Path, dst: Path, n: int) -> Path:
    with src.open(encoding="utf-8", newline="") as f, dst.open("w") as out:
        w = csv.writer(out, delimiter=";", quotechar="'", lineterminator="\n")
        for i, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            if i >= n:
                break
            w.writerow(row)
    return dst


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--small", type=int, default=100, help="articles of the small run")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument(
        "--only", help="comma-separated runs: w1,rerun,w2,small,dask,writes,nostmt"
    )
    ap.add_argument(
        "--copies", type=int, default=5, help="copies of the corpus in `writes`"
    )
    ap.add_argument("--json", action="store_true", help="also print the rows as JSON")
    # the child's options
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--dask", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--no-statements", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        _one(args)
        return 0

    runs = ["w1", "rerun", "writes", "w2", "small", "dask"]
    if args.only:
        runs = args.only.split(",")
    if args.no_dask and "dask" in runs:
        runs.remove("dask")
    tmp = Path(tempfile.mkdtemp(prefix="bench-build-"))
    rows = []
    writes = None
    has_w1 = False
    try:
        small = _first_rows(args.csv, tmp / "small.csv", args.small)
        print(f"bench_build: {args.csv} on {os.cpu_count()} cores", file=sys.stderr)
        for name in runs:
            if name == "w1" or (name in ("rerun", "writes") and not has_w1):
                r = run("w1", args.csv, tmp / "w1")
                rows.append(r)
                print(_table(rows[-1:]).splitlines()[-1], file=sys.stderr)
                has_w1 = True
                if name == "w1":
                    continue
            if name == "writes":
                writes = write_scaling(tmp / "w1", tmp, args.copies)
                continue
            if name == "rerun":
                r = run("rerun", args.csv, tmp / "w1")
            elif name == "w2":
                r = run("w2", args.csv, tmp / "w2", workers=2)
            elif name == "small":
                r = run(f"small ({args.small})", small, tmp / "small")
            elif name == "dask":
                r = run("dask", args.csv, tmp / "dask", dask=True)
            elif name == "nostmt":
                r = run("nostmt", args.csv, tmp / "nostmt", statements=False)
            else:
                sys.exit(
                    "bench_build: --only: expected "
                    "w1,rerun,w2,small,dask,writes,nostmt, "
                    f"got {name}"
                )
            rows.append(r)
            print(_table(rows[-1:]).splitlines()[-1], file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(_table(rows))
    by = {r["name"]: r for r in rows}
    if "w1" in by and "rerun" in by:
        share = by["rerun"]["e2e"] / by["w1"]["e2e"]
        print(f"\nre-run with nothing changed: {share:.1%} of the full build")
    if writes:
        print(f"\nstore writes as the store grows (`writes`):\n\n{writes}")
    if args.json:
        print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
