"""Meeting phrasings found missing or wrong on the GermEval development sentences
(issue 15, ``bench/extract_gold.md``, "Fresh meeting gold on GermEval sentences"):
"im Gespräch mit" a named partner inside a clause, an apposition "dem Vorsitzenden
der X, Y" among the sides, a subject named in an apposition ("Der Chef der X, Y,
hatte bei einem Besuch …"), a meeting noun that names an institution being created
("die Schaffung eines Gipfels"), and a coordinated zu-infinitive that is not the
meeting's ("X zu treffen oder Y zu sehen"). Invented sentences on hand-annotated
Docs."""

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
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == []
