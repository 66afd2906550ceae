"""Organisation identity (issue 13, part 3): one real organisation, one entity.

Through the extraction path of ``kg build`` (the ``kg_gazetteer`` component,
which gives the article its context, then :func:`kg.extract.doc_to_records`)
on hand-annotated Docs, as in ``tests/test_extract.py``: the entities are set by
hand, so the tests check the gazetteer and the rules, not the statistical model.
The sentences are written for these tests.

An ambiguous organisation form is resolved by the country of its article
(``kg/data/gazetteer/organisations.tsv``, "Forms by country"): "die Grünen" are
the Austrian Greens in an article about Austria, Bündnis 90/Die Grünen in one
about Germany, and no party where the article names neither.
"""

from __future__ import annotations

import pytest
import spacy

import kg.nlp.components.gazetteer  # noqa: F401  (registers kg_gazetteer)
from kg.extract import doc_to_records
from tests.conftest import annotate


@pytest.fixture(scope="module")
def context_pipe():
    """The ``kg_gazetteer`` component: tags gazetteer names next to the
    hand-set entities and gives the Doc its article context."""
    nlp = spacy.blank("de")
    return nlp.add_pipe("kg_gazetteer")


def _orgs(blank_nlp, context_pipe, text, ents):
    """{surface of each org mention: (entity key, country code)}."""
    doc = context_pipe(annotate(blank_nlp, text, ents))
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    return {
        m.text: (e.key, e.country_code)
        for e in rec.entities
        if e.kind == "org"
        for m in e.mentions
    }


def _keys(found):
    return {key for key, _ in found.values()}


def test_the_greens_of_an_austrian_article_are_the_austrian_party(
    blank_nlp, context_pipe
):
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Die Grünen in Wien fordern eine Abgabe auf leere Wohnungen. Die "
        "österreichische Regierung lehnt das ab, auch die Grünen in Graz sind "
        "skeptisch.",
        {"Grünen": "ORG", "Wien": "LOC", "Graz": "LOC"},
    )
    assert found["Grünen"] == ("org/Die Grünen (Österreich)", "AT")


def test_one_form_names_the_party_of_the_articles_country(blank_nlp, context_pipe):
    ents = {"Grünen": "ORG", "Berlin": "LOC", "Wien": "LOC", "München": "LOC"}
    german = _orgs(
        blank_nlp,
        context_pipe,
        "In Berlin kritisierten die Grünen am Montag den Haushaltsentwurf. Auch in "
        "München regte sich Widerstand.",
        ents,
    )
    austrian = _orgs(
        blank_nlp,
        context_pipe,
        "In Wien kritisierten die Grünen am Montag den Haushaltsentwurf.",
        ents,
    )
    assert german["Grünen"] == ("org/Bündnis 90/Die Grünen", "DE")
    assert austrian["Grünen"] == ("org/Die Grünen (Österreich)", "AT")


def test_the_greens_of_a_third_country_are_neither_party(blank_nlp, context_pipe):
    found = _orgs(
        blank_nlp,
        context_pipe,
        # (Spain: the gazetteer knows no Greens there; France's are EELV)
        "In Madrid und Sevilla demonstrierten die Grünen gegen das neue Gesetz.",
        {"Grünen": "ORG", "Madrid": "LOC", "Sevilla": "LOC"},
    )
    assert found["Grünen"] == ("org/Grünen", None)


def test_parties_of_the_article_tell_its_country(blank_nlp, context_pipe):
    # the places name only Germany, but ÖVP, SPÖ and FPÖ say whose Greens these are
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Die ÖVP will das Arbeitslosengeld kürzen, SPÖ und FPÖ sind dagegen. "
        "Kritik kam auch von den Grünen: In Deutschland sei das Arbeitslosengeld "
        "höher, und Deutschland zahle es länger.",
        {
            "ÖVP": "ORG",
            "SPÖ": "ORG",
            "FPÖ": "ORG",
            "Grünen": "ORG",
            "Deutschland": "LOC",
        },
    )
    assert found["Grünen"] == ("org/Die Grünen (Österreich)", "AT")


def test_union_alone_is_the_eu_but_in_an_article_about_germany(blank_nlp, context_pipe):
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Die Union und die Türkei einigten sich in Brüssel auf einen Plan.",
        {"Union": "ORG", "Türkei": "LOC", "Brüssel": "LOC"},
    )
    assert found["Union"] == ("org/EU", None)  # nor the US town Union
    german = _orgs(
        blank_nlp,
        context_pipe,
        "Die Union streitet in Berlin über Deutschlands Obergrenze.",
        {"Union": "ORG", "Berlin": "LOC", "Deutschlands": "LOC"},
    )
    assert german["Union"] == ("org/CDU/CSU", "DE")
    cdu = _orgs(
        blank_nlp,
        context_pipe,
        "Die Unionsparteien streiten in Berlin über die Obergrenze.",
        {"Unionsparteien": "ORG", "Berlin": "LOC"},
    )
    assert cdu["Unionsparteien"] == ("org/CDU/CSU", "DE")


def test_linkspartei_of_another_country_is_not_die_linke(blank_nlp, context_pipe):
    found = _orgs(
        blank_nlp,
        context_pipe,
        "In Athen hat Syriza, die griechische Linkspartei, die Wahl in "
        "Griechenland gewonnen.",
        {"Athen": "LOC", "Syriza": "ORG", "Linkspartei": "ORG", "Griechenland": "LOC"},
    )
    assert found["Linkspartei"] == ("org/Linkspartei", None)
    german = _orgs(
        blank_nlp,
        context_pipe,
        "Im Bundestag in Berlin stimmte die Linke gegen den Antrag.",
        {"Bundestag": "ORG", "Berlin": "LOC", "Linke": "ORG"},
    )
    assert german["Linke"] == ("org/Die Linke (Deutschland)", "DE")


def test_the_federal_government_is_its_countrys(blank_nlp, context_pipe):
    doc = context_pipe(
        annotate(
            blank_nlp,
            "Die Bundesregierung in Wien beschloss am Dienstag ein Sparpaket für "
            "Österreich. Die österreichischen Länder sind skeptisch. Kritik kam aus "
            "Berlin, wo die deutsche Bundesregierung eine Antwort ankündigte.",
            {
                "Bundesregierung": "ORG",
                "Wien": "LOC",
                "Österreich": "LOC",
                "Berlin": "LOC",
            },
        )
    )
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    govs = {m.start: e.key for e in rec.entities if e.kind == "org" for m in e.mentions}
    # the article's country, and the one the adjective before the name names
    assert [govs[k] for k in sorted(govs)] == [
        "org/Bundesregierung (Österreich)",
        "org/Bundesregierung (Deutschland)",
    ]


def test_the_ogh_is_the_austrian_court_and_other_supreme_courts_are_not(
    blank_nlp, context_pipe
):
    austrian = _orgs(
        blank_nlp,
        context_pipe,
        "Der OGH in Wien entschied am Dienstag gegen den Kläger. Der Oberste "
        "Gerichtshof hatte den Fall schon 2014 geprüft.",
        {"OGH": "ORG", "Wien": "LOC", "Oberste Gerichtshof": "ORG"},
    )
    assert austrian["OGH"] == ("org/OGH", "AT")
    assert austrian["Oberste Gerichtshof"] == ("org/OGH", "AT")
    us = _orgs(
        blank_nlp,
        context_pipe,
        "Der Oberste Gerichtshof der USA hat die Klage abgewiesen. In Washington "
        "erklärte der Oberste Gerichtshof, die USA hätten nicht gegen das Recht "
        "verstoßen.",
        {"Oberste Gerichtshof": "ORG", "USA": "LOC", "Washington": "LOC"},
    )
    assert us["Oberste Gerichtshof der USA"] == ("org/Supreme Court", "US")
    assert us["Oberste Gerichtshof"] == ("org/Supreme Court", "US")
    brazil = _orgs(
        blank_nlp,
        context_pipe,
        "In Brasília ordnete der Oberste Gerichtshof Brasiliens Ermittlungen an.",
        {"Brasília": "LOC", "Oberste Gerichtshof": "ORG", "Brasiliens": "LOC"},
    )
    assert brazil["Oberste Gerichtshof"] == (
        "org/Oberster Gerichtshof (Brasilien)",
        "BR",
    )


@pytest.mark.parametrize(
    ("text", "ents", "key"),
    [
        (
            "Das meldete die Austria Presseagentur am Abend.",
            {"Austria Presseagentur": "ORG"},
            "org/APA",
        ),
        (
            "Die Freiheitlichen stimmten im Landtag dagegen.",
            {"Freiheitlichen": "ORG"},
            "org/FPÖ",
        ),
        (
            "Als Sozialdemokratische Partei stehen wir zu Wien und zu Österreich.",
            {"Sozialdemokratische Partei": "ORG", "Wien": "LOC", "Österreich": "LOC"},
            "org/SPÖ",
        ),
        (
            "Die Kämpfer der Miliz Islamischer Staat zogen sich zurück.",
            {"Miliz Islamischer Staat": "ORG"},
            "org/Islamischer Staat",
        ),
        (
            "Das Interview erschien zuerst auf Standard.at am Montag.",
            {"Standard.at": "ORG"},
            "org/Der Standard",
        ),
    ],
)
def test_other_names_of_one_organisation(blank_nlp, context_pipe, text, ents, key):
    found = _orgs(blank_nlp, context_pipe, text, ents)
    assert _keys(found) == {key}


@pytest.mark.parametrize(
    ("text", "ents", "key"),
    [
        (
            "SK Rapid Wien gewann das Derby. Rapid Wien führt nun, und Rapid "
            "bleibt vorn.",
            {"SK Rapid Wien": "ORG", "Rapid Wien": "ORG", "Rapid": "ORG"},
            "org/SK Rapid Wien",
        ),
        (
            "Der FC Red Bull Salzburg verlor. RB Salzburg liegt nun hinter Red Bull "
            "Salzburg aus dem Vorjahr.",
            {"FC Red Bull Salzburg": "ORG", "RB Salzburg": "ORG"},
            "org/Red Bull Salzburg",
        ),
    ],
)
def test_club_names_are_one_club(blank_nlp, context_pipe, text, ents, key):
    found = _orgs(blank_nlp, context_pipe, text, ents)
    assert _keys(found) == {key}


def test_a_party_prefix_of_a_title_takes_the_articles_country(blank_nlp, context_pipe):
    doc = context_pipe(
        annotate(
            blank_nlp,
            "Wien – Grünen-Chefin Eva Glawischnig sagte am Montag in Wien, die "
            "Regierung müsse handeln.",
            {"Wien": "LOC", "Eva Glawischnig": "PER"},
        )
    )
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    orgs = {r.organisation for r in rec.roles if r.person == "person/Eva Glawischnig"}
    assert orgs == {"org/Die Grünen (Österreich)"}


def test_an_unknown_organisation_in_two_cases_is_one_entity_in_the_nominative(
    blank_nlp, context_pipe
):
    """Issue 17/13: "der Syrischen Beobachtungsstelle" and "Die Syrische
    Beobachtungsstelle" are one organisation, named in the nominative."""
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Nach Angaben der Freien Beobachtungsstelle für Bergbau wurden zehn "
        "Menschen verletzt. Die Freie Beobachtungsstelle für Bergbau meldete "
        "später weitere Opfer. Ein Sprecher des Instituts für Alpine Geschichte "
        "widersprach.",
        {
            "Freien Beobachtungsstelle für Bergbau": "ORG",
            "Freie Beobachtungsstelle für Bergbau": "ORG",
            "Instituts für Alpine Geschichte": "ORG",
        },
    )
    key = "org/Freie Beobachtungsstelle für Bergbau"
    assert found["Freien Beobachtungsstelle für Bergbau"][0] == key
    assert found["Freie Beobachtungsstelle für Bergbau"][0] == key
    institute = found["Instituts für Alpine Geschichte"][0]
    assert institute == "org/Institut für Alpine Geschichte"


def test_an_inflected_name_without_article_follows_its_nominative(
    blank_nlp, context_pipe
):
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Der Chef der Kantonalen Baubehörde trat zurück. Laut Kantonalen "
        "Baubehörde war der Schaden gering.",
        {"Kantonalen Baubehörde": "ORG"},
    )
    assert _keys(found) == {"org/Kantonale Baubehörde"}


def test_the_article_before_adjectives_in_lower_case_shows_the_case(
    blank_nlp, context_pipe
):
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Nach Angaben der oppositionsnahen Freien Beobachtungsstelle wurden "
        "zehn Menschen verletzt.",
        {"Freien Beobachtungsstelle": "ORG"},
    )
    assert _keys(found) == {"org/Freie Beobachtungsstelle"}


def test_a_party_post_in_a_german_article_datelined_abroad_is_the_home_party(
    blank_nlp, context_pipe
):
    """A party's post with no country named is of the party of the home
    country the article names (Berlin), not of the foreign party of the same
    name of the country it is about as often (France, the Élysée)."""
    doc = context_pipe(
        annotate(
            blank_nlp,
            "Paris – Frankreichs Präsident Jean Morel empfing den Gast im "
            "Élysée-Palast in Paris. In Berlin reagierte die Opposition. "
            "Grünen-Fraktionschefin Anna Kessler lobte das Treffen.",
            {
                "Paris": "LOC",
                "Frankreichs": "LOC",
                "Jean Morel": "PER",
                "Élysée-Palast": "ORG",
                "Berlin": "LOC",
                "Anna Kessler": "PER",
            },
        )
    )
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    orgs = {r.organisation for r in rec.roles if r.person == "person/Anna Kessler"}
    assert orgs == {"org/Bündnis 90/Die Grünen"}


def test_a_party_post_in_an_article_naming_no_home_country_stays_foreign(
    blank_nlp, context_pipe
):
    doc = context_pipe(
        annotate(
            blank_nlp,
            "Paris – Grünen-Chefin Anne Morel sprach in Paris über die Wahl in "
            "Frankreich.",
            {"Paris": "LOC", "Anne Morel": "PER", "Frankreich": "LOC"},
        )
    )
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    orgs = {r.organisation for r in rec.roles if r.person == "person/Anne Morel"}
    assert orgs == {"org/Europe Écologie Les Verts"}


@pytest.mark.parametrize(
    "text",
    [
        "Industriellen-Präsident Karl Haberer warnte vor neuen Steuern.",
        "Der Industriellenchef Karl Haberer warnte vor neuen Steuern.",
    ],
)
def test_a_post_of_the_industrialists_is_of_their_association(blank_nlp, text):
    rec = doc_to_records(
        annotate(blank_nlp, text, {"Karl Haberer": "PER"}),
        article_id="t",
        content_hash="h",
    )
    orgs = {r.organisation for r in rec.roles if r.person == "person/Karl Haberer"}
    assert orgs == {"org/Industriellenvereinigung"}


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        (
            "Der Abt ist seit vierzig Jahren ein Mitglied der römisch-katholischen "
            "Kirche.",
            "römisch-katholischen Kirche",
            "org/Römisch-katholische Kirche",
        ),
        (
            "Die Schule gehört der katholischen Kirche.",
            "katholischen Kirche",
            "org/Römisch-katholische Kirche",
        ),
        (
            "Die russisch-orthodoxe Kirche lehnt das neue Gesetz ab.",
            "russisch-orthodoxe Kirche",
            "org/Russisch-Orthodoxe Kirche",
        ),
    ],
)
def test_a_church_by_its_denomination_in_any_case_is_the_listed_church(
    blank_nlp, context_pipe, text, surface, key
):
    found = _orgs(blank_nlp, context_pipe, text, {surface: "ORG"})
    assert found[surface][0] == key


def test_a_national_church_is_no_listed_church(blank_nlp, context_pipe):
    surface = "katholische Kirche Perus"
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Die katholische Kirche Perus kritisierte den Präsidenten.",
        {surface: "ORG"},
    )
    assert found[surface][0] == "org/katholische Kirche Perus"


def test_a_long_form_in_another_case_is_the_organisation_its_acronym_names(
    blank_nlp, context_pipe
):
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Eine Forscherin vom Baltischen Geologischen Institut sprach. Die Arbeit "
        "des Baltischen Geologischen Instituts (BGI) begann 1990.",
        {
            "Baltischen Geologischen Institut": "ORG",
            "Baltischen Geologischen Instituts": "ORG",
            "BGI": "ORG",
        },
    )
    assert len(_keys(found)) == 1


def test_an_acronym_defined_in_parentheses_is_the_organisation_alone_too(
    blank_nlp, context_pipe
):
    found = _orgs(
        blank_nlp,
        context_pipe,
        "Der Front National (FN) legte in Frankreich zu. Später sagte der FN, "
        "man werde klagen.",
        {"Front National": "ORG", "FN": "ORG", "Frankreich": "LOC"},
    )
    assert _keys(found) == {"org/Rassemblement National"}


def test_an_acronym_keeps_its_long_form_in_the_nominative(blank_nlp, context_pipe):
    doc = context_pipe(
        annotate(
            blank_nlp,
            "Das sagte ein Sprecher des Baltischen Geologischen Instituts (BGI) am "
            "Montag.",
            {"Baltischen Geologischen Instituts": "ORG", "BGI": "ORG"},
        )
    )
    rec = doc_to_records(doc, article_id="t", content_hash="h")
    [org] = [e for e in rec.entities if e.kind == "org"]
    assert "Baltisches Geologisches Institut" in org.aliases
