"""kg.lang.de.cases: the nominative of an organisation name written in another
case, on invented names and articles (issues 17 and 13)."""

from __future__ import annotations

import pytest

from kg.lang.de.cases import article_genders, head_gender, nominative, noun_nominative


@pytest.mark.parametrize(
    ("before", "name", "expected"),
    [
        # genitive, feminine head: only the adjective changes
        (
            "der",
            "Syrischen Beobachtungsstelle für Menschenrechte",
            "Syrische Beobachtungsstelle für Menschenrechte",
        ),
        # a lower-case city adjective opening the name (kg_orgs' local bodies)
        ("der", "römischen Staatsanwaltschaft", "römische Staatsanwaltschaft"),
        (
            "einer",
            "Unabhängigen Untersuchungskommission",
            "Unabhängige Untersuchungskommission",
        ),
        # genitive, neuter head with a complement: only the head inflects
        (
            "des",
            "Instituts für Nationales Gedenken",
            "Institut für Nationales Gedenken",
        ),
        (
            "des",
            "Bayerischen Landesamtes für Umwelt",
            "Bayerisches Landesamt für Umwelt",
        ),
        # genitive, masculine head
        ("des", "Obersten Gerichtshofs", "Oberster Gerichtshof"),
        ("des", "Nordischen Rates", "Nordischer Rat"),
        # dative, masculine and neuter heads; a head in -s as it is
        ("dem", "Internationalen Währungsfonds", "Internationaler Währungsfonds"),
        ("im", "Europäischen Parlament", "Europäisches Parlament"),
        ("vom", "Kantonalen Gericht", "Kantonales Gericht"),
        # dative, feminine head
        ("zur", "Europäischen Zentralbank", "Europäische Zentralbank"),
        ("der", "Deutschen Bank", "Deutsche Bank"),
        # accusative masculine; nominative after the article
        ("den", "Nationalen Sicherheitsrat", "Nationaler Sicherheitsrat"),
        ("der", "Oberste Gerichtshof", "Oberster Gerichtshof"),
        ("das", "Nationale Institut", "Nationales Institut"),
        # a place after the head does not inflect
        ("der", "Pädagogischen Hochschule Wien", "Pädagogische Hochschule Wien"),
        ("des", "Päpstlichen Instituts Collegio", "Päpstliches Institut Collegio"),
        # a hyphenated adjective in lower case inflects in its last part
        ("der", "römisch-katholischen Kirche", "römisch-katholische Kirche"),
        ("der", "russisch-orthodoxen Kirche", "russisch-orthodoxe Kirche"),
    ],
)
def test_a_name_in_another_case_in_the_nominative(before, name, expected):
    assert nominative(name, before) == expected


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # already in the nominative
        ("die", "Deutsche Bank"),
        ("die", "Europäische Zentralbank"),
        # plural heads stay: the gazetteer knows "Vereinte Nationen"
        ("der", "Vereinten Nationen"),
        ("den", "Vereinten Nationen"),
        # names that end in -s as they are
        ("das", "Bündnis"),
        ("des", "Bündnis"),
        ("dem", "Währungsfonds"),
        ("der", "Kurier"),
        # no article, an unknown head, a head the case does not fit
        (None, "Syrischen Beobachtungsstelle"),
        ("laut", "Syrischen Beobachtungsstelle"),
        ("des", "Bayern München"),
        ("dem", "Syrischen Beobachtungsstelle"),
        ("den", "Europäischen Zentralbank"),
        # a place adjective in -er does not inflect; a noun in -en is no adjective
        ("der", "Wiener Staatsanwaltschaft"),
        ("der", "Kronen Zeitung"),
    ],
)
def test_a_name_that_stays_as_written(before, name):
    assert nominative(name, before) == name


def test_the_article_shows_the_gender_of_a_head_the_list_does_not_know():
    words = "Die Solidarność fordert , wie die Grenzwacht sagte .".split()
    genders = article_genders(words)
    assert genders["Grenzwacht"] == "f"
    assert nominative("Neuen Grenzwacht", "der", genders) == "Neue Grenzwacht"
    assert nominative("Neuen Grenzwacht", "der") == "Neuen Grenzwacht"
    # "die Nationen" may be a plural: no gender
    assert "Nationen" not in article_genders("die Nationen".split())


def test_genitive_of_head_nouns():
    assert noun_nominative("Bündnisses") == "Bündnis"
    assert noun_nominative("Kuriers") == "Kurier"
    assert noun_nominative("Hauses") == "Haus"
    assert noun_nominative("Währungsfonds") == "Währungsfonds"
    assert noun_nominative("Münchens") is None
    assert head_gender("Beobachtungsstelle") == "f"
    assert head_gender("Landeskriminalamt") == "n"
    assert head_gender("EZB") is None
