"""Rule 4f of ``kg_orgs``: the acronym of a body in parentheses after it.

German news names a body once in full and gives its acronym in parentheses,
often of its name in its own language, which the German words do not spell
("die rumänische Antikorruptionsstaatsanwaltschaft (DNA)", "die Nationale
Wahlbehörde (CNE)"); the statistical model leaves many such acronyms
untagged, or tags them only where they stand alone later. An acronym in
capitals in parentheses right after an organisation of the model or after a
noun of a body (:data:`kg.lang.de.orgs.BODY_HEADS`, ``NAME_HEADS``) with an
adjective before it that says whose it is (not "der Bezirkshauptmannschaft
(BH)", any district's) is the
body's acronym: an organisation, which extraction binds to the name before it
(:func:`kg.extract.mentions.collect_mentions`) and which rule 12 names
wherever the article repeats it. Not after a person ("Victor Ponta (PSD)":
his party), a place ("Mali (AFP)"), nor an acronym the gazetteer knows as a
place ("(USA)").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.grammar import ADJ_ENDINGS
from kg.lang.de.orgs import BODY_HEADS, NAME_HEADS, org_head
from kg.nlp import gazetteer
from kg.nlp.components.org_names import _Proposal

__all__ = ["body_acronyms", "is_acronym"]

_BODY_NOUN_HEADS = tuple(dict.fromkeys(BODY_HEADS + NAME_HEADS))


def is_acronym(text: str) -> bool:
    """``text`` is an acronym in capitals of two to six letters, or of one
    to six and digits after them ("DNA", "CNE", "G29")."""
    letters = text.rstrip("0123456789")
    return (
        2 <= len(text) <= 8
        and 1 <= len(letters) <= 6
        and letters.isalpha()
        and letters.isupper()
    )


def body_acronyms(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """Each acronym (:func:`is_acronym`) alone in parentheses right after an
    organisation of the model or a noun of a body, that no entity holds."""
    ent_of = {t: e for e in ents for t in range(e.start, e.end)}
    out: list[_Proposal] = []
    n = len(doc)
    for tok in toks[2 : n - 1]:
        i = tok.i
        if toks[i - 1].text != "(" or toks[i + 1].text != ")":
            continue
        if not is_acronym(tok.text) or i in ent_of:
            continue
        before = toks[i - 2]
        ent = ent_of.get(before.i)
        if ent is not None:
            if ent.label_ != "ORG" or ent.end != before.i + 1:
                continue  # a person's party, a place's agency
        elif not (
            before.text[:1].isupper()
            and before.is_alpha
            and org_head(before.text, _BODY_NOUN_HEADS) is not None
            and _whose(toks, before.i)
        ):
            continue
        entry = gazetteer.lookup(tok.text)
        if entry is not None and entry.label != "ORG":
            continue
        out.append(_Proposal(i, i + 1))
    return out


def _whose(toks: list[Token], i: int) -> bool:
    """The noun of a body at token ``i`` has an adjective before it that says
    whose it is ("die rumänische Antikorruptionsstaatsanwaltschaft", "der
    Nationalen Wahlbehörde"): a bare noun ("der Bezirkshauptmannschaft
    (BH)") is any district's, its acronym a common word."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return prev.is_alpha and prev.lower_.endswith(ADJ_ENDINGS) and not prev.is_stop
