"""Rule 5c of ``kg_orgs``: a party named after the adjective of its political
leaning.

German writes the leaning lower-case before a party's name, which is often a
foreign name the model does not know: "die linke Unión Patriótica", "der
rechten Lega Nord", "die konservative Nea Dimokratia". After a definite
article ("die" with "-e", "der"/"den" with "-en": not the masculine "der
konservative Orbán") and an adjective of :data:`kg.lang.de.orgs.LEANING_STEMS`,
capitalised words that the lexicon knows as no common noun, no person's name
and no place ("die linke Opposition", "die konservative Merkel", "die rechte
Polen" are none) are an organisation's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.orgs import LEANING_STEMS
from kg.lang.de.titles import is_title
from kg.nlp.components.org_names import (
    _NAME_LINKS,
    _capital_word,
    _common_compound,
    _common_noun,
    _Proposal,
)
from kg.nlp.lexicon import PERSON_NAME, Feature, word_features

__all__ = ["leaning_names"]

#: what the lexicon knows of a place or a person's name
_NOT_A_PARTY = PERSON_NAME | {Feature.GAZ_COUNTRY, Feature.GAZ_CITY, Feature.TOPONYM}

#: the article before the adjective and the adjective's ending after it
_ARTICLE_ENDINGS = {"die": "e", "der": "en", "den": "en"}


def _leaning(adj: str, article: str) -> bool:
    """``adj`` is an adjective of a political leaning in the ending the
    ``article`` asks for ("die linke", "der linken")."""
    ending = _ARTICLE_ENDINGS.get(article)
    if ending is None or not adj.isalpha() or not adj.islower():
        return False
    if not adj.endswith(ending):
        return False
    stem = adj[: -len(ending)]
    # "linke" -> "link", "grüne" -> "grün", "liberalen" -> "liberal"
    return stem in LEANING_STEMS


def _name_word(doc: Doc, tok: Token) -> bool:
    """``tok`` may be a word of a party's name: capitalised, no common noun,
    no person's name, no place, no title."""
    if not _capital_word(tok):
        return False
    word = tok.text.rsplit("-", 1)[-1]
    if not word[:1].isupper():
        return False
    lex = word_features(doc.vocab, word)
    if lex & _NOT_A_PARTY or is_title(word):
        return False
    if any(_common_noun(doc.vocab, base) for base in _bases(word)):
        return False  # "die kommunistische Gewerkschafterin"
    return not (not lex and _common_compound(doc.vocab, word))


def _bases(word: str) -> tuple[str, ...]:
    """``word`` and the forms of a noun it may inflect: without a case or
    plural ending ("Linken"), a woman's "-in" ("Gewerkschafterin",
    "Aktivistinnen")."""
    out = [word]
    for ending in ("innen", "in", "en", "n", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            out.append(word[: -len(ending)])
    return tuple(out)


def leaning_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Rule 5c: the capitalised words after a definite article and a
    lower-case adjective of a political leaning."""
    in_ent = {t: e for e in ents for t in range(e.start, e.end)}
    n = len(toks)
    out: list[_Proposal] = []
    for tok in toks[1:-2]:
        if not _leaning(tok.text, toks[tok.i - 1].lower_):
            continue
        j = tok.i + 1
        k = j
        while k < n and k - j < 4:
            if _name_word(doc, toks[k]):
                k += 1
            elif (
                k > j
                and toks[k].lower_ in _NAME_LINKS
                and k + 1 < n
                and _name_word(doc, toks[k + 1])
            ):
                k += 2  # "die linke Partido del Trabajo"
            else:
                break
        if k == j:
            continue
        if k < n and toks[k].text[:1].isupper() and toks[k].is_alpha:
            continue  # a longer name runs on into a word it could not take
        found = {in_ent[m] for m in range(j, k) if m in in_ent}
        if any(e.label_ in ("PER", "ORG") for e in found):
            continue  # the model's person or organisation stands
        if any(e.start < j or e.end > k for e in found):
            continue  # a longer entity the name is part of
        out.append(_Proposal(j, k))
    return out
