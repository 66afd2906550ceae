"""A person named only in the genitive ("Putins") is named by the stem the
lexicon knows as a name (:func:`kg.extract.names.genitive_name_stem`)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from kg.extract import doc_to_records
from kg.extract.names import genitive_name_stem
from kg.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Putins", "Putin"),
        ("Merkels", "Merkel"),
        ("Obamas", "Obama"),
        # the surname of a well-known person the lexicon does not know
        # (persons.tsv): "Tusks", "Lawrows"
        ("Tusks", "Tusk"),
        ("Lawrows", "Lawrow"),
        # names ending in -s themselves, and words no name
        ("Jenkins", None),
        ("Klaus", None),
        ("Andreas", None),
        ("Kurs", None),
        ("USA", None),
    ],
)
def test_the_stem_of_a_genitive_name(nlp, word, stem) -> None:
    assert genitive_name_stem(Doc(nlp.vocab, words=["x"]), word) == stem


def test_a_person_named_only_in_the_genitive_keeps_no_s(nlp) -> None:
    words = ["Die", "Rede", "Trumps", "wurde", "gelobt", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * 5)
    doc.ents = [Span(doc, 2, 3, label="PER")]
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    assert [e.key for e in rec.entities] == ["person/Trump"]


def test_a_meeting_of_two_persons_in_the_genitive(nlp) -> None:
    doc = nlp("Das Gespräch Putins und Merkels fand gestern in Moskau statt.")
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    assert [sorted(m.attendees) for m in rec.meetings] == [
        ["person/Merkel", "person/Putin"]
    ]


def _persons(nlp, text: str) -> dict[str, list[str]]:
    rec = doc_to_records(nlp(text), article_id="a", content_hash="h")
    return {
        e.key: [m.text for m in e.mentions] for e in rec.entities if e.kind == "person"
    }


def test_a_full_name_in_the_genitive_is_named_without_it(nlp) -> None:
    # "Thomas Manns Roman": the name ends at the genitive, the noun is no part
    persons = _persons(
        nlp,
        "Thomas Manns Roman wurde neu aufgelegt. "
        "Angela Merkels Regierung lobte das Buch.",
    )
    assert set(persons) == {"person/Thomas Mann", "person/Angela Merkel"}


def test_a_genitive_full_name_joins_the_person_named_without_it(nlp) -> None:
    persons = _persons(
        nlp,
        "Der Schriftsteller Thomas Mann lebte in Kalifornien. "
        "Thomas Manns Sohn Klaus schrieb auch.",
    )
    assert persons["person/Thomas Mann"] == ["Thomas Mann", "Thomas Manns"]


def test_a_name_ending_in_s_is_no_genitive(nlp) -> None:
    persons = _persons(nlp, "Bob Jenkins Buch erschien. Klaus Thomas Buch auch.")
    assert "person/Bob Jenkins" in persons
    assert "person/Klaus Thoma" not in persons


def test_the_genitive_of_a_person_of_the_article_is_no_country(nlp) -> None:
    # "Hollandes": the lexicon reads "Landes" in it and the gazetteer Holland
    persons = _persons(
        nlp,
        "Hollandes Sprecher sagte, der Präsident sei zufrieden. "
        "François Hollande reiste nach Berlin.",
    )
    assert persons["person/François Hollande"] == ["Hollandes", "François Hollande"]


def test_an_untagged_genitive_of_a_person_of_the_article(nlp) -> None:
    persons = _persons(
        nlp,
        "Verteidigungsminister Gerald Klug reiste nach Brüssel. "
        "Klugs Sprecher sagte, das Treffen sei gut verlaufen.",
    )
    assert persons["person/Gerald Klug"] == ["Gerald Klug", "Klugs"]


def test_a_genitive_after_given_names_and_after_another_name(nlp) -> None:
    # "Bach" is a place too; a first name before the genitive keeps it the name's
    assert set(_persons(nlp, "Johann Sebastian Bachs Werk wurde gespielt.")) == {
        "person/Johann Sebastian Bach"
    }
    # the model ran a second name's genitive onto a full name: two persons
    persons = _persons(
        nlp,
        "Am Montag traf Außenminister Peter Altmaier Obamas Tochter Malia Obama "
        "in Berlin.",
    )
    assert set(persons) == {"person/Peter Altmaier", "person/Malia Obama"}
    assert persons["person/Malia Obama"] == ["Malia Obama"]


def test_an_untagged_genitive_of_a_known_surname_before_a_relation(nlp) -> None:
    # the model left "Steinmeiers" out; the lexicon knows "Steinmeier"
    persons = _persons(nlp, "Steinmeiers Sprecher sagte, es gebe keine Pläne.")
    assert persons == {"person/Steinmeier": ["Steinmeiers"]}
    # no name: "des Teufels Anwalt"
    assert _persons(nlp, "Des Teufels Anwalt war da.") == {}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # before a noun of relation or a title the word less its -s is the name
        ("Orbans Sprecher sagte das.", "person/Orban"),
        # also where the lexicon reads a compound in the word ("…manns")
        ("Faymanns Berater sagte das.", "person/Faymann"),
        # a name ending in -s without its apostrophe stays
        ("Tsipras Sprecher sagte das.", "person/Tsipras"),
        ("Jenkins Sprecher sagte das.", "person/Jenkins"),
    ],
)
def test_a_genitive_before_a_relation(nlp, text, key) -> None:
    assert list(_persons(nlp, text)) == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a noun to the tagger (no common noun in the table) after the genitive
        ("Das Orchester spielte Hanns Eislers Filmmusik.", "person/Hanns Eisler"),
        ("Im Kino lief Ridley Scotts Blade Runner.", "person/Ridley Scott"),
    ],
)
def test_the_noun_after_a_genitive_name_is_no_part_of_it(nlp, text, key) -> None:
    assert list(_persons(nlp, text)) == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Die Opposition kritisierte die Politik Angela Merkels.",
            "person/Angela Merkel",
        ),
        ("Die Partei unterstützt den Besuch Helmut Kohls.", "person/Helmut Kohl"),
        ("Der Rücktritt Werner Faymanns kam überraschend.", "person/Werner Faymann"),
    ],
)
def test_a_full_name_in_the_genitive_after_its_noun(nlp, text, key) -> None:
    # "die Politik Angela Merkels": the genitive after the noun it belongs to
    assert set(_persons(nlp, text)) == {key}


def test_a_name_ending_in_s_after_a_noun_keeps_it(nlp) -> None:
    # a word the lexicon knows as a name itself is no genitive there
    persons = _persons(nlp, "Der Sieg Alexis Tsipras überraschte alle.")
    assert set(persons) == {"person/Alexis Tsipras"}


@pytest.mark.parametrize(
    "text",
    [
        # after a kind of organisation: its possessor, no name of it
        "Die Partei Recep Tayyip Erdoğans gewann die Wahl.",
        # after an organisation's name
        "Die AKP Recep Tayyip Erdoğans gewann die Wahl.",
    ],
)
def test_a_genitive_full_name_after_a_body_is_its_possessor(nlp, text) -> None:
    assert "person/Recep Tayyip Erdoğan" in _persons(nlp, text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Die Tennisspielerin Serena Williams gewann in Wien.",
            "person/Serena Williams",
        ),
        ("Die Kritik John Roberts war scharf.", "person/John Roberts"),
    ],
)
def test_a_name_whose_stem_is_only_a_first_name_is_no_genitive(nlp, text, key) -> None:
    # "William", "Robert" are first names: "Williams" is the surname itself
    assert set(_persons(nlp, text)) == {key}
