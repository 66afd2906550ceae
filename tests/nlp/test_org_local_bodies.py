"""A local body named by its noun, "in" or "von" and a city or a region
(`kg.lang.de.orgs.LOCAL_BODY_HEADS`): "die Polizei in Oberösterreich", "die
Staatsanwaltschaft von Innsbruck" (own sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "Die Staatsanwaltschaft von Innsbruck ermittelt gegen den Wirt .",
            [(3, 4, "LOC")],
            "Staatsanwaltschaft von Innsbruck",
        ),
        (
            "Die Polizei in Oberösterreich sucht zwei Männer .",
            [(3, 4, "LOC")],
            "Polizei in Oberösterreich",
        ),
        (
            "Die Stadtverwaltung von Lyon sperrt die Brücke .",
            [(3, 4, "LOC")],
            "Stadtverwaltung von Lyon",
        ),
        (
            "Die Polizei von Toronto hat den Fahrer gefasst .",
            [(3, 4, "LOC")],
            "Polizei von Toronto",
        ),
        (
            # the model cut the place; the gazetteer knows it in full
            "Er lehrt an der Universität in České Budějovice .",
            [(7, 8, "LOC")],
            "Universität in České Budějovice",
        ),
    ],
)
def test_a_local_body_with_its_place(vocab, text, ents, name):
    assert (name, "ORG") in org_rules(vocab, text, ents)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Eine Polizei in Oberösterreich gibt es nicht .", 3),  # any one
        ("Die Botschaft von Innsbruck ist klar .", 3),  # no local body after von
        ("Das Krankenhaus von Innsbruck ist voll .", 3),  # a building
    ],
)
def test_a_local_body_guards(vocab, text, place):
    words = text.split(" ")
    assert org_rules(vocab, text, [(place, place + 1, "LOC")]) == [
        (words[place], "LOC")
    ]


def test_a_place_before_a_capitalised_word_is_no_bodys(vocab):
    # "die Polizei in Wien Drogen ...": "in Wien" says where, not whose
    text = "Sie sah die Polizei in Innsbruck Drogen sicherstellen ."
    assert org_rules(vocab, text, [(5, 6, "LOC")]) == [("Innsbruck", "LOC")]


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # a customs or tax investigation service with its region or city
        (
            "Die Zollfahndung Tirol hat zwölf Schildkröten beschlagnahmt .",
            [(2, 3, "LOC")],
            "Zollfahndung Tirol",
        ),
        (
            "Die Steuerfahndung Graz durchsuchte die Büros .",
            [(2, 3, "LOC")],
            "Steuerfahndung Graz",
        ),
        # a consortium named after its kind, a common word opening the name
        # whose rest the model saw
        (
            "Den Zuschlag bekam das Konsortium Grün Logistik am Montag .",
            [(6, 7, "ORG")],
            "Grün Logistik",
        ),
    ],
)
def test_investigation_services_and_consortia(vocab, text, ents, name):
    assert (name, "ORG") in org_rules(vocab, text, ents)


def test_a_search_is_no_body(vocab):
    text = "Die Fahndung Tirol läuft noch ."
    assert org_rules(vocab, text, [(2, 3, "LOC")]) == [("Tirol", "LOC")]


def test_an_article_after_a_kind_opens_no_name_of_a_common_word(vocab):
    # "Auf Initiative der Politiker-WG": the article and a compound the model
    # saw as an organisation are no name after the kind noun
    text = "Auf Initiative der Politiker-WG kam ein Jugendtreff ins Viertel ."
    assert ("der Politiker-WG", "ORG") not in org_rules(vocab, text, [(3, 4, "ORG")])
