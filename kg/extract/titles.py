"""The words before a title in the Doc: "der [stellvertretende russische]
Außenminister"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.lang.de.grammar import ADJ_ENDINGS, adjective_stem
from kg.lang.de.places import REGION_ADJECTIVES
from kg.lang.de.titles import FORMER, ROLE_MODIFIERS, TITLE_ADJECTIVES
from kg.nlp import gazetteer

__all__ = ["is_title_modifier", "modifier_start"]


def modifier_start(doc: Doc, tok: Token) -> int:
    """Where the adjectives before a title begin: "der [stellvertretende russische]
    Außenminister". Only words that modify a post count (country adjectives,
    stellvertretend, ehemalig, neu ...), not any lower-case word ("sagte")."""
    i = tok.i
    while i - 1 >= 0 and tok.i - i < 3:
        prev = doc[i - 1]
        lower = prev.is_lower or (prev.is_sent_start and prev.text[1:].islower())
        # "sein US-amerikanischer Amtskollege": a compound adjective
        head, _, tail = prev.text.rpartition("-")
        if head and tail.islower() and head.replace("-", "").isalpha():
            lower = True
        alpha = prev.is_alpha or (head and tail.isalpha())
        if lower and alpha and is_title_modifier(prev.lower_, prev.text):
            i -= 1
        else:
            break
    return i


def is_title_modifier(word: str, written: str | None = None) -> bool:
    """``word`` (lower case; ``written`` as written, for a compound country
    adjective such as "US-amerikanischer") is an adjective that modifies a
    post: a country adjective, a Land adjective, "ehemalig", "stellvertretend",
    "neu" ..."""
    if not word.endswith(ADJ_ENDINGS):
        return False
    stem = adjective_stem(word)
    if stem in FORMER or stem in ROLE_MODIFIERS or stem in TITLE_ADJECTIVES:
        return True
    if stem in REGION_ADJECTIVES:  # "der burgenländische Landeshauptmann"
        return True
    if stem.endswith("politisch") and len(stem) > len("politisch"):
        return True  # "ihr außenpolitischer Sprecher": the field of the post
    if written and "-" in written:
        # "US-amerikanischer", not "Griechenland-skeptischen": the part after
        # the hyphen is a country adjective itself
        tail = written.rpartition("-")[2]
        return (
            gazetteer.country_of(tail) is not None
            and gazetteer.country_of(written) is not None
        )
    return gazetteer.country_of(written or word) is not None
