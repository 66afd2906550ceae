"""Lexicon features of a word, read from the shipped model's static-vector table.

``kg train-ner`` stores a small table of hand-made features per lower-cased word
form as the pipeline's static vectors (one column per :class:`Feature`: first
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

from enum import StrEnum
from functools import lru_cache

from spacy.vocab import Vocab

__all__ = [
    "FEATURES",
    "Feature",
    "NOT_ONLY_A_FIRST_NAME",
    "NAMES_OR_PLACES",
    "ends_in_common_noun",
    "has_table",
    "is_common_noun_only",
    "is_common_word",
    "is_first_name",
    "word_features",
]


class Feature(StrEnum):
    """One column of the lexicon table, in column order. A member is equal to its
    name as a string (``Feature.FIRST_NAME == "first_name"``), so the sets
    :func:`word_features` returns can be asked with either; code uses the member,
    so that a misspelt feature fails at import instead of matching nothing."""

    KNOWN = "known"  # 1 for every word in the table (unknown words: zero vector)
    FIRST_NAME = "first_name"  # gender-guesser's first-name list, Wiktionary "Vorname"
    SURNAME = "surname"  # Wiktionary "Nachname"
    TOPONYM = "toponym"  # Wiktionary "Toponym"
    PROPER_NOUN = "proper_noun"  # Wiktionary "Eigenname"
    COMMON_NOUN = "common_noun"  # Wiktionary noun (any form), none of the above
    ZIPF_0 = "zipf_0"  # wordfreq German Zipf frequency, one-hot buckets
    ZIPF_LT3 = "zipf_lt3"
    ZIPF_3_4 = "zipf_3_4"
    ZIPF_4_5 = "zipf_4_5"
    ZIPF_GE5 = "zipf_ge5"
    UPPER_RATIO = "upper_ratio"  # share of mid-sentence occurrences upper-case
    CORPUS_COUNT = "corpus_count"  # log10(1 + occurrences) / 4, unlabelled corpora
    UD_PROPN = "ud_propn"  # share of UD German occurrences tagged PROPN
    GAZ_COUNTRY = "gaz_country"  # kg gazetteer: country or region (LOC)
    GAZ_CITY = "gaz_city"  # kg gazetteer: city (LOC)
    GAZ_ORG = "gaz_org"  # kg gazetteer: organisation (ORG)
    GAZ_PART = "gaz_part"  # token of a multi-word gazetteer name
    HANTA_NE = "hanta_ne"  # HanTa's best tag for the capitalised form is NE
    HANTA_NN = "hanta_nn"  # ... is NN
    LOWER_WORD = "lower_word"  # seen mostly lower-case mid-sentence (>= 3 times)


#: the table's columns, in order (the shipped model was trained with this order)
FEATURES: tuple[str, ...] = tuple(f.value for f in Feature)

#: features that make a first name something else as well (a common noun,
#: a place, an organisation, a word mostly written lower case): "Mai", "Paris"
NOT_ONLY_A_FIRST_NAME = frozenset(
    {
        Feature.COMMON_NOUN,
        Feature.TOPONYM,
        Feature.LOWER_WORD,
        Feature.GAZ_COUNTRY,
        Feature.GAZ_CITY,
        Feature.GAZ_ORG,
        Feature.GAZ_PART,
    }
)

#: features that make a word a name of someone or something: a surname, a
#: Wiktionary proper noun or toponym, a country, city or organisation of the
#: gazetteer ("Kern", "Apple", "Paris" are common words too, and names first)
#: what the lexicon knows of a person's name
PERSON_NAME = frozenset({Feature.FIRST_NAME, Feature.SURNAME})

NAMES_OR_PLACES = frozenset(
    {
        Feature.SURNAME,
        Feature.PROPER_NOUN,
        Feature.TOPONYM,
        Feature.GAZ_COUNTRY,
        Feature.GAZ_CITY,
        Feature.GAZ_ORG,
    }
)

# id(Vectors) -> (that Vectors, lower-cased word -> features)
_CACHE: dict[int, tuple[object, dict[str, frozenset[Feature]]]] = {}


def has_table(vocab: Vocab) -> bool:
    """The pipeline's vectors are kg's lexicon table (not word embeddings)."""
    return vocab.vectors.shape[1] == len(Feature)


def word_features(vocab: Vocab, word: str) -> frozenset[Feature]:
    """The lexicon features of ``word`` (case-insensitive): the names of the
    non-zero columns of its row; empty for an unknown word or a pipeline without
    kg's table (another model's word vectors)."""
    vectors = vocab.vectors
    if vectors.shape[1] != len(Feature):
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
                f for f, x in zip(Feature, vectors.data[row], strict=True) if x
            )
        )
        if len(cache[1]) >= 200_000:
            cache[1].clear()
        cache[1][low] = found
    return found


def ends_in_common_noun(
    vocab: Vocab, word: str, exclude: frozenset[Feature] = frozenset()
) -> bool:
    """``word`` ends in a common noun of four letters or more that the lexicon
    knows ("Kriminal|soziologe", "Akten|fälschung"), with none of the
    features ``exclude``."""
    low = word.lower()
    return any(
        Feature.COMMON_NOUN in (lex := word_features(vocab, low[k:]))
        and not lex & exclude
        for k in range(3, len(low) - 3)
    )


@lru_cache(maxsize=1)
def _shipped_vocab() -> Vocab | None:
    """The shipped model's vocabulary with its lexicon table (0.6 s to load:
    only loaded when asked), or ``None`` where the model is not installed."""
    from kg.nlp import MODEL_DIR

    path = MODEL_DIR / "vocab"
    if not (path / "vectors").exists():
        return None
    return Vocab().from_disk(path)


def is_first_name(word: str) -> bool:
    """``word`` is a first name in the shipped lexicon ("Hubertus", "Recep"),
    without loading the NLP pipeline (the corpus pass asks it)."""
    vocab = _shipped_vocab()
    return vocab is not None and Feature.FIRST_NAME in word_features(vocab, word)


def is_common_noun_only(word: str) -> bool:
    """``word`` is a common noun in the shipped lexicon and no surname, proper
    noun or place ("Rosen", "Freunde"; not "Müller", "Fischer"): a word that the
    corpus pass does not take for more of a person's name. False where the
    model is not installed."""
    vocab = _shipped_vocab()
    if vocab is None:
        return False
    lex = word_features(vocab, word)
    return Feature.COMMON_NOUN in lex and not lex & {
        Feature.SURNAME,
        Feature.PROPER_NOUN,
        Feature.TOPONYM,
    }


def is_common_word(word: str) -> bool:
    """``word`` is one capitalised common German word in the shipped lexicon and
    no name: a Wiktionary common noun or a word mostly written lower case
    ("Vorgehensweise", "Bezahlt"), with none of the features of
    :data:`NAMES_OR_PLACES` ("Kern" is a surname, "Paris" a city, "Hans" a first
    name) and tagged a proper noun in less than half of its UD German occurrences
    ("Union" and "Grünen" are, as parties). False for acronyms ("ÖBB"), for
    words the lexicon does not know (English words such as "Sleep") and where the
    model is not installed. Loads only the lexicon table, not the pipeline
    (``kg viz`` asks it of single-word actor names).

    Example
    -------
    >>> is_common_word("Vorgehensweise"), is_common_word("Merkel")  # doctest: +SKIP
    (True, False)
    """
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    vocab = _shipped_vocab()
    if vocab is None or not has_table(vocab):
        return False
    features = word_features(vocab, word)
    if not features & {Feature.COMMON_NOUN, Feature.LOWER_WORD}:
        return False
    if features & (NAMES_OR_PLACES | {Feature.FIRST_NAME}):
        return False
    if Feature.UD_PROPN in features:
        row = vocab.vectors.find(key=vocab.strings[word.lower()])
        column = FEATURES.index(Feature.UD_PROPN)
        if float(vocab.vectors.data[row][column]) >= 0.5:
            return False
    return True
