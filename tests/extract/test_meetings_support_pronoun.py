""" "Er" as the subject of a verb taking the talks as object is the man named
before (issue 15: "X reiste nach Y. Dort führte er Gespräche mit Z"); not
where a person opens the sentence before "er". Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import LOC, PER, extract

_ACTORS = {
    "Jonas Lindqvist": PER,
    "Tomas Berglund": PER,
    "Arne Solberg": PER,
    "Oslo": LOC,
}


def _sides(rec) -> list[set[str]]:
    return [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]


def test_er_of_a_support_verb(blank_nlp) -> None:
    text = (
        "Der schwedische Premier Jonas Lindqvist reiste am Montag nach Oslo. "
        "Dort führte er Gespräche mit Tomas Berglund."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert {"Jonas Lindqvist", "Tomas Berglund"} in _sides(rec)


def test_er_of_a_support_verb_with_particle(blank_nlp) -> None:
    text = (
        "Der schwedische Premier Jonas Lindqvist reiste am Montag nach Oslo. "
        "Am Dienstag nahm er Verhandlungen mit Tomas Berglund auf."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert {"Jonas Lindqvist", "Tomas Berglund"} in _sides(rec)
