"""The subject of a clause that a verb trigger ends: the states and
organisations that open a subordinate clause ("..., wenn die EU und die USA ihr
Abkommen ausverhandeln") or follow the finite auxiliary of a main clause ("Am
Montag will die SPÖ mit der FPÖ verhandeln"); split from
:mod:`kg.extract.clause_subjects`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import is_media, keys_from, org_apposition
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES, CLAUSE_OPENERS
from kg.lang.de.meetings import FINITE_AUXILIARIES, PARTY_BODIES
from kg.lang.de.number_ranges import joins_numbers

__all__ = ["subject_of_final_verb"]


def subject_of_final_verb(view: DocView, sent: Span, t: Token) -> list[str]:
    """The states and organisations that stand first in the clause a verb
    trigger ends: after the word that opens a subordinate clause ("..., wenn
    die EU und die USA ihr Abkommen ausverhandeln") or after the finite
    auxiliary of a main clause ("Am Montag will die SPÖ mit der FPÖ
    verhandeln")."""
    doc = view.doc
    nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in FINITE_AUXILIARIES):
        return []
    for i in range(t.i - 1, sent.start - 1, -1):
        w = doc[i]
        if w.is_punct and w.text not in (",", "(", ")"):
            return []
        if w.lower_ in ("und", ",") and i > sent.start and view.key(i - 1):
            continue  # "die EU und die USA": a list, not a new clause
        if i > sent.start and joins_numbers(doc, i):
            continue  # "als die EFTA-Staaten zwischen 1972 und 1977 …": a range
        if w.lower_ in CLAUSE_OPENERS or w.lower_ in FINITE_AUXILIARIES:
            j = i + 1
            # "..., wo sich Ärztekammer, Krankenkasse und Stadt geeinigt haben"
            while j < t.i and (doc[j].lower_ in ARTICLES or doc[j].lower_ == "sich"):
                j += 1
            # "haben sich die Sozialpartner X und Y geeinigt"
            if j + 1 < t.i and doc[j].lower_ in PARTY_BODIES and view.key(j + 1):
                j += 1
            elif org_apposition(view, j, t.i):
                j += 1  # "wollen die Gewerkschaft X und der Konzern Y verhandeln"
            if j >= t.i or not view.key(j):
                return []
            return [
                k
                for k in keys_from(view, j, t.i)
                if kind_of(k) is not Kind.PERSON and not is_media(k)
            ]
    return []
