"""The organisation a form claimed by country names in an article
(:func:`org_by_country`): "Grünen-Chefin" in an article about Austria is of
the Austrian Greens; a party's form with no country named is of the party of
the home country the article names (:data:`kg.lang.de.bodies.HOME_COUNTRIES`),
before a foreign party of the same name."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.lang.de.bodies import HOME_COUNTRIES
from kg.nlp import gazetteer

__all__ = ["home_party", "org_by_country"]


def org_by_country(name: str, doc: Doc) -> gazetteer.Entry | None:
    """The organisation the form ``name`` names in the article's country: the
    party of its home country (:func:`home_party`), else what the gazetteer
    makes of it in the article's context; ``None`` if that is no
    organisation."""
    context = doc._.kg_context
    home = home_party(name, context) if context is not None else None
    if home is not None:
        return home
    entry = gazetteer.disambiguate(name, context or (), label="ORG")
    return entry if entry is not None and entry.label == "ORG" else None


def home_party(name: str, context: gazetteer.Context) -> gazetteer.Entry | None:
    """The party the form ``name`` names in the home country the article
    names most (its places and national bodies), when the country the article
    is about is none of them: "Grünen-Fraktionschefin" in a German article
    datelined Paris that names Berlin is of the German Greens, not the French;
    ``None`` if the form names no party there, no home country is named, or
    two are named as often."""
    parties = {
        e.code: e for e in gazetteer.organisations_by_country(name) if e.kind == "party"
    }
    if not parties or context.about in HOME_COUNTRIES:
        return None
    counts = dict(context.counts)
    for code, n in context.national:
        counts[code] = counts.get(code, 0) + n
    named = [(counts.get(c, 0), c) for c in HOME_COUNTRIES if c in parties]
    best = max(named, default=(0, ""))
    if best[0] == 0 or sum(n == best[0] for n, _ in named) > 1:
        return None
    return parties[best[1]]
