"""Quote speakers (2026-12-07, spk6): a text cited without its author
("heißt es in dem Ansuchen", "heißt es in der Klagsschrift") is the person's or
body's that the article named before as filing it ("X hat ein Bauansuchen
eingereicht", "X hat Y auf Schadenersatz verklagt"), and so are the
unattributed Konjunktiv sentences right before it; a reporting clause set in
after a few words and followed by a first-person subject ("Keine Ahnung,
sagte X, ich habe …") gives two quotes. Invented texts, no model."""

from __future__ import annotations

from tests.conftest import ORG, PER, extract, said


def test_the_applicant_speaks_the_application(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Bergbahnen Hochkogel AG hat am Montag ein Bauansuchen für eine neue "
        "Gondel eingereicht. Die Talstation solle um zehn Meter versetzt werden, "
        "heißt es in dem Ansuchen.",
        {"Bergbahnen Hochkogel AG": ORG},
    )
    assert said(rec, "who", "text") == {
        (
            "org/Bergbahnen Hochkogel AG",
            "Die Talstation solle um zehn Meter versetzt werden",
        )
    }


def test_the_plaintiff_speaks_the_statement_of_claim(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Wien – Die Schauspielerin Maria Grünwald hat den Verlag Nordlicht in "
        "Hamburg auf Schmerzensgeld verklagt. Der Prozess beginnt im Mai. Der "
        "Verlag habe ihre Privatsphäre verletzt, heißt es in der Klagsschrift.",
        {"Maria Grünwald": PER, "Nordlicht": ORG, "Wien": "LOC", "Hamburg": "LOC"},
    )
    assert said(rec, "who", "text") == {
        ("person/Maria Grünwald", "Der Verlag habe ihre Privatsphäre verletzt"),
    }


def test_the_konjunktiv_chain_before_the_cited_text_is_the_filers() -> None:
    from kg.extract.quotes_state import _before_filed

    out = [
        (0, 10, 2, "indirect", "person/Eva Roth", None, None),
        (12, 40, 4, "indirect", None, None, None),
        (42, 70, 5, "indirect", None, None, None),
    ]
    _before_filed(out, 6, "person/Maria Grünwald")
    assert [f[4] for f in out] == [
        "person/Eva Roth",
        "person/Maria Grünwald",
        "person/Maria Grünwald",
    ]
    gap = [(12, 40, 3, "indirect", None, None, None)]
    _before_filed(gap, 6, "person/Maria Grünwald")
    assert gap[0][4] is None  # not the sentence right before


def test_an_actor_after_a_preposition_files_nothing(gazetteer_nlp) -> None:
    # the one actor named is where it was filed, not who filed it
    rec = extract(
        gazetteer_nlp,
        "Beim Bezirksamt Nordstadt ist ein Bauansuchen für ein Hochhaus "
        "eingelangt. Der Turm solle 90 Meter hoch werden, heißt es in dem Ansuchen.",
        {"Bezirksamt Nordstadt": ORG},
    )
    assert {w for w, _ in said(rec, "who", "text")} == {None}


def test_a_first_person_clause_after_a_set_in_reporting_clause(gazetteer_nlp) -> None:
    # "Keine Ahnung, sagte X, ich habe …": two quotes, the reporting clause
    # in neither
    rec = extract(
        gazetteer_nlp,
        "Der Nachbar Peter Hollmann stand vor dem Haus. Keine Ahnung, sagte "
        "Hollmann, ich habe den Mann hier nie gesehen.",
        {"Peter Hollmann": PER, "Hollmann": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Peter Hollmann", "Keine Ahnung"),
        ("person/Peter Hollmann", "ich habe den Mann hier nie gesehen"),
    }


def test_a_fronted_phrase_before_the_reporting_clause_stays_one_quote(
    gazetteer_nlp,
) -> None:
    # "Heute, sagte X, ist …": the words after the clause go on the same one
    rec = extract(
        gazetteer_nlp,
        "Der Nachbar Peter Hollmann stand vor dem Haus. Seit Jahren, sagte "
        "Hollmann, wohnt hier niemand mehr.",
        {"Peter Hollmann": PER, "Hollmann": PER},
    )
    assert said(rec, "text") == {
        ("Seit Jahren, sagte Hollmann, wohnt hier niemand mehr",)
    }
