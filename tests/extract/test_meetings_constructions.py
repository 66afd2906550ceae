"""Meeting recall without losing precision (issue 15, 2026-12-06): an
organisation named after the noun of its kind ("die Gewerkschaft Metallunion",
"der Konzern Nordbank") takes part wherever its bare name would; the office
holders of two actors ("Vertreter der X und der Y") open a clause whose meeting
verb ends it after a modal; a meal taken with someone ("beim Arbeitsessen mit
X") is a meeting; "Dazu gehören X, Y und Z" after a meeting lists who else
takes part; "Die EU-Agrarminister haben sich geeinigt" is a council of the EU;
talks taken up again by the two sides ("wollen X und Y ihre Verhandlungen
fortsetzen") are a new round; "ist mit X in Gesprächen" and "traf am Montag in
Linz Vertreter der X" name the partner. Invented sentences on hand-annotated
Docs (each test but the guards fails without its rule)."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Metallunion": "ORG",
    "Nordbank": "ORG",
    "Radwerk": "ORG",
    "Kammer Nordland": "ORG",
    "Nordunion": "ORG",
    "Linz": "LOC",
    "Ungarn": "LOC",
    "Kanada": "LOC",
    "Polen": "LOC",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the subject after the verb
        (
            "Am Montag einigten sich die Gewerkschaft Metallunion und der Konzern "
            "Nordbank auf einen Sozialplan.",
            [({"Metallunion", "Nordbank"}, None)],
        ),
        # the subject before the verb: a list of two
        (
            "Der Autozulieferer Radwerk und die Gewerkschaft Metallunion einigten "
            "sich auf einen Sozialplan.",
            [({"Radwerk", "Metallunion"}, None)],
        ),
        # the subject after a modal, the meeting verb at the end
        (
            "Am Montag wollen die Gewerkschaft Metallunion und der Konzern Nordbank "
            "in Linz verhandeln.",
            [({"Metallunion", "Nordbank"}, "Linz")],
        ),
        # the genitive of the talks, then "mit"
        (
            "Die Gespräche der Gewerkschaft Metallunion mit dem Konzern Nordbank "
            "wurden vertagt.",
            [({"Metallunion", "Nordbank"}, None)],
        ),
        # "mit" before the meeting noun
        (
            "Die Kammer Nordland hat am Montag mit der Gewerkschaft Metallunion die "
            "Verhandlungen aufgenommen.",
            [({"Kammer Nordland", "Metallunion"}, None)],
        ),
    ],
)
def test_an_organisation_after_the_noun_of_its_kind(blank_nlp, text, found) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (  # the genitive without an article: found before too
            "Vertreter Ungarns und Kanadas wollen in Linz verhandeln.",
            [({"Ungarn", "Kanada"}, "Linz")],
        ),
        (
            "Vertreter der Nordbank und der Metallunion wollen in Linz verhandeln.",
            [({"Nordbank", "Metallunion"}, "Linz")],
        ),
        (
            "Die Staats- und Regierungschefs der Nordunion und die Kammer Nordland "
            "wollen die Lage der Wirtschaft erörtern.",
            [({"Nordunion", "Kammer Nordland"}, None)],
        ),
    ],
)
def test_officials_of_two_actors_before_a_modal(blank_nlp, text, found) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Nach einem Arbeitsessen mit Ida Roth sagte Olaf Berg, die Beziehungen "
            "seien gut.",
            [({"Ida Roth", "Olaf Berg"}, None)],
        ),
        (
            "Das Abendessen mit Ida Roth in Linz dauerte drei Stunden.",
            [({"Ida Roth"}, "Linz")],
        ),
        (
            "Das Essen mit Ida Roth in Linz dauerte drei Stunden.",
            [({"Ida Roth"}, "Linz")],
        ),
    ],
)
def test_a_meal_with_someone(blank_nlp, text, found) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == found


@pytest.mark.parametrize(
    "text",
    [
        # the city, not a meal
        "Olaf Berg gewann in Essen mit seinem Team in Linz.",
        # a meal with no one
        "Olaf Berg servierte in Linz ein Abendessen für die Gäste.",
    ],
)
def test_look_alikes_of_a_meal_are_no_meetings(blank_nlp, text) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Am Montag gibt es unter Vorsitz von Olaf Berg ein Treffen der "
            "Regierungschefs von fünf Staaten. Dazu gehören Ungarn, Kanada und "
            "Polen.",
            [({"Olaf Berg", "Ungarn", "Kanada", "Polen"}, None)],
        ),
        (
            "Olaf Berg traf sich am Montag mit Ida Roth in Linz. Mit dabei waren "
            "auch Vertreter der Nordbank.",
            [({"Olaf Berg", "Ida Roth", "Nordbank"}, "Linz")],
        ),
    ],
)
def test_a_list_of_who_else_takes_part(blank_nlp, text, found) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == found


@pytest.mark.parametrize(
    "text",
    [
        # no meeting before the list
        "Die Reform bringt viele Änderungen. Dazu gehören Ungarn und Kanada.",
        # the list denied
        "Olaf Berg traf sich am Montag mit Ida Roth in Linz. Dazu gehören "
        "nicht Ungarn und Kanada.",
    ],
)
def test_a_list_that_adds_no_one(blank_nlp, text) -> None:
    found = meetings_found(blank_nlp, text, _ACTORS)
    assert not any("Ungarn" in who for who, _ in found)


def test_a_council_of_an_intergovernmental_body_agrees(gazetteer_nlp) -> None:
    # the body's ministers in a compound: a council of the body, one party
    text = (
        "Die EU-Agrarminister haben sich am Dienstag in Linz auf neue Quoten geeinigt."
    )
    assert meetings_found(gazetteer_nlp, text, {"Linz": "LOC"}) == [({"EU"}, "Linz")]


@pytest.mark.parametrize(
    "text",
    [
        # one party that is no intergovernmental body
        "Die Nordbank-Minister haben sich am Dienstag in Linz auf neue Quoten "
        "geeinigt.",
        # no agreement reached
        "Die EU-Agrarminister haben sich am Dienstag in Linz nicht auf neue Quoten "
        "geeinigt.",
    ],
)
def test_one_party_alone_agrees_with_no_one(gazetteer_nlp, text) -> None:
    assert meetings_found(gazetteer_nlp, text, {"Linz": "LOC", "Nordbank": "ORG"}) == []


def test_talks_taken_up_again_are_a_new_round(blank_nlp) -> None:
    text = (
        "Olaf Berg traf Ida Roth am Montag in Linz. In den kommenden Tagen wollen "
        "Olaf Berg und Ida Roth ihre Verhandlungen fortsetzen."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Linz"),
        ({"Olaf Berg", "Ida Roth"}, None),
    ]


def test_talks_taken_up_again_with_no_one_named_stay_the_talks_before(
    blank_nlp,
) -> None:
    text = (
        "Olaf Berg traf Ida Roth am Montag in Linz. Die Gespräche sollen bald "
        "fortgesetzt werden."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Ida Roth"}, "Linz")
    ]


def test_in_talks_with_a_partner_named_before_the_noun(blank_nlp) -> None:
    text = "Die Nordbank ist seit Wochen mit der Metallunion in Gesprächen."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Nordbank", "Metallunion"}, None)
    ]


def test_representatives_met_further_into_the_clause(blank_nlp) -> None:
    text = "Olaf Berg traf am Montag in Linz Vertreter der Nordbank."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Olaf Berg", "Nordbank"}, "Linz")
    ]
