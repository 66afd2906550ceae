"""Verbal interactions: rules written against the errors of all quote dev sets
together (issue 17, interactions recall), each on invented sentences, no model
(kg/extract/interactions.py, kg/extract/interaction_parts.py)."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, acts


def test_an_unnamed_group_opening_the_clause_is_no_source(records) -> None:
    # "Kritiker werfen X vor": the accused is no source
    text = "Umweltschützer werfen Karl Brunner vor, die Reform zu verschleppen."
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == set()
    text = "Viele Ökonomen warnen die Regierung von Karl Brunner vor einem Austritt."
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == set()


def test_a_party_by_its_members_still_opens_the_clause(records) -> None:
    text = "Sozialdemokraten werfen Karl Brunner vor, die Reform zu verschleppen."
    rec = records(text, {"Karl Brunner": PER, "Sozialdemokraten": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Sozialdemokraten", "person/Karl Brunner")
    }


def test_a_zu_infinitive_before_drohen_is_no_threat(records) -> None:
    text = (
        "Karl Brunner traf Vertreter der Caritas, die unter das neue Gesetz "
        "zu fallen drohen."
    )
    rec = records(text, {"Karl Brunner": PER, "Caritas": ORG})
    assert acts(rec, "type", "source") == set()


def test_a_dative_actor_in_a_relative_clause_is_no_subject(records) -> None:
    # "Gruppen, die der Hamas Nachgiebigkeit vorwerfen": the groups accuse
    text = "In Graz gibt es Gruppen, die der Caritas zu große Nähe zu Ungarn vorwerfen."
    rec = records(text, {"Caritas": ORG, "Ungarn": LOC})
    assert acts(rec, "type", "source") == set()
    text = "Es gab Vereine, die dem Minister Karl Brunner Untätigkeit vorwarfen."
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == set()


def test_a_subject_before_the_relative_pronoun_stays_a_subject(records) -> None:
    # the relative pronoun is an object when the actor after it is the subject
    text = "Das ist der Vorschlag, den die Caritas abgelehnt hatte."
    assert acts(records(text, {"Caritas": ORG}), "type", "source") == {
        ("REJECT", "org/Caritas")
    }


def test_a_title_before_a_relative_clause_is_the_subject(records) -> None:
    # "Der Vorsitzende der Partei …, der als starker Mann gilt, wies … zurück"
    text = (
        "Karl Brunner ist Vorsitzender der Freie Liste. "
        "Der Vorsitzende, der als Hardliner gilt, wies die Kritik am Montag zurück."
    )
    rec = records(text, {"Karl Brunner": PER, "Freie Liste": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "person/Karl Brunner")}


def test_a_name_before_a_relative_clause_is_the_subject(records) -> None:
    text = "Eva Huber, die seit Jahren im Amt ist, wies die Vorwürfe zurück."
    assert acts(records(text, {"Eva Huber": PER}), "type", "source") == {
        ("REJECT", "person/Eva Huber")
    }


def test_a_titled_name_before_a_relative_clause_is_the_subject(records) -> None:
    # a title before the name: neither a quote nor someone else's demand
    text = (
        "Finanzministerin Eva Huber, die an dem Treffen nicht teilnahm, forderte "
        "die Regierung zu Reformen auf."
    )
    assert acts(records(text, {"Eva Huber": PER}), "type", "source") == {
        ("DEMAND", "person/Eva Huber")
    }


def test_the_person_a_leadership_is_around_is_the_target(records) -> None:
    # "wirft der Staatsführung um Präsident X … vor": X
    text = (
        "Die Freie Liste wirft der Regierung um Kanzler Karl Brunner schmutzige "
        "Propaganda vor."
    )
    rec = records(text, {"Karl Brunner": PER, "Freie Liste": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Freie Liste", "person/Karl Brunner")
    }


def test_sie_opening_a_sentence_is_the_organisation_before(records) -> None:
    text = (
        "Die Freie Liste wirft der Regierung von Kanzler Karl Brunner Versagen vor. "
        "Sie wirft der Partei Neue Mitte zudem vor, die Krise provoziert zu haben."
    )
    ents = {"Karl Brunner": PER, "Freie Liste": ORG, "Neue Mitte": ORG}
    assert ("ACCUSE", "org/Freie Liste", "org/Neue Mitte") in acts(
        records(text, ents), "type", "source", "target"
    )


def test_sie_stays_the_woman_named_before(records) -> None:
    text = (
        "Die Freie Liste lobte die Ministerin Eva Huber. "
        "Sie wirft der Partei Neue Mitte vor, die Krise provoziert zu haben."
    )
    ents = {"Eva Huber": PER, "Freie Liste": ORG, "Neue Mitte": ORG}
    assert ("ACCUSE", "person/Eva Huber", "org/Neue Mitte") in acts(
        records(text, ents), "type", "source", "target"
    )


def test_a_passive_accusation_is_the_prosecutions_named_before(records) -> None:
    # "Beiden Verdächtigen wird vorgeworfen" after the prosecution's charges
    text = (
        "Die dänische Staatsanwaltschaft hat Anklage gegen Karl Brunner erhoben. "
        "Ihm wird Betrug in drei Fällen vorgeworfen."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert {(i.type, i.source_label) for i in rec.interactions} == {
        ("ACCUSE", "dänische Staatsanwaltschaft")
    }
    text = (
        "Nach Angaben des Landeskriminalamts sitzen zwei Männer in Haft. "
        "Den Männern werden Betrug und Geldwäsche vorgeworfen."
    )
    assert {(i.type, i.source_label) for i in records(text, {}).interactions} == {
        ("ACCUSE", "Landeskriminalamt")
    }


def test_a_passive_accusation_without_a_prosecution_has_no_source(records) -> None:
    text = (
        "Karl Brunner ist seit Jahren Bürgermeister. "
        "Ihm wird Betrug in drei Fällen vorgeworfen."
    )
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == set()


def test_a_list_of_charges_is_one_clause(records) -> None:
    # "werden Aktenfälschung, Geldwäsche sowie Betrug vorgeworfen"
    text = (
        "Die Staatsanwaltschaft ermittelt in Linz. "
        "Karl Brunner werden Untreue, schwere Geldwäsche sowie Betrug vorgeworfen."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert {(i.type, i.source_label, i.target) for i in rec.interactions} == {
        ("ACCUSE", "Staatsanwaltschaft", "person/Karl Brunner")
    }


def test_an_attributive_participle_without_an_agent_is_no_act(records) -> None:
    text = "Im Fall des beschuldigten Polen Karl Brunner ermittelt die Polizei."
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == set()
    text = "Karl Brunner brachte der Caritas die geforderten Mittel."
    rec = records(text, {"Karl Brunner": PER, "Caritas": ORG})
    assert acts(rec, "type", "source") == set()
    text = "Im Fall des beschuldigten Polen vom Praterstern ermittelt die Polizei."
    assert acts(records(text, {"Polen": LOC}), "type", "source") == set()


def test_a_list_of_subjects_after_auch(records) -> None:
    text = "Auch Frankreich und Deutschland forderten von Russland einen Abzug."
    ents = {"Frankreich": LOC, "Deutschland": LOC, "Russland": LOC}
    assert acts(records(text, ents), "type", "source", "target") == {
        ("DEMAND", "place/Frankreich", "place/Russland"),
        ("DEMAND", "place/Deutschland", "place/Russland"),
    }


def test_beide_seiten_are_the_pair_named_before(records) -> None:
    text = (
        "Kolumbien und die FARC verhandeln seit Jahren. "
        "Der Papst Franziskus rief beide Seiten zur Zurückhaltung auf."
    )
    ents = {"Kolumbien": LOC, "FARC": ORG, "Franziskus": PER}
    assert acts(records(text, ents), "type", "source", "target") == {
        ("APPEAL", "person/Franziskus", "place/Kolumbien"),
        ("APPEAL", "person/Franziskus", "org/FARC"),
    }


def test_a_body_after_von_is_the_passives_agent(records) -> None:
    text = "Der Antrag von Karl Brunner wurde vom Verfassungsgericht abgelehnt."
    rec = records(text, {"Karl Brunner": PER})
    assert {(i.type, i.source_label, i.target) for i in rec.interactions} == {
        ("REJECT", "Verfassungsgericht", "person/Karl Brunner")
    }
    text = "Die Klage wurde von der Staatsanwaltschaft zurückgewiesen."
    assert {(i.type, i.source_label) for i in records(text, {}).interactions} == {
        ("REJECT", "Staatsanwaltschaft")
    }


def test_a_participle_after_its_agent_is_an_act(records) -> None:
    # "die mehrfach angedrohte Verfassungsklage" counts when the agent is clear
    text = (
        "Die von Kanzler Karl Brunner geforderten Reformen kommen nicht voran. "
        "Die vom Iran abgelehnte Resolution wurde trotzdem angenommen."
    )
    rec = records(text, {"Karl Brunner": PER, "Iran": LOC})
    assert acts(rec, "type", "source", "issue") == {
        ("DEMAND", "person/Karl Brunner", "Reformen"),
        ("REJECT", "place/Iran", "Resolution"),
    }
    text = "Die vom Parlament geforderten Reformen kommen nicht voran."
    assert acts(records(text, {}), "type", "source") == set()


def test_the_people_of_a_place_open_no_source(records) -> None:
    # "Die Palästinenser beschuldigen Israel": the accused is no source
    text = "Die Grazer beschuldigen Ungarn, die Grenze zu schließen."
    rec = records(text, {"Grazer": LOC, "Ungarn": LOC})
    assert acts(rec, "type", "source") == set()


def test_der_regierung_as_target_is_the_articles_country(records) -> None:
    text = (
        "Wien – In Österreich streiten die Parteien. "
        "Oppositionschef Karl Brunner warf der Regierung Untätigkeit vor."
    )
    rec = records(text, {"Wien": LOC, "Österreich": LOC, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", "place/Österreich")
    }


def test_sie_is_no_man_named_before(records) -> None:
    text = (
        "Kanzler Karl Brunner lobte die Einigung. "
        "Kritik kam von der Opposition: Sie warf dem Minister Versagen vor."
    )
    rec = records(text, {"Karl Brunner": PER})
    assert ("ACCUSE", "person/Karl Brunner") not in acts(rec, "type", "source")


def test_a_plural_title_is_no_person_named_before(records) -> None:
    text = (
        "Präsident Karl Brunner reiste nach Moskau. "
        "Die Außenminister forderten Russland auf, die Truppen abzuziehen."
    )
    rec = records(text, {"Karl Brunner": PER, "Moskau": LOC, "Russland": LOC})
    assert ("DEMAND", "person/Karl Brunner") not in acts(rec, "type", "source")


def test_a_states_government_is_no_target_of_the_state(records) -> None:
    text = "Die Regierung von Ungarn rief alle Seiten zur Zurückhaltung auf."
    rec = records(text, {"Ungarn": LOC, "Regierung von Ungarn": ORG})
    from kg.extract.interaction_parts import same_state

    assert same_state("org/Regierung (Ungarn)", "place/Ungarn")
    assert not same_state("org/Regierung (Ungarn)", "place/Polen")
    assert all(not same_state(i.source, i.target) for i in rec.interactions)


def test_an_object_opening_the_clause_is_no_subject(records) -> None:
    text = "Den Vorschlag der Opposition lehnte Kanzler Karl Brunner ab."
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == {
        ("REJECT", "person/Karl Brunner")
    }


def test_a_pronoun_after_a_second_verb_is_its_object(records) -> None:
    text = "Karl Brunner nannte die Vorwürfe absurd und wies sie zurück."
    assert acts(records(text, {"Karl Brunner": PER}), "type", "source") == {
        ("REJECT", "person/Karl Brunner")
    }


def test_an_organisation_opening_the_clause_accuses_the_person_after_the_verb(
    records,
) -> None:
    # a verb between the organisation and the person: the organisation is the
    # subject, not a description of the person ("FPÖ Klubchef X")
    text = "Die Nordbank warf Karl Brunner vor, gelogen zu haben."
    rec = records(text, {"Nordbank": "ORG", "Karl Brunner": "PER"})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Nordbank", "person/Karl Brunner")
    }


def test_a_titled_subject_after_the_verb_is_the_source(records) -> None:
    # object first: "Die Nordbank lobte der Minister": the minister named
    # before praises, the bank opening the clause is praised
    text = "Karl Brunner kam nach Linz. Die Nordbank lobte der Minister für ihren Mut."
    rec = records(text, {"Nordbank": "ORG", "Karl Brunner": "PER", "Linz": "LOC"})
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Karl Brunner", "org/Nordbank")
    }
