"""German verbs of phrasings of talks the meeting lexicon of
:mod:`kg.lang.de.meetings` does not read, from ``kg/data/talk_phrasings.tsv``:
"Zwischen X und Y gibt es Gespräche", "X bestätigte Gespräche mit Y", "X und Y
stehen kurz vor einer Einigung" (:mod:`kg.extract.talk_phrasings` reads the sides).

Example
-------
>>> talk_verbs("exist")["gab"], talk_verbs("exist")["finden"]
('', 'statt')
>>> "bestätigte" in talk_verbs("confirm"), "einigung" in near_nouns()
(True, True)
"""

from __future__ import annotations

from functools import lru_cache

from kg.lang.de.lexicon import data_lines
from kg.lang.de.verbs import conjugate, strong_parts

__all__ = ["near_nouns", "talk_verbs"]

_FILE = "talk_phrasings.tsv"


@lru_cache(maxsize=1)
def _rows() -> list[tuple[int, list[str]]]:
    out = []
    for n, line in data_lines(_FILE):
        cols = line.split("\t")
        if len(cols) != 4:
            raise ValueError(
                f"kg/data/{_FILE} line {n}: expected kind, infinitive, particle, "
                f"strong forms; got {line!r}"
            )
        out.append((n, cols))
    return out


@lru_cache(maxsize=8)
def talk_verbs(kind: str) -> dict[str, str]:
    """Lower-case finite form or participle of the verbs of ``kind`` ("exist",
    "confirm", "near") -> the separable particle that must close its clause
    ("" for none or for a form with the particle joined: "stattfinden")."""
    out: dict[str, str] = {}
    for _, (k, inf, part, strong) in _rows():
        if k != kind:
            continue
        particle = "" if part == "-" else part
        parts = strong_parts(strong)
        bare = conjugate(inf, strong=parts)
        for form in (*bare.indicative()[:4], bare.subjunctive):
            out.setdefault(form, particle)
        if particle:
            joined = conjugate(inf, particle=particle, strong=parts)
            for form in (*joined.indicative(), joined.subjunctive):
                out[form] = ""
        else:
            out.setdefault(bare.participle, "")
    return out


@lru_cache(maxsize=1)
def near_nouns() -> frozenset[str]:
    """The lower-case nouns of an agreement a side is close to ("stehen kurz vor
    einer Einigung")."""
    return frozenset(inf for _, (k, inf, _p, _s) in _rows() if k == "near_noun")
