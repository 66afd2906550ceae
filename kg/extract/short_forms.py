"""A name's short form in parentheses read as part of the name.

"Die Europäische Union (EU) verhandelt mit dem Internationalen Währungsfonds
(IWF)": the rules that walk a list of parties token by token stop at the
parenthesis. Where the words in parentheses name the same entity as the name
right before them, the parentheses and their words take that name's key, so
"die Europäische Union (EU)" reads as one name. A different entity in
parentheses ("Werner Faymann (SPÖ)", "Wien (Österreich)") is left as it is.
"""

from __future__ import annotations

from kg.extract.view import DocView

__all__ = ["with_short_forms"]

_OPEN = frozenset({"("})
#: the longest short form in parentheses, in tokens
_MAX_INSIDE = 4


def with_short_forms(view: DocView) -> DocView:
    """``view`` with each same-entity short form in parentheses, and its
    parentheses, inside the mention of the name before it."""
    keys: dict[int, str | None] | None = None
    n = len(view.lowers)
    for i in view.positions(_OPEN):
        key = view.key(i - 1) if i > 0 else None
        if not key:
            continue
        close = next(
            (
                j
                for j in range(i + 1, min(n, i + _MAX_INSIDE + 2))
                if view.texts[j] == ")"
            ),
            None,
        )
        if close is None or close == i + 1:
            continue
        if any(view.key(j) != key for j in range(i + 1, close)):
            continue
        if keys is None:
            keys = dict(view.keys)
        for j in range(i, close + 1):
            keys[j] = key
    if keys is None:
        return view
    return DocView(view.doc, view.sents, keys, view.entities, view.offset)
