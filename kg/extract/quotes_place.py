"""A state speaks only through its government: a place is no speaker where its
sentence names it only for people who do not speak for it.

:mod:`kg.extract.speakers` takes a state named beside a reporting clause for its
speaker ("ein malischer Offizier" -> Mali, as ``bench/quote_gold.md`` has it).
The same adjective or prefix also stands before speakers who are not the state
("berichteten griechische Medien", "berichten britische Forscher", "so das
US-Unternehmen X", "der französische Weltmeister"), and a place after "in" is
where someone speaks, not who ("sagte ein Richter in London", "Nach den
Übergriffen in Xstadt haben die Ermittler …"). This pass reads the words that
name the state in the reporting part of the quote's sentence; when every one of
them is of that kind, the state is no speaker: the person the reporting part
names speaks, or the organisation right after the state's word ("das
US-Magazin Wired"), else nobody. Quotes going on without naming the state take
the decision of the quote before them with that speaker.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.actors import state_of_capital
from kg.extract.coref import LastSpeaker
from kg.extract.quotes_continued import Found
from kg.extract.records import Kind, kind_of, name_of
from kg.extract.speakers import org_anaphor
from kg.extract.view import DocView
from kg.lang.de.speech import (
    GOVERNMENT_NOUNS,
    NON_ACTOR_ENDINGS,
    NON_ACTOR_WORDS,
    NON_STATE_SPEAKERS,
)
from kg.lang.de.time import MONTHS_FULL, WEEKDAYS

__all__ = ["no_actors", "state_voices"]

# words that never name who speaks: dates, abstract nouns (kg/data/non_actor_words.txt)
_NON_ACTOR = (
    NON_ACTOR_WORDS
    | frozenset(WEEKDAYS)
    | frozenset(m.lower() for m in MONTHS_FULL)
    | frozenset({"jänner"})
)

# prepositions before a place that tell where, not who ("ein Richter in London")
_WHERE = frozenset({"in", "im", "bei", "nach"})
# nouns before "in X" for which X's state speaks after all ("die Regierung in
# Xstadt", "nach Angaben der Botschaft in Y", "aus Regierungskreisen in Z")
_STATE_BODY_ENDINGS = (
    *GOVERNMENT_NOUNS,
    "ministerium",
    "botschaft",
    "behörde",
    "behörden",
    "angaben",
    "kreisen",
    "führung",
    "vertretung",
)

# words in a reporting part for a government or its office
_GOVERNMENT_ENDINGS = (
    *GOVERNMENT_NOUNS,
    "ministerium",
    "botschaft",
    "behörde",
    "behörden",
    "regierungskreisen",
)
# outlets an unnamed speaker's label may name ("das griechische Staatsfernsehen")
_OUTLET_ENDINGS = ("fernsehen", "sender", "zeitung", "agentur", "magazin")
_SINGULAR_ARTICLES = frozenset({"das", "der", "dem", "des", "die"})


def _attributed_within(view: DocView, sent: Span) -> bool:
    """The sentence attributes itself in its middle ("nach Angaben", "laut",
    "X zufolge", "nach Armeeangaben")."""
    return any(
        w in _ATTRIBUTING or w.endswith("angaben")
        for w in view.lowers[sent.start : sent.end]
    )


# words of an attribution inside a clause
_ATTRIBUTING = frozenset({"laut", "zufolge", "ansicht", "worten", "erkenntnissen"})


def _non_state(word: str) -> bool:
    """A noun for a speaker who does not speak for a state ("Medien")."""
    low = word.lower()
    return low.endswith(NON_STATE_SPEAKERS)


def _mentions(view: DocView, lo: int, hi: int, state: str) -> list[tuple[int, int]]:
    """The token ranges of ``lo``..``hi`` that name ``state`` (or its capital)."""
    out: list[tuple[int, int]] = []
    j = lo
    while j < hi:
        k = view.key(j)
        if k is not None and (
            k == state
            or (
                kind_of(k) is Kind.PLACE and state_of_capital(k, view.entities) == state
            )
        ):
            z = j
            while z + 1 < hi and view.key(z + 1) == k:
                z += 1
            out.append((j, z))
            j = z + 1
        else:
            j += 1
    return out


def _only_where_or_whose(view: DocView, a: int, z: int) -> bool:
    """The words ``a``..``z`` name the state only for someone who does not speak
    for it: before a non-state noun ("griechische Medien"), as the prefix of one
    ("US-Sicherheitsforscher"), or after "in" ("ein Richter in London")."""
    doc = view.doc
    last = doc[z].text
    if "-" in last and _non_state(last.rsplit("-", 1)[1]):
        return True
    if doc[a].is_lower:
        return z + 1 < len(doc) and _non_state(doc[z + 1].text)
    if a > 0 and doc[a - 1].lower_ in _WHERE:
        before = doc[a - 2].lower_ if a > 1 else ""
        return not before.endswith(_STATE_BODY_ENDINGS)
    return False


def _governmental(view: DocView, region: list[int]) -> bool:
    """The reporting part names a government or its office ("ein Sprecher der
    Regierung", "das Ministerium", "die Behörden"): the state may speak."""
    return any(
        view.lowers[j].startswith("regierung")
        or view.lowers[j].endswith(_GOVERNMENT_ENDINGS)
        for j in region
    )


def _instead(
    view: DocView, region: list[int], z: int, last: LastSpeaker
) -> tuple[str | None, str | None]:
    """(speaker, label) instead of the state: the organisation right after its
    word ("das US-Magazin Wired"), the one person the reporting part names, the
    organisation "das Unternehmen" refers to; else the label
    of an outlet ("das griechische Staatsfernsehen" -> "Staatsfernsehen")."""
    doc = view.doc
    k = view.key(z + 1) if z + 1 < len(doc) else None
    if k is not None and kind_of(k) is Kind.ORG:
        return k, None
    named = [k for j in region if (k := view.key(j)) is not None]
    people = {k for k in named if kind_of(k) is Kind.PERSON}
    if len(people) == 1:
        return people.pop(), None
    org = org_anaphor(view, region, last)
    if org is not None:
        return org, None
    if (
        doc[z].is_lower
        and z + 1 < len(doc)
        and doc[z + 1].lower_.endswith(_OUTLET_ENDINGS)
        and doc[z - 1].lower_ in _SINGULAR_ARTICLES
    ):
        return None, doc[z + 1].text
    return None, None


def state_voices(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with a state speaker dropped (or replaced, :func:`_instead`)
    where its sentence names the state only as a place or for speakers who do
    not speak for it (module doc)."""
    if not any(f[4] is not None and kind_of(f[4]) is Kind.PLACE for f in found):
        return found
    doc = view.doc
    # state -> who speaks instead (speaker, label), or the state itself
    decided: dict[str, tuple[str | None, str | None]] = {}
    last: LastSpeaker = None
    out = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if speaker is None or kind_of(speaker) is not Kind.PLACE:
            out.append(f)
            continue
        sent = view.sents[si]
        # the tokens of the quote itself
        lo = next((t.i for t in sent if t.idx >= a), sent.end)
        hi = next((t.i for t in sent if t.idx >= b), sent.end)
        outside = [*range(sent.start, lo), *range(hi, sent.end)]
        if not any(doc[j].is_alpha for j in outside) and _attributed_within(view, sent):
            # "Nach den Übergriffen in X haben die Ermittler nach eigenen
            # Angaben …": the attribution inside the quote names the speaker
            lo = hi = sent.start
        named = _mentions(view, sent.start, lo, speaker) + _mentions(
            view, hi, sent.end, speaker
        )
        region = [j for j in range(sent.start, sent.end) if not lo <= j < hi]
        if _governmental(view, region):
            decided[speaker] = (speaker, None)
        elif named:
            if all(_only_where_or_whose(view, x, z) for x, z in named):
                decided[speaker] = _instead(view, region, named[0][1], last)
            else:
                decided[speaker] = (speaker, None)
        new, new_label = decided.get(speaker, (speaker, None))
        if new != speaker:
            f = (a, b, si, kind, new, medium, new_label)
        else:
            last = (speaker, medium, si)
        out.append(f)
    return out


def _no_actor(name: str) -> bool:
    """ "Mittwoch", "Verarbeitungsqualität", "Bankenkreisen": no one who speaks."""
    low = name.lower()
    if low.startswith("regierungskreis"):
        return False  # "aus Regierungskreisen": the state speaks (quote_dev.md)
    return " " not in low and (low in _NON_ACTOR or low.endswith(NON_ACTOR_ENDINGS))


def no_actors(found: list[Found]) -> list[Found]:
    """``found`` without speakers and labels that name no actor: a date ("nach
    Angaben vom Mittwoch"), an abstract noun, a word for unnamed circles taken
    for a place ("aus Bankenkreisen"); no speaker beats a wrong one."""
    out = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if speaker is not None and kind_of(speaker) is not Kind.PERSON:
            if _no_actor(name_of(speaker)):
                speaker = None
        if label is not None and _no_actor(label):
            label = None
        out.append((a, b, si, kind, speaker, medium, label))
    return out
