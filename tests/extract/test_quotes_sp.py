"""Quote rules written against ``bench/quote_dev_sp.jsonl`` (Panorama, Sport),
one invented sentence per row, no model: the speaker of each quote, or its label
when it has no entity (kg/extract/speakers.py, kg/lang/de/speech.py,
kg/data/reporting_verbs.tsv, kg/data/speaker_nouns.txt).

The Docs are tagged by hand and by the gazetteer component (which reads "der
Franzose" as France, as the real pipeline does)."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract

CASES = [
    # a noun for one of a country's people is the person named before
    (
        "Die Rennfahrerin Marie Dupont siegte in Monza. "
        "Der Sieg war hart erkämpft, sagte die Französin.",
        {"Marie Dupont": PER},
        {("person/Marie Dupont", "Der Sieg war hart erkämpft")},
    ),
    (
        "Lars Holm traf zweimal. Wir waren heute einfach besser, sagte der Däne.",
        {"Lars Holm": PER},
        {("person/Lars Holm", "Wir waren heute einfach besser")},
    ),
    # ... the state itself by its name stays the state
    (
        "Die Gespräche seien gescheitert, erklärte der Iran am Montag.",
        {"Iran": LOC},
        {("place/Iran", "Die Gespräche seien gescheitert")},
    ),
    # a speaker noun for players and coaches, also in a compound
    (
        "Tomás Ruiz wechselt nach Madrid. Ich freue mich auf die neue Liga, "
        "betonte Spaniens Teamstürmer.",
        {"Tomás Ruiz": PER},
        {("person/Tomás Ruiz", "Ich freue mich auf die neue Liga")},
    ),
    (
        "Anna Berger leitet das Projekt. Die Gletscher schmelzen schneller als "
        "erwartet, sagt die Wissenschafterin.",
        {"Anna Berger": PER},
        {("person/Anna Berger", "Die Gletscher schmelzen schneller als erwartet")},
    ),
    # verbs of saying from kg/data/reporting_verbs.tsv
    (
        "Wenn ich nicht trainiere, werde ich nervös, stellte Petra Kurz fest.",
        {"Petra Kurz": PER},
        {("person/Petra Kurz", "Wenn ich nicht trainiere, werde ich nervös")},
    ),
    (
        "Es war ein schwieriges Rennen in der Hitze, postete Jonas Weber auf Facebook.",
        {"Jonas Weber": PER, "Facebook": ORG},
        {("person/Jonas Weber", "Es war ein schwieriges Rennen in der Hitze")},
    ),
    (
        "Der Hof sei seit dem Frühjahr verkauft, erzählt der Landwirt Karl Moser.",
        {"Karl Moser": PER},
        {("person/Karl Moser", "Der Hof sei seit dem Frühjahr verkauft")},
    ),
    # who speaks to an outlet is the speaker, the outlet the medium
    (
        "Maria Lind gewann das Finale. Schon im Mai hatte sie gegenüber dem "
        "Kurier betont: Ich will diesen Titel unbedingt.",
        {"Maria Lind": PER, "Kurier": ORG},
        {("person/Maria Lind", "Ich will diesen Titel unbedingt")},
    ),
    (
        "Peter Gruber, Obmann des Vereins, bestätigte am Freitag gegenüber der "
        "APA einen Bericht: Der Umbau beginnt im Herbst und dauert zwei Jahre.",
        {"Peter Gruber": PER, "APA": ORG},
        {("person/Peter Gruber", "Der Umbau beginnt im Herbst und dauert zwei Jahre")},
    ),
    # ... but not a name inside the quote before the verb
    (
        "Für Huber stimme die ganze Fraktion, berichtete die Zeitung Kurier.",
        {"Huber": PER, "Kurier": ORG},
        {("org/Kurier", "Für Huber stimme die ganze Fraktion")},
    ),
    # "Titel, Name, sagte Reuters, …": the clause after the verb is reported,
    # the phrase before it is its subject
    (
        "Der Leiter des Hafenamts, Jan Peters, sagte Reuters, der Hafen sei "
        "seit Montag gesperrt.",
        {"Peters": PER, "Reuters": ORG},  # the model missed the first name
        {("person/Peters", "der Hafen sei seit Montag gesperrt")},
    ),
    # a country's adjective before an outlet is no speaker, nor the
    # organisation a person is "von"
    (
        "Lena Roth von der Organisation Ärzte ohne Grenzen sagte dem kanadischen "
        "Fernsehsender CBC, die Lage sei dramatisch.",
        {"Lena Roth": PER, "CBC": ORG, "Ärzte ohne Grenzen": ORG},
        {("person/Lena Roth", "die Lage sei dramatisch")},
    ),
    # "laut" / "nach Aussagen" with a body the model did not tag: its label
    (
        "Laut Bergwacht Ramsau ist der Steig seit Tagen vereist.",
        {},
        {
            (
                "Bergwacht Ramsau",
                "Laut Bergwacht Ramsau ist der Steig seit Tagen vereist",
            )
        },
    ),
    (
        "Laut Bezirkskommando könne die Suche noch Tage dauern.",
        {},
        {("Bezirkskommando", "Laut Bezirkskommando könne die Suche noch Tage dauern")},
    ),
    (
        "Der Brand war nach Aussagen der Staatsanwaltschaft wohl gelegt worden.",
        {},
        {
            (
                "Staatsanwaltschaft",
                "Der Brand war nach Aussagen der Staatsanwaltschaft wohl gelegt worden",
            )
        },
    ),
    # ... but a body followed by other words is no "Bergwacht Mitte"
    (
        "Der Wanderer – laut Bergwacht Mitte 40 – wurde unverletzt geborgen.",
        {},
        set(),
    ),
    (
        "Der Papst habe die Kommission empfangen, vermeldete Kathpress.",
        {"Kathpress": ORG},
        {("org/Kathpress", "Der Papst habe die Kommission empfangen")},
    ),
    # a spokesperson compound in the genitive speaks for the body it names
    (
        "Das Bundesheer schickt Soldaten. Der Einsatz beginne am Montag, "
        "erklärte ein Heeressprecher.",
        {"Bundesheer": ORG},
        {("org/Bundesheer", "Der Einsatz beginne am Montag")},
    ),
    # an unnamed member of a body speaks for the body
    (
        "Der Keller sei völlig überflutet, berichtete ein Feuerwehrmann.",
        {},
        {("Feuerwehr", "Der Keller sei völlig überflutet")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected


ACTS = [
    # subjects listed before the verb each act; none is the target
    (
        "Diakonie, Volkshilfe und Samariterbund forderten mehr Geld für Pflege.",
        {"Diakonie": ORG, "Volkshilfe": ORG, "Samariterbund": ORG},
        {
            ("DEMAND", "org/Diakonie"),
            ("DEMAND", "org/Volkshilfe"),
            ("DEMAND", "org/Samariterbund"),
        },
    ),
    # a participle with "sein" is a state, nobody acts ("sollte gewarnt sein")
    ("Der Titelverteidiger Rapid sollte gewarnt sein.", {"Rapid": ORG}, set()),
    (
        "Jetzt sind alle Vereine gefordert, sagte Eva Huber.",
        {"Eva Huber": PER},
        set(),
    ),
    # ... the perfect with "haben" is an act
    (
        "Die Gewerkschaft Verdi hat eine Untersuchung gefordert.",
        {"Gewerkschaft Verdi": ORG},
        {("DEMAND", "org/Gewerkschaft Verdi")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), ACTS)
def test_interaction(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    assert {(i.type, i.source) for i in rec.interactions} == expected
    assert not any(i.target in {s for _, s in expected} for i in rec.interactions)
