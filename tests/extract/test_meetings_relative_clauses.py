"""A meeting verb that closes a relative clause (", die seit Samstag in Linz
beraten") has the clause's persons and the named actors the pronoun refers
to, not the main clause's subject ("Olaf Berg betonte, dass ... bei den
Ministern liege, die ... beraten": Berg took no part).
``kg.extract.clause_subjects._relative_clause_of``. Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Jan Kühne": "PER",
    "Linz": "LOC",
    "Graz": "LOC",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the antecedent is an unnamed group: the speaker took no part
        (
            "Olaf Berg betonte, dass die Entscheidung bei den Ministern liege, die "
            "seit Samstag in Linz beraten.",
            [],
        ),
        # the named antecedents and the partner in the relative clause (found
        # before the rule too, by the sentence's persons: it must keep them)
        (
            "Olaf Berg und Ida Roth, die am Montag in Linz mit Jan Kühne verhandelt "
            "hatten, zeigten sich zufrieden.",
            [({"Olaf Berg", "Ida Roth", "Jan Kühne"}, "Linz")],
        ),
        # an object relative: the antecedent was met (kept too)
        (
            "Ida Roth, den Olaf Berg am Montag in Graz getroffen hatte, sprach von "
            "Fortschritten.",
            [({"Olaf Berg", "Ida Roth"}, "Graz")],
        ),
    ],
)
def test_a_meeting_verb_closing_a_relative_clause(blank_nlp, text, found) -> None:
    assert meetings_found(blank_nlp, text, _ACTORS) == found


def test_an_apposition_with_an_article_is_no_relative_clause(blank_nlp) -> None:
    # "die" before a capitalised word is an article: the verb keeps its subject
    assert meetings_found(
        blank_nlp,
        "Olaf Berg hat am Montag in Linz, die Stadt der Industrie, mit Ida Roth "
        "verhandelt.",
        _ACTORS,
    ) == [({"Olaf Berg", "Ida Roth"}, "Linz")]


def test_the_visitor_of_a_relative_clause_is_its_antecedent(blank_nlp) -> None:
    # the main clause's subject praised the visitor; it did not visit
    assert meetings_found(
        blank_nlp,
        "Olaf Berg lobte Ida Roth, die am Montag Jan Kühne in Linz besuchte.",
        _ACTORS,
    ) == [({"Ida Roth", "Jan Kühne"}, "Linz")]
