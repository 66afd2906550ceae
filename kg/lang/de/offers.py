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

from kg.lang.de.verbs import conjugate, verb_table

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
    for inf, particle, parts in verb_table("offer_verbs.tsv"):
        bare = conjugate(inf, strong=parts)
        joined = conjugate(inf, particle=particle, strong=parts)
        for form in (*bare.indicative()[:-1], bare.subjunctive):
            out.setdefault(form, OfferForm(particle, False))
        for form in (*joined.indicative()[:-1], joined.subjunctive):
            out.setdefault(form, OfferForm("", False))
        out[joined.participle] = OfferForm("", True)
    return out
