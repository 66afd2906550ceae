"""Names across articles: the best name of a node, genitives, full names, acronyms
and their long forms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kg.extract.records import Kind
from kg.lang.de.names import NOT_IN_A_NAME

# characters no name is written with; a name containing one is a noisy surface
_JUNK = re.compile("[" + re.escape("".join(sorted(NOT_IN_A_NAME))) + "]")
_EDGE = re.compile(r"^[^\w]+|[^\w.']+$")


def _tail(iri: str) -> str:
    return iri.rsplit("/", 1)[1]


def _genitive_stem(name: str) -> str | None:
    if name.endswith("'") and len(name) > 3:
        return name[:-1]
    if len(name) > 3 and name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return None


def _clean(name: str) -> str:
    """``name`` without stray characters: "Angela #Merkel" -> "Angela Merkel"."""
    text = " ".join(_JUNK.sub(" ", name).split())
    return _EDGE.sub("", text)


def _is_clean(name: str) -> bool:
    return name == _clean(name)


def _name_rank(name: str, kind: str, count: int) -> tuple[object, ...]:
    """Sort key: the best name of a node first (rule 5)."""
    shouting = kind == Kind.PERSON and name.isupper()
    beyond_ascii = sum(1 for c in name if ord(c) > 127 and c.isalpha())
    noisy = not _is_clean(name) or name.endswith("'")
    return (noisy, shouting, -beyond_ascii, -count, name)


def best_name(names: Iterable[str] | Counter[str], kind: str) -> str:
    """The name rule 5 picks among ``names`` (not empty; a Counter gives how
    many articles wrote each, the more the better on a tie).

    Example
    -------
    >>> best_name(["Angela #Merkel", "Angela Merkel"], "person")
    'Angela Merkel'
    """
    counts = names if isinstance(names, Counter) else Counter(names)
    return min(counts, key=lambda n: _name_rank(n, kind, counts[n]))


# name particles: "de Maizière", "De Maizière" at a sentence start, "von Jazenjuk"
_PARTICLES = frozenset(
    "von van de di da del della der den du le la al el bin ben ibn zu ten ter".split()
)


def _is_full_name(name: str) -> bool:
    """A given name and a surname: two or more words, the first a capitalised
    word that is no name particle ("de Maizière" is a surname alone)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0].lower() not in _PARTICLES
        and not any(ch.isdigit() for ch in words[0])
    )


def _is_acronym(name: str) -> bool:
    return " " not in name and sum(c.isupper() for c in name) >= 2 and name.isupper()


def _is_long_form(surface: str, acronym: str) -> bool:
    """``surface`` may spell out ``acronym``: longer, not itself an acronym nor
    its genitive ("BNDs"), and starting with the same letter
    ("Bundesnachrichtendienst" for BND, "Oberster Gerichtshof" for OGH)."""
    return (
        len(surface) > len(acronym) + 2
        and not surface.isupper()
        and not surface.startswith(acronym)
        and surface[:1].lower() == acronym[:1].lower()
    )
