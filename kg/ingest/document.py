"""What kg reads an article into: :class:`Document` and its :class:`Metadata`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

# --- data -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Metadata:
    """What :func:`parse_metadata` finds in an article's text."""

    title: str | None = None
    date: dt.date | dt.datetime | None = None
    source: str | None = None
    body_start: int = 0
    body_end: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article.

    Attributes
    ----------
    id
        Stable within and across runs: the file stem for ``.txt``, the ``id``
        field for JSONL, ``<csv stem>-<line>-<sha256[:8] of text>`` for CSV,
        ``stdin`` for ``-``.
    text
        The full decoded text, unchanged; all provenance offsets index into it.
    body_start, body_end
        The article body, ``text[body_start:body_end]``: without a metadata
        header line before it and an attribution trailer after it.
        ``body_end=None`` means ``len(text)``.
    title, date, url, source
        Publication metadata; ``date`` is a ``date`` or a naive local
        ``datetime``. ``source`` is whom the article credits, e.g. ``APA/Reuters``.
    path
        Where it came from: ``dir/a.txt``, ``corpus.jsonl:12``, ``test.csv:3``.
    category
        The 10kGNAD category (CSV input only).
    """

    id: str
    text: str
    body_start: int = 0
    body_end: int | None = None
    title: str | None = None
    date: dt.date | dt.datetime | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    category: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise ValueError(
                f"Document.id: expected a non-empty string, got {self.id!r}"
            )
        if not isinstance(self.text, str):
            raise TypeError(
                f"Document.text: expected str, got {type(self.text).__name__}"
            )
        n = len(self.text)
        if not 0 <= self.body_start <= n:
            raise ValueError(
                f"Document.body_start: expected 0..{n}, got {self.body_start}"
            )
        if self.body_end is not None and not self.body_start <= self.body_end <= n:
            raise ValueError(
                f"Document.body_end: expected {self.body_start}..{n}, "
                f"got {self.body_end}"
            )

    @property
    def body(self) -> str:
        """The article body, ``text[body_start:body_end]``."""
        return self.text[self.body_start : self.body_end]

    @property
    def content_hash(self) -> str:
        """sha256 (hex) of the text and every field that shapes the article's graph,
        so an unchanged hash means an unchanged graph for the same pipeline."""
        h = hashlib.sha256(self.text.encode("utf-8", "surrogatepass"))
        meta = [
            self.id,
            self.body_start,
            self.body_end,
            self.title,
            self.date.isoformat() if self.date is not None else None,
            self.url,
            self.source,
            self.path,
            self.category,
        ]
        h.update(b"\x00" + json.dumps(meta, ensure_ascii=True).encode("ascii"))
        return h.hexdigest()
