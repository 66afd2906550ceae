"""``kg_orgs`` rule 4c: an organisation named after one of its people.

A name the model left untagged right after a noun of an organisation's people
or parts and "von" is the organisation's: "eine Sprecherin von Harley-Davidson",
"der Chef von Brandlmeier Logistik", "die Filialen von Quelvix"
(:data:`kg.lang.de.newsroom.MEMBER_NOUNS`). A word the lexicon knows as a
person's name, a place or a common word is none ("ein Sprecher von Merkel",
"die Mitarbeiter von Wien", "der Chef von Morgen"), nor a word the model
tagged (its label stands).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.newsroom import is_member_noun
from kg.nlp.components.org_names import _capital_word, _Proposal, _time_word
from kg.nlp.lexicon import PERSON_NAME, Feature, word_features

__all__ = ["member_of_names"]

#: what the lexicon may know a word of such a name as, for it to be none
_NOT_A_NAME = PERSON_NAME | {
    Feature.COMMON_NOUN,
    Feature.LOWER_WORD,
    Feature.HANTA_NN,
    Feature.GAZ_COUNTRY,
    Feature.GAZ_CITY,
    Feature.TOPONYM,
}


def member_of_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 4c (module docstring): up to three capitalised words after a
    member noun and "von", in no entity; the first one the lexicon knows as no
    other word, the others as no person's name ("Brandlmeier Logistik")."""
    n = len(toks)
    in_ent = {t for e in ents for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    for tok in toks[:-2]:
        if tok.lower_ != "von" or tok.i == 0:
            continue
        noun = toks[tok.i - 1]
        if not noun.text[:1].isupper() or not is_member_noun(noun.text):
            continue
        j = k = tok.i + 1
        while (
            k < n
            and k - j < 3
            and k not in in_ent
            and _capital_word(toks[k])
            and not _time_word(doc, k)
        ):
            k += 1
        if k == j or (k < n and k in in_ent):
            continue  # nothing, or a name the model tagged in part
        if word_features(doc.vocab, toks[j].text) & _NOT_A_NAME or any(
            word_features(doc.vocab, t.text) & PERSON_NAME for t in toks[j + 1 : k]
        ):
            continue
        out.append(_Proposal(j, k))
    return out
