"""The spaCy pipeline: the shipped German NER model plus kg's rule layers.

``load_nlp()`` is the one way the rest of kg gets a ``Language``. The default is
the pipeline trained by ``kg train-ner`` and shipped inside the package
(``kg/models/de_kg_ner``); ``model="blank"`` gives the rule layers alone (tests,
or users who want gazetteer-only NER); any other name or path is loaded with
``spacy.load`` (e.g. ``de_core_news_lg``), and kg's gazetteer layer still applies.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import ModelError

__all__ = ["MODEL_DIR", "load_nlp"]

MODEL_DIR = Path(str(files("kg"))) / "models" / "de_kg_ner"


def _ensure_components_registered() -> None:
    # Importing the module runs the @Language.factory decorators.
    from kg.nlp.components import gazetteer, names, sentences  # noqa: F401


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
        model labelled otherwise become PER).

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
    return nlp
