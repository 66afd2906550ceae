""" "Er" as the subject of a verb taking the talks as object is the man named
before (issue 15: "X reiste nach Y. Dort führte er Gespräche mit Z"); not
where a person opens the sentence before "er". Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import LOC, PER, attendee_sets, extract

_ACTORS = {
    "Jonas Lindqvist": PER,
    "Tomas Berglund": PER,
    "Arne Solberg": PER,
    "Oslo": LOC,
}


def test_er_of_a_support_verb(blank_nlp) -> None:
    text = (
        "Der schwedische Premier Jonas Lindqvist reiste am Montag nach Oslo. "
        "Dort führte er Gespräche mit Tomas Berglund."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert {"Jonas Lindqvist", "Tomas Berglund"} in attendee_sets(rec)


def test_er_of_a_support_verb_with_particle(blank_nlp) -> None:
    text = (
        "Der schwedische Premier Jonas Lindqvist reiste am Montag nach Oslo. "
        "Am Dienstag nahm er Verhandlungen mit Tomas Berglund auf."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert {"Jonas Lindqvist", "Tomas Berglund"} in attendee_sets(rec)
