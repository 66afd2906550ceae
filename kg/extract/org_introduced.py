"""The organisation a definite noun refers to because the article introduced
it by that noun (issue 17): "Der australische Pensionsfonds IFM will … , teilte
der Pensionsfonds mit" -> IFM. The noun need be in no list: the article itself
said what it stands for, right before the name. Used by
:func:`kg.extract.org_anaphor.org_anaphor`."""

from __future__ import annotations

from kg.extract.media import is_media
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView

__all__ = ["introduced_org"]


def introduced_org(view: DocView, i: int) -> str | None:
    """The organisation whose name followed the noun at token ``i`` where the
    article used the noun before ("der Pensionsfonds" after "Der australische
    Pensionsfonds IFM", "die Stiftung" after "die Stiftung Warentest"), the
    last one so introduced; ``None`` when the noun at ``i`` is itself followed
    by a name ("der Pensionsfonds IFM") or no organisation was introduced by
    it."""
    doc = view.doc
    word = view.lowers[i]
    if len(word) < 4 or not doc[i].is_alpha or not doc[i].text[:1].isupper():
        return None
    if i + 1 < len(doc) and view.key(i + 1):
        return None
    for j in range(i - 1, -1, -1):
        if view.lowers[j] != word or view.key(j) or j + 1 >= len(doc):
            continue
        k = view.key(j + 1)
        if k and kind_of(k) is Kind.ORG and not is_media(k):
            return k
    return None
