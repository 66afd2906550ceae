"""Speaker rules of the second `spk` round (issue 17), one invented sentence
per case, no model:

- "er", "sie" of a reporting clause whose sentence opens with an organisation
  as the subject ("Die Gewerkschaft X hat …, wie sie mitteilte") or with an
  unnamed body ("Die Polizei hat …, wie sie mitteilte"): the organisation or
  the body, not a person named sentences before
  (kg/extract/speaker_pronouns.py, from kg/extract/speakers.speaker_of);
- the same for a pronoun whose sentence opens otherwise, when the sentence
  before opens with the organisation and neither names a person ("Die
  Gewerkschaft X weitet den Streik aus. Sie rufe …, teilte sie mit.");
- "er", "sie" that refer to no person: the organisation quoted in that
  sentence or the one before ("Das bestätigte eine X-Sprecherin nicht. Sie
  kündigte an, …"; kg/extract/speaker_pronouns.organisation_just_quoted);
- a bare body coordinated with another ("wie Polizei und Rettung mitteilten"):
  the first (kg/extract/speaker_labels.label_of);
- the Konjunktiv sentence after a spokesperson's quote speaks for the body
  the quote was given ("Ein Sprecher einer Initiative von X sagte, …. Auf der
  Kreuzung gebe es …"; kg/extract/quotes_bodies.body_labels);
- "hieß es in der Aussendung" with no author named: the organisation that
  opens a sentence of the paragraph before, not the person quoted before
  (kg/extract/quotes_press.py, kg/lang/de/speaker_chains.PRESS_RELEASE_ENDINGS);
- "so der Mann", "sagt die Frau": the person named before, of that gender;
  not when the article calls an unnamed one "ein Mann"
  (kg/extract/speaker_nominals.plain_person_pronoun,
  kg/lang/de/speaker_chains.PLAIN_PERSON_NOUNS);
- "laut Angaben der X", "laut den Informationen des X": as "nach Angaben der
  X", the owner of the report (kg/extract/sources.source_at);
- "machte deutlich, …" as "machte klar, …": a verb of saying
  (kg/data/reporting_verbs.tsv);
- nouns of age and stage of life as "der Mann" ("erzählt der Bub", "sagt das
  Mädchen", "klagt die Pensionistin"; kg/lang/de/speaker_chains.PLAIN_PERSON_NOUNS);
- researchers named as "<Person>s Team" or "das Team von <Person>" before:
  the leader, as after "Forscher um <Person>" (kg/extract/sources.group_leader).
"""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract

CASES = [
    # the organisation that opens the sentence of "wie er/sie mitteilte"
    (
        "Der Konzern Windstrom hat seinen Gewinn deutlich gesteigert, wie er am "
        "Donnerstag mitteilte.",
        {"Windstrom": ORG},
        {
            (
                "org/Windstrom",
                "Der Konzern Windstrom hat seinen Gewinn deutlich gesteigert",
            )
        },
    ),
    (
        "Anna Berger reiste am Montag nach Rom. Die Gewerkschaft Flugwacht hat zu "
        "Streiks aufgerufen, wie sie am Sonntag mitteilte.",
        {"Anna Berger": PER, "Flugwacht": ORG},
        {("org/Flugwacht", "Die Gewerkschaft Flugwacht hat zu Streiks aufgerufen")},
    ),
    (
        "Lena Vogt reiste am Montag nach Rom. Die Polizei hat in Linz drei Männer "
        "festgenommen, wie sie am Montag mitteilte.",
        {"Lena Vogt": PER},
        {("Polizei", "Die Polizei hat in Linz drei Männer festgenommen")},
    ),
    # ... or the sentence before, when neither names a person
    (
        "Die Gewerkschaft Flugwacht weitet ihren Streik aus. Sie rufe alle "
        "Mitglieder zu Streiks auf, teilte sie am Sonntag mit.",
        {"Flugwacht": ORG},
        {("org/Flugwacht", "Sie rufe alle Mitglieder zu Streiks auf")},
    ),
    # "sie" with no person to refer to: the organisation quoted just before
    (
        "Die Gewerkschaft Flugwacht macht die Fluglinie Aerobalt für den Streik "
        "verantwortlich. Das bestätigte eine Aerobalt-Sprecherin nicht. Sie "
        "kündigte zugleich an, am Abend werde ein Sonderflugplan erarbeitet.",
        {"Flugwacht": ORG, "Aerobalt": ORG},
        {
            (
                "org/Aerobalt",
                "Die Gewerkschaft Flugwacht macht die Fluglinie Aerobalt für den "
                "Streik verantwortlich",
            ),
            ("org/Aerobalt", "am Abend werde ein Sonderflugplan erarbeitet"),
        },
    ),
    # a bare body coordinated with another: the first named
    (
        "In der Stadt ist ein Mann verletzt worden. Der Angreifer sei "
        "festgenommen worden, wie Polizei und Rettung mitteilten.",
        {},
        {("Polizei", "Der Angreifer sei festgenommen worden")},
    ),
    # the sentence that goes on a spokesperson's quote: the body given to it
    (
        "Ein Sprecher einer Bürgerinitiative von Anrainern sagte, die Straße sei "
        "zu laut. Auf der Kreuzung gebe es keine Ampel.",
        {},
        {
            ("Bürgerinitiative von Anrainern", "die Straße sei zu laut"),
            ("Bürgerinitiative von Anrainern", "Auf der Kreuzung gebe es keine Ampel"),
        },
    ),
    # a press release with no author: the organisation the paragraph is about
    (
        "Der Tierschutzbund Pfotenhilfe rief alle Gemeinden zur Zählung der Störche "
        "auf. Ohne Zählung gebe es keine Förderung, betonte Vogelexperte Martin "
        "Krüger. Die Störche seien stark gefährdet, hieß es in der Aussendung.",
        {"Tierschutzbund Pfotenhilfe": ORG, "Martin Krüger": PER},
        {
            ("person/Martin Krüger", "Ohne Zählung gebe es keine Förderung"),
            ("org/Tierschutzbund Pfotenhilfe", "Die Störche seien stark gefährdet"),
        },
    ),
    (
        "Die Mieterhilfe Steiermark hat die Mieten in Graz untersucht. Die Mieten "
        "seien um ein Viertel gestiegen, heißt es in der Mitteilung.",
        {"Mieterhilfe Steiermark": ORG},
        {("org/Mieterhilfe Steiermark", "Die Mieten seien um ein Viertel gestiegen")},
    ),
    # "so der Mann", "sagt die Frau": the person named before
    (
        "Karl Huber lebt seit zwanzig Jahren in dem Dorf. Die Gemeinde habe ihn nie "
        "unterstützt, so der Mann.",
        {"Karl Huber": PER},
        {("person/Karl Huber", "Die Gemeinde habe ihn nie unterstützt")},
    ),
    (
        "Eva Gruber betreibt seit drei Jahren ein Café am Hauptplatz. Das Geschäft "
        "laufe gut, sagt die Frau.",
        {"Eva Gruber": PER},
        {("person/Eva Gruber", "Das Geschäft laufe gut")},
    ),
    # "laut Angaben der X" as "nach Angaben der X": its owner (an unnamed body)
    (
        "Laut den Angaben der Feuerwehr brannte die Scheune vollständig nieder.",
        {},
        {
            (
                "Feuerwehr",
                "Laut den Angaben der Feuerwehr brannte die Scheune vollständig nieder",
            )
        },
    ),
    # "machte deutlich" as "machte klar": a verb of saying
    (
        "Landesrätin Vera Lindner machte am Dienstag deutlich, sie werde das "
        "Budget nicht mittragen.",
        {"Vera Lindner": PER},
        {("person/Vera Lindner", "sie werde das Budget nicht mittragen")},
    ),
    # nouns of age and stage of life as "der Mann": the person named before
    (
        "Jonas Brandl ist zwölf Jahre alt und lebt in Steyr. Die Schule sei hart "
        "gewesen, erzählt der Bub.",
        {"Jonas Brandl": PER},
        {("person/Jonas Brandl", "Die Schule sei hart gewesen")},
    ),
    (
        "Lea Wimmer ist elf Jahre alt. Der Weg zur Schule sei zu weit, sagt das "
        "Mädchen.",
        {"Lea Wimmer": PER},
        {("person/Lea Wimmer", "Der Weg zur Schule sei zu weit")},
    ),
    (
        "Hermine Gruber wohnt seit vierzig Jahren in der Siedlung. Die Heizkosten "
        "seien kaum noch zu bezahlen, klagt die Pensionistin.",
        {"Hermine Gruber": PER},
        {("person/Hermine Gruber", "Die Heizkosten seien kaum noch zu bezahlen")},
    ),
    # "<Person>s Team", "das Team von <Person>": the researchers are the leader
    (
        "Die Studie leitete Sabine Lechner. Lechners Team hat Daten aus vierzig "
        "Jahren ausgewertet. Den Forschern zufolge wird der Gletscher bald "
        "verschwinden.",
        {"Sabine Lechner": PER},
        {
            (
                "person/Sabine Lechner",
                "Den Forschern zufolge wird der Gletscher bald verschwinden",
            )
        },
    ),
    (
        "Das Team von Sabine Lechner hat Daten aus vierzig Jahren ausgewertet. Den "
        "Forschern zufolge wird der Gletscher bald verschwinden.",
        {"Sabine Lechner": PER},
        {
            (
                "person/Sabine Lechner",
                "Den Forschern zufolge wird der Gletscher bald verschwinden",
            )
        },
    ),
]

# what stays as it was
KEPT = [
    # "laut Angaben" of a named organisation: it, as before
    (
        "Laut Angaben der Stadtwerke Kranichfeld wird das Wasser ab Montag teurer.",
        {"Stadtwerke Kranichfeld": ORG},
        {
            (
                "org/Stadtwerke Kranichfeld",
                "Laut Angaben der Stadtwerke Kranichfeld wird das Wasser ab Montag "
                "teurer",
            )
        },
    ),
    # a party's politician opens the sentence: the person, not the party
    (
        "Die Linksblock-Abgeordnete Maria Berger hat den Antrag unterschrieben, "
        "wie sie am Montag sagte.",
        {"Linksblock": ORG, "Maria Berger": PER},
        {
            (
                "person/Maria Berger",
                "Die Linksblock-Abgeordnete Maria Berger hat den Antrag unterschrieben",
            )
        },
    ),
    # a Konjunktiv clause opening with an organisation reports someone else
    (
        "Maria Berger ist Abgeordnete. Die Gewerkschaft Flugwacht müsse mehr tun, "
        "sagte sie am Montag.",
        {"Flugwacht": ORG, "Maria Berger": PER},
        {("person/Maria Berger", "Die Gewerkschaft Flugwacht müsse mehr tun")},
    ),
    # a post of the organisation opens the sentence: the holder named before
    (
        "Karl Huber führt die Gewerkschaft seit Jahren. Der Chef der Gewerkschaft "
        "Flugwacht hat den Streik verteidigt, wie er am Montag sagte.",
        {"Flugwacht": ORG, "Karl Huber": PER},
        {
            (
                "person/Karl Huber",
                "Der Chef der Gewerkschaft Flugwacht hat den Streik verteidigt",
            )
        },
    ),
    # the sentence before names a person: the person
    (
        "Die Gewerkschaft Flugwacht kritisierte Anna Berger scharf. Sie sagte, der "
        "Streik sei nötig.",
        {"Flugwacht": ORG, "Anna Berger": PER},
        {("person/Anna Berger", "der Streik sei nötig")},
    ),
    # a person opens the sentence: the person
    (
        "Maria Berger hat den Vertrag unterschrieben, wie sie am Montag sagte.",
        {"Maria Berger": PER},
        {("person/Maria Berger", "Maria Berger hat den Vertrag unterschrieben")},
    ),
    # a release whose author is named: the author
    (
        "Die Volkshilfe Wien fordert mehr Geld für die Pflege. Die Lage sei ernst, "
        "hieß es in einer Aussendung von Minister Rudolf Anschober.",
        {"Volkshilfe Wien": ORG, "Rudolf Anschober": PER},
        {("person/Rudolf Anschober", "Die Lage sei ernst")},
    ),
    # colleagues of a person are not the person
    (
        "Die Kollegen von Sabine Lechner haben Daten aus vierzig Jahren "
        "ausgewertet. Den Forschern zufolge wird der Gletscher bald verschwinden.",
        {"Sabine Lechner": PER},
        {(None, "Den Forschern zufolge wird der Gletscher bald verschwinden")},
    ),
    # an unnamed boy is no one named before
    (
        "Karl Huber leitet die Schule. Ein Bub hatte den Brand gemeldet. Der Rauch "
        "sei überall gewesen, sagte der Bub.",
        {"Karl Huber": PER},
        {(None, "Der Rauch sei überall gewesen")},
    ),
    # an unnamed man is no one named before
    (
        "Karl Huber leitet die Feuerwehr. Ein Mann hatte den Brand gemeldet. Der "
        "Rauch sei von weitem zu sehen gewesen, sagte der Mann.",
        {"Karl Huber": PER},
        {(None, "Der Rauch sei von weitem zu sehen gewesen")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES + KEPT)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected
