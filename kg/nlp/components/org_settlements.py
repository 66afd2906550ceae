"""``kg_orgs`` rule 10d: a model organisation in a settlement's slot is a place.

A name right after a noun of a settlement ("die Siedlung Otniel", "die
syrische Stadt Raqqa", "der Provinz Idlib"; :data:`kg.lang.de.places.PLACE_NOUNS`,
:data:`kg.lang.de.places.SETTLEMENT_ENDINGS`), also with "von" between ("die
Altstadt von Sada"), is a place, and so is the name in a model organisation
that opens with such a noun ("die Metropole Aleppo": Aleppo). The gazetteer's
organisations and the names the rules of ``kg_orgs`` made stand; so does a
parish ("die Kultusgemeinde Wien" is no village).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lang.de.places import NOT_SETTLEMENTS, PLACE_NOUNS, SETTLEMENT_ENDINGS
from kg.nlp import gazetteer

__all__ = ["settlement_places"]


def settlement_places(
    ents: list[Span], tagged: dict[tuple[int, int], str], made: set[tuple[int, int]]
) -> list[Span]:
    """Rule 10d (module docstring) over ``ents``: each model organisation in a
    settlement's slot becomes a place."""
    out = []
    for ent in ents:
        key = (ent.start, ent.end)
        if ent.label_ != "ORG" or key in tagged or key in made:
            out.append(ent)
        elif len(ent) > 1 and _settlement(ent[0].text):
            out.append(Span(ent.doc, ent.start + 1, ent.end, label="LOC"))
        elif _after_settlement(ent.doc, ent.start):
            out.append(Span(ent.doc, ent.start, ent.end, label="LOC"))
        else:
            out.append(ent)
    return out


def _after_settlement(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a settlement's noun, or its noun and "von"."""
    k = i - 1
    if k > 0 and doc[k].lower_ == "von":
        k -= 1
    return k >= 0 and _settlement(doc[k].text)


def _settlement(word: str) -> bool:
    """``word`` is a common noun of a settlement ("Siedlung", "Hauptstadt",
    "Metropole"), not a town's name ("Düsseldorf")."""
    low = word.lower()
    if not word[:1].isupper() or low in NOT_SETTLEMENTS:
        return False
    if low not in PLACE_NOUNS and not low.endswith(SETTLEMENT_ENDINGS):
        return False
    return low in PLACE_NOUNS or gazetteer.lookup(word) is None
