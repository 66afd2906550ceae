"""An unnamed official "of the country" speaks for the country the article is
about (issue 17): "…, erklärte der Sicherheitsminister des Landes" in a report
from Quito on Ecuador -> Ecuador, as ``bench/quote_gold.md`` annotates an
unnamed official ("ein Behördensprecher in Kiew" -> Ukraine). Used by
:func:`kg.extract.quotes.find_quotes` on the quotes whose speaker is still only
a title."""

from __future__ import annotations

from kg.extract.focus import dateline_country, focus_country
from kg.extract.quotes_continued import Found
from kg.extract.sources import speaker_noun
from kg.extract.view import DocView

__all__ = ["land_officials"]

#: "des Landes": the country the article is about
_OF_THE_LAND = ("des", "landes")


def land_officials(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with each quote whose speaker is only a title ("Sicherheitsminister")
    that its sentence gives as "der <Titel> des Landes" said by the one country
    the article is about (:func:`kg.extract.focus.focus_country`); other quotes,
    and all where the article has no such country, as they are."""
    todo = [
        n
        for n, f in enumerate(found)
        if f[4] is None and f[6] and speaker_noun(f[6]) and _of_the_land(view, f)
    ]
    if not todo:
        return found
    state = focus_country(view.entities.values(), dateline_country(view))
    if state is None:
        return found
    out = list(found)
    for n in todo:
        a, b, si, kind, _, medium, _ = out[n]
        out[n] = (a, b, si, kind, state, medium, None)
    return out


def _of_the_land(view: DocView, f: Found) -> bool:
    """The sentence of quote ``f`` calls its label's noun "… des Landes"."""
    sent = view.sents[f[2]]
    lowers = view.lowers
    label = f[6].lower() if f[6] else ""
    return any(
        lowers[i] == label and tuple(lowers[i + 1 : i + 3]) == _OF_THE_LAND
        for i in range(sent.start, sent.end - 2)
    )
