"""The subject of a reporting clause that leads its quote ("X sagte, …").

:mod:`kg.extract.quotes_reported` reads the speaker of "X bestätigte, dass …"
from the words before the verb of saying, nearest the verb first. This module
gives it those words without a relative clause set into the subject ("Quaxo,
das die Puppe für Xcorp entwickelt hat, bestätigte, dass …": Quaxo speaks, not
Xcorp; :func:`subject_words`), tells an outlet the words were said to from one
that reports them ("bestätigte gegenüber NBC": :func:`told`), reads the body
a "wie" clause names with its place (:func:`placed_body_label`) and the person
a title of a region or a city stands for ("sagte Kärntens Landeshauptmann":
:func:`place_title_holder`).
"""

from __future__ import annotations

from kg.extract.coref import LastSpeaker, antecedent
from kg.extract.records import Kind, kind_of
from kg.extract.sources import speaker_noun
from kg.extract.speaker_labels import label_of
from kg.extract.view import DocView
from kg.lang.de.body_speakers import VOICE_ENDINGS
from kg.lang.de.grammar import PREPOSITIONS, RELATIVE_PRONOUNS
from kg.lang.de.org_kinds import PLACED_BODY_ENDINGS

__all__ = ["place_title_holder", "placed_body_label", "subject_words", "told"]

# the outlet after these is the one spoken to: "bestätigte gegenüber NBC"
_TOLD = frozenset({"gegenüber"})


def subject_words(view: DocView, start: int, c: int) -> list[int]:
    """The tokens from ``start`` to the verb of saying at ``c`` without a
    relative clause that closes right before the verb ("X, das … entwickelt
    hat, bestätigte"; also one opening with a preposition, "X, für die …"):
    the clause from its comma to the comma before the verb, when a noun stands
    before it and no other comma lies inside it."""
    doc = view.doc
    words = list(range(start, c))
    if c - start < 5 or doc[c - 1].text != ",":
        return words
    for r in range(c - 2, start, -1):
        if doc[r].text == ",":
            break
        if doc[r].is_punct:
            return words  # a dash, a bracket, a quotation mark: no plain clause
    else:
        return words
    first = doc[r + 1].lower_
    if first in PREPOSITIONS and r + 2 < c - 1:
        first = doc[r + 2].lower_
    if first not in RELATIVE_PRONOUNS or not doc[r + 1].is_lower:
        return words
    if not doc[r - 1].text[:1].isupper():
        return words  # "…, sagte sie, die …": no noun the clause is about
    return list(range(start, r))


def told(view: DocView, after: list[int], medium: str | None) -> bool:
    """The outlet ``medium`` is named in ``after`` (the words after the verb of
    saying) only as the one spoken to: "bestätigte gegenüber NBC"."""
    doc = view.doc
    at = [i for i in after if view.key(i) == medium]
    if not at:
        return False
    i = at[0]
    while i > 0 and (doc[i - 1].lower_ in ("der", "dem", "den") or view.key(i - 1)):
        i -= 1  # "gegenüber dem Sender NBC"
        if i < at[0] - 3:
            return False
    return i > 0 and doc[i - 1].lower_ in _TOLD


def placed_body_label(view: DocView, before: list[int]) -> str | None:
    """The noun of the body a clause opening with "wie" names with the place
    it serves: "Wie die Polizei Xburg am Montag mitteilte, …" -> "Polizei"
    (:func:`kg.extract.quotes_bodies.body_labels` makes it that place's
    body), where the place kept the noun from being found by the verb."""
    at = next((n for n, i in enumerate(before) if view.lowers[i] == "wie"), None)
    if at is None or not any(
        kind_of(view.key(i) or "") is Kind.PLACE for i in before[at + 1 :]
    ):
        return None
    label = label_of(view, before[at + 1 :])
    if label is None:
        return None
    low = label.lower()
    low = next((low[: -len(e)] for e in VOICE_ENDINGS if low.endswith(e)), low)
    return label if low.endswith(PLACED_BODY_ENDINGS) else None


def place_title_holder(
    view: DocView,
    region: list[int],
    before: int,
    spans: list[tuple[int, int]],
    last: LastSpeaker,
) -> str | None:
    """The person a title after a place's genitive in ``region`` stands for
    ("sagte Kärntens Landeshauptmann", "Wiens Bürgermeister sagte"): the one
    named before token ``before`` with that title (or, a teaser, after it;
    :func:`kg.extract.coref.antecedent`). A state's title is read where
    :func:`kg.extract.speakers.speaker_of` reads the state ("Frankreichs
    Präsident")."""
    doc = view.doc
    for i in region[:6]:
        k = view.key(i)
        if k is None or kind_of(k) is not Kind.PLACE or i + 1 >= len(doc):
            continue
        if not doc[i].text.endswith("s") or view.key(i + 1) is not None:
            continue
        if speaker_noun(doc[i + 1].text) and doc[i + 1].text[:1].isupper():
            return antecedent(view, before, spans, last, title=doc[i + 1].text)
    return None
