"""Quote rules of issue 17's speaker/span pass, one invented text per rule, no
model: a direct quote after a colon goes on over the plain sentences after it,
two quotes of one speaker join over a plain sentence between, Konjunktiv
sentences before "…, so X" are X's (kg/extract/quotes_continued.py,
``spoken_on``, ``reported_before``); "hieß es von der Polizei",
"heißt es darin", ", wie er erklärte" (kg/extract/quotes_reported.py);
"er"/"sie" take a person of their gender (kg/extract/coref.py,
``person_genders``)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract, said

CASES = [
    # the words after a colon go on until the narration names someone again
    (
        "Die Trainerin Eva Roth war nach dem Spiel erleichtert: Ich bin froh "
        "über den Sieg. Es war ein hartes Stück Arbeit. Die Mannschaft hat "
        "alles gegeben. Roth bleibt damit an der Spitze.",
        {"Eva Roth": PER},
        {
            (
                "person/Eva Roth",
                "Ich bin froh über den Sieg. Es war ein hartes Stück Arbeit. "
                "Die Mannschaft hat alles gegeben",
            )
        },
    ),
    # ... but a quote closed by its quotation mark ends there: what follows is
    # narration, though plain
    (
        "Die Trainerin Eva Roth war nach dem Spiel erleichtert: „Ich bin froh "
        "über den Sieg.“ Es war ein hartes Stück Arbeit. Die Mannschaft hat "
        "alles gegeben.",
        {"Eva Roth": PER},
        {("person/Eva Roth", "Ich bin froh über den Sieg.")},
    ),
    # ... nor joins two marked quotes over the narration between them
    (
        "Max Huber sagte: „Das Tor war verdient.“ Die Abwehr stand sehr sicher. "
        "„Wir sind zufrieden“, sagte Huber.",
        {"Max Huber": PER, "Huber": PER},
        {
            ("person/Max Huber", "Das Tor war verdient."),
            ("person/Max Huber", "Wir sind zufrieden"),
        },
    ),
    # ... and not over a sentence that names an organisation or a figure
    (
        "Minister Karl Berg sagte am Montag: Wir werden das Gesetz ändern. "
        "Die Opposition kündigte Widerstand an.",
        {"Karl Berg": PER, "Opposition": ORG},
        {("person/Karl Berg", "Wir werden das Gesetz ändern")},
    ),
    # a plain sentence between the words after "sagte X." and a first-person one
    (
        "Das Tor war verdient, sagte Max Huber. Die Abwehr stand sehr sicher. "
        "Wir sind zufrieden.",
        {"Max Huber": PER},
        {
            ("person/Max Huber", "Das Tor war verdient"),
            ("person/Max Huber", "Die Abwehr stand sehr sicher. Wir sind zufrieden"),
        },
    ),
    # "hieß es von der Polizei": the police, not the speaker before
    (
        "Die Straße bleibt gesperrt, sagte Bürgermeister Otto Kern. Der Verkehr "
        "werde umgeleitet, hieß es am Abend von der Polizei.",
        {"Otto Kern": PER},
        {
            ("person/Otto Kern", "Die Straße bleibt gesperrt"),
            ("Polizei", "Der Verkehr werde umgeleitet"),
        },
    ),
    # Konjunktiv I sentences before "…, so X." report X too
    (
        "Der Landtag tagte am Montag. Die Reform sei dringend nötig. Den Schulen "
        "fehle das Geld. Man müsse rasch handeln, so Eva Lang.",
        {"Eva Lang": PER},
        {
            ("person/Eva Lang", "Die Reform sei dringend nötig"),
            ("person/Eva Lang", "Den Schulen fehle das Geld"),
            ("person/Eva Lang", "Man müsse rasch handeln"),
        },
    ),
    # "heißt es darin": the author the sentence before names
    (
        "Am Montag veröffentlichte die Caritas einen neuen Bericht. Die Armut "
        "sei gestiegen, heißt es darin.",
        {"Caritas": ORG},
        {("org/Caritas", "Die Armut sei gestiegen")},
    ),
    (
        "Das zeigen die Antworten des Sozialministeriums auf eine Anfrage. Die "
        "Zahl der Anträge sei gestiegen, heißt es darin.",
        {},
        {("Sozialministerium", "Die Zahl der Anträge sei gestiegen")},
    ),
    # ", wie er erklärte" after a clause a person opens: that person
    (
        "Bürgermeister Otto Kern eröffnete die Halle. Architekt Tom Weber plant "
        "den Bau seit zwei Jahren, wie er am Montag erklärte.",
        {"Otto Kern": PER, "Tom Weber": PER},
        {("person/Tom Weber", "Architekt Tom Weber plant den Bau seit zwei Jahren")},
    ),
    # "er" is not the mother named last, "sie" not the chancellor
    (
        "Jan Novak flog nach Wien. Dort besuchte er seine kranke Mutter Ilse "
        "Berg. Es geht ihr wieder gut, sagte er.",
        {"Jan Novak": PER, "Ilse Berg": PER},
        {("person/Jan Novak", "Es geht ihr wieder gut")},
    ),
    (
        "Ministerin Eva Lang eröffnete die Messe. Danach sprach Kanzler Paul "
        "Gruber. Die Stimmung sei gut, sagte sie.",
        {"Eva Lang": PER, "Paul Gruber": PER},
        {("person/Eva Lang", "Die Stimmung sei gut")},
    ),
]


@pytest.mark.parametrize("text, ents, expected", CASES)
def test_speaker_and_span(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert said(rec, "who", "text") == expected
