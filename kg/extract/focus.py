"""The one country an article is about, if it clearly has one: it gives a bare
national post ("Präsident") its country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span

from kg.extract.records import Entity, Kind, entity_key
from kg.extract.view import DocView
from kg.nlp import gazetteer

__all__ = [
    "STATE_BODIES",
    "country_scores",
    "dateline_country",
    "dateline_end",
    "focus_city",
    "focus_country",
    "focus_land",
    "focus_org",
]

#: gazetteer kinds of organisations that belong to one state's politics: their
#: mentions say which country a report is about (media and companies do not:
#: the Austrian STANDARD reports on every country, firms trade abroad)
STATE_BODIES = frozenset({"party", "gov", "parliament", "court", "military"})


def dateline_end(view: DocView, sent: Span) -> int | None:
    """The first token after the dateline that opens ``sent`` ("Wien – Die
    Regierung ...", "Warschau/Moskau – ..."): names, "/" and a dash; ``None``
    when it opens with none."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 3 or not view.key(toks[0].i):
        return None
    j = 1
    while j < len(toks) and (toks[j].text == "/" or view.key(toks[j].i)):
        j += 1
    if j < len(toks) and toks[j].text in ("–", "-", "—"):
        return toks[j].i + 1
    return None


def dateline_country(view: DocView) -> str | None:
    """The country of the dateline that opens the report
    (:func:`dateline_end`): the first city's country."""
    for sent in view.sents[:4]:
        if dateline_end(view, sent) is None:
            continue
        k = view.key(next(t for t in sent if not t.is_space).i)
        e = view.entities.get(k) if k else None
        if e is not None and e.place_kind == "city" and e.contained_in:
            return e.contained_in
    return None


def focus_country(
    entities: Iterable[Entity], dateline: str | None = None
) -> str | None:
    """The one country an article is about, if it clearly has one.

    Each mention of a country (name, adjective, compound prefix), of a city in
    it or of one of its parties and state bodies (``STATE_BODIES``: a domestic
    report names "SPÖ" and "Innenministerium" more often than "Österreich")
    counts once, the country of the dateline ("Wien – ...") three more; the
    leader needs at least three and twice the runner-up.
    """
    ranked = country_scores(entities, dateline).most_common(2)
    if not ranked:
        return None
    top, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 3 and n >= 2 * runner_up else None


def country_scores(
    entities: Iterable[Entity], dateline: str | None = None
) -> Counter[str]:
    """country key -> how often the article names it (:func:`focus_country`)."""
    score: Counter[str] = Counter()
    if dateline is not None:
        score[dateline] += 3
    for e in entities:
        if e.kind != Kind.PLACE:
            continue
        if e.place_kind == "country":
            score[e.key] += len(e.mentions)
        elif e.contained_in:
            score[e.contained_in] += len(e.mentions)
    for e in entities:
        if e.kind == Kind.ORG and e.org_kind in STATE_BODIES and e.country_code:
            country = gazetteer.country_by_code(e.country_code)
            if country is not None:
                score[entity_key(Kind.PLACE, country.name)] += len(e.mentions)
    return score


def focus_land(entities: Iterable[Entity], federations: Iterable[str]) -> str | None:
    """The one Land (a region of a federation in ``federations``, by name) an
    article names, or the one it names at least twice and twice as often as any
    other: a bare "Landeshauptmann" or "Landesrat" in it is that Land's.

    Example: a report naming Oberösterreich three times and Salzburg once is
    about Oberösterreich; one naming Tirol and Salzburg once each is about
    neither.
    """
    feds = set(federations)
    score: Counter[str] = Counter()
    for e in entities:
        if e.kind != Kind.PLACE or e.place_kind != "region" or not e.country_code:
            continue
        country = gazetteer.country_by_code(e.country_code)
        if country is not None and country.name in feds:
            score[e.key] += len(e.mentions)
    return _leader(score)


def focus_city(entities: Iterable[Entity]) -> str | None:
    """The one city an article names, or the one it names at least twice and
    twice as often as any other: a bare "Bürgermeister" or "Stadträtin" in it
    is that city's.

    Example: a report naming Linz three times and Wien once is about Linz; one
    naming Graz and Linz once each is about neither.
    """
    score: Counter[str] = Counter()
    for e in entities:
        if e.kind == Kind.PLACE and e.place_kind == "city":
            score[e.key] += len(e.mentions)
    return _leader(score)


def focus_org(entities: Iterable[Entity], org_kind: str) -> str | None:
    """The organisation of ``org_kind`` ("company", "sport") an article is
    about: named at least three times and twice as often as any other of its
    kind. A bare "Konzernchef" in a report on one firm is that firm's."""
    score: Counter[str] = Counter(
        {
            e.key: len(e.mentions)
            for e in entities
            if e.kind == Kind.ORG and e.org_kind == org_kind
        }
    )
    return _leader(score, alone=3)


def _leader(score: Counter[str], alone: int = 1) -> str | None:
    """The key of ``score`` counted at least twice and twice as often as any
    other; a key with no rival needs ``alone`` counts."""
    ranked = score.most_common(2)
    if not ranked:
        return None
    top, n = ranked[0]
    if len(ranked) == 1:
        return top if n >= alone else None
    return top if n >= max(2, alone) and n >= 2 * ranked[1][1] else None
