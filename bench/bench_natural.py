"""Time ad-hoc questions written the way a newcomer writes them, on the set layout.

What it measures
----------------
``kg build`` writes one named graph per article, and every article graph repeats
the entity triples (type, name, ...) of each actor it mentions. Queried through
Oxigraph's *union* default graph (``use_default_graph_as_union=True``) the data is
a **bag**: a triple stated in 300 article graphs matches 300 times, so a plain
``COUNT`` is wrong and every join multiplies its intermediate results. The new
layout keeps the article graphs and also maintains the store's real default
graph as the **set** of all distinct triples, so ``kg query`` asks the default
graph (``use_default_graph_as_union=False``) and gets set semantics, i.e. what
anyone reading ``ontology/MODEL.md`` expects.

This benchmark emulates that layout exactly: it bulk-loads the article graphs,
then runs ``INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }`` (timed and
printed as "merge"). It then times the questions in :data:`QUESTIONS` - plain
schema.org / W3C ORG patterns against the default graph, no ``GRAPH``, no tuning
- and reports, per question, the median wall time of N runs (``list()`` of the
results, after one untimed warm-up run), the median CPU time of the thread that
ran the query (Oxigraph evaluates in the calling thread: this is what the query
cost, whatever else runs on the machine; on a shared machine wall time can be
2-3 times it), the rows returned and, for ``COUNT`` questions, the count
(summed over the groups for grouped counts).

To see how the questions grow with the corpus, the data are scaled: at scale
``k`` the store holds ``k`` copies of the corpus; copy ``i`` renames every
article-scoped IRI (``…/id/article/X``, ``…/id/meeting/X/…``,
``…/id/sentence/X/…``, ``…/id/mention/X/…``) to ``X-c{i}`` (copy 0 keeps the
original), while person, org, place, role, membership and geo IRIs stay shared.
The corpus then looks like ``k`` times as many articles about the same actors:
the article-scoped part of the default graph grows ``k``-fold, the entity part
does not, so a question's time should grow at most ``k``-fold.

The stores live **on disk** (``pyoxigraph.Store(path)`` in a temporary
directory, as ``kg build`` writes them). ``--memory`` uses ``pyoxigraph.Store()``
instead: 4 copies load and merge in about 10 s instead of 40 s, but its pattern
lookups walk every quad of a term in *all* graphs, so with the article graphs
kept next to the default graph its query times grow with the square of the
corpus (at 4×: 11 s instead of 0.9 s for ``articles_per_country``).
After the merge the on-disk store is compacted (``Store.optimize()``), as
``kg build`` does at the end of every build that wrote something;
``--no-optimize`` leaves it uncompacted, and the uncompacted LSM tree is what
makes even ``count_persons`` (the same persons at every scale) slower at larger
scales (16 copies: 21 ms instead of 1.5 ms).

Comparisons and checks
----------------------
``--union`` (on by default at scale 1 only) also times every question on the
old layout - the article graphs alone, queried as their union - before the
default graph is built. Each timed question runs in a forked child process
with a per-query timeout (``--timeout``, 30 s): a runaway query is killed and
reported as ``> 30 s`` (Oxigraph does not check for Python signals while it
evaluates, and a thread cannot be stopped). Without ``os.fork`` (Windows) the
questions run in-process without a timeout.

``--check`` (on by default at scale 1) loads the set-merged triples into an
rdflib ``Graph`` (a set) and checks that every question returns the same number
of rows and, for ``COUNT`` questions, the same count as Oxigraph on the default
graph: OK / MISMATCH per question, ``skipped (timeout)`` if rdflib gives up.

Output is Markdown: one table per scale, then two summaries (question × scale →
median wall ms, then median CPU ms, each with the growth from the smallest to
the largest scale), and the peak RSS.

Why some questions grow faster than the corpus (docs/PERFORMANCE.md has the
figures): Oxigraph 0.5 plans a query from its shape alone (no statistics, so
the plan is the same at every scale; among equally estimated patterns the one
written first starts), and each index lookup of the plan costs about 3-4 µs
while the lookups touch a working set that stays cached, 6-7 µs at 16× where
they spread over the whole store. ``articles_per_country`` and
``top_persons_by_articles`` walk every ``kg:Mention``; the ``_linked`` variants
ask the article's ``schema:mentions`` instead, one link per article and entity.

Reproduce
---------
Build the corpus (1,029 articles of 10kGNAD test, ~323k quads)::

    kg build ../shared/data/10kgnad/test.csv seeds/ -o corpus.nq

then::

    python bench/bench_natural.py --graph corpus.nq --scales 1,4,16 --runs 5
    python bench/bench_natural.py                   # the test fixture, seconds
    python bench/bench_natural.py --graph corpus.nq --scales 4 --union --timeout 10

Notes
-----
Only pyoxigraph, rdflib and the standard library are used. :data:`QUESTIONS`
is importable: ``(name, description, sparql)`` with all prefixes declared in
the query text; :func:`count_var` tells which variable holds a ``COUNT``.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import resource
import select
import signal
import statistics
import struct
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "fixture.trig"

PREFIXES = """\
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

#: The questions: ``(name, one-line description, SPARQL with its prefixes)``.
QUESTIONS: list[tuple[str, str, str]] = [
    (
        "count_persons",
        "How many persons are there?",
        PREFIXES
        + """
SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:Person }""",
    ),
    (
        "count_attendance",
        "How many (meeting, attending person) pairs? COUNT(*) without DISTINCT",
        PREFIXES
        + """
SELECT (COUNT(*) AS ?n) WHERE {
  ?e a schema:Event ; schema:attendee ?p .
  ?p a schema:Person .
}""",
    ),
    (
        "count_attendance_distinct",
        "The same pairs counted over SELECT DISTINCT",
        PREFIXES
        + """
SELECT (COUNT(*) AS ?n) WHERE {
  SELECT DISTINCT ?e ?p WHERE {
    ?e a schema:Event ; schema:attendee ?p .
    ?p a schema:Person .
  }
}""",
    ),
    (
        "persons_met",
        "Which two persons attended the same meeting (names, each pair once)?",
        PREFIXES
        + """
SELECT ?e ?x ?y WHERE {
  ?e a schema:Event ; schema:attendee ?a, ?b .
  ?a a schema:Person ; schema:name ?x .
  ?b a schema:Person ; schema:name ?y .
  FILTER(STR(?x) < STR(?y))
}""",
    ),
    (
        "who_met_merkel",
        "Whom did Angela Merkel meet?",
        PREFIXES
        + """
SELECT DISTINCT ?name WHERE {
  ?merkel a schema:Person ; schema:name "Angela Merkel"@de .
  ?e a schema:Event ; schema:attendee ?merkel, ?other .
  ?other schema:name ?name .
  FILTER(?other != ?merkel)
}""",
    ),
    (
        "meetings_per_country",
        "How many meetings did each country attend?",
        PREFIXES
        + """
SELECT ?country (COUNT(?e) AS ?meetings) WHERE {
  ?e a schema:Event ; schema:attendee ?c .
  ?c a schema:Country ; schema:name ?country .
}
GROUP BY ?country
ORDER BY DESC(?meetings)""",
    ),
    (
        "meetings_with_date_place",
        "Meetings with their date and the name of their place",
        PREFIXES
        + """
SELECT ?meeting ?date ?place WHERE {
  ?e a schema:Event ; schema:name ?meeting ; schema:startDate ?date ;
     schema:location ?l .
  ?l schema:name ?place .
}
ORDER BY ?date""",
    ),
    (
        "meetings_in_month",
        "Meetings in January 2022",
        PREFIXES
        + """
SELECT ?e ?date WHERE {
  ?e a schema:Event ; schema:startDate ?date .
  FILTER(STRSTARTS(STR(?date), "2022-01"))
}""",
    ),
    (
        "actors_per_place",
        "How many different actors met at each place?",
        PREFIXES
        + """
SELECT ?place (COUNT(DISTINCT ?a) AS ?actors) WHERE {
  ?e a schema:Event ; schema:location ?l ; schema:attendee ?a .
  ?l schema:name ?place .
}
GROUP BY ?place
ORDER BY DESC(?actors)""",
    ),
    (
        "roles_per_org",
        "How many role assignments does each organisation (or country) have?",
        PREFIXES
        + """
SELECT ?org (COUNT(?m) AS ?roles) WHERE {
  ?m a org:Membership ; org:organization ?o .
  ?o schema:name ?org .
}
GROUP BY ?org
ORDER BY DESC(?roles)""",
    ),
    (
        "role_holders",
        "Who holds which role at which organisation?",
        PREFIXES
        + """
SELECT ?person ?role ?org WHERE {
  ?m a org:Membership ; org:member ?p ; org:role ?r ; org:organization ?o .
  ?p schema:name ?person .
  ?r rdfs:label ?role .
  ?o schema:name ?org .
}""",
    ),
    (
        "foreign_ministers",
        "Which persons are Außenminister, and of which country?",
        PREFIXES
        + """
SELECT ?person ?country WHERE {
  ?m org:member ?p ; org:role ?r ; org:organization ?c .
  ?r rdfs:label "Außenminister"@de .
  ?c a schema:Country ; schema:name ?country .
  ?p schema:name ?person .
}""",
    ),
    (
        "articles_per_country",
        "How many articles mention each country?",
        PREFIXES
        + """
SELECT ?country (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?m a kg:Mention ; kg:mentionOf ?c ; kg:inArticle ?article .
  ?c a schema:Country ; schema:name ?country .
}
GROUP BY ?country
ORDER BY DESC(?articles)""",
    ),
    (
        "top_persons_by_articles",
        "The 20 persons mentioned in the most articles",
        PREFIXES
        + """
SELECT ?person (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?m kg:mentionOf ?p ; kg:inArticle ?article .
  ?p a schema:Person ; schema:name ?person .
}
GROUP BY ?person
ORDER BY DESC(?articles)
LIMIT 20""",
    ),
    (
        "articles_per_country_linked",
        "How many articles mention each country? (the article's schema:mentions)",
        PREFIXES
        + """
SELECT ?country (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?article a schema:NewsArticle ; schema:mentions ?c .
  ?c a schema:Country ; schema:name ?country .
}
GROUP BY ?country
ORDER BY DESC(?articles)""",
    ),
    (
        "top_persons_by_articles_linked",
        "The 20 persons mentioned in the most articles (schema:mentions)",
        PREFIXES
        + """
SELECT ?person (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?article a schema:NewsArticle ; schema:mentions ?p .
  ?p a schema:Person ; schema:name ?person .
}
GROUP BY ?person
ORDER BY DESC(?articles)
LIMIT 20""",
    ),
    (
        "co_mentioned_with_merkel",
        "Which persons are named in the same sentence as Angela Merkel, how often?",
        PREFIXES
        + """
SELECT ?name (COUNT(?s) AS ?sentences) WHERE {
  ?merkel schema:name "Angela Merkel"@de .
  ?m1 kg:mentionOf ?merkel ; kg:inSentence ?s .
  ?m2 kg:inSentence ?s ; kg:mentionOf ?p .
  ?p a schema:Person ; schema:name ?name .
  FILTER(?p != ?merkel)
}
GROUP BY ?name
ORDER BY DESC(?sentences)""",
    ),
    (
        "meeting_sources",
        "Each meeting with the sentence it comes from and its article",
        PREFIXES
        + """
SELECT ?e ?text ?article WHERE {
  ?e a schema:Event ; prov:wasDerivedFrom ?s ; kg:reportedIn ?article .
  ?s kg:text ?text .
}""",
    ),
    (
        "cities_with_coordinates",
        "Cities with their latitude and longitude",
        PREFIXES
        + """
SELECT ?city ?lat ?lon WHERE {
  ?c a schema:City ; schema:name ?city ; schema:geo ?g .
  ?g schema:latitude ?lat ; schema:longitude ?lon .
}""",
    ),
    (
        "articles_per_month",
        "How many articles were published in each month?",
        PREFIXES
        + """
SELECT ?month (COUNT(?a) AS ?articles) WHERE {
  ?a a schema:NewsArticle ; schema:datePublished ?d .
  BIND(SUBSTR(STR(?d), 1, 7) AS ?month)
}
GROUP BY ?month
ORDER BY ?month""",
    ),
]

ARTICLE_SCOPED = re.compile(
    rb"(<https://w3id\.org/kg-news/id/(?:article|meeting|sentence|mention)/)([^/>]+)"
)
MERGE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
_COUNT_AS = re.compile(r"\(\s*COUNT\s*\(.*?\)\s+AS\s+\?(\w+)\s*\)", re.I | re.S)


def count_var(sparql: str) -> str | None:
    """Name of the variable a ``COUNT`` is bound to, or ``None``.

    Parameters
    ----------
    sparql
        A query of :data:`QUESTIONS`.

    Returns
    -------
    str or None
        The first ``(COUNT(...) AS ?v)`` variable of the query.
    """
    m = _COUNT_AS.search(sparql)
    return m.group(1) if m else None


def summarize(rows: Iterable[Any], var: str | None) -> tuple[int, int | None]:
    """Rows of a result and the sum of its ``var`` column.

    Works for pyoxigraph ``QuerySolution`` and rdflib ``ResultRow`` alike (both
    are indexable by the variable name).

    Parameters
    ----------
    rows
        The solutions of a ``SELECT``.
    var
        The ``COUNT`` variable (see :func:`count_var`), or ``None``.

    Returns
    -------
    tuple of int and (int or None)
        Number of rows, and the count (summed over groups) or ``None``.
    """
    rows = list(rows)
    if var is None:
        return len(rows), None
    total = 0
    for r in rows:
        v = r[var]
        total += int(str(v.value if hasattr(v, "value") else v)) if v is not None else 0
    return len(rows), total


# ---------------------------------------------------------------- timing


class Timing:
    """One question timed on one engine/layout.

    A plain class, not a dataclass: the module also imports from a file path
    (``importlib.util.spec_from_file_location``) without a ``sys.modules`` entry.
    """

    def __init__(
        self,
        ms: float | None = None,
        rows: int | None = None,
        count: int | None = None,
        runs: int = 0,
        note: str = "",
        cpu_ms: float | None = None,
    ) -> None:
        self.ms = ms  # median of the timed runs; None: no answer
        self.cpu_ms = cpu_ms  # median CPU time of the querying thread
        self.rows = rows
        self.count = count
        self.runs = runs
        self.note = note  # "> 30 s", "error: ...", "> memory", "child died"

    def cell(self) -> str:
        if self.ms is None:
            return self.note
        return _ms(self.ms)

    def cpu_cell(self) -> str:
        return "" if self.cpu_ms is None else _ms(self.cpu_ms)


def _ms(x: float) -> str:
    return f"{x:.1f}" if x >= 1 else f"{x:.2f}"


def _send(fd: int, obj: Any) -> None:
    data = pickle.dumps(obj)
    os.write(fd, struct.pack("!I", len(data)) + data)


def _recv(fd: int, buf: bytearray) -> list[Any]:
    chunk = os.read(fd, 1 << 16)
    if not chunk:
        raise EOFError
    buf += chunk
    out = []
    while len(buf) >= 4:
        (n,) = struct.unpack("!I", buf[:4])
        if len(buf) < 4 + n:
            break
        out.append(pickle.loads(bytes(buf[4 : 4 + n])))
        del buf[: 4 + n]
    return out


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _child(fn: Callable[[], tuple[int, int | None]], runs: int, budget: float, w: int):
    try:
        t, c = time.perf_counter(), time.thread_time()
        rows, count = fn()  # warm-up, also the answer we report
        first = time.perf_counter() - t
        _send(w, ("first", first, rows, count, time.thread_time() - c))
        spent = first
        for _ in range(runs):
            if spent >= budget:  # slow question: fewer repeats
                break
            t, c = time.perf_counter(), time.thread_time()
            fn()
            dt = time.perf_counter() - t
            spent += dt
            _send(w, ("run", dt, time.thread_time() - c))
        _send(w, ("done",))
    except BaseException as e:  # noqa: BLE001 - reported by the parent
        _send(w, ("error", f"error: {type(e).__name__}: {e}"[:70]))


def timed(
    fn: Callable[[], tuple[int, int | None]],
    runs: int,
    timeout: float,
    mem_limit_mb: float,
) -> Timing:
    """Median wall time of ``runs`` calls of ``fn`` after a warm-up call.

    The calls run in a forked child; if one takes longer than ``timeout``
    seconds, or the child grows more than ``mem_limit_mb`` above the parent, it
    is killed. Repeats stop once the calls took ``timeout`` seconds together.

    Parameters
    ----------
    fn
        Runs the question and returns ``(rows, count)``.
    runs
        Timed calls after the warm-up.
    timeout
        Seconds one call may take.
    mem_limit_mb
        Extra resident memory the child may use.

    Returns
    -------
    Timing
        Median ms, rows and count, or a note why there is none.
    """
    if not hasattr(os, "fork"):  # no timeout without fork
        t, c = time.perf_counter(), time.thread_time()
        rows, count = fn()
        times = [time.perf_counter() - t]
        cpus = [time.thread_time() - c]
        for _ in range(runs):
            t, c = time.perf_counter(), time.thread_time()
            fn()
            times.append(time.perf_counter() - t)
            cpus.append(time.thread_time() - c)
        times, cpus = (times[1:], cpus[1:]) if runs else (times, cpus)
        return Timing(
            statistics.median(times) * 1000,
            rows,
            count,
            len(times),
            cpu_ms=statistics.median(cpus) * 1000,
        )
    sys.stdout.flush()
    sys.stderr.flush()
    base = _rss_mb(os.getpid())
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            _child(fn, runs, timeout, w)
        finally:
            os._exit(0)
    os.close(w)
    res, times, first, buf = Timing(), [], None, bytearray()
    cpus: list[float] = []
    first_cpu = 0.0
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                res.note = f"> {timeout:g} s"
                break
            if _rss_mb(pid) - base > mem_limit_mb:
                res.note = "> memory"
                break
            ready, _, _ = select.select([r], [], [], min(left, 0.25))
            if not ready:
                continue
            try:
                msgs = _recv(r, buf)
            except EOFError:
                res.note = res.note or "child died"
                break
            done = False
            for m in msgs:
                if m[0] == "first":
                    first, res.rows, res.count, first_cpu = m[1], m[2], m[3], m[4]
                elif m[0] == "run":
                    times.append(m[1])
                    cpus.append(m[2])
                elif m[0] == "error":
                    res.note, done = m[1], True
                else:
                    done = True
                deadline = time.monotonic() + timeout
            if done:
                break
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(r)
    if first is None:
        res.rows = res.count = None
        return res
    if not times and res.note:  # the warm-up answered, the first repeat ran away
        return res
    times, cpus = (times, cpus) if times else ([first], [first_cpu])
    res.ms, res.runs = statistics.median(times) * 1000, len(times)
    res.cpu_ms = statistics.median(cpus) * 1000
    return res


# ---------------------------------------------------------------- data


def nquads_bytes(path: Path) -> bytes:
    """The article graphs of the file as N-Quads bytes: a ``kg export`` also
    holds the corpus graph as its default graph, which the benchmark derives
    itself (and which would be one more copy in the union layout)."""
    import pyoxigraph as ox

    quads = (
        q
        for q in ox.parse(path=str(path))
        if not isinstance(q.graph_name, ox.DefaultGraph)
    )
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def renamed_copy(data: bytes, i: int) -> bytes:
    """Copy ``i`` of the corpus: article-scoped IRIs ``X`` become ``X-c{i}``."""
    if i == 0:
        return data
    return ARTICLE_SCOPED.sub(rb"\1\2-c%d" % i, data)


def load_copies(data: bytes, k: int, path: Path | None = None) -> Any:
    """A store with ``k`` renamed copies of the article graphs.

    Parameters
    ----------
    data
        The corpus as N-Quads.
    k
        Number of copies.
    path
        Directory of an on-disk store; ``None`` for an in-memory store.

    Returns
    -------
    pyoxigraph.Store
        The store, article graphs only (no default graph yet).
    """
    import pyoxigraph as ox

    store = ox.Store(str(path)) if path is not None else ox.Store()
    for i in range(k):
        store.bulk_load(input=renamed_copy(data, i), format=ox.RdfFormat.N_QUADS)
    return store


def rdflib_set_graph(data: bytes) -> Any:
    """All triples of all graphs in one rdflib ``Graph`` (a set)."""
    import pyoxigraph as ox
    from rdflib import Graph

    triples = (q.triple for q in ox.parse(data, format=ox.RdfFormat.N_QUADS))
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    g = Graph()
    g.parse(data=nt.decode("utf-8"), format="nt")
    return g


# ---------------------------------------------------------------- report


class ScaleResult:
    """The timings and checks of one scale."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.default: dict[str, Timing] = {}
        self.union: dict[str, Timing] = {}
        self.check: dict[str, str] = {}


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS in MB of this process and of the largest child (Linux: KiB)."""
    unit = 1 if sys.platform == "darwin" else 1024
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit / 2**20
    ch = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * unit / 2**20
    return me, ch


def scale_table(res: ScaleResult) -> str:
    cols = ["question", "rows", "default ms", "cpu ms", "count"]
    if res.union:
        cols += ["union ms", "union rows", "union count"]
    if res.check:
        cols += ["rdflib check"]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for name, _, _ in QUESTIONS:
        d = res.default[name]
        cells = [name, _s(d.rows), d.cell(), d.cpu_cell(), _s(d.count)]
        if res.union:
            u = res.union[name]
            cells += [u.cell(), _s(u.rows), _s(u.count)]
        if res.check:
            cells.append(res.check.get(name, ""))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def summary_table(results: list[ScaleResult], cpu: bool = False) -> str:
    """Question × scale: median wall ms, or with ``cpu`` the median CPU ms of
    the querying thread (what the query cost, whatever else ran on the machine)."""
    ks = [r.k for r in results]
    cols = ["question"] + [f"{k}×" for k in ks]
    if len(ks) > 1:
        cols.append(f"growth {ks[0]}×→{ks[-1]}×")
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for name, _, _ in QUESTIONS:
        ts = [r.default[name] for r in results]
        cells = [name] + [(t.cpu_cell() if cpu else t.cell()) for t in ts]
        if len(ks) > 1:
            a, b = (ts[0].cpu_ms, ts[-1].cpu_ms) if cpu else (ts[0].ms, ts[-1].ms)
            cells.append(f"{b / a:.1f}" if a and b else "")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _s(x: Any) -> str:
    return "" if x is None else f"{x:,}" if isinstance(x, int) else str(x)


# ---------------------------------------------------------------- main


def run_scale(
    data: bytes,
    k: int,
    args: argparse.Namespace,
    union: bool,
    check: bool,
) -> ScaleResult:
    """Load ``k`` copies, time the questions (union first), merge, check."""
    res = ScaleResult(k)
    tmp = None if args.memory else tempfile.TemporaryDirectory(prefix="kg-natural-")
    t = time.perf_counter()
    store = load_copies(data, k, None if tmp is None else Path(tmp.name) / "store")
    load_s = time.perf_counter() - t
    n_graph_quads = len(store)
    print(
        f"### {k}× ({k * args.articles:,} articles)\n\n"
        f"- load: {n_graph_quads:,} quads in article graphs, "
        f"rename + bulk load {load_s:.1f} s "
        f"({'in memory' if tmp is None else 'on disk'})",
        flush=True,
    )

    def job(
        sparql: str, as_union: bool, store: Any = store
    ) -> Callable[[], tuple[int, int | None]]:
        var = count_var(sparql)

        def fn() -> tuple[int, int | None]:
            sols = store.query(sparql, use_default_graph_as_union=as_union)
            return summarize(sols, var)

        return fn

    if union:  # the old layout: only the article graphs, queried as a union
        for name, _, sparql in QUESTIONS:
            res.union[name] = timed(
                job(sparql, True), args.runs, args.timeout, args.mem_limit_mb
            )
            print(f"  union   {name}: {res.union[name].cell()}", file=sys.stderr)

    t = time.perf_counter()
    store.update(MERGE)
    merge_s = time.perf_counter() - t
    n_default = len(store) - n_graph_quads
    print(
        f"- merge: {merge_s:.1f} s, default graph {n_default:,} triples "
        f"(set of the {n_graph_quads:,} quads; store now {len(store):,})",
        flush=True,
    )

    if args.optimize:
        t = time.perf_counter()
        store.optimize()
        print(f"- optimize: {time.perf_counter() - t:.1f} s", flush=True)

    for name, _, sparql in QUESTIONS:
        res.default[name] = timed(
            job(sparql, False), args.runs, args.timeout, args.mem_limit_mb
        )
        print(f"  default {name}: {res.default[name].cell()}", file=sys.stderr)

    if check:
        t = time.perf_counter()
        g = rdflib_set_graph(renamed_copies(data, k))
        print(f"- rdflib Graph: {len(g):,} triples in {time.perf_counter() - t:.1f} s")
        if len(g) != n_default:
            print(f"  (MISMATCH: Oxigraph default graph has {n_default:,})")
        for name, _, sparql in QUESTIONS:
            var = count_var(sparql)
            rd = timed(
                lambda sparql=sparql, var=var: summarize(g.query(sparql), var),
                0,
                args.rdflib_timeout,
                args.mem_limit_mb,
            )
            d = res.default[name]
            if rd.rows is None:
                res.check[name] = (
                    "skipped (timeout)" if rd.note.startswith(">") else rd.note
                )
            elif (rd.rows, rd.count) == (d.rows, d.count):
                res.check[name] = "OK"
            else:
                res.check[name] = f"MISMATCH (rdflib {rd.rows} rows, count {rd.count})"
            print(f"  check   {name}: {res.check[name]}", file=sys.stderr)
        del g
    del store
    if tmp is not None:
        tmp.cleanup()
    print("\n" + scale_table(res) + "\n", flush=True)
    return res


def renamed_copies(data: bytes, k: int) -> bytes:
    return b"".join(renamed_copy(data, i) for i in range(k))


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--graph",
        type=Path,
        default=FIXTURE,
        help="article graphs (.nq, or any RDF dataset format pyoxigraph reads)",
    )
    ap.add_argument("--scales", default="1", help="copies of the corpus, e.g. 1,4,16")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per question")
    ap.add_argument(
        "--union",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="also time the union layout (default: at scale 1 only)",
    )
    ap.add_argument(
        "--check",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="compare with rdflib on the set-merged triples (default: scale 1 only)",
    )
    ap.add_argument(
        "--timeout", type=float, default=30, help="seconds one query may take"
    )
    ap.add_argument(
        "--rdflib-timeout", type=float, default=120, help="seconds for rdflib"
    )
    ap.add_argument(
        "--mem-limit-mb",
        type=float,
        default=4000,
        help="kill a query whose process grows more than this",
    )
    ap.add_argument(
        "--memory",
        action="store_true",
        help="in-memory stores (faster to build, slower to query; see above)",
    )
    ap.add_argument(
        "--optimize",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="compact the on-disk store after the merge, as kg build does (default)",
    )
    ap.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="one question"
    )
    args = ap.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    if args.only:
        QUESTIONS[:] = [q for q in QUESTIONS if q[0] in args.only]

    t = time.perf_counter()
    data = nquads_bytes(args.graph)
    args.articles = len(
        set(
            re.findall(rb"<https://w3id\.org/kg-news/id/article/[^>]+> \.$", data, re.M)
        )
    )
    print(
        f"## Natural questions: {args.graph} ({args.articles:,} article graphs, "
        f"read in {time.perf_counter() - t:.1f} s), median of {args.runs} runs\n"
    )
    results = []
    for k in scales:
        union = args.union if args.union is not None else k == 1
        check = args.check if args.check is not None else k == 1
        results.append(run_scale(data, k, args, union, check))

    print(f"### Summary: default graph, median wall ms ({args.runs} runs)\n")
    print(summary_table(results))
    print(
        f"\n### Summary: default graph, median CPU ms of the query ({args.runs} runs)\n"
    )
    print(summary_table(results, cpu=True))
    if len(scales) > 1:
        print(f"\ncorpus growth {scales[0]}×→{scales[-1]}×: {scales[-1] / scales[0]:g}")
    slow = [n for n, _, _ in QUESTIONS if (results[0].default[n].ms or 1e9) > 100]
    if slow:
        print(f"over 100 ms at {scales[0]}×: {', '.join(slow)}")
    me, ch = peak_rss_mb()
    print(
        f"\npeak RSS: {me:,.0f} MB (this process), {ch:,.0f} MB (largest query child)"
    )
    bad = [n for r in results for n, c in r.check.items() if c.startswith("MISMATCH")]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
