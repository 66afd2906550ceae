"""Who meets whom, and whose post it is (issue 15): the persons coordinated
after an opening meeting phrase ("Bei einem Treffen in Paris sprachen X und Y
…"), an unnamed counterpart after a possessive ("traf seinen ungarischen
Amtskollegen": the country), and the guest or host of a country's office
holder, whose bare post is not that country's ("Prag – Außenminister X traf
seinen tschechischen Amtskollegen": X is no Czech minister); the body that
opens a report past its dateline ("Lissabon – Die Staats- und Regierungschefs
der EU sind … zusammengekommen"), but not a state named only as the owner of
its office holder's title ("Ungarns Premier X und Y haben telefoniert").
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found, named_roles

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Karl Stein": "PER",
    "Jan Novak": "PER",
    "Paris": "LOC",
    "Prag": "LOC",
    "Tschechien": "LOC",
    "Lissabon": "LOC",
    "Madrid": "LOC",
    "Ungarns": "LOC",
    "EU": "ORG",
    "Nato": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Bei einem Treffen in Paris sprachen Olaf Berg und Ida Roth über den "
            "Haushalt.",
            [({"Olaf Berg", "Ida Roth"}, "Paris")],
        ),
        (
            "Nach dem Gespräch in Paris erklärten Kanzler Olaf Berg, Ministerin Ida "
            "Roth und Karl Stein, man sei sich einig.",
            [({"Olaf Berg", "Ida Roth", "Karl Stein"}, "Paris")],
        ),
    ],
)
def test_coordinated_subjects_after_an_opening_phrase(
    gazetteer_nlp, text, found
) -> None:
    assert _found(gazetteer_nlp, text) == found


def test_one_subject_after_an_opening_phrase_stays_one(gazetteer_nlp) -> None:
    text = "Bei einem Treffen in Paris sprach Olaf Berg über den Haushalt."
    assert _found(gazetteer_nlp, text) == [({"Olaf Berg"}, "Paris")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Die Ministerin Ida Roth empfing am Montag ihren ungarischen Amtskollegen.",
            [({"Ida Roth", "Ungarn"}, None)],
        ),
        (
            "Olaf Berg traf am Dienstag seinen slowakischen Amtskollegen.",
            [({"Olaf Berg", "Slowakei"}, None)],
        ),
    ],
)
def test_unnamed_counterpart_as_object(gazetteer_nlp, text, found) -> None:
    assert _found(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Prag – Außenminister Olaf Berg traf am Montag seinen tschechischen "
        "Amtskollegen Jan Novak. Tschechien will mehr Geld. Tschechien hat gewählt.",
        "Prag – Außenminister Olaf Berg traf am Montag den tschechischen "
        "Regierungschef Jan Novak. Tschechien will mehr Geld. Tschechien hat gewählt.",
        "Prag – Außenminister Olaf Berg traf am Montag seinen tschechischen "
        "Amtskollegen. Tschechien will mehr Geld. Tschechien hat gewählt.",
        "Prag – Außenminister Olaf Berg hat am Montag den tschechischen "
        "Regierungschef Jan Novak getroffen. Tschechien will mehr Geld. "
        "Tschechien hat gewählt.",
    ],
)
def test_the_guest_of_a_countrys_office_holder_is_not_of_it(
    gazetteer_nlp, text
) -> None:
    roles = named_roles(gazetteer_nlp, text, _ACTORS)
    assert ("Olaf Berg", "Außenminister", "Tschechien") not in roles
    assert ("Olaf Berg", "Außenminister", None) in roles


def test_a_bare_post_in_a_report_on_its_country_stays_that_countrys(
    gazetteer_nlp,
) -> None:
    # no one of another country met: the report's country as before
    text = (
        "Prag – Außenminister Olaf Berg sprach am Montag im Parlament. Tschechien "
        "will mehr Geld. Tschechien hat gewählt."
    )
    roles = named_roles(gazetteer_nlp, text, _ACTORS)
    assert ("Olaf Berg", "Außenminister", "Tschechien") in roles


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Lissabon – Die Staats- und Regierungschefs der EU sind am Donnerstag "
            "in Lissabon zu einem Gipfel zusammengekommen.",
            [({"EU"}, "Lissabon")],
        ),
        (
            "Madrid – Die EU und die Nato haben am Montag in Madrid verhandelt.",
            [({"EU", "NATO"}, "Madrid")],
        ),
    ],
)
def test_the_clause_opens_past_a_dateline(gazetteer_nlp, text, found) -> None:
    assert _found(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Ungarns Premier Olaf Berg und Präsidentin Ida Roth haben am Montag "
        "miteinander telefoniert.",
        "Madrid – Ungarns Premier Olaf Berg und Präsidentin Ida Roth haben am "
        "Montag miteinander telefoniert.",
    ],
)
def test_a_state_owning_a_title_is_represented(gazetteer_nlp, text) -> None:
    assert _found(gazetteer_nlp, text) == [({"Olaf Berg", "Ida Roth"}, None)]


_FIRMS = {
    "Stahlbau AG": "ORG",
    "Gewerkschaft Holz": "ORG",
    "Landesbahn": "ORG",
    "Olaf Berg": "PER",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Die Stahlbau AG baut Stellen ab. Der Konzern verhandelt seit Montag mit "
            "der Gewerkschaft Holz über einen Sozialplan.",
            [({"Stahlbau AG", "Gewerkschaft Holz"}, None)],
        ),
        (
            "Die Stahlbau AG baut Stellen ab. Das Unternehmen traf sich am Montag mit "
            "der Landesbahn zu einer ersten Runde.",
            [({"Stahlbau AG", "Landesbahn"}, None)],
        ),
    ],
)
def test_a_subject_named_by_its_kind_is_the_firm_before(
    gazetteer_nlp, text, found
) -> None:
    assert meetings_found(gazetteer_nlp, text, _FIRMS) == found


@pytest.mark.parametrize(
    "text",
    [
        # a person named: the person's talks, not the firm's
        "Die Stahlbau AG baut Stellen ab. Der Konzern sprach mit Olaf Berg über "
        "die Zukunft.",
        # the noun is no subject of the verb ("Der Konzern, der …")
        "Die Stahlbau AG baut Stellen ab. Der Konzern, der mit der Landesbahn "
        "verhandelt, schweigt.",
    ],
)
def test_no_firm_subject_without_a_named_partner_clause(gazetteer_nlp, text) -> None:
    found = meetings_found(gazetteer_nlp, text, _FIRMS)
    assert all("Stahlbau AG" not in names for names, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Die angeschlagene Handelskette Nordmarkt führt Gespräche mit der Landesbahn.",
        "Die angeschlagene Handelskette Nordmarkt hat mit der Landesbahn verhandelt.",
        "Linz – Die angeschlagene Handelskette Nordmarkt führt Gespräche mit der "
        "Landesbahn.",
    ],
)
def test_a_subject_after_adjectives_and_its_kind(gazetteer_nlp, text) -> None:
    ents = {"Nordmarkt": "ORG", "Landesbahn": "ORG", "Linz": "LOC"}
    assert meetings_found(gazetteer_nlp, text, ents) == [
        ({"Nordmarkt", "Landesbahn"}, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Präsident Olaf Berg hat Ministerin Ida Roth am Mittwoch im Palais Nordberg "
        "empfangen.",
        "Präsident Olaf Berg hat Ministerin Ida Roth am Mittwoch zu einer Unterredung "
        "im Palais Nordberg empfangen.",
    ],
)
def test_a_venue_before_the_participle_is_no_side(gazetteer_nlp, text) -> None:
    ents = {"Olaf Berg": "PER", "Ida Roth": "PER", "Palais Nordberg": "ORG"}
    found = meetings_found(gazetteer_nlp, text, ents)
    assert [names for names, _ in found] == [{"Olaf Berg", "Ida Roth"}]


def test_an_organisation_received_is_a_side(gazetteer_nlp) -> None:
    ents = {"Olaf Berg": "PER", "Kommission": "ORG"}
    text = "Präsident Olaf Berg hat am Mittwoch die Kommission empfangen."
    assert meetings_found(gazetteer_nlp, text, ents) == [
        ({"Olaf Berg", "Kommission"}, None)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Olaf Berg traf Ida Roth zum ersten Mal seit der Wahl in Tschechien.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        (
            "Olaf Berg traf am Montag Ida Roth. Bei dem Treffen ging es um die Lage in "
            "Tschechien.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
        # the meeting noun's own place stays
        (
            "Nach dem Gipfel in Paris traf Olaf Berg Ministerin Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, "Paris")],
        ),
    ],
)
def test_the_place_of_another_event_or_topic(gazetteer_nlp, text, found) -> None:
    assert _found(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Präsident Karl Stein empfing Ministerin Ida Roth am Mittwoch. "
            "Die Ministerin war zuvor mit ihrem Amtskollegen Jan Novak "
            "zusammengetroffen.",
            [({"Karl Stein", "Ida Roth"}, None), ({"Ida Roth", "Jan Novak"}, None)],
        ),
        (
            "Minister Olaf Berg ist am Samstag in Prag eingetroffen. Er wurde von "
            "Präsident Karl Stein empfangen. Zuvor hatte er bereits mit Ministerin "
            "Ida Roth gesprochen.",
            # the reception right after the arrival is in Prag (meet12), the
            # earlier talk is not
            [({"Olaf Berg", "Karl Stein"}, "Prag"), ({"Olaf Berg", "Ida Roth"}, None)],
        ),
    ],
)
def test_an_earlier_meeting_is_one_of_its_own(gazetteer_nlp, text, found) -> None:
    assert _found(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Kanzler Olaf Berg ist am Montag mit Regierungsvertretern aus Tschechien "
            "zusammengekommen.",
            [({"Olaf Berg", "Tschechien"}, None)],
        ),
        (
            "Kanzler Olaf Berg empfing am Montag eine Gewerkschaftsdelegation aus "
            "Tschechien.",
            [({"Olaf Berg", "Tschechien"}, None)],
        ),
    ],
)
def test_a_compound_of_representatives(gazetteer_nlp, text, found) -> None:
    assert _found(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Das Treffen fand in Paris statt. "
            "Daran nahmen Olaf Berg und Ida Roth teil.",
            [({"Olaf Berg", "Ida Roth"}, "Paris")],
        ),
        (
            "Olaf Berg traf am Montag Ida Roth in Paris. "
            "Daran nahm auch Karl Stein teil.",
            [({"Olaf Berg", "Ida Roth", "Karl Stein"}, "Paris")],
        ),
        # no meeting just before: a rally, a race
        ("Daran nahmen Olaf Berg und Ida Roth teil.", []),
        (
            "In Paris demonstrierten am Sonntag viele Menschen. Daran nahmen auch Olaf "
            "Berg und Ida Roth teil.",
            [],
        ),
    ],
)
def test_who_took_part_in_the_meeting_before(gazetteer_nlp, text, found) -> None:
    assert _found(gazetteer_nlp, text) == found


def test_plural_talks_noun(gazetteer_nlp) -> None:
    text = (
        "Nach mehreren Unterredungen mit Olaf Berg sagte Ida Roth, man sei sich einig."
    )
    assert _found(gazetteer_nlp, text) == [({"Olaf Berg", "Ida Roth"}, None)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Ministerin Ida Roth reiste am Montag nach Paris. Dort traf sie Präsident "
            "Olaf Berg.",
            [({"Ida Roth", "Olaf Berg"}, "Paris")],
        ),
        (
            "Ministerin Ida Roth reiste am Montag nach Paris. Dort wurde sie von "
            "Präsident Olaf Berg empfangen.",
            [({"Ida Roth", "Olaf Berg"}, "Paris")],
        ),
        # an article after "sie" ending in -n is no plural verb ("trafen sie")
        (
            "Ministerin Ida Roth reiste am Montag nach Paris. Dort traf sie den "
            "französischen Präsidenten Olaf Berg.",
            [({"Ida Roth", "Olaf Berg"}, "Paris")],
        ),
    ],
)
def test_she_is_the_woman_named_before(gazetteer_nlp, text, found) -> None:
    assert _found(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # no feminine title: whom "sie" means stays open
        "Karl Stein reiste am Montag nach Paris. Dort traf sie Präsident Olaf Berg.",
        # a man named last
        "Ministerin Ida Roth lobte Karl Stein. Dort traf sie Präsident Olaf Berg.",
        # a plural verb: "they"
        "Ministerin Ida Roth reiste am Montag nach Paris. Dort trafen sie den "
        "französischen Präsidenten Olaf Berg.",
    ],
)
def test_she_without_a_woman_before(gazetteer_nlp, text) -> None:
    found = _found(gazetteer_nlp, text)
    assert all(
        "Ida Roth" not in names and "Karl Stein" not in names for names, _ in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Berg würde Ida Roth gerne in Paris treffen.",
        "Sollte es zu einem Treffen zwischen Olaf Berg und Ida Roth kommen, wäre "
        "das ein Erfolg.",
        "Falls sich Olaf Berg und Ida Roth in Paris treffen, gibt es Proteste.",
        "Ein Sprecher dementierte, dass sich Olaf Berg und Ida Roth in Paris "
        "getroffen hätten.",
        "Ein Treffen zwischen Olaf Berg und Ida Roth wird es vorerst nicht geben.",
    ],
)
def test_wished_conditional_denied_meetings(gazetteer_nlp, text) -> None:
    assert _found(gazetteer_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Berg und Ida Roth würden sich am Freitag in Paris treffen, hieß es.",
        "Ein Sprecher bestätigte, dass sich Olaf Berg und Ida Roth in Paris "
        "getroffen hätten.",
        "Das Treffen zwischen Olaf Berg und Ida Roth sollte in Paris stattfinden.",
    ],
)
def test_reported_and_planned_meetings_stay(gazetteer_nlp, text) -> None:
    assert [names for names, _ in _found(gazetteer_nlp, text)] == [
        {"Olaf Berg", "Ida Roth"}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Präsident Olaf Berg hat am Montag die Parteichefs in Paris empfangen.",
        "Ministerin Ida Roth empfing die drei Landeshauptleute in Madrid.",
        "Olaf Berg traf sich am Freitag in Prag mit Vertretern der Gewerkschaft.",
        "Olaf Berg kam in Paris mit den Gewerkschaften zusammen.",
    ],
)
def test_a_meeting_with_an_unnamed_group(gazetteer_nlp, text) -> None:
    assert _found(gazetteer_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Olaf Berg empfing die Parteichefs Ida Roth und Karl Stein in Paris.",
            [({"Olaf Berg", "Ida Roth", "Karl Stein"}, "Paris")],
        ),
        (
            "Olaf Berg traf sich in Prag mit Vertretern der Nato.",
            [({"Olaf Berg", "NATO"}, "Prag")],
        ),
        (
            "Olaf Berg besuchte am Sonntag die Soldaten in Tschechien.",
            [({"Olaf Berg", "Tschechien"}, "Tschechien")],
        ),
        (
            "Am Samstag beraten die Regierungschefs bei Präsident Olaf Berg in Paris.",
            [({"Olaf Berg"}, "Paris")],
        ),
        (
            "Die Außenminister der EU trafen sich am Montag in Madrid.",
            [({"EU"}, "Madrid")],
        ),
    ],
)
def test_a_named_group_or_a_visit_stays(gazetteer_nlp, text, found) -> None:
    assert _found(gazetteer_nlp, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Berg hatte am Montag ein Gespräch mit Ida Roth.",
        "Olaf Berg hatte eine lange Aussprache mit Ida Roth.",
        "Ministerin Ida Roth habe ein Treffen mit Olaf Berg gehabt, hieß es.",
    ],
)
def test_talks_as_the_object_of_haben(gazetteer_nlp, text) -> None:
    assert _found(gazetteer_nlp, text) == [({"Olaf Berg", "Ida Roth"}, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Berg hat das Treffen mit Ida Roth abgesagt.",
        "Olaf Berg hat kein Interesse an einem Gespräch mit Ida Roth.",
    ],
)
def test_haben_with_another_verb_or_object(gazetteer_nlp, text) -> None:
    assert _found(gazetteer_nlp, text) == []


def test_she_in_a_relative_clause_of_things(gazetteer_nlp) -> None:
    text = (
        "Ministerin Ida Roth übergibt ihre Akten. Die Behörde erhielt alle Briefe, "
        "die sie als Ministerin in Paris empfing."
    )
    assert _found(gazetteer_nlp, text) == []
