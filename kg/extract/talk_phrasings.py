"""Sides of talks in phrasings the meeting patterns around the trigger do not
read (issue 15, meet15); the verbs are in ``kg/data/talk_phrasings.tsv``
(:mod:`kg.lang.de.talk_phrasings`):

* the sides in a "zwischen" that opens the clause before the talks, with a verb
  saying the talks are there: "Zwischen X und Y gibt es Gespräche", "…, dass
  zwischen X und Y Verhandlungen laufen" (not "Über die Grenze zwischen X und Y
  gibt es Gespräche": the "zwischen" of a noun);
* the subject that confirms talks with the side after "mit": "X bestätigte
  Gespräche mit Y", "X hat Verhandlungen mit Y bestätigt" (the one after "mit" is
  read by :mod:`kg.extract.participants`);
* the subject close to an agreement: "X und Y stehen kurz vor einer Einigung";
* a side named by a plural noun of a group the article lists by name before
  ("Die Geldgeber EU, EZB und IWF fordern Reformen. Athen verhandelt mit den
  Geldgebern": EU, EZB and IWF), the same noun with the names right after it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import is_media, keys_from
from kg.extract.view import DocView
from kg.lang.de.grammar import AUXILIARIES, MODALS
from kg.lang.de.talk_phrasings import near_nouns, talk_verbs

__all__ = ["group_named_before", "phrased_sides"]

#: marks that end a clause
_CLAUSE_ENDS = (",", ";", ":", "–", "(", ")")
#: words between "vor" and the agreement: "kurz vor einer Einigung"
_NEAR_WORDS = frozenset("kurz unmittelbar knapp nahe einer der einem dem".split())


def phrased_sides(view: DocView, sent: Span, t: Token, kind: str) -> list[str]:
    """The sides of the talks the noun ``t`` names that the phrasings of this
    module give (none for a verb trigger)."""
    out = group_named_before(view, sent, t, kind)
    if kind != "noun":
        return [k for k in out if not is_media(k)]
    out += [k for k in _between_before(view, sent, t) if k not in out]
    out += [k for k in _confirmed_with(view, sent, t) if k not in out]
    out += [k for k in _near_agreement(view, sent, t) if k not in out]
    return [k for k in out if not is_media(k)]


def _clause(view: DocView, sent: Span, i: int) -> tuple[int, int]:
    """The start and end of the clause of token ``i`` (between clause marks)."""
    texts = view.texts
    start = i
    while start > sent.start and texts[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    end = i + 1
    while end < sent.end and texts[end] not in _CLAUSE_ENDS:
        end += 1
    return start, end


def _between_before(view: DocView, sent: Span, t: Token) -> list[str]:
    """ "Zwischen X und Y gibt es Gespräche", "…, dass zwischen X und Y
    Verhandlungen laufen", "Zwischen X und Y finden Gespräche statt"."""
    doc = view.doc
    if t.i + 1 < sent.end and doc[t.i + 1].lower_ == "zwischen":
        return []  # "Gespräche zwischen X und Y": the patterns around it
    z = next(
        (
            i
            for i in range(t.i - 1, max(sent.start - 1, t.i - 16), -1)
            if view.lowers[i] == "zwischen"
        ),
        None,
    )
    if z is None:
        return []
    # the "zwischen" opens its clause or follows a verb or adverb, not a noun
    # ("die Grenze zwischen X und Y")
    if z > sent.start and not (doc[z - 1].is_lower or doc[z - 1].text == ","):
        return []
    keys = keys_from(view, z + 1, t.i)
    if len(keys) < 2:
        return []
    start, end = _clause(view, sent, t.i)
    if z < start:  # "zwischen" in the clause of the talks, its list may hold commas
        list_commas = all(
            view.key(i - 1) or view.key(i + 1)
            for i in range(z, start)
            if view.texts[i] == ","
        )
        if not list_commas:
            return []
    verbs = talk_verbs("exist")
    for v in doc[z + 1 : end]:
        if not v.is_lower or v.lower_ not in verbs or v.i == t.i:
            continue
        particle = verbs[v.lower_]
        if particle and not any(w.lower_ == particle for w in doc[v.i + 1 : end]):
            continue
        return keys
    return []


def _subject_of(view: DocView, sent: Span, v: Token, t: Token) -> list[str]:
    """The named actors that open the clause before the finite verb ``v`` (up to
    it), or stand right after it before the talks ``t``."""
    start, _ = _clause(view, sent, v.i)
    keys = keys_from(view, start, v.i)
    if keys and view.key(v.i - 1) == keys[-1]:
        return keys
    if v.i + 1 < t.i and view.key(v.i + 1):
        keys = keys_from(view, v.i + 1, t.i)
        if keys and view.key(t.i - 1) == keys[-1]:
            return keys
    return []


def _finite(view: DocView, sent: Span, v: Token, t: Token) -> Token | None:
    """The finite verb of the clause of ``v``: ``v`` before the talks ``t``, or
    the auxiliary before them ("hat Gespräche mit Y bestätigt")."""
    if v.i < t.i:
        return v
    start, _ = _clause(view, sent, t.i)
    return next(
        (w for w in view.doc[start : t.i] if w.lower_ in AUXILIARIES | MODALS),
        None,
    )


def _confirmed_with(view: DocView, sent: Span, t: Token) -> list[str]:
    """ "X bestätigte Gespräche mit Y": X; only with "mit" right after the talks
    (not "bestätigte Gespräche zwischen Y und Z", which X does not hold)."""
    doc = view.doc
    if t.i + 1 >= sent.end or doc[t.i + 1].lower_ != "mit":
        return []
    verbs = talk_verbs("confirm")
    start, end = _clause(view, sent, t.i)
    for v in doc[start:end]:
        if v.is_lower and v.lower_ in verbs and abs(v.i - t.i) <= 8:
            finite = _finite(view, sent, v, t)
            if finite is not None:
                return _subject_of(view, sent, finite, t)
    return []


def _near_agreement(view: DocView, sent: Span, t: Token) -> list[str]:
    """ "X und Y stehen kurz vor einer Einigung": X and Y."""
    doc = view.doc
    if t.lower_ not in near_nouns():
        return []
    j = t.i - 1
    while j > sent.start and view.lowers[j] in _NEAR_WORDS:
        j -= 1
    if view.lowers[j] != "vor" or j == t.i - 1:
        return []
    verbs = talk_verbs("near")
    start, _ = _clause(view, sent, t.i)
    for v in doc[start:j]:
        if v.is_lower and v.lower_ in verbs:
            finite = _finite(view, sent, v, t)
            if finite is not None:
                return _subject_of(view, sent, finite, t)
    return []


#: words between a noun of a group and the names of its members: "die Geldgeber
#: EU, EZB und IWF", "den Kreditgebern von EU, EZB und IWF", "die Gläubiger (EU,
#: EZB, IWF)", "die Gläubiger – EU, EZB und IWF –"
_GROUP_LINKS = frozenset({"von", "(", "–", "-", ":", ","})


def group_named_before(view: DocView, sent: Span, t: Token, kind: str) -> list[str]:
    """ "mit den Geldgebern" after the trigger (a noun: right after it; a verb:
    in its clause), when no name follows: the members the article lists right
    after the same noun before ("die Geldgeber EU, EZB und IWF"), two or more."""
    doc = view.doc
    start, end = _clause(view, sent, t.i)
    if kind == "noun":
        withs = [t.i + 1] if t.i + 1 < end else []
    else:
        withs = [i for i in range(start, end) if abs(i - t.i) <= 8]
    for w in withs:
        if view.lowers[w] != "mit" or w + 2 >= sent.end:
            continue
        if view.lowers[w + 1] != "den":
            continue
        g = doc[w + 2]
        if not g.text[:1].isupper() or not g.is_alpha or view.key(g.i):
            continue
        if w + 3 < sent.end and (
            view.key(w + 3) or view.lowers[w + 3] in ("von", "der", "des", "aus")
        ):
            # "mit den Geldgebern EU und IWF": named here; "mit den Geldgebern
            # Italiens": another group
            continue
        members = _members_before(view, g)
        if len(members) >= 2:
            return members
    return []


def _same_noun(a: str, b: str) -> bool:
    """Two case forms of one plural noun: "Geldgeber", "Geldgebern"."""
    return a == b or a == b + "n" or b == a + "n"


def _members_before(view: DocView, g: Token) -> list[str]:
    """The names listed right after the nearest earlier mention of the noun
    ``g`` in the article, two or more (else none)."""
    doc = view.doc
    low = g.lower_
    for p in range(g.i - 1, -1, -1):
        if not _same_noun(view.lowers[p], low) or not doc[p].text[:1].isupper():
            continue
        q = p + 1
        while q < len(doc) and q - p <= 2 and view.texts[q] in _GROUP_LINKS:
            q += 1
        s_end = doc[p].sent.end
        keys = keys_from(view, q, min(s_end, q + 14))
        if len(keys) >= 2:
            return keys
        return []
    return []
