"""Meetings of domestic politics and the economy (meet8): a body coordinated
with a person in the subject that opens the clause ("Die Ärztekammer und
Stadträtin X verhandelten"), the firm a definite noun after "mit" refers to
("verhandelt mit dem Konzern"), the subject after an opening phrase whose
partner has its kind noun ("Nach den Gesprächen mit der Gewerkschaft X zeigte
sich Y"); talks of one named side with an unnamed group told before it are
no meeting ("Mit den Vertretern der Länder wird Minister X verhandeln"); a
person named only in the topic after "über" takes no part; a session of one
national body alone is no meeting ("Der Parteivorstand beriet in X").
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Falk": "PER",
    "Zahnärztekammer": "ORG",
    "Bauernbund": "ORG",
    "Handelsverband": "ORG",
    "Deutsche Presse-Agentur": "ORG",
    "Nordstahl": "ORG",
    "Metallunion": "ORG",
    "Westbahn": "ORG",
    "Volkspartei": "ORG",
    "OPEC": "ORG",
    "Wien": "LOC",
    "Linz": "LOC",
}


def test_a_body_and_a_person_before_a_plural_verb_both_meet(blank_nlp) -> None:
    text = "Die Zahnärztekammer und Stadträtin Ida Roth verhandelten am Montag erneut."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Zahnärztekammer", "Ida Roth"}, None)
    ]


def test_two_bodies_and_a_minister_in_one_list(blank_nlp) -> None:
    text = (
        "Der Bauernbund, der Handelsverband und Minister Olaf Berg berieten "
        "am Dienstag über die Preise."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Bauernbund", "Handelsverband", "Olaf Berg"}, None)
    ]


def test_a_body_after_a_dateline_and_a_reflexive_verb(blank_nlp) -> None:
    # the dateline opens the sentence, the list the clause
    text = "Linz – Der Bauernbund und Ida Roth trafen sich am Freitag."
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Bauernbund", "Ida Roth"}, None)
    ]


def test_a_medium_in_the_list_is_no_party(blank_nlp) -> None:
    text = (
        "Die Deutsche Presse-Agentur und Stadträtin Ida Roth verhandelten am "
        "Montag erneut."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == []


def test_a_body_not_opening_the_clause_is_left_out(blank_nlp) -> None:
    # the body is the object of "lobte", the meeting is Roth's and Berg's
    text = (
        "Olaf Berg lobte den Bauernbund und Ida Roth trafen sich später mit Jan Falk."
    )
    found = meetings_found(blank_nlp, text, _ACTORS)
    assert all("Bauernbund" not in who for who, _ in found)


def test_the_firm_after_mit_is_the_one_named_before(blank_nlp) -> None:
    text = (
        "Die Nordstahl streicht 300 Stellen. Die Gewerkschaft Metallunion "
        "verhandelt seit Montag mit dem Konzern über einen Sozialplan."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Metallunion", "Nordstahl"}, None)
    ]


def test_talks_with_the_company_named_before(blank_nlp) -> None:
    text = (
        "Die Nordstahl streicht 300 Stellen. Die Metallunion führt Gespräche "
        "mit dem Unternehmen."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Metallunion", "Nordstahl"}, None)
    ]


def test_a_named_firm_after_the_kind_noun_is_that_firm(blank_nlp) -> None:
    text = (
        "Die Nordstahl streicht 300 Stellen. Die Metallunion verhandelt mit "
        "dem Konzern Westbahn."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Metallunion", "Westbahn"}, None)
    ]


def test_the_subject_after_talks_with_a_union_and_its_name(blank_nlp) -> None:
    text = (
        "Nach der dritten Verhandlungsrunde mit der Gewerkschaft Metallunion "
        "zeigte sich die Westbahn zuversichtlich."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Metallunion", "Westbahn"}, None)
    ]


def test_the_body_named_by_the_tail_of_its_name_before_a_final_verb(
    blank_nlp,
) -> None:
    text = (
        "Ministerin Ida Roth kritisiert die Zahnärztekammer. Sie will am "
        "Montag erneut mit der Kammer verhandeln."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Ida Roth", "Zahnärztekammer"}, None)
    ]


def test_talks_with_an_unnamed_group_after_mit_before_the_side(blank_nlp) -> None:
    text = (
        "Mit den Vertretern der Länder wird Minister Olaf Berg am Freitag in "
        "Linz verhandeln."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == []


def test_an_unnamed_group_that_meets_a_named_person(blank_nlp) -> None:
    text = "Die Landeshauptleute treffen am Dienstag Kanzler Olaf Berg in Linz."
    assert meetings_found(blank_nlp, text, _ACTORS) == []


def test_a_group_with_its_owner_named_is_a_side(blank_nlp) -> None:
    text = (
        "Mit Vertretern der Metallunion traf sich Minister Olaf Berg am Montag in Linz."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Metallunion", "Olaf Berg"}, "Linz")
    ]


def test_a_person_in_the_topic_after_ueber_takes_no_part(blank_nlp) -> None:
    text = (
        "Der Bauernbund beriet am Montag mit dem Handelsverband über die "
        "Nachfolge von Olaf Berg."
    )
    assert meetings_found(blank_nlp, text, _ACTORS) == [
        ({"Bauernbund", "Handelsverband"}, None)
    ]


def test_the_session_of_one_party_alone_is_no_meeting(blank_nlp) -> None:
    text = "Der Vorstand der Volkspartei beriet am Montag in Linz."
    assert meetings_found(blank_nlp, text, _ACTORS) == []


def test_the_summit_of_an_intergovernmental_body_alone_stays(blank_nlp) -> None:
    text = "Die OPEC beriet am Montag in Wien."
    assert meetings_found(blank_nlp, text, _ACTORS) == [({"OPEC"}, "Wien")]
