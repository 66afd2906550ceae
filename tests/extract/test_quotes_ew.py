"""Speaker rules written against the speaker errors of the quote dev sets
(``bench/quote_dev_ew.jsonl`` first), one invented sentence per row, no model:
a relative clause or an apposition between a named subject and its verb of
saying, and a possessive spokesperson ("ihr Sprecher") of the person named before
(kg/extract/speakers.py)."""

from __future__ import annotations

import pytest

from tests.conftest import ORG, PER, extract

CASES = [
    # a relative clause between the subject and the verb names another body
    (
        "Die Firma Nordlicht, die die Software für Siemens entwickelt hat, "
        "bestätigte, dass es eine Lücke gebe.",
        {"Nordlicht": ORG, "Siemens": ORG},
        {("org/Nordlicht", "dass es eine Lücke gebe")},
    ),
    # a person's post in apposition names the organisation
    (
        "Jan Bauer, Chef der Stiftung Grün, warnt in der Zeit, dass die Wälder "
        "sterben könnten.",
        {"Jan Bauer": PER, "Stiftung Grün": ORG},
        {("person/Jan Bauer", "dass die Wälder sterben könnten")},
    ),
    # "ihr Sprecher", "sein Sprecher": the person named before
    (
        "Die Ministerin Eva Brandl tritt zurück. Außerdem verlässt sie die "
        "Partei, wie ihr Sprecher am Montag mitteilte.",
        {"Eva Brandl": PER},
        {("person/Eva Brandl", "Außerdem verlässt sie die Partei")},
    ),
    (
        "Der Sänger Tom Riedl sagte alle Konzerte ab. Er sei an Grippe erkrankt, "
        "erklärte sein Sprecher.",
        {"Tom Riedl": PER},
        {("person/Tom Riedl", "Er sei an Grippe erkrankt")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "continues"),
    [
        ("Sarah Hanson-Young sprach lange.", True),
        ("Petra Lind-Ortner sprach lange.", True),
        # an acronym compound is no surname
        ("Anna ORF-Chefin sprach lange.", False),
    ],
)
def test_double_surname_after_first_name(text, continues) -> None:
    """A hyphenated surname after a lone first name is part of the name
    (kg/extract/names.py), so the speaker is not cut to "Sarah"."""
    import spacy

    from kg.extract.names import continues_name

    doc = spacy.blank("de")(text)
    assert continues_name(doc, doc[1], after_first_name=True) is continues
