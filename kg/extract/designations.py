"""Whose "Senat" (issue 13, one node per real actor).

A body named by its bare designation ("der Senat", "im Kongress",
:data:`kg.lang.de.bodies.DESIGNATION_NOUNS`) is a different body in each
country: the IRI minted from the name alone would make the Senate of Italy,
of Poland and of the USA one node across articles. Such an organisation takes
the country the article names most (:func:`kg.extract.focus.country_scores`,
if one leads) into its name, as the gazetteer's national bodies do ("Senat
(Italien)" like "Außenministerium (Tschechien)"); in an article where no
country leads it is no entity (its words stay in the text, no node claims
them).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.focus import country_scores
from kg.extract.records import Entity, Kind
from kg.extract.resolve import RawMention
from kg.lang.de.bodies import designation

__all__ = ["place_designations"]


def place_designations(
    raw: list[RawMention], entities: list[Entity]
) -> tuple[list[Entity], set[str]]:
    """The entities with each bare designation named for its country, and the
    keys of those dropped for want of one. ``raw`` mentions take the new keys
    in place."""
    bare = [
        e
        for e in entities
        if e.kind == Kind.ORG
        and " " not in e.name
        and designation(e.name) == e.name.lower()
        and e.country_code is None
    ]
    if not bare:
        return entities, set()
    ranked = country_scores(entities).most_common(2)
    # the country the article names most, if one leads
    country = (
        ranked[0][0]
        if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
        else None
    )
    renamed: dict[str, str] = {}
    dropped: set[str] = set()
    out: list[Entity] = []
    for e in entities:
        if e not in bare:
            out.append(e)
            continue
        if country is None:
            dropped.add(e.key)
            continue
        name = f"{e.name} ({country.partition('/')[2]})"
        # no bare "Senat" as an alias: the corpus pass joins names, and every
        # country's senate has that one
        aliases = tuple(a for a in e.aliases if designation(a) is None)
        new = replace(e, name=name, aliases=aliases)
        renamed[e.key] = new.key
        out.append(new)
    for m in raw:
        if m.key in renamed:
            m.key = renamed[m.key]
    return out, dropped
