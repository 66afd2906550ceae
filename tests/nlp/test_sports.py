"""kg.nlp.gazetteer.sports: a club of a sport named by a shorter name in an
article about that sport."""

from __future__ import annotations

import pytest

from kg.nlp import gazetteer
from kg.nlp.gazetteer.sports import sports_of


def test_an_article_about_a_sport_writes_two_of_its_words() -> None:
    assert sports_of("Das Eishockey-Derby ging in die Verlängerung, der Puck sprang.")
    assert sports_of("Ein Hockey-Schläger lag im Schaufenster.") == ()
    assert "Radsport" in sports_of("Nach der dritten Etappe der Rundfahrt führt er.")


def test_the_club_of_the_sport_takes_the_short_name() -> None:
    hockey = "Im Eishockey verlor der Meister, das Powerplay misslang."
    club = gazetteer.club_in_context("Red Bull Salzburg", hockey)
    assert club is not None and club.name == "EC Red Bull Salzburg"
    cycling = "Im Zeitfahren der Rundfahrt wurde der Radprofi Zweiter."
    club = gazetteer.club_in_context("Sky", cycling)
    assert club is not None and club.name == "Team Sky"
    # elsewhere the name keeps its own entry
    football = "Im Fußball gewann Salzburg das Derby vor 20.000 Zuschauern."
    assert gazetteer.club_in_context("Red Bull Salzburg", football) is None
    assert gazetteer.club_in_context("Sky", hockey) is None


def test_a_nickname_names_the_club_named_or_of_the_sport() -> None:
    hockey = "Eishockey-Liga: das Powerplay der Bullen."
    club = gazetteer.club_by_nickname("Bullen", hockey, ())
    assert club is not None and club.name == "EC Red Bull Salzburg"
    football = "Fußball: nach dem Freistoß jubelten die Bullen."
    club = gazetteer.club_by_nickname("Bullen", football, ())
    assert club is not None and club.name == "Red Bull Salzburg"
    # the club the article names wins over the sport's words
    club = gazetteer.club_by_nickname("Bullen", football, {"EC Red Bull Salzburg"})
    assert club is not None and club.name == "EC Red Bull Salzburg"
    # neither: no club; a word that is no nickname: no club
    assert gazetteer.club_by_nickname("Bullen", "Die Bullen kamen.", ()) is None
    assert gazetteer.club_by_nickname("Löwen", football, ()) is None


def test_a_nickname_taken_for_a_person_names_the_club_in_a_report_on_the_sport() -> (
    None
):
    football = "Fußball: Nach dem Elfmeter steht die Austria zur Halbzeit vorn."
    club = gazetteer.club_in_context("Austria", football)
    assert club is not None and club.name == "FK Austria Wien"
    assert gazetteer.club_in_context("Austria", "Die Austria ist ein Name.") is None


def test_a_nickname_without_its_club_is_one_clear_error(tmp_path, monkeypatch) -> None:
    from kg.errors import InputError
    from kg.nlp.gazetteer import sports

    (tmp_path / "sports.tsv").write_text(
        "sport\twords\tclubs\tnicknames\nFußball\tFußball\t\tBullen\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sports, "DATA_DIR", tmp_path)
    sports._sports.cache_clear()
    try:
        with pytest.raises(InputError, match=r"sports.tsv:2: expected nicknames"):
            sports._sports()
    finally:
        sports._sports.cache_clear()


def test_a_club_named_in_full_takes_its_short_name_in_any_article() -> None:
    # no word of football here, but the article writes "SV Grödig"
    text = "Der SV Grödig machte es schwer. Gegen Grödig soll der Sieg gelingen."
    club = gazetteer.club_in_context("Grödig", text)
    assert club is not None and club.name == "SV Grödig"
    assert gazetteer.club_in_context("Grödig", "Gegen Grödig soll es gelingen.") is None
    # two words of football, "Bundesliga" one of them
    club = gazetteer.club_in_context(
        "Grödig", "In der Bundesliga vor der Halbzeit: Grödig"
    )
    assert club is not None and club.name == "SV Grödig"
