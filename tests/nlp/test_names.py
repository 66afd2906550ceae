"""kg_names: a first name and a surname the model labelled otherwise become PER.

The component reads the shipped model's lexicon table, so these tests use the
shipped vocabulary with hand-set entities: they do not depend on what the model
predicts.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.nlp import load_nlp
from kg.nlp.components.names import NameRelabeller, is_personal_name
from kg.nlp.lexicon import has_table, word_features


def _persons(vocab, words, ents) -> list[str]:
    """The persons kg_names makes of ``words`` with the entities ``ents``
    ((start, end, label) triples) the model would have found."""
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [e.text for e in NameRelabeller(None)(doc).ents if e.label_ == "PER"]


def _run(vocab, words, start, end, label):
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label)]
    doc = NameRelabeller(None)(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "start", "end", "label"),
    [
        (["US-Außenminister", "Antony", "Blinken", "reist", "."], 1, 3, "MISC"),
        (["beklagte", "EU-Justizkommissarin", "Vera", "Jourova", "."], 2, 4, "ORG"),
        (["lässt", "nun", "Susan", "Philipsz", "das", "Lied"], 2, 4, "LOC"),
        (["und", "Terry", "Lee", "(", "Billy", "Bob", "Thornton", ")"], 4, 7, "MISC"),
    ],
)
def test_names_become_persons(vocab, words, start, end, label) -> None:
    got = _run(vocab, words, start, end, label)
    assert got == [(" ".join(words[start:end]), "PER")]


@pytest.mark.parametrize(
    ("words", "start", "end", "label", "person"),
    [
        (
            ["Der", "Schweizer", "Marco", "Keller", "gewann", "."],
            0,
            4,
            "MISC",
            "Marco Keller",
        ),
        (
            ["sagte", "die", "Britin", "Jane", "Porter", "."],
            1,
            5,
            "MISC",
            "Jane Porter",
        ),
    ],
)
def test_an_article_and_a_noun_before_a_name_fall_away(
    vocab, words, start, end, label, person
) -> None:
    assert _run(vocab, words, start, end, label) == [(person, "PER")]


@pytest.mark.parametrize(
    ("words", "start", "end", "label"),
    [
        (["Die", "Deutsche", "Bank", "AG", "meldet"], 0, 4, "ORG"),
        (["Das", "Hotel", "Sacher", "Wien"], 0, 4, "ORG"),
    ],
)
def test_an_article_before_no_name_keeps_the_label(
    vocab, words, start, end, label
) -> None:
    assert _run(vocab, words, start, end, label) == [
        (" ".join(words[start:end]), label)
    ]


@pytest.mark.parametrize(
    ("words", "start", "end", "label"),
    [
        (["hatte", "Rocco", "einen", "Emmy", "Award", "erhalten"], 3, 5, "MISC"),
        (["gegen", "Hertha", "BSC", "gewonnen"], 1, 3, "ORG"),
        (["mit", "der", "Rocky", "Horror", "Picture", "Show"], 2, 6, "MISC"),
        (["in", "Santa", "Barbara", "gelandet"], 1, 3, "LOC"),
        (["die", "Deutsche", "Bank", "meldet"], 1, 3, "ORG"),
        (["Präsident", "Joe", "Biden", "sagte"], 1, 3, "PER"),
    ],
)
def test_other_names_keep_their_label(vocab, words, start, end, label) -> None:
    got = _run(vocab, words, start, end, label)
    assert got == [(" ".join(words[start:end]), label)]


def test_a_span_the_gazetteer_tagged_is_left_alone(vocab) -> None:
    doc = Doc(vocab, words=["Die", "Antony", "Blinken", "tagt"])
    doc.ents = [Span(doc, 1, 3, label="ORG")]
    doc._.kg_entries = {(1, 3): object()}
    assert [e.label_ for e in NameRelabeller(None)(doc).ents] == ["ORG"]


def test_without_the_lexicon_table_nothing_changes() -> None:
    nlp = spacy.blank("de")
    assert not has_table(nlp.vocab)
    doc = Doc(nlp.vocab, words=["Antony", "Blinken", "reist"])
    doc.ents = [Span(doc, 0, 2, label="MISC")]
    assert not is_personal_name(doc, 0, 2)
    assert [e.label_ for e in NameRelabeller(None)(doc).ents] == ["MISC"]
    assert word_features(nlp.vocab, "Antony") == frozenset()


def test_the_rule_layer_includes_it_and_model_only_does_not() -> None:
    assert load_nlp().pipe_names[-4:] == [
        "kg_gazetteer",
        "kg_names",
        "kg_orgs",
        "kg_things",
    ]
    assert "kg_names" not in load_nlp(gazetteer=False).pipe_names


def test_a_one_word_person_joins_the_person_right_after_it(vocab) -> None:
    doc = Doc(
        vocab, words=["Parteichef", "Jarosław", "Kaczyński", "und", "Lech", "Wałęsa"]
    )
    doc.ents = [
        Span(doc, 1, 2, label="PER"),
        Span(doc, 2, 3, label="PER"),
        Span(doc, 4, 5, label="PER"),
        Span(doc, 5, 6, label="PER"),
    ]
    got = [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]
    assert got == [("Jarosław Kaczyński", "PER"), ("Lech Wałęsa", "PER")]
    # separated by a word or a comma, two persons stay two
    doc = Doc(vocab, words=["Merkel", ",", "Obama", "und", "Putin"])
    doc.ents = [
        Span(doc, 0, 1, label="PER"),
        Span(doc, 2, 3, label="PER"),
        Span(doc, 4, 5, label="PER"),
    ]
    assert len(NameRelabeller(None)(doc).ents) == 3


def test_a_person_ending_in_a_particle_takes_the_next_word(vocab) -> None:
    doc = Doc(vocab, words=["Ministerin", "Ursula", "von", "der", "Leyen", "kam", "."])
    doc.ents = [Span(doc, 1, 4, label="PER"), Span(doc, 4, 5, label="LOC")]
    got = [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]
    assert got == [("Ursula von der Leyen", "PER")]
    # no capitalised word after the particle: unchanged
    doc = Doc(vocab, words=["Ursula", "von", "der", "gestern", "kam"])
    doc.ents = [Span(doc, 0, 3, label="PER")]
    assert [e.text for e in NameRelabeller(None)(doc).ents] == ["Ursula von der"]


@pytest.mark.parametrize(
    ("words", "ents", "person"),
    [
        # the model found the first name alone, the surname as a place
        (
            ["Ministerin", "Ursula", "von", "der", "Leyen", "kam", "."],
            [(1, 2, "PER"), (4, 5, "LOC")],
            "Ursula von der Leyen",
        ),
        (
            ["Gestern", "kam", "Helga", "von", "Strelow", "."],
            [(2, 3, "PER")],
            "Helga von Strelow",
        ),
        # a name found after a title, a double first name
        (
            ["Minister", "Karl-Theodor", "zu", "Gutenfels", "kam"],
            [],
            "Karl-Theodor zu Gutenfels",
        ),
        # a body after the particle: the person's party, not her name
        (
            ["Anna", "von", "der", "SPD", "sprach"],
            [(0, 1, "PER"), (3, 4, "ORG")],
            "Anna",
        ),
        # a common noun after it: where she works
        (["Peter", "von", "der", "Polizei", "kam"], [(0, 1, "PER")], "Peter"),
        # a surname before the particle: the name is complete
        (["Olaf", "Scholz", "von", "der", "Leyen"], [(0, 2, "PER")], "Olaf Scholz"),
    ],
)
def test_first_names_alone_before_particles_take_the_surname(
    vocab, words, ents, person
):
    assert _persons(vocab, words, ents)[0] == person


def test_after_a_title_a_surname_may_be_part_of_a_place_name(vocab) -> None:
    # "Costa" is part of "Costa Rica": after a title, still a surname
    got = _run(vocab, ["Ratspräsident", "António", "Costa", "lud", "ein"], 1, 3, "LOC")
    assert got == [("António Costa", "PER")]
    # without a title the model's place stands
    # (a name persons.tsv does not list)
    got = _run(vocab, ["Sie", "kam", "aus", "Rui", "Costa"], 3, 5, "LOC")
    assert got == [("Rui Costa", "LOC")]


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Chinas", "Staatschef", "Xi", "Jinping", "empfing", "ihn"], "Xi Jinping"),
        (["Dann", "sprach", "Präsident", "Ruto", "lange"], "Ruto"),
        (["Laut", "EU-Kommissarin", "Malmström", "geht", "das"], "Malmström"),
        # nothing name-like after the title
        (["als", "Anwalt", "Aktenfälschung", "vorgeworfen"], None),
        (["bis", "Präsident", "Ende", "Mai", "bleibt"], None),
        (["Der", "Präsident", "sagte", "nichts"], None),
    ],
)
def test_names_right_after_a_title(vocab, words, person) -> None:
    doc = Doc(vocab, words=words)
    got = [e.text for e in NameRelabeller(None)(doc).ents if e.label_ == "PER"]
    assert got == ([person] if person else [])


def test_a_name_after_a_title_joins_the_surname_the_model_found(vocab) -> None:
    doc = Doc(vocab, words=["Ressortchef", "Yanis", "Varoufakis", "kam"])
    doc.ents = [Span(doc, 2, 3, label="PER")]
    assert [e.text for e in NameRelabeller(None)(doc).ents] == ["Yanis Varoufakis"]


def test_a_person_ending_in_a_particle_takes_more_particles_and_the_name(vocab) -> None:
    doc = Doc(vocab, words=["Präsident", "Alexander", "Van", "der", "Bellen", "kam"])
    doc.ents = [Span(doc, 1, 3, label="PER")]
    got = [e.text for e in NameRelabeller(None)(doc).ents]
    assert got == ["Alexander Van der Bellen"]


def test_a_person_run_into_another_persons_surname_is_split(vocab) -> None:
    words = [
        "Sergej",
        "Rjabkow",
        "sagte",
        ".",
        "Dann",
        "wird",
        "Wendy",
        "Sherman",
        "Rjabkow",
        "treffen",
        ".",
    ]
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 6, 9, label="PER")]
    got = [e.text for e in NameRelabeller(None)(doc).ents]
    assert got == ["Sergej Rjabkow", "Wendy Sherman", "Rjabkow"]
    # a three-word name whose last word is no other person's surname stays whole
    doc = Doc(vocab, words=["Recep", "Tayyip", "Erdoğan", "kam"])
    doc.ents = [Span(doc, 0, 3, label="PER")]
    assert [e.text for e in NameRelabeller(None)(doc).ents] == ["Recep Tayyip Erdoğan"]


def test_two_surnames_run_together_are_two_persons(vocab) -> None:
    words = "Heinz Mayer und Hans Peter Doskozil . Mayer Doskozil sagen".split()
    doc = Doc(vocab, words=words)
    doc.ents = [
        Span(doc, 0, 2, label="PER"),
        Span(doc, 3, 6, label="PER"),
        Span(doc, 7, 9, label="PER"),
    ]
    got = [e.text for e in NameRelabeller(None)(doc).ents]
    assert got == ["Heinz Mayer", "Hans Peter Doskozil", "Mayer", "Doskozil"]
    # a first name with a surname stays one person, though both end other names
    words = "Heinz Mayer und Anna Fischer . Heinz Fischer sagt".split()
    doc = Doc(vocab, words=words)
    doc.ents = [
        Span(doc, 0, 2, label="PER"),
        Span(doc, 3, 5, label="PER"),
        Span(doc, 6, 8, label="PER"),
    ]
    got = [e.text for e in NameRelabeller(None)(doc).ents]
    assert got == ["Heinz Mayer", "Anna Fischer", "Heinz Fischer"]


@pytest.mark.parametrize(
    ("words", "start", "end", "label"),
    [
        (["Er", "wurde", "in", "Raqqa", "getötet", "."], 3, 4, "LOC"),
        (["in", "der", "zentralen", "Provinz", "Hama", "."], 4, 5, "LOC"),
        # a person's: before a capitalised word, or a first name and a surname
        (["Streit", "in", "Merkels", "Regierung"], 2, 3, "PER"),
        (["setzte", "sich", "in", "Dieter", "Hecking", "durch"], 3, 5, "PER"),
        (["Er", "traf", "Raqqa", "gestern"], 2, 3, "PER"),
        # after "in" and an article: a name takes none, even a first name's
        (["Der", "Ort", "liegt", "in", "den", "Rocky", "Mountains", "."], 5, 7, "LOC"),
        (["Sie", "wohnt", "im", "Rosental", "."], 3, 4, "LOC"),
    ],
)
def test_a_person_where_only_a_place_can_stand_is_a_place(
    vocab, words, start, end, label
) -> None:
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, start, end, label="PER")]
    got = [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]
    assert got == [(" ".join(words[start:end]), label)]


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Gunnlaugsson", "erklärte", ",", "er", "bleibe", "."], "Gunnlaugsson"),
        (["Cazeneuve", "sprach", "von", "Rassismus", "."], "Cazeneuve"),
        # a known word, or no verb of saying or meeting: nothing
        (["Deutschland", "sagte", "nein", "."], None),
        (["Gunnlaugsson", "blieb", "still", "."], None),
    ],
)
def test_an_unknown_word_opening_a_sentence_before_a_verb_of_saying(
    vocab, words, person
) -> None:
    doc = Doc(vocab, words=words)
    got = [e.text for e in NameRelabeller(None)(doc).ents if e.label_ == "PER"]
    assert got == ([person] if person else [])


@pytest.mark.parametrize(
    ("words", "start", "end", "person"),
    [
        ("Vorausgesetzt Thiem hat Jetlag im Griff".split(), 0, 2, "Thiem"),
        ("Der Grüne Peter Pilz kritisierte das".split(), 1, 4, "Peter Pilz"),
        # a first name that is also a word stays: the table knows it as a name
        ("Dann sprach Wolf Biermann lange".split(), 2, 4, "Wolf Biermann"),
        ("Jean-Claude Juncker kam".split(), 0, 2, "Jean-Claude Juncker"),
    ],
)
def test_a_common_word_run_into_a_name_falls_away(vocab, words, start, end, person):
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, start, end, label="PER")]
    got = [e.text for e in NameRelabeller(None)(doc).ents if e.label_ == "PER"]
    assert got == [person]


@pytest.mark.parametrize(
    ("words", "start", "label"),
    [
        (["Der", "Preis", "(", "Anm", ".", ":", "netto", ")", "stieg", "."], 3, "PER"),
        (["Amazon", "und", "Co.", "wachsen", "."], 2, "PER"),
        (["Das", "Spiel", "endete", "2:1", "n.", "V.", "."], 5, "PER"),
        (["Die", "Kosten", "(", "ca", ".", "drei", "Mio", ".", ")"], 3, "ORG"),
        # an adverb opening a sentence ("furthermore", Austrian)
        (["Weiters", "hieß", "es", ",", "alles", "sei", "gut", "."], 0, "PER"),
        # a picture's credit, a station, a time zone
        (["Die", "Halle", ".", "Foto", ":", "Karl", "Huber"], 3, "PER"),
        (["Ab", "Linz", "Hbf", "fährt", "der", "Zug", "."], 2, "PER"),
        (["Um", "12:00", "UTC", "startete", "die", "Rakete", "."], 2, "ORG"),
        (["Das", "Werk", "schließt", ".", "Bild", ":", "Karl", "Huber"], 4, "ORG"),
        (["Ein", "LKW", "kippte", "um", "."], 1, "ORG"),
        (["Die", "Aktie", "(", "WKN", "123456", ")", "stieg", "."], 3, "ORG"),
    ],
)
def test_abbreviations_and_lone_initials_name_no_one(
    vocab, words, start, label
) -> None:
    assert _run(vocab, words, start, start + 1, label) == []


def test_a_person_with_an_initial_keeps_it(vocab) -> None:
    words = ["Laut", "Peter", "V.", "Huber", "stieg", "der", "Preis", "."]
    assert _run(vocab, words, 1, 4, "PER") == [("Peter V. Huber", "PER")]


def test_a_lower_case_word_opening_a_sentence_is_no_person(vocab) -> None:
    assert _run(vocab, ["Bloß", "nicht", "aufgeben", "."], 0, 1, "PER") == []


def test_a_surname_that_is_also_a_word_stays_when_a_person_has_it(vocab) -> None:
    words = ["Minister", "Lukas", "Schön", "reiste", ".", "Schön", "sagte", "das", "."]
    doc = Doc(vocab, words=words, sent_starts=[1, 0, 0, 0, 0, 1, 0, 0, 0])
    doc.ents = [Span(doc, 1, 3, label="PER"), Span(doc, 5, 6, label="PER")]
    doc = NameRelabeller(None)(doc)
    assert [e.text for e in doc.ents] == ["Lukas Schön", "Schön"]


@pytest.mark.parametrize(
    ("words", "ents", "persons"),
    [
        # the model made the surname a place
        (
            ["Minister", "Pierre-Louis", "Le", "Garrec", "reiste", "ab"],
            [(1, 2, "PER"), (2, 4, "LOC")],
            ["Pierre-Louis Le Garrec"],
        ),
        # the surname in no entity
        (
            ["mit", "Marco", "Di", "Bellona", "über", "Steuern"],
            [(1, 2, "PER")],
            ["Marco Di Bellona"],
        ),
        (
            ["traf", "Kees", "Van", "den", "Broek", "am", "Montag"],
            [(1, 2, "PER")],
            ["Kees Van den Broek"],
        ),
        (
            ["Premier", "Omar", "Al-Hakimi", "kam", "an"],
            [(1, 2, "PER")],
            ["Omar Al-Hakimi"],
        ),
        # no capitalised word after the particle, or a German word: unchanged
        (["als", "Anna", "De", "und", "sie"], [(1, 2, "PER")], ["Anna"]),
        (["sagte", "Anna", "Der", "Vorschlag"], [(1, 2, "PER")], ["Anna"]),
        (["Anna", "Zu", "Hause"], [(0, 1, "PER")], ["Anna"]),
    ],
)
def test_a_person_before_a_capitalised_particle_takes_the_surname(
    vocab, words, ents, persons
) -> None:
    assert _persons(vocab, words, ents) == persons


@pytest.mark.parametrize(
    ("words", "ents", "persons"),
    [
        # a genitive name coordinated with a person the model found
        (
            ["Die", "Gespräche", "Obamas", "und", "Merkels", "dauerten"],
            [(4, 5, "PER")],
            ["Obamas", "Merkels"],
        ),
        (
            ["Gestern", "sprachen", "Trump", "und", "Putin", "lange"],
            [(2, 3, "PER")],
            ["Trump", "Putin"],
        ),
        # a common word, or a word before a noun: no person
        (
            ["Die", "Kinder", "und", "Merkel", "lachten"],
            [(3, 4, "PER")],
            ["Merkel"],
        ),
        (
            ["Die", "Regierung", "Merkel", "und", "Brodniks", "Stab", "planen"],
            [(2, 3, "PER")],
            ["Merkel"],
        ),
    ],
)
def test_a_name_joined_to_a_person_by_und_is_a_person(
    vocab, words, ents, persons
) -> None:
    assert _persons(vocab, words, ents) == persons


@pytest.mark.parametrize(
    ("words", "start", "persons"),
    [
        # a word written in lower case elsewhere, capitalised after a first name
        (["traf", "Kanzler", "Sebastian", "Kurz", "in", "Rom"], 2, ["Sebastian Kurz"]),
        (["sagte", "Sebastian", "Schnell", "am", "Abend"], 1, ["Sebastian Schnell"]),
        # a noun that is a surname too
        (["lobte", "Tobias", "Schwarz", "die", "Reform"], 1, ["Tobias Schwarz"]),
        # a noun that is no surname, or a capitalised word after: unchanged
        (["schenkte", "Tobias", "Blumen", "und", "Wein"], 1, ["Tobias"]),
        (["sah", "Anna", "Klein", "Kinder", "spielen"], 1, ["Anna"]),
    ],
)
def test_a_first_name_takes_a_common_word_as_its_surname(
    vocab, words, start, persons
) -> None:
    assert _persons(vocab, words, [(start, start + 1, "PER")]) == persons


@pytest.mark.parametrize(
    ("words", "label", "persons"),
    [
        # the model took the first name for a place: no place of that name
        (
            ["hat", "Roland", "Busch", "zum", "Chef", "bestellt"],
            "LOC",
            ["Roland Busch"],
        ),
        (["lobte", "Tobias", "Schwarz", "die", "Reform"], "MISC", ["Tobias Schwarz"]),
        # a first name that is also a place the gazetteer knows stays a place
        (["fuhr", "Paris", "Bahnhof", "ab"], "LOC", []),
    ],
)
def test_a_first_name_with_another_label_takes_its_surname(
    vocab, words, label, persons
) -> None:
    assert _persons(vocab, words, [(1, 2, label)]) == persons


def test_a_surname_of_a_person_named_in_full_is_that_person(vocab) -> None:
    # "John Kerry … Zuvor hatte Kerry": the model's LOC on the surname alone
    words = ["John", "Kerry", "reiste", ".", "Zuvor", "hatte", "Kerry", "gesagt"]
    assert _persons(vocab, words, [(0, 2, "PER"), (6, 7, "LOC")]) == [
        "John Kerry",
        "Kerry",
    ]


def test_two_full_names_run_together_are_two_persons(vocab) -> None:
    # "in denen Rachida Dati Nicolas Sarkozy unterstützt": first name and
    # surname twice; "José Luis …" (a second first name) stays one name
    words = ["in", "denen", "Rachida", "Dati", "Nicolas", "Sarkozy", "unterstützt"]
    assert _persons(vocab, words, [(2, 6, "PER")]) == [
        "Rachida Dati",
        "Nicolas Sarkozy",
    ]
    words = ["Premier", "José", "Luis", "Rodríguez", "Zapatero", "sprach"]
    assert _persons(vocab, words, [(1, 5, "PER")]) == ["José Luis Rodríguez Zapatero"]


def test_a_first_name_with_accents_opens_a_name(vocab) -> None:
    # "Fátima" is "Fatima" of the table: the model's LOC is a person
    words = ["auf", "die", "Fátima", "Báñez", "stolz", "ist"]
    assert _persons(vocab, words, [(2, 4, "LOC")]) == ["Fátima Báñez"]


def test_the_daily_bild_stays_a_name(vocab) -> None:
    # only before a colon is "Bild" a picture's credit
    words = ["Das", "berichtet", "die", "Bild", "am", "Montag", "."]
    assert _run(vocab, words, 3, 4, "ORG") == [("Bild", "ORG")]


def test_a_first_name_takes_the_surname_of_its_full_name_elsewhere(vocab) -> None:
    # "Euler" is a noun to the table and no surname, so only the document's
    # own full name makes it one; "Blumen" after another first name stays out
    words = (
        "Klaus Euler sieht das anders . Das sei falsch , sagte Klaus Euler am "
        "Montag . Anna Euler schenkte Klaus Blumen ."
    ).split()
    ents = [(0, 2, "PER"), (11, 12, "PER"), (16, 18, "PER"), (19, 20, "PER")]
    assert _persons(vocab, words, ents) == [
        "Klaus Euler",
        "Klaus Euler",
        "Anna Euler",
        "Klaus",
    ]


@pytest.mark.parametrize(
    ("words", "ents", "person"),
    [
        # the model missed the whole name
        (["Dann", "kam", "Jean-Noël", "Barrot", "."], [], "Jean-Noël Barrot"),
        (
            ["Gestern", "sprach", "Hans-Peter", "Wolkendorf", "."],
            [],
            "Hans-Peter Wolkendorf",
        ),
        # ... or only the double first name
        (
            ["Dann", "sprach", "Marie-Luise", "Dött", "."],
            [(3, 4, "PER")],
            "Marie-Luise Dött",
        ),
        # ... with the double first name tagged MISC
        (
            ["Dann", "sprach", "Jean-Claude", "Wolkendorf", "."],
            [(2, 3, "MISC"), (3, 4, "PER")],
            "Jean-Claude Wolkendorf",
        ),
    ],
)
def test_a_double_first_name_opens_a_person(vocab, words, ents, person) -> None:
    assert _persons(vocab, words, ents) == [person]


def test_a_double_first_name_needs_first_names_and_a_name_after(vocab) -> None:
    # a place's parts, and a common noun after the double name
    assert _persons(vocab, ["Nach", "Baden-Baden", "Stadt", "."], []) == []
    assert _persons(vocab, ["Die", "Hans-Peter", "Stiftung", "hilft"], []) == []


@pytest.mark.parametrize(
    ("words", "ents", "persons"),
    [
        # two persons the model tagged apart around a particle are one name
        (
            ["Präsident", "Luiz", "Lula", "da", "Silva", "sprach", "."],
            [(1, 3, "PER"), (4, 5, "PER")],
            ["Luiz Lula da Silva"],
        ),
        (
            ["Dann", "sprach", "Pablo", "Hernández", "de", "Cos", "."],
            [(2, 4, "PER"), (5, 6, "PER")],
            ["Pablo Hernández de Cos"],
        ),
        # not over "von": two persons ("Lob von Merkel") may stand so
        (
            ["Das", "Lob", "Anna", "Roth", "von", "Merkel", "."],
            [(2, 4, "PER"), (5, 6, "PER")],
            ["Anna Roth", "Merkel"],
        ),
    ],
)
def test_persons_around_a_particle_are_one_name(vocab, words, ents, persons) -> None:
    assert _persons(vocab, words, ents) == persons


def test_a_post_of_a_place_is_no_person(vocab) -> None:
    doc = Doc(vocab, words=["Er", "traf", "den", "Emir", "von", "Katar", "."])
    doc.ents = [Span(doc, 3, 6, label="PER")]
    doc = NameRelabeller(None)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Katar", "LOC")]
    # a name with "von" stays a person
    assert _persons(
        vocab, ["Er", "traf", "Ursula", "von", "der", "Leyen", "."], [(2, 6, "PER")]
    ) == ["Ursula von der Leyen"]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a word no list knows as a place, tagged LOC where only a person stands
        (
            ["Er", "traf", "den", "Präsidenten", "Macron", "."],
            [(4, 5, "LOC")],
            [("Macron", "PER")],
        ),
        (
            ["Dann", "kamen", "Scholz", "und", "Macron", "."],
            [(2, 3, "PER"), (4, 5, "LOC")],
            [("Scholz", "PER"), ("Macron", "PER")],
        ),
        (
            ["Dann", "kam", "Herr", "Macron", "."],
            [(3, 4, "ORG")],
            [("Macron", "PER")],
        ),
        # a place the lists know stays one, and so does any word after a place
        (
            ["Dann", "kamen", "Scholz", "und", "Paris", "."],
            [(2, 3, "PER"), (4, 5, "LOC")],
            [("Scholz", "PER"), ("Paris", "LOC")],
        ),
        (
            ["Es", "regnet", "in", "Graz", "und", "Macron", "."],
            [(3, 4, "LOC"), (5, 6, "LOC")],
            [("Graz", "LOC"), ("Macron", "LOC")],
        ),
    ],
)
def test_an_unknown_word_where_only_a_person_stands_is_one(
    vocab, words, ents, expected
) -> None:
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    doc = NameRelabeller(None)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("words", "ents"),
    [
        # an acronym is a body's
        (
            ["Dass", "Scholz", "und", "IAG", "das", "schafften"],
            [(1, 2, "PER"), (3, 4, "ORG")],
        ),
        # after a "person" the table does not know as a name
        (
            ["Er", "besuchte", "Kamchatka", "und", "Sakhalin", "."],
            [(2, 3, "PER"), (4, 5, "LOC")],
        ),
    ],
)
def test_no_person_slot_after_an_unknown_person_or_for_an_acronym(
    vocab, words, ents
) -> None:
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    doc = NameRelabeller(None)(doc)
    assert doc.ents[-1].label_ == ents[-1][2]


@pytest.mark.parametrize(
    ("words", "persons"),
    [
        # a name word the tagger calls a noun, as the one met
        (["Scholz", "traf", "Macron", "in", "Paris", "."], ["Scholz", "Macron"]),
        # a common noun, or a modifier of one, is no one met
        (["Scholz", "traf", "Vorkehrungen", "."], ["Scholz"]),
        (["Scholz", "traf", "Entscheidungen", "."], ["Scholz"]),
        # a noun that is a surname too: a club in a sports report
        (["Grödig", "empfängt", "Sturm", "."], ["Grödig"]),
    ],
)
def test_the_one_met_after_a_person(vocab, words, persons) -> None:
    assert _persons(vocab, words, [(0, 1, "PER")]) == persons


def test_a_party_in_brackets_after_a_person_is_no_person(vocab) -> None:
    words = ["Dann", "kam", "Anna", "Berger", "(", "SPD", ")", "."]
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, 2, 4, label="PER"), Span(doc, 5, 6, label="PER")]
    doc = NameRelabeller(None)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Anna Berger", "PER"),
        ("SPD", "ORG"),
    ]
    # a name in brackets stays one ("Max Berger (Peter)")
    assert _persons(
        vocab,
        ["Dann", "kam", "Max", "Berger", "(", "Peter", ")", "."],
        [(2, 4, "PER"), (5, 6, "PER")],
    ) == ["Max Berger", "Peter"]


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (
            ["traf", "seinen", "Amtskollegen", "Mevlüt", "Cavusoglu", "."],
            "Mevlüt Cavusoglu",
        ),
        (
            ["mit", "ihrer", "Amtskollegin", "Hanna", "Kowalczyk", "."],
            "Hanna Kowalczyk",
        ),
        (["traf", "seinen", "Amtskollegen", "am", "Montag"], None),
    ],
)
def test_names_right_after_a_counterpart_noun(vocab, words, person) -> None:
    doc = Doc(vocab, words=words)
    got = [e.text for e in NameRelabeller(None)(doc).ents if e.label_ == "PER"]
    assert got == ([person] if person else [])


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Papst", "Leo", "XIV", ".", ",", "sprach", "."], "Leo XIV ."),
        (["Papst", "Leo", "XIV.", "sprach", "."], "Leo XIV."),
        # no numeral: the name alone
        (["Papst", "Leo", "sprach", "."], "Leo"),
    ],
)
def test_a_regnal_number_after_a_one_word_person(vocab, words, person) -> None:
    assert _persons(vocab, words, [(1, 2, "PER")]) == [person]


def test_the_one_met_after_a_titled_subject(vocab) -> None:
    words = ["Der", "Kanzler", "traf", "Macron", "in", "Paris", "."]
    assert _persons(vocab, words, [(5, 6, "LOC")]) == ["Macron"]
    words = ["Der", "Kanzler", "traf", "Entscheidungen", "."]
    assert _persons(vocab, words, []) == []
