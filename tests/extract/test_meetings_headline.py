"""A headline that names a meeting and the dated sentence of the text that
reports it are one meeting, even when only the headline names the place
("Berg empfängt Roth in Linz" / "hat am Montag … empfangen"); a meeting of the
same pair at another place stays apart; "An dem Treffen nahmen X und Y teil"
adds to the meeting named before. Invented sentences on hand-annotated Docs,
with a publication date so that "am Montag" resolves."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Berg": "PER",
    "Roth": "PER",
    "Linz": "LOC",
    "Graz": "LOC",
}

_PUBLISHED = date(2021, 3, 17)  # a Wednesday


def _meetings(nlp, text):
    rec = extract(nlp, text, _ACTORS, _PUBLISHED)
    return [
        (
            {k.partition("/")[2] for k in m.attendees},
            m.location and m.location.partition("/")[2],
            m.date,
        )
        for m in rec.meetings
    ]


def test_headline_and_dated_report_are_one_meeting(blank_nlp):
    text = (
        "Berg empfängt Roth in Linz\n\n"
        "Olaf Berg hat am Montag Ida Roth im Rathaus empfangen. "
        "Roth sagte nach dem Gespräch, man sei sich einig."
    )
    assert _meetings(blank_nlp, text) == [
        ({"Olaf Berg", "Ida Roth"}, "Linz", date(2021, 3, 15))
    ]


def test_headline_without_place_and_dated_report_with_one_are_one_meeting(
    blank_nlp,
):
    text = (
        "Berg und Roth beraten über die Hilfe\n\n"
        "Olaf Berg hat am Montag in Linz Ida Roth getroffen. "
        "Roth sagte nach dem Gespräch, man sei sich einig."
    )
    assert _meetings(blank_nlp, text) == [
        ({"Olaf Berg", "Ida Roth"}, "Linz", date(2021, 3, 15))
    ]


def test_a_meeting_with_its_own_time_and_a_dated_one_elsewhere_stay_apart(
    blank_nlp,
):
    # the first meeting has a time of its own ("im Januar"): not the same one
    text = (
        "Olaf Berg und Ida Roth berieten im Januar über die Hilfe. "
        "Am Montag hat Olaf Berg in Linz Ida Roth getroffen."
    )
    assert len(_meetings(blank_nlp, text)) == 2


def test_dated_meeting_at_another_place_stays_apart(blank_nlp):
    text = (
        "Berg empfängt Roth in Linz\n\n"
        "Olaf Berg hat am Montag Ida Roth in Graz empfangen."
    )
    assert len(_meetings(blank_nlp, text)) == 2


def test_meeting_tied_back_by_dazu_is_the_one_before(blank_nlp):
    # "trafen sich dazu": the signing named just before, with its place
    text = (
        "Die Nordbank und die Südbank haben in Linz einen Vertrag unterzeichnet. "
        "Olaf Berg und Ida Roth trafen sich dazu am Rande einer Messe."
    )
    ents = {**_ACTORS, "Nordbank": "ORG", "Südbank": "ORG"}
    rec = extract(blank_nlp, text, ents, _PUBLISHED)
    assert [
        ({k.partition("/")[2] for k in m.attendees}, m.location) for m in rec.meetings
    ] == [({"Nordbank", "Südbank", "Olaf Berg", "Ida Roth"}, "place/Linz")]


@pytest.mark.parametrize(
    "second",
    [
        "An dem Treffen nahm auch Eva Lang teil.",
        "Auch Eva Lang nahm an dem Treffen teil.",
    ],
)
def test_one_more_attendee_of_the_meeting_before(blank_nlp, second):
    # "dem Treffen" with one person of its own: that person joins the meeting
    # named just before (not a meeting of its own, which one person cannot be)
    text = "Olaf Berg traf sich am Freitag in Linz mit Ida Roth. " + second
    rec = extract(blank_nlp, text, {**_ACTORS, "Eva Lang": "PER"}, _PUBLISHED)
    assert [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings] == [
        {"Olaf Berg", "Ida Roth", "Eva Lang"}
    ]


def test_who_took_part_in_the_meeting_named_before(blank_nlp):
    # "An dem Treffen nahmen X, Y und Z teil": the meeting before, however many
    text = (
        "Nach langen Beratungen haben sich Olaf Berg und Ida Roth am Montag in "
        "Linz geeinigt. An dem Treffen nahmen auch Jan Falk und Eva Lang teil."
    )
    ents = {**_ACTORS, "Jan Falk": "PER", "Eva Lang": "PER"}
    rec = extract(blank_nlp, text, ents, _PUBLISHED)
    assert [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings] == [
        {"Olaf Berg", "Ida Roth", "Jan Falk", "Eva Lang"}
    ]


def test_a_meeting_elsewhere_is_not_the_one_before(blank_nlp):
    # another place: two meetings
    text = (
        "Olaf Berg und Ida Roth haben sich am Montag in Linz geeinigt. Am Treffen "
        "in Graz nahmen Jan Falk und Eva Lang teil."
    )
    ents = {**_ACTORS, "Jan Falk": "PER", "Eva Lang": "PER"}
    rec = extract(blank_nlp, text, ents, _PUBLISHED)
    assert len(rec.meetings) == 2
