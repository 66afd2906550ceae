"""Bodies named by their bare kind noun after a compound named them in full: "Die
Zelte würden verwahrt, betonte das Innenministerium. … Gerüchte dementierte
das Ministerium" is the Innenministerium (:func:`full_label`), as a quote's
"das Ministerium" is (issue 17; :mod:`kg.extract.interactions` applies it to
the labels of sources and targets no entity stands for)."""

from __future__ import annotations

from kg.extract.view import DocView

__all__ = ["full_label"]

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
