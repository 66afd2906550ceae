"""Two words closing a title's apposition are a first name and a surname,
whatever the surname reads as: a common noun ("Fall", "Schwarze"), a place
or a firm ("Orlando"), with the first name tagged alone or not at all
(:func:`kg.nlp.components.missed_names.names_after_appositions`,
``kg.extract.person_spans._closes_apposition``). Invented sentences through
the shipped pipeline."""

from __future__ import annotations

import pytest

from kg.extract import doc_to_records
from kg.nlp import load_nlp, pipe


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _persons(nlp, text: str) -> list[str]:
    doc = next(iter(pipe(nlp, [text])))
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    return sorted(e.name for e in rec.entities if e.key.startswith("person/"))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a common noun as the surname after a word the lexicon does not know
        (
            "Das sagte der Sondergesandte der Union für Burundi, Ousmanu Fall, "
            "am Sonntag.",
            "Ousmanu Fall",
        ),
        # the model tags the first name alone, the surname is an adjective noun
        (
            "Das bestätigte der Betriebsratschef des Werks, Ulrich Schwarze.",
            "Ulrich Schwarze",
        ),
        # the surname is a place of the gazetteer
        (
            "Der Bürgermeister von Palermo, Lorvico Orlando, forderte mehr Hilfe.",
            "Lorvico Orlando",
        ),
    ],
)
def test_a_surname_closing_a_title_apposition(nlp, text, person) -> None:
    assert person in _persons(nlp, text)


def test_no_title_no_apposed_name(nlp) -> None:
    # a comma after a place is no title phrase: the common noun stays out
    assert "Ulrich Schwarze" not in _persons(
        nlp, "Am Montag kam aus Berlin, Ulrich Schwarze stand vor der Tür."
    )
