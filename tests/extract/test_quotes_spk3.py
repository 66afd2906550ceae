"""Quote spans and speakers on unseen news (2026-12-07, `bench/quote_dev_fresh2.jsonl`):
a fronted "wie X mitteilte" after a conjunction, "Das berichtet zumindest X, das …"
for the sentence before, a report in a relative clause "von denen es hieß", and a
first-person clause after ", sagt X," as a quote of its own. Invented texts, no
model."""

from __future__ import annotations

from tests.conftest import ORG, PER, extract, said


def test_fronted_wie_clause_after_a_conjunction(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Das Spiel verkauft sich gut. Denn wie Entwickler Lars Brink auf Twitter "
        "verkündete, stiegen die Verkäufe um ein Drittel.",
        {"Lars Brink": PER, "Twitter": ORG},
    )
    found = {(w, t) for w, t in said(rec, "who", "text") if "Verkäufe" in t}
    assert found == {("person/Lars Brink", "stiegen die Verkäufe um ein Drittel")}


def test_source_sentence_with_an_adverb_and_a_relative_clause(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Regeln entstanden eher beiläufig. Das berichtet zumindest Netzblick, "
        "das monatelang dazu recherchiert hat.",
        {},
    )
    found = {(w, t) for w, t in said(rec, "who", "text")}
    assert found == {("Netzblick", "Die Regeln entstanden eher beiläufig")}, found


def test_first_person_clause_after_the_reporting_clause(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Die Lage auf der Baustelle ist wirklich ernst, sagte Polier Lars Brink am "
        "Montag, wir brauchen dringend mehr Leute.",
        {"Lars Brink": PER},
    )
    found = said(rec, "who", "text")
    assert found == {
        ("person/Lars Brink", "Die Lage auf der Baustelle ist wirklich ernst"),
        ("person/Lars Brink", "wir brauchen dringend mehr Leute"),
    }, found


def test_short_quote_around_the_reporting_clause_stays_one(gazetteer_nlp) -> None:
    rec = extract(
        gazetteer_nlp,
        "Das, versprach Lars Brink, werde sich heuer ändern.",
        {"Lars Brink": PER},
    )
    texts = {t for _, t in said(rec, "who", "text")}
    assert all("ändern" in t for t in texts), texts


def test_report_in_a_relative_clause_is_not_the_antecedents(gazetteer_nlp) -> None:
    """ "Züge aus Xland, von denen es geheißen habe, dass …": Xland said nothing;
    in the report of the one quoted just before, that report goes on."""
    text = (
        "Hinsichtlich zweier Züge aus Ungarn, von denen es geheißen habe, dass "
        "sie bald ankommen, sei wieder Entwarnung gegeben worden."
    )
    rec = extract(gazetteer_nlp, text, {"Ungarn": "LOC"})
    assert {q.speaker for q in rec.quotes} <= {None}, said(rec, "who", "text")
    rec = extract(
        gazetteer_nlp,
        "Man bemühe sich um Quartiere, sagte Polizeisprecher Lars Brink. " + text,
        {"Ungarn": "LOC", "Lars Brink": PER},
    )
    who = {w for w, t in said(rec, "who", "text") if "Entwarnung" in t}
    assert who == {"person/Lars Brink"}, said(rec, "who", "text")


def test_reported_clause_ends_before_the_main_clause(gazetteer_nlp) -> None:
    """A sentence opening with "Während …, dass …": the dass-clause ends at the
    comma before the main clause's finite verb."""
    rec = extract(
        gazetteer_nlp,
        "Während Lars Brink davon ausging, dass die Saison noch ziemlich hart "
        "wird, war Eva Roth etwas optimistischer.",
        {"Lars Brink": PER, "Eva Roth": PER},
    )
    found = said(rec, "who", "text")
    assert found == {
        ("person/Lars Brink", "dass die Saison noch ziemlich hart wird")
    }, found


def test_cited_attribution_compound_is_the_body(gazetteer_nlp) -> None:
    """ "berichtete die Agentur X unter Berufung auf Polizeiangaben": the
    police speak, not a word "Polizeiangaben"."""
    rec = extract(
        gazetteer_nlp,
        "Seit Mittwoch seien 20 Kilometer Zaun verlegt worden, berichtete die "
        "Nachrichtenagentur Nordpress unter Berufung auf Polizeiangaben.",
        {"Nordpress": ORG},
    )
    who = {w for w, t in said(rec, "who", "text")}
    assert who == {"Polizei"}, said(rec, "who", "text")
