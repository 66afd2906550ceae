"""Meeting phrasings found missing or wrong on the GermEval development sentences
(issue 15, ``bench/extract_gold.md``, "Fresh meeting gold on GermEval sentences"):
"im Gespräch mit" a named partner inside a clause, an apposition "dem Vorsitzenden
der X, Y" among the sides, a subject named in an apposition ("Der Chef der X, Y,
hatte bei einem Besuch …"), a meeting noun that names an institution being created
("die Schaffung eines Gipfels"), a coordinated zu-infinitive that is not the
meeting's ("X zu treffen oder Y zu sehen"), "Vorbereitungen … zu treffen" with words
between, "besuchen" of a school or course (to attend it), a relative clause after
the meeting verb (who is named there is not met), a year in an opening phrase ("Bei
ihrem Treffen 2003 in X betonte die Y"), and the state of an unnamed post that takes
part ("nahm der ungarische Minister an einem Gipfel teil"). Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Eva Lind": "PER",
    "Wien": "LOC",
    "Linz": "LOC",
    "Bayern": "LOC",
    "Ungarn": "LOC",
    "Kurier": "ORG",
    "Nordbank": "ORG",
    "Grünen Partei": "ORG",
    "Bauernbund": "ORG",
    "Nordschule": "ORG",
    "Rates": "ORG",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "im Gespräch mit" a named partner inside the clause: the subject too
        (
            "Die Zeitung schrieb, Olaf Berg habe im Gespräch mit Bankchef Jan Falk "
            "am Montag Hilfe zugesagt.",
            [({"Olaf Berg", "Jan Falk"}, None)],
        ),
        # the holder of a title with a genitive, in apposition after a comma
        (
            "Ein Gespräch zwischen Olaf Berg und dem Vorsitzenden der Grünen Partei, "
            "Jan Falk, fand in Linz statt.",
            [({"Olaf Berg", "Jan Falk"}, "Linz")],
        ),
        (
            "Das Treffen von Olaf Berg mit dem Chef des Bauernbunds, Präsident Jan "
            "Falk, und Ida Roth fand in Linz statt.",
            [({"Olaf Berg", "Jan Falk", "Ida Roth"}, "Linz")],
        ),
        # the subject named in an apposition was there
        (
            "Der Chef der Nordbank, Olaf Berg, sagte nach dem Treffen in Linz, man "
            "sei zufrieden.",
            [({"Olaf Berg"}, "Linz")],
        ),
        # ... and visits: the country visited is the host
        (
            "Der Chef der Nordbank, Olaf Berg, hatte bei einem Besuch in Ungarn für "
            "Kredite geworben.",
            [({"Olaf Berg", "Ungarn"}, "Ungarn")],
        ),
        (
            "Olaf Berg hatte beim ersten Besuch in Ungarn für Kredite geworben.",
            [({"Olaf Berg", "Ungarn"}, "Ungarn")],
        ),
        # a zu-infinitive ends its clause: the one after "oder" is not met
        (
            "Olaf Berg hofft, Ida Roth in Wien zu treffen oder Jan Falk anzurufen.",
            [({"Olaf Berg", "Ida Roth"}, "Wien")],
        ),
        # a noun of "Entscheidungen treffen" with a name between: still a meeting
        (
            "Nach den Entscheidungen des Rates will Olaf Berg Ida Roth in Wien "
            "treffen.",
            [({"Olaf Berg", "Ida Roth"}, "Wien")],
        ),
        # a guest's visit to a school, and a visit to a person, stay visits
        (
            "Olaf Berg besuchte am Montag Ida Roth in der Schule.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # a relative clause after the verb names others than those who meet
        (
            "In Linz wurde Olaf Berg von Ida Roth empfangen, die inzwischen mit Jan "
            "Falk verheiratet ist, aber Eva Lind noch unterstützt.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
        ),
        # ... unless it says who takes part
        (
            "Olaf Berg empfing am Montag in Linz Ida Roth, die mit Jan Falk "
            "anwesend war.",
            [({"Olaf Berg", "Ida Roth", "Jan Falk"}, "Linz")],
        ),
        # a year in the opening phrase before the verb and its subject
        (
            "Bei ihrem Treffen 2019 in Linz betonte die Nordbank, dass sie wachse.",
            [({"Nordbank"}, "Linz")],
        ),
        # the state of an unnamed post that takes part
        (
            "Im Mai nahm der ungarische Kulturminister an einem Gipfel in Wien teil.",
            [({"Ungarn"}, "Wien")],
        ),
    ],
)
def test_meetings_found(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "im Gespräch mit" journalists or a medium is an interview
        "Olaf Berg sagte am Montag im Gespräch mit Journalisten in Wien, er sei "
        "zufrieden.",
        "Olaf Berg sagte im Gespräch mit dem Kurier in Wien, er sei zufrieden.",
        # a meeting noun as what is set up: no meeting
        'Olaf Berg hat in Linz die Schaffung eines "nationalen Bankengipfels" '
        "angekündigt.",
        "Olaf Berg forderte in Wien die Einrichtung einer ständigen Konferenz.",
        # a chance to meet someone, and the one seen in the infinitive after it
        "Dort hat man die Chance, Ida Roth beim Einkaufen zu treffen oder Jan Falk "
        "vorbeifahren zu sehen.",
        # "Vorbereitungen treffen" with words between: to prepare
        "Olaf Berg wurde von Ida Roth beauftragt, alle nötigen Vorbereitungen für "
        "eine rasche Lösung der Frage zu treffen.",
        # "besuchen" a school or a course: to attend it
        "Olaf Berg besuchte die Berufsschule in Linz und wurde Mechaniker.",
        "Ida Roth hatte Gesang gelernt, besuchte die Nordschule in Wien und zog "
        "dann nach Linz.",
        "Nach dem Abitur besuchte Olaf Berg die private Schauspielakademie in Wien.",
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == []


def test_the_visitor_of_a_visit_phrase_is_in_its_clause(blank_nlp) -> None:
    # the one who says it, in the clause before, does not visit
    text = (
        "Ida Roth sagte, Olaf Berg habe bei einem Besuch in Ungarn für Kredite "
        "geworben."
    )
    found = meetings_found(blank_nlp, text, _ACTORS)
    assert found and all("Ida Roth" not in who for who, _ in found)
