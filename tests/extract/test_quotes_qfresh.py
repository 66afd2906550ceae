"""Speaker rules of the `quotes` round on the fresh dev gold (issue 17), one
invented sentence per case, no model: a scientist's noun for the person named
before ("so der Biologe", kg/data/speaker_nouns.txt), "hieß es weiter" after a
sentence naming whom was asked (kg/extract/quotes_subjects.asked_before), and a
person the model tagged as its title and its surname apart
(kg/extract/person_spans.join_title_apart); the era "vor unserer Zeitrechnung"
is nobody's first person, narration naming the speaker is not their words,
the words before ": Das erklärte X" are X's (source_after_colon), and "die
Augsburger" speak for the "FC Augsburg" named before (organisation_of_demonym),
"Nach seiner Einschätzung" with no quote before is the man named before
(kg/extract/sources.source_at), and "heißt es in einer Mitteilung der Stadt"
is the city the article names (quotes_subjects.city_voice)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract

CASES = [
    # a scientist's noun is the person named before, not a label
    (
        "Die Studie leitete Karin Vogt aus Graz. Die Käfer würden früh sterben, "
        "so die Biologin.",
        {"Karin Vogt": PER},
        {("person/Karin Vogt", "Die Käfer würden früh sterben")},
    ),
    (
        "Jonas Ebner arbeitet in Genf. Das Feld ist noch jung, sagt der "
        "Teilchenphysiker.",
        {"Jonas Ebner": PER},
        {("person/Jonas Ebner", "Das Feld ist noch jung")},
    ),
    (
        "Den Fund machte Lea Brandl im Mai. Die Scherbe sei älter als gedacht, "
        "erklärte die Archäologin.",
        {"Lea Brandl": PER},
        {("person/Lea Brandl", "Die Scherbe sei älter als gedacht")},
    ),
    # "hieß es weiter" with no quote before: the body the sentence before says
    # would not tell
    (
        "Ob der Mann bewaffnet war, wollte die Staatsanwaltschaft nicht sagen. "
        "Man prüfe alle Spuren, hieß es weiter.",
        {},
        {("Staatsanwaltschaft", "Man prüfe alle Spuren")},
    ),
    (
        "Zu den Kosten wollte sich die Bergbahn AG am Montag nicht äußern. Der "
        "Betrieb laufe normal, hieß es weiter.",
        {"Bergbahn AG": ORG},
        {("org/Bergbahn AG", "Der Betrieb laufe normal")},
    ),
    # ... but not without a verb of saying there
    (
        "Die Staatsanwaltschaft ermittelt seit Mai. Man prüfe alle Spuren, hieß "
        "es weiter.",
        {},
        {(None, "Man prüfe alle Spuren")},
    ),
    # the title tagged as a person and the surname apart: one person, the
    # first name between them included
    (
        "Wir sind sehr zufrieden, sagte Verkehrsminister Tomas Hrubec in Prag.",
        {"Verkehrsminister": PER, "Hrubec": PER, "Prag": "LOC"},
        {("person/Tomas Hrubec", "Wir sind sehr zufrieden")},
    ),
]


CASES += [
    # the era is no first person: the sentence after a verb of saying is no quote
    (
        "Wir haben den Ort gefunden, sagte Karl Wendt. Wendt kündigte einen "
        "Bericht an. Anna Roth hatte die Mauer um 800 vor unserer Zeitrechnung "
        "datiert.",
        {"Karl Wendt": PER, "Wendt": PER, "Anna Roth": PER},
        {("person/Karl Wendt", "Wir haben den Ort gefunden")},
    ),
    # narration naming the speaker (here in the genitive) is not their words
    (
        "Das Feld sei jung, sagte Eva Lind. Lind stellte die Studie vor. Die "
        "Arbeit von Linds Team zeigt unsere Galaxie neu.",
        {"Eva Lind": PER, "Lind": PER},
        {("person/Eva Lind", "Das Feld sei jung")},
    ),
    # the words before ": Das erklärte X" are X's
    (
        "Sie wollten wissen, wie alt die Sterne sind: Das erklärte Rudolf Ebner "
        "vom Institut in Graz.",
        {"Rudolf Ebner": PER, "Graz": "LOC"},
        {("person/Rudolf Ebner", "Sie wollten wissen, wie alt die Sterne sind")},
    ),
    # a plural demonym speaks for the club of that place named before
    (
        "Der Wechsel von Max Moser vom FC Augsburg zum FC Chelsea ist perfekt. "
        "Das gaben die Augsburger am Sonntag bekannt.",
        {"Max Moser": PER, "FC Augsburg": ORG, "FC Chelsea": ORG},
        {
            (
                "org/FC Augsburg",
                "Der Wechsel von Max Moser vom FC Augsburg zum FC Chelsea ist perfekt",
            )
        },
    ),
]

CASES += [
    # "Nach seiner Einschätzung …" with no quote before: the man named before
    (
        "Jan Ortner sprach am Montag in Linz. Nach seiner Einschätzung werden "
        "die Preise steigen.",
        {"Jan Ortner": PER, "Linz": "LOC"},
        {("person/Jan Ortner", "Nach seiner Einschätzung werden die Preise steigen")},
    ),
]

CASES += [
    # "heißt es in einer Pressemitteilung der Stadt": the one city named
    (
        "Hochwasser in Villach. Man werde die Bäche prüfen, heißt es in einer "
        "Mitteilung der Stadt.",
        {"Villach": "LOC"},
        {("place/Villach", "Man werde die Bäche prüfen")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected
