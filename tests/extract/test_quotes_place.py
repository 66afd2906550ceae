"""A state speaks only through its government (issue 17, the corpus audit of
``bench/speaker_audit.tsv``): media, researchers, companies and people of a
country are not the country, and a place after "in" is where someone speaks,
not who (kg/extract/quotes_place.py). Invented texts, no model."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract, said


@pytest.mark.parametrize(
    "clause",
    [
        "berichteten griechische Medien am Abend",
        "berichten griechische Forscher im Fachblatt",
        "sagte ein griechischer Sänger",
    ],
)
def test_people_of_a_country_are_not_the_country(gazetteer_nlp, clause) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Im Hafen warten Tausende. Noch seien keine Fähren angekommen, {clause}.",
        {},
    )
    assert said(rec, "who", "text") == {(None, "Noch seien keine Fähren angekommen")}


def test_a_state_official_still_speaks_for_the_state(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Im Hafen warten Tausende. Noch seien keine Fähren angekommen, sagte ein "
        "griechischer Regierungsvertreter.",
        {},
    )
    assert said(rec, "who", "text") == {
        ("place/Griechenland", "Noch seien keine Fähren angekommen")
    }


def test_the_company_after_the_prefix_speaks(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Umsatz stieg. Das Geschäft laufe gut, so das US-Unternehmen Brightly.",
        {"US-Unternehmen": LOC, "Brightly": ORG},
    )
    assert said(rec, "who", "text") == {("org/Brightly", "Das Geschäft laufe gut")}


def test_a_place_after_in_is_where_not_who(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "In der Nacht brannte eine Lagerhalle. Nach den Bränden in Hamburg haben "
        "die Ermittler nach eigenen Angaben zwei Verdächtige gefasst.",
        {"Hamburg": LOC},
    )
    assert rec.quotes
    assert all(q.speaker != "place/Hamburg" for q in rec.quotes)


def test_the_person_named_beats_a_place_where_he_spoke(blank_nlp) -> None:
    rec = extract(
        blank_nlp,
        "Der Prozess endete. Das sei ein trauriger Fall, sagte ein Richter in "
        "Madrid, Pablo Ruiz, am Montag.",
        {"Madrid": LOC, "Pablo Ruiz": PER},
    )
    assert {q.speaker for q in rec.quotes} <= {"person/Pablo Ruiz"}


def test_an_outlet_of_a_country_is_its_label(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Im Hafen warten Tausende. Noch seien keine Fähren angekommen, meldete das "
        "griechische Staatsfernsehen.",
        {},
    )
    assert said(rec, "who", "text") == {
        ("Staatsfernsehen", "Noch seien keine Fähren angekommen")
    }


def test_a_government_named_beside_keeps_the_state(gazetteer_nlp) -> None:
    # the outlet and the city are where and to whom; the government speaks
    rec = extract(
        gazetteer_nlp,
        "Im Hafen warten Tausende. Noch seien keine Fähren angekommen, sagte ein "
        "Sprecher der Regierung der griechischen Nachrichtenagentur am Montag in "
        "Athen.",
        {},
    )
    assert said(rec, "who", "text") == {
        ("place/Griechenland", "Noch seien keine Fähren angekommen")
    }


def test_das_unternehmen_in_a_capital_is_the_company(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Beim britischen Bezahlsender Nordlicht gibt es Streit. Der Chef trete "
        "zurück, wie das Unternehmen am Freitag in London mitteilte.",
        {"Nordlicht": ORG},
    )
    assert said(rec, "who", "text") == {("org/Nordlicht", "Der Chef trete zurück")}


def test_a_government_after_media_speaks_for_the_state_again(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Vor der Küste sank ein Boot. Die Ursache sei unklar, berichteten "
        "griechische Medien. Die Regierung in Athen suche weitere Unterkünfte, "
        "teilte die Regierung mit.",
        {},
    )
    who = dict((t, w) for w, t in said(rec, "who", "text"))
    assert who["Die Ursache sei unklar"] is None
    # the government's words keep their speaker
    assert who["Die Regierung in Athen suche weitere Unterkünfte"] is not None


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Die Ermittlungen laufen. Die zuständige Kommission ist nach Angaben vom "
            "Mittwoch mit 100 Beamten besetzt.",
            {},
        ),
        (
            "Die Börse schwankte. Im Tagesverlauf wurden nach Angaben aus "
            "Bankenkreisen 500 Millionen Euro abgehoben.",
            {"Bankenkreisen": LOC},
        ),
        # an adverb opening the sentence is no unnamed speaker's label
        ("Die Lage ist ruhig. Weiters hieß es, die Preise seien stabil.", {}),
    ],
)
def test_dates_and_circles_are_no_speakers(blank_nlp, text, ents) -> None:
    rec = extract(blank_nlp, text, ents)
    assert rec.quotes
    assert {q.speaker or q.speaker_label for q in rec.quotes} == {None}


@pytest.mark.parametrize("who", ["eine Anrainerin", "ein Augenzeuge", "ein Arzt"])
def test_an_unnamed_private_person_is_no_speaker(blank_nlp, who) -> None:
    rec = extract(
        blank_nlp,
        f"In der Nacht brannte ein Stadel. Der Rauch sei weithin zu sehen gewesen, "
        f"erzählt {who} der Zeitung.",
        {},
    )
    assert said(rec, "who", "text") == {
        (None, "Der Rauch sei weithin zu sehen gewesen")
    }


def test_government_circles_still_speak_for_the_state(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Grenze bleibt zu. Laut Ankündigungen aus serbischen Regierungskreisen "
        "sollen die Lager bald geschlossen werden.",
        {},
    )
    assert "place/Serbien" in {q.speaker for q in rec.quotes}
