"""Where a reported clause ends (issue 17, span2): the narrator's words after a
colon or a single dash are cut off, a report of two "so X" clauses is two
quotes (:mod:`kg.extract.quotes_cuts`); a Konjunktiv clause after the reporting
clause is a second quote (:mod:`kg.extract.quotes_resumed`); hand-built Docs,
sentences of their own."""

from __future__ import annotations

from tests.conftest import ORG, PER, said


def test_indicative_clause_after_colon_ends_the_report(records) -> None:
    rec = records(
        "Eine Kundin rief beim Techniker Karl Huber an. Huber sagte, ihr Drucker "
        "sei von der Marke X9: Da dämmert es dem Techniker, dass sie HP meint.",
        {"Karl Huber": PER, "Huber": PER},
    )
    texts = said(rec, "text")
    assert ("ihr Drucker sei von der Marke X9",) in texts
    assert not any("dämmert" in t for (t,) in texts)


def test_konjunktiv_after_colon_goes_on_with_the_report(records) -> None:
    rec = records(
        "Der Minister Karl Huber sagte, es gebe zwei Gründe: Die Kosten seien zu "
        "hoch und die Zeit zu knapp.",
        {"Karl Huber": PER},
    )
    assert any("Die Kosten seien zu hoch" in t for (t,) in said(rec, "text"))


def test_attributed_clause_keeps_its_colon(records) -> None:
    # "laut X" makes the whole sentence the report, colon and all
    rec = records(
        "Laut Europol fuhr der Mann mit dem Wagen auf den Platz: Er beschleunigte "
        "bis zur Kreuzung und bremste nicht.",
        {"Europol": ORG},
    )
    assert any("Er beschleunigte" in t for (t,) in said(rec, "text"))


def test_narrator_clause_after_a_dash_is_cut_off(records) -> None:
    rec = records(
        "Der Trainer Karl Huber sagte, es gelte Druck auf den Stürmer auszuüben "
        "– Druck, den der Stürmer nicht gewöhnt ist.",
        {"Karl Huber": PER},
    )
    assert ("es gelte Druck auf den Stürmer auszuüben",) in said(rec, "text")


def test_dash_before_a_conjunction_goes_on_with_the_report(records) -> None:
    rec = records(
        "Die Sprecherin Eva Lindner sagte, man wolle niemanden verdächtigen – und "
        "eine Debatte müsse zuerst im Parlament stattfinden.",
        {"Eva Lindner": PER},
    )
    assert any("Debatte" in t for (t,) in said(rec, "text"))


def test_dateline_dash_is_no_cut(records) -> None:
    rec = records(
        "Rio de Janeiro – Die Stadt wird laut Eva Lindner bis zum Sommer alle "
        "Stadien fertig gebaut haben.",
        {"Eva Lindner": PER, "Rio de Janeiro": "LOC"},
    )
    assert any("Stadien fertig gebaut" in t for (t,) in said(rec, "text"))


def test_two_so_clauses_make_two_quotes(records) -> None:
    rec = records(
        "Die Sammlung sei unersetzlich, so Franz Huber, doch die wirklich große "
        "Sammlung wäre wohl bei den Banken zu holen, so der Direktor mit einem "
        "Seitenhieb auf die Finanzbranche.",
        {"Franz Huber": PER},
    )
    texts = said(rec, "text")
    assert ("Die Sammlung sei unersetzlich",) in texts
    assert (
        "doch die wirklich große Sammlung wäre wohl bei den Banken zu holen",
    ) in texts


def test_konjunktiv_after_the_reporting_clause_is_a_second_quote(records) -> None:
    rec = records(
        "Früher sei die Pflege in Ordnung gewesen, wenn das Essen reichte, sagte "
        "die Volksanwältin Eva Lindner, heute aber gehe es auch um die Würde.",
        {"Eva Lindner": PER},
    )
    assert ("person/Eva Lindner", "heute aber gehe es auch um die Würde") in said(
        rec, "who", "text"
    )


def test_indicative_after_the_reporting_clause_is_the_narrator(records) -> None:
    rec = records(
        "Das sei nicht akzeptabel, sagte der Minister Karl Huber, und verließ "
        "danach den Saal.",
        {"Karl Huber": PER},
    )
    assert not any("verließ" in t for (t,) in said(rec, "text"))


def test_relative_clause_after_the_speaker_is_no_quote(records) -> None:
    rec = records(
        "Der Antrag sei eingebracht, sagte die Ärztin Eva Lindner, die das Projekt "
        "habe leiten sollen.",
        {"Eva Lindner": PER},
    )
    assert not any("leiten sollen" in t for (t,) in said(rec, "text"))


def test_first_person_after_colon_stays_in_the_quote(records) -> None:
    # a report turning into the speaker's own words is one quote
    rec = records(
        "Die Kanzlerin Eva Lindner sagte, man müsse miteinander reden können: Wir "
        "haben gesehen, wohin es führt, wenn nicht gesprochen wird.",
        {"Eva Lindner": PER},
    )
    assert any("Wir haben gesehen" in t for (t,) in said(rec, "text"))
