"""More ways German news reports a meeting (issue 15): negotiated agreements,
sitting down together, talking in a verb-final clause, rounds of talks, and
who takes part in them. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract, meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Berg": "PER",
    "Roth": "PER",
    "Wien": "LOC",
    "Linz": "LOC",
    "Ungarn": "LOC",
    "Kanada": "LOC",
    "EU": "ORG",
    "Gewerkschaft Bau": "ORG",
    "Nordbank": "ORG",
    "SPÖ": "ORG",
}


def _meetings(nlp, text: str) -> list[set[str]]:
    rec = extract(nlp, text, _ACTORS)
    return [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]


@pytest.mark.parametrize(
    ("text", "attendees"),
    [
        # a negotiated agreement is the negotiation of its parties
        (
            "Das zwischen Olaf Berg und Ida Roth ausgehandelte Abkommen gilt ab Mai.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Die EU und Kanada wollen das Abkommen bis Jahresende ausverhandeln.",
            {"EU", "Kanada"},
        ),
        (
            "Olaf Berg und Ida Roth handelten in der Nacht einen Kompromiss aus.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # sitting down together, exchanging views
        (
            "Am Abend setzten sich Olaf Berg und Ida Roth zusammen.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Olaf Berg und Ida Roth setzten sich an einen Tisch.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Olaf Berg und Ida Roth tauschten sich über die Lage aus.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # talking in a verb-final clause: "mit X" before the verb
        (
            "Olaf Berg sagte, dass er mit Ida Roth gesprochen habe.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Die Gewerkschaft Bau werde mit der Nordbank reden, sagte Olaf Berg.",
            {"Gewerkschaft Bau", "Nordbank"},
        ),
        # the subject first in the clause the verb ends
        (
            "Die Bauern fürchten, dass die EU und Kanada das Abkommen ausverhandeln.",
            {"EU", "Kanada"},
        ),
        (
            "Am Montag will die SPÖ mit der Gewerkschaft Bau verhandeln.",
            {"SPÖ", "Gewerkschaft Bau"},
        ),
        # talks sought, planned, agreed on, held or announced by their subject
        (
            "Die SPÖ sucht das Gespräch mit der Gewerkschaft Bau.",
            {"SPÖ", "Gewerkschaft Bau"},
        ),
        (
            "Die SPÖ hat ein Treffen mit der Gewerkschaft Bau vereinbart.",
            {"SPÖ", "Gewerkschaft Bau"},
        ),
        (
            "Olaf Berg kündigte Gespräche mit Ida Roth an.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # a round of talks
        (
            "Olaf Berg war nach der ersten Gesprächsrunde mit Ida Roth zufrieden.",
            {"Olaf Berg", "Ida Roth"},
        ),
    ],
)
def test_more_phrasings_of_a_meeting(blank_nlp, text, attendees) -> None:
    assert _meetings(blank_nlp, text) == [attendees]


@pytest.mark.parametrize(
    "text",
    [
        # "austauschen" without "sich" is an exchange of things
        "Olaf Berg und Ida Roth tauschten Gefangene aus.",
        # "setzen" without its particle is to set
        "Olaf Berg und Ida Roth setzten sich ein Ziel.",
        # the noun "Reden", and a talk with no one named
        "Die Reden von Olaf Berg und Ida Roth waren kurz.",
        "Olaf Berg sagte, er habe mit Journalisten geredet.",
    ],
)
def test_look_alikes_are_no_meetings(blank_nlp, text) -> None:
    assert _meetings(blank_nlp, text) == []


_MORE = {
    **_ACTORS,
    "Ungarin": "MISC",
    "Olaf Bergs": "PER",
    "Eurogruppe": "ORG",
}


def _found(nlp, text: str) -> list[tuple[set[str], str | None]]:
    return meetings_found(nlp, text, _MORE)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "ohne X": X is not there
        (
            "Ida Roth und Jan Falk berieten ohne den Minister Olaf Berg.",
            [({"Ida Roth", "Jan Falk"}, None)],
        ),
        # "mit Vertretern von X und Y"
        (
            "Ida Roth traf sich in Wien mit Vertretern von SPÖ und Gewerkschaft Bau.",
            [({"Ida Roth", "SPÖ", "Gewerkschaft Bau"}, "Wien")],
        ),
        # a singular noun of a people stands for the person named before
        (
            "Ida Roth kam am Montag an. Die Ungarin traf sich in Wien mit Olaf Berg.",
            [({"Ida Roth", "Olaf Berg"}, "Wien")],
        ),
        # the visitor in the genitive, the country visited as host
        (
            "Olaf Berg reiste ab. Der Besuch Olaf Bergs in Ungarn war kurz.",
            [({"Olaf Berg", "Ungarn"}, "Ungarn")],
        ),
        # "er" leads the summit
        (
            "Olaf Berg ist unter Druck. Im Mai soll er einen Gipfel in Linz leiten.",
            [({"Olaf Berg"}, "Linz")],
        ),
        # the subject at a meeting named by its noun alone
        (
            "Olaf Berg sagte nach dem Krisentreffen in Linz, man sei einig.",
            [({"Olaf Berg"}, "Linz")],
        ),
    ],
)
def test_who_takes_part(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


def test_the_same_weekday_in_an_undated_article_is_one_meeting(blank_nlp) -> None:
    text = (
        "Bei einem Sondertreffen in Linz lehnten sie am Samstag den Plan ab. "
        "Es regnete. Es schneite. Der Zug kam spät. "
        "Ida Roth sagte nach dem Krisentreffen am Samstag, man sei enttäuscht."
    )
    assert _found(blank_nlp, text) == [({"Ida Roth"}, "Linz")]
    # another day is another meeting (one with a single actor and no place is
    # not kept)
    assert (
        _found(
            blank_nlp,
            text.replace("Krisentreffen am Samstag", "Krisentreffen am Montag"),
        )
        == []
    )


def test_a_session_of_an_intergovernmental_body_on_a_weekday(blank_nlp) -> None:
    text = (
        "Olaf Berg erhält ein Mandat vor der Sitzung der Eurogruppe am Freitag. "
        "Es regnete. Es schneite. Der Zug kam spät. "
        "Ida Roth wird auf der Eurogruppensitzung am Freitag zustimmen."
    )
    # (the one given a mandate just before the session is there too, meet5)
    assert _found(blank_nlp, text) == [({"Eurogruppe", "Ida Roth", "Olaf Berg"}, None)]
    # the body alone, on no day, is no meeting kept
    assert _found(blank_nlp, "Vor der Sitzung der Eurogruppe regnete es.") == []


def test_the_subject_of_another_clause_is_not_at_the_meeting(blank_nlp) -> None:
    text = (
        "Ida Roth kritisierte am Donnerstag die Regierung, weil sie die Sperren "
        "bei der Konferenz in Linz ausgelöst habe."
    )
    assert _found(blank_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an agreement reached between named parties
        (
            "Nach der Einigung zwischen der SPÖ und der Gewerkschaft Bau gab es Sekt.",
            [({"SPÖ", "Gewerkschaft Bau"}, None)],
        ),
        ("Es gab keine Einigung zwischen der SPÖ und der Gewerkschaft Bau.", []),
        # an agreement between named parties, also a compound in "-abkommen"
        (
            "Das Freihandelsabkommen zwischen der EU und Kanada gilt.",
            [({"EU", "Kanada"}, None)],
        ),
        # an agreement noun without "zwischen" is a bare deal
        ("Die EU und Kanada loben das Abkommen.", []),
        # a council of EU ministers
        (
            "Die Beschlüsse fielen beim EU-Außenministerrat am Montag in Linz.",
            [({"EU"}, "Linz")],
        ),
        # a place in a clause of cause is not the meeting's
        (
            "Olaf Berg traf am Montag Ida Roth, weil sonst die Koalition in Wien "
            "zerbrochen wäre.",
            [({"Olaf Berg", "Ida Roth"}, None)],
        ),
    ],
)
def test_agreements_councils_and_places(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


def test_untagged_names_of_the_articles_actors_in_a_list(blank_nlp) -> None:
    """A bare surname of a person and the initials of an organisation the
    article names elsewhere, left untagged in the list, are still parties."""
    ents = {"Olaf Berg": "PER", "Junge Generation": "ORG"}
    text = (
        "Olaf Berg ist Landeshauptmann. Die Junge Generation ist verärgert. "
        "Nun gibt es Gespräche zwischen der JG und Berg."
    )
    rec = extract(blank_nlp, text, ents)
    assert [set(m.attendees) for m in rec.meetings] == [
        {"org/Junge Generation", "person/Olaf Berg"}
    ]
    # a capitalised word that is no name of the article's actors ends the list
    rec = extract(
        blank_nlp, text.replace("der JG und Berg", "der Basis und Berg"), ents
    )
    assert rec.meetings == ()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "die Stadt X" is a party of its own
        (
            "Die Stadt Linz hat sich mit der Nordbank geeinigt.",
            [({"Linz", "Nordbank"}, None)],
        ),
        (
            "Die Nordbank verhandelt mit der Stadt Linz.",
            [({"Nordbank", "Linz"}, None)],
        ),
        # where they meet, not who
        (
            "In der Stadt Linz trafen sich Olaf Berg und Ida Roth.",
            [({"Olaf Berg", "Ida Roth"}, "Linz")],
        ),
    ],
)
def test_a_town_as_a_party(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found


def test_the_country_paid_a_visit_hosts_it_without_named_visitors(blank_nlp) -> None:
    text = "Am Wochenende statten die Minister Ungarn einen Blitzbesuch ab."
    assert _found(blank_nlp, text) == [({"Ungarn"}, "Ungarn")]
    # a visit to a capital with no visitor named adds no host of its own
    assert _found(blank_nlp, "Nach dem Besuch in Wien reisten sie ab.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the noun "Treffen" of states and organisations, with no person named
        (
            "Das Treffen von EU und Kanada fand in Linz statt.",
            [({"EU", "Kanada"}, "Linz")],
        ),
        # parties right after the noun, as in a headline
        (
            "Treffen EU, Kanada, Ungarn diese Woche möglich.",
            [({"EU", "Kanada", "Ungarn"}, None)],
        ),
    ],
)
def test_a_treffen_of_states_and_organisations(blank_nlp, text, found) -> None:
    assert _found(blank_nlp, text) == found
