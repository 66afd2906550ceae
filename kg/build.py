"""The one module that strings the stages together.

    documents ──► nlp.pipe ──► doc_to_records ──► records_to_nquads ──► store ──► file

A build streams: documents are read lazily, processed in chunks (in this
process, in ``workers`` processes, or on a Dask cluster), and each chunk's
article graphs go into the Oxigraph store as soon as they come back, in input
order, by a writer thread. Memory stays bounded by the chunks in flight,
whatever the corpus size.

Every article is one named graph carrying its ``kg:contentHash``, written in one
transaction: a build killed at any moment leaves each article whole or as it was.
A rebuild skips articles whose hash is unchanged, replaces the graph of a changed
one and, with ``prune``, removes articles no longer in the input; the linking
pass (:mod:`kg.link`) then runs over the whole store. An output file (``-o``) is
exported from the store at the end; without a store, a temporary one on disk
serves.
"""

from __future__ import annotations

import collections
import contextlib
import os
import queue
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError, KGError
from kg.ingest import Document, iter_documents

__all__ = [
    "ArticleResult",
    "BuildSummary",
    "build",
    "count_documents",
    "document_records",
    "documents_to_records",
    "process_documents",
]

#: documents a worker processes per task
CHUNK_SIZE = 16


@dataclass(slots=True)
class BuildSummary:
    """What a build did; ``str()`` is the one-line summary ``kg build`` prints."""

    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    unchanged: int = 0
    pruned: int = 0
    entities: int = 0
    roles: int = 0
    meetings: int = 0
    triples: int = 0
    tokens: int = 0
    seconds: float = 0.0
    #: seconds per stage: ``read`` (input files; this process), ``load`` (the NLP
    #: pipeline), ``nlp`` (spaCy), ``extract`` (doc_to_records), ``rdf``
    #: (records_to_nquads), these four summed over all workers; ``store``
    #: (writes; this process)
    timings: dict[str, float] = field(default_factory=dict)

    def __str__(self) -> str:
        rate = self.tokens / self.seconds if self.seconds else 0.0
        line = (
            f"{self.documents} documents, {self.entities} entities, "
            f"{self.roles} roles, {self.meetings} meetings, {self.triples} triples "
            f"in {self.seconds:.1f} s ({rate:,.0f} tokens/s)"
        )
        if self.unchanged:
            line += f"; {self.unchanged} unchanged"
        if self.pruned:
            line += f"; {self.pruned} pruned"
        if self.skipped:
            line += f"; {len(self.skipped)} skipped"
        return line


@dataclass(slots=True)
class ArticleResult:
    """One article's graph as N-Quads, with counts and the seconds each stage
    took; what a worker sends back."""

    id: str
    iri: str
    nquads: bytes
    tokens: int
    entities: int
    roles: int
    meetings: int
    triples: int
    seconds: dict[str, float] = field(default_factory=dict)


def documents_to_records(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 32,
    seconds: dict[str, float] | None = None,
) -> Iterator[tuple[Document, Any, int]]:
    """Run the NLP pipeline over ``documents`` and extract their records, streaming.

    Parameters
    ----------
    seconds
        If given, ``"load"``, ``"nlp"`` and ``"extract"`` are set to the seconds
        the last yielded article took in each stage (spaCy works in batches: the
        first article of a batch carries the whole batch's NLP time; the first
        article the loading of the pipeline).

    Yields
    ------
    (Document, ArticleRecords, tokens)
    """
    from kg.nlp import load_nlp

    clock = time.perf_counter
    t0 = clock()
    nlp = load_nlp(model)  # once per process
    loading = clock() - t0

    from kg.nlp import pipe

    def texts() -> Iterator[tuple[str, Document]]:
        for d in documents:
            end = d.body_end if d.body_end is not None else len(d.text)
            yield d.text[d.body_start : end], d

    docs = pipe(nlp, texts(), as_tuples=True, batch_size=batch_size)
    while True:
        t0 = clock()
        try:
            doc, d = next(docs)
        except StopIteration:
            return
        t1 = clock()
        rec = document_records(doc, d)
        if seconds is not None:
            seconds["load"], loading = loading, 0.0
            seconds["nlp"] = t1 - t0
            seconds["extract"] = clock() - t1
        yield d, rec, len(doc)


def document_records(doc: Any, d: Document) -> Any:
    """:func:`kg.extract.doc_to_records` of ``doc``, the body of document ``d``
    (from :func:`kg.nlp.pipe`, which keeps the body as it was before its spaces
    were squeezed), with ``d``'s metadata; offsets index ``d.text``."""
    from kg.extract import doc_to_records

    return doc_to_records(
        doc,
        article_id=d.id,
        content_hash=d.content_hash,
        offset=d.body_start,
        title=d.title,
        date=d.date,
        url=d.url,
        source=d.source,
        path=d.path,
    )


def process_documents(
    documents: list[Document], model: str | None = None
) -> list[ArticleResult]:
    """Documents -> their article graphs as N-Quads. Runs in workers (picklable
    in and out); the pipeline is loaded once per process."""
    from kg.rdf.graph import article_iri, records_to_nquads

    out = []
    seconds: dict[str, float] = {}
    records = documents_to_records(documents, model=model, seconds=seconds)
    for d, rec, tokens in records:
        t0 = time.perf_counter()
        nq = records_to_nquads(rec).encode("utf-8")
        seconds["rdf"] = time.perf_counter() - t0
        out.append(
            ArticleResult(
                id=d.id,
                iri=str(article_iri(rec.id)),
                nquads=nq,
                tokens=tokens,
                entities=len(rec.entities),
                roles=len(rec.roles),
                meetings=len(rec.meetings),
                triples=nq.count(b"\n"),
                seconds=dict(seconds),
            )
        )
    return out


# --- executors ----------------------------------------------------------------------


def _chunks(items: Iterable[Document], n: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ordered(
    submit: Callable[[list[Document]], Any],
    chunks: Iterable[list[Document]],
    depth: int,
) -> Iterator[list[ArticleResult]]:
    """``submit(chunk)`` results in input order, at most ``depth`` in flight."""
    pending: collections.deque[Any] = collections.deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= depth:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _dask_client(dask: Any) -> Any:
    """A ``distributed.Client`` for ``--dask ADDRESS`` (or the client given)."""
    if not isinstance(dask, str):
        return dask
    try:
        from distributed import Client
    except ImportError as e:
        raise InputError(
            "--dask: expected dask.distributed to be installed, got none "
            "(pip install 'kg[dask]')"
        ) from e
    try:
        return Client(dask, timeout=30)
    except (OSError, ValueError, TypeError) as e:  # refused, timed out, bad address
        raise InputError(
            f"--dask {dask}: expected a Dask scheduler (tcp://host:8786), got {e}"
        ) from e


@contextlib.contextmanager
def _executor(
    workers: int, client: Any, model: str | None, timings: dict[str, float]
) -> Iterator[Callable[[Iterable[list[Document]]], Iterator[list[ArticleResult]]]]:
    if client is not None:
        n = max(1, sum(client.nthreads().values()))
        yield lambda chunks: _ordered(
            lambda c: client.submit(process_documents, c, model, pure=False),
            chunks,
            2 * n + 1,
        )
    elif workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        fork = os.name == "posix"
        ctx = multiprocessing.get_context("fork" if fork else "spawn")

        loaded = not fork

        def submit(chunk: list[Document]) -> Any:
            nonlocal loaded
            if not loaded:  # the first submit forks the workers
                from kg.nlp import load_nlp

                # Forked workers inherit the loaded pipeline: it loads once,
                # not once per worker, and its arrays stay shared in memory.
                # (The store writer thread is idle until the first results.)
                t0 = time.perf_counter()
                load_nlp(model)
                timings["load"] = timings.get("load", 0.0) + time.perf_counter() - t0
                loaded = True
            return pool.submit(process_documents, chunk, model)

        with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
            yield lambda chunks: _ordered(submit, chunks, 2 * workers)
    else:
        yield lambda chunks: (process_documents(c, model) for c in chunks)


# --- the build ----------------------------------------------------------------------


def build(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    output: str | os.PathLike[str] | None = None,
    store: str | os.PathLike[str] | None = None,
    model: str | None = None,
    date: date | datetime | None = None,
    skip_errors: bool = False,
    workers: int = 1,
    dask: Any = None,
    prune: bool = False,
    progress: Callable[[BuildSummary], None] | None = None,
) -> BuildSummary:
    """Build the knowledge graph of ``inputs`` into a store and/or a file.

    Parameters
    ----------
    inputs
        Files (.txt, .jsonl, .csv) and directories of .txt files.
    output
        An RDF file of the input's articles; its extension picks the format
        (.ttl .nt .nq .trig .jsonld).
    store
        An Oxigraph store directory; each article replaces its named graph.
        ``None`` with an ``output`` builds in a temporary store.
    model
        The NLP pipeline (see :func:`kg.nlp.load_nlp`).
    date
        Publication date for every input (overrides what the text says).
    skip_errors
        Skip bad articles (listed in the summary) instead of stopping.
    workers
        Processes for extraction on this machine.
    dask
        A Dask scheduler address (or a ``distributed.Client``): extraction runs
        on the cluster, this process writes the store.
    prune
        Remove articles from the store that are not in ``inputs``.
    progress
        Called with the running summary after each chunk.

    Returns
    -------
    BuildSummary

    Raises
    ------
    InputError
        On a bad input (unless ``skip_errors``), a bad output path or option.
    StoreError
        If the store is locked or damaged.
    """
    from kg.link import link_store
    from kg.rdf.graph import article_iri
    from kg.store import article_hashes, open_store, remove_article

    if output is None and store is None:
        raise InputError("kg build: expected -o FILE and/or --store DIR, got neither")
    if workers < 1:
        raise InputError(f"--workers: expected a positive number, got {workers}")
    if output is not None:
        from kg.atomic import check_writable
        from kg.store import rdf_format

        rdf_format(output)
        check_writable(output)
    summary = BuildSummary()
    started = time.perf_counter()

    def on_error(e: KGError) -> None:
        summary.skipped.append(str(e))

    docs = iter_documents(inputs, date=date, skip_errors=skip_errors, on_error=on_error)
    client = tmp = None
    try:
        client = _dask_client(dask) if dask is not None else None  # before the store
        if store is None:
            tmp = _scratch_store(_tmp_parent(output))
            store = tmp
        st = open_store(store)
        known = article_hashes(st)
        seen: dict[str, None] = {}

        timings = summary.timings
        for stage in ("read", "load", "nlp", "extract", "rdf", "store"):
            timings[stage] = 0.0
        clock = time.perf_counter

        def todo() -> Iterator[Document]:
            it = iter(docs)
            while True:
                t0 = clock()
                d = next(it, None)
                timings["read"] += clock() - t0
                if d is None:
                    return
                iri = str(article_iri(d.id))
                seen[iri] = None
                if known.get(iri) == d.content_hash:
                    summary.unchanged += 1
                    continue
                yield d

        with (
            _executor(workers, client, model, timings) as run,
            _Writer(st, timings) as write,
        ):
            for results in run(_chunks(todo(), CHUNK_SIZE)):
                for r in results:
                    summary.documents += 1
                    summary.tokens += r.tokens
                    summary.entities += r.entities
                    summary.roles += r.roles
                    summary.meetings += r.meetings
                    summary.triples += r.triples
                    for stage, s in r.seconds.items():
                        timings[stage] += s
                write(results)
                if progress is not None:
                    progress(summary)
        if prune:
            for iri in set(known) - set(seen):
                summary.pruned += remove_article(st, iri)
        linked = link_store(st)
        if tmp is None and (summary.documents or summary.pruned or linked.articles):
            # compact what this build wrote: without it, lookups on a store
            # written in many transactions slow down as the corpus grows
            # (16 copies of the test corpus: counting its persons 28 ms -> 1 ms);
            # a scratch store for -o is exported and deleted, not queried
            st.optimize()
        st.flush()
        if output is not None:
            _export(st, list(seen), output, whole=tmp is not None)
        # the store closes when its last reference goes; the writer holds one
        del st, write
    finally:
        if client is not None and client is not dask:
            client.close()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _scratch_store(parent: str | None) -> str:
    """A new ``.kg-build-*`` directory for a ``--no-store`` build's store, with
    the owner's process id inside; scratch stores left by builds that were
    killed (their process is gone) are removed first."""
    where = Path(parent) if parent else Path(tempfile.gettempdir())
    for old in where.glob(".kg-build-*"):
        try:
            pid = int((old / "owner.pid").read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue  # not ours, or being created right now
        if not _alive(pid):
            shutil.rmtree(old, ignore_errors=True)
    tmp = tempfile.mkdtemp(prefix=".kg-build-", dir=parent)
    Path(tmp, "owner.pid").write_text(str(os.getpid()), encoding="ascii")
    return tmp


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process
        return True
    return True


def _tmp_parent(output: str | os.PathLike[str] | None) -> str | None:
    if output is None:
        return None
    parent = Path(output).parent
    return str(parent) if str(parent) else None


class _Writer:
    """Writes chunks of results into the store in a thread, in order.

    Oxigraph releases the GIL while it parses and writes, so the store writes
    overlap the NLP of the next chunk (in this process or in workers). At most
    ``depth`` chunks wait; an error in the thread is raised in the caller.
    """

    def __init__(self, st: ox.Store, timings: dict[str, float], depth: int = 4):
        self.st = st
        self.timings = timings
        self.queue: queue.Queue[list[ArticleResult] | None] = queue.Queue(depth)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="kg-build-writer")

    def __enter__(self) -> _Writer:
        self.thread.start()
        return self

    def __call__(self, results: list[ArticleResult]) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(results)

    def __exit__(self, *exc: object) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and exc[0] is None:
            raise self.error

    def _run(self) -> None:
        clock = time.perf_counter
        while (results := self.queue.get()) is not None:
            if self.error is not None:
                continue  # drain: the caller raises at its next call
            t0 = clock()
            try:
                _write(self.st, results)
            except BaseException as e:  # re-raised in the caller
                self.error = e
            self.timings["store"] += clock() - t0


def _write(st: ox.Store, results: list[ArticleResult]) -> None:
    """Articles into the store, each whole or not at all, with the corpus graph
    in step: the new ones of a chunk in one transaction, the changed ones in
    another. A build killed at any moment leaves every article whole or as it
    was before (tests/test_build.py kills builds to check)."""
    from kg.store import add_article_graphs, write_article_graphs

    new: list[ArticleResult] = []
    changed: list[ArticleResult] = []
    for r in results:
        (changed if st.contains_named_graph(ox.NamedNode(r.iri)) else new).append(r)
    if new:
        add_article_graphs(st, b"".join(r.nquads for r in new))
    if changed:
        graphs = {}
        for r in changed:
            quads = ox.parse(r.nquads, format=ox.RdfFormat.N_QUADS)
            nt = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
            graphs[ox.NamedNode(r.iri)] = (nt or b"").decode("utf-8")
        write_article_graphs(st, graphs)


def _export(
    st: ox.Store, graphs: list[str], output: str | os.PathLike[str], *, whole: bool
) -> None:
    """Write the article graphs ``graphs`` of ``st`` (and their corpus graph)
    to ``output`` atomically."""
    from kg.store import add_article_graphs, export_store

    if whole:
        export_store(st, output)
        return
    part = ox.Store()
    quads = (
        q
        for iri in graphs
        for q in st.quads_for_pattern(None, None, None, ox.NamedNode(iri))
    )
    add_article_graphs(part, ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    export_store(part, output)


def count_documents(inputs: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many articles ``inputs`` hold (for the progress bar's ETA); ``None``
    if they cannot be read (the build itself will say why)."""
    try:
        return sum(
            1 for _ in iter_documents(inputs, skip_errors=True, on_error=_ignore)
        )
    except KGError:
        return None


def _ignore(e: KGError) -> None:
    pass


class Progress:
    """A one-line progress display on stderr: documents, rate, ETA."""

    def __init__(self, total: int | None = None, stream: Any = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()

    def __call__(self, s: BuildSummary) -> None:
        elapsed = time.perf_counter() - self.started
        done = s.documents + s.unchanged
        rate = s.documents / elapsed if elapsed else 0.0
        line = f"kg build: {done}"
        if self.total:
            line += f"/{self.total}"
        tokens = s.tokens / elapsed if elapsed else 0.0
        line += f" documents, {rate:.1f} docs/s, {tokens:,.0f} tokens/s"
        if self.total and rate:
            eta = (self.total - done) / rate
            line += f", ETA {int(eta // 60)}:{int(eta % 60):02d}"
        print(f"\r{line}\033[K", end="", file=self.stream, flush=True)

    def close(self) -> None:
        print("", file=self.stream, flush=True)
