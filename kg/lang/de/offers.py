"""German verbs of offering and proposing, from ``kg/data/offer_verbs.tsv``: "bot …
an", "angeboten", "schlug … vor", "vorgeschlagen", "lud … ein".

A rejection that names nobody it answers ("X bot Y den Posten an, doch Y lehnte ab")
answers the one who offered (:mod:`kg.extract.interaction_replies`).

Example
-------
>>> offer_verbs()["bot"], offer_verbs()["vorgeschlagen"]
(OfferForm(particle='an', participle=False), OfferForm(particle='', participle=True))
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.lang.de.lexicon import data_lines
from kg.lang.de.verbs import conjugate

__all__ = ["OfferForm", "offer_verbs"]


@dataclass(frozen=True, slots=True)
class OfferForm:
    """One form of a verb of offering: the separable particle that must close
    its clause ("" for a form with the particle joined: "anbot", "angeboten")
    and whether it is the participle."""

    particle: str
    participle: bool


@lru_cache(maxsize=1)
def offer_verbs() -> dict[str, OfferForm]:
    """Lower-case form -> its :class:`OfferForm`."""
    out: dict[str, OfferForm] = {}
    for n, line in data_lines("offer_verbs.tsv"):
        cols = line.split("\t")
        if len(cols) != 3:
            raise ValueError(
                f"kg/data/offer_verbs.tsv line {n}: expected infinitive, particle, "
                f"strong forms; got {line!r}"
            )
        inf, part, strong = cols
        particle = "" if part == "-" else part
        parts: tuple[str, str, str] | None = None
        if strong != "-":
            present, preterite, participle = strong.split("|")
            parts = (present, preterite, participle)
        bare = conjugate(inf, strong=parts)
        joined = conjugate(inf, particle=particle, strong=parts)
        for form in (*bare.indicative()[:-1], bare.subjunctive):
            out.setdefault(form, OfferForm(particle, False))
        for form in (*joined.indicative()[:-1], joined.subjunctive):
            out.setdefault(form, OfferForm("", False))
        out[joined.participle] = OfferForm("", True)
    return out
