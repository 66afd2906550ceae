"""Nouns for one person named before that are not titles (issue 17): a place's
demonym ("sagte der Salzburger", "so die Vorarlbergerin"), a rank ("meinte
der WM-Dritte", "die Zweitplatzierte") and an adjective as a noun ("sagte der
Hochtalentierte"). :func:`kg.extract.speakers.speaker_of`
resolves them like "der Minister" to the person named before
(:func:`kg.extract.coref.antecedent`); the words are in
:mod:`kg.lang.de.speaker_chains`."""

from __future__ import annotations

from kg.extract.records import Kind, kind_of, name_of
from kg.extract.view import DocView
from kg.lang.de.grammar import INDEFINITE_ARTICLES
from kg.lang.de.places import demonym_places
from kg.lang.de.speaker_chains import (
    ADJECTIVAL_NOUN_ENDINGS,
    NOMINAL_ARTICLES,
    NOT_SPEAKER_LABELS,
    ORDINAL_NOUNS,
    PLAIN_PERSON_NOUNS,
    RANK_SUFFIXES,
)
from kg.nlp import gazetteer

__all__ = ["organisation_of_demonym", "person_noun_after", "plain_person_pronoun"]


def person_noun_after(view: DocView, i: int) -> bool:
    """The singular article at token ``i`` opens a noun for one person that is
    a demonym of a place, a rank or an adjective ("der Hochtalentierte"), with
    at most two lower-case words between
    ("der Salzburger", "der 25-jährige Wiener", "die Kärntnerin", "der
    WM-Dritte"); not a demonym used as an adjective ("der Salzburger
    Landeshauptmann") nor a name ("der Hamburger SV")."""
    doc = view.doc
    art = doc[i].lower_
    if plain_person_pronoun(view, i) is not None:
        return True  # "so der Mann", "sagt das Mädchen"
    if art not in NOMINAL_ARTICLES:
        return False
    for j in range(i + 1, min(i + 4, len(doc))):
        x = doc[j]
        if x.is_lower:
            continue
        if not x.text[:1].isupper() or view.key(j) is not None:
            return False
        if j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            return False  # "der Salzburger Landeshauptmann"
        return (
            _rank(x.text)
            or _demonym(x.text, feminine=art == "die")
            or _adjectival(x.text, feminine=art == "die")
        )
    return False


def _adjectival(word: str, *, feminine: bool) -> bool:
    """``word`` is an adjective or participle as a noun for one person: "der
    Hochtalentierte", "der Erfahrene", "die Zweifache"
    (:data:`~kg.lang.de.speaker_chains.ADJECTIVAL_NOUN_ENDINGS`); after "die"
    not "-te" alone ("die Karte"), never the plural "-en"."""
    low = word.lower()
    if len(low) < 8 or not low.isalpha() or not low.endswith("e"):
        return False
    if low in NOT_SPEAKER_LABELS:
        return False
    stem = low[:-1]
    return stem.endswith(ADJECTIVAL_NOUN_ENDINGS) or (
        not feminine and stem.endswith("t")
    )


def plain_person_pronoun(view: DocView, i: int) -> str | None:
    """ "er" or "sie" when the article at token ``i`` opens a plain noun for
    one person ("so der Mann", "sagt die Frau") that refers to a person named
    before: not when the article has called someone by that noun with an
    indefinite article ("Ein Passant … Ein Mann sah den Unfall. … sagte der
    Mann": one it does not name)."""
    doc = view.doc
    if i + 1 >= len(doc):
        return None
    entry = PLAIN_PERSON_NOUNS.get(doc[i + 1].lower_)
    if entry is None or doc[i].lower_ not in entry[0]:
        return None
    noun = doc[i + 1].lower_
    for j in range(i):
        if view.lowers[j] == noun and any(
            view.lowers[h] in INDEFINITE_ARTICLES for h in range(max(0, j - 3), j)
        ):
            return None
    return entry[1]


def _rank(word: str) -> bool:
    """``word`` is a rank as a noun: "WM-Dritte", "Zweitplatzierte"."""
    low = word.lower()
    if low.endswith(RANK_SUFFIXES):
        return True
    head, _, last = low.rpartition("-")
    return bool(head) and last in ORDINAL_NOUNS


def _demonym(word: str, *, feminine: bool) -> bool:
    """``word`` is a singular demonym of a place the gazetteer knows: "Wiener"
    (Wien), "Kärntner" (Kärnten), "Steirerin" (Steiermark); with
    ``feminine`` only the "-in" form ("die Salzburger" are many)."""
    low = word.lower()
    if feminine:
        if not low.endswith("in") or len(low) < 7:
            return False
        low = low[:-2]
    if not low.isalpha() or len(low) < 5:
        return False
    for name in demonym_places(low):
        e = gazetteer.lookup(name)
        if e is not None and e.label == "LOC":
            return True
    return False


def organisation_of_demonym(view: DocView, label: str, before: int) -> str | None:
    """The organisation a plural demonym label speaks for: one named before
    token ``before`` (the end of the sentence after the quote, where "Das gaben
    … bekannt" may stand) whose name holds the place ("Das gaben die Augsburger
    bekannt" after "FC Augsburg", "so die Salzburger" after "Red Bull
    Salzburg"); None when none or two such organisations are named."""
    low = label.lower()
    if not low.isalpha() or len(low) < 5 or not low.endswith("er"):
        return None
    # "Augsburger" -> augsburg, "Kärntner" -> kärnten
    stems = {low[:-2]} | {name.lower() for name in demonym_places(low)}
    found: set[str] = set()
    for j in range(min(before, len(view.doc))):
        k = view.key(j)
        if k is None or k in found or kind_of(k) is not Kind.ORG:
            continue
        words = [w.lower() for w in name_of(k).split()]
        if len(words) > 1 and any(w in stems for w in words):
            found.add(k)
    return next(iter(found)) if len(found) == 1 else None
