"""Two rules of ``kg_names`` (kg/nlp/components/missed_names.py,
kg/nlp/components/name_links.py): the names in a clause of meeting "X ist
... mit Y zusammengekommen." are persons, whatever the tagger reads in X or
the model made of Y; a one-word "person" the gazetteer knows as a company is
the company before a colon or when the text names it as an organisation
elsewhere, unless a person of the text bears it as a surname. Invented
sentences on the shipped vocabulary, with the model's spans set by hand."""

from __future__ import annotations

import pytest

from kg.nlp import load_nlp
from tests.conftest import relabelled


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _ents(nlp, text: str, ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return relabelled(nlp.vocab, text, ents)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Kowalke ist in Riga mit Dravnik zusammengekommen .", [(3, 4, "LOC")]),
        # the one met taken for a place by the model
        (
            "Kowalke war in Riga mit Dravnik zusammengetroffen .",
            [(3, 4, "LOC"), (5, 6, "LOC")],
        ),
    ],
)
def test_the_names_in_a_clause_of_meeting(nlp, text, ents) -> None:
    got = _ents(nlp, text, ents)
    assert ("Kowalke", "PER") in got
    assert ("Dravnik", "PER") in got


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # places meet only as a manner of speaking
        ("Berlin ist mit Paris zusammengekommen .", [(0, 1, "LOC"), (3, 4, "LOC")]),
        # no verb of meeting
        ("Kowalke ist in Riga mit Dravnik gewesen .", [(3, 4, "LOC")]),
    ],
)
def test_no_names_without_a_meeting_of_names(nlp, text, ents) -> None:
    got = _ents(nlp, text, ents)
    assert ("Kowalke", "PER") not in got
    assert not any(label == "PER" for _, label in got)


def test_a_company_before_a_colon(nlp) -> None:
    text = "Nebenbei Tesla : Dessen Werk wächst ."
    assert _ents(nlp, text, [(1, 2, "PER")]) == [("Tesla", "ORG")]


def test_a_company_named_as_one_elsewhere(nlp) -> None:
    text = "Der Konzern Siemens wächst . Siemens baut ein Werk ."
    got = _ents(nlp, text, [(1, 3, "ORG"), (5, 6, "PER")])
    assert ("Siemens", "PER") not in got


def test_a_company_name_that_is_a_persons_surname(nlp) -> None:
    text = "Nikola Tesla war Erfinder . Nebenbei Tesla : Er starb ."
    got = _ents(nlp, text, [(0, 2, "PER"), (6, 7, "PER")])
    assert ("Tesla", "PER") in got
