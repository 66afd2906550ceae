"""Meeting phrasings of domestic politics and economy news (issue 15, meet5,
``bench/extract_dev_meet.jsonl``): the parties' representatives with "von"
("Die Spitzen von SPÖ und ÖVP trafen sich", "Verhandlungsteams"; not their
voters); the partner named with "mit" before the talks ("Die Gewerkschaft
führt mit der Wirtschaftskammer Verhandlungen", "hat mit X eine Einigung
erzielt"; not "ist mit X unzufrieden, die Verhandlungen stocken"); the host
and the guest of an invitation to talks ("lud X zu einem Gespräch ein", "hat
X zu Verhandlungen eingeladen"; not to a concert, not "lud X ein, die
Verhandlungen zu beobachten"); the parties at the negotiating table ("sitzen
am Verhandlungstisch", "kehrt mit X an den Verhandlungstisch zurück"; not "Eine
Rückkehr zum Verhandlungstisch schließt X aus"); representatives after an
article ("mit den Vertretern der Gewerkschaft"); a party "in" talks ("ist in
Gesprächen mit X", "steht in Verhandlungen mit"; not "ist in Wien"); the
party in the genitive before "mit" ("Die Gespräche der Nordbank mit Baumax"; not
without a partner); who is at the session of an
intergovernmental body named in the genitive ("bei der Sitzung der
Eurogruppe"), and who speaks or acts just before a meeting ("vor der Sitzung
der Eurogruppe", "sagte vor dem Treffen mit X"); and what is not one: a
warning against a meeting, "vor Beginn der Gespräche", a genitive that runs
on to other parties. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Eurogruppe": "ORG",
    "Ukraine": "LOC",
    "Wien": "LOC",
    "SPÖ": "ORG",
    "ÖVP": "ORG",
    "Gewerkschaft": "ORG",
    "Wirtschaftskammer": "ORG",
    "Baumax": "ORG",
    "Nordbank": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the subject at the session of an intergovernmental body
        (
            "Olaf Berg stimmte bei der Sitzung der Eurogruppe am Freitag für das "
            "Paket.",
            [({"Olaf Berg", "Eurogruppe"}, None)],
        ),
        (
            "Olaf Berg wird auf der Sitzung der Eurogruppe am Freitag für das "
            "Paket stimmen.",
            [({"Olaf Berg", "Eurogruppe"}, None)],
        ),
        # just before the session, also without an article (a headline)
        (
            "Finanzminister Olaf Berg erhält Mandat des Parlaments vor Sitzung der "
            "Eurogruppe am Freitag.",
            [({"Olaf Berg", "Eurogruppe"}, None)],
        ),
        (
            "Olaf Berg sagte vor dem Treffen mit Ida Roth, er sei zuversichtlich.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
    ],
)
def test_session_and_before(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # a warning against a meeting is no attendance
        "Olaf Berg warnte vor dem Treffen mit Ida Roth.",
        "Olaf Berg hat vor der Sitzung der Eurogruppe gewarnt.",
        # "vor Beginn der Gespräche": before talks of others began
        "Olaf Berg ist noch vor Beginn der Sondierungsgespräche in Wien vorgeprescht.",
    ],
)
def test_not_at_meeting(blank_nlp, text) -> None:
    assert _found(blank_nlp, text) == []


def test_genitive_running_on_is_not_the_subjects_session(blank_nlp) -> None:
    # the session of the body with another party: the subject is not put in
    found = _found(
        blank_nlp, "Olaf Berg sprach nach der Sitzung der Eurogruppe und der Ukraine."
    )
    assert all("Olaf Berg" not in names for names, _ in found)


def test_a_meeting_that_dates_the_clauses_own_one(blank_nlp) -> None:
    # "vor der Sitzung" dates the meeting the verb names: the subjects are not
    # at the earlier one
    text = (
        "Noch vor der Sitzung der Eurogruppe wollten Olaf Berg und Ida Roth in "
        "Wien zusammenkommen."
    )
    assert _found(blank_nlp, text) == [({"Olaf Berg", "Ida Roth"}, "Wien")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Die Spitzen von SPÖ und ÖVP trafen sich am Montag.",
            [({"SPÖ", "ÖVP"}, None)],
        ),
        (
            "Vertreter von SPÖ und ÖVP kamen am Montag zusammen.",
            [({"SPÖ", "ÖVP"}, None)],
        ),
        (
            "Die Verhandlungsteams von SPÖ und ÖVP kamen am Montag zusammen.",
            [({"SPÖ", "ÖVP"}, None)],
        ),
        (
            "Am Montag trafen sich in Wien Vertreter von SPÖ und ÖVP.",
            [({"SPÖ", "ÖVP"}, "Wien")],
        ),
        # "von" after another noun stays a place or an origin: no meeting
        ("Die Wähler von SPÖ und ÖVP trafen sich am Montag.", []),
    ],
)
def test_representatives_of_parties_with_von(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Die Gewerkschaft führt mit der Wirtschaftskammer neue Verhandlungen.",
            [({"Gewerkschaft", "Wirtschaftskammer"}, None)],
        ),
        (
            "Die Gewerkschaft hat mit der Wirtschaftskammer Gespräche aufgenommen.",
            [({"Gewerkschaft", "Wirtschaftskammer"}, None)],
        ),
        (
            "Die Gewerkschaft hat mit der Wirtschaftskammer eine Einigung erzielt.",
            [({"Gewerkschaft", "Wirtschaftskammer"}, None)],
        ),
        (
            "Olaf Berg erzielte mit Ida Roth eine Einigung.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # "mit X" of another predicate, the talks in another clause
        (
            "Die Gewerkschaft ist mit der Wirtschaftskammer unzufrieden, die "
            "Verhandlungen stocken.",
            [],
        ),
    ],
)
def test_partner_with_mit_before_the_talks(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Olaf Berg lud Ida Roth zu einem Gespräch nach Wien ein.",
            [({"Olaf Berg", "Ida Roth"}, "Wien")],
        ),
        (
            "Die Gewerkschaft hat die Wirtschaftskammer zu Verhandlungen eingeladen.",
            [({"Gewerkschaft", "Wirtschaftskammer"}, None)],
        ),
        (
            "Olaf Berg lädt die Gewerkschaft zum Gespräch.",
            [({"Olaf Berg", "Gewerkschaft"}, None)],
        ),
        # the participle after the noun, also in the passive
        (
            "Olaf Berg hat Ida Roth zu einem langen Gespräch eingeladen.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Ida Roth wurde von Olaf Berg zu einem Treffen in Wien eingeladen.",
            [({"Olaf Berg", "Ida Roth"}, "Wien")],
        ),
        ("Olaf Berg lud Ida Roth zu einem Konzert ein.", []),
        ("Olaf Berg hat Ida Roth zu einem Konzert eingeladen.", []),
        ("Olaf Berg lud Ida Roth ein, die Verhandlungen zu beobachten.", []),
    ],
)
def test_invited_to_talks(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Olaf Berg und Ida Roth saßen am Montag am Verhandlungstisch.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Die Gewerkschaft und die Wirtschaftskammer sitzen wieder am "
            "Verhandlungstisch.",
            [({"Gewerkschaft", "Wirtschaftskammer"}, None)],
        ),
        (
            "Die Gewerkschaft kehrt mit der Wirtschaftskammer an den "
            "Verhandlungstisch zurück.",
            [({"Gewerkschaft", "Wirtschaftskammer"}, None)],
        ),
        ("Eine Rückkehr zum Verhandlungstisch schließt Ida Roth aus.", []),
        # "sitzen" takes no other meeting noun
        ("Olaf Berg sitzt seit dem Treffen im Büro.", []),
        (
            "Olaf Berg verhandelte am Montag mit den Vertretern der Gewerkschaft.",
            [({"Olaf Berg", "Gewerkschaft"}, None)],
        ),
        ("Olaf Berg sprach mit den Wählern der Gewerkschaft.", []),
    ],
)
def test_table_and_representatives(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Baumax ist in Gesprächen mit der Nordbank.",
            [({"Baumax", "Nordbank"}, None)],
        ),
        (
            "Baumax steht in Verhandlungen mit der Nordbank über einen Verkauf.",
            [({"Baumax", "Nordbank"}, None)],
        ),
        (
            "Baumax befindet sich in Verhandlungen mit der Nordbank.",
            [({"Baumax", "Nordbank"}, None)],
        ),
        ("Baumax ist in Wien.", []),
    ],
)
def test_a_party_in_talks(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Die Gespräche der Nordbank mit Baumax laufen.",
            [({"Nordbank", "Baumax"}, None)],
        ),
        (
            "Die Verhandlungen der Gewerkschaft mit der Wirtschaftskammer sind "
            "gescheitert.",
            [({"Gewerkschaft", "Wirtschaftskammer"}, None)],
        ),
        ("Die Gespräche der Gewerkschaft sind gescheitert.", []),
    ],
)
def test_genitive_party_before_mit(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found
