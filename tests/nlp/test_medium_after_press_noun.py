"""A medium named by a common word right after its press noun, by the place
of the noun phrase (own sentences): it opens the sentence, or follows a
preposition before punctuation, or a later word of the name is no common
word; not after a verb, where the word is an object."""

from __future__ import annotations

from kg.extract import doc_to_records
from kg.nlp import load_nlp


def _orgs(text: str) -> set[str]:
    rec = doc_to_records(load_nlp()(text), article_id="t", content_hash="h")
    return {e.name for e in rec.entities if e.kind == "org"}


def test_a_press_noun_phrase_opening_the_sentence_names_the_medium() -> None:
    text = "Salzburg – Das Magazin Kompass hatte zuerst über die Pläne berichtet."
    assert "Kompass" in _orgs(text)


def test_after_a_preposition_before_punctuation() -> None:
    text = (
        "Laut der Wochenzeitung Kompass, die sich auf Insider beruft, "
        "ist der Vertrag fertig."
    )
    assert "Kompass" in _orgs(text)
    text = (
        "Der Bürgermeister sagte in einem Gespräch mit dem Sender Leuchtturm, "
        "er bleibe."
    )
    assert "Leuchtturm" in _orgs(text)


def test_a_later_word_that_is_a_name() -> None:
    text = (
        "Sie ist seit Jahren Chefredakteurin der Zeitschrift Super Fenix "
        "und lebt in Graz."
    )
    assert "Super Fenix" in _orgs(text)


def test_an_object_after_the_press_noun_is_no_medium() -> None:
    text = "In der Anzeige warf die Zeitung Politikern vor, sie hätten geschwiegen."
    assert _orgs(text) == set()
    assert _orgs("Der Minister gab der Zeitung Auskunft über seine Pläne.") == set()
    assert _orgs("Der Konzern kaufte die Zeitung Ende Mai.") == set()
