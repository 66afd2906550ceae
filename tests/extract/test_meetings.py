"""kg.extract.meetings (triggers, participants): who met whom, where and
when, on hand-annotated Docs written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, role_triples

# invented actors for the tests of meeting phrasings
_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Bern": "LOC",
    "Berlin": "LOC",
    "Brüssel": "LOC",
    "Philippinen": "LOC",
    "Syrien": "LOC",
    "USA": "LOC",
    "Russland": "LOC",
    "NATO-Russland-Rat": "ORG",
    "Bundestag": "ORG",
    "OSZE": "ORG",
    "Kreml": "ORG",
    "SPÖ": "ORG",
    "FPÖ": "ORG",
    "Deutschen Presse-Agentur": "ORG",
}


def _assert_meeting(nlp, text, attendees, anchor=None) -> None:
    """``text`` has one meeting of exactly ``attendees`` (names), or none."""
    rec = extract(nlp, text, _ACTORS, anchor=anchor)
    got = [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]
    assert got == ([attendees] if attendees else [])


def test_talks_of_representatives_with_place_and_explicit_date(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Am 3. März verhandeln in Oslo Vertreter Kolumbiens und der FARC. "
        "Die Verhandlungen gelten als schwierig.",
        {"Oslo": "LOC", "Kolumbiens": "LOC", "FARC": "ORG"},
        anchor=date(2016, 2, 20),
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"place/Kolumbien", "org/FARC"}
    assert m.location == "place/Oslo"
    assert m.date == date(2016, 3, 3)
    assert m.sentences == (0,)  # the vague second mention adds nothing


def test_a_part_of_the_day_is_of_the_day_named_before(blank_nlp) -> None:
    # "Am Abend" after "am Dienstag": Tuesday evening, not the publication day's
    rec = extract(
        blank_nlp,
        "Olaf Berg reiste am Dienstag nach Bern. Es regnete. "
        "Am Abend traf Olaf Berg in Bern Ida Roth.",
        _ACTORS,
        anchor=date(2025, 11, 14),  # a Friday
    )
    assert [m.date for m in rec.meetings] == [date(2025, 11, 11)]


def test_two_meetings_in_one_sentence_keep_their_own_dates(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Auf das Treffen am Dienstag soll am Freitag eine Sitzung des Europarats in "
        "Straßburg folgen. Das Treffen von Olaf Scholz und Emmanuel Macron am Dienstag "
        "findet in Berlin statt.",
        {
            "Europarats": "ORG",
            "Straßburg": "LOC",
            "Berlin": "LOC",
            "Olaf Scholz": "PER",
            "Emmanuel Macron": "PER",
        },
        anchor=date(2023, 5, 1),  # a Monday
    )
    by_date = {m.date: m for m in rec.meetings}
    assert set(by_date) == {date(2023, 5, 2), date(2023, 5, 5)}
    assert by_date[date(2023, 5, 5)].location == "place/Straßburg"
    assert by_date[date(2023, 5, 5)].organizers == ("org/Europarat",)
    assert by_date[date(2023, 5, 2)].location == "place/Berlin"
    assert set(by_date[date(2023, 5, 2)].attendees) == {
        "person/Olaf Scholz",
        "person/Emmanuel Macron",
    }


@pytest.mark.parametrize(
    "text,ents",
    [
        # not meetings: decisions "getroffen", press conferences, vague mentions
        ("Die Regierung hat in Berlin Vorkehrungen getroffen.", {"Berlin": "LOC"}),
        (
            "Olaf Scholz sagte bei einer Pressekonferenz in Berlin, er sei zufrieden.",
            {"Olaf Scholz": "PER", "Berlin": "LOC"},
        ),
        ("Die Gespräche seien schwierig, sagte Olaf Scholz.", {"Olaf Scholz": "PER"}),
        (
            "Das Thema steht nicht zur Verhandlung, sagte Olaf Scholz.",
            {"Olaf Scholz": "PER"},
        ),
        # sports: to face, to score, to host
        (
            "Im Halbfinale trifft Jannik Sinner auf Carlos Alcaraz.",
            {"Jannik Sinner": "PER", "Carlos Alcaraz": "PER"},
        ),
        (
            "Harry Kane traf in der 34. Minute zum 1:0, Leroy Sané traf nach der Pause "
            "zum 2:0. Im Spiel gegen Union blieb Manuel Neuer ohne Gegentor, "
            "der Trainer war zufrieden. Am Samstag empfängt Thomas Tuchels "
            "Mannschaft den Tabellenführer.",
            {
                "Harry Kane": "PER",
                "Leroy Sané": "PER",
                "Manuel Neuer": "PER",
                "Union": "ORG",
                "Thomas Tuchels": "PER",
            },
        ),
    ],
)
def test_no_spurious_meetings(blank_nlp, text, ents) -> None:
    assert extract(blank_nlp, text, ents, anchor=date(2022, 6, 1)).meetings == ()


def test_anaphoric_mention_joins_the_meeting_sharing_participants(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Am Montag treffen sich in Wien Vertreter Irans und der EU. "
        "Am Dienstag tagt in Genf der UN-Sicherheitsrat.\n\n"
        "Die Gespräche mit Iran leitet Josep Borrell.",
        {
            "Wien": "LOC",
            "Irans": "LOC",
            "EU": "ORG",
            "Genf": "LOC",
            "UN-Sicherheitsrat": "ORG",
            "Iran": "LOC",
            "Josep Borrell": "PER",
        },
        anchor=date(2021, 4, 4),
    )
    vienna = next(m for m in rec.meetings if m.location == "place/Wien")
    assert "person/Josep Borrell" in vienna.attendees
    assert 2 in vienna.sentences


def test_he_who_met_is_the_person_named_before(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Bundespräsident Frank-Walter Steinmeier reiste am Montag nach Chile. "
        "In Santiago hat er am Dienstag Präsident Gabriel Boric getroffen.",
        {
            "Frank-Walter Steinmeier": "PER",
            "Chile": "LOC",
            "Santiago": "LOC",
            "Gabriel Boric": "PER",
        },
        anchor=date(2023, 6, 8),
    )
    [m] = rec.meetings
    assert set(m.attendees) == {
        "person/Frank-Walter Steinmeier",
        "person/Gabriel Boric",
    }
    assert m.location == "place/Santiago"


def test_summit_named_by_its_organisation(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Am Sonntag beginnt der G20-Gipfel in Neu-Delhi.",
        {"Neu-Delhi": "LOC"},
        anchor=date(2023, 9, 6),
    )
    [m] = rec.meetings
    assert m.organizers == ("org/G20",)
    assert m.date == date(2023, 9, 10)


def test_visits_with_one_named_side(blank_nlp) -> None:
    # a visit to a country whose host is not named: the country receives
    rec = extract(
        blank_nlp,
        "Während des Besuchs von Papst Leo im katholischen Peru wurden Demonstranten "
        "festgenommen.",
        {"Leo": "PER", "Peru": "LOC"},
    )
    [m] = rec.meetings
    assert (set(m.attendees), m.location) == (
        {"person/Leo", "place/Peru"},
        "place/Peru",
    )
    # the visitor named after "sein Besuch"; a city is the place, not an
    # attendee, but a capital's state receives the visit even where the article
    # names it nowhere (issue 15; dev International 34: "Besuch in Kiew")
    rec = extract(
        blank_nlp,
        "Nach seinem Besuch in Ottawa reiste Kim Lee nach Mexiko weiter.",
        {"Ottawa": "LOC", "Kim Lee": "PER", "Mexiko": "LOC"},
    )
    [m] = rec.meetings
    assert (m.attendees, m.location) == (
        ("person/Kim Lee", "place/Kanada"),
        "place/Ottawa",
    )
    rec = extract(
        blank_nlp,
        "Nach seinem Besuch in Toronto reiste Kim Lee nach Mexiko weiter.",
        {"Toronto": "LOC", "Kim Lee": "PER", "Mexiko": "LOC"},
    )
    [m] = rec.meetings
    assert (m.attendees, m.location) == (("person/Kim Lee",), "place/Toronto")
    # the verb: the place visited, not the country of the visitor's post
    rec = extract(
        blank_nlp,
        "Chiles Präsident Max Muster besuchte am Sonntag Argentinien.",
        {"Chiles": "LOC", "Max Muster": "PER", "Argentinien": "LOC"},
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Max Muster", "place/Argentinien"}
    assert m.location == "place/Argentinien"
    rec = extract(
        blank_nlp,
        "Zuvor hatte Ana Souza am Montag Portugal besucht.",
        {"Ana Souza": "PER", "Portugal": "LOC"},
    )
    assert [set(m.attendees) for m in rec.meetings] == [
        {"person/Ana Souza", "place/Portugal"}
    ]
    # no named visitor, no visit
    rec = extract(
        blank_nlp,
        "Die Schüler besuchten am Montag das Museum in Wien.",
        {"Wien": "LOC"},
    )
    assert rec.meetings == ()


def test_encounters_and_summons(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Außenminister Jan Novák zeigte sich nach seiner Begegnung mit dem russischen "
        "Botschafter Ivan Petrov in Prag besorgt.",
        {"Jan Novák": "PER", "Ivan Petrov": "PER", "Prag": "LOC"},
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Jan Novák", "person/Ivan Petrov"}
    # a summons: the summoned and the state whose ministry summons
    rec = extract(
        blank_nlp,
        "Das türkische Außenministerium bestellte am Montag den deutschen Botschafter "
        "Martin Weber ein.",
        {"Martin Weber": "PER"},
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Martin Weber", "place/Türkei"}
    rec = extract(
        blank_nlp,
        "Das Außenministerium in Oslo zitierte die Botschafterin Anna Berg ins Amt.",
        {"Oslo": "LOC", "Anna Berg": "PER"},
    )
    [m] = rec.meetings
    assert "person/Anna Berg" in m.attendees
    # "zitieren" = to quote, "bestellen" = to order: no meetings
    for text, ents in [
        (
            "Die Zeitung zitierte Anna Berg am Donnerstag in Oslo.",
            {"Anna Berg": "PER", "Oslo": "LOC"},
        ),
        ("Anna Berg bestellte in Oslo ein Taxi.", {"Anna Berg": "PER", "Oslo": "LOC"}),
    ]:
        assert extract(blank_nlp, text, ents).meetings == ()


@pytest.mark.parametrize(
    "where,place",
    [
        ("in der Schweiz", "place/Schweiz"),
        ("in den USA", "place/USA"),
        ("im russischen Sotschi", "place/Sotschi"),
        # a capital described, not named
        ("in der ukrainischen Hauptstadt", "place/Kiew"),
        ("in der Nähe von Genf", None),
    ],
)
def test_meeting_place_after_an_article_or_adjective(blank_nlp, where, place) -> None:
    rec = extract(
        blank_nlp,
        f"Sergej Lawrow und John Kerry trafen sich am Montag {where}.",
        {
            "Sergej Lawrow": "PER",
            "John Kerry": "PER",
            "Schweiz": "LOC",
            "USA": "LOC",
            "Sotschi": "LOC",
            "Genf": "LOC",
        },
    )
    [m] = rec.meetings
    assert m.location == place


def test_talks_with_a_titled_person_and_the_speaking_subject(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Li Qiang sagte am Montag bei einem Treffen mit dem brasilianischen "
        "Präsidenten Luiz Inácio Lula da Silva in Peking, die Lage sei stabil.",
        {"Li Qiang": "PER", "Luiz Inácio Lula da Silva": "PER", "Peking": "LOC"},
        anchor=date(2023, 4, 14),
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Li Qiang", "person/Luiz Inácio Lula da Silva"}
    assert ("person/Luiz Inácio Lula da Silva", "Präsident", "place/Brasilien") in (
        role_triples(rec)
    )


def test_an_interview_is_no_meeting(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Im Gespräch mit der dpa sagte Olaf Scholz am Montag in Berlin, er sei "
        "zuversichtlich.",
        {"dpa": "ORG", "Olaf Scholz": "PER", "Berlin": "LOC"},
        anchor=date(2022, 6, 1),
    )
    assert rec.meetings == ()


def test_a_summoned_ambassador(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Am Dienstag hat Außenministerin Annalena Baerbock in Berlin den russischen "
        "Botschafter Sergej Netschajew einbestellt.",
        {"Annalena Baerbock": "PER", "Berlin": "LOC", "Sergej Netschajew": "PER"},
        anchor=date(2022, 4, 6),
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Annalena Baerbock", "person/Sergej Netschajew"}
    assert (
        "person/Sergej Netschajew",
        "Botschafter",
        "place/Russland",
    ) in role_triples(rec)


def test_capitals_taking_part_stand_for_their_states(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Am Montag verhandeln Moskau und Washington in Genf über Abrüstung. "
        "Roms Bürgermeister Roberto Gualtieri blieb zu Hause.",
        {
            "Moskau": "LOC",
            "Washington": "LOC",
            "Genf": "LOC",
            "Roms": "LOC",
            "Roberto Gualtieri": "PER",
        },
        anchor=date(2023, 3, 1),
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"place/Moskau", "place/Washington"}
    assert m.location == "place/Genf"
    rome = next(e for e in rec.entities if e.mentions[0].text == "Roms")
    assert rome.name == "Rom"  # the city: its mayor


def test_a_place_after_a_dash_belongs_to_another_clause(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Ministerin traf Hans Berger und Eva Lind – Wahl in Graz Thema.",
        {"Hans Berger": "PER", "Eva Lind": "PER", "Graz": "LOC"},
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Hans Berger", "person/Eva Lind"}
    assert m.location is None


def test_talks_with_no_one_named_give_their_place_to_the_meeting_before(
    blank_nlp,
) -> None:
    text = (
        "Präsident Karl Moser traf am Mittwoch Kanzlerin Eva Lind. "
        "Moser zeigte sich nach den Gesprächen in der deutschen Hauptstadt zufrieden."
    )
    ents = {"Karl Moser": "PER", "Eva Lind": "PER", "Moser": "PER"}
    [m] = extract(blank_nlp, text, ents).meetings
    assert set(m.attendees) == {"person/Karl Moser", "person/Eva Lind"}
    assert m.location == "place/Berlin"
    # talks far from any meeting do not join it
    far = text.replace(
        "Moser zeigte",
        "Das Wetter war kalt. Der Zug kam spät. Es gab Suppe. Moser zeigte",
    )
    first, *rest = extract(blank_nlp, far, ents).meetings
    assert first.location is None
    # (Moser, the subject at "den Gesprächen", is there: talks of his own)
    assert [(m.attendees, m.location) for m in rest] in (
        [],
        [(("person/Karl Moser",), "place/Berlin")],
    )


def test_a_visit_by_he_to_a_capital_is_a_visit_to_its_country(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Premier Ali Demir kritisierte die Ukraine nicht. "
        "Er betonte bei einem Besuch in Kiew, man stehe zusammen.",
        {"Ali Demir": "PER", "Ukraine": "LOC", "Kiew": "LOC"},
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Ali Demir", "place/Ukraine"}
    assert m.location == "place/Kiew"
    # a city that is no capital is only the place
    rec = extract(
        blank_nlp,
        "Der Premier Ali Demir lobte die Ukraine. "
        "Er betonte bei einem Besuch in Lwiw, man stehe zusammen.",
        {"Ali Demir": "PER", "Ukraine": "LOC", "Lwiw": "LOC"},
    )
    assert [set(m.attendees) for m in rec.meetings] in ([], [{"person/Ali Demir"}])


@pytest.mark.parametrize(
    "text,attendees",
    [
        # separable and subordinate forms of zusammenkommen / zusammentreffen
        ("Olaf Berg kam mit Ida Roth in Bern zusammen.", {"Olaf Berg", "Ida Roth"}),
        (
            "Ida Roth reiste nach Bern, wo sie mit Olaf Berg zusammentraf.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # "sprechen mit" a named partner
        ("Am Rande sprach Olaf Berg mit Ida Roth.", {"Olaf Berg", "Ida Roth"}),
        # the subject after an opening phrase
        (
            "Bei einem Treffen mit dem türkischen Präsidenten Ida Roth in Bern "
            "sprach Außenminister Olaf Berg über Migration.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Nach ihrem Gespräch mit Olaf Berg in Bern sagte Ida Roth, alles sei gut.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # no partner, or a medium: no meeting
        ("In Bern sprach Olaf Berg mit Journalisten.", None),
        ("In Bern sprach Olaf Berg mit der Deutschen Presse-Agentur.", None),
        ("Olaf Berg kam am Montag in Bern an.", None),
    ],
)
def test_more_ways_to_say_two_met(blank_nlp, text, attendees) -> None:
    _assert_meeting(blank_nlp, text, attendees)


@pytest.mark.parametrize(
    "text,attendees",
    [
        # taking part: the body whose representatives come too
        (
            "An dem Treffen nahmen Olaf Berg und Vertreter der Nordhilfe teil.",
            {"Olaf Berg", "Nordhilfe"},
        ),
        # representatives after a person in a list of partners
        (
            "Olaf Berg sprach in Bern mit Ida Roth und Vertretern der Nordhilfe.",
            {"Olaf Berg", "Ida Roth", "Nordhilfe"},
        ),
    ],
)
def test_representatives_of_a_body_make_it_a_side(blank_nlp, text, attendees):
    rec = extract(blank_nlp, text, {**_ACTORS, "Nordhilfe": "ORG"})
    got = [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]
    assert got == [attendees]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Berg traf sich am Montag in Bern mit Russlands Präsident Ida Roth.",
        "Olaf Berg sprach in Bern mit Russlands neuer Präsidentin Ida Roth.",
    ],
)
def test_the_country_in_the_genitive_before_a_title_is_not_met(blank_nlp, text):
    # "mit Israels Ministerpräsident X": X, not the country of the post
    rec = extract(blank_nlp, text, {**_ACTORS, "Russlands": "LOC"})
    got = [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]
    assert got == [{"Olaf Berg", "Ida Roth"}]


@pytest.mark.parametrize(
    "text,attendees",
    [
        # a body of states convening, with a day
        ("Der NATO-Russland-Rat tagt am Mittwoch in Brüssel.", {"NATO-Russland-Rat"}),
        # ... not a national body, nor a habit
        ("Der Bundestag tagt am Mittwoch in Berlin.", None),
        ("In Bern, wo die OSZE tagt, ist Olaf Berg oft Gast.", None),
        # a phone call of two named sides; "laut X" names the source only
        (
            "Laut Kreml sprachen Olaf Berg und Ida Roth am Telefon über Syrien.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # "sich aussprechen" is no talk
        ("Die SPÖ spricht sich gegen eine Koalition mit der FPÖ aus.", None),
    ],
)
def test_convening_bodies_and_calls(blank_nlp, text, attendees) -> None:
    _assert_meeting(blank_nlp, text, attendees, anchor=date(2022, 1, 9))


@pytest.mark.parametrize(
    "text,attendees",
    [
        # to face an opponent: "auf den" + no place
        ("Sollte er gewinnen, trifft Olaf Berg auf den Sieger aus Bern.", None),
        # ... but "auf den Philippinen" is where they met
        (
            "Olaf Berg und Ida Roth trafen sich auf den Philippinen.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # "treffen" = to hit: no person, no "sich", no "mit"
        ("Diese Maßnahme hat auch die SPÖ in Bern getroffen.", None),
        ("Die USA und Russland treffen sich in Bern.", {"USA", "Russland"}),
    ],
)
def test_treffen_as_facing_or_hitting_is_no_meeting(blank_nlp, text, attendees) -> None:
    _assert_meeting(blank_nlp, text, attendees)


@pytest.mark.parametrize(
    "text,attendees",
    [
        # a plural "sie" next to a plural verb: the two persons named before
        (
            "Olaf Berg lobte Ida Roth. Am Montag trafen sie sich in Bern.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Olaf Berg lobte Ida Roth. Die beiden Minister trafen sich in Bern.",
            {"Olaf Berg", "Ida Roth"},
        ),
        (
            "Olaf Berg lobte Ida Roth. Beide trafen sich am Montag in Bern.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # bare surnames of persons named in full before count
        (
            "Olaf Berg und Ida Roth sind Minister. Roth lobte Berg. "
            "Sie trafen sich in Bern.",
            {"Olaf Berg", "Ida Roth"},
        ),
        # "sie" as an object after a singular verb is not the two of them
        ("Olaf Berg lobte Ida Roth. Er will sie treffen.", None),
        # "die beiden Länder" are no persons
        (
            "Olaf Berg lobte Ida Roth. Die beiden Länder verhandeln in Bern.",
            None,
        ),
    ],
)
def test_a_plural_subject_is_the_two_persons_named_before(
    blank_nlp, text, attendees
) -> None:
    _assert_meeting(blank_nlp, text, attendees)


def test_paying_a_visit_to_a_country(blank_nlp) -> None:
    # "X stattet Y einen Besuch ab": the dative before the trigger is visited
    rec = extract(
        blank_nlp,
        "Olaf Berg wird Syrien im Juni einen Besuch abstatten.",
        _ACTORS,
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Olaf Berg", "place/Syrien"}
    assert m.location == "place/Syrien"
    # ... also with a plural "sie" for the two named before
    rec = extract(
        blank_nlp,
        "Olaf Berg und Ida Roth waren in Bern. Am Montag statten sie Syrien "
        "gemeinsam einen Blitzbesuch ab.",
        _ACTORS,
    )
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Olaf Berg", "person/Ida Roth", "place/Syrien"}
    assert m.location == "place/Syrien"


def test_the_heeresminister_is_the_defence_minister(blank_nlp) -> None:
    # Austrian usage: "der Heeresminister" refers to the Verteidigungsminister
    _assert_meeting(
        blank_nlp,
        "Verteidigungsminister Olaf Berg lobte das Heer. "
        "Der Heeresminister traf sich mit Ida Roth in Berlin.",
        {"Olaf Berg", "Ida Roth"},
    )


_PARTIES = {
    "SPÖ": "ORG",
    "ÖVP": "ORG",
    "FPÖ": "ORG",
    "Olaf Berg": "PER",
    "Wien": "LOC",
}


@pytest.mark.parametrize(
    "text,attendees",
    [
        # the subject of a verb that takes the talks as its object
        ("ÖVP und FPÖ führen seit Montag Sondierungsgespräche.", {"ÖVP", "FPÖ"}),
        ("Seit Montag führen ÖVP und FPÖ Sondierungsgespräche.", {"ÖVP", "FPÖ"}),
        ("Die SPÖ nahm Gespräche mit der FPÖ auf.", {"SPÖ", "FPÖ"}),
        ("Die SPÖ hat am Montag Gespräche mit der FPÖ aufgenommen.", {"SPÖ", "FPÖ"}),
        ("Die ÖVP setzte die Verhandlungen mit der SPÖ fort.", {"ÖVP", "SPÖ"}),
        ("Olaf Berg sagte, dass die ÖVP Gespräche mit der FPÖ führt.", None),
        # the talks as the subject: no party
        ("Die Gespräche mit der FPÖ führen zu nichts.", None),
        # "nahm ... auf" without "auf" is no "aufnehmen"
        ("Die SPÖ nahm die Gespräche mit der FPÖ zur Kenntnis.", None),
    ],
)
def test_the_subject_of_a_verb_that_holds_talks(blank_nlp, text, attendees) -> None:
    rec = extract(blank_nlp, text, _PARTIES)
    got = [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]
    if text.startswith("Olaf Berg sagte"):
        # the subordinate clause's subject takes part; the speaker's part is
        # the older rule of "X führt die Gespräche" (not asserted here)
        assert got and {"ÖVP", "FPÖ"} <= got[0]
        return
    assert got == ([attendees] if attendees else [])


def test_an_agreement_reached_is_no_meeting(blank_nlp) -> None:
    # "Vereinbarungen treffen" in a relative clause, an apposition between
    _assert_meeting(
        blank_nlp,
        "Es geht um Vereinbarungen, die Olaf Berg, Chef der FPÖ, mit Ida Roth traf.",
        None,
    )


def test_a_people_in_talks_is_the_organisation_of_that_country(blank_nlp) -> None:
    ents = {
        "Bawag": "ORG",
        "Unicredit": "ORG",
        "Olaf Berg": "PER",
    }  # country adjectives and inhabitant nouns are found without a model
    # "die Italiener": the one company the article calls Italian
    rec = extract(
        blank_nlp,
        "Die italienische Mutter Unicredit will verkaufen. "
        "Olaf Berg verhandelt mit den Italienern.",
        ents,
    )
    assert [set(m.attendees) for m in rec.meetings] == [
        {"person/Olaf Berg", "org/UniCredit"}
    ]
    # no Italian organisation named: the country
    rec = extract(blank_nlp, "Olaf Berg verhandelt mit den Italienern.", ents)
    assert [set(m.attendees) for m in rec.meetings] == [
        {"person/Olaf Berg", "place/Italien"}
    ]
    # "mit der italienischen Unicredit": the company, not its country
    rec = extract(
        blank_nlp, "Die Bawag verhandelt mit der italienischen Unicredit.", ents
    )
    assert [set(m.attendees) for m in rec.meetings] == [{"org/Bawag", "org/UniCredit"}]


@pytest.mark.parametrize(
    "text",
    [
        # "sie" in another clause than the trigger
        "Olaf Berg lobte Ida Roth. Als sich Max Kern und der Jäger Slava in Berlin "
        "trafen, verliebten sie sich.",
        # "den sie ... getroffen hat": "sie" after a relative pronoun
        "Olaf Berg lobte Ida Roth. Es ist ein Mann, den sie in Berlin getroffen hat.",
        # a plural visiting a school is no visit of the two named before
        "Olaf Berg lobte Ida Roth. Sie besuchen die gleichen Schulen in Berlin.",
    ],
)
def test_a_plural_subject_only_in_the_clause_of_the_trigger(blank_nlp, text) -> None:
    rec = extract(blank_nlp, text, _ACTORS | {"Max Kern": "PER"})
    for m in rec.meetings:
        assert not {"person/Olaf Berg", "person/Ida Roth"} <= set(m.attendees)


def test_the_object_after_a_day_between_it_and_the_verb(blank_nlp) -> None:
    # "empfing am Montag die SPÖ": the day does not end the object
    _assert_meeting(
        blank_nlp,
        "Olaf Berg empfing am Montag die SPÖ in Berlin.",
        {"Olaf Berg", "SPÖ"},
    )
    _assert_meeting(
        blank_nlp, "Olaf Berg empfing gestern die SPÖ in Berlin.", {"Olaf Berg", "SPÖ"}
    )


@pytest.mark.parametrize(
    "text",
    [
        "In Berlin trafen sich Olaf Berg und Ida Roth.",
        "Beim Gipfel in Berlin traf Olaf Berg die Ministerin Ida Roth.",
    ],
)
def test_a_place_after_a_preposition_before_the_verb_is_no_party(
    blank_nlp, text
) -> None:
    rec = extract(blank_nlp, text, _ACTORS)
    [m] = rec.meetings
    assert set(m.attendees) == {"person/Olaf Berg", "person/Ida Roth"}
    assert m.location == "place/Berlin"


def test_talks_continued_by_phone_are_a_meeting_of_their_own(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Nach dem Treffen mit Ida Roth in Berlin am Vortag setzten die beiden "
        "Minister Olaf Berg und Ida Roth ihre Beratungen über Syrien telefonisch fort.",
        _ACTORS,
    )
    got = sorted(
        ({k.partition("/")[2] for k in m.attendees}, m.location) for m in rec.meetings
    )
    # the call has no place; the meeting in Berlin stays apart
    assert ({"Olaf Berg", "Ida Roth"}, None) in got
    assert any(loc == "place/Berlin" for _, loc in got)
    # the same pair in one place, twice: one meeting
    _assert_meeting(
        blank_nlp,
        "Olaf Berg traf Ida Roth in Berlin. Das Treffen in Berlin dauerte lange.",
        {"Olaf Berg", "Ida Roth"},
    )


@pytest.mark.parametrize(
    "text,attendees",
    [
        # an agreement reached between two named parties is their negotiation
        ("SPÖ und ÖVP einigten sich am Montag auf ein Budget.", {"SPÖ", "ÖVP"}),
        ("Die ÖVP hat sich mit der FPÖ auf ein Programm geeinigt.", {"ÖVP", "FPÖ"}),
        # one party, or no agreement
        ("Die SPÖ einigte sich am Montag in Wien auf einen Kandidaten.", None),
        ("Die ÖVP hat sich mit der FPÖ nicht geeinigt.", None),
    ],
)
def test_an_agreement_of_two_parties(blank_nlp, text, attendees) -> None:
    rec = extract(blank_nlp, text, _PARTIES)
    got = [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]
    assert got == ([attendees] if attendees else [])


def test_the_time_and_teller_of_a_reporting_clause_are_not_the_meetings(
    blank_nlp,
) -> None:
    # the ministry tells on Monday; the meeting is on Tuesday
    rec = extract(
        blank_nlp,
        "Olaf Berg reist am Dienstag nach Berlin. Dort trifft er Ida Roth, wie das "
        "Ministerium am Montag mitteilte.",
        _ACTORS,
        anchor=date(2023, 3, 13),
    )
    [m] = rec.meetings
    assert m.date != date(2023, 3, 13)
    # the speaker of "…, teilte X am Montag mit" is no participant either
    rec = extract(
        blank_nlp,
        "Ida Roth trifft am Mittwoch in Berlin den Kanzler, teilte Olaf Berg am "
        "Montag mit.",
        _ACTORS,
        anchor=date(2023, 3, 13),
    )
    [m] = rec.meetings
    assert "person/Olaf Berg" not in m.attendees
    assert m.date == date(2023, 3, 15) and m.location == "place/Berlin"
    # a time in the clause of the meeting itself still dates it
    rec = extract(
        blank_nlp,
        "Nach dem Treffen mit Ida Roth am Montag in Bern sagte Olaf Berg, es gebe "
        "Fortschritte.",
        _ACTORS,
        anchor=date(2023, 3, 13),
    )
    [m] = rec.meetings
    assert m.date == date(2023, 3, 13) and m.location == "place/Bern"


def test_two_named_parties_who_came_to_terms_met(blank_nlp) -> None:
    # "sich verständigen" as "sich einigen", the "sich" far before the verb
    _assert_meeting(
        blank_nlp,
        "Olaf Berg und Ida Roth haben sich am Dienstag in Berlin auf Grundzüge "
        "einer gemeinsamen Standortgarantie verständigt.",
        {"Olaf Berg", "Ida Roth"},
    )
    _assert_meeting(
        blank_nlp, "Olaf Berg hat sich mit den Plänen nicht verständigt.", set()
    )


@pytest.mark.parametrize(
    ("text", "attendees"),
    [
        (
            "Ministerin Ida Roth flog nach Moskau. Dort traf Roth auch Lawrows "
            "Berater Pjotr Sorin.",
            {"Ida Roth", "Pjotr Sorin"},
        ),
        (
            "Am Montag empfing Olaf Berg Merkels Sprecher Jan Falk in Bern.",
            {"Olaf Berg", "Jan Falk"},
        ),
    ],
)
def test_a_possessor_before_a_title_and_a_name_is_not_met(
    blank_nlp, text, attendees
) -> None:
    actors = {
        **_ACTORS,
        "Lawrows": "PER",
        "Merkels": "PER",
        "Pjotr Sorin": "PER",
        "Jan Falk": "PER",
        "Moskau": "LOC",
    }
    rec = extract(blank_nlp, text, actors)
    got = [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]
    assert got == [attendees]


def test_er_is_not_the_woman_named_last(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Am Mittwoch will Kanzler Karl Berger in Brüssel mit Kommissionspräsidentin "
        "Eva Gruber beraten. Zuvor trifft er sich mit dem tschechischen Premier Jan "
        "Novak.",
        {
            "Karl Berger": "PER",
            "Brüssel": "LOC",
            "Eva Gruber": "PER",
            "Jan Novak": "PER",
        },
    )
    pairs = [set(m.attendees) for m in rec.meetings]
    assert {"person/Karl Berger", "person/Jan Novak"} in pairs
    assert not any({"person/Eva Gruber", "person/Jan Novak"} <= p for p in pairs)
