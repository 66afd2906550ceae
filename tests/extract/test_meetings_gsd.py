"""Meeting phrasings found missing or wrong on the UD German GSD development
sentences (issue 15, ``bench/extract_gsd.md``): "erörtern", agreements signed or
concluded, talks only demanded or hoped for, a session of one body, a visit named
by a compound with the country ("Ungarn-Besuch"), "G-7-Gipfel", and who takes part
in the main clause after a fronted subordinate clause, and the one who judges a
meeting ("zeigte sich zufrieden mit dem Gipfel"). Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Wien": "LOC",
    "Linz": "LOC",
    "Ungarn": "LOC",
    "EU": "ORG",
    "SPÖ": "ORG",
    "Nordbank": "ORG",
    "Gewerkschaft Bau": "ORG",
    "Parteirats der SPÖ": "ORG",
    "NATO": "ORG",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "erörtern" as "beraten"
        (
            "Olaf Berg und Ida Roth erörterten am Montag in Linz die Lage.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
        ),
        # the persons of a fronted subordinate clause are not in the main one's
        (
            "Während Jan Falk in Wien eine Rede hielt, erörterte Olaf Berg in Linz "
            "mit Ida Roth die Lage.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
        ),
        # an agreement signed or concluded by two named parties
        (
            "Die Firma Nordbank hat mit der Gewerkschaft Bau einen Tarifvertrag "
            "abgeschlossen.",
            [({"Nordbank", "Gewerkschaft Bau"}, None)],
        ),
        (
            "Die Nordbank und die Gewerkschaft Bau unterzeichneten am Freitag einen "
            "neuen Tarifvertrag.",
            [({"Nordbank", "Gewerkschaft Bau"}, None)],
        ),
        # a person's treaty with a state is still one
        (
            "Olaf Berg unterzeichnete am Montag mit Ungarn ein Abkommen.",
            [({"Olaf Berg", "Ungarn"}, None)],
        ),
        # a visit named by a compound with the country visited
        (
            "Die Regierung lobte den Ungarn-Besuch von Olaf Berg.",
            [({"Olaf Berg", "Ungarn"}, "Ungarn")],
        ),
        # "G-7-Gipfel": the G7 with a hyphen
        (
            "Am Rande des G-7-Gipfels in Linz traf Olaf Berg die Kollegin Ida Roth.",
            [({"Olaf Berg", "Ida Roth", "G7"}, "Linz")],
        ),
        # a session of an intergovernmental body is still a meeting
        (
            "Nach einer Tagung der NATO in Wien sagte Olaf Berg, man sei besorgt.",
            [({"NATO", "Olaf Berg"}, "Wien")],
        ),
        # who judges a meeting with no participants of its own took part
        (
            "Olaf Berg zeigte sich zufrieden mit dem Gipfel in Linz.",
            [({"Olaf Berg"}, "Linz")],
        ),
        (
            "Olaf Berg äußerte sich optimistisch über den Ausgang des Gipfels in Wien.",
            [({"Olaf Berg"}, "Wien")],
        ),
        (
            "Olaf Berg zeigte sich enttäuscht über das Treffen von Ida Roth und Jan "
            "Falk in Linz.",
            [({"Ida Roth", "Jan Falk"}, "Linz")],
        ),
        # talks held, not demanded
        (
            "Die SPÖ führte in Wien Gespräche mit der EU.",
            [({"SPÖ", "EU"}, "Wien")],
        ),
    ],
)
def test_meetings_found(blank_nlp, text, expected) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person's own contract with a company, the attributive participle, a
        # closed branch office
        "Olaf Berg hat mit der Nordbank einen Arbeitsvertrag unterzeichnet.",
        "Die zwischen Nordbank und Gewerkschaft Bau unterzeichnete Vereinbarung gilt "
        "ab Mai.",
        "Die Nordbank hat die Filiale in Linz geschlossen.",
        # talks demanded, urged, hoped for, called for
        "Die SPÖ setzt auf Gespräche mit der EU in Wien.",
        "Olaf Berg forderte sofortige Verhandlungen mit Ungarn in Wien.",
        "Olaf Berg drängt auf ein Treffen mit Ida Roth in Linz.",
        "Olaf Berg rief Ida Roth zu Gesprächen in Linz auf.",
        # a session of one party body
        "Nach einer Tagung des Parteirats der SPÖ sagte Olaf Berg in Linz, man sei "
        "zufrieden.",
    ],
)
def test_no_meeting(blank_nlp, text) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == []


def test_a_demand_made_in_talks_leaves_them_a_meeting(blank_nlp) -> None:
    text = "Olaf Berg fordert in den Verhandlungen mit der Nordbank in Linz mehr Lohn."
    found = meetings_found(blank_nlp, text, _ACTORS)
    assert [(("Nordbank" in who), where) for who, where in found] == [(True, "Linz")]
