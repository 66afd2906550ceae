"""A church named by its denomination is the gazetteer's church.

German writes a church with the adjective of its denomination in lower case
and inflects it ("der katholischen Kirche", "der römisch-katholischen
Kirche", "die russisch-orthodoxe Kirche"), while the gazetteer writes the
name capitalised in the nominative ("Römisch-katholische Kirche" with its
alias "Katholische Kirche", "Russisch-Orthodoxe Kirche"); a lookup of the
words as written finds none of them, and each form would be a node of its
own. The nominative of the mention (:func:`kg.lang.de.cases.nominative`)
with its adjectives capitalised is looked up instead. A church with its
country or place after it ("die katholische Kirche Kubas", "… in Amerika")
is a national church, no row of the list.
"""

from __future__ import annotations

from kg.lang.de.org_nouns import is_church_adjective
from kg.nlp import gazetteer
from kg.nlp.gazetteer import Entry

__all__ = ["church_entry"]


def church_entry(name: str) -> Entry | None:
    """The gazetteer's church for ``name`` in the nominative: adjectives of a
    denomination and "Kirche" ("katholische Kirche" -> Römisch-katholische
    Kirche, "russisch-orthodoxe Kirche" -> Russisch-Orthodoxe Kirche); else
    ``None``.

    Example
    -------
    >>> church_entry("römisch-katholische Kirche").name
    'Römisch-katholische Kirche'
    >>> church_entry("katholische Kirche Kubas") is None
    True
    """
    *adjectives, head = name.split(" ")
    if head != "Kirche" or not adjectives:
        return None
    if not all(is_church_adjective(a) for a in adjectives):
        return None
    first = " ".join(adjectives)
    forms = (
        first[:1].upper() + first[1:],
        "-".join(p[:1].upper() + p[1:] for p in first.split("-")),
    )
    for form in dict.fromkeys(forms):
        entry = gazetteer.lookup(f"{form} Kirche", label="ORG")
        if entry is not None and entry.label == "ORG" and entry.kind == "church":
            return entry
    return None
