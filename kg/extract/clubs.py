"""Sports clubs that news names by their town: "Köln-Trainer Peter Stöger",
"Bayern-Profis", "ein 5:1 gegen Newcastle", "Tabellenführer Leicester". The
gazetteer resolves the town to a place; in an article about a sport
(:func:`kg.lang.de.clubs.is_sports_report`) these words make it the club
(:func:`kg.nlp.gazetteer.club_of_town`), or an organisation of that name where
the gazetteer knows no club of the town ("0:1 gegen Gijon")."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.lang.de.clubs import (
    OPPONENT_WORDS,
    TRANSFER_STEMS,
    is_club_member_noun,
    is_score,
    is_sports_report,
    is_standing_noun,
)
from kg.nlp import gazetteer

__all__ = ["compound_club", "town_club"]

_TOWNS = frozenset({"city", "region"})


def town_club(
    doc: Doc, start: int, label: str, entry: gazetteer.Entry | None, text: str
) -> tuple[bool, gazetteer.Entry | None]:
    """Whether the town ``entry`` (``None``: a word the gazetteer knows only
    as a club's town, "Ried") named by the one word at token ``start`` (the
    model's ``label``) of the article ``text`` is a club there, and the club's
    entry if the gazetteer knows it.

    A club: after a standings noun ("Tabellenführer Leicester"), after
    "gegen", "bei" or "über" right after a score ("mit 5:1 gegen
    Newcastle"), after "zu", "nach" or "von" after a word of a transfer
    ("wechselte nach Augsburg"); a town the gazetteer knows one club of also
    after "gegen" or "beim" ("gegen Köln"), or where the model took it for an
    organisation ("Chelsea wärmte sich auf"). Only in an article about a
    sport.

    Example
    -------
    >>> import spacy
    >>> doc = spacy.blank("de")("Der Stürmer traf per Kopfball beim 3:1 gegen Köln.")
    >>> text = doc.text + " Der Trainer war zufrieden."
    >>> town_club(doc, 8, "LOC", gazetteer.lookup("Köln"), text)[1].name
    '1. FC Köln'
    """
    if entry is not None and entry.kind not in _TOWNS:
        return False, None
    if not is_sports_report(text):
        return False, None
    club = gazetteer.club_of_town(doc[start].text, text)
    if club is None and (entry is None or entry.kind != "city"):
        # no club the gazetteer knows, and no city: a region or a constituent
        # country ("Transfer nach England") is no club of its own
        return False, None
    prev = doc[start - 1].text if start > 0 else ""
    cue = prev.lower()
    if is_standing_noun(prev) or (
        cue in OPPONENT_WORDS
        and any(is_score(doc[k].text) for k in range(max(0, start - 4), start - 1))
    ):
        return True, club
    if club is not None and (label == "ORG" or cue in ("gegen", "beim")):
        return True, club
    if cue in ("zu", "nach", "von") and any(
        t.lower_.startswith(TRANSFER_STEMS) for t in doc[max(0, start - 5) : start - 1]
    ):
        return True, club  # "wechselte er nach Augsburg", "Transfer zu Brentford"
    return False, None


def compound_club(word: str, text: str) -> tuple[str, gazetteer.Entry | None] | None:
    """The club a compound names by its town or its name before a noun of its
    people or games ("Köln-Trainer", "Bayern-Profis", "Rapid-Spiel"), in an
    article ``text`` about a sport: (the name as written, the club's entry or
    ``None`` where the gazetteer knows no club of the town); else ``None``.

    Example
    -------
    >>> text = "Der Stürmer traf per Kopfball, der Trainer jubelte."
    >>> compound_club("Bayern-Profis", text)[1].name
    'FC Bayern München'
    """
    head, _, rest = word.partition("-")
    if not rest or "-" in rest or not head[:1].isupper() or not head.isalpha():
        return None
    if not is_club_member_noun(rest) or not is_sports_report(text):
        return None
    entry = gazetteer.lookup(head)
    if entry is not None and entry.label == "ORG":
        return (head, entry) if entry.kind == "sport" else None
    if entry is None or entry.kind not in _TOWNS or entry.code is None:
        return None
    return head, gazetteer.club_of_town(head, text)
