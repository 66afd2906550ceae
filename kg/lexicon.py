"""Lexicon features of a word, read from the shipped model's static-vector table.

``kg train-ner`` stores a small table of hand-made features per lower-cased word
form as the pipeline's static vectors (columns: ``kg.train.FEATURES``: first
name, surname, common noun, toponym, word-frequency bucket, gazetteer
membership ...). The rule layers and the extraction ask the same table, so that
what the model was trained with and what the rules know agree.

Example
-------
>>> from kg.nlp import load_nlp  # doctest: +SKIP
>>> sorted(word_features(load_nlp().vocab, "Sherman"))[:2]  # doctest: +SKIP
['first_name', 'hanta_nn']
"""

from __future__ import annotations

from functools import lru_cache

from spacy.vocab import Vocab

__all__ = [
    "NAME_PARTICLES",
    "NOT_ONLY_A_FIRST_NAME",
    "has_table",
    "is_first_name",
    "word_features",
]

#: features that make a first name something else as well (a common noun,
#: a place, an organisation, a word mostly written lower case): "Mai", "Paris"
NOT_ONLY_A_FIRST_NAME = frozenset(
    {
        "common_noun",
        "toponym",
        "lower_word",
        "gaz_country",
        "gaz_city",
        "gaz_org",
        "gaz_part",
    }
)
#: particles inside personal names: "Ursula von der Leyen", "Bashar al-Assad"
NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "ter",
        "zu",
        "y",
        "af",
        "abu",
    }
)

# id(Vectors) -> (that Vectors, lower-cased word -> features)
_CACHE: dict[int, tuple[object, dict[str, frozenset[str]]]] = {}


@lru_cache(maxsize=1)
def _features() -> tuple[str, ...]:
    from .train import FEATURES

    return FEATURES


def has_table(vocab: Vocab) -> bool:
    """The pipeline's vectors are kg's lexicon table (not word embeddings)."""
    return vocab.vectors.shape[1] == len(_features())


def word_features(vocab: Vocab, word: str) -> frozenset[str]:
    """The lexicon features of ``word`` (case-insensitive): the names of the
    non-zero columns of its row; empty for an unknown word or a pipeline without
    kg's table (another model's word vectors)."""
    vectors = vocab.vectors
    if vectors.shape[1] != len(_features()):
        return frozenset()
    # cached per table (extraction asks for the same words all the time), keyed
    # by the word itself: adding every word asked about to the string store would
    # grow it for as long as a build runs
    cache = _CACHE.get(id(vectors))
    if cache is None or cache[0] is not vectors:
        if len(_CACHE) >= 4:  # pipelines loaded one after another (tests)
            _CACHE.clear()
        cache = _CACHE[id(vectors)] = (vectors, {})
    low = word.lower()
    found = cache[1].get(low)
    if found is None:
        row = vectors.find(key=vocab.strings[low])
        found = (
            frozenset()
            if row < 0
            else frozenset(
                f for f, x in zip(_features(), vectors.data[row], strict=True) if x
            )
        )
        if len(cache[1]) >= 200_000:
            cache[1].clear()
        cache[1][low] = found
    return found


@lru_cache(maxsize=1)
def _shipped_vocab() -> Vocab | None:
    """The shipped model's vocabulary with its lexicon table (0.6 s to load:
    only loaded when asked), or ``None`` where the model is not installed."""
    from .nlp import MODEL_DIR

    path = MODEL_DIR / "vocab"
    if not (path / "vectors").exists():
        return None
    return Vocab().from_disk(path)


def is_first_name(word: str) -> bool:
    """``word`` is a first name in the shipped lexicon ("Hubertus", "Recep"),
    without loading the NLP pipeline (the corpus pass asks it)."""
    vocab = _shipped_vocab()
    return vocab is not None and "first_name" in word_features(vocab, word)
