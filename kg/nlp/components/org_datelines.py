"""Rule 4e of ``kg_orgs``: news agencies in a dateline.

A report opens with its place and the agencies in parentheses: "Istanbul
(sda/dpa) –", "Bern (apa)". The agencies' abbreviations are written in
lower case there as often as not, which the gazetteer matches only in
capitals ("SDA"). After the first place of a line (or of a list of places,
"Damaskus/Wien (APA/AFP)"), every word of the parenthesis that the gazetteer
knows, as written or in capitals, as a medium is one; a parenthesis with a
word of another kind ("Bern (Schweiz)") is no list of agencies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp import gazetteer
from kg.nlp.components.org_names import _Proposal

__all__ = ["dateline_agencies"]

#: what separates the agencies in a dateline
_SEPARATORS = frozenset({"/", ","})


def _agency(word: str) -> bool:
    """``word`` is a medium the gazetteer knows as written or in capitals
    ("dpa", "sda", "APA")."""
    if not word.isalpha() or len(word) > 12:
        return False
    for form in dict.fromkeys((word, word.upper())):
        entry = gazetteer.lookup(form, label="ORG")
        if entry is not None and entry.label == "ORG" and entry.kind == "media":
            return True
    return False


def _opens_line(toks: list[Token], i: int) -> bool:
    """Token ``i`` starts the text or a line, or follows a place of a list
    of places that does ("Damaskus/Wien")."""
    while i >= 2 and toks[i - 1].text == "/":
        i -= 2
    return i == 0 or "\n" in toks[i - 1].text or toks[i - 1].text_with_ws.endswith("\n")


def dateline_agencies(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 4e: the agencies in parentheses after a dateline's place."""
    out: list[_Proposal] = []
    n = len(toks)
    for e in ents:
        if e.label_ != "LOC" or e.end >= n or toks[e.end].text != "(":
            continue
        if not _opens_line(toks, e.start):
            continue
        k = e.end + 1
        found: list[int] = []
        while k < n and toks[k].text != ")":
            if toks[k].text not in _SEPARATORS:
                if not _agency(toks[k].text):
                    found = []
                    break
                found.append(k)
            k += 1
        if k >= n or toks[k].text != ")":
            continue
        out.extend(_Proposal(m, m + 1, over_person=True) for m in found)
    return out
