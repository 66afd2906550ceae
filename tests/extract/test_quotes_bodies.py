"""An unnamed body's label as speaker, resolved to the body the article names
(issue 17, 2026-12-06; kg/extract/quotes_bodies.py): "die Armee" after "die
türkische Armee", the army of the country a report is about, "das
Ministerium" after "das Innenministerium", "eine Parlamentssprecherin" for
the parliament named, "die Stadt X" for X, a body named in full before, "die
Sprecherin" named before with her body; no evidence, no body. Invented
texts, no model."""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract, said

CASES = [
    # the body named before with its country
    (
        "Die türkische Armee hat in der Nacht Stellungen beschossen. Es habe "
        "keine Verletzten gegeben, teilte die Armee mit.",
        {"türkische Armee": ORG},
        ("org/Armee (Türkei)", "Es habe keine Verletzten gegeben"),
    ),
    # the army of the country the report is about
    (
        "Bamako – In Mali haben Soldaten ein Lager geräumt. Malis Norden ist "
        "seit Jahren umkämpft. Der Einsatz habe zwei Tage gedauert, teilte die "
        "Armee mit. Mali bittet um Hilfe.",
        {},
        ("org/Armee (Mali)", "Der Einsatz habe zwei Tage gedauert"),
    ),
    # "das Ministerium": the one ministry the article names
    (
        "Das Innenministerium hat eine Werbekampagne für die Polizei gestartet. "
        "Die Kampagne sei ein Erfolg, teilte das Ministerium mit.",
        {"Innenministerium": ORG},
        ("Innenministerium", "Die Kampagne sei ein Erfolg"),
    ),
    # a parliament's spokesperson speaks for the parliament named
    (
        "Das Computernetz des Bundestags war eine Woche gestört. Das System "
        "laufe wieder, sagte eine Parlamentssprecherin.",
        {"Bundestags": ORG},
        ("org/Bundestag", "Das System laufe wieder"),
    ),
    # "die Stadt X": the town X
    (
        "Das Hochwasser hat Lindenau schwer getroffen. Die Stadt Lindenau "
        "teilte mit, dass die Brücke gesperrt bleibe.",
        {"Lindenau": LOC},
        ("place/Lindenau", "dass die Brücke gesperrt bleibe"),
    ),
    # a body the article named in full before
    (
        "Die Anrainerinitiative Birkenstraße sammelt Unterschriften gegen den "
        "Bau. Die Pläne seien überzogen, erklärte die Anrainerinitiative.",
        {},
        ("Anrainerinitiative Birkenstraße", "Die Pläne seien überzogen"),
    ),
    # "die Polizei in X", "ein Polizeivertreter in X": the police of X
    (
        "Ein Mann hat in Ostdorf zwei Menschen verletzt. Die Polizei in Ostdorf "
        "teilte mit, der Täter sei gefasst.",
        {"Ostdorf": LOC},
        ("org/Polizei (Ostdorf)", "der Täter sei gefasst"),
    ),
    (
        "Ein Mann hat in Ostdorf zwei Menschen verletzt. Der Täter sei "
        "geflohen, sagte ein Polizeivertreter in Ostdorf.",
        {"Ostdorf": LOC},
        ("org/Polizei (Ostdorf)", "Der Täter sei geflohen"),
    ),
    # "laut Ministeriumsangaben": the ministry by its word
    (
        "Das Innenministerium wirbt um Polizisten. Die Werbung wirke, denn laut "
        "Ministeriumsangaben gab es 2.000 Bewerbungen.",
        {"Innenministerium": ORG},
        ("Innenministerium", "Die Werbung wirke"),
    ),
    # a body an earlier quote named in full
    (
        "Laut Bergwacht Kleinau sind zwei Wanderer abgestürzt. Die Frau sei "
        "laut Bergwacht schwer verletzt.",
        {},
        ("Bergwacht Kleinau", "Die Frau sei laut Bergwacht schwer verletzt"),
    ),
    # a spokesperson of an association no entity names: the association
    (
        "Eine Gruppe ist in der Wüste verunglückt. Ein Sprecher einer "
        "Interessensgemeinschaft von Reiseleitern sagte, die Gruppe sei "
        "begleitet worden.",
        {},
        ("Interessensgemeinschaft von Reiseleitern", "die Gruppe sei begleitet"),
    ),
    # "die Sprecherin": the one named before with her body
    (
        "Laut einer Sprecherin der Landesdirektion Nord war der Zug voll. Dem "
        "Radio sagte die Sprecherin, niemand sei verletzt worden. Laut der "
        "Sprecherin stiegen danach zehn Reisende aus.",
        {"Landesdirektion Nord": ORG},
        ("org/Landesdirektion Nord", "stiegen danach zehn Reisende aus"),
    ),
]


@pytest.mark.parametrize("text, ents, expected", CASES)
def test_body_label_resolved(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    who, words = expected
    found = {(w, t) for w, t in said(rec, "who", "text") if words in t}
    assert found, said(rec, "who", "text")
    assert {w for w, _ in found} == {who} or any(
        (w or "").endswith(who) for w, _ in found
    ), found


def test_minted_army_is_named_by_its_adjective(gazetteer_nlp) -> None:
    rec = extract(gazetteer_nlp, CASES[1][0], {})
    army = next(e for e in rec.entities if e.key == "org/Armee (Mali)")
    assert "malische Armee" in army.aliases


def test_town_police_is_named_with_its_town(gazetteer_nlp) -> None:
    text, ents, _ = CASES[7]
    rec = extract(gazetteer_nlp, text, ents)
    police = next(e for e in rec.entities if e.key == "org/Polizei (Ostdorf)")
    assert police.aliases == ("Polizei Ostdorf",)


NO_BODY = [
    # an unnamed spokesperson with no body named stays unnamed
    (
        "Der Radfahrer Jonas Weber ist verunglückt. Ein Sprecher sagte, die Lage "
        "sei ruhig.",
        {"Jonas Weber": PER},
        "die Lage sei ruhig",
    ),
    # the police of a report on a country is no national body of its own
    (
        "Wien – In Österreich wurde gewählt. Österreichs Kanzler trat zurück. "
        "Österreich wartet. Die Lage sei ruhig, teilte die Polizei mit.",
        {},
        "Die Lage sei ruhig",
    ),
    # the army of no one country
    (
        "Die Lage an der Grenze ist angespannt. Die Stellungen seien geräumt "
        "worden, teilte die Armee mit.",
        {},
        "Die Stellungen seien geräumt worden",
    ),
]


@pytest.mark.parametrize("text, ents, words", NO_BODY)
def test_no_body_without_evidence(gazetteer_nlp, text, ents, words) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    speakers = {q.speaker for q in rec.quotes if words in q.text}
    assert speakers == {None}, speakers


def test_definite_spokesperson_with_no_body_before(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Eine Sprecherin sagte, der Zug sei voll. Laut der Sprecherin stiegen "
        "danach zehn Reisende aus. Die Firma Kronwerk baut Züge.",
        {"Kronwerk": ORG},
    )
    assert {q.speaker for q in rec.quotes} <= {None}


def test_data_of_a_named_body(gazetteer_nlp) -> None:
    """ "Nach Zahlen des Branchenverbands X": X's report; data with no body
    named ("nach Zahlen vom Montag", "nach Verkaufszahlen") are no quote
    (kg/extract/sources.py, DATA_ATTRIBUTION_NOUNS)."""
    ents = {"Kronwerk": ORG, "Eva Roth": PER, "Autoland": ORG}
    start = "Der Autobauer Kronwerk baut Stellen ab, sagte Eva Roth. "
    rec = extract(
        gazetteer_nlp,
        start + "Nach Zahlen des Branchenverbands Autoland liefen im Vorjahr "
        "1,6 Millionen Fahrzeuge vom Band.",
        ents,
    )
    assert ("org/Autoland", "Nach Zahlen des Branchenverbands Autoland") in {
        (w, t[:41]) for w, t in said(rec, "who", "text")
    }
    for data in ("Nach Zahlen vom Montag", "Nach Verkaufszahlen"):
        rec = extract(
            gazetteer_nlp, start + data + " liefen 1,6 Millionen Autos vom Band.", ents
        )
        assert len(rec.quotes) == 1


def test_report_after_a_spokespersons_narration(gazetteer_nlp) -> None:
    """A report opening its sentence right after narration that opens with a
    body's spokesperson is the body's, not the person quoted before."""
    rec = extract(
        gazetteer_nlp,
        "Der Verband Autoland hat Klage gegen Kronwerk eingereicht. Das Gericht "
        "solle klären, ob Kronwerk gegen das Gesetz verstößt, sagte "
        "Verbandspräsident Max Huber. Eine Sprecherin des Landgerichts Nordstadt "
        "konnte den Eingang der Klage nicht bestätigen. Erfahrungsgemäß dauere "
        "es einige Zeit, bis die Klage erfasst sei.",
        {
            "Autoland": ORG,
            "Kronwerk": ORG,
            "Max Huber": PER,
            "Landgerichts Nordstadt": ORG,
        },
    )
    who = {q.speaker for q in rec.quotes if q.text.startswith("Erfahrungsgemäß")}
    assert len(who) == 1 and (who.pop() or "").startswith("org/Landgericht"), who


# a town's or Land's body the article names by the place's adjective (2026-12-07)
DEMONYM_BODIES = [
    (
        "Die Grazer Polizei hat am Montag einen Radfahrer angehalten. Er sei viel "
        "zu schnell gewesen, teilte die Polizei mit.",
        "org/Polizei (Graz)",
        "Er sei viel zu schnell gewesen",
    ),
    (
        "Die steirische Feuerwehr musste am Abend ausrücken. Laut Feuerwehr "
        "brannte ein Stadel vollständig ab.",
        "org/Feuerwehr (Steiermark)",
        "brannte ein Stadel",
    ),
    (
        "Die Tiroler Polizei sucht einen Zeugen. Der Mann habe den Unfall "
        "gesehen, hieß es von der Polizei.",
        "org/Polizei (Tirol)",
        "Der Mann habe den Unfall gesehen",
    ),
]


@pytest.mark.parametrize("text, who, words", DEMONYM_BODIES)
def test_body_of_a_place_adjective(gazetteer_nlp, text, who, words) -> None:
    rec = extract(gazetteer_nlp, text, {})
    speakers = {q.speaker for q in rec.quotes if words in q.text}
    assert speakers == {who}, said(rec, "who", "text")
    police = next(e for e in rec.entities if e.key == who)
    assert police.aliases == (who[4:].replace(" (", " ").rstrip(")"),)


def test_bodies_of_two_place_adjectives_stay_a_label(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Grazer Polizei und die Linzer Polizei fahnden gemeinsam. Der Täter "
        "sei bewaffnet, teilte die Polizei mit.",
        {},
    )
    assert {q.speaker for q in rec.quotes if "bewaffnet" in q.text} == {None}


def test_body_of_a_place_adjective_the_model_tagged(gazetteer_nlp) -> None:
    """ "die Grazer Polizei" tagged as an organisation: that organisation
    speaks, no second "Polizei (Graz)" is minted."""
    rec = extract(
        gazetteer_nlp,
        "Die Grazer Polizei hat am Montag einen Radfahrer angehalten. Er sei viel "
        "zu schnell gewesen, hieß es dazu von der Polizei.",
        {"Grazer Polizei": ORG},
    )
    keys = {e.key for e in rec.entities}
    speakers = {q.speaker for q in rec.quotes}
    assert len(speakers) == 1 and speakers <= keys, said(rec, "who", "text")
    assert "org/Polizei (Graz)" not in keys | speakers


def test_body_by_a_place_adjective_is_also_named_by_the_place(gazetteer_nlp) -> None:
    """The model's "Grazer Polizei" is also "Polizei Graz", as a minted
    "Polizei (Graz)" is."""
    from kg.extract.quotes_bodies import _with_town_alias
    from kg.extract.records import Entity, Kind

    police = _with_town_alias(Entity(kind=Kind.ORG, name="Grazer Polizei"))
    assert police.aliases == ("Polizei Graz",)
    other = _with_town_alias(Entity(kind=Kind.ORG, name="Grüne Polizei"))
    assert other.aliases == ()
