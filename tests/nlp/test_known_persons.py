"""Well-known persons of ``kg/data/gazetteer/persons.tsv`` the model missed or
mislabelled (:mod:`kg.nlp.components.known_persons`): own sentences, hand-set
entities, so the tests do not depend on what the model predicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from kg.nlp.components.known_persons import with_known_persons
from kg.nlp.components.names import NameRelabeller
from kg.nlp.gazetteer.persons import known_persons, read_persons


def _ents(vocab, text: str, ents=(), relabeller: bool = False):
    doc = Doc(vocab, words=text.split())
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    if relabeller:
        return [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]
    return [(e.text, e.label_) for e in with_known_persons(doc, list(doc.ents))]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Am Abend telefonierte Sergej Lawrow mit Ankara .", "Sergej Lawrow"),
        ("Kritik kam auch von Wolodymyr Selenskyj selbst .", "Wolodymyr Selenskyj"),
        # another transliteration, the genitive
        ("Die Antwort Volodymyr Zelenskys blieb aus .", "Volodymyr Zelenskys"),
    ],
)
def test_an_untagged_full_name_is_a_person(vocab, text, person) -> None:
    assert (person, "PER") in _ents(vocab, text)


def test_a_full_name_labelled_as_a_place_is_a_person(vocab) -> None:
    text = "Danach reiste Xi Jinping weiter nach Rom ."
    got = _ents(vocab, text, [(2, 4, "LOC"), (6, 7, "LOC")], relabeller=True)
    assert got == [("Xi Jinping", "PER"), ("Rom", "LOC")]


def test_pieces_of_a_full_name_give_way_to_it(vocab) -> None:
    # a first name the gazetteer took for a country
    text = "Am Ende siegte Jordan Bardella klar ."
    assert _ents(vocab, text, [(3, 4, "LOC")]) == [("Jordan Bardella", "PER")]


def test_a_longer_entity_keeps_the_name(vocab) -> None:
    text = "Die Wladimir Putin Stiftung wurde geschlossen ."
    assert _ents(vocab, text, [(1, 4, "ORG")]) == [("Wladimir Putin Stiftung", "ORG")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gestern widersprach Blinken dieser Darstellung deutlich .", "Blinken"),
        ("Auch Lawrow blieb bei seiner Linie .", "Lawrow"),
        ("Die Berater Selenskyjs wiesen das zurück .", "Selenskyjs"),
    ],
)
def test_an_untagged_distinctive_surname_is_a_person(vocab, text, person) -> None:
    assert _ents(vocab, text) == [(person, "PER")]


def test_a_distinctive_surname_labelled_misc_is_a_person(vocab) -> None:
    text = "Dann sprach Netanjahu vor der Presse ."
    assert _ents(vocab, text, [(2, 3, "MISC")]) == [("Netanjahu", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Kurz darauf endete die Sitzung .",
        "Die Jacken waren Schwarz und Grau .",
        # a place of the same name
        "Am Ufer der Havel wurde gefeiert .",
    ],
)
def test_a_marked_surname_alone_is_no_person(vocab, text) -> None:
    assert _ents(vocab, text) == []


def test_a_marked_surname_after_the_full_name_is_a_person(vocab) -> None:
    text = "Sebastian Kurz kam spät . Danach sagte Kurz wenig ."
    assert _ents(vocab, text) == [("Sebastian Kurz", "PER"), ("Kurz", "PER")]


def test_a_marked_surname_opening_a_sentence_is_a_word(vocab) -> None:
    text = "Sebastian Kurz kam spät . Kurz vor der Wahl sprach er ."
    assert _ents(vocab, text) == [("Sebastian Kurz", "PER")]


def test_a_surname_after_an_article_is_no_person(vocab) -> None:
    assert _ents(vocab, "Das Blinken der Lampen störte .") == []


def test_the_model_keeps_its_own_person(vocab) -> None:
    text = "Später traf Annalena Baerbock ein ."
    assert _ents(vocab, text, [(2, 4, "PER")]) == [("Annalena Baerbock", "PER")]


def test_the_list_marks_german_words_and_common_surnames() -> None:
    kp = known_persons()
    assert {"Kurz", "Hofer", "Schmidt", "Fischer", "Scholz"} <= kp.after_full
    assert {"Lawrow", "Selenskyj", "Zelensky", "Erdoğan", "Erdogan"} <= set(
        kp.surnames
    ) - kp.after_full
    assert "Wladimir Putin" in kp.full and len(kp.full) > 300


def test_a_form_one_row_claims_plainly_is_distinctive(tmp_path: Path) -> None:
    path = tmp_path / "p.tsv"
    path.write_text(
        "# test\nname\tcode\taliases\nAnna Beispiel\tDE\t~Beispiel\n"
        "Otto Beispiel\tAT\tBeispiel|~Otto B.\n",
        encoding="utf-8",
    )
    kp = read_persons(path)
    assert "Beispiel" not in kp.after_full
    assert kp.surnames["Beispiel"] == frozenset({3, 4})
    assert kp.by_first_word["Otto"] == ("Otto Beispiel", "Otto B.")
    assert "Otto B." in kp.after_full


def test_a_marked_surname_needs_the_spelling_of_the_full_name(vocab) -> None:
    # "~Kaczynski" after "Lech Kaczyński": another spelling, maybe the brother
    text = "Lech Kaczyński starb 2010 , dann sagte Kaczynski nichts ."
    assert _ents(vocab, text) == [("Lech Kaczyński", "PER")]


@pytest.mark.parametrize(
    ("text", "person", "name"),
    [
        # any person, listed or not: a foreign particle before the surname
        ("Gestern warnte Ministerin de Vries vor Kürzungen .", (4, 5), "de Vries"),
        ("Danach sagte Le Roux nichts mehr .", (3, 4), "Le Roux"),
        ("Zuvor hatte Van der Berg gewarnt .", (4, 5), "Van der Berg"),
        ("Die Ministerin van den Broek kam .", (4, 5), "van den Broek"),
        ("Die Sprecherin de la Vega schwieg .", (4, 5), "de la Vega"),
    ],
)
def test_a_surname_particle_belongs_to_the_name(vocab, text, person, name) -> None:
    assert _ents(vocab, text, [(*person, "PER")]) == [(name, "PER")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # German prepositions and articles are no particles
        ("Das Treffen von Mustermann endete spät .", (3, 4)),
        ("Die Rede der Musterfrau gefiel .", (3, 4)),
        ("Der Brief zu Mustermann kam an .", (3, 4)),
        # "Da" opening a clause, not a particle
        ("Da Mustermann fehlte , ruhte alles .", (1, 2)),
    ],
)
def test_a_german_word_before_a_surname_is_no_particle(vocab, text, person) -> None:
    got = _ents(vocab, text, [(*person, "PER")])
    assert got == [(text.split()[person[0]], "PER")]


def test_a_particle_between_two_persons_is_left_to_the_join(vocab) -> None:
    # "Pablo Hernández| de| Cos": kg_names joins the two into one name later
    text = "Dann sprach Anna Beispiel de Muster ."
    got = _ents(vocab, text, [(2, 4, "PER"), (5, 6, "PER")])
    assert got == [("Anna Beispiel", "PER"), ("Muster", "PER")]


def test_a_particle_name_of_the_list_is_a_person_wherever_it_occurs(vocab) -> None:
    # "Le Pen" as MISC, "al-Assad" as ORG: full forms of the list
    text = "Gestern sagte Le Pen , al-Assad habe verloren ."
    got = _ents(vocab, text, [(2, 4, "MISC"), (5, 6, "ORG")])
    assert got == [("Le Pen", "PER"), ("al-Assad", "PER")]


def test_a_form_with_a_hyphenated_particle_is_full(tmp_path: Path) -> None:
    path = tmp_path / "p.tsv"
    path.write_text(
        "name\tcode\taliases\nAbu Beispiel al-Muster\tXX\tal-Muster|~Muster\n",
        encoding="utf-8",
    )
    kp = read_persons(path)
    assert "al-Muster" in kp.full and "al-Muster" not in kp.surnames
    assert kp.by_first_word["al"] == ("al-Muster",)


def test_the_list_knows_public_figures_of_many_countries() -> None:
    kp = known_persons()
    assert len(kp.full) > 1500
    assert {"Mikl-Leitner", "Wöginger", "Darmanin", "Dijsselbloem"} <= set(
        kp.surnames
    ) - kp.after_full
    # German words and common surnames stay marked
    assert {"Löscher", "Kraft", "Frieden", "Schwan", "Müller"} <= kp.after_full
