"""Meeting phrasings found on unseen Panorama news (issue 15, meet4,
``bench/extract_dev_meet3.jsonl``): the states whose office holders meet
("die Regierungschefs der drei Staaten – A, B und C – in X"), the counterpart
("die Einigung mit seinem Amtskollegen X"), talks opened ("startete die
Verhandlungen mit"), an EU council in the genitive, who takes part ("auf
Einladung von X", "bei dem auch X vertreten sein wird", "Neben A sind auch B
und C vertreten", "Dieser Gipfel", "beim EU-Rat, an dem X teilnahm"), and what
is not the meeting's: a place of another noun phrase joined by "und", a
convening body's later talks with someone else, someone "nicht anwesend";
the teller of a meeting told in the first person ("Wir haben mit X
gesprochen, sagte Y") takes part.
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Kral": "PER",
    "Wien": "LOC",
    "Prag": "LOC",
    "Brüssel": "LOC",
    "Ostsee": "LOC",
    "Polen": "LOC",
    "Polens": "LOC",
    "Ungarn": "LOC",
    "Ungarns": "LOC",
    "Slowakei": "LOC",
    "Kroatiens": "LOC",
    "Serbien": "LOC",
    "EU": "ORG",
    "Nato": "ORG",
    "Nordbank": "ORG",
    "Donaustaaten": "ORG",
    "EU-Rat": "ORG",
    "Landtag": "ORG",
    "Jana Novak": "PER",
    "USA": "LOC",
    "Russland": "LOC",
    "China": "LOC",
    "Frankreich": "LOC",
    "Deutschland": "LOC",
    "Iran": "LOC",
    "ÖGB": "ORG",
    "Wirtschaftskammer": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the office holders of states listed after a dash, the list running on
        # after the closing dash; the group's own name is not a party
        (
            "Am Freitag treffen sich die Regierungschefs der drei Donaustaaten – "
            "Polen, Ungarn und Slowakei – sowie Kroatiens in Prag.",
            [({"Polen", "Ungarn", "Slowakei", "Kroatien"}, "Prag")],
        ),
        # office holders of states in the genitive after the verb
        (
            "Heute beraten die Außenminister Polens und Ungarns in Wien.",
            [({"Polen", "Ungarn"}, "Wien")],
        ),
        # ... and after a meeting noun
        (
            "Olaf Berg sprach vom Treffen der Finanzminister Polens und Ungarns.",
            [({"Polen", "Ungarn"}, None)],
        ),
        # the counterpart: "sein" points to the subject, the other party
        (
            "Am Samstag hat Olaf Berg die Einigung mit seinem Amtskollegen Jan Kral "
            "begrüßt.",
            [({"Olaf Berg", "Jan Kral"}, None)],
        ),
        (
            "Ida Roth lobte das Gespräch mit ihrem ungarischen Amtskollegen Jan Kral "
            "in Wien.",
            [({"Ida Roth", "Jan Kral"}, "Wien")],
        ),
        # talks opened by the subject, also after a colon
        (
            "Noch wichtiger: Die EU startete am Montag die Verhandlungen mit Serbien.",
            [({"EU", "Serbien"}, None)],
        ),
        (
            "Die Nordbank startete Verhandlungen mit der EU.",
            [({"Nordbank", "EU"}, None)],
        ),
        # an EU council of ministers in the genitive: the body and its place
        (
            "Olaf Berg meinte am Rande des EU-Außenministerrats in Brüssel, er sei "
            "zufrieden.",
            [({"Olaf Berg", "EU"}, "Brüssel")],
        ),
        # a convening body's later talks with a state are talks of their own
        (
            "Beim EU-Außenministerrat in Brüssel ging es um Geld. Olaf Berg war "
            "zufrieden. Ida Roth schwieg. Es regnete. Die EU startete dann die "
            "Verhandlungen mit Serbien.",
            [({"EU"}, "Brüssel"), ({"EU", "Serbien"}, None)],
        ),
        # the host takes part, also where the states convene; the states that
        # take part follow in the next sentence; "Dieser Gipfel" is that meeting
        # and the relative clause names more of who takes part
        (
            "Am Freitag tagen auf Einladung von Kanzler Olaf Berg die Regierungschefs "
            "der betroffenen Staaten. Neben Polen sind auch Ungarn und die Slowakei "
            "vertreten. Dieser Gipfel, bei dem auch Ida Roth vertreten sein wird, "
            "soll Klarheit bringen.",
            [({"Olaf Berg", "Polen", "Ungarn", "Slowakei", "Ida Roth"}, None)],
        ),
        # a host on a meeting noun; the relative clause of taking part
        (
            "Die Konferenz, an der auch Jan Kral teilnimmt, findet unter Vorsitz "
            "von Olaf Berg statt.",
            [({"Olaf Berg", "Jan Kral"}, None)],
        ),
        # "vertreten" as "to represent" adds no one to the meeting before
        (
            "Olaf Berg traf Ida Roth. Jan Kral und Jana Novak vertreten die Nordbank.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # a meeting told in the first person: the teller took part; "jener in X"
        # names a body by its seat, not where they talked
        (
            "Wir haben mit der Nordbank und mit jener in Prag gesprochen, sagte "
            "Ida Roth.",
            [({"Nordbank", "Ida Roth"}, None)],
        ),
        (
            "Ich habe Olaf Berg am Montag in Wien getroffen, so Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, "Wien")],
        ),
        # the parties after "haben sich die Sozialpartner", the participle far
        # after "sich"
        (
            "Am Montag haben sich die Sozialpartner ÖGB und Wirtschaftskammer auf "
            "einen Abschluss geeinigt.",
            [({"ÖGB", "Wirtschaftskammer"}, None)],
        ),
        (
            "In dem Abkommen hatten sich die Verhandlungspartner USA, Russland, China, "
            "Frankreich und Deutschland mit dem Iran nach langen Runden darauf "
            "geeinigt, dass alles gut wird.",
            [({"USA", "Russland", "China", "Frankreich", "Deutschland", "Iran"}, None)],
        ),
        # a body's session that someone took part in, with the subject there
        (
            "Ida Roth zeigte sich beim EU-Rat, an dem aus Polen Jan Kral teilnahm, "
            "zufrieden.",
            [({"Ida Roth", "Jan Kral", "EU"}, None)],
        ),
    ],
)
def test_meetings_of_bodies(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the place belongs to the phrase before "und eines": the summit has
        # only its body left
        "Der Schritt fällt in die Woche des Nato-Einsatzes in der Ostsee und eines "
        "EU-Gipfels.",
        # a possessive with a noun that is no counterpart
        "Olaf Berg lobte das Gespräch mit seinem Sohn.",
        # the teller of a meeting told in the third person is not in it (a
        # single actor and no place: no meeting)
        "Sie hat mit der Nordbank gesprochen, sagte Ida Roth.",
        # one absent is no one taking part; a body's session has no parties
        "Am Dienstag trat der Landtag in Graz zur Sitzung zusammen. Olaf Berg war "
        "nicht anwesend, dafür Ida Roth und Jan Kral.",
        # a host named for another meeting noun than the one that dates it
        "Noch vor dem EU-Gipfel wollten die Staaten auf Einladung von Olaf Berg "
        "zu einem Sondertreffen zusammenkommen. Dann sagte Berg das Sondertreffen "
        "ab.",
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert _found(blank_nlp, text) == []
