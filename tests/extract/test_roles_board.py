"""A bare post of a firm's board ("Finanzvorstand X") is of the one firm
whose posts the article names with it
(:func:`kg.extract.roles_more.with_firm_of_the_board`). Invented sentences on
hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import extract

_ACTORS = {
    "Jan Nowicki": "PER",
    "Eva Moser": "PER",
    "Ida Roth": "PER",
    "Nordbank": "ORG",
    "Radwerk": "ORG",
}


def _roles(nlp, text: str) -> set[tuple[str, str, str | None]]:
    rec = extract(nlp, text, _ACTORS)
    return {(r.person.partition("/")[2], r.role, r.organisation) for r in rec.roles}


def test_a_board_post_of_the_one_firm(blank_nlp) -> None:
    text = (
        "Der Vorstandsvorsitzende der Nordbank, Jan Nowicki, kündigte einen Umbau an. "
        "Finanzvorstand Eva Moser rechnet mit Einsparungen."
    )
    assert ("Eva Moser", "Finanzvorstand", "org/Nordbank") in _roles(blank_nlp, text)


def test_no_firm_where_another_company_is_named(blank_nlp) -> None:
    text = (
        "Siemens und Bosch streiten. Der Vorstandsvorsitzende von Siemens, Jan "
        "Nowicki, kündigte einen Umbau an. Finanzvorstand Eva Moser schwieg."
    )
    rec = extract(
        blank_nlp,
        text,
        {"Jan Nowicki": "PER", "Eva Moser": "PER", "Siemens": "ORG", "Bosch": "ORG"},
    )
    roles = {(r.person.partition("/")[2], r.role, r.organisation) for r in rec.roles}
    assert ("Eva Moser", "Finanzvorstand", None) in roles


def test_no_firm_where_two_are_named(blank_nlp) -> None:
    text = (
        "Der Vorstandsvorsitzende der Nordbank, Jan Nowicki, und der Vorstandschef "
        "des Radwerk, Ida Roth, verhandelten. Finanzvorstand Eva Moser schwieg."
    )
    assert ("Eva Moser", "Finanzvorstand", None) in _roles(blank_nlp, text)
