"""kg.nlp.gazetteer.sports: a club of a sport named by a shorter name in an
article about that sport."""

from __future__ import annotations

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
