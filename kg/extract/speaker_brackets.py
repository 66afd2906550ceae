"""Brackets in a reporting clause (issue 17): which bracketed entity is no
speaker.

"Heiko Maas (SPD) sagte": the party in brackets after a name is an
affiliation, not who speaks. But "teilte die US-Erdbebenwarte (USGS) mit": the
organisation in brackets is the short name of the body before it, a compound
whose first part only is a place's ("US-"); the body speaks, not the place
(:func:`skipped_in_brackets`).
"""

from __future__ import annotations

from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView

__all__ = ["skipped_in_brackets"]


def skipped_in_brackets(view: DocView, i: int) -> bool:
    """Is the entity at token ``i`` no speaker for its brackets: an
    affiliation in brackets after a name, or a place's compound before the
    bracketed short name of the body it names (module docstring)?"""
    if _prefix_before_short_name(view, i):
        return True
    doc, k = view.doc, view.key(i)
    a = b = i
    while a > 0 and view.key(a - 1) == k:
        a -= 1
    while b + 1 < len(doc) and view.key(b + 1) == k:
        b += 1
    c = a - 2  # the word before the bracket, past a line break ("Name\n(SPD)")
    while c > 0 and doc[c].is_space:
        c -= 1
    return (
        c >= 0
        and b + 1 < len(doc)
        and doc[a - 1].text == "("
        and doc[b + 1].text == ")"
        and view.key(c) is not None
        and not _prefix_before_short_name(view, c)
    )


def _prefix_before_short_name(view: DocView, i: int) -> bool:
    """Token ``i`` is a compound a place opens ("US-Erdbebenwarte", keyed to
    the place by its prefix) right before an organisation's name alone in
    brackets ("(USGS)")."""
    doc = view.doc
    k = view.key(i)
    if k is None or kind_of(k) is not Kind.PLACE or i + 3 >= len(doc):
        return False
    text = doc[i].text
    head = text.rpartition("-")[2]
    org = view.key(i + 2)
    return (
        "-" in text
        and head[:1].isupper()
        and view.key(i - 1) != k
        and doc[i + 1].text == "("
        and org is not None
        and kind_of(org) is Kind.ORG
        and view.key(i + 3) != org
        and doc[i + 3].text == ")"
    )
