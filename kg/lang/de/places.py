"""German words around place names: the prepositions that introduce a place and
the nouns that make a name next to them a place or a city.

Example
-------
>>> "Bürgermeister" in CITY_NOUNS, "stadt" in PLACE_NOUNS
(True, True)
"""

from __future__ import annotations

__all__ = ["CITY_NOUNS", "PLACE_NOUNS", "PLACE_PREPOSITIONS"]

# nouns that make a capital's genitive the city itself
CITY_NOUNS = frozenset(
    {
        "Bürgermeister",
        "Bürgermeisterin",
        "Oberbürgermeister",
        "Oberbürgermeisterin",
        "Stadtrat",
        "Stadtregierung",
        "Stadtverwaltung",
        "Altstadt",
        "Innenstadt",
        "Zentrum",
        "Einwohner",
        "Einwohnerinnen",
        "Bürger",
        "Bevölkerung",
        "Straßen",
        "Flughafen",
        "Bahnhof",
        "Hafen",
        "Universität",
        "Vororte",
        "Stadtteil",
        "Stadtteile",
        "Polizei",
        "Befreiung",
        "Eroberung",
        "Belagerung",
        "Bombardierung",
        "Norden",
        "Süden",
        "Osten",
        "Westen",
        "Umgebung",
        "Stadtrand",
        "Krankenhäuser",
    }
)

PLACE_PREPOSITIONS = frozenset(
    {"in", "im", "nach", "aus", "bei", "von", "vor", "nahe", "um"}
)


# nouns after which a name is a place: "die syrische Stadt Raqqa"
PLACE_NOUNS = frozenset(
    {
        "stadt",
        "hauptstadt",
        "provinz",
        "region",
        "dorf",
        "ortschaft",
        "gemeinde",
        "kleinstadt",
        "großstadt",
        "hafenstadt",
        "grenzstadt",
        "bezirk",
        "bundesstaat",
    }
)
