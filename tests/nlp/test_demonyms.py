"""Country adjectives, inhabitant nouns and compound prefixes (kg.nlp.gazetteer)."""

from __future__ import annotations

import pytest

from kg.nlp import gazetteer


@pytest.mark.parametrize(
    ("word", "country"),
    [
        # adjectives in every case form, and capitalised (sentence start, names)
        ("russisch", "Russland"),
        ("russische", "Russland"),
        ("russischer", "Russland"),
        ("russisches", "Russland"),
        ("russischen", "Russland"),
        ("russischem", "Russland"),
        ("Russische", "Russland"),
        ("ukrainischen", "Ukraine"),
        ("amerikanische", "USA"),
        ("US-amerikanischen", "USA"),
        ("deutsche", "Deutschland"),
        ("palästinensischen", "Palästina"),
        ("israelische", "Israel"),
        ("chinesischer", "China"),
        ("französischen", "Frankreich"),
        ("britische", "Vereinigtes Königreich"),
        ("österreichischen", "Österreich"),
        ("türkischen", "Türkei"),
        ("syrischen", "Syrien"),
        ("iranische", "Iran"),
        ("belarussischen", "Belarus"),
        ("weißrussischen", "Belarus"),
        ("nordkoreanische", "Nordkorea"),
        ("saudi-arabischen", "Saudi-Arabien"),
        ("Schweizer", "Schweiz"),
        # inhabitant nouns, plural and feminine
        ("Russen", "Russland"),
        ("Russin", "Russland"),
        ("Amerikaner", "USA"),
        ("Amerikanerinnen", "USA"),
        ("Palästinenser", "Palästina"),
        ("Israelis", "Israel"),
        ("Franzosen", "Frankreich"),
        ("Französin", "Frankreich"),
        ("Briten", "Vereinigtes Königreich"),
        ("Ukrainerin", "Ukraine"),
        ("Deutschen", "Deutschland"),
        ("Polen", "Polen"),
        ("Ungarn", "Ungarn"),
        # country names and their genitive
        ("Russlands", "Russland"),
        ("USA", "USA"),
        # hyphenated compounds: the first part
        ("US-Außenminister", "USA"),
        ("US-Außenministerin", "USA"),
        ("US-Truppen", "USA"),
        ("Ukraine-Konflikt", "Ukraine"),
        ("Ukraine-", "Ukraine"),
        ("China-Reise", "China"),
        ("UK-Regierung", "Vereinigtes Königreich"),
        ("Palästinenser-Präsident", "Palästina"),
        # closed compounds
        ("Palästinenserpräsident", "Palästina"),
        ("Russlandreise", "Russland"),
        ("Ukrainekrieg", "Ukraine"),
        ("Chinapolitik", "China"),
    ],
)
def test_country_of(word, country):
    entry = gazetteer.country_of(word)
    assert entry is not None, word
    assert entry.name == country and entry.kind == "country" and entry.label == "LOC"


@pytest.mark.parametrize(
    "word",
    [
        "Russisch",  # the language, not the country
        "westlichen",
        "europäische",  # a continent, not a country
        "kurdischen",  # a people without a state
        "arabische",
        "Außenminister",
        "Regierung",
        "Nicht-NATO-Erweiterung",  # first part names nothing
        "NATO-Russland-Rat",  # an organisation, not Russia
        "Kreml-Sprecher",  # an organisation, not a country
        "EU-Kommission",
        "Genf",  # a city, not a country
        "Malik",  # "Mali" + a two-letter rest is no compound
        "Italienisch",  # the language, not "Italien" + "isch"
        "Mexiko-Stadt",  # a city of its own
        "Baden-Württemberg",  # a region of its own
        "Romane",
        "Chilene" + "x",  # no such form
        "",
    ],
)
def test_country_of_none(word):
    assert gazetteer.country_of(word) is None


def test_countries_of_bilateral_adjectives():
    names = [e.name for e in gazetteer.countries_of("deutsch-russischen")]
    assert names == ["Deutschland", "Russland"]
    names = [e.name for e in gazetteer.countries_of("US-russische")]
    assert names == ["USA", "Russland"]
    names = [e.name for e in gazetteer.countries_of("US-amerikanische")]
    assert names == ["USA"]  # one country, named twice


def test_prefix_entry_reads_organisations_too():
    assert gazetteer.prefix_entry("Kreml-Sprecher").name == "Kreml"
    assert gazetteer.prefix_entry("Kreml-Sprecher").label == "ORG"
    assert gazetteer.prefix_entry("EU-Kommissar").name == "EU"
    assert gazetteer.prefix_entry("NATO-Generalsekretär").name == "NATO"
    assert gazetteer.prefix_entry("US-Außenminister").name == "USA"
    assert gazetteer.prefix_entry("Palästinenserpräsident").name == "Palästina"
    assert gazetteer.prefix_entry("Ex-Minister") is None


def test_about_150_countries_have_adjectives():
    g = gazetteer.load()
    countries = {e.code for e in g._demonyms.values()}
    assert len(countries) >= 150


def test_demonyms_never_name_two_countries():
    # loading raises on a conflict; check a few shared-looking forms explicitly
    assert gazetteer.country_of("Nigerianer").name == "Nigeria"
    assert gazetteer.country_of("nigrische").name == "Niger"
    assert gazetteer.country_of("Nordkoreaner").name == "Nordkorea"
    assert gazetteer.country_of("Südkoreaner").name == "Südkorea"
