"""The nominative of an organisation name written in another case.

German inflects the adjectives of a name and the genitive of its head noun:
"der Syrischen Beobachtungsstelle für Menschenrechte", "des Instituts für
Nationales Gedenken", "dem Internationalen Währungsfonds". :func:`nominative`
gives the name as it is named on its own, with the strong adjective endings of
a name without article ("Syrische Beobachtungsstelle für Menschenrechte",
"Institut für Nationales Gedenken", "Internationaler Währungsfonds"), from the
word before the mention (an article or a preposition with one: "der", "des",
"dem", "im", "zur") and the gender of the head noun (by its ending,
``kg/data/noun_genders.tsv``, or by an article the text puts before it). Only
the words up to the first lower-case word inflect: "für Menschenrechte" stays.
Where the case or the gender is unclear (plural heads such as "Vereinte
Nationen", unknown heads, no article), the name stays as written.

Example
-------
>>> nominative("Syrischen Beobachtungsstelle für Menschenrechte", "der")
'Syrische Beobachtungsstelle für Menschenrechte'
>>> nominative("Obersten Gerichtshofs", "des")
'Oberster Gerichtshof'
>>> nominative("Deutsche Bank", "die"), nominative("Bündnis", "das")
('Deutsche Bank', 'Bündnis')
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kg.lang.de.lexicon import data_lines

__all__ = [
    "CASE_WORDS",
    "article_genders",
    "head_gender",
    "nominative",
    "noun_nominative",
]

# the word before a name -> (case, the genders it may stand with); "der" is the
# feminine genitive or dative and the masculine nominative
_GENITIVE = frozenset({"des", "eines"})
_FEMININE = frozenset({"der", "einer", "zur"})
_DATIVE = frozenset({"dem", "einem", "im", "vom", "zum", "beim", "am"})
_ACCUSATIVE = frozenset({"den", "einen"})
#: the words before a name whose case :func:`nominative` reads
CASE_WORDS = _GENITIVE | _FEMININE | _DATIVE | _ACCUSATIVE | {"die", "das", "eine"}
# the strong ending of an adjective before a noun without article, by gender
_STRONG = {"m": "er", "f": "e", "n": "es"}


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, str], ...]:
    """``kg/data/noun_genders.tsv``: (ending, gender), longest ending first."""
    rows = []
    for n, line in data_lines("noun_genders.tsv"):
        ending, _, gender = line.partition("\t")
        if gender.strip() not in _STRONG:
            raise ValueError(
                f"kg/data/noun_genders.tsv:{n}: gender {gender!r} not m, f or n"
            )
        rows.append((ending.strip().lower(), gender.strip()))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def head_gender(noun: str) -> str | None:
    """The gender ("m", "f", "n") of a noun in the nominative singular by its
    ending ("Beobachtungsstelle" f, "Währungsfonds" m, "Institut" n), or None."""
    low = noun.lower()
    if not noun[:1].isupper() or noun.isupper():
        return None
    for ending, gender in _endings():
        if low.endswith(ending):
            return gender
    return None


def noun_nominative(noun: str, genders: dict[str, str] | None = None) -> str | None:
    """A masculine or neuter noun in the genitive singular in the nominative,
    when its gender is known (:func:`head_gender` or ``genders``, nouns the text
    names with "das"/"ein"): "Instituts" -> "Institut", "Gerichtshofs" ->
    "Gerichtshof", "Bündnisses" -> "Bündnis", "Hauses" -> "Haus"; a noun that
    ends in -s in the nominative ("Währungsfonds") stays. None if unsure."""
    genders = genders or {}

    def known(word: str) -> bool:
        return (head_gender(word) or genders.get(word)) in ("m", "n")

    if known(noun) and not known(noun[:-1]) and not known(noun[:-2]):
        return noun  # "Währungsfonds", "Bündnis", "Kurier" as written
    if noun.endswith("nisses"):
        return noun[:-3]
    if noun.endswith("es") and known(noun[:-2]):
        return noun[:-2]
    if noun.endswith("s") and known(noun[:-1]):
        return noun[:-1]
    return None


@lru_cache(maxsize=1)
def _adjective_stems() -> tuple[frozenset[str], tuple[str, ...]]:
    """``kg/data/adjective_stems.txt``: whole stems, and endings of stems."""
    lines = [line.strip() for _, line in data_lines("adjective_stems.txt")]
    whole = frozenset(x for x in lines if not x.startswith("-"))
    return whole, tuple(x[1:] for x in lines if x.startswith("-"))


def _adjective(word: str, ending: str) -> bool:
    """``word`` is an adjective with ``ending`` ("Syrischen", "Obersten",
    "römischen", "römisch-katholischen": the last part of a hyphenated one;
    not "Kronen" in "Kronen Zeitung")."""
    front, _, word = word.rpartition("-")
    if front and not front.replace("-", "").isalpha():
        return False
    if not (
        word.isalpha()
        and not word.isupper()
        and len(word) > len(ending) + 2
        and word.endswith(ending)
    ):
        return False
    stem = word[: -len(ending)].lower()
    whole, endings = _adjective_stems()
    return stem in whole or stem.endswith(endings)


def _head_end(words: list[str], n: int, before: str, genders: dict[str, str]) -> int:
    """Where the inflecting part of a name ends: after its head, the last word
    of a known gender, when the words after it are names ("Pädagogischen
    Hochschule Wien", "Tiermedizinischen Hochschule Hannover")."""

    def known(word: str) -> bool:
        if before in _GENITIVE:
            return noun_nominative(word, genders) is not None
        return (head_gender(word) or genders.get(word)) is not None

    if known(words[n - 1]):
        return n
    for i in range(n - 2, 0, -1):
        if known(words[i]):
            after = words[i + 1 : n]
            if not any(_adjective(w, e) for w in after for e in ("en", "e")):
                return i + 1
            break
    return n


def nominative(
    name: str, before: str | None, genders: dict[str, str] | None = None
) -> str:
    """``name``, written after the word ``before``, in the nominative.

    Parameters
    ----------
    name
        An organisation name as written ("Syrischen Beobachtungsstelle für
        Menschenrechte").
    before
        The word before it, if any ("der"); its case decides.
    genders
        Genders of nouns the text shows by an article ("die Beobachtungsstelle"
        -> f), for heads whose ending tells none.

    Returns
    -------
    str
        The name in the nominative, or ``name`` unchanged where unsure.
    """
    words = name.split(" ")
    # lower-case adjectives may open it: "der römischen Staatsanwaltschaft",
    # "der römisch-katholischen Kirche"
    lead = 0
    while (
        lead < len(words) - 1
        and words[lead].replace("-", "").isalpha()
        and words[lead].islower()
    ):
        lead += 1
    n = next(
        (i for i, w in enumerate(words) if i >= lead and not w[:1].isupper()),
        len(words),
    )
    if n <= lead or before is None:
        return name
    before = before.lower()
    genders = genders or {}
    n = _head_end(words, n, before, genders)
    adjectives, head = words[: n - 1], words[n - 1]
    if before in _GENITIVE:
        base = noun_nominative(head, genders)
        if base is None:
            return name
        gender = head_gender(base) or genders.get(base)
        was, head = "en", base
    else:
        gender = head_gender(head) or genders.get(head)
        if before in _FEMININE and gender == "f":
            was = "en"
        elif before == "der" and gender == "m":
            was = "e"  # "der Oberste Gerichtshof"
        elif before in _DATIVE and gender in ("m", "n"):
            was = "en"
        elif before in _ACCUSATIVE and gender == "m":
            was = "en"
        elif before == "das" and gender == "n":
            was = "e"
        else:
            return name
    if gender is None:
        return name
    new = [
        w[: -len(was)] + _STRONG[gender] if _adjective(w, was) else w
        for w in adjectives
    ]
    return " ".join([*new, head, *words[n:]])


def article_genders(words: Iterable[str]) -> dict[str, str]:
    """The genders a text shows for its capitalised nouns by the article right
    before them: "die Beobachtungsstelle" f, "das Hochkommissariat" n (not
    after "die" a noun in -n, which may be a plural: "die Nationen")."""
    out: dict[str, str] = {}
    prev = ""
    for w in words:
        if w[:1].isupper() and w.isalpha() and not w.isupper():
            if prev == "das":
                out.setdefault(w, "n")
            elif prev == "die" and not w.endswith("n"):
                out.setdefault(w, "f")
        prev = w.lower()
    return out
