"""Mend 8b of ``kg_orgs``: an institute's host kept apart.

The model runs the name of an institute with a complement ("das Institut für
Virologie", rule 1c) into its host in the genitive: "Institut für Virologie
der Universität Marburg", "Instituts für Virologie des Universitätsklinikums".
German names the institute by its own words; the host is another organisation
(:data:`kg.lang.de.orgs.HOST_HEADS`: a university, an academy, a clinic). The
model's span is cut to the rule's name, and the host stays an organisation
only where it is named ("Universität Marburg", or a form the gazetteer knows),
not as a bare noun ("des Universitätsklinikums").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lang.de.orgs import HOST_HEADS, org_head
from kg.nlp import gazetteer
from kg.nlp.components.org_names import _Proposal

__all__ = ["hosts_apart"]


def hosts_apart(
    doc: Doc,
    ents: list[Span],
    names: list[_Proposal],
    tagged: dict[tuple[int, int], str],
) -> list[Span]:
    """``ents`` with each model organisation that is one of ``names`` (the
    complement names of rule 1c) and "der" or "des" and a host cut in two."""
    ends = {p.start: p.end for p in names}
    out: list[Span] = []
    for e in ents:
        end = ends.get(e.start, e.end)
        if (
            e.label_ != "ORG"
            or (e.start, e.end) in tagged
            or not end + 1 < e.end
            or doc[end].lower_ not in ("der", "des")
            or not _host(doc[end + 1 : e.end])
        ):
            out.append(e)
            continue
        out.append(Span(doc, e.start, end, label="ORG"))
        host = doc[end + 1 : e.end]
        entry = gazetteer.lookup(host.text, label="ORG")
        if len(host) > 1 or entry is not None and entry.label == "ORG":
            out.append(Span(doc, end + 1, e.end, label="ORG"))
    return out


def _host(span: Span) -> bool:
    """``span`` opens with the noun of a host ("Universität Marburg",
    "Universitätsklinikums") and runs on in capitalised words only."""
    word = span[0].text
    head = org_head(word, HOST_HEADS)
    low = word.lower()
    if head is None or not low.endswith((head, head + "s", head + "es")):
        return False
    return all(t.text[:1].isupper() for t in span)
