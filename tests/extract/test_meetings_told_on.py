"""kg.extract.meetings: a meeting told over several sentences. "an den
Gesprächen", "an der Konferenz" name the meeting just told (who takes part in
them attends it); a meeting with a day but no one named gives its day to the
meeting the next sentence tells; "dazu", "dabei", "bei dieser Gelegenheit" take
the day of the sentence before, and meetings of two days never merge; a
chancellery named as an organisation is the meeting's place ("im
Bundeskanzleramt"). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Paul Maier": "PER",
    "Eva Lang": "PER",
    "Jan Falk": "PER",
    "Berg": "PER",
    "Maier": "PER",
    "Graz": "LOC",
    "Linz": "LOC",
    "Wien": "LOC",
    "Österreich": "LOC",
    "Bundeskanzleramt": "ORG",
    "Kanzleramt": "ORG",
}
# a Thursday
_ANCHOR = date(2026, 12, 3)


def _meetings(nlp, text, anchor=_ANCHOR):
    rec = extract(nlp, text, _ACTORS, anchor=anchor)
    return [
        (
            {k.partition("/")[2] for k in {*m.attendees, *m.organizers}},
            m.location and m.location.partition("/")[2],
            m.date,
        )
        for m in rec.meetings
    ]


def test_who_took_part_in_the_talks_attends_the_talks_told(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Olaf Berg und Ida Roth verhandelten am Dienstag drei Stunden lang in "
        "Graz. Auch Paul Maier und Eva Lang nahmen an den Gesprächen teil.",
    )
    assert got == [
        ({"Olaf Berg", "Ida Roth", "Paul Maier", "Eva Lang"}, "Graz", date(2026, 12, 1))
    ]


def test_who_took_part_in_the_conference_attends_it(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Olaf Berg hat am Dienstag in Graz Ida Roth empfangen. "
        "An der Konferenz nahmen auch Paul Maier und Eva Lang teil.",
    )
    assert got == [
        ({"Olaf Berg", "Ida Roth", "Paul Maier", "Eva Lang"}, "Graz", date(2026, 12, 1))
    ]


def test_a_day_without_parties_dates_the_meeting_told_next(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Die Tarifpartner sind am Dienstag wieder zusammengekommen. "
        "Olaf Berg und Ida Roth verhandelten drei Stunden lang in Graz.",
    )
    assert got == [({"Olaf Berg", "Ida Roth"}, "Graz", date(2026, 12, 1))]


def test_a_day_without_parties_dates_the_meeting_in_an_undated_text(
    blank_nlp,
) -> None:
    rec = extract(
        blank_nlp,
        "Die Tarifpartner sind am Dienstag wieder zusammengekommen. "
        "Olaf Berg und Ida Roth verhandelten drei Stunden lang in Graz.",
        _ACTORS,
    )
    assert [m.time_expressions for m in rec.meetings] == [("am Dienstag",)]


def test_dazu_takes_the_day_before_and_two_days_stay_two_meetings(
    blank_nlp,
) -> None:
    got = _meetings(
        blank_nlp,
        "Die Geschäftsführung hat am Montag mit der Belegschaft beraten. "
        "Firmenchef Olaf Berg traf dazu in Linz den Sprecher Paul Maier. "
        "Am Mittwoch empfing Ida Roth Berg und Maier.",
    )
    assert got == [
        ({"Olaf Berg", "Paul Maier"}, "Linz", date(2026, 11, 30)),
        ({"Ida Roth", "Olaf Berg", "Paul Maier"}, None, date(2026, 12, 2)),
    ]


def test_two_days_stay_two_meetings_in_an_undated_text(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Die Geschäftsführung hat am Montag mit der Belegschaft beraten. "
        "Firmenchef Olaf Berg traf dazu in Linz den Sprecher Paul Maier. "
        "Am Mittwoch empfing Ida Roth Berg und Maier.",
        _ACTORS,
    )
    assert [m.time_expressions for m in rec.meetings] == [
        ("am Montag",),
        ("Am Mittwoch",),
    ]


def test_bei_dieser_gelegenheit_takes_the_day_before(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Ida Roth und Olaf Berg eröffneten am Montag eine Messe in Linz. "
        "Bei dieser Gelegenheit traf Ida Roth Paul Maier. "
        "Am Mittwoch empfing Ida Roth Paul Maier in Graz.",
    )
    assert got == [
        ({"Ida Roth", "Paul Maier"}, None, date(2026, 11, 30)),
        ({"Ida Roth", "Paul Maier"}, "Graz", date(2026, 12, 2)),
    ]


def test_a_meeting_in_the_chancellery_is_held_there(blank_nlp) -> None:
    text = (
        "Österreichs Kanzler Jan Falk und Vizekanzler Paul Maier haben am "
        "Freitag mit den Landeschefs beraten. An dem Treffen im "
        "Bundeskanzleramt nahmen auch Olaf Berg und Ida Roth teil."
    )
    got = _meetings(blank_nlp, text)
    assert [(a, p) for a, p, _ in got] == [
        (
            {"Jan Falk", "Paul Maier", "Olaf Berg", "Ida Roth"},
            "Bundeskanzleramt (Österreich)",
        )
    ]
    # the building used as a place is no organisation of the article
    keys = {e.key for e in extract(blank_nlp, text, _ACTORS).entities}
    assert not any(k.startswith("org/") for k in keys)


def test_a_reception_in_the_chancellery_is_held_there(blank_nlp) -> None:
    got = _meetings(
        blank_nlp, "Kanzler Jan Falk empfing Ida Roth in Wien im Kanzleramt."
    )
    assert [(a, p) for a, p, _ in got] == [
        ({"Jan Falk", "Ida Roth"}, "Bundeskanzleramt (Österreich)")
    ]


def test_the_chancellery_and_its_city_are_one_meeting(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Jan Falk und Ida Roth beraten in Wien. Österreichs Kanzler Jan Falk hat "
        "Ida Roth am Montag im Kanzleramt empfangen.",
    )
    assert [(a, p) for a, p, _ in got] == [
        ({"Jan Falk", "Ida Roth"}, "Bundeskanzleramt (Österreich)")
    ]


def test_the_sides_told_before_the_statement_after_the_meeting(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Österreichs Minister Olaf Berg hat sich mit den Ländern geeinigt. "
        "Nach einem Treffen im Kanzleramt sagte Olaf Berg, man sei zufrieden. "
        "Kanzler Jan Falk und Ida Roth hatten zuvor lange mit Berg verhandelt.",
    )
    assert [(a, p) for a, p, _ in got] == [
        ({"Olaf Berg", "Jan Falk", "Ida Roth"}, "Bundeskanzleramt (Österreich)")
    ]
