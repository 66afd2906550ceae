"""kg.extract.meetings: a meeting the text has told of, named again by a
definite noun ("nach dem Treffen", "am Rande der Sitzung"), is no new meeting
and takes the day of the sentence that told of it; a place inside a quotation
is what the speaker talks about, not where the meeting was."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

_ACTORS = {
    "Olaf Berg": "PER",
    "Berg": "PER",
    "Ida Roth": "PER",
    "Paul Maier": "PER",
    "Graz": "LOC",
    "Linz": "LOC",
    "Europa": "LOC",
    "Österreich": "LOC",
}
# a Thursday
_ANCHOR = date(2026, 12, 3)


def _meetings(nlp, text):
    rec = extract(nlp, text, _ACTORS, anchor=_ANCHOR)
    return [
        (
            {k.partition("/")[2] for k in {*m.attendees, *m.organizers}},
            m.location,
            m.date,
        )
        for m in rec.meetings
    ]


def test_a_place_in_a_quote_after_the_meeting_is_no_second_meeting(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Olaf Berg traf am Dienstag in Graz die Ministerin Ida Roth. "
        "Ida Roth sagte nach dem Treffen, Österreich sei „der beste Standort in "
        "ganz Europa“.",
    )
    assert got == [({"Olaf Berg", "Ida Roth"}, "place/Graz", date(2026, 12, 1))]


def test_a_place_in_the_quote_that_tells_the_meeting_stays(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "„Ich habe Ida Roth am Dienstag in Linz getroffen und lange mit ihr "
        "gesprochen“, sagte Olaf Berg.",
    )
    assert [(a, loc) for a, loc, _ in got] == [
        ({"Olaf Berg", "Ida Roth"}, "place/Linz")
    ]


def test_who_took_part_in_the_summit_told_before_takes_its_day(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Kanzler Olaf Berg hat am Dienstag die Landeshauptleute zu einem "
        "Krisengipfel geladen. Neben Berg nahmen auch Vizekanzlerin Ida Roth und "
        "Minister Paul Maier an dem Treffen teil.",
    )
    assert got == [({"Olaf Berg", "Ida Roth", "Paul Maier"}, None, date(2026, 12, 1))]


def test_a_talk_on_the_sidelines_of_the_session_told_before_takes_its_day(
    blank_nlp,
) -> None:
    got = _meetings(
        blank_nlp,
        "Der Gemeinderat hat am Mittwoch das Budget beschlossen. Am Rande der "
        "Sitzung traf Bürgermeisterin Ida Roth den Landeshauptmann Olaf Berg.",
    )
    assert got == [({"Olaf Berg", "Ida Roth"}, None, date(2026, 12, 2))]


def test_a_meeting_named_without_article_takes_no_day_from_before(blank_nlp) -> None:
    got = _meetings(
        blank_nlp,
        "Der Gemeinderat hat am Mittwoch das Budget beschlossen. Bei einem "
        "Treffen sprach Bürgermeisterin Ida Roth mit Landeshauptmann Olaf Berg.",
    )
    assert got == [({"Olaf Berg", "Ida Roth"}, None, None)]


def test_a_meeting_after_a_session_opened_by_a_preposition(blank_nlp) -> None:
    # "Nach der Sitzung" is no thing as subject of "treffen" (to hit)
    got = _meetings(
        blank_nlp,
        "Nach der Sitzung traf Landeshauptmann Olaf Berg die Bürgermeisterin Ida Roth.",
    )
    assert got == [({"Olaf Berg", "Ida Roth"}, None, None)]


def test_the_day_named_last_a_few_sentences_before(blank_nlp) -> None:
    # the year of the budget is no day; the session is Wednesday's
    got = _meetings(
        blank_nlp,
        "Der Gemeinderat hat am Mittwoch das Budget für das kommende Jahr "
        "beschlossen. Ida Roth verteidigte den Sparkurs. Die Opposition "
        "kritisierte ihn. Am Rande der Sitzung traf Ida Roth den "
        "Landeshauptmann Olaf Berg.",
    )
    assert got == [({"Olaf Berg", "Ida Roth"}, None, date(2026, 12, 2))]


def test_talks_named_in_the_plural_or_as_subject_take_no_day_from_before(
    blank_nlp,
) -> None:
    # running talks, and a meeting the sentence introduces with its parties
    for text in (
        "Die Partei hat am Mittwoch ihr Programm vorgestellt. Am Rande der "
        "Verhandlungen sprach Olaf Berg mit Ida Roth.",
        "Die Regierung hat am Mittwoch ein Sparpaket beschlossen. Das Treffen "
        "zwischen Olaf Berg und Ida Roth fand in Graz statt.",
    ):
        assert [d for *_, d in _meetings(blank_nlp, text)] == [None], text
