"""A reporting clause whose verb the lexicon lacks (issue 17).

"Der Jäger muss das akzeptieren, mahnt Wildtierbiologin Schmidt.", "Ich habe
mit dem Pfiff gerechnet, zeigte sich Keeper Timo Horn verblüfft.", "Was ist
das für ein Niveau?, frug Beckenbauer.": a main clause, a comma, then a
finite verb with a named person as its subject closing the sentence is the
person's quote, whatever the verb (German puts the subject after the verb
there only in a reporting clause, or after a fronted subordinate clause: "Als
das Tor fiel, jubelte Müller", which is no quote).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.quotes_colon import clause_kind
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_ADVERBS,
    CLAUSE_OPENERS,
    FIRST_PERSON_WORDS,
    FRONTED_SUBORDINATORS,
    INDEFINITE_ARTICLES,
    MODALS,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.time_tense import PAST

__all__ = ["unlisted_trailer"]

#: lower-case words after the comma that are no finite verb of a reporting clause
_NOT_VERBS = (
    CLAUSE_OPENERS
    | PREPOSITIONS
    | RELATIVE_PRONOUNS
    | ARTICLES
    | INDEFINITE_ARTICLES
    | POSSESSIVES
    | CLAUSE_ADVERBS
    | AUXILIARIES
    | MODALS
    | FIRST_PERSON_WORDS
    | frozenset(
        (
            "so sondern denn oder wie ob damit bis um ohne statt anstatt je desto "
            "umso sowie sowohl also nämlich etwa nicht kein keine keinen sich es er "
            "sie man wer was wo wobei womit worauf weshalb warum wodurch ist sind "
            "wird werden hat haben habe sei seien wäre wären hätte hätten würde "
            "würden gefolgt begleitet vertreten darunter unter anderem insbesondere "
            "vor allem zuletzt zwar mal sagen allein einzig nur lediglich gerade "
            "selbst sogar einst eben erst jetzt meist oft samt seit trotz nicht "
            "ehe wonach weswegen sodass"
        ).split()
    )
)
#: endings of a weak verb's finite forms ("mahnt", "zeigte", "wehrten")
_FINITE_ENDINGS = ("t", "te", "ten")
#: words between the verb and its subject ("zeigte sich auch Keeper X")
_BETWEEN = CLAUSE_ADVERBS | frozenset("sich der die noch prompt sofort gleich".split())
#: words opening a fronted clause that is no quote ("Als das Tor fiel, …")
_FRONTED = FRONTED_SUBORDINATORS | frozenset(
    (
        "da dass ob um ohne falls damit indem je solange sofern obgleich ehe bis "
        "statt anstatt wie wo was wer nach vor mit gemeinsam zusammen"
    ).split()
)
#: lower-case words of a bare noun phrase ("Sein neuer Vertreter")
_NOUN_PHRASE = (
    ARTICLES
    | INDEFINITE_ARTICLES
    | POSSESSIVES
    | PREPOSITIONS
    | frozenset("dazu darüber dafür davon daran darauf dabei damit dagegen".split())
)
#: words that join a clause to the one before ("Und wenn …")
_JOINERS = frozenset({"und", "aber", "doch", "oder"})
#: endings of finite verbs and infinitives ("gerechnet", "können")
_VERB_ENDINGS = ("t", "te", "ten", "en", "st")
#: finite forms without those endings ("So ist die Natur")
_FINITE_WORDS = (
    AUXILIARIES
    | MODALS
    | PAST
    | frozenset("ist sind bin bist war gibt kann muss will soll darf mag weiß".split())
)
_DASHES = frozenset({"–", "—", "-"})
#: after the name: another clause, or a negation ("macht X allerdings nicht":
#: nothing was said)
_NOT_AFTER_NAME = frozenset({",", ":", ";", "nicht", "nichts", "kein", "keine"})
#: at most so many words after the speaker's name up to the sentence's end
_AFTER_NAME = 8
#: at most so many words between the verb and the speaker's name
_BEFORE_NAME = 5


def unlisted_trailer(
    view: DocView, sent: Span, spans: list[tuple[int, int]]
) -> tuple[int, int, str, str] | None:
    """(start, end, speaker, kind) of the quote ``sent`` opens with when a
    reporting clause with a verb the lexicon lacks and a named person closes
    it (module docstring); else ``None``. Not over a quote found."""
    doc, lowers = view.doc, view.lowers
    lo, hi = sent.start, sent.end
    while hi > lo and not doc[hi - 1].is_alpha:
        hi -= 1
    for c in range(hi - 2, lo + 2, -1):
        if lowers[c] != ",":
            continue
        w = c + 1
        if (
            not (doc[w].is_alpha and doc[w].is_lower)
            or lowers[w] in _NOT_VERBS
            or lowers[w] in _FRONTED
            or not (lowers[w].endswith(_FINITE_ENDINGS) or lowers[w] in PAST)
        ):
            continue
        key, end = _subject_after(view, w + 1, hi)
        if key is None or end is None:
            continue
        if sum(1 for i in range(end, hi) if doc[i].is_alpha) > _AFTER_NAME or any(
            lowers[i] in _NOT_AFTER_NAME for i in range(end, hi)
        ):
            continue
        if not _opens_quote(view, lo, c):
            return None
        a, b = doc[lo].idx, doc[c].idx
        if any(x < b and a < y for x, y in spans):
            return None
        return a, b, key, clause_kind(view, lo, c)
    return None


def _subject_after(view: DocView, k: int, hi: int) -> tuple[str | None, int | None]:
    """(key, the token after its name) of the person named from ``k`` on, after
    at most a few adverbs, an article and title words ("sich auch FC-Keeper
    Timo Horn"); else ``(None, None)``."""
    doc, lowers = view.doc, view.lowers
    for i in range(k, min(hi, k + _BEFORE_NAME + 1)):
        key = view.person(i)
        if key is not None:
            j = i
            while j < hi and view.person(j) == key:
                j += 1
            return key, j
        if lowers[i] in _BETWEEN:
            continue
        if doc[i].is_alpha and doc[i].text[:1].isupper() and view.org(i) is None:
            continue  # a title before the name ("Wildtierbiologin")
        if "-" in doc[i].text and doc[i].text[:1].isupper():
            continue
        break
    return None, None


def _opens_quote(view: DocView, lo: int, c: int) -> bool:
    """The words from ``lo`` to the comma at ``c`` can be a speaker's: three
    words at least, no fronted subordinate clause, no narrator's past (unless
    someone speaks in the first person or asks)."""
    doc, lowers = view.doc, view.lowers
    # "Rom – Während …, kämpft X um …": the dateline before the clause
    dash = next((i for i in range(lo, min(c, lo + 6)) if lowers[i] in _DASHES), None)
    if dash is not None:
        lo = dash + 1
    words = [i for i in range(lo, c) if doc[i].is_alpha]
    if len(words) < 3:
        return False
    asked = lowers[c - 1] in ("?", "!")
    # "Und wenn er gestört wird, reagiert X allergisch"
    opener = words[1] if lowers[words[0]] in _JOINERS else words[0]
    if lowers[opener] in _FRONTED and not asked:
        return False
    # a clause has a finite verb: "30 Jahre später, verrät X …" has none
    if not any(
        doc[i].is_lower
        and (lowers[i].endswith(_VERB_ENDINGS) or lowers[i] in _FINITE_WORDS)
        for i in words
    ):
        return False
    # "Seine Aussage, wonach …, relativierte X": an object put first, no quote
    first = next((i for i in range(lo, c) if lowers[i] == ","), c)
    if not any(
        doc[i].is_alpha and doc[i].is_lower and lowers[i] not in _NOUN_PHRASE
        for i in range(lo, first)
    ):
        return False
    own = any(lowers[i] in FIRST_PERSON_WORDS for i in words)
    return asked or own or not any(lowers[i] in PAST for i in words)
