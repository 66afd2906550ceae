"""Places after a body's noun for the proposal rules of ``kg_orgs``
(:mod:`kg.nlp.components.org_names`): "die Botschaft in Kiew", "die
Staatsanwaltschaft von Innsbruck", "das ORF-Landesstudio Niederösterreich"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.orgs import (
    IN_PLACE_ARTICLES,
    IN_PLACE_HEADS,
    LOCAL_BODY_HEADS,
    org_head,
)
from kg.nlp import gazetteer

__all__ = ["city_at", "in_place_end", "named_place_end", "place_at", "region_at"]


def place_at(ents: list[Span], i: int, doc: Doc | None = None) -> int:
    """The end of a place entity starting at token ``i`` (or, with ``doc``, of
    a one-word place the gazetteer knows that the model ran into another
    entity), else ``i``."""
    for e in ents:
        if e.start == i and e.label_ == "LOC":
            return e.end
    if doc is not None and i < len(doc) and doc[i].text[:1].isupper():
        entry = gazetteer.lookup(doc[i].text, label="LOC")
        if entry is not None and entry.kind in ("city", "region", "country"):
            return i + 1
    return i


#: heads of an office that name a body in a city only as a compound
#: ("Finanzamt", "Innenministerium"; "das Amt in Wien" is any office)
_IN_PLACE_COMPOUNDS = ("amt", "ministerium", "polizeidirektion")


def region_at(ents: list[Span], doc: Doc, i: int) -> int:
    """The end of a region or a city starting at token ``i``, else ``i``."""
    end = place_at(ents, i, doc)
    if end == i:
        return i
    place = gazetteer.lookup(doc[i:end].text, label="LOC")
    ok = place is not None and place.label == "LOC" and place.kind in ("region", "city")
    return end if ok else i


def city_at(ents: list[Span], doc: Doc, i: int) -> bool:
    """Token ``i`` is a one-word city ("Kiew")."""
    end = region_at(ents, doc, i)
    if end != i + 1:
        return False
    place = gazetteer.lookup(doc[i].text, label="LOC")
    return place is not None and place.kind == "city"


def in_place_end(doc: Doc, toks: list[Token], ents: list[Span], i: int) -> int:
    """The end of "das Landesgericht in Wien", "die Botschaft in Kiew" for
    the body noun at token ``i``: the definite article before it, "in" and a
    city after it; else ``i``. The noun is one of :data:`IN_PLACE_HEADS` or a
    compound of it or of an office ("das Finanzamt in Linz"); not a building
    ("das Krankenhaus in Herat"), a plural ("die Gerichte in Wien") or a bare
    "Amt". A local body (:data:`LOCAL_BODY_HEADS`: police, prosecutors,
    administration, a city's or a region's government, a court) takes a
    region too and "von" as well: "die Polizei in British Columbia", "die
    Staatsanwaltschaft von Innsbruck", "die Stadtverwaltung von Lyon"."""
    n = len(doc)
    if i == 0 or i + 2 >= n or toks[i + 1].lower_ not in ("in", "von"):
        return i
    if toks[i - 1].lower_ not in IN_PLACE_ARTICLES:
        return i
    low = toks[i].lower_.rsplit("-", 1)[-1]
    local = org_head(toks[i].text, LOCAL_BODY_HEADS)
    if local is not None and not low.endswith((local, local + "s", local + "es")):
        local = None
    if toks[i + 1].lower_ == "von" and local is None:
        return i
    if local is None:
        head = org_head(toks[i].text, IN_PLACE_HEADS + _IN_PLACE_COMPOUNDS)
        if head is None or not low.endswith((head, head + "s", head + "es")):
            return i
        if low.rstrip("s") == head.rstrip("s") and head not in IN_PLACE_HEADS:
            return i  # "das Amt in Wien": a bare noun of another kind
    end = place_at(ents, i + 2, doc)
    if end == i + 2:
        end = named_place_end(doc, toks, i + 2)
    if end == i + 2:
        return i
    if end < n and toks[end].text[:1].isupper() and toks[end].is_alpha:
        return i  # "die Polizei in Wien Drogen ...": a place of something else
    place = gazetteer.lookup(doc[i + 2 : end].text, label="LOC")
    if place is None and local is not None and _model_town(ents, i + 2, end):
        return end  # "die Staatsanwaltschaft von Budweis": a town it does not know
    kinds = ("city", "region") if local is not None else ("city",)
    if place is None or place.label != "LOC" or place.kind not in kinds:
        return i
    return end


def _model_town(ents: list[Span], start: int, end: int) -> bool:
    """The model's one-word place at ``start:end`` (a town the gazetteer does
    not know: a country, a region and a large city it does)."""
    return end == start + 1 and any(
        e.start == start and e.end == end and e.label_ == "LOC" for e in ents
    )


def named_place_end(doc: Doc, toks: list[Token], i: int) -> int:
    """The end of the longest place name of two or three capitalised words at
    token ``i`` that the gazetteer knows, whatever the model made of them
    ("British Columbia" as MISC, "České| Budějovice" cut); else ``i``."""
    for end in range(min(i + 3, len(doc)), i + 1, -1):
        if not all(t.text[:1].isupper() for t in toks[i:end]):
            continue
        place = gazetteer.lookup(doc[i:end].text, label="LOC")
        if place is not None and place.label == "LOC":
            return end
    return i
