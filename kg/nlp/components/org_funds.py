"""``kg_orgs`` rule 2f: a public fund named by its purpose.

A compound of "-fonds" after a definite article, with up to two adjectives
between, names one fund: "zum Familienlastenausgleichsfonds", "den
Insolvenzentgeltfonds", "des Wissenschaftsfonds". Not the bare noun ("des
Fonds"), not after an indefinite article ("ein Wohnbaufonds"), not a kind of
fund (:data:`kg.lang.de.org_nouns.FUND_KINDS`: "des Investmentfonds", "der
Hedgefonds"), not a hyphenated compound ("des US-Hedgefonds"), nor a word the
model or the gazetteer tagged ("den Weltwährungsfonds"), nor one before its
name ("im Einlagensicherungsfonds BDIF").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.org_nouns import FUND_KINDS
from kg.lang.de.orgs import DEFINITE_WORDS
from kg.nlp.components.org_names import _Proposal

__all__ = ["fund_names"]

#: the noun, which is the same in every case and number
_FUND = ("fonds",)
#: letters a purpose needs before "-fonds" ("Klimafonds")
_MIN_PURPOSE = 4


def fund_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 2f (module docstring): the one token of such a compound."""
    in_ent = {t for e in ents for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    for tok in toks[1:]:
        low = tok.lower_
        if (
            not low.endswith(_FUND)
            or not tok.text[:1].isupper()
            or not tok.is_alpha
            or tok.i in in_ent
        ):
            continue
        purpose = low[: -len("fonds")]
        if len(purpose) < _MIN_PURPOSE or purpose.endswith(FUND_KINDS):
            continue
        j = tok.i - 1
        while j > 0 and tok.i - j <= 2 and toks[j].text.islower():
            if toks[j].lower_ in DEFINITE_WORDS:
                break
            j -= 1  # "des neuen", "der staatlichen"
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        if nxt is not None and (nxt.i in in_ent or nxt.is_upper and nxt.is_alpha):
            continue  # "im Einlagensicherungsfonds BDIF": the name follows
        if toks[j].lower_ in DEFINITE_WORDS and toks[j].lower_ != "am":
            out.append(_Proposal(tok.i, tok.i + 1))
    return out
