"""The meeting partner named only before the meeting sentence (issue 15):
"empfing ihn", "sprach mit ihm", "empfing den Gast", "Hollande empfing sie",
and "mit seinem Amtskollegen X" after a talk verb. Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Karl Stein": "PER",
    "Berg": "PER",
    "Wien": "LOC",
    "Prag": "LOC",
    "Tschechien": "LOC",
}


def _attendees(nlp, text: str) -> list[set[str]]:
    return [names for names, _ in meetings_found(nlp, text, _ACTORS)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the object pronoun of a meeting verb: the visitor named before
        (
            "Der Premier Olaf Berg kam am Montag nach Wien. "
            "Die Kanzlerin Ida Roth empfing ihn am Abend.",
            [{"Olaf Berg", "Ida Roth"}],
        ),
        # "mit ihm" after a talk verb
        (
            "Der Premier Olaf Berg reiste am Montag nach Prag. "
            "Dort sprach Ida Roth mit ihm über die Grenze.",
            [{"Olaf Berg", "Ida Roth"}],
        ),
        # "den Gast", "seinen hohen Gast"
        (
            "Olaf Berg traf am Dienstag in Wien ein. "
            "Karl Stein empfing den Gast in seinem Amtssitz.",
            [{"Olaf Berg", "Karl Stein"}],
        ),
        (
            "Ida Roth flog am Freitag nach Prag. "
            "Am Flughafen empfing Karl Stein seinen hohen Gast.",
            [{"Ida Roth", "Karl Stein"}],
        ),
        # "sie" right after the verb whose subject is named: the object
        (
            "Die Ministerin Ida Roth reiste am Montag nach Wien. "
            "Olaf Berg empfing sie im Amt.",
            [{"Olaf Berg", "Ida Roth"}],
        ),
        # "mit seinem Amtskollegen X": the counterpart is a partner
        (
            "Am Montag sprach Olaf Berg mit seinem Amtskollegen Karl Stein.",
            [{"Olaf Berg", "Karl Stein"}],
        ),
    ],
)
def test_partner_named_before(blank_nlp, text, found) -> None:
    assert _attendees(blank_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun is the participant already named: no third person
        "Olaf Berg kam nach Wien. Ida Roth traf sich mit Karl Stein und "
        "sprach mit ihm lange.",
        # the guest named right after the noun
        "Ida Roth kam nach Wien. Karl Stein empfing den Gast Olaf Berg.",
    ],
)
def test_partner_not_taken_twice(blank_nlp, text) -> None:
    for names in _attendees(blank_nlp, text):
        assert "Olaf Berg" not in names or "Ida Roth" not in names


_BODIES = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Nordland": "LOC",
    "Südland": "LOC",
    "Wien": "LOC",
    "Nordunion": "ORG",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "mit" after the genitive of the meeting noun
        (
            "Das Treffen der Staats- und Regierungschefs der Nordunion mit "
            "Südland brachte keinen Durchbruch.",
            [{"Nordunion", "Südland"}],
        ),
        # the officials of a body as the object or subject of the verb
        (
            "Olaf Berg trifft am Dienstag in Wien die Staats- und "
            "Regierungschefs der Nordunion.",
            [{"Olaf Berg", "Nordunion"}],
        ),
        (
            "Ida Roth traf am Montagabend im Rathaus die Finanzminister der Nordunion.",
            [{"Ida Roth", "Nordunion"}],
        ),
        # a delegation "aus" a state
        (
            "Olaf Berg empfing am Montag eine Delegation aus Nordland.",
            [{"Olaf Berg", "Nordland"}],
        ),
    ],
)
def test_bodies_of_officials(blank_nlp, text, found) -> None:
    got = [names for names, _ in meetings_found(blank_nlp, text, _BODIES)]
    assert got == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "zu Gast bei" a titled host
        (
            "Olaf Berg war am Dienstag zu Gast bei Präsident Karl Stein in Wien.",
            [({"Olaf Berg", "Karl Stein"}, "Wien")],
        ),
        # the host after "bei" of a visit noun
        (
            "Ida Roth absolvierte am Freitag ihren Antrittsbesuch in Prag bei "
            "Präsident Karl Stein.",
            [({"Ida Roth", "Karl Stein"}, "Prag")],
        ),
    ],
)
def test_host_after_bei(blank_nlp, text, found) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == found


_FIRMS = {
    "Olaf Berg": "PER",
    "Nordbank": "ORG",
    "Südwerk": "ORG",
    "Westkonzern": "ORG",
    "chinesischen": "LOC",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a common noun in apposition before the company
        (
            "Olaf Berg verhandelt seit Montag mit der Mutter Nordbank über den "
            "Verkauf.",
            [{"Olaf Berg", "Nordbank"}],
        ),
        (
            "Der Westkonzern verhandelt mit dem chinesischen Autobauer Südwerk "
            "über eine Kooperation.",
            [{"Westkonzern", "Südwerk"}],
        ),
    ],
)
def test_company_after_apposition(blank_nlp, text, found) -> None:
    got = [names for names, _ in meetings_found(blank_nlp, text, _FIRMS)]
    assert got == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the organisation a participle at the end of its clause takes
        (
            "Olaf Berg hat am Montag die Nordbank in Wien empfangen.",
            [({"Olaf Berg", "Nordbank"}, "Wien")],
        ),
        # "Im Gespräch mit X betonte Y": both take part
        (
            "Im Gespräch mit Präsident Karl Stein betonte Olaf Berg, die Lage "
            "sei ernst.",
            [({"Karl Stein", "Olaf Berg"}, None)],
        ),
        # the talks open the sentence, the parties follow the verb
        (
            "Die Gespräche führen die Nordbank und das Südwerk.",
            [({"Nordbank", "Südwerk"}, None)],
        ),
    ],
)
def test_objects_and_opening_phrases(blank_nlp, text, found) -> None:
    actors = {**_FIRMS, "Karl Stein": "PER", "Wien": "LOC"}
    assert meetings_found(blank_nlp, text, actors) == found


def test_genitive_of_a_participle_object_is_no_party(blank_nlp) -> None:
    # "den Chef der Nordbank getroffen": the bank is not met as a body
    text = "Olaf Berg hat am Montag den Chef der Nordbank in Wien getroffen."
    found = meetings_found(blank_nlp, text, {**_FIRMS, "Wien": "LOC"})
    assert all("Nordbank" not in names for names, _ in found)


_STATES = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Karl Stein": "PER",
    "Nordland": "LOC",
    "Nordländerpräsident": "LOC",
}


def test_compound_title_of_a_state_names_the_person(blank_nlp) -> None:
    # "Palästinenserpräsident X": X, not the state of the compound
    text = "Olaf Berg traf am Montag Nordländerpräsident Karl Stein."
    found = meetings_found(blank_nlp, text, _STATES)
    assert [names for names, _ in found] == [{"Olaf Berg", "Karl Stein"}]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the host named: the meeting is of the visitor and the host
        (
            "Olaf Berg besuchte am Dienstag Polen. Er traf dort seinen "
            "Amtskollegen Karl Stein.",
            [{"Olaf Berg", "Karl Stein"}],
        ),
        # no host named: the country visited receives
        (
            "Olaf Berg besuchte am Dienstag Polen.",
            [{"Olaf Berg", "Polen"}],
        ),
    ],
)
def test_visited_country_only_without_a_host(gazetteer_nlp, text, found) -> None:
    actors = {
        "Olaf Berg": "PER",
        "Karl Stein": "PER",
        "Warschau": "LOC",
        "Polen": "LOC",
    }
    assert [names for names, _ in meetings_found(gazetteer_nlp, text, actors)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the subject after a reflexive verb that follows the opening phrase
        (
            "Bei einem Telefonat mit Ida Roth sprach sich Olaf Berg für "
            "Sanktionen aus.",
            [({"Ida Roth", "Olaf Berg"}, None)],
        ),
        # an opening phrase with "Zu"
        (
            "Zu einem Treffen mit Präsident Karl Stein reiste Olaf Berg am "
            "Montag nach Prag.",
            [({"Karl Stein", "Olaf Berg"}, "Prag")],
        ),
    ],
)
def test_subject_after_opening_phrase(blank_nlp, text, found) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Dort" in a meeting sentence without a place: where the sentence
        # before went
        (
            "Der Premier Olaf Berg reiste am Montag nach Prag. "
            "Dort traf er den Minister Karl Stein.",
            [({"Olaf Berg", "Karl Stein"}, "Prag")],
        ),
        # ... and not where the sentence before names no place
        (
            "Der Premier Olaf Berg lobte die Reform. "
            "Dort traf er den Minister Karl Stein.",
            [({"Olaf Berg", "Karl Stein"}, None)],
        ),
        # a place of its own wins
        (
            "Der Premier Olaf Berg reiste am Montag nach Prag. "
            "Dort traf er Karl Stein später in Wien.",
            [({"Olaf Berg", "Karl Stein"}, "Wien")],
        ),
    ],
)
def test_dort_is_the_place_of_the_sentence_before(gazetteer_nlp, text, found) -> None:
    assert meetings_found(gazetteer_nlp, text, _ACTORS) == found
