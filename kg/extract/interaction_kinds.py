"""Actors of an interaction named by a kind noun (issue 17;
:mod:`kg.extract.interactions` calls these after
:func:`kg.extract.interaction_actors.actors`):

* a body's bare kind noun after a compound named it in full: "Die Zelte würden
  verwahrt, betonte das Innenministerium. … Gerüchte dementierte das
  Ministerium" is the Innenministerium (:func:`full_label`), as a quote's "das
  Ministerium" is; for the labels of sources and targets no entity stands for;
* a kind noun as the object, "Die ÖVP warf der Partei Populismus vor" after
  the FPÖ, "forderte die Gewerkschaft auf" after Verdi: the organisation named
  before, not the source (:func:`kind_object`).
"""

from __future__ import annotations

from kg.extract.actors import is_media
from kg.extract.bodies import verb_final
from kg.extract.org_anaphor import org_anaphor
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import CLAUSE_OPENERS, PREPOSITIONS
from kg.lang.de.speech import ORG_ANAPHORS

__all__ = ["full_label", "kind_object", "other_named"]

# sentences before the clause searched for the compound
_BACK = 3


def full_label(view: DocView, label: str | None, lo: int) -> str | None:
    """The compound ending in ``label`` ("Innenministerium" for "Ministerium")
    the text names last before token ``lo``, in its sentence or the
    ``_BACK`` before, when exactly one such compound is named there and no
    entity stands for it; else ``label`` itself. Only a bare kind noun is
    resolved ("syrische Opposition" stays)."""
    if label is None or not label.isalpha() or not label[:1].isupper():
        return label
    noun = label.lower()
    here = view.sentence_of(view.doc[lo])
    start = view.sents[max(0, here - _BACK)].start
    found = {
        w
        for j in range(start, lo)
        if (w := view.texts[j]).isalpha()
        and w[:1].isupper()
        and len(w) > len(noun) + 2
        and w.lower().endswith(noun)
        and not view.key(j)
    }
    return next(iter(found)) if len(found) == 1 else label


# auxiliaries, modals and pronouns that may stand between the verb and its
# object: "warf er der Partei vor", "hat der Partei … vorgeworfen"
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "man", "wir", "ich"})
# articles of a dative or accusative object
_OBJECT_ARTICLES = frozenset({"der", "dem", "den", "die"})
_ARTICLES = _OBJECT_ARTICLES | {"das", "des", "ein", "eine", "einen", "einem", "einer"}


def kind_object(view: DocView, lo: int, v: int, hi: int, source: str) -> str | None:
    """The organisation a kind noun the clause ``lo``-``hi`` has as the object
    of the verb at ``v`` refers to ("warf der Partei … vor", "forderte die
    Gewerkschaft auf", "hat dem Konzern … vorgeworfen"): the one
    :func:`org_anaphor` gives, else, for a plain kind noun ("Partei",
    "Konzern"), the organisation the three sentences before name most other
    than ``source``; ``None`` when none is, or it is the source."""
    # the source is named in the clause, so the kind noun is not it ("Die
    # ÖVP warf der Partei … vor"; not "Am Montag forderte die Partei …")
    named = any(view.key(x) == source for x in range(lo, hi))
    for n in _object_nouns(view, lo, v, hi):
        k = org_anaphor(view, [n])
        if k is not None and k != source:
            return k
        if named and view.lowers[n] in ORG_ANAPHORS:
            return other_named(view, n, source)
        return None
    return None


def _object_nouns(view: DocView, lo: int, v: int, hi: int) -> list[int]:
    """The nouns of definite noun phrases in object position: right after the
    verb at ``v`` (after a subject pronoun or name there), or, when the clause
    ends with the verb, after an auxiliary, adverb or name in its middle; never
    after a preposition or a word that opens a clause."""
    out = []
    j = v + 1
    while j < hi and (view.key(j) or view.lowers[j] in _SUBJECT_PRONOUNS):
        j += 1  # "warf er der Partei vor", "warf Meier der Partei vor"
    starts = [j] if j < hi else []
    if verb_final(view, v, hi):
        # "Die ÖVP hat der Partei … vorgeworfen"; not "dass die Partei …"
        starts += [
            x
            for x in range(lo + 1, v)
            if view.key(x - 1)
            or (
                view.texts[x - 1].isalpha()
                and view.texts[x - 1].islower()
                and view.lowers[x - 1] not in PREPOSITIONS
                and view.lowers[x - 1] not in CLAUSE_OPENERS
                and view.lowers[x - 1] not in _ARTICLES
            )
        ]
    for s in starts:
        if s >= hi or view.lowers[s] not in _OBJECT_ARTICLES:
            continue
        n = s + 1
        while n < hi and view.texts[n].isalpha() and view.texts[n].islower():
            n += 1  # "der rechten Partei"
        if n < hi and view.texts[n].isalpha() and view.texts[n][:1].isupper():
            if not view.key(n):
                out.append(n)
    return out


def other_named(view: DocView, n: int, source: str) -> str | None:
    """The organisation (a party for "Partei") the sentence of token ``n`` and
    the three before name most before it, the nearest of equals, other than
    ``source`` and media."""
    here = view.sentence_of(view.doc[n])
    start = view.sents[max(0, here - 3)].start
    counts: dict[str, int] = {}
    order: list[str] = []
    for j in range(n - 1, start - 1, -1):
        k = view.key(j)
        if not k or k == source or kind_of(k) is not Kind.ORG or is_media(k):
            continue
        e = view.entities.get(k)
        if (
            view.lowers[n] == "partei"
            and e is not None
            and e.org_kind
            not in (
                None,
                "party",
            )
        ):
            continue  # a party for "Partei", where its kind is known
        if k not in counts:
            order.append(k)
        counts[k] = counts.get(k, 0) + 1
    return max(order, key=lambda k: counts[k]) if order else None
