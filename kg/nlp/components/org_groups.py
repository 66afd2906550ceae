"""``kg_orgs`` rule 2e: a group of firms named after its owner with a hyphen.

A hyphenated compound of a name and a noun for a group, a holding or a centre
(:data:`kg.lang.de.org_nouns.GROUP_COMPOUND_HEADS`) is an organisation of its
own when the gazetteer knows no organisation of that name: "die Wendel-Gruppe",
"der Sofacy-Gruppe", "das Kluge-Zentrum". The name before the hyphen is no
common word ("Spiel-Gruppe", "Rebellen-Gruppe"), no abbreviation ("IT-Konzern",
"US-Konzern") and no organisation the gazetteer knows (the "Lufthansa-Gruppe"
is Lufthansa, which extraction finds in the compound); a place names only a
group or a holding ("die Visegrád-Gruppe"; "das Wien-Zentrum" is a part of the
town). The compound is no person, whatever the model saw in it ("des
Kluge-Zentrums"); a longer entity of the model around it stands.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.lang.de.org_nouns import GROUP_COMPOUND_HEADS, PLACE_GROUP_HEADS
from kg.nlp import gazetteer
from kg.nlp.components.org_names import _Proposal
from kg.nlp.lexicon import Feature, word_features

__all__ = ["group_compounds"]

#: what the lexicon may know a part before the hyphen as, for it to be a
#: common word, unless it knows it as a name too (:data:`_NAME`)
_COMMON = frozenset({Feature.COMMON_NOUN, Feature.LOWER_WORD, Feature.HANTA_NN})
#: places, which name a group or a holding only (:data:`PLACE_GROUP_HEADS`)
_PLACE = frozenset({Feature.GAZ_COUNTRY, Feature.GAZ_CITY, Feature.TOPONYM})
#: names: a surname or a first name ("Wendel", "Kluge"), a proper noun, a place
_NAME = _PLACE | {
    Feature.HANTA_NE,
    Feature.PROPER_NOUN,
    Feature.FIRST_NAME,
    Feature.SURNAME,
}


def group_compounds(doc: Doc, toks: list[Token]) -> list[_Proposal]:
    """Rule 2e (module docstring): the one token of such a compound."""
    out: list[_Proposal] = []
    for tok in toks:
        prefix, _, head = tok.text.rpartition("-")
        if head not in GROUP_COMPOUND_HEADS or not prefix:
            continue
        parts = prefix.split("-")
        if not all(p[:1].isupper() and p.isalpha() and not p.isupper() for p in parts):
            continue  # "IT-Konzern", "G7-Gruppe", "al-Kaida-Gruppe"
        if any(_known(doc, p, head) for p in parts):
            continue
        out.append(_Proposal(tok.i, tok.i + 1, over_person=True))
    return out


def _known(doc: Doc, part: str, head: str) -> bool:
    """``part`` is a common word, an organisation the gazetteer knows, or a place
    before a head that a place does not name."""
    lex = word_features(doc.vocab, part)
    if lex & _COMMON and not lex & _NAME or Feature.GAZ_ORG in lex:
        return True
    entry = gazetteer.lookup(part)
    if entry is not None and entry.label == "ORG":
        return True
    is_place = bool(lex & _PLACE) or (entry is not None and entry.label == "LOC")
    return is_place and head not in PLACE_GROUP_HEADS
