"""A definite title opening a meeting sentence refers to the one holder of the
post the article names only after it (issue 15: "Der Kanzler empfing X.
Bundeskanzler Y sagte …"). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import LOC, PER, attendee_sets, extract

_ACTORS = {
    "Lena Brandstätter": PER,
    "Jonas Lindqvist": PER,
    "Tomas Berglund": PER,
    "Kerstin Volkmer": PER,
    "Berlin": LOC,
}


def test_title_refers_to_the_holder_named_after(blank_nlp) -> None:
    text = (
        "Die Kanzlerin empfing am Montag den schwedischen Premier Jonas Lindqvist. "
        "Bundeskanzlerin Lena Brandstätter sagte danach, das Gespräch sei gut "
        "gewesen."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert {"Lena Brandstätter", "Jonas Lindqvist"} in attendee_sets(rec)


def test_title_with_two_holders_named_after_stays_open(blank_nlp) -> None:
    text = (
        "Der Premier empfing am Montag in Berlin Kerstin Volkmer. Premier Jonas "
        "Lindqvist und Premier Tomas Berglund sagten danach, man sei sich einig."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    for sides in attendee_sets(rec):
        assert not sides & {"Jonas Lindqvist", "Tomas Berglund"}


def test_title_before_its_one_holder_opening_the_meeting(blank_nlp) -> None:
    # was left alone before meet12 (tests/extract/test_coref.py)
    text = (
        "Der Kanzler traf am Montag Erdoğan in Ankara. "
        "Bundeskanzler Olaf Berg reiste danach weiter."
    )
    rec = extract(blank_nlp, text, {**_ACTORS, "Olaf Berg": PER, "Erdoğan": PER})
    assert {"Olaf Berg", "Erdoğan"} in attendee_sets(rec)
