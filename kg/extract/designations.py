"""Whose "Senat" (issue 13, one node per real actor).

A body named by its bare designation ("der Senat", "im Kongress",
:data:`kg.lang.de.bodies.DESIGNATION_NOUNS`) is a different body in each
country: the IRI minted from the name alone would make the Senate of Italy,
of Poland and of the USA one node across articles. Such an organisation takes
the country the article names most (:func:`kg.extract.focus.country_scores`,
if one leads) into its name, as the gazetteer's national bodies do ("Senat
(Italien)" like "Außenministerium (Tschechien)"); in an article where no
country leads it is no entity (its words stay in the text, no node claims
them). A body the gazetteer gives one country for the bare word ("~Kongress"
of the US-Kongress) is that one only in a report on that country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.extract.focus import country_scores
from kg.extract.records import Entity, Kind, entity_key
from kg.extract.resolve import RawMention
from kg.lang.de.bodies import designation
from kg.nlp import gazetteer

__all__ = ["place_designations"]


def place_designations(
    raw: list[RawMention], entities: list[Entity]
) -> tuple[list[Entity], set[str]]:
    """The entities with each bare designation named for its country, and the
    keys of those dropped for want of one. ``raw`` mentions take the new keys
    in place."""
    bare = [e for e in entities if _bare(e)]
    if not bare:
        return entities, set()
    # not counting the bodies in question ("Kongress" read as the US-Kongress
    # would count for the USA)
    ranked = country_scores(e for e in entities if e not in bare).most_common(2)
    # the country the article names most, if one leads
    country = (
        ranked[0][0]
        if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
        else None
    )
    # "im Kongress" the gazetteer read as the US-Kongress ("~Kongress"): that
    # one in a report on the USA, else the leading country's
    bare = [
        e
        for e in bare
        if e.country_code is None
        or country is None
        or country != _country_key(e.country_code)
    ]
    scores = country_scores(e for e in entities if e not in bare)
    renamed: dict[str, str] = {}
    dropped: set[str] = set()
    out: list[Entity] = []
    for e in entities:
        if e not in bare:
            out.append(e)
            continue
        country = _country_of_office(e, scores) or country
        if country is None:
            dropped.add(e.key)
            continue
        noun = e.name if e.country_code is None else _noun(e)
        name = f"{noun} ({country.partition('/')[2]})"
        # no bare "Senat" as an alias: the corpus pass joins names, and every
        # country's senate has that one
        aliases = tuple(a for a in e.aliases if designation(a) is None)
        new = replace(e, name=name, aliases=aliases, country_code=None)
        renamed[e.key] = new.key
        out.append(new)
    for m in raw:
        if m.key in renamed:
            m.key = renamed[m.key]
    return out, dropped


#: designations of an office only some countries have: "das Kanzleramt" is
#: Germany's or Austria's, whatever other country an article names most
#: ("Bundeskanzler X reist nach Rom …, hieß es aus dem Kanzleramt")
_OFFICE_COUNTRIES = {
    "kanzleramt": ("DE", "AT"),
    "bundeskanzleramt": ("DE", "AT"),
}


def _country_of_office(e: Entity, scores: Counter[str]) -> str | None:
    """The country of those that have the office ``e`` names that the article
    names most, if one of them leads."""
    codes = _OFFICE_COUNTRIES.get(_noun(e).lower() if e.mentions else e.name.lower())
    if codes is None:
        return None
    keys = [k for c in codes if (k := _country_key(c)) is not None]
    ranked = sorted(((scores[k], k) for k in keys if scores[k]), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _bare(e: Entity) -> bool:
    """``e`` is an organisation named by a bare designation: its name ("Senat"),
    or, for a body the gazetteer gave it, every mention ("im Kongress" read as
    the US-Kongress)."""
    if e.kind != Kind.ORG:
        return False
    if " " not in e.name and designation(e.name) == e.name.lower():
        return e.country_code is None
    return bool(e.mentions) and all(
        " " not in m.text and designation(m.text) is not None for m in e.mentions
    )


def _noun(e: Entity) -> str:
    """The designation of ``e``'s first mention, in the nominative ("Kongress"
    of "Kongresses")."""
    word = e.mentions[0].text
    form = designation(word) or word.lower()
    return word[: len(form)]


def _country_key(code: str) -> str | None:
    c = gazetteer.country_by_code(code)
    return entity_key(Kind.PLACE, c.name) if c is not None else None
