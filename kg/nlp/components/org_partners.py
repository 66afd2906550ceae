"""``kg_orgs`` rule 3b: a firm named after its partners with "&".

Two surnames joined by "&" name a firm, a law firm or an agency ("die
Rechtsanwälte von Graf & Pitkowitz", "die Agentur Merlicek & Bergmann"): a
word of each side is a surname the lexicon knows or a word it does not know
at all. Not a title or a slogan of common words ("Drag & Drop", "Art &
Money"), not two persons ("Sarah Brugner & Michael Huber": a first name
before or after), nor words inside a longer entity (its label stands).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.components.org_names import _Proposal
from kg.nlp.lexicon import Feature, word_features

__all__ = ["partner_firms"]


def partner_firms(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 3b (module docstring): the three tokens of such a name."""
    n = len(toks)
    long_ents = {t for e in ents if len(e) > 3 for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    for amp in toks[1:-1]:
        if amp.text != "&":
            continue
        i, j = amp.i - 1, amp.i + 1
        if i in long_ents or j in long_ents:
            continue
        if not (
            _surname_or_unknown(doc, toks[i]) and _surname_or_unknown(doc, toks[j])
        ):
            continue
        if i > 0 and Feature.FIRST_NAME in word_features(doc.vocab, toks[i - 1].text):
            continue  # "Sarah Brugner & Michael"
        if j + 1 < n and toks[j + 1].text[:1].isupper() and toks[j + 1].is_alpha:
            continue  # "& Michael Huber", "& Co"
        out.append(_Proposal(i, j + 1, over_person=True))
    return out


def _surname_or_unknown(doc: Doc, tok: Token) -> bool:
    """``tok`` is a capitalised word the lexicon knows as a surname and as no
    first name, or does not know at all."""
    if not (tok.text[:1].isupper() and tok.is_alpha) or tok.text.isupper():
        return False
    lex = word_features(doc.vocab, tok.text)
    if Feature.FIRST_NAME in lex:
        return False
    return Feature.SURNAME in lex or not lex
