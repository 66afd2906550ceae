"""The spaCy pipeline: the shipped German NER model plus kg's rule layers.

``load_nlp()`` is the one way the rest of kg gets a ``Language``. The default is
the pipeline trained by ``kg train-ner`` and shipped inside the package
(``kg/models/de_kg_ner``); ``model="blank"`` gives the rule layers alone (tests,
or users who want gazetteer-only NER); any other name or path is loaded with
``spacy.load`` (e.g. ``de_core_news_lg``), and kg's gazetteer layer still applies.

``pipe(nlp, texts)`` is the one way text goes into it: runs of spaces squeezed
(:func:`squeeze_spaces`), each Doc keeping the text as it was
(``doc._.kg_text``), from which :func:`kg.extract.doc_to_records` gives offsets
into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError

__all__ = ["MODEL_DIR", "load_nlp", "pipe", "squeeze_spaces", "squeezed_offsets"]

MODEL_DIR = Path(str(files("kg"))) / "models" / "de_kg_ner"


def _ensure_components_registered() -> None:
    # Importing the module runs the @Language.factory decorators.
    from kg.nlp.components import gazetteer, names, orgs, sentences, things  # noqa: F401


def load_nlp(model: str | None = None, *, gazetteer: bool = True) -> Language:
    """Load the German pipeline.

    Parameters
    ----------
    model
        ``None`` for the shipped model, ``"blank"`` for rules only, otherwise a
        spaCy package name or a path to a pipeline directory.
    gazetteer
        Add kg's rule layers after the statistical NER: the gazetteer
        (``kg_gazetteer``), then ``kg_names`` (a first name and a surname the
        model labelled otherwise become PER), then ``kg_orgs`` (organisation
        names by head nouns, legal forms and press nouns), then ``kg_things``
        (competitions, prizes, products become MISC).

    Returns
    -------
    Language
        A pipeline whose ``doc.ents`` use the labels PER, ORG, LOC, MISC and
        whose ``doc.sents`` are set.

    Raises
    ------
    ModelError
        If the model cannot be found or loaded.
    """
    return _load(model, gazetteer)


@lru_cache(maxsize=4)
def _load(model: str | None, gazetteer: bool) -> Language:
    _ensure_components_registered()
    if model == "blank":
        nlp = spacy.blank("de")
    else:
        path = MODEL_DIR if model is None else model
        if model is None and not (MODEL_DIR / "meta.json").exists():
            raise ModelError(
                f"{MODEL_DIR}: expected the shipped NER model, got no meta.json; "
                "rebuild it with `kg train-ner` or pass --model"
            )
        try:
            nlp = spacy.load(path, exclude=["lemmatizer"])
        except (OSError, ValueError, ImportError) as e:
            raise ModelError(f"{model}: expected a spaCy pipeline, got: {e}") from e
    if not (
        nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")
    ):
        nlp.add_pipe("sentencizer", first=True)
    if not nlp.has_pipe("kg_line_breaks"):
        sent_pipe = next(
            n for n in ("parser", "senter", "sentencizer") if nlp.has_pipe(n)
        )
        nlp.add_pipe("kg_line_breaks", after=sent_pipe)
    if gazetteer and not nlp.has_pipe("kg_gazetteer"):
        if nlp.has_pipe("ner"):
            nlp.add_pipe("kg_gazetteer", after="ner")
        else:
            nlp.add_pipe("kg_gazetteer", last=True)
    if gazetteer and not nlp.has_pipe("kg_names"):
        nlp.add_pipe("kg_names", after="kg_gazetteer")
    if gazetteer and not nlp.has_pipe("kg_orgs"):
        nlp.add_pipe("kg_orgs", after="kg_names")
    if gazetteer and not nlp.has_pipe("kg_things"):
        nlp.add_pipe("kg_things", after="kg_orgs")
    _split_full_stops(nlp)
    return nlp


def _split_full_stops(nlp: Language) -> None:
    """Split the full stop off the word endings of
    :data:`kg.lang.de.grammar.FULL_STOP_AFTER` ("Müller GmbH." → "GmbH", ".")."""
    from kg.lang.de.grammar import FULL_STOP_AFTER

    extra = [rf"(?<={re.escape(end)})\." for end in FULL_STOP_AFTER]
    suffixes = list(nlp.Defaults.suffixes or ()) + extra
    tokenizer: Any = nlp.tokenizer
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


# --- text in --------------------------------------------------------------------------

if not Doc.has_extension("kg_text"):
    # the text a Doc was made from before its runs of spaces were squeezed
    Doc.set_extension("kg_text", default=None)

_C = TypeVar("_C")


@overload
def pipe(
    nlp: Language,
    texts: Iterable[str],
    *,
    as_tuples: Literal[False] = ...,
    batch_size: int | None = ...,
) -> Iterator[Doc]: ...


@overload
def pipe(
    nlp: Language,
    texts: Iterable[tuple[str, _C]],
    *,
    as_tuples: Literal[True],
    batch_size: int | None = ...,
) -> Iterator[tuple[Doc, _C]]: ...


def pipe(
    nlp: Language,
    texts: Iterable[Any],
    *,
    as_tuples: bool = False,
    batch_size: int | None = None,
) -> Iterator[Any]:
    """Run ``nlp`` over ``texts`` with their runs of spaces squeezed, as
    :meth:`spacy.language.Language.pipe` (same batching, same order).

    Each Doc keeps the text as it was in ``doc._.kg_text``:
    :func:`kg.extract.doc_to_records` then gives offsets and mention texts in
    it ("Sergey  Kiselev" with its two spaces).

    Parameters
    ----------
    nlp
        The pipeline (:func:`load_nlp`).
    texts
        The texts; with ``as_tuples``, ``(text, context)`` pairs.
    as_tuples
        Yield ``(doc, context)`` pairs, as ``nlp.pipe`` does.
    batch_size
        Texts per batch (``nlp.pipe``'s default if ``None``).

    Example
    -------
    >>> nlp = load_nlp("blank")
    >>> doc = next(pipe(nlp, ["Sergey  Kiselev"]))
    >>> doc.text, doc._.kg_text
    ('Sergey Kiselev', 'Sergey  Kiselev')
    """
    if as_tuples:
        pairs = ((squeeze_spaces(t), (t, c)) for t, c in texts)
        for doc, (text, context) in nlp.pipe(
            pairs, as_tuples=True, batch_size=batch_size
        ):
            doc._.kg_text = text
            yield doc, context
    else:
        pairs = ((squeeze_spaces(t), t) for t in texts)
        for doc, text in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            doc._.kg_text = text
            yield doc


# two or more spaces or tabs inside a line ("Sergey  Kiselev", text wrapped by
# hand); line breaks are left alone (they end headlines and paragraphs)
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")


def squeeze_spaces(text: str) -> str:
    """``text`` with every run of two or more spaces or tabs inside a line made
    one space. spaCy makes such a run a token of its own, which splits names
    ("Sergey  Kiselev") and stands between words the rules expect side by side;
    one article in five of the 10kGNAD test set has such runs. :func:`pipe`
    runs the pipeline on the squeezed text and keeps the original with the Doc:
    :func:`kg.extract.doc_to_records` then indexes the original."""
    return _SPACE_RUN.sub(" ", text)


def squeezed_offsets(squeezed: str, text: str) -> list[int]:
    """For each offset into ``squeezed = squeeze_spaces(text)`` (and its end),
    the offset into ``text``."""
    out: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        out.extend(range(pos, m.start()))
        out.append(m.start())  # the one space stands for the run
        pos = m.end()
    out.extend(range(pos, len(text) + 1))
    if len(out) != len(squeezed) + 1:
        raise ValueError("doc.text is not squeeze_spaces(text)")
    return out
