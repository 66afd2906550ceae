"""The one module that strings the stages together.

documents ──► nlp.pipe ──► doc_to_records ──► records_to_graph ──► file / store
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rdflib import Dataset, Graph

from .atomic import atomic_write, check_writable
from .errors import InputError, KGError
from .ingest import Document, iter_documents
from .rdf import FORMATS, article_iri, records_to_graph
from .records import ArticleRecords
from .vocab import bind

__all__ = ["BuildSummary", "documents_to_records", "build", "write_dataset"]


@dataclass(slots=True)
class BuildSummary:
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    unchanged: int = 0
    entities: int = 0
    roles: int = 0
    meetings: int = 0
    triples: int = 0
    tokens: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        rate = self.tokens / self.seconds if self.seconds else 0.0
        line = (
            f"{self.documents} documents, {self.entities} entities, {self.roles} roles, "
            f"{self.meetings} meetings, {self.triples} triples in {self.seconds:.1f} s "
            f"({rate:,.0f} tokens/s)"
        )
        if self.unchanged:
            line += f"; {self.unchanged} unchanged"
        if self.skipped:
            line += f"; {len(self.skipped)} skipped"
        return line


def documents_to_records(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    summary: BuildSummary | None = None,
) -> Iterator[ArticleRecords]:
    """Run the NLP pipeline over ``documents`` and extract their records, streaming.

    Parameters
    ----------
    documents
        Articles, e.g. from :func:`kg.ingest.iter_documents`.
    model
        ``None`` for the shipped pipeline (see :func:`kg.nlp.load_nlp`).
    batch_size, n_process
        Passed to ``nlp.pipe``.
    """
    from .extract import doc_to_records
    from .nlp import load_nlp

    nlp = load_nlp(model)

    def texts() -> Iterator[tuple[str, Document]]:
        for d in documents:
            end = d.body_end if d.body_end is not None else len(d.text)
            yield d.text[d.body_start : end], d

    for doc, d in nlp.pipe(
        texts(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
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
        if summary is not None:
            summary.documents += 1
            summary.tokens += len(doc)
            summary.entities += len(rec.entities)
            summary.roles += len(rec.roles)
            summary.meetings += len(rec.meetings)
        yield rec


def output_format(path: str | os.PathLike[str]) -> str:
    """The rdflib format for an output file, from its extension."""
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        raise InputError(
            f"{path}: expected an output extension of {', '.join(FORMATS)}, got {ext or 'none'}"
        )
    return FORMATS[ext]


def write_dataset(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write ``dataset`` atomically; .ttl and .nt get the union of all graphs."""
    fmt = output_format(path)
    if fmt in ("turtle", "nt"):
        union = bind(Graph())
        for quad in dataset.quads((None, None, None, None)):
            union.add(quad[:3])
        data = union.serialize(format=fmt)
    else:
        data = dataset.serialize(format=fmt)
    with atomic_write(path) as f:
        f.write(data)


def build(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    output: str | os.PathLike[str] | None = None,
    store: str | os.PathLike[str] | None = None,
    model: str | None = None,
    date: date | datetime | None = None,
    skip_errors: bool = False,
    progress: Callable[[BuildSummary], None] | None = None,
) -> BuildSummary:
    """Build the knowledge graph of ``inputs`` into a file and/or a store.

    Parameters
    ----------
    inputs
        Files (.txt, .jsonl, .csv) and directories of .txt files.
    output
        An RDF file; its extension picks the format (.ttl .nt .nq .trig .jsonld).
    store
        An Oxigraph store directory; each article replaces its named graph.
    model
        The NLP pipeline (see :func:`kg.nlp.load_nlp`).
    date
        Publication date for every input (overrides what the text says).
    skip_errors
        Skip bad articles (listed in the summary) instead of stopping.

    Returns
    -------
    BuildSummary

    Raises
    ------
    InputError
        On a bad input (unless ``skip_errors``) or output path.
    """
    if output is None and store is None:
        raise InputError("kg build: expected -o FILE and/or --store DIR, got neither")
    if output is not None:
        output_format(output)
        check_writable(output)
    summary = BuildSummary()
    started = time.perf_counter()

    def on_error(e: KGError) -> None:
        summary.skipped.append(str(e))

    docs = iter_documents(inputs, date=date, skip_errors=skip_errors, on_error=on_error)
    dataset = bind(Dataset())
    st = None
    if store is not None:
        from .store import open_store

        st = open_store(store)
    for rec in documents_to_records(docs, model=model, summary=summary):
        g = dataset.graph(article_iri(rec.id))
        records_to_graph(rec, g)
        if progress is not None:
            progress(summary)
    summary.triples = len(dataset)
    if st is not None:
        from .store import replace_article_graphs

        replace_article_graphs(st, dataset)
    if output is not None:
        write_dataset(dataset, output)
    summary.seconds = time.perf_counter() - started
    return summary


def _print_progress(summary: BuildSummary) -> None:  # pragma: no cover - terminal only
    if sys.stderr.isatty():
        print(f"\r{summary.documents} documents …", end="", file=sys.stderr, flush=True)
