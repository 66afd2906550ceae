"""The speaker's own verb of saying inside their direct words (issue 17,
branch `span`, kg/extract/quotes_own.py), one invented text per case, no model:
"Ich glaube, dass …", "Wir können nicht behaupten, dass …" are the speaker's
words, one quoted stretch with the sentences beside them, not a report of
no one; "Ich glaube, es wäre …" in Konjunktiv II is direct speech. And "X
meinte, unter … wird das nicht gehen, wie wir …": an indicative clause in the
first person after a verb of saying is X's direct quote
(kg/extract/quotes_reported._leading), not after "Wenn X zitiert, …"."""

from __future__ import annotations

import pytest

from tests.conftest import PER, extract

CASES = [
    # a first-person frame among the speaker's sentences before "sagte X"
    (
        "Die Mannschaft verlor am Sonntag. Wir dürfen nicht behaupten, dass wir "
        "verdient verloren haben. Uns fehlte heute das Glück, sagte Paul Wendler.",
        {"Paul Wendler": PER},
        {
            (
                "direct",
                "person/Paul Wendler",
                "Wir dürfen nicht behaupten, dass wir verdient verloren haben. "
                "Uns fehlte heute das Glück",
            )
        },
    ),
    # the speaker of the quote before: the frame goes on their words (the noun
    # before "glaubte ich" is no speaker)
    (
        "Die Läuferin Marta Olsen war erleichtert. Ich bin sehr froh, sagte "
        "Olsen. Ab der zweiten Runde glaubte ich daran, dass ich noch gewinnen "
        "kann.",
        {"Marta Olsen": PER},
        {
            (
                "direct",
                "person/Marta Olsen",
                "Ich bin sehr froh",
            ),
            (
                "direct",
                "person/Marta Olsen",
                "Ab der zweiten Runde glaubte ich daran, dass ich noch gewinnen kann",
            ),
        },
    ),
    # Konjunktiv II after "Ich glaube": direct speech, one stretch with the
    # sentence before
    (
        "Die Ministerin sprach am Montag. Wir haben lange beraten. Ich glaube, es "
        "wäre falsch, jetzt aufzugeben, sagte Eva Lindner.",
        {"Eva Lindner": PER},
        {
            (
                "direct",
                "person/Eva Lindner",
                "Wir haben lange beraten. Ich glaube, es wäre falsch, jetzt aufzugeben",
            )
        },
    ),
    # quotation marks in the sentence bound the words: no frame is taken in
    (
        "Die Partei tagte. Wir glauben, dass die „Reform“ scheitern wird. Das sei "
        "klar, sagte Eva Lindner.",
        {"Eva Lindner": PER},
        {
            ("indirect", None, "dass die „Reform“ scheitern wird"),
            ("indirect", "person/Eva Lindner", "Das sei klar"),
        },
    ),
    # an indicative first-person clause after "meinte X,": X's own words
    (
        "Zur Lage in den Schulen meinte Eva Lindner, ohne neue Lehrer werden wir "
        "den Unterricht nicht halten können.",
        {"Eva Lindner": PER},
        {
            (
                "direct",
                "person/Eva Lindner",
                "ohne neue Lehrer werden wir den Unterricht nicht halten können",
            )
        },
    ),
    # the main clause after a fronted "Wenn …" is no report
    (
        "Wenn Eva Lindner in ihrem Lied jemanden zitiert, ist sie es selbst, die "
        "uns zuzwinkert.",
        {"Eva Lindner": PER},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_own_frame(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.kind, q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected
