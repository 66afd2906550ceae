"""kg_orgs: a head noun of an organisation and its purpose with "zum" or "zur"
and what the purpose is for ("das Komitee zum Schutz von Journalisten"), as a
complement with "für" is (``_complement_end`` in org_names.py). Hand-made
sentences, as in ``test_orgs_component.py``."""

from __future__ import annotations

import pytest

from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das Komitee zur Rettung von Kleinbauern warnte davor .",
            "Komitee zur Rettung von Kleinbauern",
        ),
        (
            "Die Stiftung zum Erhalt der Moore kaufte Land .",
            "Stiftung zum Erhalt der Moore",
        ),
    ],
)
def test_a_head_noun_and_its_purpose(vocab, text, name):
    assert (name, "ORG") in org_rules(vocab, text)


@pytest.mark.parametrize(
    "text",
    [
        # nothing the purpose is for, one of a kind, a phrase
        "Die Kommission zur Prüfung tagte gestern .",
        "Es braucht eine Stiftung zur Rettung von Kleinbauern .",
        "Das Institut zum Beispiel hat recht .",
        # a party to a lawsuit, a ministry's task
        "Das Gericht wird die Partei zur Unterlassung der Werbung verpflichten .",
    ],
)
def test_no_purpose_name_without_its_object_or_article(vocab, text):
    assert org_rules(vocab, text) == []
