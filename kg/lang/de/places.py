"""German words around place names: the prepositions that introduce a place and
the nouns that make a name next to them a place or a city.

Example
-------
>>> "Bürgermeister" in CITY_NOUNS, "stadt" in PLACE_NOUNS
(True, True)
"""

from __future__ import annotations

__all__ = ["CITY_NOUNS", "PLACE_NOUNS", "PLACE_PREPOSITIONS", "SPORTS_NATION_CODES"]

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


#: the three-letter sports nation codes of the IOC (and former ones), as results
#: lists write an athlete's nation: "Marcel Hirscher (AUT)", "Ilkka Herola (FIN)"
SPORTS_NATION_CODES = frozenset(
    "AFG ALB ALG AND ANG ANT ARG ARM ARU ASA AUS AUT AZE BAH BAN BAR BDI BEL BEN BER "
    "BHU BIH BIZ BLR BOL BOT BRA BRN BRU BUL BUR CAF CAM CAN CAY CGO CHA CHI CHN CIV CMR COD "
    "COK COL COM CPV CRC CRO CUB CYP CZE DEN DJI DMA DOM ECU EGY ERI ESA ESP EST ETH FIJ FIN "
    "FRA FSM GAB GAM GBR GBS GEO GEQ GER GHA GRE GRN GUA GUI GUM GUY HAI HKG HON HUN INA IND "
    "IRI IRL IRQ ISL ISR ISV ITA IVB JAM JOR JPN KAZ KEN KGZ KIR KOR KOS KSA KUW LAO LAT LBA "
    "LBN LBR LCA LES LIE LTU LUX MAD MAR MAS MAW MDA MDV MEX MGL MHL MKD MLI MLT MNE MON MOZ "
    "MRI MTN MYA NAM NCA NED NEP NGR NIG NOR NRU NZL OMA PAK PAN PAR PER PHI PLE PLW PNG POL "
    "POR PRK PUR QAT ROU RSA RUS RWA SAM SEN SEY SGP SKN SLE SLO SMR SOL SOM SRB SRI SSD STP "
    "SUD SUI SUR SVK SWE SWZ SYR TAN TGA THA TJK TKM TLS TOG TPE TTO TUN TUR TUV UAE UGA UKR "
    "URU USA UZB VAN VEN VIE VIN YEM ZAM ZIM ROC RPC OAR AIN IOA FRG GDR URS YUG SCG TCH".split()
)
