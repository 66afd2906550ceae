"""GermEval 2014 NER data: reading the TSV files and the seeded held-out split.

GermEval lines are ``index<TAB>token<TAB>outer<TAB>nested`` (BIO); sentences are
separated by blank lines and preceded by a ``#`` line with the source URL. kg
uses the *outer* layer only, with these label decisions:

- ``PER``, ``ORG``, ``LOC`` keep their names; ``OTH`` becomes ``MISC``.
- ``*deriv`` (derived adjectives, "russischen" = LOCderiv) and ``*part``
  (names inside compounds, "NATO-Russland-Rat" containing LOCpart) become ``O``:
  kg's graph needs names of things, not adjectives or compound words, and the
  task's own headline metric scores the four main labels. A ``*part`` token is
  a whole-token compound ("Nato-Truppen"); tagging it ORG would put the
  compound, not the name, into the graph.

The held-out part is a fixed, seeded 10% of the sentences of dev+test
(``HELDOUT_SEED``); it does not depend on the training seed, so every model is
scored on the same sentences and none is trained on them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = [
    "FILES",
    "HELDOUT_FRACTION",
    "HELDOUT_SEED",
    "LABELS",
    "Sentence",
    "default_data_dir",
    "iob_to_spans",
    "load_germeval",
    "read_germeval",
    "split_heldout",
]

LABELS = ("PER", "ORG", "LOC", "MISC")
FILES = ("NER-de-dev.tsv", "NER-de-test.tsv")
HELDOUT_SEED = 42
HELDOUT_FRACTION = 0.1
_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One gold sentence: tokens and strict entity spans ``(start, end, label)``
    over token indices (``end`` exclusive)."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int, str], ...]
    source: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.words)


def default_data_dir() -> Path:
    """``../shared/data/germeval2014`` beside the project checkout."""
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "germeval2014"


def _map_tag(tag: str, where: str) -> str:
    if tag == "O":
        return "O"
    prefix, sep, label = tag.partition("-")
    if not sep or prefix not in ("B", "I"):
        raise InputError(f"{where}: expected a BIO tag like B-PER, got {tag!r}")
    mapped = _MAP.get(label)
    if mapped is None:
        if label[:3] in _MAP and label[3:] in ("deriv", "part"):
            return "O"
        if label in LABELS:  # already kg labels (files written by kg)
            mapped = label
        else:
            raise InputError(f"{where}: expected PER/ORG/LOC/OTH(+deriv/part), got {tag!r}")
    return f"{prefix}-{mapped}"


def iob_to_spans(tags: Iterable[str]) -> tuple[tuple[int, int, str], ...]:
    """Strict spans from BIO tags; an ``I-X`` after ``O`` or another label
    starts a new entity (the conlleval convention)."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    tags = list(tags)
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if label and (tag == "O" or prefix == "B" or lab != label):
            spans.append((start, i, label))
            label = ""
        if tag != "O" and not label:
            start, label = i, lab
    return tuple(spans)


def read_germeval(path: str | Path) -> Iterator[Sentence]:
    """Yield the sentences of one GermEval-format TSV file (outer labels mapped).

    Parameters
    ----------
    path
        A file with ``index, token, outer tag[, nested tag]`` per line.

    Raises
    ------
    InputError
        If the file is missing or a line does not have the expected columns.

    Example
    -------
    >>> sents = list(read_germeval("NER-de-dev.tsv"))  # doctest: +SKIP
    """
    path = Path(path)
    try:
        f = path.open(encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: expected a GermEval TSV file, got {e.strerror}") from e
    words: list[str] = []
    tags: list[str] = []
    source = ""
    with f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                source = line.lstrip("#").strip()
                continue
            if not line.strip():
                if words:
                    yield Sentence(tuple(words), iob_to_spans(tags), source)
                    words, tags = [], []
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise InputError(
                    f"{path}:{n}: expected index<TAB>token<TAB>tag, got {line[:60]!r}"
                )
            words.append(cols[1])
            tags.append(_map_tag(cols[2], f"{path}:{n}"))
    if words:
        yield Sentence(tuple(words), iob_to_spans(tags), source)


def load_germeval(data_dir: str | Path | None = None) -> list[Sentence]:
    """All sentences of GermEval dev+test in file order."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    if not data_dir.is_dir():
        raise InputError(f"{data_dir}: expected the GermEval 2014 directory, got none")
    sentences: list[Sentence] = []
    for name in FILES:
        sentences.extend(read_germeval(data_dir / name))
    return sentences


def split_heldout(
    sentences: list[Sentence],
    *,
    seed: int = HELDOUT_SEED,
    fraction: float = HELDOUT_FRACTION,
) -> tuple[list[Sentence], list[Sentence]]:
    """Split into ``(train, heldout)`` by a seeded shuffle of sentence indices.

    The same sentences and seed always give the same split; the two parts are
    disjoint and together hold every sentence.
    """
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    n_held = round(len(sentences) * fraction)
    held = sorted(order[:n_held])
    train = sorted(order[n_held:])
    return [sentences[i] for i in train], [sentences[i] for i in held]
