"""A name right after a noun for a company, that the model labelled a place
or a MISC, is the company
(``kg.nlp.components.org_context._names_after_company_nouns``; own sentences,
hand-set entities)."""

from __future__ import annotations

import pytest

from kg.lang.de.org_kinds import is_company_head
from tests.conftest import org_rules


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # a planet and a surname to the lexicon, a place to the model
        ("Der Süßwarenkonzern Mars ruft Riegel zurück .", [(2, 3, "LOC")], "Mars"),
        # a company called by its size, in the genitive
        (
            "Die Aktie des US-Spielwarengiganten Kroll fiel .",
            [(4, 5, "MISC")],
            "Kroll",
        ),
        # a firm's parent after its name
        (
            "Die Demag-Mutter Zentrix verkauft .",
            [(2, 3, "MISC")],
            "Zentrix",
        ),
    ],
)
def test_a_name_after_a_company_noun_is_the_company(vocab, text, ents, name):
    assert (name, "ORG") in org_rules(vocab, text, ents)


@pytest.mark.parametrize(
    ("text", "ents", "kept"),
    [
        # a daughter, no firm
        ("Seine Tochter Florence lebt in Wien .", [(2, 3, "LOC")], "LOC"),
        # a place the gazetteer knows
        ("Der Konzern Österreich-Ungarn zerfiel .", [(2, 3, "LOC")], "LOC"),
    ],
)
def test_other_names_after_such_nouns_keep_their_label(vocab, text, ents, kept):
    s, e, _ = ents[0]
    word = " ".join(text.split(" ")[s:e])
    assert (word, kept) in org_rules(vocab, text, ents)


def test_company_heads() -> None:
    assert is_company_head("Ölriese") and is_company_head("US-Süßwarengiganten")
    assert is_company_head("Autobauers") and is_company_head("Bahntochter")
    assert not is_company_head("Riese") and not is_company_head("Tochter")
    assert is_company_head("Demag-Mutter") and is_company_head("Konzernmutter")
    assert not is_company_head("Schwiegermutter") and not is_company_head("Mutter")
    assert not is_company_head("konzern")
