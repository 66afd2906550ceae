"""Grounding place names in GeoNames: German names and inflections, candidates,
disambiguation by the article's places, territory nouns, the component's context."""

from __future__ import annotations

import pytest

from kg.nlp import gazetteer
from kg.nlp.gazetteer import Context, candidates, disambiguate, lookup
from kg.nlp.gazetteer.files import _prominence
from tests.conftest import annotate


@pytest.mark.parametrize(
    ("surface", "name", "geonames_id"),
    [
        ("Genf", "Genf", 2660646),
        ("Brüssel", "Brüssel", 2800866),
        ("Brüssels", "Brüssel", 2800866),
        ("Wien", "Wien", 2761369),
        ("Kiew", "Kiew", 703448),
        ("Moskau", "Moskau", 524901),
        ("Peking", "Peking", 1816670),
        ("Den Haag", "Den Haag", 2747373),
        ("Russlands", "Russland", 2017370),
        ("Niederlanden", "Niederlande", 2750405),  # "in den Niederlanden"
        ("Quito", "Quito", 3652462),  # not the German plural "Kitas"
        ("Kaliningrad", "Kaliningrad", 554234),
        ("Washington", "Washington", 4140963),  # the capital, not the state
        ("Frankfurt", "Frankfurt am Main", 2925533),
    ],
)
def test_german_names_and_inflections(surface, name, geonames_id):
    entry = lookup(surface)
    assert (entry.name, entry.geonames_id) == (name, geonames_id)
    assert entry.lat is not None or entry.kind == "country"


@pytest.mark.parametrize("surface", ["Osteuropa", "Nahost", "Westjordanland"])
def test_regions_stay_unlinked_but_typed(surface):
    entry = lookup(surface)
    assert entry.kind == "region" and entry.geonames_id is None


def test_cities_of_one_name_are_ranked_by_how_well_known_they_are():
    # population and GeoNames alternate names: not the South African Bethlehem
    # (91,000 inhabitants, 3 names) ahead of the Palestinian one (29,000, 54)
    assert lookup("Valencia").code == "ES"
    assert lookup("Bethlehem").code != "ZA"
    assert {"US", "PS", "ZA"} <= {e.code for e in candidates("Bethlehem")}


@pytest.mark.parametrize(
    ("surface", "context", "code", "name"),
    [
        ("Bethlehem", ["IL", "PS"], "PS", "Bethlehem"),
        ("Santiago", ["CU"], "CU", "Santiago de Cuba"),  # a short form
        ("Santiago", [], "CL", "Santiago"),
        ("Santiago", ["ES"], "ES", "Santiago de Compostela"),
        ("Tripolis", ["LB"], "LB", "Tripolis"),
        ("Tripolis", ["LY"], "LY", "Tripolis"),
        # a capital keeps its name against a small namesake next to the USA
        ("Paris", ["US"], "FR", "Paris"),
        # ... and a country against its capital's neighbours
        ("Guatemala", ["GT", "Mixco"], "GT", "Guatemala"),
        ("Georgia", [], "US", "Georgia"),  # the US state, in German
        ("Georgia", ["GE"], "GE", "Georgien"),
        ("Frankfurt", ["DE"], "DE", "Frankfurt am Main"),
        ("Frankfurt", ["DE", "Berlin"], "DE", "Frankfurt am Main"),  # 80 km off
        ("Frankfurt", ["DE", "Fürstenwalde"], "DE", "Frankfurt (Oder)"),  # 35 km
    ],
)
def test_disambiguate_by_the_article(surface, context, code, name):
    ctx = [lookup(c) if len(c) > 2 else c for c in context]
    entry = disambiguate(surface, ctx)
    assert (entry.code, entry.name) == (code, name)


def test_without_context_disambiguate_is_lookup():
    for surface in ("Bethlehem", "Frankfurt", "Santiago", "Georgia", "Paris"):
        assert disambiguate(surface) is lookup(surface)


def test_an_obscure_town_in_a_country_the_article_never_names_is_no_link():
    town = next(
        e
        for e in gazetteer.entries()
        if e.kind == "city"
        and e.code == "IN"
        and _prominence(e) < 5.5
        and lookup(e.name) is e
        and len(candidates(e.name)) == 1
    )
    assert disambiguate(town.name, ["FR", "DE"]) is None
    assert disambiguate(town.name, ["IN"]) is town
    assert lookup("Un") is None  # two letters: a word, not the town in India


@pytest.mark.parametrize(
    ("preceding", "surface", "name", "code", "geonames_id"),
    [
        # the province's id is not in the data: a region of the city's country
        ("Provinz", "Aleppo", "Provinz Aleppo", "SY", None),
        ("Region", "Odessa", "Region Odessa", "UA", None),
        ("Grenzregion", "Sikasso", "Region Sikasso", "ML", None),
        # a known region stays itself; US states carry their GeoNames id
        ("Provinz", "Idlib", "Idlib", "SY", None),
        ("Bundesstaat", "Washington", "Washington (Bundesstaat)", "US", 5815135),
        ("US-Bundesstaat", "New York", "New York (Bundesstaat)", "US", 5128638),
        ("Bundesstaat", "Georgia", "Georgia", "US", 4197000),
    ],
)
def test_a_territory_noun_makes_a_city_name_the_territory(
    preceding, surface, name, code, geonames_id
):
    entry = disambiguate(surface, preceding=preceding)
    assert (entry.name, entry.kind, entry.code) == (name, "region", code)
    assert entry.geonames_id == geonames_id


def test_us_states_are_linked_and_their_capitals_stay_cities():
    assert lookup("Kalifornien").geonames_id == 5332921
    assert lookup("Indiana").kind == "region"
    assert lookup("New York").kind == "city"  # the state only after "Bundesstaat"
    assert lookup("Washington").kind == "city"


def test_a_country_after_a_territory_noun_stays_the_country():
    assert disambiguate("Luxemburg", preceding="Provinz").kind == "country"


def test_context_of_an_article():
    ctx = gazetteer.context_of(
        ["Hebron", "Frankfurt", "Israels"], ["israelische", "und", "Palästinenser"]
    )
    assert isinstance(ctx, Context)
    assert ctx.codes == {"PS", "IL"}  # "Frankfurt" is a question, not an answer
    assert len(ctx.points) == 1  # Hebron's coordinates


def test_the_component_gives_spans_their_article_context(blank_nlp):
    import spacy

    from kg.nlp.components.gazetteer import span_entry

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_gazetteer")
    text = (
        "Nach der Attacke bei Hebron gab es einen Anschlag auf eine Israelin nahe "
        "Bethlehem. In der Provinz Aleppo wurde gekämpft."
    )
    doc = nlp(text)
    assert {"PS", "IL"} <= doc._.kg_context.codes
    doc.ents = [e for e in doc.ents if e.text != "Bethlehem"] + [
        doc.char_span(text.index("Bethlehem"), text.index("Bethlehem") + 9, "LOC")
    ]
    by_text = {e.text: span_entry(e) for e in doc.ents}
    assert by_text["Bethlehem"].code == "PS"
    assert by_text["Aleppo"].name == "Provinz Aleppo"
    # a hand-built Doc without the component: no context, plain lookup
    plain = annotate(blank_nlp, "Sie trafen sich in Bethlehem.", {"Bethlehem": "LOC"})
    assert span_entry(plain.ents[0]) is lookup("Bethlehem")


@pytest.mark.parametrize(
    ("surface", "name"),
    [("Diyarbakir", "Diyarbakır"), ("Sao Paulo", "São Paulo"), ("Sisli", "Şişli")],
)
def test_names_written_without_diacritics(surface, name):
    entry = lookup(surface)
    assert entry.name == name
    assert not gazetteer.is_matchable(surface)  # lookup-only: once a model saw it
