"""Meeting phrasings found on unseen news (issue 15, ``bench/extract_dev_meet2.jsonl``):
genitive meeting nouns, agreements between named parties ("vereinbaren", a list
of parties with unnamed members, a body noun before the parties), and what is
no meeting or no meeting place: an interview compound, a topic after "über", a
meeting that only dates another, a meeting called off. Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Berg": "PER",
    "Wien": "LOC",
    "Wiens": "LOC",
    "Ungarn": "LOC",
    "Ungarns": "LOC",
    "EU": "ORG",
    "SPÖ": "ORG",
    "ÖVP": "ORG",
    "Nordbank": "ORG",
    "Gewerkschaft Bau": "ORG",
    "STANDARD": "ORG",
    "APA": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a meeting noun in the genitive
        (
            "Am Montag gab es anlässlich eines Treffens von Olaf Berg mit Ida Roth "
            "Gerüchte.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # "vereinbaren" between two named parties
        (
            "Die Höhe soll noch zwischen Olaf Berg und Ida Roth vereinbart werden.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Die SPÖ und die Gewerkschaft Bau haben eine Lohnerhöhung vereinbart.",
            [({"SPÖ", "Gewerkschaft Bau"}, None)],
        ),
        # the officials of two states, the states in the genitive
        (
            "Die Außenminister Wiens und Ungarns haben eine Kooperation vereinbart.",
            [({"Österreich", "Ungarn"}, None)],
        ),
        # a list of parties that runs on with unnamed members, far from "sich"
        (
            "SPÖ, Nordbank und zwei Bürgerlisten hatten sich nach der Wahl im "
            "Herbst auf eine Zusammenarbeit geeinigt.",
            [({"SPÖ", "Nordbank"}, None)],
        ),
        # a body noun before the named parties
        (
            "Die Koalitionsparteien SPÖ und ÖVP haben sich auf ein Budget geeinigt.",
            [({"SPÖ", "ÖVP"}, None)],
        ),
        (
            "Gestern einigten sich die Sozialpartner Gewerkschaft Bau und Nordbank "
            "auf einen Abschluss.",
            [({"Gewerkschaft Bau", "Nordbank"}, None)],
        ),
        (
            "Ida Roth traf sich in Wien mit den Sozialpartnern Gewerkschaft Bau "
            "und Nordbank.",
            [({"Ida Roth", "Gewerkschaft Bau", "Nordbank"}, "Wien")],
        ),
        # a place in the topic after "über" is not where they talk
        (
            "Olaf Berg will mit Ida Roth über die Lage in Ungarn reden.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Olaf Berg und Ida Roth berieten in Wien über die Lage in Ungarn.",
            [({"Olaf Berg", "Ida Roth"}, "Wien")],
        ),
        # a meeting noun that dates another is not merged with it
        (
            "Noch vor dem EU-Gipfel wollten Olaf Berg und Ida Roth in Wien "
            "zusammenkommen.",
            [({"Olaf Berg", "Ida Roth"}, "Wien")],
        ),
    ],
)
def test_meetings_of_unseen_news(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # an interview: the medium in front of the noun
        "Das sagte Olaf Berg am Montag im STANDARD-Gespräch in Wien.",
        "Ida Roth betonte im APA-Gespräch in Wien, alles sei korrekt.",
        # the participle as an adjective, "wie vereinbart"
        "Olaf Berg und Ida Roth lobten die vereinbarten Reformen.",
        "Wie vereinbart überwies die Nordbank der SPÖ das Geld.",
        # no agreement reached
        "Die SPÖ und die ÖVP konnten sich nach langen Beratungen nicht auf ein "
        "Budget für die Nordbank einigen.",
        # a talk denied at the end of its clause
        "Die SPÖ werde vor der Wahl in Wien nicht über den Antrag der Nordbank "
        "beraten, sagte Olaf Berg.",
        # a session of one body
        "Das sagte Ida Roth am Montag bei einer Parteisitzung in Wien.",
        # "treffen" as "to hit", a "mit" far from it
        "Dies trifft die Ungarn hart, die auf Geschäfte mit der Nordbank gesetzt "
        "hatten.",
        # a match won, outside a match report
        "Ida Roth hat die zwei Begegnungen mit Olaf Berg in Wien gewonnen.",
        # a meeting called off
        "Olaf Berg und Ida Roth wollten zu einem Sondertreffen in Wien "
        "zusammenkommen. Am Abend sagte Berg das Sondertreffen ab.",
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert _found(blank_nlp, text) == []
