"""The other side of a meeting that a sentence does not name (issue 15): a
counterpart given only by nationality and title ("mit seinem ungarischen
Amtskollegen telefoniert", "traf den französischen Außenminister") takes part
as the country (``bench/extract_gold.md``: a state whose representative is not
named is the party); "Bei dem Treffen mit X" after a sentence whose one
person is its subject ("Kurz reiste nach Paris.") has that person as the
other attendee; and "die Minister" of a meeting with no one named are the
council of the body the sentence before named them with ("Die
EU-Innenminister wollen … Bei einem Treffen in Brüssel vereinbarten die
Minister …": the EU).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES, POSSESSIVE_ARTICLES
from kg.lang.de.meetings import COUNCIL_MEMBERS, COUNTERPARTS, MEET_OBJECT_VERBS
from kg.lang.de.titles import match_title

__all__ = [
    "council_before",
    "counterpart_states",
    "counterparts_abroad",
    "state_of_post",
    "subject_before",
]

#: possessives of an accusative object: "traf seinen türkischen Amtskollegen"
_OBJECT_POSSESSIVES = frozenset({"seinen", "seine", "ihren", "ihre"})

#: the words that join a second actor to the one before ("X und Y reisten")
_JOINERS = frozenset({"und", "sowie", "oder", "mit", ",", "("})


def counterpart_states(view: DocView, sent: Span, t: Token, kind: str) -> list[str]:
    """The countries whose unnamed holder of a post the meeting trigger ``t``
    meets: "mit seinem ungarischen Amtskollegen", "mit der polnischen
    Regierungschefin" (after a talk verb or right after the noun), "traf den
    französischen Außenminister", "empfing seinen türkischen Amtskollegen" (the
    object of a verb of meeting). None
    where a name follows the title ("den französischen Außenminister X")."""
    out: list[str] = []
    for w in sent:
        low = w.lower_
        if low == "mit":
            if not (kind == "verb" or 0 < w.i - t.i <= 4):
                continue
        elif not (
            kind == "verb"
            and (low in ("den", "die") or low in _OBJECT_POSSESSIVES)
            and t.lower_.startswith(MEET_OBJECT_VERBS)
        ):
            continue
        if (k := state_of_post(view, sent, w.i + 1)) is not None and k not in out:
            out.append(k)
    return out


def state_of_post(view: DocView, sent: Span, j: int) -> str | None:
    """The country of "[seinem] ungarischen Amtskollegen" starting at token
    ``j`` (an article or possessive, lower-case words one of which names the
    country, a title or counterpart noun, no name after it), else None."""
    found = _post_state(view, sent, j)
    if found is None:
        return None
    state, k = found
    doc = view.doc
    end = sent.end
    nxt = k + 1
    if nxt < end and doc[nxt].text in ",(" and nxt + 1 < end:
        nxt += 1  # "den französischen Außenminister, X,"
    if nxt < end and (view.key(nxt) or doc[nxt].text[:1].isupper()):
        return None  # a name (or a word that may be one) follows
    return state


def _post_state(view: DocView, sent: Span, j: int) -> tuple[str, int] | None:
    """The country of "[seinem] ungarischen Amtskollegen" starting at token
    ``j`` and the index of its noun (a title or counterpart noun), whatever
    follows it, else None."""
    doc = view.doc
    end = sent.end
    if j < end and doc[j].lower_ in ARTICLES | POSSESSIVE_ARTICLES:
        j += 1
    state = None
    k = j
    while k < min(end, j + 3) and doc[k].is_lower:
        if (p := view.place(k)) is not None:
            if state is not None and p != state:
                return None
            state = p
        k += 1
    if state is None or k >= end or view.key(k):
        return None
    noun = doc[k]
    if not (noun.lower_ in COUNTERPARTS or match_title(noun.text)):
        return None
    return state, k


def counterparts_abroad(view: DocView, sent: Span) -> list[tuple[str, str | None]]:
    """(country, the counterpart's key or None) of each "seinem ungarischen
    Amtskollegen [X]", "ihre polnische Amtskollegin [X]" in ``sent``, and of
    a post of a country met ("traf den polnischen Regierungschef [X]", "mit
    dem französischen Präsidenten"): whoever "sein"/"ihr" points to holds the
    same post elsewhere, and whoever meets a country's office holder is its
    guest or host, so neither is of that country (a visitor's bare
    "Außenminister" is not the host's)."""
    doc = view.doc
    out: list[tuple[str, str | None]] = []
    for w in sent:
        low = w.lower_
        if low in POSSESSIVE_ARTICLES and low.startswith(("sein", "ihr")):
            counterpart = True
        elif (
            low in ("den", "dem", "die", "der")
            and w.i > sent.start
            and (doc[w.i - 1].lower_ == "mit" or _after_meet_verb(view, sent, w.i))
        ):
            counterpart = False  # "traf den polnischen Regierungschef [X]"
        else:
            continue
        found = _post_state(view, sent, w.i)
        if found is None or (counterpart and doc[found[1]].lower_ not in COUNTERPARTS):
            continue
        state, k = found
        named = view.person(k + 1) if k + 1 < sent.end else None
        out.append((state, named))
    return out


def _after_meet_verb(view: DocView, sent: Span, i: int) -> bool:
    """A verb of meeting with an object ("traf", "empfing") comes at most four
    words before token ``i``, with no punctuation between ("traf am Montag
    den …"), or its participle ends the clause after it ("hat den … X
    getroffen")."""
    for j in range(i - 1, max(sent.start, i - 5) - 1, -1):
        w = view.doc[j]
        if w.is_punct:
            return False
        if w.is_lower and w.lower_.startswith(MEET_OBJECT_VERBS):
            return True
    # "hat am Montag den polnischen Präsidenten X getroffen": the participle
    # that ends the clause
    j = i + 1
    while j < sent.end and not view.doc[j].is_punct and j - i <= 10:
        j += 1
    last = view.doc[j - 1]
    return (
        j - 1 > i
        and last.is_lower
        and last.lower_.startswith(("getroffen", "empfangen", "besucht"))
    )


def subject_before(
    view: DocView, sent: Span, t: Token, kind: str, named: list[str]
) -> list[str]:
    """The person the sentence before names as its one person and subject,
    for "Bei dem Treffen mit X" ("beim", "bei einem", "bei seinem") whose only
    attendee is X: "Kurz reiste nach Paris. Bei dem Treffen mit Macron ging es um …"."""
    doc = view.doc
    if kind != "noun" or len(set(named)) != 1 or t.i + 1 >= sent.end:
        return []
    if doc[t.i + 1].lower_ != "mit":
        return []
    before = doc[t.i - 1].lower_ if t.i > sent.start else ""
    if not (
        before == "beim"
        or before in ("dem", "einem", "seinem", "ihrem")
        and t.i - 2 >= sent.start
        and doc[t.i - 2].lower_ == "bei"
    ):
        return []
    s_i = view.sentence_of(t)
    if s_i == 0:
        return []
    prev = view.sents[s_i - 1]
    persons = {k for i in range(prev.start, prev.end) if (k := view.person(i))}
    if len(persons) != 1:
        return []
    (person,) = persons
    if person in named:
        return []
    first = next(i for i in range(prev.start, prev.end) if view.key(i) == person)
    for i in range(prev.start, first):
        # only an article, a title, adjectives and the title's state before:
        # "Der Kanzler X", "Österreichs Kanzler X"
        w = doc[i]
        if not (
            w.lower_ in ARTICLES
            or w.is_lower
            or match_title(w.text)
            or view.place(i) is not None
        ):
            return []
    last = first
    while last + 1 < prev.end and view.key(last + 1) == person:
        last += 1
    after = doc[last + 1] if last + 1 < prev.end else None
    if after is None or after.lower_ in _JOINERS or not after.is_lower:
        return []  # the verb follows the subject: "X reiste"
    if doc.has_annotation("DEP") and not any(
        doc[i].dep_ == "sb" for i in range(first, last + 1)
    ):
        return []
    return [person]


def council_before(view: DocView, sent: Span, t: Token, named: list[str]) -> list[str]:
    """The intergovernmental body whose ministers the sentence before names in
    a compound ("Die EU-Innenminister wollen …"), for a meeting ``t`` whose
    sentence names no one but "die Minister" / "der Minister" (plural, no
    compound of its own): "Bei einem Treffen in Brüssel vereinbarten die
    Minister am Mittwoch …" -> the EU."""
    from kg.extract.actors import is_intergov

    doc = view.doc
    if named or not any(
        doc[i].lower_ in ("die", "der")
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].lower_.endswith(COUNCIL_MEMBERS)
        and "-" not in doc[i + 1].text
        and view.key(i + 1) is None
        and (i + 2 >= sent.end or not doc[i + 2].text[:1].isupper())
        for i in range(sent.start, sent.end - 1)
    ):
        return []
    s_i = view.sentence_of(t)
    if s_i == 0:
        return []
    prev = view.sents[s_i - 1]
    bodies = {
        k
        for i in range(prev.start, prev.end)
        if (k := view.key(i))
        and is_intergov(k)
        and "-" in doc[i].text
        and doc[i].lower_.endswith(COUNCIL_MEMBERS)
    }
    return list(bodies) if len(bodies) == 1 else []
