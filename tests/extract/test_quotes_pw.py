"""Speaker and span rules of issue 17's seventh dev set (Panorama and
Wissenschaft, ``bench/quote_dev_pw.jsonl``), one invented text per rule, no
model: a spokesperson or chief of a body the article does not name as an
entity speaks for the body by its word ("ein Polizeisprecher" -> "Polizei",
kg/extract/speakers.py ``spokesperson``), a bare "der Sprecher" after it too
(kg/extract/quotes_continued.py ``settle_labels``); a quote before "…, sagte
X" takes in the sentence before when it ties on to it
(kg/extract/quotes_continued.py ``spoken_before``)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract, said

CASES = [
    # a spokesperson of a body no entity names speaks for the body, and so does
    # the bare "der Sprecher" after him
    (
        "In der Stadt Lindau brannte am Montag eine Lagerhalle. Das Feuer sei "
        "in der Nacht ausgebrochen, sagte ein Polizeisprecher. Verletzt worden "
        "sei niemand, sagte der Sprecher.",
        {"Lindau": "LOC"},
        {
            ("Polizei", "Das Feuer sei in der Nacht ausgebrochen"),
            ("Polizei", "Verletzt worden sei niemand"),
        },
    ),
    # ... and so does an unnamed chief of it
    (
        "Zwei Männer seien festgenommen worden, sagte die Polizeichefin des "
        "Bezirks. Die Täter seien noch flüchtig.",
        {},
        {
            ("Polizei", "Zwei Männer seien festgenommen worden"),
            ("Polizei", "Die Täter seien noch flüchtig"),
        },
    ),
    # a quote before "sagt X" with "jedoch" takes in the plain sentence before
    (
        "Die Stadt plant neue Regeln. Es steht zwar jedem frei, ein Fahrrad "
        "zu kaufen. Im Winter raten wir jedoch davon ab, sagt Eva Roth.",
        {"Eva Roth": PER},
        {
            (
                "person/Eva Roth",
                "Es steht zwar jedem frei, ein Fahrrad zu kaufen. Im Winter "
                "raten wir jedoch davon ab",
            )
        },
    ),
    # ... so does one opening with "Wir" after a short sentence
    (
        "Am Dienstag regnete es wieder stark. Es ist noch nicht vorbei. Wir "
        "sind noch mittendrin, sagte Bürgermeister Karl Berg.",
        {"Karl Berg": PER},
        {("person/Karl Berg", "Es ist noch nicht vorbei. Wir sind noch mittendrin")},
    ),
    # ... and one opening with "Und" and the speaker's "wir"
    (
        "Am Montag begann die Ferienzeit. Stürme hat es hier schon immer "
        "gegeben. Und wir müssen damit leben, sagte Anna Weiß.",
        {"Anna Weiß": PER},
        {
            (
                "person/Anna Weiß",
                "Stürme hat es hier schon immer gegeben. Und wir müssen damit leben",
            )
        },
    ),
    # "die Forscher" after "Forscher um X" (or "Biologen um X") are X's group
    (
        "Biologen um Lena Graf haben die Augen von Katzen untersucht. Nach "
        "Ansicht der Forscher sehen Katzen im Dunkeln besser als gedacht. Das "
        "Licht werde laut den Forschern doppelt genutzt.",
        {"Lena Graf": PER},
        {
            (
                "person/Lena Graf",
                "Nach Ansicht der Forscher sehen Katzen im Dunkeln besser als gedacht",
            ),
            ("person/Lena Graf", "Das Licht werde laut den Forschern doppelt genutzt"),
        },
    ),
    # the outlet a person speaks to, in the plural and with a genitive, and a
    # party in brackets after the name are no speakers
    (
        "Ministerin Eva Roth (SPD) sagte den Zeitungen der Nordpresse-Gruppe am "
        "Sonntag: Die Schulen müssen offen bleiben.",
        {"Eva Roth": PER, "SPD": ORG, "Nordpresse-Gruppe": ORG},
        {("person/Eva Roth", "Die Schulen müssen offen bleiben")},
    ),
    # a hyphenated adjective inside the source phrase ("des baden-württembergischen
    # Umweltministers X")
    (
        "Nach Angaben des baden-württembergischen Umweltministers Jan Ott sind "
        "drei Flüsse verschmutzt.",
        {"Jan Ott": PER},
        {
            (
                "person/Jan Ott",
                "Nach Angaben des baden-württembergischen Umweltministers Jan Ott "
                "sind drei Flüsse verschmutzt",
            )
        },
    ),
    # "das Ministerium" after the "Verkehrsministerium" quoted before
    (
        "Die Brücke bleibt gesperrt, erklärte das Verkehrsministerium am Montag. "
        "Die Reparatur dauere noch Wochen, hieß es aus dem Ministerium.",
        {"Verkehrsministerium": ORG},
        {
            ("org/Verkehrsministerium", "Die Brücke bleibt gesperrt"),
            ("org/Verkehrsministerium", "Die Reparatur dauere noch Wochen"),
        },
    ),
    # "Das teilte X mit.": the sentence before is X's, an unnamed body too, and
    # the outlet X told it the medium
    (
        "In Lindau ist am Sonntag eine Scheune abgebrannt. Das teilte die "
        "Feuerwehr am Abend mit.",
        {"Lindau": "LOC"},
        {("Feuerwehr", "In Lindau ist am Sonntag eine Scheune abgebrannt")},
    ),
    (
        "Der Streik endet am Freitag. Das kündigte Gewerkschaftschef Karl Berg "
        "der Zeitung Nordkurier an.",
        {"Karl Berg": PER, "Nordkurier": ORG},
        {("person/Karl Berg", "Der Streik endet am Freitag")},
    ),
    # the sentence after a quote goes on with a Konjunktiv I the word lists lack
    (
        "Die Halle bleibe geschlossen, sagte Bürgermeister Karl Berg. Das hänge "
        "vom Wetter ab. Am Abend begann es zu regnen.",
        {"Karl Berg": PER},
        {
            ("person/Karl Berg", "Die Halle bleibe geschlossen"),
            ("person/Karl Berg", "Das hänge vom Wetter ab"),
        },
    ),
    # an unnamed body's name ends before the place it serves
    (
        "Nach Angaben des Krankenhauses der Hafenstadt habe der Bub Glück gehabt.",
        {},
        {
            (
                "Krankenhaus",
                "Nach Angaben des Krankenhauses der Hafenstadt habe der Bub "
                "Glück gehabt",
            )
        },
    ),
    (
        "Nach Angaben des Landeskriminalamts in Lindau sind drei Männer in Haft.",
        {"Lindau": "LOC"},
        {
            (
                "Landeskriminalamt",
                "Nach Angaben des Landeskriminalamts in Lindau sind drei "
                "Männer in Haft",
            )
        },
    ),
    # not the narrator's lead-in without a first person ...
    (
        "Die größte Gefahr ist die Abwehr der Gäste. Diese Abwehr hat viel "
        "geleistet, sagt Max Huber.",
        {"Max Huber": PER},
        {("person/Max Huber", "Diese Abwehr hat viel geleistet")},
    ),
    # ... nor narration in the simple past
    (
        "Der Minister kam erst am Abend. Doch wir sind zufrieden, sagte Karl Berg.",
        {"Karl Berg": PER},
        {("person/Karl Berg", "Doch wir sind zufrieden")},
    ),
]


@pytest.mark.parametrize("text, ents, expected", CASES)
def test_speaker_and_span(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert said(rec, "who", "text") == expected


def test_source_sentence_gives_the_medium(gazetteer_nlp) -> None:
    """ "Das bestätigte X der Zeitung Y": Y is the medium, not the speaker."""
    rec = extract(
        gazetteer_nlp,
        "Der Streik endet am Freitag. Das bestätigte Karl Berg der Zeitung Nordkurier.",
        {"Karl Berg": PER, "Nordkurier": ORG},
    )
    assert said(rec, "speaker", "medium") == {("person/Karl Berg", "org/Nordkurier")}


@pytest.mark.parametrize(
    "before, word, after, expected",
    [
        ("Das", "hänge", "auch", True),
        ("Außerdem", "funktioniere", "die", True),
        ("Sie", "sagte", "dass", False),  # a simple past
        ("Verletzt", "wurde", "niemand", False),
        ("die", "frühere", "Zählung", False),  # an adjective before its noun
        ("eine", "frühere", ".", False),  # after an indefinite article
        ("nationale", "internationale", "Verbände", False),  # before a noun
        ("für", "tägliche", ",", False),
        ("Das", "teilweise", "neue", False),  # an adverb
    ],
)
def test_looks_subjunctive(before, word, after, expected) -> None:
    from kg.lang.de.speech import looks_subjunctive

    assert looks_subjunctive(word, before, after) is expected


def test_named_body_keeps_its_entity(gazetteer_nlp) -> None:
    """A spokesperson of a body the article names is that entity's, as before."""
    rec = extract(
        gazetteer_nlp,
        "Die Feuerwehr Lindau war im Einsatz. Das Feuer sei gelöscht, sagte "
        "ein Feuerwehrsprecher.",
        {"Feuerwehr Lindau": ORG},
    )
    assert said(rec, "who", "text") == {
        ("org/Feuerwehr Lindau", "Das Feuer sei gelöscht")
    }
