"""A person named after a genitive name and a noun of relation ("Putins Berater
X", "Trumps Schwiegersohn X", :data:`kg.lang.de.names.RELATION_NOUNS`) is the
one who meets, not the possessor. Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {
    "Rossis": "PER",
    "Jan Wolf": "PER",
    "Eva Berg": "PER",
    "Ida Roth": "PER",
    "Wien": "LOC",
}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the subject
        (
            "Rossis Schwiegersohn Jan Wolf traf am Montag in Wien die "
            "Ministerin Ida Roth.",
            [{"Jan Wolf", "Ida Roth"}],
        ),
        (
            "Rossis Anwalt Jan Wolf traf am Montag in Wien die Ministerin Ida Roth.",
            [{"Jan Wolf", "Ida Roth"}],
        ),
        # after "mit"
        (
            "Die Ministerin Ida Roth sprach am Montag in Wien mit Rossis Tochter "
            "Eva Berg.",
            [{"Ida Roth", "Eva Berg"}],
        ),
    ],
)
def test_the_relative_or_aide_meets_not_the_possessor(blank_nlp, text, found) -> None:
    assert [names for names, _ in meetings_found(blank_nlp, text, _ACTORS)] == found


def test_the_possessor_untagged_before_a_relation_noun(blank_nlp) -> None:
    actors = {k: v for k, v in _ACTORS.items() if k != "Rossis"}
    text = (
        "Die Ministerin Ida Roth sprach am Montag in Wien mit Rossis Ehefrau Eva Berg."
    )
    assert [names for names, _ in meetings_found(blank_nlp, text, actors)] == [
        {"Ida Roth", "Eva Berg"}
    ]
