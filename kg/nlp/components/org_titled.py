"""Rule 2e of ``kg_orgs``: the organisation a post is held in, named right
after the post ("der Vorstandschef der Ethiklabor AG" is rule 1's, "Präsident
von From Software" this one's).

A post title, then "der", "des" or "von", then capitalised words no entity
covers: the words are a name when the first one is no common noun of the
lexicon, nor a compound of common nouns, a title, a first name, a surname, a
place or a word of time ("der Chef der Airline", "Leiter der
Geschäftsführung", "ein Sprecher von Merkel" stay as they are), and one word
alone names no kind of organisation ("der Parlamentsgruppe"). The name runs
over capitalised words and ends before the first lower-case word or
punctuation; a person the model saw stays one. Not after the post of a town
or a Land ("Bürgermeister von Hallwang").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.orgs import is_company_noun, org_noun
from kg.lang.de.titles import CITY_POSTS, LAND_POSTS, is_title
from kg.nlp.components.org_names import (
    _capital_word,
    _common_compound,
    _Proposal,
    _time_word,
)
from kg.nlp.lexicon import Feature, word_features

#: words after a post that introduce the body it is held in
_OF = frozenset({"der", "des", "von"})
#: posts held in a town or a Land, whose name follows them
_PLACE_POSTS = CITY_POSTS + LAND_POSTS
#: the most words a name found this way may have
_MAX_WORDS = 3
#: what the first word of the name must not be to the lexicon
_NOT_FIRST = frozenset(
    {
        Feature.COMMON_NOUN,
        Feature.FIRST_NAME,
        Feature.SURNAME,
        Feature.TOPONYM,
        Feature.GAZ_COUNTRY,
        Feature.GAZ_CITY,
    }
)


def titled_orgs(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Proposals for the names that follow a post and "der"/"des"/"von"."""
    out: list[_Proposal] = []
    n = len(doc)
    in_ent = {t for e in ents for t in range(e.start, e.end)}
    for tok in toks:
        if tok.i + 2 >= n or not is_title(tok.text.rsplit("-", 1)[-1]):
            continue
        if tok.lower_.endswith(_PLACE_POSTS):
            continue  # "Bürgermeister von Hallwang": a town
        of = toks[tok.i + 1]
        if of.lower_ not in _OF:
            continue
        start = tok.i + 2
        end = start
        while (
            end < n
            and end - start < _MAX_WORDS + 1
            and end not in in_ent
            and _capital_word(toks[end])
            and not toks[end].is_stop
        ):
            end += 1
        if end == start or end - start > _MAX_WORDS:
            continue
        if end < n and (toks[end].text == "-" or toks[end].text[:1].isupper()):
            continue  # the name goes on past what this rule can see
        first = toks[start].text
        if (
            word_features(doc.vocab, first) & _NOT_FIRST
            or _common_compound(doc.vocab, first)
            or is_title(first)
            or _time_word(doc, start)
            or not first[1:2].isalpha()
            # one word naming a kind: "der Staatsholding", "der Parlamentsgruppe"
            or end - start == 1
            and (org_noun(first) is not None or is_company_noun(first))
        ):
            continue
        if any(
            Feature.FIRST_NAME in word_features(doc.vocab, toks[k].text)
            for k in range(start + 1, end)
        ):
            continue  # "der Ethikbank Klaus Euler": a person after the name
        out.append(_Proposal(start, end, over_person=True))
    return out
