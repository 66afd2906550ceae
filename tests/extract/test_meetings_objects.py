"""What a meeting sentence names besides its parties: the object of "über" or
"für" before the verb ("haben über Polen beraten") and the partner of a
relation noun ("das Handelsabkommen mit Ungarn", "die Beziehungen mit der EU")
are what the talks are about, not who sits at the table; "mit X verhandeln"
still is a party. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Polen": "LOC",
    "Ungarn": "LOC",
    "Kanada": "LOC",
    "EU": "ORG",
    "Nordbank": "ORG",
    "Gewerkschaft Bau": "ORG",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the object of "über" right before the verb, in a second sentence
        (
            "Olaf Berg hat Ida Roth empfangen. Die beiden haben über Polen beraten.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Olaf Berg hat Ida Roth getroffen. Beide wollen für Polen verhandeln.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # a relation noun's own "mit"
        (
            "Olaf Berg traf Ida Roth. Die beiden erörterten das Handelsabkommen "
            "mit Kanada.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Olaf Berg sprach mit Ida Roth über die Beziehungen mit der EU.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # ... while "mit X" after the verb or before it is a party
        (
            "Die Nordbank will mit Ungarn verhandeln.",
            [({"Nordbank", "Ungarn"}, None)],
        ),
        (
            "Die Gewerkschaft Bau verhandelte am Montag mit der Nordbank.",
            [({"Gewerkschaft Bau", "Nordbank"}, None)],
        ),
    ],
)
def test_objects_are_no_parties(blank_nlp, text, found):
    assert meetings_found(blank_nlp, text, _ACTORS) == found


@pytest.mark.parametrize(
    "text",
    [
        "Die Nordbank und die Gewerkschaft Bau sind am Montag zusammengekommen.",
        "Die Nordbank und die Gewerkschaft Bau waren in Wien zusammengetroffen.",
    ],
)
def test_plural_perfect_with_sein(blank_nlp, text):
    # "sind/waren … zusammengekommen": the parties before the plural auxiliary
    found = meetings_found(blank_nlp, text, _ACTORS)
    assert [m[0] for m in found] == [{"Nordbank", "Gewerkschaft Bau"}]


def test_er_after_a_person_of_its_own_sentence(blank_nlp):
    # "reist X nach Linz, wo er Y treffen soll": "er" is X, not the person of
    # the sentence before
    text = (
        "Olaf Berg traf in Wien Ida Roth. Am Sonntag reist Gustav Ott nach Linz, "
        "wo er die Nordbank treffen soll."
    )
    found = meetings_found(
        blank_nlp, text, {**_ACTORS, "Gustav Ott": "PER", "Linz": "LOC", "Wien": "LOC"}
    )
    assert found[-1][0] == {"Gustav Ott", "Nordbank"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Zeit war geprägt von den Verhandlungen Ungarns zum Beitritt in die EU.",
        "Ungarn führt seit Jahren Gespräche über den Beitritt zur EU.",
    ],
)
def test_accession_talks_have_the_union_as_side(blank_nlp, text):
    found = meetings_found(blank_nlp, text, {**_ACTORS, "Ungarns": "LOC"})
    assert [m[0] for m in found] == [{"Ungarn", "EU"}]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Olaf Berg und Ida Roth unterhielten sich lange.", 1),
        ("Olaf Berg hat sich am Montag mit Ida Roth unterhalten.", 1),
        # "unterhalten" without "sich" keeps or runs; a talk with no named side
        ("Olaf Berg unterhält gute Beziehungen zu Ida Roth.", 0),
        ("Die Nordbank unterhält in Polen ein Werk.", 0),
        ("Olaf Berg unterhielt sich mit Journalisten.", 0),
    ],
)
def test_a_conversation_is_a_talk(blank_nlp, text, n):
    assert len(meetings_found(blank_nlp, text, _ACTORS)) == n
