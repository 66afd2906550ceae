"""Quote speakers (2026-12-07, spk9): a placed body's noun followed by a town the
model did not tag ("ein Sprecher der Polizeiinspektion Viechtach"); an office's
abbreviation with its number ("informiert die MA 22"). Invented texts; the town
needs the lexicon, so that test runs the shipped pipeline (its entities
replaced by none)."""

from __future__ import annotations

import pytest

from kg.nlp import load_nlp
from tests.conftest import extract, said


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("clause", "want"),
    [
        (
            "sagte ein Sprecher der Polizeiinspektion Viechtach am Montag",
            "Polizeiinspektion Viechtach",
        ),
        ("teilte die Polizeiinspektion Viechtach mit", "Polizeiinspektion Viechtach"),
        (
            "sagte ein Sprecher der Polizeiinspektion Viechtach Montagfrüh",
            "Polizeiinspektion Viechtach",
        ),
        # a word that is also a common noun is no town here
        ("sagte ein Sprecher der Polizeiinspektion Mitte", "Polizeiinspektion"),
    ],
)
def test_placed_body_with_an_untagged_town(nlp, clause: str, want: str) -> None:
    # no entity tagged: the body is the speaker's label
    rec = extract(
        nlp, f"Die meisten Notquartiere haben wieder Plätze frei, {clause}.", {}
    )
    assert {w for w, t in said(rec, "who", "text")} == {want}


@pytest.mark.parametrize(
    ("clause", "want"),
    [
        ("informiert die MA 22", "MA 22"),
        ("teilte die MA 22 mit", "MA 22"),
    ],
)
def test_abbreviation_with_its_number(gazetteer_nlp, clause: str, want: str) -> None:
    rec = extract(
        gazetteer_nlp,
        f"In dem neuen Stadtteil soll es keine Straße ohne Baum geben, {clause}.",
        {},
    )
    assert {w for w, t in said(rec, "who", "text")} == {want}


@pytest.mark.parametrize(
    "subject",
    [
        "Quaxo, das die Puppe für Xcorp entwickelt hat,",
        "Quaxo, für das Xcorp die Puppe verkauft,",
    ],
)
def test_relative_clause_in_the_subject_names_no_speaker(
    gazetteer_nlp, subject: str
) -> None:
    rec = extract(
        gazetteer_nlp,
        f"{subject} bestätigte am Montag, dass die Puppe gehackt werden könnte.",
        {"Xcorp": "ORG"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"Quaxo"}


def test_relative_clause_of_a_named_subject(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Eva Huber, die mit Xcorp verhandelt hat, sagte am Montag, dass der "
        "Vertrag bald unterschrieben werde.",
        {"Eva Huber": "PER", "Xcorp": "ORG"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"person/Eva Huber"}


def test_outlet_spoken_to_is_no_speaker(nlp) -> None:
    rec = extract(
        nlp,
        "Quaxo bestätigte gegenüber NBC, dass die Puppe gehackt werden könnte.",
        {"NBC": "ORG"},
    )
    assert {(w, m) for w, m in said(rec, "who", "medium")} == {("Quaxo", "org/NBC")}


@pytest.mark.parametrize(
    ("outlet", "key"),
    [
        ("die „Kronen Zeitung“", "org/Kronen Zeitung"),
        ("der „Spiegel“ am Montag", "org/Der Spiegel"),
    ],
)
def test_outlet_in_quotation_marks_reports_on_its_own(
    nlp, outlet: str, key: str
) -> None:
    # "die „…“" is an article before a name in marks, not the pronoun "die"
    rec = extract(
        nlp,
        f"Die Zahl der Anträge sei gesunken, berichtet {outlet}.",
        {outlet.split("„")[1].split("“")[0]: "ORG"},
    )
    assert {(w, m) for w, m in said(rec, "who", "medium")} == {(key, key)}


@pytest.mark.parametrize("noun", ["der Konzern", "das Unternehmen", "die Organisation"])
def test_das_teilte_der_konzern_mit(gazetteer_nlp, noun: str) -> None:
    # the organisation the reported sentence names, not the noun as a label
    rec = extract(
        gazetteer_nlp,
        f"Die Xcorp will 500 Stellen streichen. Das teilte {noun} am Montag mit.",
        {"Xcorp": "ORG"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"org/Xcorp"}


def test_das_teilte_mit_a_body_not_named_before(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Xcorp will 500 Stellen streichen. Das teilte das Ministerium am Montag mit.",
        {"Xcorp": "ORG"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"Ministerium"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("in einer Mitteilung des Ministeriums", "Ministerium"),
        ("in einer Stellungnahme der Gewerkschaft", "Gewerkschaft"),
        ("in einer Aussendung der Xcorp", "org/Xcorp"),
        # an outlet's text is no body's
        ("in einem Bericht der Zeitung", None),
    ],
)
def test_heisst_es_in_a_bodys_text(gazetteer_nlp, text: str, want: str | None) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Die Kosten seien gedeckt, hieß es {text} am Montag.",
        {"Xcorp": "ORG"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {want}


def test_bare_spokesperson_of_the_body_before(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die zuständige Staatsanwaltschaft ermittelt gegen drei Männer. Die Männer "
        "seien verdächtig, sagte ein Sprecher am Montag. Sie seien vorbestraft.",
        {},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"Staatsanwaltschaft"}


def test_bare_spokesperson_after_no_body(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Der Regen hat aufgehört. Die Straßen seien frei, sagte ein Sprecher.",
        {},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"Sprecher"}


@pytest.mark.parametrize(
    ("narration", "pronoun"),
    [
        ("Dem widersprach ein Sprecher des Konzerns.", "Er"),
        ("Dem widersprach eine Xcorp-Sprecherin.", "Sie"),
    ],
)
def test_pronoun_after_a_spokesperson_named_in_narration(
    gazetteer_nlp, narration: str, pronoun: str
) -> None:
    rec = extract(
        gazetteer_nlp,
        f"Die Gewerkschaft warf der Xcorp Wortbruch vor. {narration} {pronoun} "
        "sagte, der Plan werde bald vorgelegt.",
        {"Xcorp": "ORG", "Xcorp-Sprecherin": "ORG"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"org/Xcorp"}


def test_pronoun_of_the_other_gender_is_not_the_spokesperson(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Gewerkschaft warf der Xcorp Wortbruch vor. Dem widersprach ein "
        "Sprecher des Konzerns. Sie sagte, der Plan werde bald vorgelegt.",
        {"Xcorp": "ORG"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {None}


@pytest.mark.parametrize(
    ("before", "want"),
    [
        ("Der Trainer Karl Huber ist zufrieden.", "person/Karl Huber"),
        ("Karl Huber verteidigte seine Strategie.", "person/Karl Huber"),
        # the person is the object, or one of two: no subject to take
        ("Die Polizei nahm Karl Huber am Montag fest.", None),
        ("Karl Huber und Eva Maier sind zufrieden.", None),
    ],
)
def test_quote_opening_its_sentence_after_a_persons_sentence(
    gazetteer_nlp, before: str, want: str | None
) -> None:
    rec = extract(
        gazetteer_nlp,
        f"{before} „Das Ergebnis ist gut, wir haben hart dafür gearbeitet.“",
        {"Karl Huber": "PER", "Eva Maier": "PER"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Eva Huber besuchte Graz. Die Lage sei ernst, sagte Xlands Landeshauptfrau.",
        "Eva Huber besuchte Graz. Xlands Landeshauptfrau sagte, die Lage sei ernst.",
        # a teaser: the title's holder named after it
        "Die Lage sei ernst, sagt Xlands Landeshauptfrau. Graz – Landeshauptfrau "
        "Eva Huber fordert eine Debatte.",
    ],
)
def test_title_of_a_regions_genitive(gazetteer_nlp, text: str) -> None:
    rec = extract(gazetteer_nlp, text, {"Eva Huber": "PER", "Xlands": "LOC"})
    assert {w for w, t in said(rec, "who", "text")} == {"person/Eva Huber"}


def test_bare_spokesperson_after_an_organisation_opening_the_sentence(
    gazetteer_nlp,
) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Xcorp hat am Montag Zahlen vorgelegt. Der Gewinn sei gestiegen, so ein "
        "Sprecher. Man sei zufrieden.",
        {"Xcorp": "ORG"},
    )
    assert {w for w, t in said(rec, "who", "text")} == {"org/Xcorp"}
