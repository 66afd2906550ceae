"""The source a sentence names for the sentence before it ("Das geht aus einer
Erhebung des BKA hervor", "Das teilte die Polizei mit.", "Sagt Iggy Pop."):
:func:`named_source`, split from :mod:`kg.extract.quotes_continued`, which
re-exports it."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.actors import is_media
from kg.extract.coref import antecedent
from kg.extract.quotes_reported import REPORTING_FORMS, saying_cues
from kg.extract.records import Kind, kind_of
from kg.extract.speakers import label_of, org_anaphor, spokesperson
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    INDEFINITE_ARTICLES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    TITLE_JOINERS,
)
from kg.lang.de.speech import (
    CONCLUSION_NOUNS,
    CONCLUSION_VERBS,
    MEDIA_NOUNS,
    SOURCE_SENTENCE_VERBS,
    SOURCE_SHOWING_VERBS,
    reporting_verb_readings,
)

__all__ = ["named_source", "source_after_colon"]


def named_source(
    view: DocView, sent: Span
) -> tuple[str | None, str | None, str | None] | None:
    """(speaker, medium, label) of the organisation or person a sentence names
    as the source of the one before it: "Das geht aus einer Erhebung des
    Bundeskriminalamts (BKA) hervor", "Diese Angabe kommt aus dem
    Innenministerium" (:data:`kg.lang.de.speech.SOURCE_SENTENCE_VERBS`), a
    finding (:func:`_finding_of`), a reporting clause set off as a sentence of
    its own (:func:`_said_after`: "Sagt Iggy Pop."), or a
    verb of saying with "Das"/"Dies" as its object and no clause of its own:
    "Das teilte die Polizei am Samstag mit", "Das bestätigte die Polizei der
    Zeitung X" (the outlet the medium); "Das"/"Dies"/"Diese …" opening it."""
    doc = view.doc
    words = [t.lower_ for t in sent]
    k = _finding_of(view, sent, words) or _said_after(view, sent, words)
    if k is not None:
        return k, None, None
    if doc[sent.start].lower_ not in ("das", "dies", "diese", "dieser", "diese"):
        return None
    for verbs, particle in SOURCE_SENTENCE_VERBS:
        v = next((n for n, w in enumerate(words[:4]) if w in verbs), None)
        if v is None or v + 1 >= len(words) or words[v + 1] != "aus":
            continue
        if particle and particle not in words[v + 2 :]:
            continue
        head = _first_phrase(view, sent, v + 2)
        if head is not None:
            return head, None, None
        for t in sent[v + 2 :]:
            k = view.key(t.i)
            if k and not is_media(k) and kind_of(k) in (Kind.ORG, Kind.PERSON):
                return k, None, None
            if t.text in ":;":
                break
    if (
        words[0] in ("das", "dies")
        and len(words) > 3
        and words[1] in REPORTING_FORMS
        # "Das teilte … mit", not "Das zeigt sich …" ("zeigte sich überzeugt")
        and any(
            not vf.particle or vf.particle in words[2:]
            for vf in reporting_verb_readings()[words[1]]
        )
        and not any(
            t.text in ":;" or (t.text == "," and not _relative_after(view, t.i))
            for t in sent
        )
        and not saying_cues(view, sent)[1:]
    ):
        # "Das teilte die Polizei mit.": one verb, its object the sentence
        # before; a relative clause on the source after it ("Das berichtet
        # TheVerge, das monatelang recherchiert hat") is no part of the source
        stop = next((t.i for t in sent if t.text == ","), sent.end)
        region = list(range(sent.start + 2, stop))
        outlets = {
            k
            for j in region
            if (k := view.key(j))
            and (
                is_media(k)
                or (view.key(j - 1) != k and view.lowers[j - 1] in MEDIA_NOUNS)
            )
        }
        named = next(
            (
                k
                for j in region
                if (k := view.key(j))
                and k not in outlets
                and kind_of(k) in (Kind.ORG, Kind.PERSON)
            ),
            None,
        )
        medium = next(iter(sorted(outlets)), None)
        if named is not None:
            return named, medium, None
        if medium is not None and is_media(medium):
            return medium, medium, None  # "Das berichtet der Spiegel."
        while (
            len(region) > 1
            and doc[region[0]].is_lower
            and doc[region[0]].is_alpha
            and doc[region[0]].lower_
            not in PREPOSITIONS | ARTICLES | INDEFINITE_ARTICLES | {"des"}
            and not view.key(region[0])
            and doc[region[1]].text[:1].isupper()
        ):
            region = region[1:]  # "Das berichtet zumindest TheVerge"
        org = org_anaphor(view, region)
        if org is not None:
            # "Siemens will … streichen. Das teilte der Konzern mit.": the
            # organisation the sentence before names (its report)
            return org, medium, None
        speaker, label = spokesperson(view, label_of(view, region), sent.start + 2)
        if speaker is not None or label is not None:
            return speaker, medium, label
    return None


def _relative_after(view: DocView, comma: int) -> bool:
    """The comma at ``comma`` opens a relative clause (", das …", ", die …")."""
    return comma + 1 < len(view.doc) and view.lowers[comma + 1] in RELATIVE_PRONOUNS


def _first_phrase(view: DocView, sent: Span, start: int) -> str | None:
    """The organisation or person the phrase from word ``start`` of ``sent``
    names before a preposition opens another, else ``None``: "Das geht aus der
    Antwort des Ministeriums auf eine Anfrage der Partei X hervor" -> the
    ministry named before (:func:`kg.extract.speakers.org_anaphor`), not the
    party asking."""
    region: list[int] = []
    for t in sent[start:]:
        if t.lower_ in PREPOSITIONS and t.lower_ not in ("von", "vom"):
            break
        if t.text in ",:;(":
            return None
        region.append(t.i)
    else:
        return None  # no other phrase after it
    for i in region:
        k = view.key(i)
        if k and not is_media(k) and kind_of(k) in (Kind.ORG, Kind.PERSON):
            return k
    return org_anaphor(view, region) if region else None


def _finding_of(view: DocView, sent: Span, words: list[str]) -> str | None:
    """The organisation or person whose finding ``sent`` says the sentence
    before it is, a clause of its own following none: "Das zeigt eine Studie
    des Instituts X" (not "Das zeigt sich …"), "Zu diesem Schluss kommt die
    Organisation X in ihrem Bericht", "So eine Vorhersage des Instituts X."
    (no verb: its only lower-case words join the names)."""
    if len(words) < 4 or any(w in (",", ":", ";") for w in words):
        return None
    if words[0] in ("das", "dies") and words[1] in SOURCE_SHOWING_VERBS:
        if words[2] in ("sich", "auch", "jedenfalls"):
            return None
        start = 2
    elif (
        words[0] == "zu"
        and words[1] in ("diesem", "dem", "einem")
        and words[2] in CONCLUSION_NOUNS
        and words[3] in CONCLUSION_VERBS
    ):
        start = 4
    elif words[0] == "so" and words[1] in INDEFINITE_ARTICLES:
        if any(
            w[:1].isalpha() and w == t.text and w not in TITLE_JOINERS
            for w, t in zip(words[2:], sent[2:], strict=True)
        ):
            return None  # "So ein Erbe lässt Anwälte frohlocken": a verb
        start = 2
    else:
        return None
    return _actor_from(view, sent, start)


def _actor_from(
    view: DocView, sent: Span, start: int, *, pronoun: bool = False
) -> str | None:
    """The first person or organisation (no outlet) of ``sent`` from its
    token ``start`` on; with ``pronoun``, "er"/"sie" right there is the person
    it refers to."""
    for t in sent[start:]:
        k = view.key(t.i)
        if k and not is_media(k) and kind_of(k) in (Kind.ORG, Kind.PERSON):
            return k
        if pronoun and t.lower_ in ("er", "sie") and t.i == sent.start + start:
            return antecedent(view, t.i, [], None, pronoun=t.lower_)
    return None


#: how many tokens a reporting clause set off as a sentence of its own has at
#: most ("Sagt er am Montag.", "So sagt es der Premier.")
_SAID_AFTER_TOKENS = 8


def _said_after(view: DocView, sent: Span, words: list[str]) -> str | None:
    """The person or organisation of a reporting clause the sentence split set
    off after its quote, a verb of saying first and no clause of its own:
    "Sagt Iggy Pop.", "Sagt er." (the person "er" refers to), "So sagt es der
    Premier."; not a question ("Meint er damit die Regierung?")."""
    if (
        len(words) > _SAID_AFTER_TOKENS
        or words[-1] != "."
        or any(w in (",", ":", ";") for w in words)
    ):
        return None
    if words[0] in REPORTING_FORMS and sent[0].text[:1].isupper():
        start = 1
    elif words[:1] == ["so"] and words[1] in REPORTING_FORMS and words[2] == "es":
        start = 3
    else:
        return None
    return _actor_from(view, sent, start, pronoun=True)


def source_after_colon(
    view: DocView, sent: Span
) -> tuple[int, str | None, str | None, str | None] | None:
    """(token of the colon, speaker, medium, label) of a sentence whose words
    before a colon are reported by a source sentence after it: "Sie wollten
    wissen, wie alt die Sterne sind: Das erklärte X vom Institut Y"
    (:func:`named_source` on the words after the colon)."""
    doc = view.doc
    colon = next((t.i for t in sent if t.text == ":"), None)
    if (
        colon is None
        or colon - sent.start < 4
        or colon + 3 >= sent.end
        or doc[colon + 1].lower_ not in ("das", "dies")
    ):
        return None
    found = named_source(view, doc[colon + 1 : sent.end])
    if found is None or (found[0] is None and found[2] is None):
        return None
    return colon, *found
