"""Rule 4d of ``kg_orgs``: the names coordinated after a plural noun of a kind
of organisation or medium.

Rule 4 (:func:`kg.nlp.components.org_context._media_names`) takes the name
right after the noun ("die Gewerkschaften GPA"); the plural says that the
names joined to it by a comma, "und", "sowie" or "oder" are organisations of
the same kind: "die Gewerkschaften GPA und Vida", "die Banken Quelvo, Darnix
und Tevra". A further name is one the model left unlabelled or took for a
one-word person, that the lexicon knows as no common noun, no place and no
person's name (or the gazetteer knows as an organisation): "die Parteien ÖVP
und Grüne-Chefin X" gives none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.orgs import FIRM_NAME_WORDS, org_noun
from kg.lang.de.titles import is_title
from kg.nlp.components.org_names import (
    _capital_word,
    _common_compound,
    _common_noun,
    _intro_noun,
    _is_org_name,
    _Proposal,
)
from kg.nlp.lexicon import PERSON_NAME, Feature, word_features

__all__ = ["coordinated_names"]

#: words that join one more name to a list
_JOINS = frozenset({",", "und", "sowie", "oder"})
#: the words that end a list: the last name follows them
_LAST_JOINS = frozenset({"und", "sowie", "oder"})
#: what the lexicon knows of a place
_PLACE = frozenset({Feature.GAZ_COUNTRY, Feature.GAZ_CITY, Feature.TOPONYM})


def _plural_kind(word: str, before: str = "") -> bool:
    """``word`` is the plural of a noun of a kind of organisation or medium
    ("Gewerkschaften", "Parteien", "Nachrichtenagenturen"), not its singular
    ("Gewerkschaft") nor its genitive ("Konzerns"); a noun in "-er", whose
    plural is its singular, after "die" (``before``: "die Autobauer", "die
    Internetanbieter"; not "der Autobauer")."""
    if not word[:1].isupper():
        return False
    low = word.lower().rsplit("-", 1)[-1]
    noun = org_noun(word)
    if noun is not None:
        if _intro_noun(word) is None:
            return False
        if low.endswith(noun) and noun.endswith("er"):
            return before == "die"
        return low.endswith((noun + "en", noun + "n"))
    # a medium: "Zeitungen", "Agenturen", "Radiostationen"
    return any(
        low.endswith(e) and _intro_noun(word[: -len(e)]) == "media" for e in ("en", "n")
    )


#: words before a plural noun and its adjectives: "die drei großen Mobilfunker"
_PLURAL_OPENERS = frozenset("die alle beiden zwei drei vier fünf".split())


def _plural_before(toks: list[Token], i: int) -> str:
    """The word before the noun at token ``i``, "die" for a plural's
    adjectives in "-en" after "die" or a number ("die großen Mobilfunker",
    "die drei heimischen Mobilfunker")."""
    j = i - 1
    while j > 0 and toks[j].text.islower() and toks[j].text.endswith("en"):
        j -= 1
    if j < i - 1 and j >= 0 and toks[j].lower_ in _PLURAL_OPENERS:
        return "die"
    return toks[i - 1].lower_ if i > 0 else ""


def _name_end(
    toks: list[Token], starts: dict[int, Span], i: int, further: bool = False
) -> int:
    """The end of the name at token ``i``: an entity starting there, else a
    run of up to three capitalised words; ``i`` when there is none. A further
    name of the list may be a number of one or two digits that no noun
    follows ("die Mobilfunker A1, T-Mobile und 3 werden")."""
    if i in starts:
        return starts[i].end
    if further and toks[i].is_digit and len(toks[i].text) <= 2:
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return i + 1 if nxt is None or not nxt.text[:1].isupper() else i
    k = i
    while k < len(toks) and k - i < 3 and _capital_word(toks[k]):
        k += 1
    return k


def _further_name(doc: Doc, toks: list[Token], i: int, k: int) -> bool:
    """``doc[i:k]`` may be one more organisation of the list."""
    text = doc[i:k].text
    if _is_org_name(text) or text.isdigit() or text.lower() in FIRM_NAME_WORDS:
        return True  # "und 3", "und Magenta": a firm in a list of firms
    for tok in toks[i:k]:
        word = tok.text.rsplit("-", 1)[-1]
        if not word[:1].isupper():
            return False
        lex = word_features(doc.vocab, word)
        if lex & (PERSON_NAME | _PLACE) or _common_noun(doc.vocab, word):
            return False
        if is_title(word) or (not lex and _common_compound(doc.vocab, word)):
            return False
    return True


def _lone_guess(ent: Span, tagged: dict[tuple[int, int], str]) -> bool:
    """``ent`` is one word the model took for a person or a place and the
    gazetteer did not tag: "und Vida", "und Kulanu" in a list of parties."""
    return (
        len(ent) == 1
        and ent.label_ in ("PER", "LOC")
        and (ent.start, ent.end) not in tagged
    )


def coordinated_names(
    doc: Doc, toks: list[Token], ents: list[Span], tagged: dict[tuple[int, int], str]
) -> list[_Proposal]:
    """Rule 4d: the second and further names of a list after a plural noun of
    a kind of organisation or medium."""
    starts = {e.start: e for e in ents}
    in_ent = {t: e for e in ents for t in range(e.start, e.end)}
    n = len(toks)
    out: list[_Proposal] = []
    for tok in toks[:-3]:
        before = _plural_before(toks, tok.i)
        if not _plural_kind(tok.text, before):
            continue
        i = tok.i + 1
        if i in in_ent and in_ent[i].start < i:
            continue
        k = _name_end(toks, starts, i)
        if k == i:
            continue
        while k + 1 < n and toks[k].lower_ in _JOINS:
            last = toks[k].lower_ in _LAST_JOINS
            i = k + 1
            if i in in_ent and in_ent[i].start < i:
                break
            k = _name_end(toks, starts, i, further=True)
            if k == i:
                break
            ent = starts.get(i)
            if ent is None or _lone_guess(ent, tagged):
                if ent is not None and ent.end != k:
                    break
                if not _further_name(doc, toks, i, k):
                    break
                out.append(_Proposal(i, k, over_person=ent is not None))
            elif ent.label_ != "ORG":
                break  # a place, a longer person: the list is another one
            if last:
                break
    return out
