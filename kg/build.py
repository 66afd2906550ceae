"""The one module that strings the stages together.

    documents ──► nlp.pipe ──► doc_to_records ──► records_to_graph ──► store ──► file

A build streams: documents are read lazily, processed in chunks (in this
process, in ``workers`` processes, or on a Dask cluster), and each chunk's
article graphs go into the Oxigraph store as soon as they come back, in input
order. Memory stays bounded by the chunks in flight, whatever the corpus size.

Every article is one named graph carrying its ``kg:contentHash``; a rebuild
skips articles whose hash is unchanged, replaces the graph of a changed one and,
with ``prune``, removes articles no longer in the input. An output file
(``-o``) is exported from the store at the end; without a store, a temporary
one on disk serves.
"""

from __future__ import annotations

import collections
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import InputError, KGError
from .ingest import Document, iter_documents

__all__ = [
    "ArticleResult",
    "BuildSummary",
    "build",
    "count_documents",
    "documents_to_records",
    "process_documents",
]

#: documents a worker processes per task
CHUNK_SIZE = 16
#: articles written to the store per transaction
WRITE_BATCH = 64


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
    """One article's graph as N-Quads, with counts; what a worker sends back."""

    id: str
    iri: str
    nquads: bytes
    tokens: int
    entities: int
    roles: int
    meetings: int
    triples: int


def documents_to_records(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 32,
) -> Iterator[tuple[Document, Any, int]]:
    """Run the NLP pipeline over ``documents`` and extract their records, streaming.

    Yields
    ------
    (Document, ArticleRecords, tokens)
    """
    from .extract import doc_to_records
    from .nlp import load_nlp

    nlp = load_nlp(model)

    def texts() -> Iterator[tuple[str, Document]]:
        for d in documents:
            end = d.body_end if d.body_end is not None else len(d.text)
            yield d.text[d.body_start : end], d

    for doc, d in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        rec = doc_to_records(
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
        yield d, rec, len(doc)


def process_documents(
    documents: list[Document], model: str | None = None
) -> list[ArticleResult]:
    """Documents -> their article graphs as N-Quads. Runs in workers (picklable
    in and out); the pipeline is loaded once per process."""
    from .rdf import article_iri, records_to_graph

    out = []
    for d, rec, tokens in documents_to_records(documents, model=model):
        iri = article_iri(rec.id)
        g = records_to_graph(rec)
        quads = _to_quads(g, ox.NamedNode(str(iri)))
        out.append(
            ArticleResult(
                id=d.id,
                iri=str(iri),
                nquads=ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
                tokens=tokens,
                entities=len(rec.entities),
                roles=len(rec.roles),
                meetings=len(rec.meetings),
                triples=len(quads),
            )
        )
    return out


def _to_quads(graph: Any, name: ox.NamedNode) -> list[ox.Quad]:
    """An rdflib Graph's triples as Oxigraph quads in graph ``name``."""
    from rdflib import BNode, Literal, URIRef

    cache: dict[Any, Any] = {}

    def term(t: Any) -> Any:
        o = cache.get(t)
        if o is not None:
            return o
        if isinstance(t, URIRef):
            o = ox.NamedNode(str(t))
        elif isinstance(t, Literal):
            if t.language:
                o = ox.Literal(str(t), language=t.language)
            elif t.datatype is not None:
                o = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
            else:
                o = ox.Literal(str(t))
        elif isinstance(t, BNode):
            o = ox.BlankNode(str(t))
        else:  # pragma: no cover - rdflib has no other node kinds in a graph
            raise TypeError(f"unexpected RDF term {t!r}")
        cache[t] = o
        return o

    return [ox.Quad(term(s), term(p), term(o), name) for s, p, o in graph]


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


@contextlib.contextmanager
def _executor(
    workers: int, dask: str | None, model: str | None
) -> Iterator[Callable[[Iterable[list[Document]]], Iterator[list[ArticleResult]]]]:
    if dask is not None:
        try:
            from distributed import Client
        except ImportError as e:
            raise InputError(
                "--dask: expected dask.distributed to be installed, got none "
                "(pip install 'kg[dask]')"
            ) from e
        try:
            client = Client(dask, timeout=30) if isinstance(dask, str) else dask
        except OSError as e:
            raise InputError(
                f"--dask {dask}: expected a Dask scheduler, got {e}"
            ) from e
        n = max(1, sum(client.nthreads().values()))
        try:
            yield lambda chunks: _ordered(
                lambda c: client.submit(process_documents, c, model, pure=False),
                chunks,
                2 * n + 1,
            )
        finally:
            if isinstance(dask, str):
                client.close()
    elif workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
            yield lambda chunks: _ordered(
                lambda c: pool.submit(process_documents, c, model), chunks, 2 * workers
            )
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
    from .link import link_store
    from .rdf import article_iri
    from .store import article_hashes, open_store, remove_article

    if output is None and store is None:
        raise InputError("kg build: expected -o FILE and/or --store DIR, got neither")
    if workers < 1:
        raise InputError(f"--workers: expected a positive number, got {workers}")
    if output is not None:
        from .atomic import check_writable
        from .store import rdf_format

        rdf_format(output)
        check_writable(output)
    summary = BuildSummary()
    started = time.perf_counter()

    def on_error(e: KGError) -> None:
        summary.skipped.append(str(e))

    docs = iter_documents(inputs, date=date, skip_errors=skip_errors, on_error=on_error)
    tmp = None
    if store is None:
        tmp = tempfile.mkdtemp(prefix=".kg-build-", dir=_tmp_parent(output))
        store = tmp
    try:
        st = open_store(store)
        known = article_hashes(st)
        seen: dict[str, None] = {}

        def todo() -> Iterator[Document]:
            for d in docs:
                iri = str(article_iri(d.id))
                seen[iri] = None
                if known.get(iri) == d.content_hash:
                    summary.unchanged += 1
                    continue
                yield d

        batch: list[ArticleResult] = []
        with _executor(workers, dask, model) as run:
            for results in run(_chunks(todo(), CHUNK_SIZE)):
                for r in results:
                    summary.documents += 1
                    summary.tokens += r.tokens
                    summary.entities += r.entities
                    summary.roles += r.roles
                    summary.meetings += r.meetings
                    summary.triples += r.triples
                batch += results
                if len(batch) >= WRITE_BATCH:
                    _write(st, batch)
                    batch = []
                if progress is not None:
                    progress(summary)
        _write(st, batch)
        if prune:
            for iri in set(known) - set(seen):
                summary.pruned += remove_article(st, iri)
        link_store(st)
        st.flush()
        if output is not None:
            _export(st, list(seen), output, whole=tmp is not None)
        del st
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _tmp_parent(output: str | os.PathLike[str] | None) -> str | None:
    if output is None:
        return None
    parent = Path(output).parent
    return str(parent) if str(parent) else None


def _write(st: ox.Store, results: list[ArticleResult]) -> None:
    """One batch of articles into the store: each replaces its previous graph."""
    if not results:
        return
    for r in results:
        g = ox.NamedNode(r.iri)
        if st.contains_named_graph(g):
            st.remove_graph(g)
    data = b"".join(r.nquads for r in results)
    st.load(data, format=ox.RdfFormat.N_QUADS)


def _export(
    st: ox.Store, graphs: list[str], output: str | os.PathLike[str], *, whole: bool
) -> None:
    """Write the article graphs ``graphs`` of ``st`` to ``output`` atomically."""
    from .store import export_store

    if whole:
        export_store(st, output)
        return
    part = ox.Store()
    for iri in graphs:
        g = ox.NamedNode(iri)
        part.extend(st.quads_for_pattern(None, None, None, g))
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
