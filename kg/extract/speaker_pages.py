"""A page a statement is posted on is no speaker (issue 17): "Die Firma X
kommentierte auf Straches Facebook-Seite: …", "schrieb Y auf der Facebook-Seite
von Z: …" -> X, Y; the page and its owner after "auf" are where it is said
(:func:`without_pages`)."""

from __future__ import annotations

from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES, SUBJECT_PRONOUNS
from kg.lang.de.speech_sources import PAGE_NOUN_ENDINGS

__all__ = ["without_pages"]

_GENITIVE = ARTICLES | {"des", "von", "vom"}


def _page_phrase(view: DocView, p: int, hi: int) -> list[int]:
    """The tokens of "auf [der] [Straches] Facebook-Seite [von X]" from the
    "auf" at token ``p`` up to token ``hi``; none when no page noun follows
    within four words."""
    doc = view.doc
    for j in range(p + 1, min(p + 5, hi)):
        if not doc[j].is_alpha and "-" not in doc[j].text:
            return []
        if doc[j].lower_.endswith(PAGE_NOUN_ENDINGS) and len(doc[j].text) > 4:
            end = j + 1
            if end < hi and doc[end].lower_ in _GENITIVE:
                end += 1
                while end < hi and doc[end].lower_ in ARTICLES:
                    end += 1
                k = view.key(end) if end < hi else None
                while end < hi and k is not None and view.key(end) == k:
                    end += 1
            return list(range(p, end))
    return []


def without_pages(view: DocView, region: list[int]) -> list[int]:
    """``region`` without a page phrase after "auf" (:func:`_page_phrase`) when
    the rest names an entity or opens with a subject pronoun; else unchanged
    ("hieß es auf der Facebook-Seite der Partei": the party)."""
    if not region:
        return region
    doc = view.doc
    inside = set(region)
    hi = max(region) + 1
    page: set[int] = set()
    for p in region:
        if doc[p].lower_ == "auf" and p not in page:
            page.update(j for j in _page_phrase(view, p, hi) if j in inside)
    if not page:
        return region
    rest = [i for i in region if i not in page]
    if any(view.key(i) for i in rest) or any(
        doc[i].lower_ in SUBJECT_PRONOUNS for i in rest
    ):
        return rest
    return region
