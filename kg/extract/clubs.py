"""Sports clubs that news names by their town: "Köln-Trainer Peter Stöger",
"Bayern-Profis", "ein 5:1 gegen Newcastle", "Tabellenführer Leicester". The
gazetteer resolves the town to a place; in an article about a sport
(:func:`kg.lang.de.clubs.is_sports_report`) these words make it the club
(:func:`kg.nlp.gazetteer.club_of_town`), or an organisation of that name where
the gazetteer knows no club of the town ("0:1 gegen Gijon")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from kg.lang.de.clubs import (
    CLUB_PREFIXES,
    OPPONENT_WORDS,
    TRANSFER_STEMS,
    is_club_member_noun,
    is_score,
    is_sports_report,
    is_standing_noun,
)
from kg.lang.de.places import PLACE_PREPOSITIONS
from kg.nlp import gazetteer
from kg.nlp.lexicon import is_common_noun_only

__all__ = [
    "bare_club",
    "club_prefix_before",
    "compound_club",
    "town_club",
    "untagged_clubs",
]

_TOWNS = frozenset({"city", "region"})

#: articles and their contractions before a common noun ("den Sturm", "zum
#: Sturm"), where the model reads a club it missed as a word of the language
_ARTICLES = frozenset(
    "der die das dem den des ein eine einem einen eines einer im am vom zum zur "
    "beim".split()
)


def town_club(
    doc: Doc, start: int, label: str, entry: gazetteer.Entry | None, text: str
) -> tuple[bool, gazetteer.Entry | None]:
    """Whether the town ``entry`` (``None``: a word the gazetteer knows only
    as a club's town, "Ried") named by the one word at token ``start`` (the
    model's ``label``) of the article ``text`` is a club there, and the club's
    entry if the gazetteer knows it.

    A club: after a standings noun ("Tabellenführer Leicester"), before its
    record in a table ("Gent (7 Punkte)", "Porto (9/6:10)"), after
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
    if _table_record(doc, start + 1):
        return True, club  # "Gent (7 Punkte)": its record in the table
    if club is not None and (label == "ORG" or cue in ("gegen", "beim")):
        return True, club
    if cue in ("zu", "nach", "von") and any(
        t.lower_.startswith(TRANSFER_STEMS) for t in doc[max(0, start - 5) : start - 1]
    ):
        return True, club  # "wechselte er nach Augsburg", "Transfer zu Brentford"
    return False, None


def _table_record(doc: Doc, k: int) -> bool:
    """Token ``k`` opens a club's record in a table: "(7 Punkte)", "(9/6:10)"."""
    if k + 2 >= len(doc) or doc[k].text != "(" or not doc[k + 1].like_num:
        return False
    return doc[k + 2].text == "/" or doc[k + 2].lower_.startswith("punkt")


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
    if entry is None:
        # "Austria-Kapitän", "Grödig-Trainer": a nickname or the last word of
        # a club of the article's sport
        club = gazetteer.club_in_context(head, text)
        return None if club is None else (head, club)
    if entry is not None and entry.label == "ORG":
        return (head, entry) if entry.kind == "sport" else None
    if entry is None or entry.kind not in _TOWNS or entry.code is None:
        return None
    return head, gazetteer.club_of_town(head, text)


def bare_club(doc: Doc, i: int, text: str) -> gazetteer.Entry | None:
    """The club of the sport the article ``text`` is about that the one word
    at token ``i`` names by a nickname or the last word of its name, where
    the model took it for a person or a place ("Grödig empfängt Sturm",
    "beim Lokalrivalen Austria", "die Austria") or a club the gazetteer knows
    by that word ("Admira"); ``None`` for a word the gazetteer knows as
    something else and after a place preposition ("in Grödig":
    the village).

    Example
    -------
    >>> import spacy
    >>> text = "Der Stürmer traf per Kopfball, Elfmeter in der Halbzeit."
    >>> doc = spacy.blank("de")("Gegen die Austria verlor er.")
    >>> bare_club(doc, 2, text).name
    'FK Austria Wien'
    """
    word = doc[i].text
    if i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS:
        return None
    if not word[:1].isupper():
        return None
    entry = gazetteer.lookup(word)
    if entry is not None:
        sport = entry.kind == "sport" and is_sports_report(text)
        return entry if sport else None
    # "schlugen Altach": the one club of a town the gazetteer knows no place of
    return gazetteer.club_in_context(word, text) or gazetteer.club_of_town(word, text)


def untagged_clubs(
    doc: Doc, skip: Collection[int], text: str
) -> list[tuple[int, gazetteer.Entry | None]]:
    """Clubs the model did not tag, in an article ``text`` about a sport:
    (token, the club's entry or ``None``). A nickname or the last word of a
    club of the sport with no article or adjective before it ("Grödig
    empfängt Sturm"); a capitalised word the lexicon does not call a common
    noun after a score and "gegen", "bei" or "über" ("nach dem 0:1 gegen
    Gijon") or after a word of a transfer and "zu", "nach" or "von" ("vor
    dem Transfer zu Brentford"). Tokens of ``skip`` (in mentions) stay."""
    if not is_sports_report(text):
        return []
    out: list[tuple[int, gazetteer.Entry | None]] = []
    for t in doc:
        i = t.i
        if (
            i == 0
            or i in skip
            or t.ent_type_
            or not t.is_alpha
            or not t.text[:1].isupper()
            or t.is_sent_start
        ):
            continue
        prev = doc[i - 1]
        if (
            prev.pos_ in ("DET", "ADJ", "PRON")
            or prev.lower_ in _ARTICLES
            or prev.lower_ in PLACE_PREPOSITIONS
        ):
            # "verstärkt den Sturm", "im Sturm": the common noun
            club = None
        elif gazetteer.lookup(t.text) is not None and is_common_noun_only(t.text):
            club = None  # "Nationalmannschaft": the common noun too
        else:
            club = bare_club(doc, i, text)
        if club is not None:
            out.append((i, club))
            continue
        cue = prev.lower_
        after_score = cue in OPPONENT_WORDS and any(
            is_score(doc[k].text) for k in range(max(0, i - 4), i - 1)
        )
        transfer = cue in ("zu", "nach", "von") and any(
            s.lower_.startswith(TRANSFER_STEMS) for s in doc[max(0, i - 5) : i - 1]
        )
        if not (after_score or transfer) or is_common_noun_only(t.text):
            continue
        entry = gazetteer.lookup(t.text)
        club = gazetteer.club_of_town(t.text, text)
        if entry is not None and club is None and entry.kind != "city":
            continue  # "der Transfer nach England": no club of its own
        out.append((i, club))
    return out


def club_prefix_before(doc: Doc, i: int) -> bool:
    """Token ``i`` is a club's abbreviation (:data:`CLUB_PREFIXES`) before a
    capitalised word no entity takes: "bei MFK Ruzomberok", where the model
    tagged "MFK" alone."""
    if doc[i].text not in CLUB_PREFIXES or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return (
        nxt.is_alpha
        and nxt.text[:1].isupper()
        and not nxt.ent_type_
        and not nxt.is_sent_start
    )
