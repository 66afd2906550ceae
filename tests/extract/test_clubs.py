"""Sports clubs named by their town (issue 15, part 4): in an article about a
sport, "Augsburg-Trainer", "ein 4:0 gegen Aberdeen" and "Tabellenführer
Leicester" name a club, not the town; outside sport the town stays a place.

Hand-set entities on a blank pipeline (the ``records`` fixture), so the tests
check the rules and the gazetteer, not the model. The sentences are written for
these tests."""

from __future__ import annotations

from kg.nlp import gazetteer
from tests.conftest import LOC, ORG, PER

FOOTBALL = "Nach dem Elfmeter und einem Kopfball in der Halbzeit "


def _orgs(rec) -> set[str]:
    return {e.name for e in rec.entities if e.kind == "org"}


def _places(rec) -> set[str]:
    return {e.name for e in rec.entities if e.kind == "place"}


def test_a_town_before_a_noun_of_its_people_names_its_club(records) -> None:
    rec = records(FOOTBALL + "jubelte der Augsburg-Trainer lange.", {})
    assert "FC Augsburg" in _orgs(rec)
    rec = records(FOOTBALL + "wechselten die Bayern-Profis in die Kabine.", {})
    assert "FC Bayern München" in _orgs(rec)


def test_a_town_of_no_known_club_is_a_club_of_that_name(records) -> None:
    rec = records(FOOTBALL + "wurde der Aberdeen-Stürmer ausgewechselt.", {})
    assert "Aberdeen" in _orgs(rec)
    assert "Aberdeen" not in _places(rec)


def test_a_town_after_a_score_is_the_opponent(records) -> None:
    rec = records(FOOTBALL + "gelang ein 4:0 gegen Aberdeen.", {"Aberdeen": LOC})
    assert "Aberdeen" in _orgs(rec)
    rec = records(FOOTBALL + "folgte die 1:2-Niederlage bei Lille.", {"Lille": LOC})
    assert "OSC Lille" in _orgs(rec)


def test_a_town_after_a_standings_noun_is_the_club(records) -> None:
    rec = records(FOOTBALL + "siegte Tabellenführer Leicester.", {"Leicester": LOC})
    assert "Leicester City" in _orgs(rec)


def test_a_town_the_model_calls_an_organisation_in_sport_is_its_club(records) -> None:
    rec = records(FOOTBALL + "stürmte Chelsea nach vorne.", {"Chelsea": ORG})
    assert "FC Chelsea" in _orgs(rec)


def test_outside_sport_and_without_a_cue_the_town_stays_a_place(records) -> None:
    rec = records("Der Stadtrat stimmte mit 20:3 gegen Lille.", {"Lille": LOC})
    assert "Lille" in _places(rec) and not _orgs(rec)
    rec = records(FOOTBALL + "reisten die Fans nach Lille.", {"Lille": LOC})
    assert "Lille" in _places(rec)
    # a country after a score is a national team: no club
    rec = records(FOOTBALL + "gelang ein 2:0 gegen Schweden.", {"Schweden": LOC})
    assert not _orgs(rec)
    # a person's name before a noun of play is no club ("Müller-Pass")
    rec = records(FOOTBALL + "kam der Müller-Pass zu spät.", {})
    assert not _orgs(rec)


def test_a_town_of_two_clubs_names_neither() -> None:
    text = "Im Fußball traf der Stürmer per Kopfball."
    assert gazetteer.club_of_town("Wien", text) is None
    assert gazetteer.club_of_town("Köln", text).name == "1. FC Köln"
    assert gazetteer.club_of_town("Köln", "Der Dom steht in Köln.") is None


def test_teams_of_the_north_american_leagues_and_sports_media() -> None:
    assert gazetteer.lookup("Columbus Blue Jackets").kind == "sport"
    assert gazetteer.lookup("Milwaukee Bucks").kind == "sport"
    assert gazetteer.lookup("Tagespresse").kind == "media"
    assert gazetteer.lookup("sid").kind == "media"
    assert gazetteer.lookup("Sid") is None  # the Serbian town Šid, a first name


def test_a_town_after_a_transfer_is_the_club(records) -> None:
    rec = records(
        FOOTBALL + "wechselte der Verteidiger nach Augsburg.", {"Augsburg": LOC}
    )
    assert "FC Augsburg" in _orgs(rec)
    # a constituent country after a transfer is no club
    rec = records(FOOTBALL + "folgte der Transfer nach England.", {"England": LOC})
    assert not _orgs(rec)


def test_a_sports_report_is_told_by_words_of_sport() -> None:
    from kg.lang.de.clubs import is_sports_report

    assert is_sports_report(
        "Der Mittelfeldspieler ging, der Trainer blieb im Halbfinale."
    )
    assert not is_sports_report("Der Trainer des Chors lobte den Tenor.")


def test_a_club_the_model_took_for_a_person_or_a_place(records) -> None:
    # a nickname the model takes for a place, a club's village for a person
    rec = records(FOOTBALL + "gärt es beim Lokalrivalen Austria.", {"Austria": LOC})
    assert "FK Austria Wien" in _orgs(rec) and not _places(rec)
    rec = records(FOOTBALL + "verlor die Austria erneut.", {"Austria": PER})
    assert "FK Austria Wien" in _orgs(rec)
    # the one club of a town the gazetteer knows no place of
    rec = records(FOOTBALL + "besiegten die Wiener Altach klar.", {"Altach": LOC})
    assert "SCR Altach" in _orgs(rec) and not _places(rec)
    # after a place preposition the village stays a place
    rec = records(FOOTBALL + "übernachteten die Fans in Altach.", {"Altach": LOC})
    assert not _orgs(rec)


def test_a_nickname_before_a_noun_of_its_people_names_the_club(records) -> None:
    rec = records(FOOTBALL + "schimpfte der Austria-Kapitän über den Rasen.", {})
    assert "FK Austria Wien" in _orgs(rec)


def test_a_club_the_model_did_not_tag(records) -> None:
    rec = records(FOOTBALL + "empfängt am Samstag Grödig Sturm.", {})
    assert {"SV Grödig", "SK Sturm Graz"} <= _orgs(rec)
    rec = records(FOOTBALL + "kam nach dem 0:3 gegen Gijon die Wende.", {})
    assert "Gijon" in _orgs(rec)
    rec = records(FOOTBALL + "fehlte Huber wegen seines Transfers zu Brentford.", {})
    assert "Brentford" in _orgs(rec)
    # the common noun after an article, outside sport nothing
    rec = records(FOOTBALL + "verstärkte der Neue den Sturm.", {})
    assert not _orgs(rec)
    rec = records(FOOTBALL + "lobte Huber seine Nationalmannschaft.", {})
    assert not _orgs(rec)
    rec = records("Der Stadtrat stimmte mit 20:3 gegen Gijon.", {})
    assert not _orgs(rec)


def test_a_town_before_its_record_in_the_table_is_the_club(records) -> None:
    rec = records(FOOTBALL + "liegt Lille (8 Punkte) vorne.", {"Lille": LOC})
    assert "OSC Lille" in _orgs(rec)
    rec = records(FOOTBALL + "hofft Aberdeen (4/3:7) noch.", {"Aberdeen": LOC})
    assert "Aberdeen" in _orgs(rec)
    # a number in brackets alone is no record
    rec = records(FOOTBALL + "wohnt er in Lille (seit 2010).", {"Lille": LOC})
    assert not _orgs(rec)


def test_a_club_abbreviation_tagged_alone_takes_the_name_after_it(records) -> None:
    rec = records("Der Stürmer spielt jetzt bei FK Zlatibor.", {"FK": ORG})
    assert "FK Zlatibor" in _orgs(rec)
    rec = records("Die Firma XYZ Holding wächst.", {"XYZ": ORG})
    assert "XYZ Holding" not in _orgs(rec)
