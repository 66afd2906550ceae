"""Rule 1d of ``kg_orgs``: an association named by its head noun and its
members in the genitive plural.

German names an association by what it gathers: "der Verband Kommunaler
Unternehmen", "der Zentralrat Deutscher Sinti und Roma", "die Vereinigung
Unabhängiger Ärzte" (a capitalised adjective in "-er" and a noun), or with
the article: "die Partei der Unabhängigen Griechen" (a capitalised adjective
in "-en"; mid-sentence German writes an adjective capitalised only inside a
name). The model often takes the members alone ("Deutscher Ingenieure") or
runs a noun before the head into the name ("Bündnispartners| Partei der
Unabhängigen Griechen"); the head noun is an organisation's
(:func:`kg.lang.de.orgs.org_head`, :func:`kg.lang.de.orgs.is_org_noun`, or
:data:`kg.lang.de.orgs.GENITIVE_HEADS`). Not when the members are an
organisation of their own ("die Gruppe der Deutschen Bank").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.orgs import GENITIVE_HEADS, NAME_HEADS, is_org_noun, org_head
from kg.nlp.components.org_names import (
    _capital_word,
    _city_adjective,
    _common_compound,
    _common_noun,
    _is_name_adjective,
    _Proposal,
)

__all__ = ["genitive_names", "members_adjective"]


def members_adjective(tok: Token) -> bool:
    """``tok`` is a capitalised adjective in the genitive plural of the
    members of an association's name ("Kommunaler", "Deutscher"), not a
    city's ("Wiener")."""
    return (
        tok.text.endswith("er")
        and _is_name_adjective(tok)
        and not _city_adjective(tok.text)
    )


def _head(tok: Token) -> bool:
    """``tok`` is a singular head noun of an association ("Verband",
    "Verbands", "Zentralrat", "Partei"), not a plural ("Parteien")."""
    word = tok.text
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    low = word.lower().rsplit("-", 1)[-1]
    head = org_head(word, NAME_HEADS)
    if head is None and is_org_noun(word):
        head = next(
            (h for h in (low, low[:-1], low[:-2]) if is_org_noun(h.title())), None
        )
    if head is None:
        head = next((h for h in GENITIVE_HEADS if low.endswith(h)), None)
        if head is None:
            head = next((h for h in GENITIVE_HEADS if low[:-1].endswith(h)), None)
    if head is None:
        return False
    return low.endswith((head, head + "s", head + "es"))


def _members_end(doc: Doc, toks: list[Token], i: int) -> int:
    """The end of the members' noun at token ``i`` and one more joined by
    "und" ("Sinti und Roma"), else ``i``."""
    n = len(toks)
    if i >= n or not _capital_word(toks[i]) or _is_name_adjective(toks[i]):
        return i
    end = i + 1
    if (
        end + 1 < n
        and toks[end].lower_ == "und"
        and _capital_word(toks[end + 1])
        and not (end + 2 < n and _capital_word(toks[end + 2]))
    ):
        end += 2
    return end


def genitive_names(
    doc: Doc, toks: list[Token], ents: list[Span], tagged: dict[tuple[int, int], str]
) -> list[_Proposal]:
    """Rule 1d: a head noun of an association, "der" or none, a capitalised
    adjective and the members' noun."""
    n = len(toks)
    starts = {e.start: e for e in ents}
    out: list[_Proposal] = []
    for tok in toks[:-2]:
        if not _head(tok):
            continue
        i = tok.i + 1
        article = toks[i].lower_ == "der"
        if article:
            i += 1
        if i + 1 >= n or not _is_name_adjective(toks[i]):
            continue
        if article and not toks[i].text.endswith("en"):
            continue
        if not article and not members_adjective(toks[i]):
            continue
        own = starts.get(i)
        if own is not None and (own.label_ == "ORG" or (own.start, own.end) in tagged):
            if article or (own.start, own.end) in tagged:
                continue  # "die Gruppe der Deutschen Bank"
        end = _members_end(doc, toks, i + 1)
        if end == i + 1:
            continue
        # a common noun before the head that the model ran into the name
        # gives way: "des Bündnispartners| Partei der Unabhängigen Griechen"
        before = toks[tok.i - 1] if tok.i > 0 else None
        absorb = -1
        if before is not None and (
            before.is_stop
            or _common_noun(doc.vocab, before.text)
            or _common_compound(doc.vocab, before.text)
        ):
            absorb = before.i
        out.append(_Proposal(tok.i, end, over_person=True, absorb=absorb))
    return out
