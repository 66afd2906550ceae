"""German words around place names: the prepositions that introduce a place and
the nouns that make a name next to them a place or a city.

Example
-------
>>> "Bürgermeister" in CITY_NOUNS, "stadt" in PLACE_NOUNS
(True, True)
"""

from __future__ import annotations

from kg.lang.de.grammar import adjective_stem

__all__ = [
    "CITY_ADJECTIVES",
    "city_of_adjective",
    "CITY_NOUNS",
    "VENUE_WORDS",
    "CONFERENCE_CITIES",
    "SEAT_BUILDINGS",
    "TOWN_ADJECTIVE_VENUE_ENDINGS",
    "TOWN_VENUES",
    "UNION_SEATS",
    "PLACE_NAME_CUES",
    "SETTLEMENT_ENDINGS",
    "NOT_SETTLEMENTS",
    "PLACE_NAME_HEADS",
    "PLACE_NOUNS",
    "PLACE_PREPOSITIONS",
    "DEMONYM_PLACES",
    "REGION_ADJECTIVES",
    "SPORTS_NATION_CODES",
    "demonym_places",
]

#: first words of the name of a building that hosts meetings ("Schloss
#: Bellevue", "Villa Madama", "Palais Coburg", "Casa Rosada"): a name that
#: starts with one is a place, whatever the model took it for
VENUE_WORDS = frozenset(
    {
        "Schloss",
        "Palais",
        "Palazzo",
        "Palacio",
        "Palácio",
        "Villa",
        "Casa",
        "Château",
        "Chateau",
    }
)

#: capitals where states meet on neutral ground, at the seats of international
#: bodies ("traf in Genf mit Außenminister X zusammen"): a minister met there
#: is not thereby the host state's
CONFERENCE_CITIES = frozenset(
    {"Genf", "Wien", "Brüssel", "Straßburg", "Den Haag", "Luxemburg", "New York"}
)

#: canonical names (as in the organisation gazetteer) of seats of government
#: that are buildings or streets: the body speaks through them ("das Weiße Haus
#: teilte mit"), but "im Weißen Haus", "in der Downing Street" is a place; so is
#: a chancellery ("im Bundeskanzleramt", whichever country's it is)
SEAT_BUILDINGS = frozenset(
    {
        "Weißes Haus",
        "Élysée-Palast",
        "Kreml",
        "Downing Street",
        "Bundeskanzleramt",
        "Kanzleramt",
    }
)

#: buildings of a town's or a Land's politics and economy named without their
#: town, as the words after "im" or "in der" ("im Rathaus", "im Landhaus", "im
#: Haus der Industrie"): a meeting there is in the town the report is from
TOWN_VENUES = frozenset(
    {
        ("Rathaus",),
        ("Landhaus",),
        ("Parlament",),
        ("Parlamentsgebäude",),
        ("Hohen", "Haus"),
        ("Gemeindeamt",),
        ("Stadtamt",),
        ("Amtshaus",),
        ("Landhaussaal",),
        ("Haus", "der", "Industrie"),
        ("Haus", "der", "Wirtschaft"),
        # a chancellery the model left untagged (tagged: SEAT_BUILDINGS)
        ("Kanzleramt",),
        ("Bundeskanzleramt",),
    }
)

#: endings of the buildings and offices that a town's adjective places in that
#: town ("ins Prager Außenministerium", "im Wiener Hotel Imperial", "im Berliner
#: Kanzleramt"): a meeting there is held in the town
TOWN_ADJECTIVE_VENUE_ENDINGS = (
    "ministerium",
    "amt",
    "haus",
    "palast",
    "palais",
    "schloss",
    "saal",
    "hotel",
    "residenz",
    "gebäude",
)

#: capitals that stand for an international body seated there rather than for
#: their state ("die Kritik aus Brüssel": the EU, not Belgien)
UNION_SEATS = frozenset({"Brüssel"})

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


#: heads of compounds after which a name is a place ("die Mittelmeerinsel
#: Giglio", "des Grenzdorfes Chamilo", "die Jihadistenhochburg Raqqa"), and
#: words a place name follows ("im Raum Leibnitz", "in Richtung Lofer")
PLACE_NAME_HEADS = ("stadt", "dorf", "dorfes", "gemeinde", "insel", "oase", "hochburg")
PLACE_NAME_CUES = frozenset({"raum", "richtung"})

#: nouns of a settlement besides :data:`PLACE_NOUNS` and
#: :data:`PLACE_NAME_HEADS` (lower case; the last parts of compounds) after
#: which a name is a place and no organisation: "die Metropole Aleppo", "die
#: Siedlung Otniel", "die Altstadt von Sada"
SETTLEMENT_ENDINGS = ("metropole", "siedlung", "stadt", "dorf", "dorfes", "insel")
#: compounds of :data:`SETTLEMENT_ENDINGS` that name no settlement
NOT_SETTLEMENTS = frozenset({"ansiedlung", "besiedlung"})


# adjectives of Länder, states and cantons (lower-case stems, as
# kg.lang.de.grammar.adjective_stem gives them) -> the region's name: "der
# burgenländische Landeshauptmann" holds his post for Burgenland (country
# adjectives are the gazetteer's demonyms)
REGION_ADJECTIVES = {
    "burgenländisch": "Burgenland",
    "kärntnerisch": "Kärnten",
    "niederösterreichisch": "Niederösterreich",
    "oberösterreichisch": "Oberösterreich",
    "salzburgisch": "Salzburg",
    "steirisch": "Steiermark",
    "steiermärkisch": "Steiermark",
    "tirolerisch": "Tirol",
    "vorarlbergisch": "Vorarlberg",
    "wienerisch": "Wien",
    "bayerisch": "Bayern",
    "bairisch": "Bayern",
    "badisch": "Baden-Württemberg",
    "baden-württembergisch": "Baden-Württemberg",
    "brandenburgisch": "Brandenburg",
    "hessisch": "Hessen",
    "niedersächsisch": "Niedersachsen",
    "nordrhein-westfälisch": "Nordrhein-Westfalen",
    "rheinland-pfälzisch": "Rheinland-Pfalz",
    "saarländisch": "Saarland",
    "sächsisch": "Sachsen",
    "schleswig-holsteinisch": "Schleswig-Holstein",
    "thüringisch": "Thüringen",
    "südtirolerisch": "Südtirol",
}

#: demonyms whose place is not the word without "-er" ("der Kärntner
#: Landeshauptmann", "die Steirerin", "so die Burgenländer"), lower case -> the
#: place's name; the regular ones ("Wiener", "Grazer", "Salzburger") are the name
#: plus "-er" (:func:`demonym_places`)
DEMONYM_PLACES = {
    "kärntner": "Kärnten",
    "münchner": "München",
    "münchener": "München",
    # cities whose "-er" word is not their name and "-er": "die Römer
    # Stadtregierung", "die Mailänder Staatsanwaltschaft"
    "römer": "Rom",
    "mailänder": "Mailand",
    "zürcher": "Zürich",
    "basler": "Basel",
    "dresdner": "Dresden",
    "bozner": "Bozen",
    "venezianer": "Venedig",
    "florentiner": "Florenz",
    "genueser": "Genua",
    "hannoveraner": "Hannover",
    "lissabonner": "Lissabon",
    "bremer": "Bremen",
    "pöltner": "St. Pölten",
    "eisenstädter": "Eisenstadt",
    "bregenzer": "Bregenz",
    "klagenfurter": "Klagenfurt",
    "steirer": "Steiermark",
    "burgenländer": "Burgenland",
    "vorarlberger": "Vorarlberg",
    "niederösterreicher": "Niederösterreich",
    "oberösterreicher": "Oberösterreich",
    "tiroler": "Tirol",
    "osttiroler": "Osttirol",
    "südtiroler": "Südtirol",
    "innviertler": "Innviertel",
    "mühlviertler": "Mühlviertel",
    "waldviertler": "Waldviertel",
    "weinviertler": "Weinviertel",
    "pinzgauer": "Pinzgau",
    "pongauer": "Pongau",
    "lungauer": "Lungau",
    "pfälzer": "Pfalz",
    "schwabe": "Schwaben",
    "sachse": "Sachsen",
    "hesse": "Hessen",
    "westfale": "Westfalen",
    "friese": "Friesland",
}


def demonym_places(word: str) -> list[str]:
    """The names of the places a capitalised demonym ``word`` may stand for, most
    likely first: the table's ("Kärntner" -> Kärnten, "Pöltner" -> St. Pölten),
    else the word without "-er" ("Wiener" -> Wien) and, for "-ner", with "-en"
    ("Badner" -> Baden); none for other words. The caller asks the gazetteer
    which of them is a place.

    >>> demonym_places("Wiener"), demonym_places("Steirer"), demonym_places("Kunst")
    (['Wien'], ['Steiermark'], [])
    """
    low = word.lower()
    if low in DEMONYM_PLACES:
        return [DEMONYM_PLACES[low]]
    if len(low) < 5 or not low.endswith("er") or not low.isalpha():
        return []
    stems = [low[:-2]]
    if low.endswith("ner") and low[-4] not in "aeiouäöü":
        stems.append(low[:-3] + "en")  # "Kärntner", not "Wiener"
    return [stem[:1].upper() + stem[1:] for stem in stems]


#: the three-letter sports nation codes of the IOC (and former ones), as results
#: lists write an athlete's nation: "Marcel Hirscher (AUT)", "Ilkka Herola (FIN)"
SPORTS_NATION_CODES = frozenset(
    "AFG ALB ALG AND ANG ANT ARG ARM ARU ASA AUS AUT AZE BAH BAN BAR BDI BEL BEN BER "
    "BHU BIH BIZ BLR BOL BOT BRA BRN BRU BUL BUR CAF CAM CAN CAY CGO CHA CHI CHN CIV "
    "CMR COD COK COL COM CPV CRC CRO CUB CYP CZE DEN DJI DMA DOM ECU EGY ERI ESA ESP "
    "EST ETH FIJ FIN FRA FSM GAB GAM GBR GBS GEO GEQ GER GHA GRE GRN GUA GUI GUM GUY "
    "HAI HKG HON HUN INA IND IRI IRL IRQ ISL ISR ISV ITA IVB JAM JOR JPN KAZ KEN KGZ "
    "KIR KOR KOS KSA KUW LAO LAT LBA LBN LBR LCA LES LIE LTU LUX MAD MAR MAS MAW MDA "
    "MDV MEX MGL MHL MKD MLI MLT MNE MON MOZ MRI MTN MYA NAM NCA NED NEP NGR NIG NOR "
    "NRU NZL OMA PAK PAN PAR PER PHI PLE PLW PNG POL POR PRK PUR QAT ROU RSA RUS RWA "
    "SAM SEN SEY SGP SKN SLE SLO SMR SOL SOM SRB SRI SSD STP SUD SUI SUR SVK SWE SWZ "
    "SYR TAN TGA THA TJK TKM TLS TOG TPE TTO TUN TUR TUV UAE UGA UKR URU USA UZB VAN "
    "VEN VIE VIN YEM ZAM ZIM ROC RPC OAR AIN IOA FRG GDR URS YUG SCG TCH".split()
)


#: lower-case adjectives of cities that are not the city's name and "-isch"
#: ("die römische Staatsanwaltschaft"), stem -> the city's name
CITY_ADJECTIVES = {
    "römisch": "Rom",
    "venezianisch": "Venedig",
    "neapolitanisch": "Neapel",
    "florentinisch": "Florenz",
    "mailändisch": "Mailand",
}


def city_of_adjective(word: str) -> str | None:
    """The place an adjective names whose form is not the place's name and
    "-er" (:data:`DEMONYM_PLACES`: "Römer", "Mailänder", "Kärntner") or a
    lower-case city adjective of :data:`CITY_ADJECTIVES` ("römischen");
    else ``None``.

    >>> [city_of_adjective(w) for w in ("römischen", "Zürcher", "Wiener")]
    ['Rom', 'Zürich', None]
    """
    if word[:1].isupper():
        return DEMONYM_PLACES.get(word.lower()) if word.endswith("er") else None
    return CITY_ADJECTIVES.get(adjective_stem(word))
