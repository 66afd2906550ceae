"""Quote speakers (2026-12-08, qsd5), the errors of the fresh gold
``bench/quote_dev_fresh3.jsonl``: a surname the model missed before one word of
manner (", sagte Brösel geknickt und gestand") is the speaker's label
(kg/extract/speaker_labels.py); "die Kreisverwaltung" is the administration of
the one "Kreis X" the article names (kg/extract/unit_bodies.py); a body whose
compound a place opens, before its short name in brackets ("die
US-Wetterwarte (NWX)"), speaks as that body, not as the place
(kg/extract/speaker_brackets.py). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import extract, said


def test_surname_before_a_word_of_manner(blank_nlp) -> None:
    text = (
        "Der Verband hat die Wahl verloren. «Uns fehlt der Rückenwind», sagte "
        "Brösel geknickt. Es werde eine lange Debatte, meinte Brösel enttäuscht."
    )
    rec = extract(blank_nlp, text, {})
    who = {(w, t[:8]) for w, t in said(rec, "who", "text")}
    assert who == {("Brösel", "Uns fehl"), ("Brösel", "Es werde")}, who


def test_a_common_noun_before_a_particle_is_no_speaker(blank_nlp) -> None:
    text = "Die Stadt sei pleite, forderte Geld zurück. Das sei klar."
    rec = extract(blank_nlp, text, {})
    assert "Geld" not in {w for w, _t in said(rec, "who", "text")}


def test_the_kreisverwaltung_of_the_one_kreis_named(blank_nlp) -> None:
    text = (
        "Im Kreis Kronstett müssen 5000 Stimmzettel neu gedruckt werden. Grund "
        "sei ein Druckfehler, teilte die Kreisverwaltung am Montag mit."
    )
    rec = extract(blank_nlp, text, {"Kronstett": "LOC"})
    assert said(rec, "who", "text") == {
        ("Kreisverwaltung Kronstett", "Grund sei ein Druckfehler")
    }


def test_the_kreisverwaltung_of_two_kreise_stays_a_label(blank_nlp) -> None:
    text = (
        "Im Kreis Kronstett und im Kreis Albheim wird gewählt. Grund sei ein "
        "Druckfehler, teilte die Kreisverwaltung am Montag mit."
    )
    rec = extract(blank_nlp, text, {"Kronstett": "LOC", "Albheim": "LOC"})
    assert said(rec, "who", "text") == {
        ("Kreisverwaltung", "Grund sei ein Druckfehler")
    }


def test_place_prefixed_body_before_its_short_name(blank_nlp) -> None:
    text = (
        "Ein Sturm hat die Küste erreicht. Der Wind habe 180 Kilometer pro Stunde "
        "erreicht, teilte die US-Wetterwarte (NWX) mit."
    )
    rec = extract(blank_nlp, text, {"US-Wetterwarte": "LOC", "NWX": "ORG"})
    assert said(rec, "who", "text") == {
        ("org/NWX", "Der Wind habe 180 Kilometer pro Stunde erreicht")
    }


def test_a_party_in_brackets_after_a_name_stays_no_speaker(blank_nlp) -> None:
    text = "Der Etat sei zu klein, sagte Karl Moser (SPD) am Montag."
    rec = extract(blank_nlp, text, {"Karl Moser": "PER", "SPD": "ORG"})
    assert said(rec, "who", "text") == {("person/Karl Moser", "Der Etat sei zu klein")}


def test_definite_spokesperson_of_a_konzern_named_before(blank_nlp) -> None:
    """ "nach Auskunft des Sprechers" after "Ein Sprecher des Konzerns": the firm
    "des Konzerns" refers back to (kg/extract/org_anaphor.py)."""
    text = (
        "Die Kronwerk AG schließt ihr Werk in Albheim. Ein Sprecher des Konzerns "
        "bestätigte dies am Donnerstag. Die Fertigung endet nach Auskunft des "
        "Sprechers im Mai."
    )
    rec = extract(blank_nlp, text, {"Kronwerk AG": "ORG", "Albheim": "LOC"})
    who = {w for w, t in said(rec, "who", "text") if "Fertigung" in t}
    assert who == {"org/Kronwerk AG"}, said(rec, "who", "text")


def test_a_missed_name_label_goes_on_after_a_colon_and_a_sentence(blank_nlp) -> None:
    """A bare surname's label carries on to a marked quote after the clause's
    colon and to one opening the next sentence
    (kg/extract/speaker_name_labels.py)."""
    text = (
        "Der Verband verlor. «Uns fehlt Geld», sagte Brösel geknickt und "
        "gestand: «Wir waren nicht vorbereitet.» Dann ging er. Es werde eine "
        "Debatte, orakelte Brösel. «Es scheint so, dass wir nicht passen.»"
    )
    rec = extract(blank_nlp, text, {})
    who = {(w, t[:8]) for w, t in said(rec, "who", "text")}
    assert who == {
        ("Brösel", "Uns fehl"),
        ("Brösel", "Wir ware"),
        ("Brösel", "Es werde"),
        ("Brösel", "Es schei"),
    }, who


def test_a_body_label_is_not_carried_to_a_marked_quote(blank_nlp) -> None:
    text = (
        "Es gebe keine Verletzten, sagte die Polizei. «Wir sind froh.» "
        "Der Brand ist gelöscht."
    )
    rec = extract(blank_nlp, text, {})
    who = {w for w, t in said(rec, "who", "text") if t.startswith("Wir sind")}
    assert who <= {None}, said(rec, "who", "text")
