"""Quote rules written against ``bench/quote_dev_sport.jsonl`` (Sport 60–119),
one invented sentence per case, no model: nominal speakers for a person named
before (kg/extract/speaker_nominals.py, kg/lang/de/speaker_chains.py,
kg/data/speaker_nouns.txt), a second reporting clause before a colon, a name in
a relative clause after the speaker's noun, a comparison after the reporting
clause, the antecedent past a prepositional object (kg/extract/coref.py) and
verbs of saying (kg/data/reporting_verbs.tsv)."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, PER, extract

CASES = [
    # a place's demonym for one person is the person named before
    (
        "Der Skispringer Lukas Berger landete auf Platz drei. Ich bin sehr "
        "zufrieden mit dem Ergebnis, meinte der Tiroler.",
        {"Lukas Berger": PER},
        {("person/Lukas Berger", "Ich bin sehr zufrieden mit dem Ergebnis")},
    ),
    (
        "Die Läuferin Anna Moser siegte in Kitzbühel. Das war mein bestes "
        "Rennen, sagte die Kärntnerin.",
        {"Anna Moser": PER, "Kitzbühel": LOC},
        {("person/Anna Moser", "Das war mein bestes Rennen")},
    ),
    (
        "Jan Brunner holte Gold. Wir haben lange darauf hingearbeitet, sagte "
        "der Wiener.",
        {"Jan Brunner": PER},
        {("person/Jan Brunner", "Wir haben lange darauf hingearbeitet")},
    ),
    # a rank as a noun
    (
        "Nils Berg wurde in Monza Zweiter. Unser Auto ist schnell genug, "
        "versicherte der WM-Zweite.",
        {"Nils Berg": PER},
        {("person/Nils Berg", "Unser Auto ist schnell genug")},
    ),
    # nouns for athletes
    (
        "Eva Lind startet morgen in Kiel. Wir sind bereit für das Rennen, "
        "sagte die Seglerin.",
        {"Eva Lind": PER},
        {("person/Eva Lind", "Wir sind bereit für das Rennen")},
    ),
    # a comparison after the reporting clause tells how it was said
    (
        "Wasser ist Wasser, sagt Paul Kern, so trocken, wie man nur kann.",
        {"Paul Kern": PER},
        {("person/Paul Kern", "Wasser ist Wasser")},
    ),
    # a name in a relative clause after the speaker's noun is not the speaker
    (
        "Das Tor schoss Jan Sommer. Ich freue mich sehr, sagte der Stürmer, dem "
        "ab sofort Paul Ernst zur Seite steht.",
        {"Jan Sommer": PER, "Paul Ernst": PER},
        {("person/Jan Sommer", "Ich freue mich sehr")},
    ),
    # ... but an apposition ending in the name is the speaker
    (
        "Die Stadt müsse jetzt handeln, sagt der Bürgermeister, der frühere "
        "Minister Jean Mollet.",
        {"Jean Mollet": PER},
        {("person/Jean Mollet", "Die Stadt müsse jetzt handeln")},
    ),
    # a second reporting clause before the colon: the words after it are its
    # subject's
    (
        "Der Spieler Tom Weiß traf doppelt, sagte Eva Roth, und Tim Lang "
        "ergänzte: Ein Sieg war verdient, aber knapp.",
        {"Tom Weiß": PER, "Eva Roth": PER, "Tim Lang": PER},
        {
            ("person/Eva Roth", "Der Spieler Tom Weiß traf doppelt"),
            ("person/Tim Lang", "Ein Sieg war verdient, aber knapp"),
        },
    ),
    # ... one reporting clause going on with "und" keeps its speaker
    (
        "Das Spiel war hart, sagte Eva Roth und ergänzte: Ein Sieg war verdient.",
        {"Eva Roth": PER},
        {("person/Eva Roth", "Ein Sieg war verdient")},
    ),
    # a prepositional object in a sentence whose subject refers back is not
    # the antecedent
    (
        "Markus Stein gewann 2012. Seinen Rücktritt gab er nicht bekannt. Mit "
        "zwei Titeln zog er mit seinem Bruder Eli Ford gleich. Ich will keine "
        "emotionale Entscheidung treffen, begründete er.",
        {"Markus Stein": PER, "Eli Ford": PER},
        {("person/Markus Stein", "Ich will keine emotionale Entscheidung treffen")},
    ),
    (
        "Roger Meier ist in Form. Seit Halle hat der siebenfache Champion gegen "
        "Philipp Kohl kein Break abgegeben. Ich habe einen guten Lauf, meinte "
        "der 33-Jährige.",
        {"Roger Meier": PER, "Philipp Kohl": PER},
        {("person/Roger Meier", "Ich habe einen guten Lauf")},
    ),
    # ... but it is where nothing else in the sentence refers back
    (
        "Das Tor fiel nach einem Pass von Jan Ott. Das war super, sagte der Stürmer.",
        {"Jan Ott": PER},
        {("person/Jan Ott", "Das war super")},
    ),
    # "…, so X" ending a sentence that opens with a verb of saying names the
    # speaker; the reported clause ends before it
    (
        "Der Musiker Jan Berger spielt morgen. Er hat sich geäußert, er hätte "
        "Lust, so Berger.",
        {"Jan Berger": PER, "Berger": PER},
        {("person/Jan Berger", "Er hat sich geäußert, er hätte Lust")},
    ),
    (
        "Der Musiker Jan Berger spielt morgen. Er sagte, die Halle sei zu klein, "
        "so Berger.",
        {"Jan Berger": PER, "Berger": PER},
        {("person/Jan Berger", "die Halle sei zu klein")},
    ),
    # "sich freuen" reports the words before it
    (
        "Ich bin total happy mit dem Sprung, freute sich Anna Moser.",
        {"Anna Moser": PER},
        {("person/Anna Moser", "Ich bin total happy mit dem Sprung")},
    ),
    # ... "sich freuen" before a clause is a feeling, no report
    (
        "Anna Moser freute sich, dass ihre ganze Familie im Stadion war.",
        {"Anna Moser": PER},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected


ACTS = [
    # "Finali bestreiten" takes part in a contest, it denies nothing
    (
        "Wir werden hoffentlich noch viele Finali bestreiten, sagte Tom Weiß.",
        {"Tom Weiß": PER},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), ACTS)
def test_interaction(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert {(i.type, i.source) for i in rec.interactions} == expected
