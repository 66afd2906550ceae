"""kg.nlp.gazetteer (data + lookup) and the kg_gazetteer spaCy component."""

from __future__ import annotations

import shutil

import pytest
import spacy
from spacy.tokens import Doc, Span

import kg.nlp.components.gazetteer  # noqa: F401  (registers kg_gazetteer)
from kg.errors import InputError
from kg.nlp import gazetteer
from kg.nlp.gazetteer import DATA_DIR, Entry, Gazetteer

# --- lookup ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "name", "label", "kind"),
    [
        # German names of countries, CLDR and curated forms, with genitives
        ("Russland", "Russland", "LOC", "country"),
        ("Russlands", "Russland", "LOC", "country"),
        ("Deutschlands", "Deutschland", "LOC", "country"),
        ("Chinas", "China", "LOC", "country"),
        ("USA", "USA", "LOC", "country"),
        ("Vereinigte Staaten", "USA", "LOC", "country"),
        ("Vereinigten Staaten", "USA", "LOC", "country"),
        ("Großbritannien", "Vereinigtes Königreich", "LOC", "country"),
        ("Russische Föderation", "Russland", "LOC", "country"),
        ("Weißrussland", "Belarus", "LOC", "country"),
        ("Elfenbeinküste", "Elfenbeinküste", "LOC", "country"),
        ("Côte d’Ivoire", "Elfenbeinküste", "LOC", "country"),
        ("Tschechien", "Tschechien", "LOC", "country"),
        # cities under their German names
        ("Genf", "Genf", "LOC", "city"),
        ("Wien", "Wien", "LOC", "city"),
        ("Brüssel", "Brüssel", "LOC", "city"),
        ("Kiew", "Kiew", "LOC", "city"),
        ("Moskau", "Moskau", "LOC", "city"),
        ("Peking", "Peking", "LOC", "city"),
        ("Den Haag", "Den Haag", "LOC", "city"),
        ("Warschau", "Warschau", "LOC", "city"),
        ("Rom", "Rom", "LOC", "city"),
        ("Mailand", "Mailand", "LOC", "city"),
        ("Lissabon", "Lissabon", "LOC", "city"),
        ("München", "München", "LOC", "city"),
        ("Geneva", "Genf", "LOC", "city"),  # the main GeoNames name stays an alias
        ("Washingtons", "Washington", "LOC", "city"),  # the capital's genitive
        ("Moskaus", "Moskau", "LOC", "city"),
        ("Kiews", "Kiew", "LOC", "city"),
        ("Paris'", "Paris", "LOC", "city"),
        # regions
        ("Osteuropa", "Osteuropa", "LOC", "region"),
        ("Nahost", "Naher Osten", "LOC", "region"),
        ("Nahen Osten", "Naher Osten", "LOC", "region"),
        ("Westjordanland", "Westjordanland", "LOC", "region"),
        ("Krim", "Krim", "LOC", "region"),
        # organisations: acronyms, long forms, inflection
        ("NATO", "NATO", "ORG", "intergov"),
        ("Nato", "NATO", "ORG", "intergov"),
        ("NATO-Russland-Rates", "NATO-Russland-Rat", "ORG", "intergov"),
        ("OSZE", "OSZE", "ORG", "intergov"),
        (
            "Organisation für Sicherheit und Zusammenarbeit in Europa",
            "OSZE",
            "ORG",
            "intergov",
        ),
        ("Europäischen Union", "EU", "ORG", "intergov"),
        ("UNO", "Vereinte Nationen", "ORG", "intergov"),
        ("Vereinten Nationen", "Vereinte Nationen", "ORG", "intergov"),
        ("IAEO", "Internationale Atomenergiebehörde", "ORG", "intergov"),
        (
            "Internationalen Währungsfonds",
            "Internationaler Währungsfonds",
            "ORG",
            "intergov",
        ),
        ("Weißen Hauses", "Weißes Haus", "ORG", "gov"),
        ("Bundestages", "Bundestag", "ORG", "parliament"),
        ("Kreml", "Kreml", "ORG", "gov"),
        ("dpa", "dpa", "ORG", "media"),
        ("RIA Nowosti", "RIA", "ORG", "media"),
        ("Al Dschasira", "Al Jazeera", "ORG", "media"),
        ("ÖVP", "ÖVP", "ORG", "party"),
        ("Hisbollah", "Hisbollah", "ORG", "armed"),
        ("Opec", "OPEC", "ORG", "intergov"),  # title-case acronym, looked up
        ("RUSSLAND", "Russland", "LOC", "country"),  # headline capitals
    ],
)
def test_lookup(surface, name, label, kind):
    entry = gazetteer.lookup(surface)
    assert entry is not None, surface
    assert (entry.name, entry.label, entry.kind) == (name, label, kind)


def test_lookup_carries_codes_and_geonames_data():
    genf = gazetteer.lookup("Genf")
    assert genf.code == "CH" and genf.geonames_id == 2660646
    assert 46 < genf.lat < 47 and 6 < genf.lon < 7 and genf.population > 100_000
    assert gazetteer.lookup("Russland").code == "RU"
    assert gazetteer.lookup("Bundestag").code == "DE"
    assert gazetteer.country_by_code("de").name == "Deutschland"
    assert gazetteer.country_by_code("XX") is None


def test_capital_of_for_metonymy():
    assert gazetteer.capital_of(gazetteer.lookup("Washingtons")).name == "USA"
    assert gazetteer.capital_of(gazetteer.lookup("Moskau")).name == "Russland"
    assert gazetteer.capital_of(gazetteer.lookup("Kiews")).name == "Ukraine"
    assert gazetteer.capital_of(gazetteer.lookup("Genf")) is None
    assert gazetteer.capital_of(gazetteer.lookup("Russland")) is None


def test_city_named_like_a_country_gets_its_own_canonical_name():
    # The country keeps "Luxemburg"; the city is distinct, so IRIs differ.
    assert gazetteer.lookup("Luxemburg").kind == "country"
    cities = [e for e in gazetteer.entries() if e.kind == "city" and e.code == "LU"]
    assert "Luxemburg (Stadt)" in {e.name for e in cities}


@pytest.mark.parametrize(
    "surface",
    ["Russisch", "westlichen", "Regierung", "Armee", "Gespräche", "Mosel"],
)
def test_lookup_unknown(surface):
    assert gazetteer.lookup(surface) is None


def test_a_ministry_without_its_country_is_the_generic_row():
    # every country has one: without an article it names no country's
    entry = gazetteer.lookup("Außenministerium")
    assert entry.label == "ORG" and entry.code is None


@pytest.mark.parametrize(
    "surface",
    # ordinary words, first names and surnames: resolvable once a model has
    # labelled them, but never tagged by the gazetteer itself
    [
        "AP",
        "IS",
        "Linke",
        "Grünen",
        "Demokraten",
        "Republikaner",
        "Union",
        "Die Grünen",  # Austrian or German Greens: by the article's country
        "Freiheitlichen",
        "Essen",
        "Halle",
        "Hof",
        "Zug",
        "Nancy",
        "Jackson",
        "Roth",
        "Samaras",
    ],
)
def test_ambiguous_forms_are_lookup_only(surface):
    assert not gazetteer.is_matchable(surface)


@pytest.mark.parametrize(
    "surface",
    [
        "NATO",
        "Nato",
        "NATO-Russland-Rates",
        "OSZE",
        "Genf",
        "Wien",
        "Brüssel",
        "Kiew",
        "Russlands",
        "USA",
        "Osteuropa",
        "CNN",
        "RIA",
        "Washingtons",
        "Bündnis 90/Die Grünen",
        "Austria Presseagentur",
        "Bundesregierung",  # the generic entry, or the country's by the article
        "Oberster Gerichtshof",
        "Paris",
        "Berlin",
    ],
)
def test_safe_forms_are_matchable(surface):
    assert gazetteer.is_matchable(surface)


def test_lookup_only_places_do_not_override_a_person():
    # "Jackson" is a US town, but a model's PER "Jackson" stays a person.
    assert gazetteer.lookup("Jackson").kind == "city"
    assert gazetteer.lookup("Jackson", label="PER") is None
    # A safe form resolves whatever the model said ("Washingtons" as PER).
    assert gazetteer.lookup("Washingtons", label="PER").name == "Washington"


def test_ambiguous_org_forms_resolve():
    assert gazetteer.lookup("AP").name == "AP"
    assert gazetteer.lookup("IS").name == "Islamischer Staat"
    assert gazetteer.lookup("Freiheitlichen").name == "FPÖ"


@pytest.mark.parametrize(
    ("surface", "context", "name"),
    [
        ("Grünen", ["AT"], "Die Grünen (Österreich)"),
        ("Die Grünen", ["DE"], "Bündnis 90/Die Grünen"),
        ("Grünen", ["FR"], "Europe Écologie Les Verts"),
        ("Grünen", ["ES"], None),  # no row of Spain: the model's own name
        ("Grünen", [], None),
        ("Grünen", ["AT", "DE"], None),  # named equally often: not told
        ("Grünen", ["AT", "DE", "DE"], "Bündnis 90/Die Grünen"),
        ("Linken", ["DE"], "Die Linke (Deutschland)"),
        ("Linkspartei", ["GR"], None),
        ("Bundesregierung", ["AT"], "Bundesregierung (Österreich)"),
        ("Bundesregierung", ["DE"], "Bundesregierung (Deutschland)"),
        ("Sozialdemokratische Partei", ["AT"], "SPÖ"),
        ("Obersten Gerichtshofs", ["AT"], "OGH"),
        ("Oberste Gerichtshof", ["US"], "Supreme Court"),
        ("Oberstes Gericht", ["US"], "Supreme Court"),
        ("Oberste Gerichtshof", ["BR"], "Oberster Gerichtshof (Brasilien)"),
        ("Oberste Gerichtshof", [], "Oberster Gerichtshof"),  # generic
        ("Bundesregierung", ["GR"], "Bundesregierung"),
        # "die Union": CDU/CSU in an article about Germany, else the EU (as in
        # every one of the 12 articles of the 10kGNAD test set that say it)
        ("Union", ["DE"], "CDU/CSU"),
        ("Union", ["AT"], "EU"),
        ("Unions", ["AT", "FR"], "EU"),
    ],
)
def test_org_forms_by_country(surface, context, name):
    entry = gazetteer.disambiguate(surface, context, label="ORG")
    assert (entry.name if entry else None) == name
    # without the article: the generic entry, if a row is one, else nothing
    generic = gazetteer.lookup(surface)
    assert generic is None or generic.code is None


@pytest.mark.parametrize(
    ("surface", "name", "kind"),
    [
        # issue 15, part 2: institutions, media, companies and universities that
        # news beyond politics names (Panorama, Etat, Wissenschaft, Web)
        ("Bundesministerium für Inneres", "Innenministerium (Österreich)", "gov"),
        ("Bundesinnenministerium", "Innenministerium (Deutschland)", "gov"),
        ("Stasi", "Ministerium für Staatssicherheit", "gov"),
        ("Straflandesgericht Wien", "Landesgericht für Strafsachen Wien", "court"),
        ("ORF 2", "ORF 2", "media"),
        ("Entertainment Weekly", "Entertainment Weekly", "media"),
        ("Venturebeat", "VentureBeat", "media"),
        ("Mediaset", "Mediaset", "company"),
        ("Kaspersky", "Kaspersky Lab", "company"),
        (
            "Massachusetts Institute of Technology",
            "Massachusetts Institute of Technology",
            "education",
        ),
        ("Uni Graz", "Universität Graz", "education"),
        ("Brot für die Welt", "Brot für die Welt", "ngo"),
        ("Rotkreuz", "Rotes Kreuz", "ngo"),
        ("EU-Mission Sophia", "EUNAVFOR MED", "military"),
    ],
)
def test_general_organisations(surface, name, kind):
    entry = gazetteer.lookup(surface)
    assert entry is not None and (entry.name, entry.kind) == (name, kind)
    assert gazetteer.is_matchable(surface)


@pytest.mark.parametrize(
    ("surface", "context", "name"),
    [
        # a "*" ministry in an article about Austria or Germany is the row of
        # that country's federal ministry
        ("Innenministerium", ["AT"], "Innenministerium (Österreich)"),
        ("Verteidigungsministeriums", ["DE"], "Verteidigungsministerium (Deutschland)"),
        ("Ministerrat", ["AT"], "Ministerrat (Österreich)"),
        # Austrian short forms and colours of the parties; "SP" in Switzerland
        ("VP", ["AT"], "ÖVP"),
        ("SP", ["AT"], "SPÖ"),
        ("SP", ["CH"], "SP Schweiz"),
        ("Blauen", ["AT"], "FPÖ"),
        ("Pinken", ["AT"], "NEOS"),
        # national institutions of Austria, Germany and Switzerland
        ("Umweltbundesamt", ["AT"], "Umweltbundesamt (Österreich)"),
        ("Umweltbundesamt", ["DE"], "Umweltbundesamt"),
        ("Nationalbank", ["CH"], "Schweizerische Nationalbank"),
        ("Bischofskonferenz", ["DE"], "Deutsche Bischofskonferenz"),
    ],
)
def test_federal_ministries_by_country(surface, context, name):
    entry = gazetteer.disambiguate(surface, context, label="ORG")
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(
    "surface",
    # common words, surnames and places: named only once labelled
    [
        "Science",
        "Nature",
        "Variety",
        "Leiner",
        "Swarovski",
        "Kapsch",
        "Ufa",
        "Malteser",
        "Hilfswerk",
        "Sky",
        "Metro",
        "Linde",
    ],
)
def test_general_organisation_forms_that_are_words_are_lookup_only(surface):
    assert not gazetteer.is_matchable(surface)


def test_adjective_before_an_org_form_names_its_country():
    got = gazetteer.disambiguate(
        "Bundesregierung", ["AT", "AT"], label="ORG", preceding="deutsche"
    )
    assert got.name == "Bundesregierung (Deutschland)"


def test_minted_national_institutions_are_one_entry_per_country():
    a = gazetteer.disambiguate("Oberste Gerichtshof", ["KP"])
    b = gazetteer.disambiguate("Obersten Gerichtshofs", ["KP"])
    assert a is b and (a.name, a.code, a.kind) == (
        "Oberster Gerichtshof (Nordkorea)",
        "KP",
        "court",
    )


def test_forms_by_country_need_a_country(tmp_path):
    for p in DATA_DIR.iterdir():
        shutil.copy(p, tmp_path / p.name)
    with open(tmp_path / "organisations.tsv", "a", encoding="utf-8") as f:
        f.write("Irgendwas\tparty\t\t?Irgendwer\n")
    with pytest.raises(InputError, match="expected a country code"):
        Gazetteer(tmp_path)


def test_entry_validates():
    with pytest.raises(InputError, match="expected label"):
        Entry(name="X", label="PLACE", kind="city")  # not an NER label
    with pytest.raises(InputError, match="ISO 3166"):
        Entry(name="X", label="LOC", kind="country", code="DEU")  # alpha-3


def test_lookups_are_dict_hits():
    g = gazetteer.load()
    assert gazetteer.load() is g  # loaded once
    assert isinstance(g._all, dict) and "Russlands" in g._all


# --- data files -----------------------------------------------------------------------


def _data_rows(name: str) -> list[list[str]]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("countries.tsv", 4),
        ("countries_extra.tsv", 3),
        ("cities.tsv", 11),
        ("cities_extra.tsv", 5),
        ("regions.tsv", 4),
        ("organisations.tsv", 4),
        ("demonyms.tsv", 4),
    ],
)
def test_data_file_parses(name, columns):
    rows = _data_rows(name)
    assert rows, name
    bad = [r for r in rows if len(r) != columns]
    assert not bad, bad[:3]


def test_data_files_have_no_conflicting_duplicates():
    # One line per key, and no explicit form claimed twice within a kind
    # (cities may share names: several "Paris", resolved by capital/population).
    for name, key in [
        ("countries.tsv", 0),
        ("countries_extra.tsv", 0),
        ("cities.tsv", 0),
        ("cities_extra.tsv", 0),
        ("regions.tsv", 0),
        ("organisations.tsv", 0),
        ("demonyms.tsv", 0),
    ]:
        keys = [r[key] for r in _data_rows(name)]
        assert len(keys) == len(set(keys)), name
    for name, alias_col in [("organisations.tsv", 3), ("regions.tsv", 2)]:
        seen: dict[str, str] = {}
        for row in _data_rows(name):
            for form in [row[0], *row[alias_col].split("|")]:
                form = form.strip().lstrip("~")
                # forms by country ("?Grünen") are shared on purpose
                if form and form[0] not in "?!":
                    assert seen.setdefault(form, row[0]) == row[0], (name, form)


def test_every_country_has_an_iso_code_and_german_name():
    countries = [e for e in gazetteer.entries() if e.kind == "country"]
    assert len(countries) >= 240
    assert all(e.code and len(e.code) == 2 for e in countries)
    names = {e.name for e in countries}
    assert {"Deutschland", "Österreich", "Schweiz", "Ägypten", "Südkorea"} <= names


def test_shipped_data_is_small():
    total = sum(p.stat().st_size for p in DATA_DIR.iterdir())
    assert total < 4_000_000


def test_bad_data_file_is_an_input_error(tmp_path):
    for p in DATA_DIR.iterdir():
        shutil.copy(p, tmp_path / p.name)
    with open(tmp_path / "organisations.tsv", "a", encoding="utf-8") as f:
        f.write("Broken line without tabs\n")  # 1 field where 4 are expected
    with pytest.raises(InputError, match="organisations.tsv"):
        Gazetteer(tmp_path)


def test_demonym_for_unknown_country_is_an_input_error(tmp_path):
    for p in DATA_DIR.iterdir():
        shutil.copy(p, tmp_path / p.name)
    with open(tmp_path / "demonyms.tsv", "a", encoding="utf-8") as f:
        f.write("QQ\tquaquaisch\t\t\n")  # QQ is no ISO country
    with pytest.raises(InputError, match="expected a country code"):
        Gazetteer(tmp_path)


# --- the component: combination policy on hand-built Docs -----------------------------


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_gazetteer")
    return nlp


def _doc(nlp, words, ents):
    """A Doc as the statistical NER left it: ``ents`` = [(start, end, label)]."""
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_same_span_takes_the_gazetteer_label(nlp):
    words = ["Die", "OSZE", "tagt", "."]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(1, 2, "LOC")]))
    assert _ents(doc) == [("OSZE", "ORG")]


def test_same_span_person_on_a_safe_place_becomes_loc(nlp):
    words = ["Aus", "Sicht", "Washingtons", "nicht", "."]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(2, 3, "PER")]))
    assert _ents(doc) == [("Washingtons", "LOC")]
    assert doc.ents[0]._.kg_entry.name == "Washington"


def test_longer_person_containing_a_place_wins(nlp):
    words = ["Paris", "Hilton", "kam", "nach", "Wien", "."]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(0, 2, "PER")]))
    assert _ents(doc) == [("Paris Hilton", "PER"), ("Wien", "LOC")]


def test_longer_org_containing_a_place_wins(nlp):
    words = ["Die", "Universität", "Wien", "forscht", "."]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(1, 3, "ORG")]))
    assert _ents(doc) == [("Universität Wien", "ORG")]


def test_longer_loc_containing_a_place_wins(nlp):
    words = ["Rennen", "in", "Crans", "Montana", "abgesagt"]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(2, 4, "LOC")]))
    assert _ents(doc) == [("Crans Montana", "LOC")]
    assert doc.ents[0]._.kg_entry is None  # not the US state


def test_longer_misc_containing_a_name_gives_way(nlp):
    words = ["Der", "Gipfel", "NATO", "Brüssel", "endet", "."]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(1, 4, "MISC")]))
    assert _ents(doc) == [("NATO", "ORG"), ("Brüssel", "LOC")]


def test_longer_gazetteer_match_replaces_contained_model_entities(nlp):
    words = (
        "im Rahmen der Organisation für Sicherheit und Zusammenarbeit "
        "in Europa ( OSZE )"
    ).split()
    doc = _doc(nlp, words, [(3, 4, "ORG"), (9, 10, "LOC"), (11, 12, "LOC")])
    doc = nlp.get_pipe("kg_gazetteer")(doc)
    assert _ents(doc) == [
        ("Organisation für Sicherheit und Zusammenarbeit in Europa", "ORG"),
        ("OSZE", "ORG"),
    ]
    assert {e._.kg_entry.name for e in doc.ents} == {"OSZE"}


def test_crossing_non_person_gives_way(nlp):
    # the model glued a common noun to the name: "Vereinigten Staaten sowie"
    words = ["die", "Vereinigten", "Staaten", "sowie", "Kanada"]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(2, 4, "ORG")]))
    assert _ents(doc) == [("Vereinigten Staaten", "LOC"), ("Kanada", "LOC")]


def test_crossing_person_wins(nlp):
    words = ["Minister", "Vereinigten", "Staaten", "Meier", "sprach"]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(2, 4, "PER")]))
    assert _ents(doc) == [("Staaten Meier", "PER")]


def test_organisation_wins_over_a_person_inside_its_name(nlp):
    # the model took the town of a university for a person
    words = ["Forscher", "der", "Universität", "Princeton", "sagen", "das"]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(3, 4, "PER")]))
    assert _ents(doc) == [("Universität Princeton", "ORG")]
    # a person around a company's name stays a person ("Adam Opel")
    words = ["Der", "Gründer", "Adam", "Opel", "starb"]
    doc = nlp.get_pipe("kg_gazetteer")(_doc(nlp, words, [(2, 4, "PER")]))
    assert _ents(doc) == [("Adam Opel", "PER")]


def test_model_keeps_what_the_gazetteer_does_not_know(nlp):
    words = ["Antony", "Blinken", "traf", "Sergej", "Rjabkow", "in", "Genf"]
    doc = _doc(nlp, words, [(0, 2, "PER"), (3, 5, "PER")])
    doc = nlp.get_pipe("kg_gazetteer")(doc)
    assert _ents(doc) == [
        ("Antony Blinken", "PER"),
        ("Sergej Rjabkow", "PER"),
        ("Genf", "LOC"),
    ]
    assert doc.ents[0]._.kg_entry is None
    assert doc._.kg_entries == {(6, 7): gazetteer.lookup("Genf")}


def test_lookup_only_forms_keep_the_model_label_and_resolve(nlp):
    words = ["SK", "Rapid", "und", "Jackson", "in", "Essen"]
    doc = _doc(nlp, words, [(1, 2, "ORG"), (3, 4, "PER"), (5, 6, "LOC")])
    doc = nlp.get_pipe("kg_gazetteer")(doc)
    # "SK Rapid" is a safe multi-word form; bare "Rapid" would not be
    assert _ents(doc) == [("SK Rapid", "ORG"), ("Jackson", "PER"), ("Essen", "LOC")]
    jackson, essen = doc.ents[1], doc.ents[2]
    assert jackson._.kg_entry is None  # a person, not the town in Mississippi
    assert essen._.kg_entry.name == "Essen"


# --- the component on text (blank German pipeline, no model) --------------------------


def _run(nlp, text):
    return [(e.text, e.label_, e._.kg_entry.name) for e in nlp(text).ents]


def test_a_national_team_is_named_with_its_country(nlp):
    doc = nlp("Die türkische Nationalmannschaft schlug das Nationalteam gestern.")
    bodies = {doc[a:b].text: e.name for (a, b), e in doc._.kg_bodies.items()}
    # the bare word is no name
    assert bodies == {"türkische Nationalmannschaft": "Nationalmannschaft (Türkei)"}


def test_component_tags_names_and_inflections(nlp):
    text = (
        "Der Außenminister Frankreichs reiste am Dienstag nach Peking, "
        "während die Nato in Brüssel und der Internationale Währungsfonds "
        "in Washington tagten."
    )
    assert _run(nlp, text) == [
        ("Frankreichs", "LOC", "Frankreich"),
        ("Peking", "LOC", "Peking"),
        ("Nato", "ORG", "NATO"),
        ("Brüssel", "LOC", "Brüssel"),
        ("Internationale Währungsfonds", "ORG", "Internationaler Währungsfonds"),
        ("Washington", "LOC", "Washington"),
    ]


def test_component_leaves_compounds_and_ambiguous_words(nlp):
    text = (
        "Die US-Außenministerin kritisierte den Ukraine-Krieg; die Linke und "
        "die Grünen wollen essen gehen, sagte AP. Der IS-Anschlag in Essen."
    )
    ents = _run(nlp, text)
    assert ents == []


def test_component_longest_match_and_genitive(nlp):
    text = (
        "Eine Sitzung des NATO-Russland-Rates und des UN-Sicherheitsrats "
        "im Weißen Haus, berichtete die Deutsche Presse-Agentur."
    )
    assert _run(nlp, text) == [
        ("NATO-Russland-Rates", "ORG", "NATO-Russland-Rat"),
        ("UN-Sicherheitsrats", "ORG", "UN-Sicherheitsrat"),
        ("Weißen Haus", "ORG", "Weißes Haus"),
        ("Deutsche Presse-Agentur", "ORG", "dpa"),
    ]


def test_component_survives_to_disk_and_load(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == ["kg_gazetteer"]
    text = "Gespräche in Genf und Wien über die Krim."
    assert _run(loaded, text) == _run(nlp, text)


def test_component_custom_data_dir(tmp_path):
    for p in DATA_DIR.iterdir():
        shutil.copy(p, tmp_path / p.name)
    with open(tmp_path / "organisations.tsv", "a", encoding="utf-8") as f:
        f.write("Quuxverband\tngo\tDE\tQVB\n")
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_gazetteer", config={"data_dir": str(tmp_path)})
    doc = nlp("Der QVB tagt.")
    assert [(e.text, e.label_) for e in doc.ents] == [("QVB", "ORG")]
    assert doc._.kg_entries[(1, 2)].name == "Quuxverband"


# --- regeneration ---------------------------------------------------------------------


def _build_module():
    import importlib.util

    path = DATA_DIR.parents[2] / "scripts" / "build_gazetteers.py"
    spec = importlib.util.spec_from_file_location("build_gazetteers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_countries_file_is_regenerable(tmp_path):
    pytest.importorskip("babel")
    build = _build_module()
    build.build_countries(tmp_path / "countries.tsv")
    shipped = (DATA_DIR / "countries.tsv").read_text(encoding="utf-8")
    assert (tmp_path / "countries.tsv").read_text(encoding="utf-8") == shipped


def test_cities_file_is_regenerable(tmp_path):
    # build-time dependencies of the `train` extra; skipped without them
    for module in ("babel", "wordfreq", "HanTa", "gender_guesser"):
        pytest.importorskip(module)
    build = _build_module()
    build.build_cities(tmp_path / "cities.tsv")
    shipped = (DATA_DIR / "cities.tsv").read_text(encoding="utf-8")
    assert (tmp_path / "cities.tsv").read_text(encoding="utf-8") == shipped


def test_a_club_named_without_its_prefix_is_an_organisation() -> None:
    from kg.nlp import load_nlp

    doc = load_nlp()("Die Admira verlor gegen Juve, der BVB gewann.")
    got = {e.text: (e.label_, e._.kg_entry.name) for e in doc.ents if e._.kg_entry}
    assert got["Admira"] == ("ORG", "FC Admira Wacker Mödling")
    assert got["Juve"] == ("ORG", "Juventus Turin")
    assert got["BVB"] == ("ORG", "Borussia Dortmund")
