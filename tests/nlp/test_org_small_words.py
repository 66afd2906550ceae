"""kg_orgs rules for names with small words and firms named by common words:
an association's head, "der" and its members' plural ("die Gewerkschaft der
Privatangestellten"), a country's bank ("die Bank von England"), an armed
force's word after a group and its place ("die Separatistengruppe Donbass
Volkswehr"), a number word or colour after a company noun ("der Mobilfunker
Drei") and in a list of firms ("die Mobilfunker Drei und Magenta", "…, Darnova
und 3 werden"). Invented sentences; hand-set entities, as in
``test_orgs_component.py``."""

from __future__ import annotations

import pytest

from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Gewerkschaft der Hafenarbeiter rief zum Streik auf .",
            "Gewerkschaft der Hafenarbeiter",
        ),
        (
            "Der Chef des Verbands der Privatangestellten , Jon Quell , sprach .",
            "Verbands der Privatangestellten",
        ),
        (
            "Laut der Vereinigung der Industriellen sinken die Steuern .",
            "Vereinigung der Industriellen",
        ),
    ],
)
def test_an_association_and_its_members_after_der(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        "Eine Gewerkschaft der Hafenarbeiter gibt es dort nicht .",  # one of a kind
        "Die Gewerkschaft der Hafenarbeiter Quelmar und Tosk wuchs .",  # a name follows
        "Die Gewerkschaft der Bürgermeister tagte .",  # a title
    ],
)
def test_no_association_of_a_kind_or_before_a_name(vocab, text):
    assert not any(
        name.startswith("Gewerkschaft der") for name, _ in org_rules(vocab, text)
    )


def test_an_association_of_a_party_is_none(vocab):
    text = "Der Verband der Quelvaren tagte ."
    found = org_rules(vocab, text, [(3, 4, "ORG")])
    assert ("Verband der Quelvaren", "ORG") not in found


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        ("Die Bank von Japan senkte den Zins .", [(3, 4, "LOC")], "Bank von Japan"),
        ("Der Chef der Bank von Kanada trat ab .", [(5, 6, "LOC")], "Bank von Kanada"),
    ],
)
def test_a_countrys_bank_with_von(vocab, text, ents, name):
    assert (name, "ORG") in org_rules(vocab, text, ents)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Die größte Bank von Italien meldete Verluste .", [(5, 6, "LOC")]),
        ("Die Bank von Mailand meldete Verluste .", [(3, 4, "LOC")]),
    ],
)
def test_no_countrys_bank_after_an_adjective_or_of_a_city(vocab, text, ents):
    assert not any(
        name.startswith("Bank von") for name, _ in org_rules(vocab, text, ents)
    )


def test_an_armed_forces_word_after_a_group_and_its_place(vocab):
    text = "Die Rebellengruppe Donezk Volkswehr meldete Verluste ."
    found = org_rules(vocab, text, [(2, 3, "LOC")], tagged={(2, 3): _place("Donezk")})
    assert ("Rebellengruppe Donezk Volkswehr", "ORG") in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Der Mobilfunker Drei senkt die Tarife .", ["Drei"]),
        ("Die Mobilfunker Drei und Magenta senken die Tarife .", ["Drei", "Magenta"]),
    ],
)
def test_a_number_word_or_colour_after_a_company_noun(vocab, text, names):
    found = org_rules(vocab, text)
    assert all((name, "ORG") in found for name in names)


def test_no_number_word_in_lower_case(vocab):
    assert org_rules(vocab, "Der Konzern erzielte drei Gewinne .") == []


def test_a_number_ends_a_list_of_firms(vocab):
    text = "Die großen Mobilfunker Quelvix , Darnova und 3 werden es anbieten ."
    found = org_rules(vocab, text, [(3, 4, "ORG"), (5, 6, "ORG")])
    assert ("3", "ORG") in found


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Die Mobilfunker Quelvix und 3 Anbieter aus Asien verhandeln .",
            [(2, 3, "ORG")],
        ),
        (
            "Die Mobilfunker Quelvix und Darnova haben 3 Millionen Kunden .",
            [(2, 3, "ORG"), (4, 5, "ORG")],
        ),
    ],
)
def test_no_number_before_a_noun_or_outside_a_list(vocab, text, ents):
    found = org_rules(vocab, text, ents)
    assert ("3", "ORG") not in found


def _place(name):
    from kg.nlp import gazetteer

    return gazetteer.lookup(name, label="LOC")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Verband forschender Tablettenhersteller kritisierte den Plan .",
            "Verband forschender Tablettenhersteller",
        ),
        (
            "Gäste : Eva Quell ( Verband forschender Tablettenhersteller e.V. ) .",
            "Verband forschender Tablettenhersteller",
        ),
    ],
)
def test_an_association_and_its_members_adjective_in_lower_case(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ein Verband forschender Betriebe fehlt .",  # one of a kind
        "Der Verband forschender Betriebe Quelmar tagte .",  # a name follows
    ],
)
def test_no_association_in_lower_case_of_a_kind_or_before_a_name(vocab, text):
    assert not any(name.startswith("Verband") for name, _ in org_rules(vocab, text))


def test_a_chamber_for_a_place(vocab):
    text = "Er ist Vizepräsident der Zahnärztekammer für Tirol ."
    found = org_rules(vocab, text, [(4, 5, "ORG"), (6, 7, "LOC")])
    assert ("Zahnärztekammer für Tirol", "ORG") in found


def test_a_plan_for_a_place_is_no_chamber_of_it(vocab):
    text = "Die Zahnärztekammer kritisiert den Plan für Tirol ."
    found = org_rules(vocab, text, [(1, 2, "ORG"), (6, 7, "LOC")])
    assert ("Zahnärztekammer", "ORG") in found


def test_a_chamber_the_gazetteer_knows_for_a_place(vocab):
    text = "Er ist Vizepräsident der Ärztekammer für Tirol ."
    tagged = {(4, 5): _org("Ärztekammer"), (6, 7): _place("Tirol")}
    found = org_rules(vocab, text, [(4, 5, "ORG"), (6, 7, "LOC")], tagged=tagged)
    assert ("Ärztekammer für Tirol", "ORG") in found


def _org(name):
    from kg.nlp import gazetteer

    return gazetteer.lookup(name)


def test_a_gallery_named_by_its_adjective_and_town(vocab):
    text = "Die Bilder gingen an die Neue Galerie Villach zurück ."
    found = org_rules(vocab, text, [(6, 7, "LOC")])
    assert ("Neue Galerie Villach", "ORG") in found


def test_a_gallery_of_a_kind_is_none(vocab):
    assert org_rules(vocab, "Die Bilder hängen in einer kleinen Galerie .") == []
