"""A bare "die Regierung" as the source or target of a verbal interaction is
the state whose government the sentences before name, not the country of the
dateline (issue 17; kg/extract/interaction_anaphors.py
:func:`government_before`). Invented sentences."""

from __future__ import annotations

from tests.conftest import LOC, PER, acts


def test_the_government_named_by_its_adjective_before_is_the_target(records) -> None:
    text = (
        "Berlin – Die ungarische Regierung hat ein neues Mediengesetz "
        "beschlossen. Oppositionsführer Karl Brunner warf der Regierung vor, "
        "die Presse zu gängeln."
    )
    rec = records(text, {"Berlin": LOC, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", "place/Ungarn")
    }


def test_the_government_in_a_capital_before_is_the_state_of_the_capital(
    records,
) -> None:
    text = (
        "Wien – In Polen wächst der Streit um die Justiz. Die Regierung in "
        "Warschau will die Richter früher pensionieren. Oppositionschef Karl "
        "Brunner warf der Regierung Verfassungsbruch vor."
    )
    rec = records(
        text, {"Wien": LOC, "Polen": LOC, "Warschau": LOC, "Karl Brunner": PER}
    )
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", "place/Polen")
    }


def test_the_government_of_a_country_in_the_genitive_before_acts(records) -> None:
    text = (
        "Berlin – Frankreichs Regierung plant eine Rentenreform. Die Regierung "
        "wies die Kritik von Gewerkschaftschef Karl Brunner zurück."
    )
    rec = records(text, {"Berlin": LOC, "Frankreichs": LOC, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "place/Frankreich", "person/Karl Brunner")
    }


def test_a_bare_federal_government_in_between_is_the_articles_country(
    records,
) -> None:
    text = (
        "Berlin – Frankreichs Regierung plant eine Rentenreform. Die "
        "Bundesregierung in Berlin äußerte sich besorgt. Oppositionsführer "
        "Karl Brunner warf der Regierung Untätigkeit vor."
    )
    rec = records(text, {"Berlin": LOC, "Frankreichs": LOC, "Karl Brunner": PER})
    assert ("person/Karl Brunner", "place/Frankreich") not in acts(
        rec, "source", "target"
    )


def test_the_government_after_a_body_opening_the_clause_is_the_object(
    records,
) -> None:
    text = (
        "Wien – In Ungarn wächst der Protest. Die Regierung in Budapest hat "
        "neue Steuern beschlossen. Die Opposition forderte die Regierung auf, "
        "das Gesetz zurückzuziehen."
    )
    rec = records(text, {"Wien": LOC, "Ungarn": LOC, "Budapest": LOC})
    assert acts(rec, "type", "source_label", "target") == {
        ("DEMAND", "Opposition", "place/Ungarn")
    }


def test_the_government_of_a_state_named_nowhere_is_no_target(records) -> None:
    text = (
        "Wien – Die Regierung in Budapest hat neue Steuern beschlossen. "
        "Oppositionschef Karl Brunner warf der Regierung Wortbruch vor."
    )
    rec = records(text, {"Wien": LOC, "Budapest": LOC, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", None)
    }


def test_a_body_in_a_relative_clause_makes_no_object(records) -> None:
    text = (
        "Berlin – Die Opposition, die die Regierung scharf kritisiert hatte, "
        "forderte Neuwahlen. Die Grünen in Berlin schlossen sich an."
    )
    rec = records(text, {"Berlin": LOC})
    assert ("DEMAND", "Opposition", "place/Deutschland") not in acts(
        rec, "type", "source_label", "target"
    )
