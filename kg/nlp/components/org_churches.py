"""Rule 6c of ``kg_orgs``: a church named by its denomination.

German writes a church as an institution with the adjective of its
denomination in lower case ("die katholische Kirche", "die russisch-orthodoxe
Kirche"), which no capitalised name matches; ``bench/extract_gold.md`` counts
churches as institutions ("katholische Kirche Kubas") and leaves out "die
Kirche" alone. The adjective (:data:`kg.lang.de.org_nouns.CHURCH_ADJECTIVES`)
and "Kirche" are a name, with the country or place after it in the genitive or
after "in" ("die katholische Kirche Kubas", "die evangelisch-lutherische Kirche
in Amerika").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.org_nouns import is_church_adjective
from kg.nlp.components.org_names import _Proposal

__all__ = ["church_names"]


def church_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Each denomination's adjective before "Kirche" (singular), with a place
    of the model after it in the genitive ("Kubas") or after "in"."""
    places = {e.start: e.end for e in ents if e.label_ in ("LOC", "GPE")}
    out: list[_Proposal] = []
    for tok in toks[:-1]:
        if toks[tok.i + 1].text != "Kirche" or not is_church_adjective(tok.text):
            continue
        end = tok.i + 2
        if end in places and toks[places[end] - 1].text.endswith("s"):
            end = places[end]  # "Kirche Kubas"
        elif end + 1 in places and toks[end].lower_ == "in":
            end = places[end + 1]  # "Kirche in Amerika"
        out.append(_Proposal(tok.i, end, over_person=True))
    return out
