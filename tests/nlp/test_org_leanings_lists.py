"""kg_orgs rules 4d (kg.nlp.components.org_coordinated: the further names of
a list after a plural noun of a kind of organisation), 5c
(kg.nlp.components.org_leanings: a party's name after the adjective of its
leaning) and rule 4 for an acronym the gazetteer knows after a genitive noun.
Hand-made sentences with invented names; hand-set entities, as in
``test_orgs_component.py``."""

from __future__ import annotations

import pytest

from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die linke Quorvana Ludéstica kritisierte den Haushalt .",
            "Quorvana Ludéstica",
        ),
        ("Die rechtspopulistische Tarvessa gewann zwei Sitze .", "Tarvessa"),
        ("Die Wähler der linken Velmora Quistal jubelten .", "Velmora Quistal"),
    ],
)
def test_a_name_after_a_leaning_adjective(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        # a common noun, a person's name, a place, a masculine article
        "Die linke Opposition kritisierte den Haushalt .",
        "Die konservative Merkel blieb hart .",
        "Die rechte Ukraine protestierte .",
        "Der konservative Tarvessa blieb hart .",
        # no leaning, an indefinite article
        "Die neue Tarvessa gewann zwei Sitze .",
        "Eine linke Tarvessa gewann zwei Sitze .",
    ],
)
def test_no_party_after_a_leaning_adjective(vocab, text):
    assert not any(label == "ORG" for _, label in org_rules(vocab, text))


def test_the_models_person_stands_after_a_leaning(vocab):
    text = "Die linke Tarvessa Quelmonte sprach ."
    assert ("Tarvessa Quelmonte", "PER") in org_rules(vocab, text, [(2, 4, "PER")])


def test_the_second_name_of_a_list_after_a_plural_noun(vocab):
    text = "Die Gewerkschaften Quelvix und Darnova riefen zum Streik auf ."
    found = org_rules(vocab, text, [(2, 3, "ORG"), (4, 5, "PER")])
    assert ("Quelvix", "ORG") in found
    assert ("Darnova", "ORG") in found


def test_every_name_of_a_longer_list(vocab):
    text = "Die Parteien Quelvix , Darnova und Tervalla bilden eine Koalition ."
    found = org_rules(vocab, text, [(2, 3, "ORG"), (6, 7, "LOC")])
    assert {("Darnova", "ORG"), ("Tervalla", "ORG")} <= set(found)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # a singular noun: the name after "und" is none of the list
        ("Die Gewerkschaft Quelvix und Darnova riefen auf .", [(2, 3, "ORG")]),
        # a person of two words, a common noun, a place
        (
            "Die Parteien Quelvix und Darnova Tervalla stimmten zu .",
            [(2, 3, "ORG"), (4, 6, "PER")],
        ),
        ("Die Parteien Quelvix und Regierung stimmten zu .", [(2, 3, "ORG")]),
        ("Die Parteien Quelvix und Merkel stimmten zu .", [(2, 3, "ORG")]),
        ("Die Parteien Quelvix und Graz stimmten zu .", [(2, 3, "ORG")]),
    ],
)
def test_no_further_name_outside_a_plural_list(vocab, text, ents):
    found = org_rules(vocab, text, ents)
    assert [label for _, label in found].count("ORG") == 1


def test_the_gazetteers_acronym_after_a_genitive_noun(vocab):
    # "Wifo" the gazetteer knows; the model ran the noun into the name
    text = "Laut einer Studie des Wirtschaftsforschungsinstituts Wifo steigt sie ."
    found = org_rules(vocab, text, [(4, 6, "ORG")])
    assert ("Wifo", "ORG") in found
    assert ("Wirtschaftsforschungsinstituts Wifo", "ORG") not in found


def test_a_woman_of_a_leaning_is_no_party(vocab):
    # "Gewerkschafterin" the lexicon does not know; "Gewerkschafter" it does
    text = "Man gewährte der kommunistischen Gewerkschafterin das Recht ."
    assert not any(label == "ORG" for _, label in org_rules(vocab, text))


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # a secret service's noun before its name
        ("Der Geheimdienst QRV nahm zwei Männer fest .", [(2, 3, "MISC")], "QRV"),
        # a private bank keeps its noun; "&" joins the name, no place
        (
            "Das Bankhaus Tarnholz & Co erhöhte die Zinsen .",
            [(2, 5, "LOC")],
            "Bankhaus Tarnholz & Co",
        ),
        # an Arabic article other than "al-" inside the name
        (
            "Die Bewegung Hizb ut-Quarim ist verboten .",
            [(2, 4, "PER")],
            "Hizb ut-Quarim",
        ),
        # a name of several words the gazetteer knows after a kind noun
        (
            "Die Partei Einiges Russland gewann die Wahl .",
            [(1, 4, "LOC")],
            "Einiges Russland",
        ),
    ],
)
def test_names_after_kind_nouns(vocab, text, ents, name):
    assert (name, "ORG") in org_rules(vocab, text, ents)


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # rule 1d: a head, a capitalised adjective in "-er" and the members
        (
            "Der Verband Kommunaler Tarnwerke warnte .",
            [],
            "Verband Kommunaler Tarnwerke",
        ),
        (
            "Der Zentralrat Selbständiger Quelmer und Darnisten tagte .",
            [(1, 4, "ORG"), (5, 6, "PER")],
            "Zentralrat Selbständiger Quelmer und Darnisten",
        ),
        (
            "Der Bund Unabhängiger Tarnwerker protestierte .",
            [(2, 4, "ORG")],
            "Bund Unabhängiger Tarnwerker",
        ),
        # with the article; a common noun the model ran in gives way
        (
            "Sie stritt mit dem Bündnispartner Partei der Unabhängigen Quelmer .",
            [(4, 9, "ORG")],
            "Partei der Unabhängigen Quelmer",
        ),
    ],
)
def test_an_association_and_its_members_in_the_genitive(vocab, text, ents, name):
    assert (name, "ORG") in org_rules(vocab, text, ents)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # the members are an organisation of their own
        ("Der Chef der Gruppe der Deutschen Bank trat ab .", [(5, 7, "ORG")]),
        # no head of an association; no capitalised adjective
        ("Der Chef Kommunaler Tarnwerke trat ab .", []),
        ("Der Verband kommunaler Tarnwerke warnte .", []),
    ],
)
def test_no_association_without_head_and_members(vocab, text, ents):
    found = org_rules(vocab, text, ents)
    assert not any(
        label == "ORG" and name.startswith(("Gruppe", "Chef", "Verband"))
        for name, label in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Die Mobilfunker Quelvix und Darnova senken die Tarife .",
        "Die Internetanbieter Quelvix und Darnova fusionieren .",
    ],
)
def test_a_list_after_a_plural_in_er_after_die(vocab, text):
    found = org_rules(vocab, text, [(2, 3, "ORG"), (4, 5, "PER")])
    assert ("Darnova", "ORG") in found


def test_no_list_after_a_singular_in_er(vocab):
    text = "Der Mobilfunker Quelvix und Darnova senken die Tarife ."
    found = org_rules(vocab, text, [(2, 3, "ORG")])
    assert ("Darnova", "ORG") not in found
