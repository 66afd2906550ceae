"""Quotes kg took wrongly on unseen feed news (issue 17, the SmartData probe
``bench/quote_probe_smartdata.tsv``), on hand-built Docs with sentences of
their own: a headline on a line of its own is no quote, "den Angaben zufolge"
goes on with the source just quoted, and "konstatieren" is a verb of saying."""

from __future__ import annotations

from kg.extract.quotes_headlines import in_headline
from kg.lang.de.speech import reporting_verb_readings
from tests.conftest import ORG, PER, said


def test_colon_headline_on_its_own_line_is_no_quote(records) -> None:
    rec = records(
        "Landrat Otto Berger: Die Kreisstraße wird saniert\n"
        "Die Arbeiten beginnen im Mai, sagte Berger am Montag.",
        {"Otto Berger": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Otto Berger", "Die Arbeiten beginnen im Mai"),
    }


def test_marked_headline_on_its_own_line_is_no_quote(records) -> None:
    rec = records(
        "Feuerwehr im Kreis Lahnau: „Zu wenige Helfer am Wochenende“\n"
        "Erstellt am Montag\n"
        "Die Wehr sucht neue Mitglieder. „Wir brauchen dringend Verstärkung“, sagte "
        "der Kommandant Max Roth.",
        {"Max Roth": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Max Roth", "Wir brauchen dringend Verstärkung"),
    }


def test_statement_ending_its_line_with_a_full_stop_stays(records) -> None:
    rec = records(
        "Stadtrat tagt\nDer Bürgermeister Jan Kolb: Wir bauen eine neue Schule.\n"
        "Die Sitzung dauerte drei Stunden.",
        {"Jan Kolb": PER},
    )
    # the quote ends with its sentence: "Die Sitzung dauerte …" is the
    # narrator's simple past (span5), no more of Kolb's words
    assert [(q.speaker, q.text) for q in rec.quotes] == [
        ("person/Jan Kolb", "Wir bauen eine neue Schule"),
    ]


def test_what_is_no_headline() -> None:
    # a paragraph cut off at its line's end, a reported clause cut off, the
    # text's last line, a marked quote wrapped by hand
    cut = "Der Chef sagte, alles sei gut. Es komme nicht\nImpressum\n"
    assert not in_headline(cut, cut.index("Es komme"), cut.index("\n"))
    clause = "Die Firma meldete, dass sie verkauft werde\nMehr dazu\n"
    assert not in_headline(clause, clause.index("dass"), clause.index("\n"))
    last = "Titel\nLaut Angaben des Be"
    assert not in_headline(last, last.index("Laut"), len(last))
    wrapped = "«Eine neue\nSteuer kommt nicht», sagte er.\n"
    assert not in_headline(wrapped, 1, wrapped.index("»") if "»" in wrapped else 30)
    head = "Kreis Xdorf: „Nur drei Ärzte im Dienst“\nDer Text.\n"
    assert in_headline(head, head.index("Nur"), head.index("“"))


def test_den_angaben_zufolge_goes_on_with_the_source_just_quoted(records) -> None:
    rec = records(
        "Ein Tanker ist vor der Küste auf Grund gelaufen, wie die Reederei Nordlicht "
        "mitteilte. Die Besatzung blieb an Bord. Zum Zeitpunkt des Unglücks war "
        "der Hafen den Angaben zufolge wegen Nebels gesperrt.",
        {"Nordlicht": ORG},
    )
    assert (
        "org/Nordlicht",
        "Zum Zeitpunkt des Unglücks war der Hafen den Angaben "
        "zufolge wegen Nebels gesperrt",
    ) in said(rec, "who", "text")


def test_nach_diesen_informationen_goes_on_with_the_source(records) -> None:
    rec = records(
        "Die Werft will hundert Stellen streichen, berichtete die Zeitung "
        "Küstenbote. Noch ist die Entscheidung nach diesen Informationen aber "
        "nicht gefallen.",
        {"Küstenbote": ORG},
    )
    who = {q.text: q.speaker for q in rec.quotes}
    assert (
        who.get(
            "Noch ist die Entscheidung nach diesen Informationen aber nicht gefallen"
        )
        == "org/Küstenbote"
    )


def test_nach_den_angaben_of_a_named_body_is_that_bodys(records) -> None:
    rec = records(
        "Die Werft will hundert Stellen streichen, berichtete die Zeitung "
        "Küstenbote. Noch ist die Entscheidung nach den Angaben der Gewerkschaft "
        "Metall aber nicht gefallen.",
        {"Küstenbote": ORG, "Gewerkschaft Metall": ORG},
    )
    who = {q.text: q.speaker for q in rec.quotes}
    assert (
        who.get(
            "Noch ist die Entscheidung nach den Angaben der Gewerkschaft Metall aber "
            "nicht gefallen"
        )
        != "org/Küstenbote"
    )


def test_konstatieren_is_a_verb_of_saying(records) -> None:
    assert "konstatieren" in {
        v.infinitive for v in reporting_verb_readings()["konstatierte"]
    }
    rec = records(
        "Die Trainerin Eva Lenz war enttäuscht. Es habe am Ende nicht gereicht, "
        "konstatierte Lenz.",
        {"Eva Lenz": PER},
    )
    assert said(rec, "who", "text") == {
        ("person/Eva Lenz", "Es habe am Ende nicht gereicht"),
    }
