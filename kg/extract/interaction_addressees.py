"""The addressee of a demand named as the subject of what is demanded (issue
17; :mod:`kg.extract.interactions` calls it when the clause of the verb names
no target):

* "X muss Y tun, fordert Z" / "X müsse Y tun, forderte Z": the actor opening
  the sentence before a modal of obligation, when the verb's clause reports it
  after a comma;
* "Z fordert, dass X Y tut": the actor right after "dass" opening the clause
  after the verb's (:func:`demanded_subject`).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES, PREPOSITIONS

__all__ = ["demanded_subject"]

# modals that put an obligation on their subject ("Russland muss …")
_OBLIGATION = frozenset(
    "muss müsse müssen müssten müsste soll solle sollen sollte sollten möge "
    "mögen".split()
)


def demanded_subject(
    view: DocView,
    sent_start: int,
    lo: int,
    hi: int,
    actor: Callable[[int], str | None],
    source: str | None,
) -> str | None:
    """The actor the demand of the clause ``lo``-``hi`` asks to act, other
    than ``source``: the subject of the obligation the sentence states before
    the clause ("Die türkische Regierung muss …, fordert die EU"), or of the
    dass-clause right after it ("Verdi fordert, dass die Bahn …"); ``None``
    when neither names an actor as its subject."""
    doc = view.doc
    if lo - 1 > sent_start and view.texts[lo - 1] == ",":
        # the sentence, or what follows a colon in it ("Die Zypernfrage: Die
        # türkische Regierung muss …")
        starts = [sent_start] + [
            j + 1 for j in range(sent_start, lo - 1) if view.texts[j] == ":"
        ]
        for start in starts:
            k = _obligation_subject(view, start, lo - 1, actor)
            if k is not None and k != source:
                return k
    if hi + 1 < len(doc) and view.texts[hi] == "," and view.lowers[hi + 1] == "dass":
        j = hi + 2
        while j < len(doc) and (
            view.lowers[j] in ARTICLES
            or (view.texts[j].isalpha() and view.texts[j].islower() and j < hi + 5)
        ):
            if view.lowers[j] in PREPOSITIONS:
                return None  # "dass mit Russland …": no subject
            j += 1
        if j + 1 < len(doc) and _kind_before_name(view, j):
            j += 1  # "dass der Konzern Vivantes …"
        k = actor(j) if j < len(doc) else None
        if k is not None and k != source:
            return k
    return None


def _obligation_subject(
    view: DocView, start: int, end: int, actor: Callable[[int], str | None]
) -> str | None:
    """The actor opening the sentence at ``start`` (after an article and
    adjectives) when a modal of obligation follows it before ``end`` in the same
    clause ("Die türkische Regierung muss", "Russland müsse")."""
    j = start
    while j < end and (
        view.lowers[j] in ARTICLES
        or (view.texts[j].isalpha() and view.texts[j].islower() and not view.key(j))
    ):
        if view.lowers[j] in PREPOSITIONS or view.lowers[j] in _OBLIGATION:
            return None
        j += 1
    k = actor(j) if j < end else None
    if k is None:
        return None
    key = view.key(j)
    m = j
    while m < end and view.key(m) == key:
        m += 1
    # the modal follows the subject, or its noun ("die türkische Regierung muss")
    while m < end and view.texts[m].isalpha() and view.texts[m][:1].isupper():
        m += 1
    return k if m < end and view.lowers[m] in _OBLIGATION else None


def _kind_before_name(view: DocView, j: int) -> bool:
    """Token ``j`` is a noun no entity stands for right before a name ("der
    Konzern Vivantes", "die Regierung Merkel")."""
    return (
        view.texts[j].isalpha()
        and view.texts[j][:1].isupper()
        and not view.key(j)
        and view.key(j + 1) is not None
    )
