"""Definite nouns of a kind that refer back to an organisation named before.

"Die Gewerkschaft Verdi ruft zum Streik auf. … Die Gewerkschaft fordert sechs
Prozent mehr": "die Gewerkschaft" is Verdi, the union the article named last,
as "das Ministerium" is the ministry named before
(:func:`kg.extract.org_anaphor.org_anaphor`). The nouns and the gazetteer kinds
they refer to are :data:`kg.lang.de.bodies.KIND_ANAPHORS`.
"""

from __future__ import annotations

from kg.extract.records import Kind
from kg.extract.view import DocView
from kg.lang.de.bodies import KIND_ANAPHORS

__all__ = ["kind_anaphor"]

# how many sentences before the noun's own the organisation may be named in
_REACH = 5


def kind_anaphor(view: DocView, i: int) -> str | None:
    """The organisation the noun at ``i`` ("Gewerkschaft", :data:`KIND_ANAPHORS`)
    refers to: the last one of its kind the article names before it, in its
    sentence or the five before; ``None`` when the noun names its own
    organisation ("die Gewerkschaft Verdi") or none of the kind is named."""
    kinds = KIND_ANAPHORS.get(view.lowers[i])
    if kinds is None or view.key(i):
        return None
    doc = view.doc
    if i + 1 < len(doc) and view.key(i + 1):
        return None  # "die Gewerkschaft Verdi": the name follows
    here = view.sentence_of(doc[i])
    lo = view.sents[max(0, here - _REACH)].start
    for j in range(i - 1, lo - 1, -1):
        k = view.key(j)
        e = view.entities.get(k) if k else None
        if e is not None and e.kind == Kind.ORG and e.org_kind in kinds:
            return k
    return None
