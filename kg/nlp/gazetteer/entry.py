"""What the gazetteer knows of a named thing (:class:`Entry`), and what an article
says about where it is (:class:`Context`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from kg.errors import InputError

DATA_DIR = Path(str(files("kg"))) / "data" / "gazetteer"

LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})
PLACE_KINDS = frozenset({"country", "city", "region"})
# Priority when two entries claim one surface form (lower wins).
_RANK = {"org": 0, "country": 1, "region": 2, "city": 3}


@dataclass(frozen=True, slots=True)
class Entry:
    """One named thing the gazetteer knows.

    Attributes
    ----------
    name
        Canonical German name ("Russland", "NATO-Russland-Rat", "Genf").
    label
        NER label: "PER", "ORG", "LOC" or "MISC".
    kind
        "country", "city", "region" for places; "intergov", "gov", "party",
        "media", "company", "armed", "ngo", "court", ... for organisations.
    code
        ISO 3166 alpha-2 code: of the country itself, of the country a city
        or region lies in, of the country an organisation belongs to.
    geonames_id, lat, lon, population
        From GeoNames where known.
    aliases
        The other explicit surface forms (not the generated inflections).
    names
        For cities: the number of GeoNames alternate names (how widely known).
    """

    name: str
    label: str
    kind: str
    code: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    aliases: tuple[str, ...] = ()
    names: int | None = None

    def __post_init__(self) -> None:
        if not self.name or self.name != self.name.strip():
            raise InputError(
                f"gazetteer entry: expected a trimmed name, got {self.name!r}"
            )
        if self.label not in LABELS:
            raise InputError(
                f"gazetteer entry {self.name!r}: expected label in {sorted(LABELS)}, "
                f"got {self.label!r}"
            )
        if self.code is not None and not re.fullmatch(r"[A-Z]{2}", self.code):
            raise InputError(
                f"gazetteer entry {self.name!r}: expected an ISO 3166 alpha-2 code, "
                f"got {self.code!r}"
            )


@dataclass(frozen=True, slots=True)
class Context:
    """What an article says about where it is: the ISO codes of the countries
    (and of the places) it names, and the coordinates of the cities it names
    without doubt."""

    codes: frozenset[str] = frozenset()
    points: tuple[tuple[float, float], ...] = ()
    #: the country the article names most often (its places, adjectives and
    #: inhabitant nouns, and with :func:`with_organisations` its parties and
    #: state bodies), if one is named more often than any other
    about: str | None = None
    #: how often its places name each country: ``(("AT", 5), ("DE", 1))``
    counts: tuple[tuple[str, int], ...] = ()
    #: how often its parties, parliaments and state bodies name each country
    #: (:func:`with_organisations`): ``(("DE", 2),)``
    national: tuple[tuple[str, int], ...] = ()
    #: the organisations it names by a form that is not named by country
    #: ("EU" of "EU", "Europäische Union"), and how often
    orgs: tuple[tuple[str, int], ...] = ()
    #: acronyms it names as an organisation of their own, with the kind the
    #: noun before one of them gives ("der Geheimdienst MIT": ``(("MIT",
    #: "gov"),)``), where the gazetteer's entry of that acronym is of another
    #: kind (:meth:`Gazetteer.own_acronym`)
    own: tuple[tuple[str, str], ...] = ()


# organisations that speak for their country's politics (not media, companies)


_NATIONAL_KINDS = frozenset({"party", "gov", "parliament", "court", "union"})


def _most(counts: Counter[str]) -> str | None:
    """The key counted most, if strictly more than any other."""
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _as_context(items: Iterable[str | Entry]) -> Context:
    codes: Counter[str] = Counter()
    points: list[tuple[float, float]] = []
    for item in items:
        if isinstance(item, str):
            codes[item.upper()] += 1
        elif item.code is not None:
            codes[item.code] += 1
            if item.kind == "city" and item.lat is not None:
                points.append((item.lat, item.lon or 0.0))
    return Context(
        frozenset(codes), tuple(points), _most(codes), tuple(sorted(codes.items()))
    )
