"""Surface forms: normalising, folding diacritics, spelling variants, territory
nouns ("Provinz Aleppo"), distances between places."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator

#: A candidate this close to a city the article names is near it.
NEAR_KM = 60.0

# German nouns of territories that share a city's name: "Provinz Aleppo",
# "Region Odessa", "Bundesstaat Washington"; the base form names the region.
_TERRITORY_NOUNS = {
    "provinz": "Provinz",
    "region": "Region",
    "bundesstaat": "Bundesstaat",
    "us-bundesstaat": "Bundesstaat",
    "gouvernement": "Gouvernement",
    "bezirk": "Bezirk",
    "distrikt": "Distrikt",
    "departement": "Departement",
    "département": "Departement",
    "kanton": "Kanton",
    "bundesland": "Bundesland",
    "landkreis": "Landkreis",
    "oblast": "Oblast",
    "grenzregion": "Region",
    "grenzprovinz": "Provinz",
}


def _territory_noun(word: str) -> str | None:
    low = word.lower()
    if low in _TERRITORY_NOUNS:
        return _TERRITORY_NOUNS[low]
    for end in ("en", "es", "s", "n"):  # "der Provinzen", "des Bundesstaates"
        if low.endswith(end) and low[: -len(end)] in _TERRITORY_NOUNS:
            return _TERRITORY_NOUNS[low[: -len(end)]]
    # compounds: "Südprovinz", "Nordregion" (not "Hauptstadt")
    for key, noun in _TERRITORY_NOUNS.items():
        if "-" not in key and low.endswith(key) and len(low) > len(key) + 2:
            return noun
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _fold(text: str) -> str:
    """Diacritics off: "Diyarbakır" -> "Diyarbakir", "São Paulo" -> "Sao Paulo"
    (German umlauts too, so a folded form never shadows a German one)."""
    text = text.replace("ı", "i").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _normalise(surface: str) -> str:
    if surface.isalnum():  # most words: nothing to normalise
        return surface
    text = " ".join(surface.split()).replace("’", "'").replace("\u00ad", "")
    return text


def _variants(text: str) -> Iterator[str]:
    """Other spellings to try when the form itself is unknown."""
    if text.endswith("'"):  # "Paris'"
        yield text[:-1]
    if text.endswith("s") and len(text) > 3:
        yield text[:-1]
    if text.endswith("es") and len(text) > 4:
        yield text[:-2]
    if text.istitle() and text.isalpha() and len(text) >= 3:
        yield text.upper()  # "Nato", "Opec" -> acronym (lookup only)
    if text.isupper() and len(text) >= 4:
        yield text[0] + text[1:].lower()  # headline caps: "RUSSLAND"
