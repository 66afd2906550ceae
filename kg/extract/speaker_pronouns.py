"""An organisation as what "er" or "sie" of a reporting clause refers to (issue
17): "Die Polizei hat in Linz drei Männer festgenommen, wie sie am Montag
mitteilte" is the police's report, not one of a person named sentences before.
:func:`kg.extract.speakers.speaker_of` asks here before it looks for a person
(:func:`kg.extract.coref.antecedent`)."""

from __future__ import annotations

from kg.extract.actors import is_media
from kg.extract.coref import LastSpeaker
from kg.extract.org_anaphor import org_of_word
from kg.extract.records import Kind, kind_of
from kg.extract.speaker_labels import label_of, spokesperson
from kg.extract.view import DocView
from kg.lang.de.org_kinds import is_kind_noun
from kg.lang.de.speech import BODY_ENDINGS, SPOKESPERSON_ENDINGS, SUBJUNCTIVE_FORMS

__all__ = ["body_subject", "organisation_just_quoted", "organisation_subject"]

#: the article of a subject "er" and "sie" can refer to: "der Konzern" is
#: "er", "die Polizei", "die Grünen" are "sie"
_ARTICLES = {"er": frozenset({"der"}), "sie": frozenset({"die"})}
#: the articles before a spokesperson the pronoun after refers to
_SPOKESPERSON_ARTICLES = frozenset({"ein", "eine", "der", "die"})
#: how many words the article, adjectives and a kind noun take before the name
_SPAN = 4


def _opening_article(view: DocView, i: int) -> tuple[int, int] | None:
    """(article, end): the article that opens the sentence of the pronoun at
    ``i`` and agrees with it, and where the words after it may be looked at;
    else, when that sentence names no person before the pronoun and does not
    open with an article, the same in the sentence before if it names no
    person ("Die Gewerkschaft X weitet den Streik aus. Sie rufe …, teilte sie
    mit."); else None."""
    doc = view.doc
    articles = _ARTICLES.get(doc[i].lower_)
    if articles is None:
        return None
    si = view.sentence_of(doc[i])
    sent = view.sents[si]
    first = _first_word(view, sent.start, i)
    if first < i and doc[first].lower_ in articles:
        # "Die Polizei hat … festgenommen, wie sie mitteilte"; not "Die EU
        # müsse mehr tun, sagte sie": a Konjunktiv reports someone else on it
        if doc[i - 1].lower_ == "wie" or not any(
            view.lowers[j] in SUBJUNCTIVE_FORMS for j in range(first, i)
        ):
            return first, i
        return None
    if (
        si == 0
        or doc[first].lower_ in ("der", "die", "das")
        or any(view.person(j) for j in range(sent.start, i))
    ):
        return None
    prev = view.sents[si - 1]
    if any(view.person(j) for j in range(prev.start, prev.end)):
        return None
    first = _first_word(view, prev.start, prev.end)
    if first < prev.end and doc[first].lower_ in articles:
        return first, prev.end
    return None


def _first_word(view: DocView, start: int, end: int) -> int:
    """The first token from ``start`` that is no punctuation (an opening
    quotation mark or dash) or space, ``end`` if none."""
    doc = view.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start


def body_subject(view: DocView, i: int) -> str | None:
    """The noun of an unnamed public body that opens the sentence of the
    pronoun at ``i`` as its subject ("Die Polizei hat …, wie sie mitteilte" ->
    "Polizei"), an agreeing article and at most one adjective before it."""
    doc = view.doc
    opening = _opening_article(view, i)
    if opening is None:
        return None
    first, end = opening
    for j in range(first + 1, min(first + 3, end)):
        if view.key(j) is not None or not doc[j].is_alpha:
            return None
        if doc[j].is_lower:
            continue
        return doc[j].text if doc[j].lower_.endswith(BODY_ENDINGS) else None
    return None


def organisation_subject(view: DocView, i: int) -> str | None:
    """The organisation the pronoun at token ``i`` refers to: the one that opens
    the pronoun's own sentence (or the one before, :func:`_opening_article`)
    with an article that agrees with it, at most lower-case adjectives or a
    kind noun between ("Die Gewerkschaft Verdi hat … aufgerufen, wie sie
    mitteilte"; "Der Konzern X hat …, wie er mitteilte"); None when the
    sentence opens otherwise or names a person first."""
    doc = view.doc
    opening = _opening_article(view, i)
    if opening is None:
        return None
    first, end = opening
    for j in range(first + 1, min(first + 1 + _SPAN, end)):
        if view.person(j) is not None:
            return None
        k = view.org(j)
        if k is not None:
            if is_media(k) or any(
                view.person(h) is not None for h in range(j + 1, min(j + 4, end))
            ):
                return None  # "Die ÖVP-Abgeordnete X hat …, wie sie sagte": X
            return k
        if doc[j].is_punct or not doc[j].is_alpha:
            return None
        if not doc[j].is_lower and not is_kind_noun(doc[j].text):
            return None  # "Der Chef der Partei X, Y, hat …": the chef's
    return None


def organisation_just_quoted(view: DocView, i: int, last: LastSpeaker) -> str | None:
    """The organisation quoted or named as a speaker in the pronoun's sentence
    or the one before, when no person is what "er" or "sie" at ``i`` refers to
    ("Dem widersprach eine Lufthansa-Sprecherin. Sie kündigte an, …"), else the
    body of a spokesperson the sentence before names (:func:`_spokesperson_of`).
    """
    if last is None or last[0] is None:
        return _spokesperson_of(view, i)
    if kind_of(last[0]) is not Kind.ORG or is_media(last[0]):
        return _spokesperson_of(view, i)
    if view.sentence_of(view.doc[i]) - last[2] <= 1:
        return last[0]
    return _spokesperson_of(view, i)


def _spokesperson_of(view: DocView, i: int) -> str | None:
    """The organisation or person whose spokesperson the sentence before the
    pronoun at ``i`` names, of its gender ("Dem widersprach eine
    Siemens-Sprecherin. Sie sagte, …", "… ein Sprecher des Konzerns. Er
    sagte, …"): the one spokesperson there, with an article before it."""
    doc = view.doc
    si = view.sentence_of(doc[i])
    if si < 1:
        return None
    # "er" a Sprecher, "sie" a Sprecherin
    feminine = doc[i].lower_ == "sie"
    sent = view.sents[si - 1]
    at = [
        j
        for j in range(sent.start + 1, sent.end - 1)
        if view.lowers[j].endswith(SPOKESPERSON_ENDINGS)
        and view.lowers[j].endswith("in") == feminine
        and view.lowers[j - 1] in _SPOKESPERSON_ARTICLES
    ]
    if len(at) != 1:
        return None
    j = at[0]
    # "eine Siemens-Sprecherin", the model's tag on the company's compound
    speaker, label = view.key(j), None
    if speaker is None:
        speaker, label = spokesperson(view, label_of(view, [j - 1, j]), j)
    if speaker is None and label is not None and view.lowers[j + 1] in ("des", "der"):
        # "ein Sprecher des Konzerns": the company named before
        speaker = org_of_word(view, j + 2, view.texts[j + 2])
    if speaker is None or kind_of(speaker) not in (Kind.ORG, Kind.PERSON):
        return None
    return None if is_media(speaker) else speaker
