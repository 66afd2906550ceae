"""``kg_orgs`` rule 5d: a company named as a firm's rival.

A company whose name is also a common word or a surname (a form the gazetteer
resolves only once it is labelled: "Westbahn", "Spar", "Hofer") is the
company right after a noun for the rival of an organisation the gazetteer
knows (:data:`kg.lang.de.org_nouns.RIVAL_NOUNS`: "vom ÖBB-Konkurrenten
Westbahn", also over a person the model saw), after a noun for a rival in
trade (:data:`kg.lang.de.org_nouns.TRADE_RIVAL_NOUNS`: "den Mitbewerbern
Spar") and in a list with a company the gazetteer knows across a parenthesis
("Spar (30 Prozent) und Rewe"), where the model saw no person. A bare
"Konkurrent" or "Rivale" names a candidate as often ("sein Konkurrent
Hofer"): none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.org_nouns import RIVAL_NOUNS, TRADE_RIVAL_NOUNS
from kg.nlp import gazetteer
from kg.nlp.components.org_context import _a_company, _context_company
from kg.nlp.components.org_names import _Proposal

__all__ = ["rival_companies"]

#: words that join the names of a list
_LIST_WORDS = frozenset({"und", "oder", "sowie", ","})
#: words a parenthesis after a name may hold ("(30 Prozent)"), at most
_PAREN_WORDS = 6


def rival_companies(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 5d (module docstring): the one word of such a company."""
    out: list[_Proposal] = []
    for tok in toks[1:]:
        text = tok.text
        if not (text[:1].isupper() and text.isalpha()) or text.isupper():
            continue
        if _context_company(text) is None:
            continue
        if any(e.start <= tok.i < e.end and len(e) > 1 for e in ents):
            continue  # part of a longer name
        person = any(e.start == tok.i and e.label_ == "PER" for e in ents)
        prefix, _, noun = toks[tok.i - 1].text.rpartition("-")
        if noun.lower().endswith(RIVAL_NOUNS) and _an_org(prefix):
            out.append(_Proposal(tok.i, tok.i + 1, over_person=True))
        elif not person and (
            noun.lower().endswith(TRADE_RIVAL_NOUNS)
            or _listed_past_parenthesis(doc, toks, tok, ents)
        ):
            out.append(_Proposal(tok.i, tok.i + 1))
    return out


def _an_org(word: str) -> bool:
    """``word`` is an organisation the gazetteer knows ("ÖBB")."""
    entry = gazetteer.lookup(word) if word else None
    return entry is not None and entry.label == "ORG"


def _listed_past_parenthesis(
    doc: Doc, toks: list[Token], tok: Token, ents: list[Span]
) -> bool:
    """``tok``, a short parenthesis, a word of a list and a company the
    gazetteer knows: "Spar (30 Prozent) und Rewe"."""
    n = len(toks)
    k = tok.i + 1
    if k >= n or toks[k].text != "(":
        return False
    close = next(
        (j for j in range(k + 1, min(n, k + 2 + _PAREN_WORDS)) if toks[j].text == ")"),
        None,
    )
    if close is None or close + 2 >= n or toks[close + 1].lower_ not in _LIST_WORDS:
        return False
    return _a_company(doc, toks[close + 2], ents)
