"""Indirect speech after a verb of saying whose Konjunktiv I the list of forms
lacks ("…, das Angebot spiegle den Wert nicht wider", "…, man wechsle …"): a
word in "-e" right after the clause's subject is a Konjunktiv I, for the third
person indicative never ends in "-e"; an adjective there is not ("…, die neue
Regel …" waits for its verb). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import extract, said

_ACTORS = {"Olaf Berg": "PER"}


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Olaf Berg sagte, das Angebot spiegle den Wert der Firma nicht wider.",
            "das Angebot spiegle den Wert der Firma nicht wider",
        ),
        (
            "Olaf Berg sagte am Montag, man wechsle den Anbieter.",
            "man wechsle den Anbieter",
        ),
        (
            "Olaf Berg betonte, die Bank sammle Kapital ein.",
            "die Bank sammle Kapital ein",
        ),
    ],
)
def test_a_konjunktiv_the_list_lacks_after_the_subject(blank_nlp, text, clause) -> None:
    rec = extract(blank_nlp, text, _ACTORS)
    assert said(rec, "kind", "speaker", "text") == {
        ("indirect", "person/Olaf Berg", clause)
    }


@pytest.mark.parametrize(
    "text",
    [
        # a past tense in the clause: narration, no report
        "Olaf Berg sagte, die neue Regel kam zu spät.",
        # no verb of saying: a clause after a comma reports nothing
        "Olaf Berg ging nach Hause, die Bank schließe um fünf.",
    ],
)
def test_no_report_without_a_konjunktiv_or_a_verb_of_saying(blank_nlp, text) -> None:
    assert extract(blank_nlp, text, _ACTORS).quotes == ()
