"""The meeting partner a sentence names only by a pronoun or as the guest.

"Sánchez traf am Mittwoch in Wien ein. Kanzler Kurz empfing ihn im
Kanzleramt", "Faymann sprach mit ihm über Temelín", "Kurz empfing den Gast":
the object of the meeting verb (or the partner after "mit") names no one; it
is the person named last before the clause, in it or in the two sentences
before, who is not already a participant. Subjects ("er traf") are
:mod:`kg.extract.participants`' (via :func:`kg.extract.coref.person_before`).

Also the one who judges a meeting ("X zeigte sich zufrieden mit dem Gipfel",
:func:`judges_of`) and a noun before a subject's name ("Die Firma X hat",
:func:`noun_before_name`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import is_media, keys_from, org_apposition
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES
from kg.lang.de.meetings import (
    DEAL_NOUNS,
    DEAL_OPENERS,
    EVALUATIVES,
    FINITE_AUXILIARIES,
    GUEST_NOUNS,
    HOST_CUES,
    LEADER_HEADS,
    MEET_OBJECT_VERBS,
    PAIR_NOUNS,
    PAIR_WORDS,
)
from kg.lang.de.speech import SPEAKER_CUES
from kg.lang.de.titles import match_title
from kg.nlp import gazetteer

__all__ = [
    "both_named",
    "compound_body",
    "compound_sides",
    "hosts_in",
    "deal_sides",
    "genitive_run",
    "judges_of",
    "leader_noun",
    "noun_before_name",
    "objects_before_participle",
    "officials_of_clause",
    "partners_by_reference",
    "talk_teller",
]

#: what ends the clause of a trigger
_CLAUSE_ENDS = frozenset({",", ";", ":", "–", "—", "(", ")"})
#: the participles of meeting verbs whose object is who was met
_MEETING_PARTICIPLES = frozenset({"empfangen", "getroffen", "besucht"})
#: the pronouns of a person as object: "empfing ihn", "mit ihm"
_MASCULINE_OBJECTS = frozenset({"ihn", "ihm"})
#: words between "den" and "Gast": "den hohen Gast", "seinen Gast"
_GUEST_DETERMINERS = frozenset(
    {"den", "dem", "der", "die", "seinen", "seinem", "ihren", "ihrem", "ihre", "seine"}
)


def partners_by_reference(
    view: DocView, sent: Span, t: Token, kind: str, found: list[str]
) -> list[str]:
    """The participants of trigger ``t`` that its clause names only by a
    pronoun or as the guest (:func:`partner_by_reference`) or after "bei"
    (:func:`hosts_after_bei`), but for those of ``found``."""
    out = [k for k in hosts_after_bei(view, sent, t, kind) if k not in found]
    k = partner_by_reference(view, sent, t, kind, found + out)
    return out if k is None else [*out, k]


def both_named(view: DocView, sent: Span, t: Token) -> list[str]:
    """The two sides "beide Konzerne", "beider Unternehmen", "beide Seiten" near
    the trigger ``t`` refer to, when ``sent`` names exactly two organisations or
    states (no medium): "Linde wird von Praxair übernommen, wie die Vorstände
    beider Konzerne vereinbart haben"; when ``sent`` names none, the two the
    two sentences before it name ("Der Spieler wechselt von A zu B. Am Dienstag
    endeten die Verhandlungen beider Vereine")."""
    if not any(
        view.lowers[i] in PAIR_WORDS and view.lowers[i + 1] in PAIR_NOUNS
        for i in range(max(sent.start, t.i - 12), min(sent.end - 1, t.i + 12))
    ):
        return []
    sides = _sides_in(view, sent.start, sent.end)
    if not sides:
        # "X wechselt von A zu B. … endeten die Verhandlungen beider Vereine":
        # a sentence that names no side refers to the two of the two before
        here = view.sentence_of(t)
        sides = _sides_in(view, view.sents[max(0, here - 2)].start, sent.start)
    return sides if len(sides) == 2 else []


def _sides_in(view: DocView, start: int, end: int) -> list[str]:
    """The organisations (no medium) and countries tokens ``start`` to ``end``
    name, in order, each once."""
    return list(
        dict.fromkeys(
            k
            for i in range(start, end)
            if (k := view.key(i))
            and view.texts[i][:1].isupper()  # not "der serbischen Grenzstadt"
            and _side_kind(view, k)
        )
    )


def _side_kind(view: DocView, key: str) -> bool:
    """An organisation (no medium) or a country: a side of an agreement (a city
    named in the sentence is where, not who)."""
    if kind_of(key) is Kind.ORG:
        return not is_media(key)
    e = view.entities.get(key)
    return kind_of(key) is Kind.PLACE and e is not None and e.place_kind == "country"


def hosts_after_bei(view: DocView, sent: Span, t: Token, kind: str) -> list[str]:
    """The host after "bei" of a visit noun: "sein Antrittsbesuch in Paris bei
    Präsident X", "zu Gast bei Papst Franziskus" (a title or a body first: "bei
    Markus Lanz" is a talk show more often than a host)."""
    if kind != "noun" or not view.lowers[t.i].endswith(("besuch", "besuche", "gast")):
        return []
    for i in range(t.i + 1, min(sent.end - 1, t.i + 6)):
        if view.texts[i] in _CLAUSE_ENDS or view.texts[i] == ".":
            return []
        if view.lowers[i] != "bei":
            continue
        j = i + 1
        while j < sent.end and view.lowers[j] in ARTICLES:
            j += 1
        if j >= sent.end:
            return []
        k = view.key(j)
        if not (match_title(view.texts[j]) or (k and kind_of(k) is not Kind.PERSON)):
            return []
        return keys_from(view, i + 1, sent.end)
    return []


def objects_before_participle(view: DocView, sent: Span, t: Token) -> list[str]:
    """The organisations a meeting participle at the end of its clause takes
    as object: "Franziskus hat die Opferschutzkommission empfangen", "wurde
    von der Kommission empfangen" (not a medium, not a genitive after a noun:
    "den Chef der OMV getroffen", not a compound of a title: "OMV-Chef", not
    a venue: "im Kreml empfangen")."""
    if view.lowers[t.i] not in _MEETING_PARTICIPLES:
        return []
    start, end = _clause(view, sent, t.i)
    nxt = view.lowers[t.i + 1] if t.i + 1 < sent.end else "."
    if nxt.isalpha() and nxt not in FINITE_AUXILIARIES:
        return []  # "empfangen die Junge Generation": not at the clause's end
    out: list[str] = []
    for i in range(start, t.i):
        k = view.org(i)
        if k is None or k in out or is_media(k) or (i > start and view.key(i - 1) == k):
            continue
        text = view.texts[i]
        if "-" in text and match_title(text.rsplit("-", 1)[-1]):
            continue
        if (
            i - 2 >= start
            and view.lowers[i - 1] in ("der", "des")
            and view.texts[i - 2][:1].isupper()
        ):
            continue  # "den Chef der OMV"
        if view.lowers[i - 1] in _VENUE_PREPOSITIONS or (
            i - 2 >= start
            and view.lowers[i - 1] in ("dem", "der")
            and view.lowers[i - 2] in ("in", "an", "auf")
        ):
            continue  # "hat X im Kreml empfangen": where, not whom
        out.append(k)
    return out


#: contracted prepositions of a venue ("im Kanzleramt", "ins Weiße Haus")
_VENUE_PREPOSITIONS = frozenset({"im", "ins", "am", "beim", "zum", "zur"})


def partner_by_reference(
    view: DocView, sent: Span, t: Token, kind: str, found: list[str]
) -> str | None:
    """The person that an object pronoun or "den Gast" in the clause of the
    meeting trigger ``t`` (``kind`` "noun" or "verb") refers to, if none of
    ``found`` (the participants named) is it; else None."""
    start, end = _clause(view, sent, t.i)
    ref = _reference(view, t, kind, start, end)
    if ref is None:
        return None
    if any(view.person(i) for i in range(ref + 1, min(end, ref + 3))):
        return None  # "den Gast Pedro Sánchez": named
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = view.doc[lo - 1].sent.start
    for i in range(start - 1, lo - 1, -1):
        k = view.person(i)
        if k is not None and k not in found:
            return k
        if k is not None:
            return None  # the participant named last is the one referred to
    return None


def _clause(view: DocView, sent: Span, i: int) -> tuple[int, int]:
    """(start, end) of the clause of token ``i``: between the punctuation marks
    that end clauses, or "und" before a verb ("traf X und sprach mit ihm")."""
    start = i
    while start > sent.start and not _ends_clause(view, start - 1):
        start -= 1
    end = i + 1
    while end < sent.end and not _ends_clause(view, end):
        end += 1
    return start, end


def _ends_clause(view: DocView, i: int) -> bool:
    """Token ``i`` ends a clause: a punctuation mark of ``_CLAUSE_ENDS``, or
    "und" before a lower-case word that is no article ("und sprach")."""
    if view.texts[i] in _CLAUSE_ENDS:
        return True
    if view.lowers[i] != "und" or i + 1 >= len(view.texts):
        return False
    nxt = view.texts[i + 1]
    return nxt.isalpha() and nxt.islower() and nxt not in ARTICLES


def _reference(view: DocView, t: Token, kind: str, start: int, end: int) -> int | None:
    """The token of the clause ``start``-``end`` that names the partner of
    trigger ``t`` without a name: "mit ihm/ihr" (after a verb, or right after
    the noun), "ihn"/"ihm" with a verb of meeting ("empfing ihn", "hat ihn
    getroffen"), "sie" right after such a verb whose subject is named before
    it ("Hollande empfing sie"), or "den [hohen] Gast"."""
    lowers = view.lowers
    meet_verb = kind == "verb" and lowers[t.i].startswith(MEET_OBJECT_VERBS)
    for i in range(start, end):
        low = lowers[i]
        after_mit = i > start and lowers[i - 1] == "mit"
        if low in ("ihm", "ihr") and after_mit:
            if kind == "verb" or 0 < i - 1 - t.i <= 1:
                return i
        elif kind == "verb" and low in _MASCULINE_OBJECTS and meet_verb:
            return i
        elif (
            meet_verb
            and low == "sie"
            and i == t.i + 1
            and any(view.person(j) for j in range(start, t.i))
            and not (i + 1 < end and lowers[i + 1] == "sich")
        ):
            return i
        elif (
            low in GUEST_NOUNS
            and view.texts[i][:1].isupper()
            and (kind == "verb" or _after_mit(view, t, i))
            and _guest_phrase(view, i, start)
        ):
            return i
    return None


def _after_mit(view: DocView, t: Token, i: int) -> bool:
    """Token ``i`` follows "mit" that follows the meeting noun ``t`` ("das
    Gespräch mit dem Gast")."""
    return t.i < i and "mit" in view.lowers[t.i + 1 : min(i, t.i + 3)]


def _guest_phrase(view: DocView, i: int, start: int) -> bool:
    """The guest noun at ``i`` is definite: "den Gast", "seinen hohen Gast"."""
    for j in range(i - 1, max(start, i - 4) - 1, -1):
        if view.lowers[j] in _GUEST_DETERMINERS:
            return True
        if not view.texts[j][:1].islower():
            return False
    return False


def genitive_run(view: DocView, start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` are a genitive phrase after a meeting noun:
    "der Staats- und Regierungschefs der EU", "der Außenminister Polens und
    Ungarns" (articles, names, nouns, "und"; at most ten tokens)."""
    if not (0 < end - start <= 10 and view.lowers[start] in ("der", "des")):
        return False
    return all(
        view.lowers[i] in ARTICLES
        or view.lowers[i] in ("des", "und", "sowie", "beiden")
        or view.key(i) is not None
        or view.texts[i][:1].isupper()
        for i in range(start, end)
    )


def officials_of_clause(view: DocView, w: Token, t: Token) -> bool:
    """``w`` is a plural noun of office holders of a named body in the clause
    of the verb trigger ``t``, at most nine tokens from it: "die Staats- und
    Regierungschefs der G7", "die Finanzminister der Eurozone" ("die" before
    it, or "den" before a dative plural)."""
    if not (0 < abs(w.i - t.i) <= 9 and w.i > 0 and leader_noun(w.doc[w.i : w.i + 1])):
        return False
    before = view.lowers[w.i - 1]
    if before != "die" and not (
        before == "den" and view.lowers[w.i].endswith(("ern", "chefs", "spitzen"))
    ):
        return False
    a, b = min(w.i, t.i), max(w.i, t.i)
    return not any(view.texts[i] in (",", ";", ":", "–") for i in range(a, b))


def leader_noun(words: Span) -> bool:
    """``words`` is one capitalised plural noun of office holders ("Staatsspitzen",
    "Außenminister", "Regierungschefs", "Vertreter") or "Staats-" of "Staats- und
    Regierungschefs"."""
    if len(words) != 1 or not words[0].text[:1].isupper():
        return False
    low = words[0].lower_
    return low.endswith(LEADER_HEADS) or low == "staats-"


def judges_of(view: DocView, sent: Span, t: Token) -> list[str]:
    """The persons who judge the meeting ``t`` names (one with no participants
    of its own) as its participants: "X zeigte sich zufrieden mit dem Gipfel",
    "X äußerte sich optimistisch über den Ausgang des Gipfels", "X zufrieden mit
    Konferenz in Y" (:data:`EVALUATIVES`, then "mit" or "über" before ``t``)."""
    doc = view.doc
    prep = None
    for i in range(t.i - 1, max(sent.start, t.i - 6) - 1, -1):
        w = view.lowers[i]
        if doc[i].text in ",;:–":
            return []
        if w in ("mit", "über"):
            prep = i
        elif w in EVALUATIVES and prep is not None:
            start = max(
                [sent.start]
                + [j + 1 for j in range(sent.start, i) if doc[j].text in ",;:–"]
            )
            return [k for j in range(start, i) if (k := view.person(j))]
    return []


def talk_teller(view: DocView, sent: Span, t: Token) -> list[str]:
    """The person who reports on the talk ``t`` with a partner that opens the
    reported clause as its subject, the other side of it: "Das Gespräch mit X
    sei konstruktiv gewesen, sagte Y", "Y sagte, das Treffen mit X sei gut
    verlaufen". Not a spokesperson ("sagte Regierungssprecher Z"): one who
    speaks for a side, not of a talk of his own."""
    doc = view.doc
    start = t.i - 1
    while start > sent.start and doc[start].is_lower and doc[start].is_alpha:
        if doc[start].lower_ in _TALK_ARTICLES:
            break
        start -= 1  # "das erste Gespräch", "ein langes Treffen"
    if start < sent.start or doc[start].lower_ not in _TALK_ARTICLES:
        return []
    if start == sent.start:
        # "…, sagte [Kanzler] Y": the first name after the cue that follows
        # the clause's comma
        cue = next(
            (
                i
                for i in range(t.i + 2, sent.end - 1)
                if doc[i].text == "," and view.lowers[i + 1] in SPEAKER_CUES
            ),
            None,
        )
        if cue is None:
            return []
        for j in range(cue + 2, min(cue + 6, sent.end)):
            if "sprecher" in view.lowers[j]:
                return []
            if view.key(j):
                k = view.person(j)
                return [k] if k else []
        return []
    # "Y sagte, das Treffen mit X …": the persons before the cue
    if (
        start - 2 <= sent.start
        or doc[start - 1].text != ","
        or view.lowers[start - 2] not in SPEAKER_CUES
    ):
        return []
    out = [k for j in range(sent.start, start - 2) if (k := view.person(j))]
    spokes = any("sprecher" in view.lowers[j] for j in range(sent.start, start - 2))
    return [] if spokes else list(dict.fromkeys(out))


#: articles of a talk noun that opens a reported clause
_TALK_ARTICLES = frozenset({"das", "ein", "dieses", "der", "die"})


def noun_before_name(view: DocView, sent: Span, j: int, end: int) -> bool:
    """Token ``j`` is a noun before a name or its genitive, or a genitive
    article, in the phrase that opens a clause: "Die Firma Siemens hat", "Die
    Aerospace-Gruppe des Konzerns Rolls-Royce hat"."""
    doc = view.doc
    if j == sent.start or j + 1 >= end or doc[j].is_punct:
        return False
    if doc[j].lower_ == "des":
        return doc[j + 1].text[:1].isupper()
    return doc[j].text[:1].isupper() and (
        bool(view.key(j + 1)) or doc[j + 1].lower_ in ("des", "der")
    )


def hosts_in(view: DocView, sent: Span) -> list[tuple[int, str]]:
    """(character offset of the cue, person key) of the persons who host or
    chair: "auf Einladung von Bundeskanzler X", "unter Vorsitz von X" (they
    take part)."""
    doc = view.doc
    out: list[tuple[int, str]] = []
    for w in sent[:-2]:
        if (w.lower_, doc[w.i + 1].lower_) not in HOST_CUES:
            continue
        j = w.i + 2
        if doc[j].lower_ in ("von", "des", "der"):
            j += 1
        out += [
            (w.idx, k)
            for k in keys_from(view, j, sent.end)
            if kind_of(k) is Kind.PERSON
        ]
    return out


def deal_sides(view: DocView, sent: Span, t: Token) -> list[str]:
    """The company a negotiation is about to buy or merge with: "in
    fortgeschrittenen Verhandlungen zum Kauf des Chipherstellers X", "Gespräche
    über eine Übernahme von X", "verhandeln über eine Fusion mit X" (X is a
    side of the talks; the buyer is the subject the other rules find).

    Only talks (a word of "verhand-", "gespräch", "sprech-"), only an
    organisation, at most four words (articles, adjectives, a noun of what it
    is) between the linking word and its name; not what is sold ("über den
    Verkauf von X").
    """
    low = t.lower_
    if not ("verhand" in low or "gespräch" in low or low.startswith("sprech")):
        return []
    doc = view.doc
    lowers = view.lowers
    end = min(sent.end, t.i + 12)
    for i in range(t.i + 1, end):
        if lowers[i] in (",", ";", ":", "–"):
            break
        if lowers[i] not in DEAL_OPENERS:
            continue
        j = i + 1
        while j < end and doc[j].is_lower and doc[j].is_alpha and j - i <= 3:
            j += 1  # "über eine mögliche Übernahme"
        links = DEAL_NOUNS.get(lowers[j].rpartition("-")[2]) if j < end else None
        if not links or j + 1 >= sent.end or lowers[j + 1] not in links:
            continue
        for k in range(j + 2, min(sent.end, j + 7)):
            key = view.key(k)
            if key and kind_of(key) is Kind.ORG:
                return [key, *_buyer_after(view, sent, k, key)]
            if lowers[k] in (",", ";", ":", "–", "und"):
                break
        break
    return []


def _buyer_after(view: DocView, sent: Span, k: int, bought: str) -> list[str]:
    """The buyer after "durch" that follows the company bought at token ``k``:
    "Gespräche über eine Übernahme von X durch Y" (Y is the other side); at
    most an article between "durch" and the name."""
    while k < sent.end and view.key(k) == bought:
        k += 1
    if k + 1 >= sent.end or view.lowers[k] != "durch":
        return []
    j = k + 1 + int(view.lowers[k + 1] in ARTICLES)
    j += int(org_apposition(view, j, sent.end))  # "durch den Konzern Y"
    key = view.key(j) if j < sent.end else None
    return [key] if key and kind_of(key) is Kind.ORG and key != bought else []


def compound_body(
    view: DocView, sent: Span, t: Token, attendees: list[str]
) -> list[str]:
    """The body a meeting noun's compound names, as a party where the noun
    has a partner after "mit": "der EU-Gipfel mit der Türkei", "das
    Nato-Treffen mit Russland" (the EU and Turkey, Nato and Russia). Without a
    partner the body stays the organiser ("beim EU-Gipfel in Brüssel")."""
    k = view.org(t.i)
    if (
        not k
        or k in attendees
        or "-" not in view.texts[t.i]
        or t.i + 2 >= sent.end
        or view.lowers[t.i + 1] != "mit"
    ):
        return []
    j = t.i + 2
    while j < sent.end and view.lowers[j] in ARTICLES:
        j += 1
    partner = view.key(j) if j < sent.end else None
    return [k] if partner and partner in attendees and partner != k else []


def compound_sides(view: DocView, t: Token) -> list[str]:
    """The parties a meeting noun's compound names one after the other:
    "EU-Türkei-Gipfel", "USA-Kuba-Gespräche" (the EU and Turkey). Every part
    before the noun must name an actor of the article (by a name or alias of
    its entity, or the gazetteer entry that both stand for), and at least two
    must: "EU-Gipfel" names an organiser, "Syrien-Konferenz" a topic, and
    "EU-Afrika-Gipfel" (a continent, no actor) is left alone."""
    parts = view.texts[t.i].split("-")
    if len(parts) < 3 or not all(parts[:-1]):
        return []
    out = []
    for part in parts[:-1]:
        key = _actor_named(view, part)
        if key is None or key in out:
            return []
        out.append(key)
    return out


def _actor_named(view: DocView, name: str) -> str | None:
    """The key of the article's one state or organisation named ``name``."""
    entry = gazetteer.lookup(name)
    found = set()
    for key, e in view.entities.items():
        if kind_of(key) is Kind.PERSON:
            continue
        names = (e.name, *e.aliases)
        if name in names or (
            entry is not None
            and any(
                (o := gazetteer.lookup(n)) is not None and o.name == entry.name
                for n in names
            )
        ):
            found.add(key)
    return next(iter(found)) if len(found) == 1 else None
