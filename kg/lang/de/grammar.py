"""German function words and adjective endings the extraction rules read.

Example
-------
>>> adjective_stem("stellvertretenden")
'stellvertretend'
"""

from __future__ import annotations

__all__ = [
    "ADJ_ENDINGS",
    "ARTICLES",
    "INDEFINITE_ARTICLES",
    "POSSESSIVES",
    "POSSESSIVE_ARTICLES",
    "adjective_stem",
]

# definite articles, without the genitive "des"
ARTICLES = frozenset({"die", "der", "das", "den", "dem"})

INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})

# possessive articles of the third person, with the genitive ("seines Besuchs")
POSSESSIVES = frozenset(
    {
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihres",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seines",
    }
)

# possessive articles of the third person, without the genitive, with the
# feminine dative ("seiner"): "Russland und sein Präsident"
POSSESSIVE_ARTICLES = frozenset(
    {
        "sein",
        "seine",
        "seinen",
        "seinem",
        "seiner",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "ihrer",
    }
)

# the endings of an inflected adjective, longest first
ADJ_ENDINGS = ("en", "em", "er", "es", "e")


def adjective_stem(word: str) -> str:
    """``word`` lower-cased without its adjective ending, if a stem of three
    letters or more is left: "russischen" -> "russisch"."""
    low = word.lower()
    for end in ADJ_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            return low[: -len(end)]
    return low
