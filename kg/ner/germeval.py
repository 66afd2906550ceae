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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

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
    "read_smartdata",
    "smartdata_documents",
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
    #: token ranges whose annotation is unknown (not O): training ignores them
    missing: tuple[tuple[int, int], ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.words)


def default_data_dir() -> Path:
    """``../shared/data/germeval2014`` beside the project checkout."""
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "germeval2014"


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
            raise InputError(
                f"{where}: expected PER/ORG/LOC/OTH(+deriv/part), got {tag!r}"
            )
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
        raise InputError(
            f"{path}: expected a GermEval TSV file, got {e.strerror}"
        ) from e
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


# --- SmartData (DFKI, CC BY 4.0) -----------------------------------------------------

#: SmartData concept types kg maps to its labels; the other location types
#: (street, stop, route) and everything else do not count as entities, and the
#: tokens of stops/streets/routes are marked unknown rather than O.
SMARTDATA_LABELS = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
}
_SMARTDATA_UNKNOWN = {"location-street", "location-stop", "location-route"}


def smartdata_documents(path: Path) -> Iterator[dict]:
    """The documents of a SmartData ``.json.gz`` file (a stream of
    pretty-printed JSON objects, not one per line)."""
    import gzip
    import json

    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    dec = json.JSONDecoder()
    i = 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        obj, i = dec.raw_decode(text, i)
        yield obj


def read_smartdata(
    path: str | Path,
    *,
    sources: tuple[str, ...] = ("news", "rss"),
    is_common_noun: Callable[[str], bool] | None = None,
) -> Iterator[Sentence]:
    """Sentences of a SmartData ``v1_*.json.gz`` file mapped to kg's labels.

    SmartData annotates by other guidelines than GermEval, so the mapping is
    conservative (see ``SMARTDATA_LABELS``):

    - a mention starting lower-case ("deutschen" as location) becomes O, as
      GermEval's ``*deriv``;
    - a mention inside a token ("Siemens" in "Siemens-Chef") or one that is a
      single common noun ("Journalisten" as person) is marked unknown;
    - SmartData has no MISC: capitalised, non-initial tokens outside mentions
      that are not common nouns are marked unknown, so that unannotated
      products or events do not teach the model that such words are O.
    """
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    noun = is_common_noun or (lambda w: False)
    for obj in smartdata_documents(Path(path)):
        src = ((obj.get("refids") or {}).get("map") or {}).get("source")
        if sources and src not in sources:
            continue
        text = obj["text"]["string"]
        doc = nlp(text)
        labels: dict[int, str] = {}
        unknown: set[int] = set()
        starts: set[int] = set()
        for m in obj.get("conceptMentions", {}).get("array", []):
            typ, a, b = m["type"], m["span"]["start"], m["span"]["end"]
            if typ not in SMARTDATA_LABELS and typ not in _SMARTDATA_UNKNOWN:
                continue
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None:
                continue
            idx = range(span.start, span.end)
            exact = span.start_char == a and span.end_char == b
            surface = text[a:b]
            if (
                typ in _SMARTDATA_UNKNOWN
                or not exact
                or (len(span) == 1 and noun(surface))
            ):
                unknown.update(idx)
            elif not surface[:1].isupper():
                continue  # adjective-like: stays O
            elif any(i in labels or i in unknown for i in idx):
                unknown.update(idx)
            else:
                for i in idx:
                    labels[i] = SMARTDATA_LABELS[typ]
                starts.add(span.start)
        for sent in doc.sents:
            words: list[str] = []
            spans: list[tuple[int, int, str]] = []
            missing: list[tuple[int, int]] = []
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            pos = {t.i: k for k, t in enumerate(toks)}
            for k, t in enumerate(toks):
                words.append(t.text)
                if t.i in unknown:
                    missing.append((k, k + 1))
                elif (
                    t.i not in labels
                    and k > 0
                    and t.text[:1].isupper()
                    and not noun(t.text)
                    and any(c.islower() for c in t.text)
                ):
                    missing.append((k, k + 1))
            for i, label in sorted(labels.items()):
                if i not in pos:
                    continue
                k = pos[i]
                if (
                    i in starts
                    or not spans
                    or spans[-1][1] != k
                    or spans[-1][2] != label
                ):
                    spans.append((k, k + 1, label))
                else:
                    spans[-1] = (spans[-1][0], k + 1, label)
            # overlapping mentions (a stop containing a city): unknown wins
            unknown_k = {a for a, _ in missing}
            kept = []
            for a, b, label in spans:
                if unknown_k & set(range(a, b)):
                    missing.extend(
                        (k, k + 1) for k in range(a, b) if k not in unknown_k
                    )
                else:
                    kept.append((a, b, label))
            yield Sentence(
                tuple(words), tuple(kept), src or "", tuple(sorted(set(missing)))
            )
