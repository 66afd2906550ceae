"""A post named before its holder in a meeting sentence (issue 15): "Der Kanzler
empfing am Montag den polnischen Präsidenten X. Bundeskanzler Y sagte danach …"
-> "Der Kanzler" is Y.

:func:`kg.extract.coref.title_references` takes only a holder named before the
title. Here, and only for the definite singular title that opens a sentence
with a meeting word (the meeting's subject), the one holder of that post the
article names after it counts as well: no holder of the post named before, one
person of that gender holding it in the whole article, not named in the
sentence itself (the other side: "Der Präsident empfing den Präsidenten X"),
and the phrase's country ("der französische Präsident") the holder's."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

from kg.extract.coref import TitleReference, title_phrase
from kg.extract.focus import dateline_end
from kg.extract.records import Role
from kg.extract.triggers import trigger_kind
from kg.extract.view import DocView
from kg.lang.de.titles import (
    feminine_post,
    masculine_post,
    match_title,
    post_in_gender,
    same_post,
)

__all__ = ["cataphoric_references"]

#: how many tokens after the article the title may come ("Der neue Kanzler")
_REACH = 3


def cataphoric_references(
    view: DocView, roles: list[Role], taken: Collection[int] = ()
) -> list[TitleReference]:
    """The titles opening a meeting sentence that refer to the one holder of
    the post named only after them (see the module docstring); ``taken``: the
    first tokens of the phrases already resolved."""
    holders = [r for r in roles if r.role != "Mitglied" and r.person in view.entities]
    out = []
    for sent in view.doc.sents:
        ref = _opening_title(view, sent, holders)
        if ref is not None and ref.start not in taken:
            out.append(ref)
    return out


def _opening_title(
    view: DocView, sent: Span, holders: list[Role]
) -> TitleReference | None:
    """The reference of "Der/Die [Adjektiv] Titel" opening ``sent``, if
    ``sent`` names a meeting and the post has one holder named after."""
    doc = view.doc
    start = dateline_end(view, sent) or sent.start
    if start >= sent.end or doc[start].lower_ not in ("der", "die"):
        return None
    noun = next(
        (
            i
            for i in range(start + 1, min(sent.end, start + 1 + _REACH))
            if doc[i].text[:1].isupper()
        ),
        None,
    )
    if noun is None or view.key(noun) is not None:
        return None
    m = match_title(doc[noun].text)
    if m is None:
        return None
    prefix, title = m
    if prefix and not prefix.endswith("-") and prefix[:1].isupper():
        return None  # "der Palästinenserpräsident": a post of its own
    phrase = title_phrase(view, noun)
    if phrase is None or phrase[0] != start:
        return None
    qualifier = phrase[1]
    det, low = doc[start].lower_, doc[noun].lower_
    if title.adjectival:
        if low.endswith("en"):
            return None  # "die Vorsitzenden": plural
        fem = det == "die"
    else:
        fem = title.feminine
        if fem != (det == "die") or low.endswith("innen"):
            return None  # "die Minister": plural
    if not any(trigger_kind(t) for t in sent):
        return None
    post = masculine_post(post_in_gender(title.base, feminine=False))
    holding = [
        r
        for r in holders
        if same_post(masculine_post(r.role), post) and feminine_post(r.role) == fem
    ]
    if any(view.named_before(r.person, noun) for r in holding):
        return None  # coref.title_references decides
    persons = {r.person for r in holding}
    if len(persons) != 1:
        return None
    person = next(iter(persons))
    if any(view.key(i) == person for i in range(sent.start, sent.end)):
        return None  # named in the sentence: another side, or an apposition
    if qualifier is not None and qualifier not in {r.organisation for r in holding}:
        return None  # "der französische Präsident" of a holder of another country
    return TitleReference(start, noun + 1, person)
